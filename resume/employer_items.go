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

// employerOverDatedLines: an undated top-level item that names an
// employer ("* Northline Rail, Minneapolis, MN") over nested items that
// each name a title and its dates with nothing under them ("+ Operations
// Research Intern, June 2023 – August 2023"): each nested item is a role
// held there, told on its line; the top item none.
func employerOverDatedLines(bs []*Block, i int) bool {
	b := bs[i]
	// (its first part names the employer, no title: "University of
	// Minnesota, Industrial and Systems Engineering")
	if first, _, _ := strings.Cut(b.Text, ","); b.Kind != BlockListItem || dated(b) || titleRe().MatchString(first) {
		return false
	}
	n := 0
	for j := i + 1; j < len(bs) && bs[j].Kind == BlockListItem && bs[j].Level > b.Level; j++ {
		if bs[j].Level != b.Level+1 || !datedTitleLine(bs[j]) {
			return false
		}
		n++
	}
	return n > 0
}

// datedTitleLine: a short line that opens with a title and carries its
// dates, no sentence ("Research Fellow, September 2020 – Present").
func datedTitleLine(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	dr, ok := FindDateRange(t)
	if !ok || dr.Pos == 0 || wordCount(t) > 14 || fullStop(t) {
		return false
	}
	lead, _, _ := strings.Cut(t[:dr.Pos], ",")
	return titleRe().MatchString(lead)
}
