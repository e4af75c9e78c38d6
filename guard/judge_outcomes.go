package guard

import (
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
	"github.com/bulletproof-cli/bulletproof/internal/english"
)

// outcomeFamilies are the measures of a business or service outcome a
// rewrite may claim to have moved without a figure ("lifting conversion
// rate", "improving customer satisfaction", "reducing churn").
var outcomeFamilies = map[string]bool{"conversion": true, "retention": true, "churn": true, "revenue": true, "profit": true,
	"satisfaction": true, "engagement": true, "signups": true, "complaints": true, "resolution": true, "availability": true, "downtime": true}

// judgeOutcomes: "cut LCP from 3.1 s to 1.6 s and lifted conversion rate"
// claims an outcome the source never measures. Only an English source is
// read for it: a translated one names its measures in other words.
func judgeOutcomes(src []sourceText, cand claims.Claims) []Finding {
	if len(cand.Placeholders) > 0 {
		// (a gap left for the figure asks the user to state the outcome:
		// "lifting retention by [X%]" is needs_input)
		return nil
	}
	text := cand.Text
	for at := 0; at < len(text); {
		i, j := nextWord(text, at)
		if i < 0 {
			break
		}
		at = j
		if !changeStemFold(text[i:j]) {
			continue
		}
		// the four words after the verb
		k := j
		for n := 0; n < 4; n++ {
			a, b := nextWord(text, k)
			if a < 0 {
				break
			}
			k = b
			fam := claims.Family(strings.ToLower(text[a:b]))
			if !outcomeFamilies[fam] || figureOf(cand, fam) || familyInSource(src, fam) || writtenBySource(claimTexts(src), strings.ToLower(text[a:b]), false) || !englishSources(src) {
				continue
			}
			return []Finding{{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: text[a:b], Start: a, End: b, Severity: Error,
				Detail: fmt.Sprintf("%q is an outcome (%s) the rewrite says moved, which the source does not mention", text[a:b], fam)}}
		}
	}
	return nil
}

// nextWord is the span of the next run of ASCII letters and hyphens from
// offset at, or -1.
func nextWord(text string, at int) (int, int) {
	i := at
	for i < len(text) && !isLetter(text[i]) {
		i++
	}
	if i == len(text) {
		return -1, -1
	}
	j := i
	for j < len(text) && (isLetter(text[j]) || text[j] == '-') {
		j++
	}
	return i, j
}

// changeStemFold: the word opens with a verb that moves a figure, in any
// case ("Lifted", "cutting").
func changeStemFold(w string) bool {
	if len(w) < 3 {
		return false
	}
	switch w[0] | 0x20 { // (the stems' first letters, cheaply)
	case 'r', 'c', 'l', 'd', 's', 't', 'i', 'b', 'g', 'h', 'a':
	default:
		return false
	}
	for _, v := range changeStems {
		if len(w) >= len(v) && strings.EqualFold(w[:len(v)], v) {
			return true
		}
	}
	return false
}

// englishSources: every source text is in English.
func englishSources(src []sourceText) bool {
	for _, sc := range claimTexts(src) {
		if !english.IsEnglish(sc.Text) {
			return false
		}
	}
	return true
}

// familyInSource: some source text names a word of the family.
func familyInSource(src []sourceText, fam string) bool {
	for _, sc := range claimTexts(src) {
		for _, w := range strings.FieldsFunc(strings.ToLower(sc.Text), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') }) {
			if claims.Family(w) == fam {
				return true
			}
		}
		for _, q := range sc.Quantities {
			for _, s := range q.Subjects {
				if s == fam {
					return true
				}
			}
		}
	}
	return false
}

// figureOf: the rewrite gives the family a figure, which the quantity
// judge weighs instead.
func figureOf(cand claims.Claims, fam string) bool {
	for _, q := range cand.Quantities {
		for _, s := range q.Subjects {
			if s == fam {
				return true
			}
		}
	}
	return false
}
