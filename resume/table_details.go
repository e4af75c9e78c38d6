package resume

import "strings"

// A README may sum its jobs up in a table (role, company, dates) and tell
// each one below it, under a line that names it again ("<summary>Acme —
// Engineer</summary>"). That line says whose the list after it is.

// rowNamed is the table row's entry that the short line b names: the one
// whose company cell it holds, its title cell breaking a tie; nil when
// none or several do.
func rowNamed(es []*entry, b *Block) *entry {
	if wordCount(b.Text) > 14 {
		return nil
	}
	t := strings.ToLower(b.Text)
	var hits []*entry
	for _, e := range es {
		if c := e.cell("company"); c != "" && strings.Contains(t, strings.ToLower(c)) {
			hits = append(hits, e)
		}
	}
	if len(hits) > 1 {
		var byTitle []*entry
		for _, e := range hits {
			if c := e.cell("title"); c != "" && strings.Contains(t, strings.ToLower(c)) {
				byTitle = append(byTitle, e)
			}
		}
		hits = byTitle
	}
	if len(hits) != 1 {
		return nil
	}
	return hits[0]
}

// cell is the text of the entry's table cell of this kind, or "".
func (e *entry) cell(kind string) string {
	if len(e.head) == 0 || e.head[0].Kind != BlockTableRow {
		return ""
	}
	for i, k := range e.columns {
		if k == kind && i < len(e.head[0].Cells) {
			return strings.TrimSpace(e.head[0].Cells[i])
		}
	}
	return ""
}
