package resume

import (
	"strings"
	"unicode/utf8"
)

// codeToolsItem: a list item whose label, whatever its words ("OS:",
// "Datenbank:", "Entwicklungsumgebung und CI/CD:"), stands over names the
// writer set as code ("`git`, `gitlab`, `yocto`") tells the tools of a
// role, a field like "Stack:" and no bullet: code spans mark names, not
// something done. A part left without its closing backtick ("`LINUX")
// still reads as one; the label must be a few words and no sentence, and
// a part a few words at most (a code span's "state machine" is a name).
func codeToolsItem(b *Block) bool {
	t := b.Text
	c := strings.IndexAny(t, ":：")
	if c <= 0 {
		return false
	}
	label := strings.Trim(strings.TrimSpace(t[:c]), "*_ ")
	if label == "" || wordCount(label) > 4 || strings.ContainsAny(label, ".!?。`") {
		return false
	}
	_, n := utf8.DecodeRuneInString(t[c:])
	v := t[c+n:]
	if strings.TrimSpace(v) == "" || unitFigureRe().MatchString(v) {
		return false
	}
	code := map[string]bool{}
	for _, g := range b.Groups {
		if g.Code && g.Text.Start >= c && g.Text.End <= len(t) {
			code[strings.TrimSpace(t[g.Text.Start:g.Text.End])] = true
		}
	}
	if len(code) == 0 {
		return false
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune(",;/|·•、，；", r) })
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if wordCount(p) > 4 || !code[p] && !strings.HasPrefix(p, "`") {
			return false
		}
	}
	return true
}
