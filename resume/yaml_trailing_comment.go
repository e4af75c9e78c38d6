package resume

import "strings"

// yamlUncommented: a data file's "key: value" line less the comment
// written after it ("type: education #类别为ID", "content: # entries
// below"), as YAML reads it: a '#' after a space, outside quotes, ends
// the value. Only a line that opens with a key loses one, so a block
// scalar's text ("ranked #1") keeps its words.
func yamlUncommented(t string) string {
	s := strings.TrimLeft(t, " \t")
	s = strings.TrimPrefix(s, "- ")
	c := strings.Index(s, ":")
	if c <= 0 || strings.ContainsAny(s[:c], " \t\"'#") {
		return t
	}
	off := len(t) - len(s) + c + 1
	var quote byte
	for i := off; i < len(t); i++ {
		switch ch := t[i]; {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
		case (ch == '"' || ch == '\'') && strings.TrimSpace(t[off:i]) == "":
			quote = ch
		case ch == '#' && (t[i-1] == ' ' || t[i-1] == '\t'):
			return strings.TrimRight(t[:i], " \t")
		}
	}
	return t
}
