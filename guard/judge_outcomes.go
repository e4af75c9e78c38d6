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
	lower := strings.ToLower(cand.Text)
	if len(cand.Placeholders) > 0 || !hasChangeStem(lower) {
		// (a gap left for the figure asks the user to state the outcome:
		// "lifting retention by [X%]" is needs_input)
		return nil // (the common text: no verb that moves anything)
	}
	for _, sc := range claimTexts(src) {
		if !english.IsEnglish(sc.Text) {
			return nil
		}
	}
	words := strings.FieldsFunc(lower, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '-') })
	var fs []Finding
	for i, w := range words {
		if !changeStem(w) {
			continue
		}
		for k := i + 1; k < min(len(words), i+5); k++ {
			fam := claims.Family(words[k])
			if k+1 < len(words) {
				if f2 := claims.Family(words[k] + " " + words[k+1]); f2 != "" {
					fam = f2
				}
			}
			if !outcomeFamilies[fam] || familyInSource(src, fam) || figureOf(cand, fam) || writtenBySource(claimTexts(src), words[k], false) {
				continue
			}
			at := strings.Index(lower, words[k])
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: cand.Text[at : at+len(words[k])], Start: at, End: at + len(words[k]), Severity: Error,
				Detail: fmt.Sprintf("%q is an outcome (%s) the rewrite says moved, which the source does not mention", words[k], fam)})
			return fs
		}
	}
	return fs
}

func hasChangeStem(lower string) bool {
	for _, v := range changeStems {
		if strings.Contains(lower, v) {
			return true
		}
	}
	return false
}

func changeStem(w string) bool {
	for _, v := range changeStems {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
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
