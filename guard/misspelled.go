package guard

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"

	"github.com/bulletproof-cli/bulletproof/internal/english"
)

// misspelledBySource: the source names the technology with one letter
// wrong, added or missing ("excell + word" for Microsoft Excel, "postgress"):
// the rewrite's spelling it right is the source's claim. Only a word of
// five letters or more that is neither English nor a technology of its own
// counts, so "scale" never stands for Scala nor "MSSQL" for MySQL.
func (g *Guard) misspelledBySource(src []sourceText, name string) bool {
	var spellings []string
	for _, s := range g.reader.Surfaces(name) {
		s = strings.ToLower(strings.TrimPrefix(s, "~"))
		if len(s) >= 5 && onlyLetters(s) {
			spellings = append(spellings, s)
		}
	}
	if len(spellings) == 0 {
		return false
	}
	for i := range src {
		if src[i].toolsOnly {
			continue
		}
		for _, w := range strings.FieldsFunc(src[i].Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) < 5 {
				continue
			}
			lw := strings.ToLower(w)
			for _, s := range spellings {
				if lw != s && lw[0] == s[0] && oneEditApart(lw, s) && !english.IsWord(lw) && len(g.reader.Technologies(w)) == 0 {
					return true
				}
			}
		}
	}
	return false
}

func onlyLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// oneEditApart: a and b differ by one letter changed, added or removed, or
// by two neighbours swapped ("tablaeu").
func oneEditApart(a, b string) bool {
	if levenshtein.ComputeDistance(a, b) == 1 {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := 0; i+1 < len(ra); i++ {
		if ra[i] != rb[i] {
			return ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
		}
	}
	return false
}

// inflectedInSource: a one-word term is a word of the source with an
// ending added or dropped, as German, Dutch or Polish inflect nouns
// ("Projekten" for "Projekte", "Kunden" for "Kunde"): the shorter form
// keeps five letters or more and the ending at most two, and is no
// English word ("Freightly" is a brand made of "freight").
func inflectedInSource(src []sourceText, term string) bool {
	lt := strings.ToLower(term)
	if strings.ContainsRune(lt, ' ') || utf8.RuneCountInString(lt) < 5 {
		return false
	}
	for i := range src {
		for _, w := range strings.FieldsFunc(strings.ToLower(src[i].Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			short, long := w, lt
			if len(short) > len(long) {
				short, long = long, short
			}
			if utf8.RuneCountInString(short) >= 5 && strings.HasPrefix(long, short) && utf8.RuneCountInString(long)-utf8.RuneCountInString(short) <= 2 &&
				!english.IsWord(short) {
				return true
			}
		}
	}
	return false
}

// compoundOfSource: a one-word term is two words of the source written as
// one, as German, Dutch and Swedish write compounds ("Mathematikklassen"
// for "Mathematik" and "Klassen"), each part whole or inflected; two
// English words written as one ("Greenhouse") are a name.
func compoundOfSource(src []sourceText, term string) bool {
	lt := strings.ToLower(term)
	if strings.ContainsRune(lt, ' ') || len(lt) < 8 {
		return false
	}
	var words []string
	for i := range src {
		for _, w := range strings.FieldsFunc(strings.ToLower(src[i].Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if utf8.RuneCountInString(w) >= 4 {
				words = append(words, w)
			}
		}
	}
	part := func(p string) bool {
		for _, w := range words {
			short, long := w, p
			if len(short) > len(long) {
				short, long = long, short
			}
			if strings.HasPrefix(long, short) && utf8.RuneCountInString(long)-utf8.RuneCountInString(short) <= 2 {
				return true
			}
		}
		return false
	}
	for k := 4; k+4 <= len(lt); k++ {
		if !utf8.RuneStart(lt[k]) {
			continue
		}
		if (!english.IsWord(lt[:k]) || !english.IsWord(lt[k:])) && part(lt[:k]) && part(lt[k:]) {
			return true
		}
	}
	return false
}
