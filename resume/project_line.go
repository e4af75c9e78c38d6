package resume

import "strings"

// namedProjectLine: a line in a projects section that is a project's name,
// a colon and what it is ("canlog: Open-source CAN logger for STM32",
// moderncv's \cvitem{canlog}{...}; AsciiDoc's "mpesa-mock:: A local
// mock"; "bokladan ...... Booking app", a dotted leader for the colon):
// one project on one line. The name is a word or two with no
// sentence in it; a tools label ("Tech: Go, Rust") is no name.
func namedProjectLine(t string) bool {
	t = strings.TrimSpace(t)
	name, rest, ok := strings.Cut(t, ": ")
	if !ok {
		if name, rest, ok = leaderCut(t); !ok {
			return false
		}
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

// productItems: a subheading over a list whose items each name a
// product, alone or before what it is ("누리 정산 (Python, FastAPI):
// 가맹점별 일 정산을…", "민트 포인트 몰", "`minikv`_ - Key-value 스토리지"):
// the items, nil when the entry is not so.
func productItems(e *entry) []*Block {
	if len(e.head) != 1 || e.head[0].Kind != BlockHeading || len(e.bullets) == 0 {
		return nil
	}
	top := e.bullets[0].Level
	for _, b := range e.bullets {
		top = min(top, b.Level)
	}
	var out []*Block
	for _, b := range e.bullets {
		if b.Level != top {
			continue
		}
		t := strings.TrimSpace(b.Text)
		name, _ := splitFirst(t, ": ", " - ", " – ", " — ")
		name = strings.TrimSuffix(strings.TrimSpace(name), ":")
		if name == "" || wordCount(name) > 6 || name == t && fullStop(t) {
			return nil
		}
		out = append(out, b)
	}
	return out
}

// employerGroups: a projects section whose subheadings name the
// employers of roles read already ("누리페이" over the role "누리페이
// 백엔드 엔지니어"), two of them at least, each over a list of products
// built there: each product is a project, the subheadings none (nor is
// an employer's heading over prose alone). It returns each entry's
// products, or nil when the section is not so.
func (in *interp) employerGroups(es []*entry) [][]*Block {
	groups := make([][]*Block, len(es))
	named := 0
	for i, e := range es {
		groups[i] = productItems(e)
		if len(e.head) == 1 && e.head[0].Kind == BlockHeading && in.namesEmployer(strings.TrimSpace(e.head[0].Text)) {
			named++
		}
	}
	if named < 2 {
		return nil
	}
	return groups
}

// namesEmployer: h is a role's company, or opens a role's line before
// its title ("누리페이 백엔드 엔지니어").
func (in *interp) namesEmployer(h string) bool {
	if h == "" {
		return false
	}
	for _, r := range in.d.Roles {
		for _, f := range []string{r.Company, r.Title} {
			f = strings.TrimSpace(f)
			if f == h || strings.HasPrefix(f, h+" ") || strings.HasPrefix(f, h+",") {
				return true
			}
		}
	}
	return false
}

// leaderCut parts "name ........ text" at its leader of dots or dashes,
// as a plain-text resume sets a name's column apart from its text.
func leaderCut(t string) (name, rest string, ok bool) {
	loc := leaderRe().FindStringIndex(t)
	if loc == nil || loc[0] == 0 || loc[1] >= len(t) {
		return "", "", false
	}
	return t[:loc[0]], t[loc[1]:], true
}
