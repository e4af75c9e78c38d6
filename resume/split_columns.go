package resume

import "strings"

// A résumé laid out in columns (titles, employers, dates side by side)
// whose text export set the columns one after another: "Contractor /
// Project Manager", "Superintendent", "General Contractor" ... on lines
// of their own, then the employers run together, then "2004 to Present",
// "2002 to 2004", "1994 to 2001" ... as many lines of only dates as there
// were titles. A person lines them up again: the first title with the
// first dates, and so on, each a role with nothing told under it.

// splitColumnRoles reads such a section: one block of short undated
// lines, then undated lines (the employers, which can no longer be told
// apart), then one block of as many lines of only dates; nil when the
// section is not just that.
func splitColumnRoles(bs []*Block) []*entry {
	titles, rest := lineBlock(bs)
	if len(titles) < 2 || len(rest) == 0 {
		return nil
	}
	for _, t := range titles {
		s := strings.TrimSpace(t.Text)
		if dated(t) || wordCount(s) > 6 || fullStop(s) || strings.ContainsAny(s, ":,") {
			return nil
		}
	}
	// the dates are the last block; between, undated lines only
	k := len(rest)
	for k > 0 && rest[k-1].Cont {
		k--
	}
	if k == 0 {
		return nil
	}
	for _, b := range rest[:k-1] {
		if b.Kind != BlockParagraph || b.Level != 0 || dated(b) {
			return nil
		}
	}
	dates := rest[k-1:]
	if len(dates) != len(titles) || rest[k-1].Kind != BlockParagraph {
		return nil
	}
	for _, d := range dates {
		if _, only := ParseDateRange(strings.TrimSpace(d.Text)); !only || d.Kind != BlockParagraph || d.Level != 0 {
			return nil
		}
	}
	var out []*entry
	for i := range titles {
		t, d := *titles[i], *dates[i]
		t.Cont, d.Cont = false, false
		e := newEntry(&t)
		e.head = append(e.head, &d)
		out = append(out, e)
	}
	return out
}

// lineBlock: the lines of the first block of bs (a paragraph and the
// lines that run on from it, at the margin) and the blocks after it.
func lineBlock(bs []*Block) ([]*Block, []*Block) {
	if len(bs) == 0 || bs[0].Kind != BlockParagraph || bs[0].Cont || bs[0].Level != 0 {
		return nil, bs
	}
	j := 1
	for j < len(bs) && bs[j].Kind == BlockParagraph && bs[j].Cont && bs[j].Level == 0 {
		j++
	}
	return bs[:j], bs[j:]
}
