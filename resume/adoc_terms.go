package resume

import (
	"strings"
	"unicode/utf8"
)

// adocTermAlone: an AsciiDoc description-list term standing alone on its
// line ("Obowiązki::", "Technologies;;"), its description the list or
// lines under it: a label within an entry, never a section's title.
func adocTermAlone(t string) bool {
	t = strings.TrimSpace(t)
	k, n := adocDlistMarker(t)
	return k > 0 && k+n == len(t)
}

// adocDelimiterUnder: in AsciiDoc, a line of one repeated character right
// under a line ("*Stażysta*, System obsługi szkód" over "=========") closes
// a delimited block (an example block's "====") when it is not as long as
// that line within two characters, as a two-line title's underline is. A
// sidebar's "****", a quote's "____" and a literal block's "...." never
// underline a title: they always close their block.
func adocDelimiterUnder(t string, src []byte, over Block) bool {
	t = strings.TrimSpace(t)
	if len(t) < 4 || strings.Trim(t, t[:1]) != "" || over.Span.End > len(src) {
		return false
	}
	if strings.ContainsRune("*_.", rune(t[0])) {
		// (a block title over it, ".Compétences professionnelles", still
		// heads what the block holds)
		return !adocBlockTitle(over.Text)
	}
	if t[0] != '=' {
		return false
	}
	d := len(t) - utf8.RuneCount(src[over.Span.Start:over.Span.End])
	return d < -2 || d > 2
}

// adocBlockTitle: a block's title line, a dot then the title (".Projets").
func adocBlockTitle(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) > 1 && t[0] == '.' && t[1] != '.' && t[1] != ' '
}
