package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevEnd: the text's final period closes an abbreviation that starts
// with a capital ("Ltd.", "Şti.", "Inc.", "A.Ş."), as a company's name
// ends, not a sentence.
func abbrevEnd(t string) bool {
	fs := strings.Fields(t)
	if len(fs) == 0 {
		return false
	}
	w := strings.TrimSuffix(fs[len(fs)-1], ".")
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r) && utf8.RuneCountInString(strings.ReplaceAll(w, ".", "")) <= 4
}
