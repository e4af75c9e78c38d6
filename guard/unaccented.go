package guard

import (
	"github.com/bulletproof-cli/bulletproof/internal/english"
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

// declinedInSource: a source in a language that declines names writes the
// term with a case ending ("Kraków" as "Krakowa", "Praha" as "Praze" is
// not read; "Kraków", "Krakowie" are): the term's letters, without their
// accents, open a source word that runs at most three letters on.
func declinedInSource(src []sourceText, term string) bool {
	t := unaccented(term)
	if len(t) < 5 || strings.Contains(t, " ") {
		return false
	}
	for i := range src {
		s := src[i].Text
		if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 }) && english.IsEnglish(s) {
			continue
		}
		for _, w := range strings.FieldsFunc(unaccented(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if strings.HasPrefix(w, t) && len(w)-len(t) <= 3 {
				return true
			}
		}
	}
	return false
}
