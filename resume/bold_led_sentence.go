package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// boldLedSentence: a paragraph that opens with a bold name and goes on in
// lower case to a full stop ("__AutoCAD__ ve __Excel__ ile teknik
// planların çizimi ve hesapları.", "**Python** used for the reports."):
// a sentence about the tools, a role's text, not a line of its heading.
func boldLedSentence(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	if !strongStart(b) || !fullStop(t) || wordCount(t) < 5 {
		return false
	}
	end := b.Groups[0].Text.End
	if end <= 0 || end >= len(b.Text) {
		return false
	}
	rest := strings.TrimLeft(b.Text[end:], " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}
