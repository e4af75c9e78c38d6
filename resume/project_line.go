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
	name = strings.TrimSuffix(name, ":")
	if name == "" || len(strings.Fields(name)) > 2 || strings.ContainsAny(name, ".,;()") || tagRe().MatchString(name+":") {
		return false
	}
	if _, known := fieldNames[strings.ToLower(name)]; known {
		return false
	}
	return wordCount(rest) >= 3
}
