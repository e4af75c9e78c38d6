package guard

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// levelOnlyUnfinished: the rewrite holds "Level 5" of something, and every
// "level 5" of the source is one it is still working towards ("CIPS Level
// 4 Diploma; studying Level 5").
func levelOnlyUnfinished(src []sourceText, rewrite string, c *claims.Quantity) bool {
	if c.Start < 6 || c.End > len(rewrite) {
		return false
	}
	// (a look at the word before, folded in place: most figures have none)
	before := strings.TrimRight(rewrite[:c.Start], " ")
	if len(before) < 5 {
		return false
	}
	if w := before[len(before)-5:]; !strings.EqualFold(w, "level") && !strings.EqualFold(w, "stage") {
		return false
	}
	lowRewrite := strings.ToLower(rewrite)
	if unfinishedAt(lowRewrite, c.Start-6, c.End) {
		return false
	}
	phrase := strings.ToLower(rewrite[c.Start-6 : c.End])
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
