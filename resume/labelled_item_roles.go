package resume

import (
	"strings"
	"unicode/utf8"
)

// Notes that tell of jobs as list items, where some items open with a short
// label and a colon ("- start-up 1: wrote scripts…", "- Firma 2: …") among
// items that open with none: each labelled item heads a role (the label
// names it, the rest of the line is its first bullet), and the unlabelled
// items and lines after it, up to the next labelled one, are that role's.

// labelledItem splits a list item "label: text" into the label and the
// text: a label of three words at most with no sentence in it, a text of
// three words at least.
func labelledItem(b *Block) (head, text *Block, ok bool) {
	if b.Kind != BlockListItem {
		return nil, nil, false
	}
	t := b.Text
	c := strings.Index(t, ": ")
	if c <= 0 {
		return nil, nil, false
	}
	label := strings.TrimSpace(t[:c])
	if label == "" || len(strings.Fields(label)) > 3 || utf8.RuneCountInString(label) > 30 || strings.ContainsAny(label, ".,;()[]") ||
		wordCount(t[c+2:]) < 3 || fieldLabel(t) != "" || stackLine(t) {
		return nil, nil, false
	}
	return splitParagraph(b, 0, c, c+2, len(t))
}

// labelledItemEntries reads bs as roles headed by labelled items, or
// returns nil when bs is not so: two labelled items at least, on the same
// level as one unlabelled item at least, and nothing dated.
func labelledItemEntries(bs []*Block) []*entry {
	labelled, plain, first := 0, 0, -1
	for i, b := range bs {
		if dated(b) || b.Kind == BlockHeading || b.Kind == BlockTableRow {
			return nil
		}
		if b.Kind != BlockListItem || b.Level != 0 {
			continue
		}
		if _, _, ok := labelledItem(b); ok {
			labelled++
			if first < 0 {
				first = i
			}
		} else {
			plain++
		}
	}
	if labelled < 2 || plain < 1 {
		return nil
	}
	var out []*entry
	var cur *entry
	for _, b := range bs[first:] {
		if b.Kind == BlockListItem && b.Level == 0 {
			if h, x, ok := labelledItem(b); ok {
				cur = newEntry(h)
				cur.bullets = append(cur.bullets, x)
				out = append(out, cur)
				continue
			}
		}
		switch b.Kind {
		case BlockListItem:
			cur.bullets = append(cur.bullets, b)
		case BlockParagraph:
			// ("Some real examples:" over items introduces them; a line
			// under an unlabelled item goes on with it, one under a
			// labelled item's text tells more of the role)
			if t := strings.TrimSpace(b.Text); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
				continue
			}
			if len(cur.bullets) > 1 && cur.bullets[len(cur.bullets)-1].Kind == BlockListItem {
				continue
			}
			cur.bullets = append(cur.bullets, b)
		}
	}
	return out
}
