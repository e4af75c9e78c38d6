package resume

import "strings"

// "-`-`Communicated effectively..." line under line in one paragraph: a
// list whose writer glued the marker to a code span that draws the
// bullet ("- `-` Prepared buffers" in the sections above). Without the
// space CommonMark sees no list, but a person sees one item a line; a
// line whose code span is all there is ("-`_`", like "- ` `") is the
// writer's spacer, no item.

// codeSpanMarker: where line r opens with a marker glued to a code span,
// the offset in its text where the item's words begin, after the code
// span (a rewrite keeps the writer's marker); -1 where it does not. ok
// is false for a spacer.
func (mr *mdReader) codeSpanMarker(r rline) (from int, ok bool) {
	if len(r.pieces) == 0 || !strings.HasPrefix(r.text, "-") {
		return -1, false
	}
	at := r.pieces[0].Src.Start
	if at+1 >= len(mr.src) || mr.src[at] != '-' || mr.src[at+1] != '`' {
		return -1, false
	}
	for _, g := range r.groups {
		if g.Outer.Start == at+1 {
			return g.Text.End, strings.Trim(r.text[g.Text.End:], "-_*. \t") != ""
		}
	}
	return -1, false
}
