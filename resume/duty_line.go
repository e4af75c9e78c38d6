package resume

import (
	"strings"
	"unicode/utf8"
)

// dutyLine: a line that opens with a duty label and goes on with what was
// done ("工作描述：\t搭建销售看板", "Responsibilities: ran the team"): it
// tells of a role, however short, and never heads one.
func dutyLine(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 || wordCount(t[:c]) > 4 || !dutyLabelRe().MatchString(t[:c]) {
		return false
	}
	_, n := utf8.DecodeRuneInString(t[c:])
	v := strings.TrimSpace(t[c+n:])
	return hasWordChar(v) && !dated(&Block{Text: v})
}
