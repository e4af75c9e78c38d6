package guard

// The source writes a name the rewrite spells out another way: clipped
// ("Hons"), or its acronym in another language's order ("UCI").

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
	"github.com/bulletproof-cli/bulletproof/internal/english"
)

// clippedInSource: every word of the term is the source's own, or one the
// source writes clipped ("Hons" for Honours, "Univ." for University,
// "Mgmt" for Management): a clipped word keeps the first letter and the
// order of the others, and is no English word of its own unless a full
// stop marks it short.
func clippedInSource(src []sourceText, term string) bool {
	words := strings.FieldsFunc(term, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	if len(words) == 0 {
		return false
	}
	clipped := false
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "'s"), "’s")
		found := false
		for _, sc := range claimTexts(src) {
			if wordIndex(strings.ToLower(sc.Text), w) >= 0 {
				found = true
				break
			}
			if clippedIn(sc.Text, w) {
				found, clipped = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return clipped
}

// clippedIn: text writes full clipped.
func clippedIn(text, full string) bool {
	for _, f := range strings.Fields(text) {
		dot := strings.HasSuffix(strings.TrimRight(f, ",;:)"), ".")
		w := strings.ToLower(strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
		if n := utf8.RuneCountInString(w); n < 3 || n*10 > utf8.RuneCountInString(full)*7 || !abbreviates(w, full) {
			continue
		}
		if dot || !english.IsWordExact(w) {
			return true
		}
	}
	return false
}

// abbreviates: short is long written short, its letters in order from the
// same first letter ("acct" of "account").
func abbreviates(short, long string) bool {
	if len(short) < 2 || len(short) >= len(long) || short[0] != long[0] {
		return false
	}
	j := 0
	for i := 0; i < len(long) && j < len(short); i++ {
		if long[i] == short[j] {
			j++
		}
	}
	return j == len(short)
}

// reorderedAcronym: the term is an acronym whose letters a source acronym
// writes in another order, as languages that put the adjective after the
// noun do ("UCI" for ICU, "OTAN" for NATO, "ADN" for DNA).
func reorderedAcronym(src []sourceText, term string) bool {
	if len(term) < 3 || len(term) > 6 || strings.ToUpper(term) != term {
		return false
	}
	key := sortedLetters(term)
	for _, sc := range claimTexts(src) {
		for _, w := range capsWords(sc.Text) {
			if len(w) == len(term) && w != term && sortedLetters(w) == key {
				return true
			}
		}
	}
	return false
}

func sortedLetters(w string) string {
	b := []byte(w)
	slices.Sort(b)
	return string(b)
}

// inflectedBySource: a source in a Slavic language writes the technology
// with a case ending glued on ("w Kotlinie", "v Pythonu", "на Reactі",
// "Dockerze"): the name in its own capitals, then an ending of the case
// tables, in a text with letters of those languages.
func inflectedBySource(src []sourceText, name string) bool {
	if utf8.RuneCountInString(name) < 4 || strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return false
	}
	for _, sc := range claimTexts(src) {
		if !slavicLetters(sc.Text) {
			continue
		}
		for _, k := range claims.Occurrences(sc.Text, name) {
			if k > 0 && isWordByte(sc.Text[k-1]) {
				continue
			}
			rest := sc.Text[k+len(name):]
			end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
			if end < 0 {
				end = len(rest)
			}
			if caseEndings[rest[:end]] {
				return true
			}
		}
	}
	return false
}

// caseEndings are the endings Polish, Czech, Slovak, Russian and Ukrainian
// glue to a name.
var caseEndings = map[string]bool{"u": true, "ie": true, "ze": true, "em": true, "ą": true, "y": true, "a": true, "e": true, "i": true, "owi": true,
	"om": true, "ach": true, "ami": true, "ovi": true, "ем": true, "ом": true, "е": true, "у": true, "а": true, "і": true, "и": true, "ою": true, "ой": true}

// slavicLetters: the text has letters only Slavic languages write (ą, ł,
// ř, Cyrillic).
func slavicLetters(text string) bool {
	return strings.ContainsFunc(text, func(r rune) bool {
		return unicode.Is(unicode.Cyrillic, r) || strings.ContainsRune("ąćęłńóśźżčďěňřšťůž", unicode.ToLower(r))
	})
}
