package resume

import "strings"

// headOverDateLine: plain text where each job is a line naming it
// ("Legal Assistant LAW OFFICES OF PRENDERGAST & HALE, Dayton, OH"), a
// blank line, then a line of only its dates ("2017 to 2019"), then what
// was done: after a role's text, such a line heads the next role however
// many words its title, firm and place take (it ends in no full stop and
// stands alone, one line).
func headOverDateLine(bs []*Block, i int) bool {
	b := bs[i]
	if b.Kind != BlockParagraph || b.Cont || b.Level != 0 || dated(b) || i+1 >= len(bs) {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if n := wordCount(t); n < 2 || n > 16 || fullStop(t) || !startsUpper(t) || strings.HasSuffix(t, ":") {
		return false
	}
	next := bs[i+1]
	if next.Kind != BlockParagraph || next.Cont || next.Level != 0 {
		return false
	}
	_, dateOnly := ParseDateRange(strings.TrimSpace(next.Text))
	// (and what follows the dates is the role's text, not another date)
	return dateOnly && (i+2 >= len(bs) || !dated(bs[i+2]))
}
