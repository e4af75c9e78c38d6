package resume

import "strings"

// A table of certificates ("| Jahr | Zertifikat | Details |") gives one
// certificate a row, and the certificate is what its column of
// certificates holds ("Geprüfte Bilanzbuchhalterin (IHK)"), not the row
// with its date and a link beside it: the item is placed on that cell's
// own text, so a rewrite edits the name and leaves the table's layout as
// it is; the row's date is when it was earned.

// certCell: row's cell under the header's certificate column, and the
// row's date; ok false where head names no such column or the cells do
// not lie in the row's text as written.
func certCell(head, row *Block) (rich, string, bool) {
	if head == nil || len(head.Cells) != len(row.Cells) {
		return rich{}, "", false
	}
	offs := cellOffsets(row)
	if offs == nil {
		return rich{}, "", false
	}
	k := -1
	for i, c := range head.Cells {
		if certWordRe().MatchString(c) {
			if k >= 0 {
				return rich{}, "", false
			}
			k = i
		}
	}
	if k < 0 {
		return rich{}, "", false
	}
	r := richOf(row).slice(offs[k], offs[k]+len(row.Cells[k])).trim()
	if r.text == "" {
		return rich{}, "", false
	}
	date := ""
	for i, c := range row.Cells {
		if i == k {
			continue
		}
		if dr, ok := ParseDateRange(strings.TrimSpace(c)); ok {
			date = dr.Start
			break
		}
	}
	return r, date, true
}
