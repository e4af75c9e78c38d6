package resume

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
)

// The plain-text reader: one block per line, with list markers, underlines
// and wrapped bullet lines recognised; what the lines mean is Interpret's.

var (
	textBulletRe = regexp.MustCompile(`^([-*•+·▪‣◦–●○■□➢►✓✔»→◆◇❖★☆✦⁃∙➤➜✗✘]|\d{1,2}[.)])[ \t]+`)
	ruleLineRe   = regexp.MustCompile(`^\s*([=\-_~.*#])(\s?[=\-_~.*#]){2,}\s*$`)
)

// textBlocks reads src[start:end) as plain text.
func textBlocks(src []byte, start, end int) []Block {
	var out []Block
	line := 1 + bytes.Count(src[:start], []byte("\n"))
	gap := true     // a blank line (or the start) came before
	lastItem := -1  // index of the list item a wrapped line may continue
	itemIndent := 0 // where that item's text starts
	for at := start; at < end; line++ {
		nl := bytes.IndexByte(src[at:end], '\n')
		stop := end
		next := end
		if nl >= 0 {
			stop, next = at+nl, at+nl+1
		}
		raw := string(src[at:stop])
		content := strings.TrimRight(raw, " \t\r")
		lead := len(content) - len(strings.TrimLeft(content, " \t"))
		text := content[lead:]
		cs := at + lead
		ce := at + len(content)
		switch {
		case text == "":
			gap = true
			lastItem = -1
		case ruleLineRe.MatchString(text):
			// a line under a line makes it a heading; alone it is a rule
			if n := len(out); n > 0 && !gap && out[n-1].Kind == BlockParagraph && !out[n-1].Cont {
				out[n-1].Kind = BlockHeading
				out[n-1].Level = 2
				if text[0] == '=' || text[0] == '#' {
					out[n-1].Level = 1
				}
			} else {
				out = append(out, Block{Kind: BlockRule, Line: line, Span: Span{cs, ce}, Text: text})
			}
			gap = true
			lastItem = -1
		case textBulletRe.MatchString(text):
			m := textBulletRe.FindString(text)
			b := Block{Kind: BlockListItem, Level: lead / 2, Line: line, Indent: lead, Text: text[len(m):], Span: Span{cs + len(m), ce}}
			b.Caps = isCaps(b.Text)
			out = append(out, b)
			lastItem, itemIndent = len(out)-1, lead+utf8.RuneCountInString(m)
			gap = false
		case lastItem >= 0 && lead >= itemIndent && lead > 0:
			// a wrapped bullet line continues the item
			it := &out[lastItem]
			var rb richBuilder
			rb.addRich(richOf(it))
			rb.add(" ", Span{it.Span.End, cs}, PieceMarkup)
			rb.add(text, Span{cs, ce}, PieceLiteral)
			r := rb.rich(it.Line)
			it.Text, it.Pieces, it.Span = r.text, r.pieces, Span{it.Span.Start, ce}
		default:
			b := Block{Kind: BlockParagraph, Line: line, Indent: lead, Text: text, Span: Span{cs, ce}, Cont: !gap}
			if n := len(out); n > 0 && out[n-1].Kind != BlockParagraph {
				b.Cont = false
			}
			b.Caps = isCaps(text)
			out = append(out, b)
			gap = false
			lastItem = -1
		}
		at = next
	}
	return out
}
