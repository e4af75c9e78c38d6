package english

import (
	"strings"
	"sync"
	"unicode"
)

// IsEnglish is a cheap check that text is English, so that rules written
// for English (tense, weak openers, placeholders) leave other languages
// alone. Text mostly in another script (Chinese, Korean, Japanese,
// Cyrillic...) is not English; Latin-script text is not English when it
// holds more function words of French, German, Spanish, Portuguese,
// Italian or Dutch than of English, or when most of its longer lower-case
// words are not English words. Text too short to tell (a skill, a name) counts as
// English, unless the lower-case words it has are none of them English.
func IsEnglish(text string) bool {
	latin, other := 0, 0
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana):
			other += 3 // one character is a word
		default:
			other++
		}
	}
	if other > 2 && other*4 > latin {
		return false
	}
	en, foreign, long, known := 0, 0, 0, 0
	for _, tok := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’'
	}) {
		w := strings.ToLower(tok)
		switch {
		case englishFunction()[w]:
			en++
		case foreignFunction()[w]:
			foreign++
		}
		// names (Kubernetes, Terraform) say nothing of the language
		if len([]rune(w)) >= 4 && w == tok {
			long++
			if IsWord(w) {
				known++
			}
		}
	}
	if foreign > en {
		return false
	}
	if foreign == en && foreign > 0 {
		// "Schrijven van testscripts in Python": "in" is Dutch too; let
		// the words decide
		return known*2 > long
	}
	// two lower-case words, neither English ("betalingsintegraties
	// onderhouden"), are not English either
	return en > 0 || known*2 >= long
}

var englishFunction = lazySet("the and of to for with in on by from into across using at as an our their its that which over under via through within while after before per")

// foreignFunction are frequent function words of the other Latin-script
// languages resumes are written in, none of them an English word.
var foreignFunction = lazySet(
	// French
	"et des les le la du pour avec une dans sur aux est sont chez entre d'une d'un l'équipe " +
		// German
		"und der das mit für von zur zum eine einer eines einem im bei auf durch sowie " +
		// Spanish
		"el los las y con para una del por en como mediante " +
		// Portuguese
		"em com os uma dos das pelo pela na nas ao " +
		// Italian
		"di della delle dei degli gli nel nella il " +
		// Dutch
		"het een voor van met naar bij ook de " +
		// Scandinavian, Polish, Czech, Romanian, Indonesian, Turkish
		"og och med på av ved som fra från för är hos oraz dla przez się jest pro při și pentru cu în din dan untuk dengan yang ve ile için")

// lazySet is the set of s's words, built on first use.
func lazySet(s string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
		return m
	})
}
