package resume

import (
	"fmt"
	"strings"
)

// sectionOrder lists every present section once, in the document's order.
func (d *Document) sectionOrder() []string {
	present := map[string]bool{
		SecSummary: d.Summary != "", SecExperience: len(d.Roles) > 0, SecSkills: len(d.Skills) > 0,
		SecProjects: len(d.Projects) > 0, SecEducation: len(d.Education) > 0, SecCertifications: len(d.Certifications) > 0,
	}
	for i := range d.Other {
		present[fmt.Sprintf("other.%d", i)] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, k := range append(append([]string(nil), d.Order...), Sections...) {
		if present[k] && !seen[k] {
			out = append(out, k)
			seen[k] = true
		}
	}
	for i := range d.Other {
		if k := fmt.Sprintf("other.%d", i); !seen[k] {
			out = append(out, k)
		}
	}
	return out
}

// WriteMarkdown renders d in bulletproof's Markdown layout, which
// ParseMarkdown reads back to the same document.
func WriteMarkdown(d *Document) []byte {
	var b strings.Builder
	h := d.Header
	if h.Name != "" {
		fmt.Fprintf(&b, "# %s\n", h.Name)
	}
	if h.Headline != "" {
		b.WriteString(h.Headline + "\n")
	}
	if c := contactLine(h, true); c != "" {
		b.WriteString(c + "\n")
	}
	for _, key := range d.sectionOrder() {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		switch key {
		case SecSummary:
			b.WriteString("## Summary\n" + d.Summary + "\n")
		case SecExperience:
			b.WriteString("## Experience\n")
			for i, r := range d.Roles {
				if i > 0 {
					b.WriteString("\n")
				}
				fmt.Fprintf(&b, "### %s\n", joinNonEmpty(" — ", r.Title, r.Company))
				if l := joinNonEmpty(" | ", r.Location, formatDates(r.Start, r.End)); l != "" {
					b.WriteString(l + "\n")
				}
				writeBody(&b, r.Summary, r.Bullets)
			}
		case SecSkills:
			b.WriteString("## Skills\n")
			for _, g := range d.Skills {
				b.WriteString("- " + g.Line() + "\n")
			}
		case SecProjects:
			b.WriteString("## Projects\n")
			for i, p := range d.Projects {
				if i > 0 {
					b.WriteString("\n")
				}
				fmt.Fprintf(&b, "### %s\n", p.Name)
				writeProject(&b, p)
			}
		case SecEducation:
			b.WriteString("## Education\n")
			for i, e := range d.Education {
				if i > 0 {
					b.WriteString("\n")
				}
				fmt.Fprintf(&b, "### %s\n", joinNonEmpty(" — ", e.Degree(), e.Institution))
				writeEducation(&b, e)
			}
		case SecCertifications:
			b.WriteString("## Certifications\n")
			for _, c := range d.Certifications {
				line := c.Line()
				if c.URL != "" {
					line = "[" + c.Name + "](" + c.URL + ")" + strings.TrimPrefix(line, c.Name)
				}
				b.WriteString("- " + line + "\n")
			}
		default:
			var i int
			fmt.Sscanf(key, "other.%d", &i)
			s := d.Other[i]
			b.WriteString("## " + s.Title + "\n")
			for _, l := range s.Lines {
				b.WriteString(l + "\n")
			}
		}
	}
	return []byte(b.String())
}

// contactLine joins location, phone, e-mail and links.
func contactLine(h Header, markdown bool) string {
	parts := []string{h.Location, h.Phone, h.Email}
	for _, l := range h.Links {
		switch {
		case markdown && l.Label != "":
			parts = append(parts, "["+l.Label+"]("+l.URL+")")
		case l.Label != "":
			parts = append(parts, l.Label+": "+l.URL)
		default:
			parts = append(parts, l.URL)
		}
	}
	return joinNonEmpty(" · ", parts...)
}
