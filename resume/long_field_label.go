package resume

import (
	"strings"
	"unicode/utf8"
)

// longFieldLabel: a form's field named by a label too long for fieldRe
// ("Name and type of organisation providing education and training:
// University of Szeged", the Europass CV's), known word for word: the
// field and where its value starts in t; "" when t opens with none.
func longFieldLabel(t string) (field string, at int) {
	c := strings.IndexAny(t, ":：")
	if c <= 31 {
		return "", 0
	}
	f, ok := fieldNames[strings.ToLower(strings.TrimSpace(t[:c]))]
	if !ok {
		return "", 0
	}
	_, n := utf8.DecodeRuneInString(t[c:])
	at = c + n
	for at < len(t) && t[at] == ' ' {
		at++
	}
	if at >= len(t) {
		return "", 0
	}
	return f, at
}
