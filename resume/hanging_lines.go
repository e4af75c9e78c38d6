package resume

import (
	"strings"
	"unicode/utf8"
)

// A line set in two columns, its date in the first and its name in the
// second ("2020     Project Management Professional (PMP)", as hh.ru's
// text export sets a test or a course), carries on in the second: a line
// under it indented to where the name starts ("         Project
// Management Institute") is more of the same entry, its issuer or the
// rest of its name.

// hangsUnderName: b is such a line under prev.
func hangsUnderName(b, prev *Block) bool {
	if prev == nil || b.Indent <= prev.Indent || strings.ContainsRune(prev.Text, '\t') || !datedFirst(prev) {
		return false
	}
	r, _ := FindDateRange(prev.Text)
	rest := prev.Text[r.EndPos:]
	name := strings.TrimLeft(rest, " ")
	if len(rest)-len(name) < 2 || name == "" {
		return false
	}
	col := prev.Indent + utf8.RuneCountInString(prev.Text[:len(prev.Text)-len(name)])
	return b.Indent == col
}
