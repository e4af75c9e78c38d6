package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalized is a text folded for reading: NFKC (fullwidth letters and
// digits, compatibility forms), look-alike letters from other scripts mapped
// to the Latin ones they imitate (Cyrillic "а" in "Kаfka"), other scripts'
// digits mapped to ASCII ("٤٠%" is 40%), and zero-width characters and soft
// hyphens removed. Both the source and the rewrite are read this way, so
// "Kubernetes" written in fullwidth letters is Kubernetes on either side.
type normalized struct {
	orig string
	text string  // the normalised text
	offs []int32 // offs[i]: offset in the original of the character that produced byte i; offs[len(text)] = len(original)
}

// normalize folds text; ASCII text is returned as it is, with no offset map.
func normalize(text string) normalized {
	i := 0
	for i < len(text) && text[i] < utf8.RuneSelf {
		i++
	}
	if i == len(text) {
		return normalized{text: text}
	}
	out := make([]byte, 0, len(text))
	offs := make([]int32, 0, len(text)+1)
	for k := 0; k < i; k++ {
		out = append(out, text[k])
		offs = append(offs, int32(k))
	}
	var buf [utf8.UTFMax]byte
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			offs = append(offs, int32(i))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if c >= 0xe3 && c <= 0xed {
			if from, to := transliterated(text[i:]); from > 0 {
				// "파이썬으로" reads as "Python으로": a name written in
				// Hangul or katakana is the name
				out = append(out, to...)
				for range len(to) {
					offs = append(offs, int32(i))
				}
				i += from
				continue
			}
		}
		emit := func(s string) {
			out = append(out, s...)
			for range len(s) {
				offs = append(offs, int32(i))
			}
		}
		switch {
		case invisible(r):
		case r == 'µ' || r == 'μ' && !greekLetterAround(text, i, size):
			emit("µ") // the micro sign, kept: "µs" is a unit (not the mu of "εβδομάδα")
		case r == '’' || r == '‘':
			emit("'")
		case r == '⁄':
			emit("/") // the fraction slash NFKC makes of "⅓"
		case r == '٪':
			emit("%") // the Arabic percent sign: "٤٠٪" is 40%
		case r == '㎡' || r == '㎢':
			// "3,000㎡": square metres, set apart from the figure as "m2"
			// (NFKC glues "m2" to it, a million and a stray 2)
			emit(map[rune]string{'㎡': " m2", '㎢': " km²"}[r])
		case r == '٫':
			emit(".") // the Arabic decimal separator: "٣٫٦" is 3.6
		case r == '٬':
			emit(",") // and its thousands separator
		case lookalike[r] != 0 && latinWord(text, i, size):
			emit(string(lookalike[r]))
		case digitOf(r) >= 0:
			emit(string(rune('0' + digitOf(r))))
		case !norm.NFKC.IsNormalString(text[i : i+size]):
			n := utf8.EncodeRune(buf[:], r)
			emit(strings.ReplaceAll(norm.NFKC.String(string(buf[:n])), "⁄", "/"))
		default:
			emit(text[i : i+size])
		}
		i += size
	}
	offs = append(offs, int32(len(text)))
	return normalized{orig: text, text: string(out), offs: offs}
}

// latinWord: the word holding text[i:i+size] has a Latin letter, so a
// Cyrillic or Greek letter in it drawn like a Latin one is a disguise
// ("Kаfka"); a word all in Cyrillic ("лет") is Russian.
func latinWord(text string, i, size int) bool {
	for k := i - 1; k >= 0; k-- {
		c := text[k]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				return true
			}
			break
		}
	}
	for k := i + size; k < len(text); k++ {
		c := text[k]
		if c < utf8.RuneSelf {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		}
	}
	return false
}

// span maps [a, b) in the normalised text to the original.
func (n normalized) span(a, b int) (int, int) {
	if n.offs == nil {
		return a, b
	}
	start, end := int(n.offs[a]), int(n.offs[b])
	// invisible characters after the span are not part of it
	for end > start {
		r, size := utf8.DecodeLastRuneInString(n.orig[start:end])
		if !invisible(r) {
			break
		}
		end -= size
	}
	return start, end
}

// invisible runes carry no text: zero-width spaces and joiners, the word
// joiner, the byte-order mark, soft hyphens, bidi marks.
func invisible(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069:
		return true
	}
	return false
}

// digitZeros are the zeros of the decimal digit blocks NFKC leaves alone.
var digitZeros = []rune{0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810}

func digitOf(r rune) int {
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return -1
}

// lookalike maps letters of other scripts to the Latin letters they are
// drawn like (the confusable skeletons of Unicode TR39 for Cyrillic and
// Greek), so a name spelled with them reads as the name.
var lookalike = map[rune]rune{
	// Cyrillic
	'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 't', 'у': 'y', 'х': 'x',
	'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ɡ': 'g', 'ӏ': 'l',
	'А': 'A', 'В': 'B', 'Е': 'E', 'Ё': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X',
	'Ѕ': 'S', 'І': 'I', 'Ї': 'I', 'Ј': 'J', 'Ԛ': 'Q', 'Ԝ': 'W', 'Һ': 'H', 'Ӏ': 'I',
	// Greek
	'α': 'a', 'ο': 'o', 'ρ': 'p', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ε': 'e',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
}

// transliterations are technologies' names as Korean and Japanese write
// them in their own scripts.
var transliterations = [][2]string{
	{"자바스크립트", "JavaScript"}, {"타입스크립트", "TypeScript"}, {"파이썬", "Python"}, {"자바", "Java"}, {"코틀린", "Kotlin"},
	{"리액트", "React"}, {"도커", "Docker"}, {"쿠버네티스", "Kubernetes"}, {"스프링 부트", "Spring Boot"}, {"엑셀", "Excel"},
	{"ジャバスクリプト", "JavaScript"}, {"パイソン", "Python"}, {"ドッカー", "Docker"}, {"クバネティス", "Kubernetes"}, {"エクセル", "Excel"},
}

// transliterationOpeners are the first characters of the transliterations.
var transliterationOpeners = func() map[rune]bool {
	m := map[rune]bool{}
	for _, t := range transliterations {
		r, _ := utf8.DecodeRuneInString(t[0])
		m[r] = true
	}
	return m
}()

// transliterated: text opens with a transliterated name; the bytes it
// takes and the name.
func transliterated(text string) (int, string) {
	if r, _ := utf8.DecodeRuneInString(text); !transliterationOpeners[r] {
		return 0, "" // (most CJK characters open none: one map look)
	}
	for _, t := range transliterations {
		if strings.HasPrefix(text, t[0]) {
			return len(t[0]), t[1]
		}
	}
	return 0, ""
}

// greekLetterAround: a Greek letter stands right before or after the rune
// at [i, i+size): the mu is a letter of a Greek word.
func greekLetterAround(text string, i, size int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.Is(unicode.Greek, r) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+size:])
	return unicode.Is(unicode.Greek, r)
}
