package resume

import "strings"

// An education section may close with a label line of its own that names
// certificates ("**Certifications/Training**" over its items): the lines
// under it are certificates, and the label is neither a degree nor one.

// certLabelAt: the index in bs of a label line that opens the section's
// certificates, or -1.
func certLabelAt(bs []*Block) int {
	for i, b := range bs {
		if i == 0 || i == len(bs)-1 || b.Kind == BlockListItem || b.Kind == BlockTableRow {
			continue
		}
		t := strings.TrimRight(strings.TrimSpace(b.Text), ":：")
		if wordCount(t) > 4 {
			continue
		}
		if k, ok := sectionKind(t); ok && k == SecCertifications {
			return i
		}
	}
	return -1
}
