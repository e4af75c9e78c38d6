package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An em dash opening a line, a space and a word in lower case
// ("— описывала процессы закупок;") is a list item, as Russian resumes
// (hh.ru's exports among them) set their duties; an em dash before a
// capital may be a quotation's source ("— Jane Doe, CEO"), so it is not.

// dashItem is the marker ("— ") a dash item opens with, or "".
func dashItem(text string) string {
	rest, ok := strings.CutPrefix(text, "—")
	if !ok {
		return ""
	}
	word := strings.TrimLeft(rest, " \t")
	if word == rest || word == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(word)
	if !unicode.IsLower(r) {
		return ""
	}
	return text[:len(text)-len(word)]
}
