package guard

import (
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// judgeAllOf: "across all city libraries" claims every one of a thing the
// source counts ("in 2 libraries", "three UK offices") without saying all.
func judgeAllOf(src []sourceText, cand claims.Claims) []Finding {
	t := cand.Text
	if !strings.Contains(t, "ll ") && !strings.Contains(t, "very ") {
		return nil // (the common text: no "all" nor "every")
	}
	lower := strings.ToLower(t)
	if !strings.Contains(lower, "all ") && !strings.Contains(lower, "every ") {
		return nil
	}
	var fs []Finding
	for _, opener := range []string{"all ", "every "} {
		for _, at := range claims.Occurrences(lower, opener) {
			if at > 0 && isLetter(lower[at-1]) || strings.HasSuffix(strings.TrimRight(lower[:at], " "), " of") {
				continue // ("three quarters of all cron jobs": a share of the whole)
			}
			words := strings.Fields(lower[at+len(opener) : min(len(lower), at+len(opener)+40)])
			if len(words) == 0 || words[0] == "the" && len(words) > 1 && words[1][0] >= '0' && words[1][0] <= '9' || words[0][0] >= '0' && words[0][0] <= '9' {
				continue // "all 3 regions" counts them
			}
			if opener == "every " && everyPeriod[strings.TrimRight(words[0], ",.;:)")] {
				continue // "every week": how often, not every one of a thing
			}
			for k, w := range words[:min(5, len(words))] {
				w = strings.TrimRight(w, ",.;:)")
				if k > 0 && (w == "and" || w == "or" || w == "while" || w == "with") {
					break // the next clause's own words
				}
				if n, ok := countedBySource(src, w); ok {
					end := at + len(opener) + strings.Index(lower[at+len(opener):], w) + len(w)
					fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: cand.Text[at:end], Start: at, End: end, Severity: Error,
						Detail: fmt.Sprintf("%q claims every one, but the source counts %s", cand.Text[at:end], n)})
					break
				}
				if k > 0 && strings.HasSuffix(words[k-1], ",") {
					break
				}
			}
		}
	}
	return fs
}

// everyPeriod are the periods "every" makes a frequency of.
var everyPeriod = map[string]bool{"day": true, "week": true, "month": true, "year": true, "quarter": true, "shift": true, "morning": true,
	"evening": true, "night": true, "hour": true, "minute": true, "weekday": true, "weekend": true, "sprint": true, "season": true,
	"semester": true, "term": true, "other": true, "two": true, "few": true, "single": true, "cycle": true, "release": true}

// countedBySource: a source counts the thing w names with a figure ("2
// libraries", "three UK offices") and never says all of them.
func countedBySource(src []sourceText, w string) (string, bool) {
	if len(w) < 4 {
		return "", false
	}
	lw := lemma(w)
	for _, sc := range claimTexts(src) {
		l := strings.ToLower(sc.Text)
		if strings.Contains(l, "all ") || strings.Contains(l, "every ") || strings.Contains(l, "each ") {
			continue
		}
		for _, q := range sc.Quantities {
			if q.Class == claims.Count && !q.Implied && !q.Whole && q.Value >= 1 && q.Noun != "" && lemma(lastWord(q.Noun)) == lw {
				return fmt.Sprintf("%q", q.Text), true
			}
		}
	}
	return "", false
}

// lastWord is the last word of a noun phrase.
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// regions are the names of markets a rewrite may swap for a wider one
// ("the DACH region" → "across EMEA").
var regions = []string{"EMEA", "APAC", "LATAM", "AMER", "DACH", "Nordics", "Benelux", "CEE", "MENA", "North America", "South America",
	"Latin America", "Europe", "EU", "Asia", "Asia-Pacific", "Middle East", "Africa", "Scandinavia", "Iberia", "ANZ"}

// regionsByFirst lists the regions by their first letter, A to Z.
var regionsByFirst = func() (by [26][]string) {
	for _, r := range regions {
		by[r[0]-'A'] = append(by[r[0]-'A'], r)
	}
	return by
}()

// sameRegion: two names of one region ("EU" and "Europe").
var sameRegion = map[string]string{"EU": "Europe", "Asia-Pacific": "APAC", "Latin America": "LATAM", "Nordics": "Scandinavia"}

func regionKey(r string) string {
	if k, ok := sameRegion[r]; ok {
		return k
	}
	return r
}

// judgeRegions: a region the rewrite names where the source names another
// ("DACH" → "EMEA") is a reach the source does not state.
func judgeRegions(src []sourceText, cand claims.Claims) []Finding {
	named := regionsIn(cand.Text)
	if len(named) == 0 {
		return nil
	}
	var fs []Finding
	for _, r := range named {
		own, other := false, false
		for _, sc := range claimTexts(src) {
			for _, x := range regionsIn(sc.Text) {
				own = own || regionKey(x) == regionKey(r)
				other = true
			}
		}
		if !own && other {
			at := strings.Index(cand.Text, r)
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: r, Start: at, End: at + len(r), Severity: Error,
				Detail: fmt.Sprintf("%q is a region the source does not name: it names another", r)})
		}
	}
	return fs
}

// regionsIn are the regions text names, read in one pass over its
// capitalised words.
func regionsIn(text string) []string {
	var out []string
	for i := 0; i < len(text); i++ {
		if text[i] < 'A' || text[i] > 'Z' || i > 0 && isLetter(text[i-1]) {
			continue
		}
		for _, r := range regionsByFirst[text[i]-'A'] {
			if strings.HasPrefix(text[i:], r) && (i+len(r) == len(text) || !isLetter(text[i+len(r)])) {
				out = append(out, r)
			}
		}
	}
	return out
}
