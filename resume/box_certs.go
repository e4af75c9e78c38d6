package resume

import "strings"

// A certificate in a row of a drawn box ("│ 2013.08 │ 컴퓨터활용능력 1급 │
// 대한상공회의소 │"): the box's sides stand where the cells end, so only
// the name's cell is the item, the date and issuer read from the others.

// boxCert reads a box row's certificate: the item's text, placed on the
// name's cell, and the certificate; ok false when no cell names one.
func boxCert(b *Block) (rich, Certification, bool) {
	offs := cellOffsets(b)
	if b.Kind != BlockTableRow || b.Style != boxStyle || offs == nil {
		return rich{}, Certification{}, false
	}
	name := -1
	var date, issuer string
	for i, c := range b.Cells {
		c = strings.TrimSpace(c)
		switch {
		case c == "":
		case dateOnlyCell(c):
			if date == "" {
				date = c
			}
		case name < 0:
			name = i
		case issuer == "":
			issuer = c
		}
	}
	if name < 0 {
		return rich{}, Certification{}, false
	}
	r := richOf(b).slice(offs[name], offs[name]+len(b.Cells[name])).trim()
	c := parseCertLine(r.text)
	c.text = r.text
	if c.Date == "" {
		c.Date = date
	}
	if c.Issuer == "" {
		c.Issuer = issuer
	}
	return r, c, true
}

// dateOnlyCell: a cell that holds a date or a range and nothing else.
func dateOnlyCell(c string) bool {
	if _, ok := ParseDate(c); ok {
		return true
	}
	_, dateOnly := ParseDateRange(c)
	return dateOnly
}
