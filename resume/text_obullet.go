package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// indentedOBullet is the marker of an indented line that opens with "o"
// and a space before a capital or a figure ("  o Designed the API"): the
// hollow circle of Word's second bullet level, saved as text, or typed as
// such under a role. A line at the margin is left alone: there "o " is a
// word ("o Brasil", Portuguese's "the"), and prose wrapped under a role
// starts at the margin too.
func indentedOBullet(text string, lead int) string {
	if lead == 0 || !strings.HasPrefix(text, "o ") {
		return ""
	}
	rest := strings.TrimLeft(text[1:], " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return ""
	}
	return text[:len(text)-len(rest)]
}
