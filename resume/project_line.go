package resume

import "strings"

// namedProjectLine: a line in a projects section that is a project's name,
// a colon and what it is ("canlog: Open-source CAN logger for STM32",
// moderncv's \cvitem{canlog}{...}; AsciiDoc's "mpesa-mock:: A local
// mock"): one project on one line. The name is a word or two with no
// sentence in it; a tools label ("Tech: Go, Rust") is no name.
func namedProjectLine(t string) bool {
	t = strings.TrimSpace(t)
	name, rest, ok := strings.Cut(t, ": ")
	if !ok {
		return false
	}
	// ("Title : Fly ash in pavements": a form's label, spaced from its colon)
	name = strings.TrimSpace(strings.TrimSuffix(name, ":"))
	if name == "" || len(strings.Fields(name)) > 2 || strings.ContainsAny(name, ".,;()") || tagRe().MatchString(name+":") {
		return false
	}
	if _, known := fieldNames[strings.ToLower(name)]; known || projectLabels[strings.ToLower(name)] {
		return false
	}
	return wordCount(rest) >= 3
}

// projectLabels are the labels of a project written as a form ("Title :",
// "Description :"), each line one field of the same project.
var projectLabels = map[string]bool{"description": true, "project title": true, "project name": true, "name": true,
	"technologies": true, "tools": true, "team size": true, "guide": true, "objective": true, "summary": true, "details": true}

// projectNameLabel: the label of a project form's line that gives its name.
func projectNameLabel(s string) bool {
	switch strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":"))) {
	case "title", "project title", "project name", "name", "project":
		return true
	}
	return false
}
