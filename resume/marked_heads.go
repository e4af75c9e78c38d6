package resume

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A plain-text resume may set its section names off with a symbol and a
// space ("■ 학력사항", "◆ 경력사항"): the line is the section's name, not a
// list item, when the symbol is no bullet of the lines around it. It stays
// a paragraph with its symbol, which Interpret reads as a marked name.

// markedSectionLine: text, opening with the marker m, names a known
// section, and the next line (src[next:end]) does not open with m too.
func markedSectionLine(text, m string, lead int, src []byte, next, end int) bool {
	r, _ := utf8.DecodeRuneInString(m)
	if lead != 0 || !unicode.Is(unicode.So, r) || strings.ContainsRune("•●○▪◦‣➢►✓✔➤➜✗✘→", r) {
		return false
	}
	if k, ok := sectionKind(text[len(m):]); !ok || k == kindContact {
		return false
	}
	rest := bytes.TrimLeft(src[next:end], " \t\r\n")
	return !bytes.HasPrefix(rest, []byte(strings.TrimSpace(m)))
}
