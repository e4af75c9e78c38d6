package guard

import (
	"fmt"
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// spokenLanguage: w names one of spokenLanguages, in any case.
func spokenLanguage(w string) bool {
	if len(w) < 5 || len(w) > 10 {
		return false
	}
	var buf [10]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return spokenLanguages()[string(buf[:len(w)])]
}

// spokenLanguages are the languages a rewrite may name in English
// (languageCodes' names) that nameGroups also knows in other languages.
var spokenLanguages = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for name := range languageNames() {
		if nameForms()[name] != nil {
			m[name] = true
		}
	}
	return m
})

// judgeLanguages: a language the rewrite names ("taught Swedish, English
// and French", "assisted guests in Spanish") is a skill claimed, which the
// source must name in some language or code ("svenska och engelska",
// "DE>EN", "英語で").
func judgeLanguages(src []sourceText, cand claims.Claims) []Finding {
	text := cand.Text
	var fs []Finding
	for i := 0; i < len(text); {
		if !isLetter(text[i]) || i > 0 && (isLetter(text[i-1]) || text[i-1] >= 0x80) {
			i++
			continue
		}
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		if j < len(text) && text[j] >= 0x80 || text[i] < 'A' || text[i] > 'Z' || j-i < 5 || j-i > 10 || !spokenLanguage(text[i:j]) {
			i = j
			continue
		}
		if rest := strings.TrimLeft(text[j:], " "); rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			i = j // "the German Red Cross", "Swedish Armed Forces": a name, which the term check reads
			continue
		}
		if !writtenBySource(claimTexts(src), text[i:j], false) && !shortFormInSource(src, text, i, j) && !exonymOfSource(claimTexts(src), text[i:j]) {
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: text[i:j], Start: i, End: j, Severity: Error,
				Detail: fmt.Sprintf("%q names a language the source does not mention", text[i:j])})
		}
		i = j
	}
	return fs
}

// judgeFluency: "fluent" or "native" said of a language the source rates
// at a CEFR level below C1 ("Deutschkenntnisse B1") overstates it.
func judgeFluency(src []sourceText, cand *claims.Claims) []Finding {
	if !cand.HasText("fluent") && !cand.HasText("native") && !cand.HasText("bilingual") {
		return nil // (the common text)
	}
	text := cand.Text
	lower := strings.ToLower(text)
	for _, w := range []string{"fluent", "native", "bilingual"} {
		for _, k := range claims.Occurrences(lower, w) {
			end := k + len(w)
			if strings.HasPrefix(lower[end:], "ly") {
				end += 2
			}
			if k > 0 && isLetter(lower[k-1]) || end < len(lower) && isLetter(lower[end]) {
				continue
			}
			lang := ""
			for n, f := range strings.Fields(lower[end:min(len(lower), end+40)]) {
				if f = strings.Trim(f, ",.;:()"); n < 3 && spokenLanguage(f) {
					lang = f
					break
				}
			}
			if lang == "" || !exonymOfSource(claimTexts(src), lang) && !writtenBySource(claimTexts(src), lang, false) {
				continue
			}
			if level := cefrBelowC1(claimTexts(src)); level != "" {
				return []Finding{{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: text[k:end], Start: k, End: end, Severity: Error,
					Detail: fmt.Sprintf("%q overstates the level the source gives, %s", text[k:end], level)}}
			}
		}
	}
	return nil
}

// cefrBelowC1 is the CEFR level below C1 (A1 to B2) a source gives, when
// it says no fluency of its own.
func cefrBelowC1(src []sourceText) string {
	level := ""
	for _, sc := range src {
		l := strings.ToLower(sc.Text)
		for _, w := range []string{"fluent", "fließend", "courant", "fluide", "fluido", "fluente", "vloeiend", "biegł", "свободн", "native", "muttersprach", "bilingu", "c1", "c2"} {
			if strings.Contains(l, w) {
				return ""
			}
		}
		for _, lv := range []string{"A1", "A2", "B1", "B2"} {
			if claims.HasWord(sc.Text, lv) {
				level = lv
			}
		}
	}
	return level
}
