package resume

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

var underlineRe = regexp.MustCompile(`^\s*[-=_~]{3,}\s*$`)

// ParseText reads a plain-text resume: the guide's section names as headings
// in any case (with or without a colon), and otherwise the same conventions
// as Markdown without the # marks. An unknown heading written in capitals
// starts a section kept verbatim.
func ParseText(src string) *Document {
	b := newBuilder()
	b.text = true
	for _, raw := range strings.Split(normalizeNewlines(src), "\n") {
		l := strings.TrimSpace(raw)
		switch {
		case underlineRe.MatchString(l):
			continue
		case sectionKey(l) != "" && !isBullet(raw):
			b.startSection(l)
		case b.section != "header" && capsHeading(l):
			b.startSection(titleCase(l))
		default:
			b.line(raw)
		}
	}
	return b.done()
}

// capsHeading: a short line in capitals with no digits ("VOLUNTEER WORK").
func capsHeading(l string) bool {
	l = strings.TrimSuffix(l, ":")
	if l == "" || len(strings.Fields(l)) > 5 || strings.ToUpper(l) != l || isBullet(l) {
		return false
	}
	letters := 0
	for _, r := range l {
		if unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

var smallWords = map[string]bool{"and": true, "of": true, "the": true, "in": true, "for": true, "a": true, "an": true, "to": true, "&": true}

func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(strings.TrimSuffix(s, ":")))
	for i, w := range ws {
		if i > 0 && smallWords[w] {
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// WriteText renders d as plain text that ParseText reads back.
func WriteText(d *Document) []byte {
	var b strings.Builder
	h := d.Header
	for _, l := range []string{h.Name, h.Headline, contactLine(h, false)} {
		if l != "" {
			b.WriteString(l + "\n")
		}
	}
	heading := func(t string) {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.ToUpper(t) + "\n")
	}
	for _, key := range d.sectionOrder() {
		switch key {
		case SecSummary:
			heading("Summary")
			b.WriteString(d.Summary + "\n")
		case SecExperience:
			heading("Experience")
			for i, r := range d.Roles {
				if i > 0 {
					b.WriteString("\n")
				}
				b.WriteString(joinNonEmpty(" — ", r.Title, r.Company) + "\n")
				if l := joinNonEmpty(" | ", r.Location, formatDates(r.Start, r.End)); l != "" {
					b.WriteString(l + "\n")
				}
				if r.Summary != "" {
					b.WriteString(r.Summary + "\n")
				}
				for _, bl := range r.Bullets {
					b.WriteString("- " + bl + "\n")
				}
			}
		case SecSkills:
			heading("Skills")
			for _, g := range d.Skills {
				b.WriteString("- " + g.Line() + "\n")
			}
		case SecProjects:
			heading("Projects")
			for i, p := range d.Projects {
				if i > 0 {
					b.WriteString("\n")
				}
				b.WriteString(p.Name + "\n")
				for _, l := range []string{p.URL, formatDates(p.Start, p.End)} {
					if l != "" {
						b.WriteString(l + "\n")
					}
				}
				if len(p.Keywords) > 0 {
					b.WriteString("Tech: " + strings.Join(p.Keywords, ", ") + "\n")
				}
				if p.Description != "" {
					b.WriteString(p.Description + "\n")
				}
				for _, bl := range p.Bullets {
					b.WriteString("- " + bl + "\n")
				}
			}
		case SecEducation:
			heading("Education")
			for i, e := range d.Education {
				if i > 0 {
					b.WriteString("\n")
				}
				b.WriteString(joinNonEmpty(" — ", e.Degree(), e.Institution) + "\n")
				if l := joinNonEmpty(" | ", e.Location, formatDates(e.Start, e.End)); l != "" {
					b.WriteString(l + "\n")
				}
				if e.GPA != "" {
					b.WriteString("- GPA: " + e.GPA + "\n")
				}
				if len(e.Courses) > 0 {
					b.WriteString("- Relevant coursework: " + strings.Join(e.Courses, ", ") + "\n")
				}
				for _, bl := range e.Bullets {
					b.WriteString("- " + bl + "\n")
				}
			}
		case SecCertifications:
			heading("Certifications")
			for _, c := range d.Certifications {
				line := c.Line()
				if c.URL != "" {
					line += " (" + c.URL + ")"
				}
				b.WriteString("- " + line + "\n")
			}
		default:
			var i int
			fmt.Sscanf(key, "other.%d", &i)
			heading(d.Other[i].Title)
			for _, l := range d.Other[i].Lines {
				b.WriteString(l + "\n")
			}
		}
	}
	return []byte(b.String())
}
