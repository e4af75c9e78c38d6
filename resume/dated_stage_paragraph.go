package resume

import (
	"strings"
	"unicode"
)

// A role told in paragraphs may tell a stage of it in one that opens on
// when it came ("Moved to IV room 2014: compounded chemo, TPN and
// pediatric" wrapped over more lines to a full stop, "Ab 2019: Leitung
// der Abteilung ..."): a year inside the role's span, right before a
// colon and what was done in small letters, running on as a sentence,
// is that role's text, no role of its own.

// datedStage: the paragraph at bs[i] opens such a stage of cur.
func datedStage(cur *entry, bs []*Block, i int) bool {
	b := bs[i]
	if cur == nil || !cur.hasBody() || !cur.dated() || b.Kind != BlockParagraph || b.Cont || b.Strong || b.Emph || strongStart(b) {
		return false
	}
	t := strings.TrimSpace(b.Text)
	r, ok := FindDateRange(t)
	if !ok || !r.Single() || r.Pos == 0 || !cur.spans(b) {
		return false
	}
	rest, ok := strings.CutPrefix(strings.TrimLeft(t[r.EndPos:], " "), ":")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	if !unicode.IsLower(firstRune(rest)) {
		return false
	}
	// (and it runs on as a sentence, over its lines, to a full stop)
	words, j := wordCount(t), i+1
	for ; j < len(bs) && bs[j].Kind == BlockParagraph && bs[j].Cont; j++ {
		if dated(bs[j]) {
			return false
		}
		words += wordCount(bs[j].Text)
	}
	return words > 12 && fullStop(strings.TrimSpace(bs[j-1].Text))
}
