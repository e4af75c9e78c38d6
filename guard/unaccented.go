package guard

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// unaccentedInSource: the term is a name of the source written without its
// accents, as English writes them ("Hoa Binh" for "Hòa Bình", "Malaga" for
// "Málaga").
func unaccentedInSource(src []sourceText, term string) bool {
	t := unaccented(term)
	if t == strings.ToLower(term) && !strings.ContainsFunc(term, func(r rune) bool { return r >= 0x80 }) {
		for i := range src {
			if s := src[i].Text; strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 }) && wordIndex(unaccented(s), t) >= 0 {
				return true
			}
		}
	}
	return false
}

// unaccented lower-cases s and drops its diacritics (Vietnamese đ is d).
func unaccented(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// transliterated: every source is written mostly in a script other than
// Latin (Arabic, Greek, Bengali, Thai...), so a name the rewrite spells in
// Latin letters ("Piraeus", "Chittagong") is the source's name in English
// letters, which no spelling check can match.
func transliterated(src []sourceText, term string) bool {
	if len(src) == 0 || strings.ContainsFunc(term, func(r rune) bool { return r >= 0x80 }) || nationality(strings.ToLower(term)) {
		return false // (a language named is a skill claimed)
	}
	for i := range src {
		latin, other := 0, 0
		for _, r := range src[i].Text {
			switch {
			case !unicode.IsLetter(r):
			case unicode.Is(unicode.Latin, r):
				latin++
			case unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana):
				// (Chinese, Japanese and Korean name places in their own
				// characters, and tools in Latin letters)
				return false
			default:
				other++
			}
		}
		if other <= latin*2 {
			return false
		}
	}
	return true
}
