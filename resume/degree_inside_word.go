package resume

import (
	"unicode"
	"unicode/utf8"
)

// The regexp's word boundary knows ASCII letters only: in "służba" (Polish
// "service") it sees a word "ba" after the "ż", and reads a B.A. A
// degree's Latin abbreviation that a letter of another alphabet joins
// on either side is part of that word, no degree.

// insideWord: s[m[0]:m[1]] opens (or closes) on an ASCII letter that a
// non-ASCII letter touches.
func insideWord(s string, m []int) bool {
	if m[1] <= m[0] {
		return false
	}
	if isASCIILetter(s[m[0]]) && m[0] > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	if isASCIILetter(s[m[1]-1]) && m[1] < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[m[1]:]); r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
