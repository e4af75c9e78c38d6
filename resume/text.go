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
				writeBody(&b, r.Summary, r.Bullets)
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
				writeProject(&b, p)
			}
		case SecEducation:
			heading("Education")
			for i, e := range d.Education {
				if i > 0 {
					b.WriteString("\n")
				}
				b.WriteString(joinNonEmpty(" — ", e.Degree(), e.Institution) + "\n")
				writeEducation(&b, e)
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

// writeProject writes what comes under a project's name, as the text and
// Markdown writers both do: its link, dates, technologies, description
// and bullets.
func writeProject(b *strings.Builder, p Project) {
	for _, l := range []string{p.URL, formatDates(p.Start, p.End)} {
		if l != "" {
			b.WriteString(l + "\n")
		}
	}
	if len(p.Keywords) > 0 {
		b.WriteString("Tech: " + strings.Join(p.Keywords, ", ") + "\n")
	}
	writeBody(b, p.Description, p.Bullets)
}

// writeBody writes an entry's prose, then its bullets as "- " lines.
func writeBody(b *strings.Builder, prose string, bullets []string) {
	if prose != "" {
		b.WriteString(prose + "\n")
	}
	for _, bl := range bullets {
		b.WriteString("- " + bl + "\n")
	}
}

// writeEducation writes what comes under a degree's heading line, as the
// text and Markdown writers both do: place and dates, GPA, courses,
// bullets.
func writeEducation(b *strings.Builder, e Education) {
	if l := joinNonEmpty(" | ", e.Location, formatDates(e.Start, e.End)); l != "" {
		b.WriteString(l + "\n")
	}
	if e.GPA != "" {
		b.WriteString("- GPA: " + e.GPA + "\n")
	}
	if len(e.Courses) > 0 {
		b.WriteString("- Relevant coursework: " + strings.Join(e.Courses, ", ") + "\n")
	}
	writeBody(b, "", e.Bullets)
}
