package resume

import (
	"fmt"
	"strings"
)

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
