package guard

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// levelOnlyUnfinished: the rewrite holds "Level 5" of something, and every
// "level 5" of the source is one it is still working towards ("CIPS Level
// 4 Diploma; studying Level 5").
func levelOnlyUnfinished(src []sourceText, rewrite string, c *claims.Quantity) bool {
	if c.End > len(rewrite) {
		return false
	}
	// (a look at the word before, folded in place: most figures have none)
	before := strings.TrimRight(rewrite[:c.Start], " ")
	if len(before) < 5 {
		return false
	}
	at := len(before) - 5 // where "level" opens, whatever spaces follow it
	if w := before[at:]; !strings.EqualFold(w, "level") && !strings.EqualFold(w, "stage") {
		return false
	}
	// (offsets hold in the lower-cased text only where it keeps its length)
	if low := strings.ToLower(rewrite); len(low) == len(rewrite) && unfinishedAt(low, at, c.End) {
		return false
	}
	phrase := strings.ToLower(rewrite[at:c.End])
	seen := false
	for _, sc := range claimTexts(src) {
		lower := strings.ToLower(sc.Text)
		for _, k := range claims.Occurrences(lower, phrase) {
			if !unfinishedAt(lower, k, k+len(phrase)) {
				return false
			}
			seen = true
		}
	}
	return seen
}
