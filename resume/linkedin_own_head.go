package resume

import "strings"

// A LinkedIn "Save to PDF" export sets its sidebar (Contact, Top Skills,
// Certifications...) first, then the person's own head: the name, the
// headline ("Staff Engineer at Quillbank") and the place, over Summary.
// Those lines close whatever sidebar section stands above them, and are
// none of its items.

// ownHeadAt: where the person's own head starts among a section's last
// lines, or len(bs) when it has none.
func ownHeadAt(bs []*Block) int {
	for i := len(bs) - 2; i >= 0 && i >= len(bs)-3; i-- {
		b, next := bs[i], bs[i+1]
		if b.Kind != BlockParagraph || b.Cont || !nameLike(strings.TrimSpace(b.Text)) {
			continue
		}
		if next.Kind != BlockParagraph || !next.Cont || !headline(next.Text) {
			continue
		}
		rest := true
		for _, r := range bs[i+2:] {
			rest = rest && r.Kind == BlockParagraph && r.Cont && placeLine(r.Text)
		}
		if rest {
			return i
		}
	}
	return len(bs)
}

// headline: LinkedIn's "Title at Company" line.
func headline(t string) bool {
	return (strings.Contains(t, " at ") || strings.Contains(t, " @ ")) && wordCount(t) <= 14 && !fullStop(t)
}

// placeLine: the head's place, "City, Country" or "City, Region, Country"
// (LinkedIn names places the country list may not know).
func placeLine(t string) bool {
	if isLocation(t) {
		return true
	}
	parts := strings.Split(strings.TrimSpace(t), ", ")
	if len(parts) < 2 || len(parts) > 3 || strings.ContainsAny(t, "0123456789") {
		return false
	}
	for _, p := range parts {
		if wordCount(p) > 3 || !startsUpper(p) {
			return false
		}
	}
	return true
}
