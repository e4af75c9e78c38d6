package resume

import "strings"

// employerOverItems: a top-level item that names an employer and its
// years ("- **ООО «Волжские цифровые системы»**, Казань — *март 2021 —
// настоящее время*"), with items nested right under it that each head a
// role, dated, over items of their own ("  - **Ведущий разработчик**
// (январь 2023 — н. в.)"): those items are the roles held there, the
// top item none. Item i is the employer's item.
func employerOverItems(bs []*Block, i int) bool {
	b := bs[i]
	if b.Kind != BlockListItem || !dated(b) {
		return false
	}
	n := 0
	for j := i + 1; j < len(bs) && bs[j].Kind == BlockListItem && bs[j].Level > b.Level; j++ {
		if bs[j].Level != b.Level+1 {
			continue
		}
		if !nestedRoleItem(bs, j) {
			// (a dated item with nothing under it is a line of its own,
			// "Магистр, 2018", and the employer's item no group)
			if dated(bs[j]) {
				return false
			}
			continue
		}
		n++
	}
	return n > 0
}

// nestedRoleItem: item j is short, dated, no sentence, over deeper items.
func nestedRoleItem(bs []*Block, j int) bool {
	b := bs[j]
	t := strings.TrimSpace(b.Text)
	dr, ok := FindDateRange(t)
	if !ok || dr.Single() || wordCount(t) > 12 || fullStop(t) {
		return false
	}
	return j+1 < len(bs) && bs[j+1].Kind == BlockListItem && bs[j+1].Level > b.Level
}

// employerName is the name an employer's item gives, its place and dates
// aside.
func employerName(e *entry) string {
	named := namedParts(e.headParts())
	if len(named) == 0 || titleRe().MatchString(named[0].text) {
		return ""
	}
	return named[0].text
}
