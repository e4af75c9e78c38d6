package claims

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/english"
)

func lookupVerb(w string) (english.Verb, english.VerbForm, bool) { return english.LookupVerb(w) }

// ownership is the highest level any verb in text claims, where it is, and
// any sole-ownership words. A participle inside the sentence describes a
// result ("leading to 2 promotions", "driving a 12% increase"), not who
// owned the work: only a verb opening a sentence or clause, or a finite
// verb, claims ownership.
func ownership(text, lower string) (Level, [2]int, []Term) {
	best := english.LevelUnknown
	var at [2]int
	if lv, n, ok := english.PhraseLevel(strings.TrimLeft(lower, " -*•")); ok {
		off := len(lower) - len(strings.TrimLeft(lower, " -*•"))
		best, at = lv, [2]int{off, off + n}
	}
	var boosters []Term
	depth := 0 // inside brackets: "(owned the inventory service)" says what one part was
	for i := 0; i < len(text); {
		if !isLetterB(text[i]) {
			switch text[i] {
			case '(':
				depth++
			case ')':
				depth = max(0, depth-1)
			}
			i++
			continue
		}
		j := i
		for j < len(text) && (isLetterB(text[j]) || text[j] == '-' && j+1 < len(text) && isLetterB(text[j+1])) {
			j++
		}
		w := lower[i:j]
		if len(w) < 2 {
			i = j
			continue
		}
		if mayClaim(w, text, i) {
			if v, form, ok := english.LookupVerb(w); ok && v.Level > best {
				claims := false
				switch form {
				case english.FormBase:
					claims = sentenceStart(text, i)
				case english.FormIng:
					claims = sentenceStart(text, i)
				default:
					claims = !afterAuxiliary(lower[:i])
				}
				if claims && depth > 0 && best > english.LevelUnknown {
					// a bracket's verb says what the writer did within the
					// work the sentence's verb names: it does not raise it
					claims = false
				}
				if claims {
					best, at = v.Level, [2]int{i, j}
				}
			}
		}
		if w[0] == 's' || w[0] == 'i' || w[0] == 'p' {
			for _, b := range english.OwnershipBoosters() {
				if w == b {
					boosters = append(boosters, Term{Text: text[i:j], Start: i, End: j})
				}
			}
		}
		i = j
	}
	return Level(best), at, boosters
}

// mayClaim: only a sentence's first word, a past form or a third-person
// form can claim ownership, so other words are not looked up. Past forms
// end in -ed, -t or -e (owned, built, wrote, drove) or are one of a few
// (ran, grew, oversaw); third-person forms end in -s.
func mayClaim(w, text string, i int) bool {
	switch w[len(w)-1] {
	case 'd', 's', 't', 'e':
		return true
	}
	switch w {
	case "ran", "grew", "drew", "oversaw", "sped", "taught":
		return true
	}
	return sentenceStart(text, i)
}

// afterAuxiliary: a past participle after "was", "been", "by" is passive,
// not the writer's claim ("was led by", "teams managed by").
func afterAuxiliary(before string) bool {
	switch lastWord(before) {
	case "was", "were", "been", "being", "is", "are", "be", "by":
		return true
	}
	return false
}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	return s[i+1:]
}

// sentenceStart: only spaces, quotes or list markers since the start of the
// text or the last sentence or clause break.
func sentenceStart(text string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch c := text[k]; c {
		case ' ', '\t', '"', '\'', '(', '*':
			continue
		case '.', '!', '?', ':', ';', '\n', '-', '|':
			return true
		default:
			if c >= 0x80 {
				// "·" and "•" separate a list's items, as "|" does;
				// "–" and "—" may stand inside a sentence
				if k >= 1 && text[k-1] == 0xC2 && c == 0xB7 || k >= 2 && text[k-2] == 0xE2 && text[k-1] == 0x80 && c == 0xA2 {
					return true
				}
				continue
			}
			return false
		}
	}
	return true
}
