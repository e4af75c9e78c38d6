package resume

import "strings"

// twinDatedLine: b, a line that only wraps in Markdown's eyes, repeats the
// shape of the line above it: both open in bold and carry their own
// dates, their parts set apart by the same mark ("**Xiamen University** ｜
// MPAcc ｜ 2014.09 - 2017.06" over "**Zhejiang University of Finance** ｜
// Accounting ｜ 2005.09 - 2009.06"). The writer put one entry a line; the
// second is an entry of its own, not the first one's wrap.
func twinDatedLine(prev, b *Block) bool {
	if prev == nil || !strongStart(prev) || !strongStart(b) || !dated(prev) || !dated(b) {
		return false
	}
	for _, sep := range []string{"｜", " | ", " · ", " — ", " – ", "丨"} {
		if strings.Contains(prev.Text, sep) && strings.Contains(b.Text, sep) {
			return true
		}
	}
	return false
}
