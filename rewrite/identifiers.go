package rewrite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Text the offline rules must not re-case or respell: code spans, URLs,
// e-mail addresses, domains and paths. "idg.com" stays "idg.com", and
// "python.org" does not become "Python.org".
var protectedRe = lazy.Regexp("`[^`]*`" + `|\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:^|[\s(])(?:[\w-]+\.)+[a-zA-Z]{2,}(?:/\S*)?|(?:^|[\s(])~?/?[\w.-]+(?:/[\w.-]+)+`)

// protectedSpans are the byte ranges of s the rules leave as written.
func protectedSpans(s string) [][2]int {
	var out [][2]int
	for _, m := range protectedRe().FindAllStringIndex(s, -1) {
		a, b := m[0], m[1]
		for a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '(') {
			a++
		}
		// a sentence's full stop is not part of a domain or path
		for b > a && strings.ContainsRune(".,;:)", rune(s[b-1])) {
			b--
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

func overlaps(spans [][2]int, a, b int) bool {
	for _, sp := range spans {
		if a < sp[1] && sp[0] < b {
			return true
		}
	}
	return false
}

// identifier reports whether a bullet's first word is a name that keeps
// its case: mixed case (iRules, iOS, eBay), a domain, path, address or
// code span, digits, or a tool the lexicon writes in lower case (npm,
// kubectl).
func identifier(word string, lex *lexicon.Lexicon) bool {
	if word == "" {
		return true
	}
	if strings.ContainsAny(word, "`./@_:\\0123456789") {
		return true
	}
	for i, r := range word {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	for _, m := range lex.Find(word) {
		if m.Start == 0 && m.End == len(word) {
			if r, _ := utf8.DecodeRuneInString(m.Form); unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// capitalizeFirst capitalises the first letter of s unless its first word
// is an identifier.
func capitalizeFirst(s string, lex *lexicon.Lexicon) string {
	first, _, _ := strings.Cut(s, " ")
	if identifier(strings.TrimRight(first, ",;"), lex) {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
