package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// Pandoc's bracketed spans ("[Acme Corp]{.company}") mark a stretch of text
// with a class for the stylesheet; they read as their content. The brackets
// and the attributes become markup that reads as "", so the text stays
// placed byte for byte.

// bracketSpanRe: a bracketed span; group 1 is its content.
var bracketSpanRe = lazy.Regexp(`\[([^\[\]]+)\]\{[.#][^{}]*\}`)

// unbracketSpans reads the bracketed spans in b's text as their content.
func unbracketSpans(b *Block) {
	if !strings.Contains(b.Text, "]{") {
		return
	}
	r := richOf(b)
	var cuts []Span // plain-text stretches that are markup
	for _, m := range bracketSpanRe().FindAllStringSubmatchIndex(r.text, -1) {
		if !literalRun(r.pieces, m[0], m[1]) {
			continue
		}
		cuts = append(cuts, Span{m[0], m[2]}, Span{m[3], m[1]})
	}
	if len(cuts) == 0 {
		return
	}
	var rb richBuilder
	for _, p := range r.pieces {
		if p.Kind != PieceLiteral {
			rb.add(r.text[p.Text.Start:p.Text.End], p.Src, p.Kind)
			continue
		}
		at := p.Text.Start
		for _, c := range cuts {
			if c.Start < p.Text.Start || c.End > p.Text.End {
				continue
			}
			src := func(t int) int { return p.Src.Start + t - p.Text.Start }
			rb.add(r.text[at:c.Start], Span{src(at), src(c.Start)}, PieceLiteral)
			rb.add("", Span{src(c.Start), src(c.End)}, PieceMarkup)
			at = c.End
		}
		rb.add(r.text[at:p.Text.End], Span{p.Src.Start + at - p.Text.Start, p.Src.End}, PieceLiteral)
	}
	// a container's text moves back by what was cut before it
	shift := func(t int) int {
		n := t
		for _, c := range cuts {
			if c.End <= t {
				n -= c.Len()
			}
		}
		return n
	}
	for _, g := range r.groups {
		g.Text = Span{shift(g.Text.Start), shift(g.Text.End)}
		rb.groups = append(rb.groups, g)
	}
	out := rb.rich(b.Line)
	b.Text, b.Pieces, b.Groups = out.text, out.pieces, out.groups
}

// literalRun: the plain text [a, b) lies inside one literal piece.
func literalRun(ps []Piece, a, b int) bool {
	for _, p := range ps {
		if p.Kind == PieceLiteral && p.Text.Start <= a && b <= p.Text.End {
			return true
		}
	}
	return false
}
