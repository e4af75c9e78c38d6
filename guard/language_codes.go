package guard

import (
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/internal/english"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// languageCodes are the ISO 639-1 codes a translator writes a language
// pair with ("DE/NL>EN", "JA>DE"), and the English name of each, whose
// names in other languages the exonym table holds.
var languageCodes = map[string]string{"EN": "english", "DE": "german", "FR": "french", "ES": "spanish", "IT": "italian", "PT": "portuguese",
	"NL": "dutch", "JA": "japanese", "JP": "japanese", "ZH": "chinese", "CN": "chinese", "KO": "korean", "KR": "korean", "RU": "russian",
	"UK": "ukrainian", "UA": "ukrainian", "PL": "polish", "TR": "turkish", "RO": "romanian", "HE": "hebrew", "AR": "arabic", "SV": "swedish",
	"DA": "danish", "NO": "norwegian", "NB": "norwegian", "FI": "finnish", "EL": "greek", "HU": "hungarian", "CS": "czech", "VI": "vietnamese",
	"HI": "hindi", "TH": "thai"}

// a language pair's other end, after or before the code: "DE>EN", "EN/ES>FR", "ja → en"
var (
	pairAfter  = lazy.Regexp(`^ ?(?:->|[>/<-]|→) ?([A-Za-z]{2})(?:[^A-Za-z]|$)`)
	pairBefore = lazy.Regexp(`(?:^|[^A-Za-z])([A-Za-z]{2}) ?(?:->|[>/<-]|→) ?$`)
)

// languagePairCode: the term at [start, end) of text is a language code
// written as one end of a language pair ("DE/NL>EN", "EN → FR"), and the
// source names that language, in English or in its own words.
func languagePairCode(src []sourceText, text string, start, end int) bool {
	lang := languageCodes[strings.ToUpper(text[start:end])]
	if lang == "" {
		return false
	}
	other := ""
	if m := pairAfter().FindStringSubmatch(text[end:min(len(text), end+8)]); m != nil {
		other = m[1]
	} else if m := pairBefore().FindStringSubmatch(text[max(0, start-8):start]); m != nil {
		other = m[1]
	}
	if languageCodes[strings.ToUpper(other)] == "" {
		return false
	}
	for i := range src {
		if strings.Contains(strings.ToLower(src[i].Text), lang) {
			return true
		}
	}
	return exonymOfSource(src, lang)
}

// translatedInstitution: the term at [start, end) is a nationality opening
// a capitalised name ("the Norwegian Armed Forces", "Swedish Tax Agency")
// in a rewrite of a source in another language: the English name of an
// institution the source names in its own words ("Forsvaret"), not a
// language the candidate claims.
func translatedInstitution(src []sourceText, text string, start, end int) bool {
	if !nationality(strings.ToLower(text[start:end])) || end+2 > len(text) || text[end] != ' ' || text[end+1] < 'A' || text[end+1] > 'Z' {
		return false
	}
	for i := range src {
		if english.IsEnglish(src[i].Text) {
			return false
		}
	}
	return true
}

// nationality: w is one of the languages' English names, which are also
// their nations' adjectives.
func nationality(w string) bool {
	return languageNames()[w]
}

// languageNames are languageCodes' English names, as a set.
var languageNames = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(languageCodes))
	for _, name := range languageCodes {
		m[name] = true
	}
	return m
})
