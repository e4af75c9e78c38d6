package resume

import (
	"fmt"
	"io"
	"strings"
)

// View is what the reader saw in a file, for `bulletproof inspect`: enough
// to tell why an item was or was not rewritten.
type View struct {
	Format         string        `json:"format"`
	Syntax         string        `json:"syntax,omitempty"`
	Header         ViewHeader    `json:"header"`
	Summary        *ViewItem     `json:"summary,omitempty"`
	Sections       []SectionInfo `json:"sections"`
	Roles          []ViewRole    `json:"roles"`
	Projects       []ViewProject `json:"projects"`
	Education      []ViewEdu     `json:"education"`
	Certifications []ViewItem    `json:"certifications"`
	Skills         []ViewItem    `json:"skills"`
	Other          []ViewSection `json:"other,omitempty"`
}

// ViewHeader is the header as read.
type ViewHeader struct {
	Name     string     `json:"name"`
	Headline string     `json:"headline,omitempty"`
	Location string     `json:"location,omitempty"`
	Phone    string     `json:"phone,omitempty"`
	Email    string     `json:"email,omitempty"`
	Links    []ViewLink `json:"links,omitempty"`
}

// ViewLink is a header link.
type ViewLink struct {
	Label string `json:"label,omitempty"`
	URL   string `json:"url"`
}

// ViewItem is one rewritable text: its id, its text and its line.
type ViewItem struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Line int    `json:"line"`
}

// ViewRole is a role as read.
type ViewRole struct {
	Title    string     `json:"title"`
	Company  string     `json:"company"`
	Location string     `json:"location,omitempty"`
	Start    string     `json:"start"`
	End      string     `json:"end"`
	Current  bool       `json:"current"`
	Line     int        `json:"line"`
	Summary  string     `json:"summary,omitempty"`
	Bullets  []ViewItem `json:"bullets"`
}

// ViewProject is a project as read.
type ViewProject struct {
	Name        string     `json:"name"`
	URL         string     `json:"url,omitempty"`
	Start       string     `json:"start,omitempty"`
	End         string     `json:"end,omitempty"`
	Line        int        `json:"line"`
	Description *ViewItem  `json:"description,omitempty"`
	Bullets     []ViewItem `json:"bullets"`
}

// ViewEdu is a degree as read.
type ViewEdu struct {
	Degree      string     `json:"degree"`
	Institution string     `json:"institution"`
	Location    string     `json:"location,omitempty"`
	Start       string     `json:"start,omitempty"`
	End         string     `json:"end,omitempty"`
	GPA         string     `json:"gpa,omitempty"`
	Line        int        `json:"line"`
	Courses     *ViewItem  `json:"courses,omitempty"`
	Bullets     []ViewItem `json:"bullets"`
}

// ViewSection is a section kept as written.
type ViewSection struct {
	Title string `json:"title"`
	Lines int    `json:"lines"`
}

// Inspect describes what was read.
func (d *Document) Inspect() View {
	v := View{Format: string(d.Format), Syntax: d.Syntax, Sections: d.Sections,
		Roles: []ViewRole{}, Projects: []ViewProject{}, Education: []ViewEdu{}, Certifications: []ViewItem{}, Skills: []ViewItem{}}
	if v.Sections == nil {
		v.Sections = []SectionInfo{}
	}
	h := d.Header
	v.Header = ViewHeader{Name: h.Name, Headline: h.Headline, Location: h.Location, Phone: h.Phone, Email: h.Email}
	for _, l := range h.Links {
		v.Header.Links = append(v.Header.Links, ViewLink(l))
	}
	item := func(id, text string) ViewItem {
		return ViewItem{ID: id, Text: text, Line: d.places[id].line}
	}
	if d.Summary != "" {
		s := item(SecSummary, d.Summary)
		v.Summary = &s
	}
	for i, r := range d.Roles {
		vr := ViewRole{Title: r.Title, Company: r.Company, Location: r.Location, Start: r.Start, End: r.End, Current: r.Current(), Line: r.LineNo, Summary: r.Summary, Bullets: []ViewItem{}}
		for j, b := range r.Bullets {
			vr.Bullets = append(vr.Bullets, item(fmt.Sprintf("experience.%d.bullets.%d", i, j), b))
		}
		v.Roles = append(v.Roles, vr)
	}
	for i, p := range d.Projects {
		vp := ViewProject{Name: p.Name, URL: p.URL, Start: p.Start, End: p.End, Line: p.LineNo, Bullets: []ViewItem{}}
		if p.Description != "" {
			it := item(fmt.Sprintf("projects.%d.description", i), p.Description)
			vp.Description = &it
		}
		for j, b := range p.Bullets {
			vp.Bullets = append(vp.Bullets, item(fmt.Sprintf("projects.%d.bullets.%d", i, j), b))
		}
		v.Projects = append(v.Projects, vp)
	}
	for i, e := range d.Education {
		ve := ViewEdu{Degree: e.Degree(), Institution: e.Institution, Location: e.Location, Start: e.Start, End: e.End, GPA: e.GPA, Line: e.LineNo, Bullets: []ViewItem{}}
		if len(e.Courses) > 0 {
			it := item(fmt.Sprintf("education.%d.courses", i), e.CoursesLine())
			ve.Courses = &it
		}
		for j, b := range e.Bullets {
			ve.Bullets = append(ve.Bullets, item(fmt.Sprintf("education.%d.bullets.%d", i, j), b))
		}
		v.Education = append(v.Education, ve)
	}
	for i, c := range d.Certifications {
		it := item(fmt.Sprintf("certifications.%d", i), c.Line())
		if it.Line == 0 {
			it.Line = c.LineNo
		}
		v.Certifications = append(v.Certifications, it)
	}
	for i, g := range d.Skills {
		it := item(fmt.Sprintf("skills.%d", i), g.Line())
		if it.Line == 0 {
			it.Line = g.LineNo
		}
		v.Skills = append(v.Skills, it)
	}
	for _, s := range d.Other {
		v.Other = append(v.Other, ViewSection{Title: s.Title, Lines: len(s.Lines)})
	}
	return v
}

// WriteText prints the view for a person: sections, then each role with
// its bullets, ids and lines.
func (v View) WriteText(w io.Writer) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	h := v.Header
	if v.Syntax != "" {
		p("format   %s (read as %s)\n", v.Format, v.Syntax)
	} else {
		p("format   %s\n", v.Format)
	}
	p("name     %s\n", orDash(h.Name))
	if h.Headline != "" {
		p("headline %s\n", h.Headline)
	}
	var contacts []string
	for _, c := range []string{h.Email, h.Phone, h.Location} {
		if c != "" {
			contacts = append(contacts, c)
		}
	}
	for _, l := range h.Links {
		contacts = append(contacts, strings.TrimSpace(l.Label+" "+l.URL))
	}
	if len(contacts) > 0 {
		p("contacts %s\n", strings.Join(contacts, " · "))
	}
	p("\nsections\n")
	if len(v.Sections) == 0 {
		p("  (none: the whole file was read as one list of bullets)\n")
	}
	for _, s := range v.Sections {
		p("  %-5s %-15s %s\n", lineNo(s.Line), s.Kind, s.Title)
	}
	if v.Summary != nil {
		p("\nsummary  %s  %s\n", lineNo(v.Summary.Line), clip(v.Summary.Text, 90))
	}
	if len(v.Roles) > 0 {
		p("\nroles\n")
	}
	for i, r := range v.Roles {
		head := joinNonEmpty(" — ", r.Title, r.Company)
		dates := joinNonEmpty(" – ", r.Start, r.End)
		if r.Current && r.End == "" {
			dates += " – (ongoing)"
		}
		p("  %d. %s  %s", i, lineNo(r.Line), orDash(head))
		if r.Location != "" {
			p("  (%s)", r.Location)
		}
		if dates != "" {
			p("  %s", dates)
		}
		if r.Current {
			p("  [current]")
		}
		p("\n")
		if len(r.Bullets) == 0 {
			p("       no bullets: nothing here for a bullet prompt to rewrite\n")
		}
		for _, b := range r.Bullets {
			p("       %-5s %-26s %s\n", lineNo(b.Line), b.ID, clip(b.Text, 70))
		}
	}
	if len(v.Projects) > 0 {
		p("\nprojects\n")
	}
	for i, pr := range v.Projects {
		p("  %d. %s  %s\n", i, lineNo(pr.Line), orDash(pr.Name))
		if pr.Description != nil {
			p("       %-5s %-26s %s\n", lineNo(pr.Description.Line), pr.Description.ID, clip(pr.Description.Text, 70))
		}
		for _, b := range pr.Bullets {
			p("       %-5s %-26s %s\n", lineNo(b.Line), b.ID, clip(b.Text, 70))
		}
	}
	if len(v.Education) > 0 {
		p("\neducation\n")
	}
	for i, e := range v.Education {
		p("  %d. %s  %s", i, lineNo(e.Line), orDash(joinNonEmpty(" — ", e.Degree, e.Institution)))
		if d := joinNonEmpty(" – ", e.Start, e.End); d != "" {
			p("  %s", d)
		}
		p("\n")
		if e.Courses != nil {
			p("       %-5s %-26s %s\n", lineNo(e.Courses.Line), e.Courses.ID, clip(e.Courses.Text, 70))
		}
		for _, b := range e.Bullets {
			p("       %-5s %-26s %s\n", lineNo(b.Line), b.ID, clip(b.Text, 70))
		}
	}
	for _, group := range []struct {
		title string
		items []ViewItem
	}{{"skills", v.Skills}, {"certifications", v.Certifications}} {
		if len(group.items) == 0 {
			continue
		}
		p("\n%s\n", group.title)
		for _, it := range group.items {
			p("  %-5s %-18s %s\n", lineNo(it.Line), it.ID, clip(it.Text, 80))
		}
	}
	if len(v.Other) > 0 {
		p("\nkept as written\n")
		for _, s := range v.Other {
			p("  %s (%d lines)\n", s.Title, s.Lines)
		}
	}
}

func lineNo(n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("L%d", n)
}

func orDash(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
