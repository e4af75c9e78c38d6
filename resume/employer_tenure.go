package resume

import "strings"

// tenureLine: the line under an employer's heading that gives where and
// when the person worked there, all roles together ("*Dublin · 2018 –
// present*", "Berlin | 2015 - 2019", "2016 — 2020"): dates and at most a
// short place beside them, no title (a title there makes the heading's
// own role).
func tenureLine(b *Block) bool {
	if b.Kind != BlockParagraph || b.Quote {
		return false
	}
	t := strings.TrimSpace(b.Text)
	dr, ok := FindDateRange(t)
	if !ok || dr.Single() {
		return false
	}
	rest := strings.Trim(t[:dr.Pos]+" "+t[dr.EndPos:], " *_()[]|,·•-–—:")
	return wordCount(rest) <= 4 && !titleRe().MatchString(rest) && !strings.ContainsAny(rest, ".;")
}

// tenureLead: the blocks before the first heading are the employer's
// particulars, one of them its tenure (tenureLine), the others undated:
// the index of the first heading, or -1.
func tenureLead(bs []*Block) int {
	seen := false
	for i, b := range bs {
		if b.Kind == BlockHeading {
			if seen {
				return i
			}
			return -1
		}
		if b.Kind == BlockListItem || wordCount(b.Text) > 8 {
			return -1
		}
		if dated(b) {
			if seen || !tenureLine(b) {
				return -1
			}
			seen = true
		}
	}
	return -1
}
