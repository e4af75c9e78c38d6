package resume

import "strings"

// A projects section may sum its projects up in a table (name, dates,
// stack) and then tell each under a heading of its own name. The table is
// an overview: a row that a later entry names again is not a project of
// its own.

// dropOverviewRows returns es without the bodiless table rows whose cell
// a later entry's heading repeats.
func dropOverviewRows(es []*entry) []*entry {
	named := map[string]bool{}
	for _, e := range es {
		if len(e.head) > 0 && e.head[0].Kind != BlockTableRow {
			named[overviewKey(e.head[0].Text)] = true
		}
	}
	if len(named) == 0 {
		return es
	}
	out := es[:0:0]
	for _, e := range es {
		if len(e.head) == 1 && e.head[0].Kind == BlockTableRow && !e.hasBody() && rowRepeated(e.head[0], named) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// rowRepeated: one of the row's cells is a name in named.
func rowRepeated(row *Block, named map[string]bool) bool {
	for _, c := range row.Cells {
		if k := overviewKey(c); k != "" && named[k] {
			return true
		}
	}
	return false
}

// overviewKey is a name as compared: emphasis and case set aside.
func overviewKey(s string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(s), "*_` "))
}
