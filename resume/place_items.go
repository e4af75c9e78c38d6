package resume

import "strings"

// placeItems reads an experience section told in prose with a list of the
// places worked at, each item opening with the place's name and a colon
// ("- start-up 1: wrote Python scripts...", "- Acme: ran the billing
// team"), its examples and notes following it until the next place. The
// way an engineer without a résumé template writes their history in a
// plain text file. The section holds no dates and no headings; a sentence
// before the first place introduces them (it is no role), a line ending in
// a colon introduces the items after it, and a line right under an item,
// at its indent with no blank line between, carries on the item. nil where
// the section is not so written.
func (in *interp) placeItems(bs []*Block) []*entry {
	top := -1
	for _, b := range bs {
		switch b.Kind {
		case BlockParagraph, BlockListItem:
		default:
			return nil
		}
		if dated(b) || b.Strong {
			return nil
		}
		if b.Kind == BlockListItem && (top < 0 || b.Level < top) {
			top = b.Level
		}
	}
	var at []int
	seen := map[string]bool{}
	for i, b := range bs {
		if b.Kind != BlockListItem || b.Level != top {
			continue
		}
		if c := placeLabel(b.Text); c > 0 {
			l := strings.ToLower(strings.TrimSpace(b.Text[:c]))
			if seen[l] {
				return nil // "Tech: ..." under each: a role's particulars
			}
			seen[l] = true
			at = append(at, i)
		}
	}
	if len(at) < 2 {
		return nil
	}
	var out []*entry
	for k, i := range at {
		end := len(bs)
		if k+1 < len(at) {
			end = at[k+1]
		}
		b := bs[i]
		c := placeLabel(b.Text)
		r := richOf(b)
		mk := func(x rich) *Block {
			return &Block{Kind: BlockParagraph, Text: x.text, Pieces: x.pieces, Groups: x.groups, Line: b.Line, Span: x.span(), Indent: b.Indent}
		}
		e := newEntry(mk(r.slice(0, c).trim()))
		e.bullets = append(e.bullets, mk(r.slice(c+1, len(b.Text)).trim()))
		for j := i + 1; j < end; j++ {
			n := bs[j]
			t := strings.TrimSpace(n.Text)
			switch {
			case n.Kind == BlockParagraph && (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")):
				// "A few real examples:" over them
			case n.Kind == BlockParagraph && len(e.bullets) > 0 && in.carriesOn(bs[j-1], n):
				last := e.bullets[len(e.bullets)-1]
				x := joinRich([]rich{richOf(last), richOf(n)}, " ")
				e.bullets[len(e.bullets)-1] = &Block{Kind: last.Kind, Level: last.Level, Text: x.text, Pieces: x.pieces, Groups: x.groups, Line: last.Line, Span: x.span(), Indent: last.Indent}
			default:
				e.bullets = append(e.bullets, n)
			}
		}
		out = append(out, e)
	}
	return out
}

// placeLabel: where the colon after an item's opening name sits ("start-up
// 1: wrote ...", "Acme Corp: ran ..."), or 0. The name is a few words, no
// field label ("Location: Leeds") and no date; what follows it is a
// sentence, not a list of tools.
func placeLabel(t string) int {
	c := strings.Index(t, ": ")
	if c <= 0 {
		return 0
	}
	name, rest := strings.TrimSpace(t[:c]), strings.TrimSpace(t[c+1:])
	if name == "" || wordCount(name) > 4 || len(name) > 40 || strings.ContainsAny(name, ".,;()[]") || hasDate(name) {
		return 0
	}
	if fieldLabel(t) != "" || wordCount(rest) < 4 || itemList(rest) || toolNames(rest) || labelledTools(t) {
		return 0
	}
	return c
}

// carriesOn: paragraph n sits on the line right under block p, at p's
// indent, with no blank line between.
func (in *interp) carriesOn(p, n *Block) bool {
	if n.Indent != p.Indent || p.Span.End > n.Span.Start || n.Span.Start > len(in.src) {
		return false
	}
	return strings.Count(string(in.src[p.Span.End:n.Span.Start]), "\n") == 1
}
