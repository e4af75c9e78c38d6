package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's text pasted with a blank line after every line (a PDF export
// copied line by line, "Verantwortung in Ansible AWX für automatisierte
// Provisionierungs-" over a blank over "und Lifecycle-Prozesse ..."): each
// line stands as a paragraph of its own, though it goes on with the
// sentence above. Such a line continues that paragraph.

// joinSpacedLines marks as continuing the paragraph above a paragraph that
// goes on with a sentence the line above it left open: one that opens with
// a word in small letters, or after a word broken at a hyphen. In a text
// with two or more of those, a line after an open sentence goes on with it
// whatever its first letter (German nouns take capitals: "... über
// Ansible" over "AWX.").
func joinSpacedLines(bs []*Block) {
	open := func(i int) bool {
		if i < 0 {
			return false
		}
		p := bs[i]
		t := strings.TrimSpace(p.Text)
		if p.Kind != BlockParagraph || p.Quote || p.Strong || p.Level > 0 || wordCount(t) < 5 || utf8.RuneCountInString(t) < 40 || dated(p) {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(t)
		if strings.ContainsRune(".!?;:…。！？", last) {
			return false
		}
		// (a line of prose, with words in small letters: not a name
		// that runs long, "Google Cloud Professional Data Engineer
		// (renewed)")
		lower := 0
		for _, w := range strings.Fields(t) {
			if lowerWord(w) {
				lower++
			}
		}
		_, known := sectionKind(t)
		return lower >= 2 && !known
	}
	next := func(i int) bool {
		b := bs[i]
		t := strings.TrimSpace(b.Text)
		// (HTML parts its lines by markup, never by blank lines: a line
		// there that opens in small letters was set apart on purpose)
		if b.Kind != BlockParagraph || b.Cont || b.Quote || b.Strong || b.Level > 0 || b.Indent != bs[i-1].Indent || t == "" || dated(b) || b.Style == htmlStyle {
			return false
		}
		_, known := sectionKind(t)
		return !known
	}
	strong := func(i int) bool {
		p := strings.TrimSpace(bs[i-1].Text)
		broken := strings.HasSuffix(p, "-") && !strings.HasSuffix(p, " -")
		return broken || lowerWord(bs[i].Text)
	}
	n := 0
	for i := 1; i < len(bs); i++ {
		if open(i-1) && next(i) && strong(i) {
			n++
		}
	}
	if n == 0 {
		return
	}
	for i := 1; i < len(bs); i++ {
		if !open(i-1) || !next(i) {
			continue
		}
		single := i+1 >= len(bs) || !bs[i+1].Cont
		if strong(i) || n >= 2 && single {
			bs[i].Cont = true
		}
	}
}

// lowerWord: the text opens with a word all in small letters ("und",
// "stehen"; not "eBay" nor "iOS").
func lowerWord(t string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(t), " ")
	if w == "" {
		return false
	}
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
