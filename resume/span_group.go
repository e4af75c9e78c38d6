package resume

import "strings"

// spanGroup: entry i is an employer and its place over a line of only
// its dates ("BLUE RIDGE HEALTH PARTNERS, Roanoke, Virginia" over "2015 to
// Present"), nothing under it, and the entries after it are dated roles
// inside that span, each told ("RN III / Charge Nurse -- St. Brendan
// Medical Center (2017 to Present)"): the units or sites a person worked
// at for one employer, which heads them and is no role itself. How many
// such entries follow it (a site each may name does not end them).
func spanGroup(es []*entry, i int) int {
	g := es[i]
	if len(g.head) != 2 || g.hasBody() || g.listRole || len(g.fields) > 0 || g.oneLine || dated(g.head[0]) {
		return 0
	}
	if _, dateOnly := ParseDateRange(strings.TrimSpace(g.head[1].Text)); !dateOnly {
		return 0
	}
	// (its place may be a city and a state written out, "Roanoke,
	// Virginia": parts that name no role)
	named := namedParts(g.partsOf(g.head[:1]))
	if len(named) == 0 || len(named) > 3 {
		return 0
	}
	for _, p := range named {
		if titleRe().MatchString(p.text) {
			return 0
		}
	}
	n := 0
	for _, e := range es[i+1:] {
		if e.group != "" || e.listRole || !e.hasBody() || !e.namesRole() {
			break
		}
		var d *Block
		for _, h := range e.head {
			if dated(h) {
				d = h
				break
			}
		}
		if d == nil || !g.spans(d) {
			break
		}
		n++
	}
	return n
}
