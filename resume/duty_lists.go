package resume

import (
	"strings"
	"unicode"
)

// Lines of duties set one under another (a layout table's cell cut at
// <br>) often list what was done in nouns, as German writes them:
// "Installation, Wartung, Updates, Support von Kundensystemen",
// "Konfiguration Gitlab (Repositories, Runner, CI, Benutzer)". They are
// duties, not a line of tool names.

// asideList: the commas of t all stand inside its bracketed asides, so t
// is no list: it names a thing done, its parts in brackets.
func asideList(t string) bool {
	return strings.ContainsAny(t, "(（") && !strings.ContainsAny(stripParens(t), ",，")
}

// dutyList: t lists in commas, and some part of it is a phrase of three
// words or more joined by a word in small letters ("Support von
// Kundensystemen", "Beschaffung IT-Hard- und Software"): things done,
// told in nouns, not names.
func dutyList(t string) bool {
	for _, p := range strings.Split(stripParens(t), ",") {
		ws := strings.Fields(p)
		if len(ws) < 3 {
			continue
		}
		for _, w := range ws[1:] {
			if r := []rune(w)[0]; unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// toldAmongLines: the prose line k of lines, a list by its commas, is a
// duty all the same: it stands among three lines or more, each a line of
// its own, with a line after it, and lists things done.
func toldAmongLines(lines []*Block, k int) bool {
	if len(lines) < 3 || k+1 >= len(lines) {
		return false
	}
	for _, b := range lines {
		if b.Cont || b.Kind != BlockParagraph {
			return false
		}
	}
	return dutyList(strings.TrimSpace(lines[k].Text))
}
