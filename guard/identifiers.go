package guard

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// A rewrite's "Phase 3" or "Grade 6" where the source names phase 2 or
// grade 2 names another thing: the number is no quantity, but what it
// names is the source's.

// identifiers reads each identifier noun of a text and the numbers
// written after it, looking back from each number (numbers are few).
func identifiers(text string) map[string][]string {
	var out map[string][]string
	for i := 0; i < len(text); i++ {
		if !isDigitByte(text[i]) || i > 0 && (isDigitByte(text[i-1]) || isLetter(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
			continue
		}
		d := i
		for d < len(text) && isDigitByte(text[d]) {
			d++
		}
		k := i
		for g := 0; g < 2 && k > 0 && (text[k-1] == ' ' || text[k-1] == '-'); g++ {
			k--
		}
		if k == i || d < len(text) && isLetter(text[d]) {
			i = d
			continue
		}
		w := k
		for w > 0 && isLetter(text[w-1]) {
			w--
		}
		if n := strings.ToLower(text[w:k]); k-w >= 3 && claims.IdentifierNoun(n) {
			if out == nil {
				out = map[string][]string{}
			}
			out[n] = append(out[n], text[i:d])
		}
		i = d
	}
	return out
}

// judgeIdentifiers: a rewrite's "Grade 6" where the source names grade 2
// and no grade 6.
func judgeIdentifiers(src []sourceText, cand string) []Finding {
	got := identifiers(cand)
	if got == nil {
		return nil
	}
	var fs []Finding
	for _, n := range slices.Sorted(maps.Keys(got)) {
		nums := got[n]
		var have []string
		for _, sc := range claimTexts(src) {
			have = append(have, identifiers(sc.Text)[n]...)
		}
		if len(have) == 0 {
			continue // a name the source does not use: the number is the rewrite's to explain
		}
		for _, x := range nums {
			if slices.Contains(have, x) {
				continue
			}
			at := strings.Index(strings.ToLower(cand), n)
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeChangedValue, Text: cand[at : at+len(n)], Start: at, End: at + len(n), Severity: Error,
				Detail: fmt.Sprintf("%q names %s %s, but the source names %s %s", cand[at:at+len(n)], n, x, n, strings.Join(have, ", "))})
		}
	}
	return fs
}
