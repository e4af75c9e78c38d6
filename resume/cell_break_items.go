package resume

import (
	"strings"
)

// cellBreakItems reads the lines a table cell cuts with <br> that each
// open with a dash or bullet mark ("**Stationsleitung**, Klinikum<br>–
// Leitung eines Teams<br>– Praxisanleitung") as list items, one each,
// placed on their own bytes: a job's duties written under its name in
// the one cell. The row it gives back ends its cells where those lines
// begin, so the name reads alone.
func cellBreakItems(src []byte, row *Block) ([]*Block, *Block) {
	r := richOf(row)
	var cuts []int
	for _, p := range r.pieces {
		if p.Kind != PieceMarkup || p.Src.End > len(src) || p.Src.End <= p.Src.Start {
			continue
		}
		if strings.HasPrefix(strings.ToLower(string(src[p.Src.Start:p.Src.End])), "<br") {
			cuts = append(cuts, p.Text.Start)
		}
	}
	if len(cuts) == 0 {
		return nil, row
	}
	var out []*Block
	first := -1
	for i, at := range cuts {
		end := len(r.text)
		if i+1 < len(cuts) {
			end = cuts[i+1]
		}
		// (a line runs to the next <br> or to the cell's end)
		if k := strings.Index(r.text[at:end], " | "); k >= 0 {
			end = at + k
		}
		line := r.slice(at, end).trim()
		n := breakMarkLen(line.text)
		if n == 0 {
			if first >= 0 {
				break
			}
			continue
		}
		x := line.cutPrefix(n)
		if x.text == "" {
			continue
		}
		if first < 0 {
			first = at
		}
		out = append(out, &Block{Kind: BlockListItem, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: row.Line})
	}
	if len(out) == 0 {
		return nil, row
	}
	return out, cellsBefore(row, first, true)
}

// breakMarkLen: how long the dash or bullet mark opening a line is
// ("– ", "- ", "• ", "· ", "* "), 0 where none opens it.
func breakMarkLen(t string) int {
	for _, m := range []string{"– ", "— ", "- ", "• ", "· ", "* ", "▪ ", "◦ "} {
		if strings.HasPrefix(t, m) {
			return len(m)
		}
	}
	return 0
}
