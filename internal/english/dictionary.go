package english

import (
	_ "embed"
	"slices"
	"strings"
)

// words.txt is the lowercase part of SCOWL's American English list (see
// data/LICENSE-SCOWL), sorted, one word a line; data/jargon.txt adds
// engineering vocabulary SCOWL lacks (jargon, in tables_gen.go).
//
//go:embed data/words.txt
var wordsData string

// inDict searches words.txt where it is embedded, without splitting it
// into lines first: the list is sorted (a test checks), so a binary search
// over byte offsets finds a word in some twenty steps and loading costs
// nothing.
func inDict(w string) bool {
	if _, ok := slices.BinarySearch(jargon[:], w); ok {
		return true
	}
	if w == "" {
		return false
	}
	lo, hi := 0, len(wordsData)
	for lo < hi {
		mid := (lo + hi) / 2
		// the line around mid
		a := strings.LastIndexByte(wordsData[:mid], '\n') + 1
		b := strings.IndexByte(wordsData[mid:], '\n')
		if b < 0 {
			b = len(wordsData)
		} else {
			b += mid
		}
		switch line := wordsData[a:b]; {
		case line == w:
			return true
		case line < w:
			lo = b + 1
		default:
			hi = a
		}
	}
	return false
}

// IsWord reports whether w (any case) is an ordinary English word, trying the
// common inflections (-s, -es, -ed, -ing, -ly, -er, -ized...) so that
// "Containerized" or "Refactoring" count as words.
func IsWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, "'’"))
	if w == "" {
		return false
	}
	if inDict(w) {
		return true
	}
	for _, s := range stems(w) {
		if len(s) >= 2 && inDict(s) {
			return true
		}
	}
	return false
}

// IsPlainWord is IsWord with only the inflections of grammar (-s, -es,
// -ed, -ing, 's): a capitalised "Freightly" or "Shopster" made of a word
// and a brand's suffix is no ordinary word.
func IsPlainWord(w string) bool {
	w = strings.ToLower(strings.Trim(w, "'’"))
	if w == "" || inDict(w) {
		return w != ""
	}
	for _, s := range stems(w) {
		if len(s) >= 2 && inDict(s) && plainStem(w, s) {
			return true
		}
	}
	return false
}

func plainStem(w, s string) bool {
	for _, suf := range []string{"'s", "s", "es", "ed", "d", "ing"} {
		if strings.HasSuffix(w, suf) {
			base := strings.TrimSuffix(w, suf)
			if base == s || base+"e" == s || len(base) >= 2 && base[:len(base)-1] == s || strings.HasSuffix(base, "i") && base[:len(base)-1]+"y" == s {
				return true
			}
		}
	}
	return false
}

// stems returns plausible base forms of an inflected word.
func stems(w string) []string {
	var out []string
	add := func(s string) { out = append(out, s) }
	trim := func(suffix string) (string, bool) {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+1 {
			return w[:len(w)-len(suffix)], true
		}
		return "", false
	}
	if s, ok := trim("'s"); ok {
		add(s)
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing", "ly", "er", "ers", "ation", "ations", "ization", "ized", "ize", "ise", "ised", "ity", "ness", "ment", "ments", "able", "al"} {
		if s, ok := trim(suf); ok {
			add(s)
			add(s + "e")
			if strings.HasSuffix(s, "i") {
				add(s[:len(s)-1] + "y")
			}
			if n := len(s); n >= 2 && s[n-1] == s[n-2] {
				add(s[:n-1]) // shipped -> ship
			}
		}
	}
	for _, pre := range []string{"re", "un", "pre", "co", "de", "sub", "multi", "auto", "non", "over", "under", "micro", "mis"} {
		if strings.HasPrefix(w, pre) && len(w) > len(pre)+3 {
			rest := w[len(pre):]
			add(strings.TrimPrefix(rest, "-"))
		}
	}
	return out
}
