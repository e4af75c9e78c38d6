package resume

import (
	"slices"
	"strings"
)

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

// eduProjects: under a degree, a label naming projects ("**Proyectos
// destacados:**") over a list: the items are projects done there, not
// degrees. bs without them, and the items.
func eduProjects(bs []*Block) (rest, projects []*Block) {
	for i, b := range bs {
		if i == 0 || b.Kind != BlockParagraph || i+1 == len(bs) || bs[i+1].Kind != BlockListItem {
			continue
		}
		t := strings.TrimRight(strings.TrimSpace(b.Text), ":：")
		if wordCount(t) > 4 {
			continue
		}
		if k, ok := sectionKind(t); !ok || k != SecProjects {
			continue
		}
		j := i + 1
		for j < len(bs) && bs[j].Kind == BlockListItem {
			j++
		}
		rest = append(slices.Clip(bs[:i]), bs[j:]...)
		return rest, bs[i+1 : j]
	}
	return bs, nil
}
