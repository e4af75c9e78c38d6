package resume

import (
	"strings"
)

// A date range broken over lines ("Март 2021 —" over "настоящее время",
// as hh.ru's PDF export sets it) is one line of the entry's heading: read
// apart, the start would head one entry and the end another.

// joinBrokenRanges joins each line that opens a range and stops at its
// dash with the line under it that ends the range; the break between
// them reads as a space.
func joinBrokenRanges(bs []Block) []Block {
	out := bs[:0]
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		if i+1 < len(bs) && opensRange(&b) && endsRange(&bs[i+1]) {
			n := bs[i+1]
			var rb richBuilder
			rb.addRich(richOf(&b))
			rb.add(" ", Span{b.Span.End, n.Span.Start}, PieceMarkup)
			rb.addRich(richOf(&n))
			r := rb.rich(b.Line)
			b.Text, b.Pieces, b.Span = r.text, r.pieces, Span{b.Span.Start, n.Span.End}
			i++
		}
		out = append(out, b)
	}
	return out
}

// opensRange: a paragraph line that is one date and a dash ("Март 2021 —").
func opensRange(b *Block) bool {
	if b.Kind != BlockParagraph {
		return false
	}
	t := strings.TrimSpace(b.Text)
	cut := strings.TrimRight(t, "—–-")
	if cut == t || !strings.HasSuffix(cut, " ") {
		return false
	}
	_, ok := ParseDate(cut)
	return ok
}

// endsRange: a line right under another that is only a date or a word
// for now ("настоящее время", "Февраль 2021").
func endsRange(b *Block) bool {
	if b.Kind != BlockParagraph || !b.Cont {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if IsPresent(t) {
		return true
	}
	_, ok := ParseDate(t)
	return ok
}
