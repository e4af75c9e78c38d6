package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// rich is plain text that remembers where each stretch of it sits in the
// source: the form every item is read into, so that writing can splice.
type rich struct {
	text   string
	pieces []Piece
	groups []Group
	line   int
}

// richOf is a block's text with its map.
func richOf(b *Block) rich {
	return rich{text: b.Text, pieces: b.blockPieces(), groups: b.Groups, line: b.Line}
}

// span is the source the text covers.
func (r rich) span() Span {
	if len(r.pieces) == 0 {
		return Span{}
	}
	return Span{r.pieces[0].Src.Start, r.pieces[len(r.pieces)-1].Src.End}
}

// richBuilder appends pieces.
type richBuilder struct {
	b      strings.Builder
	pieces []Piece
	groups []Group
}

func (rb *richBuilder) add(text string, src Span, kind PieceKind) {
	if text == "" && src.Len() == 0 && kind != PieceFixed {
		return
	}
	at := rb.b.Len()
	rb.b.WriteString(text)
	// literal runs that touch merge into one piece
	if n := len(rb.pieces); n > 0 && kind == PieceLiteral && rb.pieces[n-1].Kind == PieceLiteral && rb.pieces[n-1].Src.End == src.Start {
		rb.pieces[n-1].Text.End += len(text)
		rb.pieces[n-1].Src.End = src.End
		return
	}
	rb.pieces = append(rb.pieces, Piece{Text: Span{at, at + len(text)}, Src: src, Kind: kind})
}

// addRich appends r, shifting its offsets.
func (rb *richBuilder) addRich(r rich) {
	off := rb.b.Len()
	for _, g := range r.groups {
		g.Text.Start += off
		g.Text.End += off
		rb.groups = append(rb.groups, g)
	}
	for _, p := range r.pieces {
		rb.add(r.text[p.Text.Start:p.Text.End], p.Src, p.Kind)
	}
}

func (rb *richBuilder) rich(line int) rich {
	return rich{text: rb.b.String(), pieces: rb.pieces, groups: rb.groups, line: line}
}

// joinRich joins texts with sep; the source between two parts becomes a
// markup piece that reads as sep (a line break, blank lines, a table's
// pipes), so an edit may replace it but never leaves half of it.
func joinRich(parts []rich, sep string) rich {
	var rb richBuilder
	line := 0
	for i, p := range parts {
		if len(p.pieces) == 0 {
			continue
		}
		if line == 0 {
			line = p.line
		}
		if rb.b.Len() > 0 && i > 0 {
			prev := rb.pieces[len(rb.pieces)-1].Src.End
			start := p.pieces[0].Src.Start
			if start < prev {
				start = prev
			}
			rb.add(sep, Span{prev, start}, PieceMarkup)
		}
		rb.addRich(p)
	}
	return rb.rich(line)
}

// joinFixed joins two texts with a separator that is not in the source as
// such ("Languages" + ": " + "Go, Python" from a table row): an edit may not
// touch it.
func joinFixed(a rich, sep string, b rich) rich {
	var rb richBuilder
	rb.addRich(a)
	at := a.span().End
	if len(b.pieces) > 0 {
		rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + len(sep)}, Src: Span{at, b.pieces[0].Src.Start}, Kind: PieceFixed})
		rb.b.WriteString(sep)
	}
	rb.addRich(b)
	return rb.rich(a.line)
}

// slice returns the text from a to b (byte offsets into r.text) with its
// map. A cut through a markup piece makes that piece fixed: it cannot be
// split, and an edit may not touch it.
func (r rich) slice(a, b int) rich {
	a, b = max(0, min(a, len(r.text))), max(0, min(b, len(r.text)))
	if a >= b {
		// an empty text still knows where it is
		at := r.srcAt(a)
		return rich{line: r.line, pieces: []Piece{{Src: Span{at, at}}}}
	}
	var rb richBuilder
	for _, p := range r.pieces {
		s, e := max(p.Text.Start, a), min(p.Text.End, b)
		if s > e || s == e && p.Text.Len() > 0 {
			continue
		}
		switch {
		case p.Kind == PieceLiteral:
			rb.add(r.text[s:e], Span{p.Src.Start + s - p.Text.Start, p.Src.Start + e - p.Text.Start}, PieceLiteral)
		case s == p.Text.Start && e == p.Text.End:
			rb.add(r.text[s:e], p.Src, p.Kind)
		default:
			rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + e - s}, Src: p.Src, Kind: PieceFixed})
			rb.b.WriteString(r.text[s:e])
		}
	}
	for _, g := range r.groups {
		if g.Text.Start >= a && g.Text.End <= b {
			g.Text.Start -= a
			g.Text.End -= a
			rb.groups = append(rb.groups, g)
			continue
		}
		if g.Text.End <= a || g.Text.Start >= b {
			continue
		}
		// a container whose text the cut leaves only spaces of ("`Helm,
		// Prometheus `" trimmed) still wraps the rest whole
		if g.Text.Start >= a && strings.TrimSpace(r.text[b:g.Text.End]) == "" || g.Text.End <= b && strings.TrimSpace(r.text[g.Text.Start:a]) == "" {
			g.Text.Start = max(g.Text.Start, a) - a
			g.Text.End = min(g.Text.End, b) - a
			rb.groups = append(rb.groups, g)
			continue
		}
		// a container cut in two: its delimiters inside the slice are fixed
		for i := range rb.pieces {
			p := &rb.pieces[i]
			if p.Kind == PieceMarkup && (p.Src.Start == g.Outer.Start || p.Src.End == g.Outer.End) {
				p.Kind = PieceFixed
			}
		}
	}
	out := rb.rich(r.line).dropEdgeMarkup()
	if len(out.pieces) == 0 {
		at := r.srcAt(a)
		out.pieces = []Piece{{Src: Span{at, at}}}
	}
	return out
}

// srcAt maps a plain offset onto the source.
func (r rich) srcAt(t int) int {
	for _, p := range r.pieces {
		if t < p.Text.End || t == p.Text.End && p.Text.Len() > 0 {
			if p.Kind == PieceLiteral {
				return p.Src.Start + max(0, t-p.Text.Start)
			}
			return p.Src.Start
		}
	}
	if len(r.pieces) == 0 {
		return 0
	}
	return r.pieces[len(r.pieces)-1].Src.End
}

// trim drops space at both ends, keeping the delimiters of containers that
// wrap the text ("**Led the migration**" keeps its asterisks).
func (r rich) trim() rich {
	a := len(r.text) - len(strings.TrimLeftFunc(r.text, unicode.IsSpace))
	b := len(strings.TrimRightFunc(r.text, unicode.IsSpace))
	if a == 0 && b == len(r.text) {
		return r.dropEdgeMarkup()
	}
	if a >= b {
		return r.slice(0, 0)
	}
	return r.slice(a, b).dropEdgeMarkup()
}

// dropEdgeMarkup removes empty markup at the ends that no container owns
// (an HTML comment before the text, spaces after it).
func (r rich) dropEdgeMarkup() rich {
	owned := func(p Piece) bool {
		for _, g := range r.groups {
			if p.Src.Start == g.Outer.Start || p.Src.End == g.Outer.End {
				return true
			}
		}
		return false
	}
	i, j := 0, len(r.pieces)
	for i < j-1 && r.pieces[i].Text.Len() == 0 && r.pieces[i].Kind == PieceMarkup && !owned(r.pieces[i]) {
		i++
	}
	for j-1 > i && r.pieces[j-1].Text.Len() == 0 && r.pieces[j-1].Kind == PieceMarkup && !owned(r.pieces[j-1]) {
		j--
	}
	if i == 0 && j == len(r.pieces) {
		return r
	}
	out := r
	out.pieces = r.pieces[i:j]
	sp := out.span()
	var gs []Group
	for _, g := range r.groups {
		if g.Outer.Start >= sp.Start && g.Outer.End <= sp.End {
			gs = append(gs, g)
		}
	}
	out.groups = gs
	return out
}

// cutPrefix removes a leading label ("Relevant coursework: ") of n bytes.
func (r rich) cutPrefix(n int) rich { return r.slice(n, len(r.text)).trim() }

// firstRune is the text's first rune.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
