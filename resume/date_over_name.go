package resume

import "strings"

// dateOver: the paragraph at i is only a date, and the next line goes on
// from it with a name that is no date (a data file's entry whose
// "year_month" comes before its "title"): a date over its name, not a
// certificate of its own.
func dateOver(bs []*Block, i int) bool {
	b := bs[i]
	if b.Kind != BlockParagraph || i+1 >= len(bs) {
		return false
	}
	if _, only := ParseDate(strings.TrimSpace(b.Text)); !only {
		return false
	}
	n := bs[i+1]
	if n.Kind != BlockParagraph || !n.Cont {
		return false
	}
	_, only := ParseDate(strings.TrimSpace(n.Text))
	return !only
}
