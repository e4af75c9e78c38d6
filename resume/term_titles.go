package resume

import "strings"

// Plain text written as a converter writes definition lists (pandoc's
// plain output): each term at the margin with its body indented under it
// ("Seit 04/2020" over the employer, the title and a line of duties), and
// the sections' titles alone between blank lines over their first term
// ("Berufstätigkeit", blank, "Seit 04/2020"). Such a title names a section
// though the table does not know its name ("Zusatzqualifikationen",
// "Aanvullende kwalificaties", "Aufgaben" over "Lausitz Netz GmbH" and its
// duties).

// termListTitle: block i is such a title.
func (in *interp) termListTitle(i int) bool {
	if !in.indentHeads && !in.termLists() {
		return false
	}
	return in.titleOverTerm(i)
}

// titleOverTerm: block i is a short line at the margin between blank
// lines, over a term with its own indented body, a date or a list.
func (in *interp) titleOverTerm(i int) bool {
	b := in.bs[i]
	if b.Kind != BlockParagraph || b.Cont || b.Indent != in.baseIndent || i+1 >= len(in.bs) {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if dated(b) || fullStop(t) || wordCount(t) > 4 || strings.ContainsAny(t, ":,\t") || hasContact(t) {
		return false
	}
	n := in.bs[i+1]
	if n.Cont || n.Indent != in.baseIndent || n.Quote {
		return false
	}
	return n.Kind == BlockListItem && n.Level == 0 || n.Kind == BlockParagraph && (dated(n) || in.indentedUnder(i+1))
}

// termLists: the document is written so: four terms or more with a body
// indented right under them, and two known section names or more alone
// over a term.
func (in *interp) termLists() bool {
	if in.termListsSeen == 0 {
		in.termListsSeen = 1
		if in.countTermLists() {
			in.termListsSeen = 2
		}
	}
	return in.termListsSeen == 2
}

func (in *interp) countTermLists() bool {
	terms, titles := 0, 0
	for i, b := range in.bs {
		if b.Kind == BlockParagraph && !b.Cont && b.Indent == in.baseIndent && i+1 < len(in.bs) {
			if n := in.bs[i+1]; n.Kind == BlockParagraph && n.Cont && n.Indent > b.Indent {
				terms++
			}
		}
		if k, ok := sectionKind(b.Text); ok && k != kindUnknown && in.titleOverTerm(i) {
			titles++
		}
	}
	return terms >= 4 && titles >= 2
}
