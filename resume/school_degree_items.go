package resume

import "strings"

// schoolOverDegrees: a top-level education item that names a school and
// no degree or date ("- **Казанский федеральный университет**, Институт
// …"), with two items or more nested right under it that each name a
// degree and its year ("  - Магистр, «Прикладная информатика», 2018"):
// each of those is a degree of that school, the school's item none.
func schoolOverDegrees(bs []*Block, i int) bool {
	b := bs[i]
	t := strings.TrimSpace(b.Text)
	if b.Kind != BlockListItem || dated(b) || degreeRe().MatchString(t) || !institutionRe().MatchString(t) {
		return false
	}
	n := 0
	for j := i + 1; j < len(bs) && bs[j].Kind == BlockListItem && bs[j].Level > b.Level; j++ {
		if bs[j].Level != b.Level+1 {
			continue
		}
		if !degreeItem(bs[j]) {
			return false
		}
		n++
	}
	return n >= 2
}

// degreeItem: a short item that names a degree and its date.
func degreeItem(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	return dated(b) && degreeRe().MatchString(t) && wordCount(t) <= 14 && !fullStop(t)
}
