package resume

import "strings"

// A list-item role ("* září 2022 - červen 2023: lektorka") over one nested
// item that is nothing but a link ("* [Ministerstvo pro místní rozvoj
// ČR](https://mmr.example.cz)") names its employer by the employer's own
// site, whatever its name looks like ("Český rozhlas", lower-case words
// and all): an academic site's CV writes its employers so. Such a role,
// its employer under it and nothing more, is a role on a timeline too,
// not a line that names none.

// wholeLink: the block's source is one Markdown link and nothing else.
func wholeLink(src []byte, b *Block) bool {
	if b.Span.End > len(src) || b.Span.Start >= b.Span.End {
		return false
	}
	s := strings.TrimSpace(string(src[b.Span.Start:b.Span.End]))
	i := strings.Index(s, "](")
	return strings.HasPrefix(s, "[") && strings.HasSuffix(s, ")") && i > 1 && strings.Count(s, "](") == 1 &&
		strings.IndexByte(s[1:i], '[') < 0 && strings.IndexByte(s[i+2:len(s)-1], ')') < 0 &&
		strings.Contains(s[i+2:], "://")
}
