package resume

import (
	"strings"
	"unicode/utf8"
)

// yearMonthInRange: digits s[i:e] are a year and its month run together
// ("202204", as Japanese 職務経歴書 write "（202204 - 現在）") at one end of
// a range: a dash or a tilde right after them, or right before them. Six
// digits alone elsewhere stay a number.
func yearMonthInRange(s string, i, e, v int) bool {
	y, m := v/100, v%100
	if y < 1950 || y > 2099 || m < 1 || m > 12 || e < len(s) && isDigit(s[e]) || i > 0 && isDigit(s[i-1]) {
		return false
	}
	const seps = "-–—~〜～"
	if k := skipSpaces(s, e); k < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[k:]); strings.ContainsRune(seps, r) {
			return true
		}
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if r != ' ' && r != '\t' && r != '\u00a0' && r != '\u3000' {
			return strings.ContainsRune(seps, r)
		}
		j -= n
	}
	return false
}
