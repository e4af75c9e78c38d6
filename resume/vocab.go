package resume

import (
	"strings"
	"unicode"
)

// vocab matches whole words of a list, case-insensitively, and terms of
// scripts without spaces (Chinese, Japanese, Korean) anywhere: a word-set
// lookup where a regular expression of a few hundred alternatives would
// backtrack through every one.
type vocab struct {
	words map[string]bool
	cjk   []string
	ends  []string // endings that make a word one of the list's (compounds)
}

// newVocab takes words separated by spaces (a hyphen in a word stands for a
// space: "united-states") and terms to find anywhere.
func newVocab(words, anywhere string) *vocab {
	v := &vocab{words: map[string]bool{}, cjk: strings.Fields(anywhere)}
	for _, w := range strings.Fields(words) {
		v.words[strings.ReplaceAll(w, "-", " ")] = true
		v.words[w] = true
	}
	return v
}

// withEnds adds endings that make a word one of the list's: compounds
// ("Webentwickler", "Medienakademie").
func (v *vocab) withEnds(ends ...string) *vocab {
	v.ends = ends
	return v
}

// vocabWords splits lower-cased text into words (letters, digits, inner
// dots, hyphens and apostrophes).
func vocabWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-' || r == '\'')
	})
}

// MatchString reports whether s holds one of the words or terms.
func (v *vocab) MatchString(s string) bool {
	for _, c := range v.cjk {
		if strings.Contains(s, c) {
			return true
		}
	}
	ws := vocabWords(s)
	for i, w := range ws {
		w = strings.Trim(w, ".-'")
		if v.words[w] {
			return true
		}
		if i+1 < len(ws) && v.words[w+" "+strings.Trim(ws[i+1], ".-'")] {
			return true
		}
		// "engineering", "engineers"
		if strings.HasPrefix(w, "engineer") {
			if v.words["engineer"] {
				return true
			}
		}
		// "software-engineer", "it-infrastructure": each half
		if strings.IndexByte(w, '-') > 0 {
			for _, h := range strings.Split(w, "-") {
				if v.words[h] {
					return true
				}
			}
		}
		// German compounds end with the role: "Truppführer",
		// "Webentwickler", "Projektleiterin"
		for _, end := range v.ends {
			if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
				return true
			}
		}
	}
	return false
}
