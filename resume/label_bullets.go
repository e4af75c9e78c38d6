package resume

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// A form typed as text sets a label column beside its list
// ("Belangrijkste activiteiten   ▪ Zorg voor ..." over "en
// verantwoordelijkheden     ▪ Werkbegeleider ..." over "   ▪ Lid van ..."):
// the items stand in the value column, under one another, and the label's
// words (even where they wrap onto the next row) only name the list.

// labelColumnItem: where, in a line's text, an item set beside a label
// starts, or 0. The label is a few words and no sentence; the marker must
// stand in the same column as an item on the line above or below, so a
// dash inside a sentence never makes one.
func labelColumnItem(src []byte, prev, next, end, lead int, text string, prevMarker int) int {
	i := strings.Index(text, "  ")
	if i <= 0 || wordCount(text[:i]) > 4 || fullStop(text[:i]) {
		return 0
	}
	k := i + len(text[i:]) - len(strings.TrimLeft(text[i:], " "))
	if k >= len(text) || textBullet(text[k:]) == "" {
		return 0
	}
	col := lead + utf8.RuneCountInString(text[:k])
	if prevMarker == col || markerAt(lineAt(src, next, end), col) || markerAt(prevLine(src, prev), col) {
		return k
	}
	// (a lone item beside the form's label of duties, "Principali
	// mansioni e   - Manutenzione ..." over "responsabilità", the label
	// wrapped in its column, is one too)
	if label := strings.TrimSpace(text[:i]); wordCount(label) <= 6 && (dutyLabelRe().MatchString(label) || dutyLabelRe().MatchString(label+" "+labelCellAt(lineAt(src, next, end), lead))) {
		return k
	}
	return 0
}

// labelCellAt: the words a line holds in a label column starting at
// col, before its value column; "" where the line does not start there.
func labelCellAt(line string, col int) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) != col {
		return ""
	}
	if i := strings.Index(t, "  "); i > 0 {
		t = t[:i]
	}
	return strings.TrimSpace(t)
}

// markerAt: a line has a list marker at column col, after a label or none.
func markerAt(line string, col int) bool {
	if utf8.RuneCountInString(line) <= col {
		return false
	}
	r := []rune(line)
	if strings.TrimSpace(string(r[col-1:col])) != "" && col > 0 {
		return false
	}
	return textBullet(string(r[col:])) != ""
}

// lineAt is the line that starts at offset at, "" past the end.
func lineAt(src []byte, at, end int) string {
	if at >= end {
		return ""
	}
	if nl := bytes.IndexByte(src[at:end], '\n'); nl >= 0 {
		return strings.TrimRight(string(src[at:at+nl]), "\r")
	}
	return string(src[at:end])
}

// prevLine is the line that ends just before offset at (the start of the
// current line), "" at the start.
func prevLine(src []byte, at int) string {
	if at <= 0 {
		return ""
	}
	s := bytes.LastIndexByte(src[:at-1], '\n') + 1
	return strings.TrimRight(string(src[s:at-1]), "\r")
}
