package resume

import (
	"bytes"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The plain-text reader: one block per line, with list markers, underlines
// and wrapped bullet lines recognised; what the lines mean is Interpret's.

var (
	// ("・Claims Reporting": the Japanese middle dot needs no space after it;
	// "— описывала процессы;": an em dash, as Russian resumes set duties)
	textBulletRe = lazy.Regexp(`^((--|[-*•+·▪‣◦–—●○■□➢►✓✔»→◆◇❖★☆✦⁃∙➤➜✗✘]|\d{1,2}[.)])[ \t]+|[・･][ \t]*)`)
	// "*Modularized survey programming...": a marker glued to a capital
	gluedBulletRe = lazy.Regexp(`^[-*•]\p{Lu}`)
	ruleLineRe    = lazy.Regexp(`^\s*([=\-_~.*#])(\s?[=\-_~.*#]){2,}\s*$`)
	// "+------+" and "+======+": the edges of a box drawn with characters
	boxEdgeRe = lazy.Regexp(`^\s*\+[-=+]{3,}\+\s*$`)
	// "-------+-------": the line between the rows of a table drawn
	// without outer edges (a Europass form's "label | value" rows)
	gridRuleRe = lazy.Regexp(`^\s*[-=]{3,}(\+[-=]{3,})+\s*$`)
)

// boxStyle marks the lines of a box drawn with characters: read for
// contacts, never rewritten (a longer line would push the box's side out).
const boxStyle = "box"

// textBullet is the list marker a line opens with, or "".
func textBullet(text string) string {
	if m := textBulletRe().FindString(text); m != "" && !numberOpensDate(text, m) {
		return m
	}
	// Word's second bullet saved as text: "o" and a tab ("o\tGrew sales")
	if strings.HasPrefix(text, "o\t") && len(strings.TrimSpace(text)) > 2 {
		return text[:len(text)-len(strings.TrimLeft(text[1:], "\t"))]
	}
	// a glued marker, when the line opens no emphasis ("*Note* that"): no
	// second star closes it
	if gluedBulletRe().MatchString(text) {
		if text[0] != '*' {
			// ("•Built": the whole of a marker of more bytes than one)
			_, n := utf8.DecodeRuneInString(text)
			return text[:n]
		}
		if i := strings.IndexByte(text[1:], '*'); i < 0 || text[i] == ' ' || text[i] == '\t' {
			return text[:1]
		}
	}
	return ""
}

// textBox: inside a box drawn with "+---+" edges and "|" sides, a line's
// text is what lies between the sides.
func textBox(raw string, inBox bool) (from, to int, ok bool) {
	if !inBox {
		return 0, 0, false
	}
	t := strings.TrimRight(raw, " \t\r")
	l := strings.IndexByte(t, '|')
	if l < 0 || strings.TrimSpace(t[:l]) != "" || len(t) < l+2 || t[len(t)-1] != '|' {
		return 0, 0, false
	}
	return l + 1, len(t) - 1, true
}

func styleIf(ok bool, style string) string {
	if ok {
		return style
	}
	return ""
}

// continuesItem: a line right under a list item, with no blank line
// between, that carries on its sentence: it starts in lower case, or sits
// at the marker's indent or deeper after an item that has not ended.
func continuesItem(item *Block, lead, markerIndent int, text string) bool {
	if textBullet(text) != "" || isCaps(text) && !strings.ContainsAny(text[len(text)-1:], ".,;)") {
		return false
	}
	// "tinyqueue | Educational queue in Rust | 2021" back at the margin
	// under an indented item: a new entry's fields, though in lower case
	if lead < markerIndent && strings.Contains(text, " | ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	if unicode.IsLower(r) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(item.Text))
	ended := strings.ContainsRune(".!?:;。", last)
	if ended || lead == 0 || lead < markerIndent {
		return false
	}
	if _, known := sectionKind(text); known || dated(&Block{Text: text}) {
		return false
	}
	return true
}

// itemsOwnLine: a short line right under a dated list item, at the
// marker's indent or less, that names what the item does not (a title
// under "Company, City (dates)").
func itemsOwnLine(item *Block, lead, markerIndent int, text string) bool {
	if lead > markerIndent || textBullet(text) != "" || !hasDate(item.Text) || hasDate(text) {
		return false
	}
	return wordCount(text) <= 6 && !fullStop(text) && !strings.HasSuffix(text, ":")
}

// headPrefix: a line that opens with a section name and goes on with the
// section's first line ("EDUCATION Rochester Institute of Technology",
// "References \tAvailable upon request."): the length of the name, or 0.
func headPrefix(text string) int {
	if i := strings.IndexByte(text, '\t'); i > 0 {
		if _, known := sectionKind(text[:i]); known && strings.TrimSpace(text[i:]) != "" {
			return len(strings.TrimRight(text[:i], " "))
		}
	}
	// capitals, then a word that is not
	ws := strings.Fields(text)
	n := 0
	for n < len(ws) && n < 4 && isCaps(ws[n]) {
		n++
	}
	rest := strings.Join(ws[n:], " ")
	if n == 0 || n == len(ws) || isCaps(rest) || !strings.ContainsFunc(rest, unicode.IsLower) {
		return 0
	}
	head := strings.Join(ws[:n], " ")
	if _, known := sectionKind(head); !known || !strings.HasPrefix(text, head) {
		return 0
	}
	return len(head)
}

// adocListMarker: the length of an AsciiDoc list marker of repeated
// stars or dots followed by a space ("** ", ". "), or 0.
func adocListMarker(text string) int {
	if text == "" || text[0] != '*' && text[0] != '.' {
		return 0
	}
	n := 0
	for n < len(text) && n < 5 && text[n] == text[0] {
		n++
	}
	if n+1 >= len(text) || text[n] != ' ' || strings.TrimSpace(text[n:]) == "" {
		return 0
	}
	return n
}

// adocHeading: the level of an AsciiDoc heading line ("=== Title, Acme"),
// or 0.
func adocHeading(text string) int {
	n := 0
	for n < len(text) && n < 6 && text[n] == '=' {
		n++
	}
	if n == 0 || n+1 >= len(text) || text[n] != ' ' {
		return 0
	}
	// ("===  Payvia Services": more spaces before the title are still one)
	if t := strings.TrimLeft(text[n:], " "); t == "" || t[0] == '=' {
		return 0
	}
	return n
}

// textBlocks reads src[start:end) as plain text.
func textBlocks(src []byte, start, end int) []Block {
	return textBlocksAs(src, start, end, adocSource(src[start:end]))
}

// textBlocksAs reads src[start:end) as plain text, as AsciiDoc where adoc
// is set (a table cell's AsciiDoc has no headings to tell it by).
func textBlocksAs(src []byte, start, end int, adoc bool) []Block {
	var out []Block
	line := 1 + bytes.Count(src[:start], []byte("\n"))
	gap := true       // a blank line (or the start) came before
	lastItem := -1    // index of the list item a wrapped line may continue
	itemIndent := 0   // where that item's text starts
	markerIndent := 0 // where its marker stands
	inBox := false
	var underlines []byte // the underline characters in the order first used
	adocAttr := ""        // the attribute line over the next AsciiDoc block
	// the item whose body goes on past a blank line, indented to its text
	// (reStructuredText's "* https://…", blank, "  Editor of notes."), and
	// that indentation
	bodyOf, bodyIndent := -1, 0
	boldOver := -1 // the indent of a bold label line right above, or -1
	// the line's item stands beside a label (labelColumnItem), and so
	// does the last item: a line left of its marker, "responsabilità",
	// is the label wrapping in its column, no more of the item
	besideLabel, labelled := false, false
	for at := start; at < end; line++ {
		bold := -1
		nl := bytes.IndexByte(src[at:end], '\n')
		stop := end
		next := end
		if nl >= 0 {
			stop, next = at+nl, at+nl+1
		}
		raw := string(src[at:stop])
		base := at
		if adoc {
			t := strings.TrimSpace(raw)
			switch {
			case adocAttrRe().MatchString(t):
				adocAttr = t
				at = next
				continue
			case adocSetting(t) || adocPrivateAttr(t) || adocAnchor(t) || adocTableTitle(t, src, next, end):
				at = next
				continue
			case t == "|===":
				bs, nat, n := adocTable(src, next, end, line+1, adocAttr)
				out = append(out, Block{Kind: BlockRule, Line: line, Span: Span{at, at + len(strings.TrimRight(raw, " \t\r"))}, Text: t})
				out = append(out, bs...)
				at, line = nat, line+n
				gap, lastItem, adocAttr = true, -1, ""
				continue
			case t != "":
				adocAttr = ""
			}
			// "June 2019 -- present +": a line break, not text
			if r := strings.TrimRight(raw, " \t\r"); strings.HasSuffix(r, " +") {
				raw = strings.TrimRight(r[:len(r)-2], " \t")
			}
		}
		// (AsciiDoc's ".. substep" is a list item)
		if nat, n, ok := rstExplicit(src, at, end); ok && !adoc {
			at, line = nat, line+n-1
			gap, lastItem = true, -1
			continue
		}
		// hh.ru's dates beside the text: the left column, then the right
		if gap && !adoc && !inBox {
			if col, n := dateColumns(src, at, end); col > 0 {
				left, right, nat := columnBlocks(src, at, end, line, col, n, gap)
				out = append(append(out, left...), right...)
				at, line = nat, line+n-1
				gap, lastItem = false, -1
				continue
			}
		}
		// "┌──┬──┐" over "│ 기간 │ 회사명 │": a table drawn with box characters
		if !adoc && boxTop(raw) {
			bs, nat, n := boxTable(src, at, end, line)
			out = append(out, bs...)
			at, line = nat, line+n-1
			gap, lastItem, inBox = true, -1, false
			continue
		}
		boxed := false
		if boxEdgeRe().MatchString(raw) {
			// an edge opens a box, or goes on with it, when sides follow
			inBox = next < end && bytes.HasPrefix(bytes.TrimLeft(src[next:end], " \t"), []byte("|"))
			out = append(out, Block{Kind: BlockRule, Line: line, Span: Span{at, at + len(strings.TrimRight(raw, " \t\r"))}, Text: strings.TrimSpace(raw)})
			gap, lastItem = true, -1
			at = next
			continue
		}
		if from, to, ok := textBox(raw, inBox); ok {
			raw, base, boxed = raw[from:to], at+from, true
		} else {
			inBox = false
		}
		content := strings.TrimRight(raw, " \t\r")
		lead := len(content) - len(strings.TrimLeft(content, " \t"))
		text := content[lead:]
		if text != "" && !adoc && !boxed && linkedinChrome(text, src[next:end]) {
			at = next
			continue
		}
		cs := base + lead
		ce := base + len(content)
		// AsciiDoc's "icon:calendar[] De 2018 à 2021": the icon before a
		// line's text is decoration
		if adoc {
			if k := adocIconPrefix(text); k > 0 {
				cs += k
				text = text[k:]
			}
		}
		m := ""
		if text != "" {
			m = textBullet(text)
			if m == "" {
				m = indentedOBullet(text, lead)
			}
		}
		// "• Tipo di impiego            Titolare": a bullet that marks a
		// form's label, its row a field (bulletedFormLabel)
		if m != "" && !boxed && !adoc && bulletedFormLabel(text, m, lineAt(src, next, end)) {
			cs += len(m)
			lead += utf8.RuneCountInString(m)
			text = text[len(m):]
			m = ""
		}
		// "Belangrijkste activiteiten   ▪ Zorg ...": an item beside its label
		if m == "" && text != "" && !boxed && !adoc {
			pm := -1
			if lastItem >= 0 {
				pm = markerIndent
			}
			if k := labelColumnItem(src, at, next, end, lead, text, pm); k > 0 {
				besideLabel = true
				lead += utf8.RuneCountInString(text[:k])
				cs += k
				text = text[k:]
				m = textBullet(text)
			}
		}
		if m != "" && !boxed && markedSectionLine(text, m, lead, src, next, end) {
			m = ""
		}
		level := lead / 2
		// AsciiDoc's "** item", ". step", ".. substep": the marker's length
		// is the item's depth
		if k := adocListMarker(text); adoc && k > 0 {
			m, level = text[:k+1], level+k-1
		}
		switch {
		case text == "":
			if lastItem >= 0 {
				bodyOf, bodyIndent = lastItem, itemIndent
			}
		case lead < bodyIndent || bodyIndent == 0:
			bodyOf = -1
		}
		// "**Programmation**" over tab-indented lines, no blank line
		// between: the bold line labels them, each line an item
		if text != "" && m == "" && boldOver >= 0 && !gap && lead > boldOver && lastItem < 0 && hashHeading(text) == 0 &&
			!ruleLineRe().MatchString(text) && len(out) > 0 && out[len(out)-1].Line == line-1 {
			b := Block{Kind: BlockListItem, Line: line, Indent: lead, Text: text, Span: Span{cs, ce}}
			if r, ok := rstRich(src, cs, ce, line); ok && rstMarked(text) {
				b.Text, b.Pieces, b.Groups = r.text, r.pieces, r.groups
			}
			b.Caps = isCaps(b.Text)
			out = append(out, b)
			gap = false
			at = next
			continue
		}
		boldOver = -1
		switch {
		case text == "":
			gap = true
			lastItem = -1
		case ruleLineRe().MatchString(text) || gridRuleRe().MatchString(text) || text == "." || text == "·" || text == "|" ||
			!gap && rstUnderline(text) && len(out) > 0 && out[len(out)-1].Kind == BlockParagraph && (!adoc && !out[len(out)-1].Cont || adoc && adocTitled(text, src, out, line)):
			// a lone dot is a separator too (entries set apart by ".")
			if len(text) == 1 || text == "·" {
				out = append(out, Block{Kind: BlockRule, Line: line, Span: Span{cs, ce}, Text: text})
				gap, lastItem = true, -1
				break
			}
			// a line under a line makes it a heading; alone it is a rule
			if n := len(out); n > 0 && !gap && out[n-1].Kind == BlockParagraph && !out[n-1].Cont && !(adoc && adocDelimiterUnder(text, src, out[n-1])) {
				out[n-1].Kind = BlockHeading
				over := n >= 2 && out[n-2].Kind == BlockRule && out[n-2].Line == out[n-1].Line-1 && len(out[n-2].Text) > 0 && out[n-2].Text[0] == text[0]
				out[n-1].Level = underlineLevel(&underlines, text[0], over)
			} else if n >= 2 && adoc && !gap && out[n-1].Kind == BlockParagraph && out[n-1].Cont && adocTitled(text, src, out, line) {
				// a title too long for its line, wrapped, the underline
				// under both: one heading
				h := out[n-2]
				h.Kind, h.Level = BlockHeading, underlineLevel(&underlines, text[0], false)
				if string(src[h.Span.End:out[n-1].Span.Start]) == "\n" && h.Pieces == nil && out[n-1].Pieces == nil {
					// (a plain line still, its text the source's with the
					// line break read as a space)
					h.Text += " " + out[n-1].Text
				} else {
					r := joinRich([]rich{richOf(&out[n-2]), richOf(&out[n-1])}, " ")
					h.Text, h.Pieces, h.Groups = r.text, r.pieces, r.groups
				}
				h.Span.End = out[n-1].Span.End
				out = append(out[:n-2], h)
			} else if n >= 2 && !gap && bracketed(out[n-1]) && out[n-1].Cont && out[n-2].Kind == BlockParagraph && !out[n-2].Cont {
				// a title with a bracketed line under it, then the rule
				// ("12 YEARS OF PROGRAMMING" over "(See below for more details)")
				out[n-2].Kind, out[n-2].Level = BlockHeading, 2
				out[n-1].Cont = false
				out = append(out, Block{Kind: BlockRule, Line: line, Span: Span{cs, ce}, Text: text})
			} else {
				out = append(out, Block{Kind: BlockRule, Line: line, Span: Span{cs, ce}, Text: text})
			}
			gap = true
			lastItem = -1
		case m != "" && !boxed && !adoc && splitInlineItems(text[len(m):], cs+len(m), m) != nil:
			// "• a • b • c": the items run together on the line, each its own
			for _, sp := range splitInlineItems(text[len(m):], cs+len(m), m) {
				t := string(src[sp.Start:sp.End])
				out = append(out, Block{Kind: BlockListItem, Level: level, Line: line, Indent: lead, Text: t, Span: sp, Caps: isCaps(t)})
			}
			lastItem, itemIndent, markerIndent = len(out)-1, lead+utf8.RuneCountInString(m), lead
			labelled, besideLabel = besideLabel, false
			gap = false
		case m != "":
			b := Block{Kind: BlockListItem, Level: level, Line: line, Indent: lead, Text: text[len(m):], Span: Span{cs + len(m), ce}, Quote: boxed, Style: styleIf(boxed, boxStyle)}
			if !adoc && !boxed && rstMarked(b.Text) {
				if r, ok := rstRich(src, b.Span.Start, b.Span.End, line); ok {
					b.Text, b.Pieces, b.Groups = r.text, r.pieces, r.groups
				}
			}
			b.Caps = isCaps(b.Text)
			out = append(out, b)
			lastItem, itemIndent, markerIndent = len(out)-1, lead+utf8.RuneCountInString(m), lead
			labelled, besideLabel = besideLabel, false
			gap = false
		case lastItem >= 0 && labelled && lead < markerIndent && wordCount(text) <= 3 && !strings.Contains(text, "  ") && textBullet(text) == "":
			// the label's words wrapped in its column ("responsabilità"
			// under "Principali mansioni e   - ..."): they only name the
			// list, nothing to read
		case lastItem >= 0 && !spanAhead(text, src, next, end) && !(labelled && lead < markerIndent) && (lead >= itemIndent && lead > 0 || continuesItem(&out[lastItem], lead, markerIndent, text)):
			// a wrapped bullet line continues the item
			it := &out[lastItem]
			var rb richBuilder
			rb.addRich(richOf(it))
			rb.add(" ", Span{it.Span.End, cs}, PieceMarkup)
			if r, ok := rstRich(src, cs, ce, line); ok && !adoc && !boxed && rstMarked(text) {
				rb.addRich(r)
			} else {
				rb.add(text, Span{cs, ce}, PieceLiteral)
			}
			r := rb.rich(it.Line)
			it.Text, it.Pieces, it.Span = r.text, r.pieces, Span{it.Span.Start, ce}
		case hashHeading(text) > 0:
			// "### Anstellung ###" in a text file: a heading, its hashes a level
			n := hashHeading(text)
			inner := strings.TrimRight(strings.TrimRight(text[n+1:], "#"), " \t")
			level := n
			if lead > 0 {
				level++ // indented under the heading above: inside its section
			}
			out = append(out, Block{Kind: BlockHeading, Level: level, Line: line, Text: inner, Span: Span{cs + n + 1, cs + n + 1 + len(inner)}})
			gap, lastItem = true, -1
		case lead == 0 && adocHeading(text) > 0:
			// AsciiDoc's "== Experience": a heading, "=" a level
			n := adocHeading(text)
			title := strings.TrimLeft(text[n:], " ")
			out = append(out, Block{Kind: BlockHeading, Level: n, Line: line, Text: title, Span: Span{ce - len(title), ce}})
			gap, lastItem = true, -1
		case lastItem >= 0 && itemsOwnLine(&out[lastItem], lead, markerIndent, text):
			// "- Khan Academy, Mountain View (May - August 2012)" over
			// "Software Developer Intern": the item's own line, one level in
			it := out[lastItem]
			out = append(out, Block{Kind: BlockParagraph, Level: it.Level + 1, Line: line, Indent: lead, Text: text, Span: Span{cs, ce}, Cont: true, Caps: isCaps(text)})
			lastItem = -1
		default:
			// "Карагандинский технический университет" right under the
			// last line of a job's text, its industry and dates below:
			// the next employer, glued on by hh.ru's export
			if n := len(out); !gap && n > 0 && out[n-1].Kind == BlockParagraph && (fullStop(out[n-1].Text) || wordCount(out[n-1].Text) > 8) && spanAhead(text, src, next, end) {
				gap = true
			}
			// "EDUCATION Rochester Institute of Technology": the name, then its first line
			if n := headPrefix(text); n > 0 && !boxed {
				h := Block{Kind: BlockParagraph, Line: line, Indent: lead, Text: text[:n], Span: Span{cs, cs + n}, Caps: isCaps(text[:n])}
				out = append(out, h)
				rest := strings.TrimLeft(text[n:], " \t")
				cs += len(text) - len(rest)
				lead += len(text) - len(rest)
				text = rest
				gap = true
			}
			b := Block{Kind: BlockParagraph, Line: line, Indent: lead, Text: text, Span: Span{cs, ce}, Cont: !gap, Quote: boxed, Style: styleIf(boxed, boxStyle)}
			if bodyOf >= 0 {
				b.Level = out[bodyOf].Level + 1
			}
			// "Objective \t": a short line set off by a tab reads as a heading
			if strings.HasSuffix(strings.TrimRight(raw, " \r"), "\t") && wordCount(text) <= 4 {
				b.Strong = true
			}
			if n := len(out); n > 0 && out[n-1].Kind != BlockParagraph || dateColumnLine(text) || hangingEntryEnds(out, lead) && !markupLine(text) {
				b.Cont = false
			}
			// AsciiDoc's description list ("Cloud Developer 2022:: ID
			// 4471", one entry a line): each entry its own line, its
			// marker read as a colon
			if adoc {
				// (a term alone on its line, "Active::" over a list, is read
				// with what it heads)
				if k, n := adocDlistMarker(text); k > 0 && k+n < len(text) {
					b.Cont = false
					var rb richBuilder
					rb.add(text[:k], Span{cs, cs + k}, PieceLiteral)
					rb.add(":", Span{cs + k, cs + k + n}, PieceMarkup)
					rb.add(text[k+n:], Span{cs + k + n, ce}, PieceLiteral)
					r := rb.rich(line)
					b.Text, b.Pieces = r.text, r.pieces
					text = r.text
				}
			}
			// "**Programmation**" (reStructuredText's strong emphasis, the
			// whole line): a bold line, its stars markup
			if !adoc && !boxed && len(text) > 4 && strings.HasPrefix(text, "**") && strings.HasSuffix(text, "**") && !strings.Contains(text[2:len(text)-2], "*") {
				var rb richBuilder
				rb.add("", Span{cs, cs + 2}, PieceMarkup)
				rb.add(text[2:len(text)-2], Span{cs + 2, ce - 2}, PieceLiteral)
				rb.add("", Span{ce - 2, ce}, PieceMarkup)
				r := rb.rich(line)
				b.Text, b.Pieces, b.Strong = r.text, r.pieces, true
				text = r.text
				if !stackHeading(text) && wordCount(text) <= 6 {
					bold = lead
				}
			} else if !adoc && !boxed && rstMarked(text) {
				// "**Title chez Company** en télétravail", "`Name <url>`_":
				// reStructuredText's inline markup inside the line
				if r, ok := rstRich(src, cs, ce, line); ok {
					b.Text, b.Pieces, b.Groups = r.text, r.pieces, r.groups
					text = r.text
				}
			}
			b.Caps = isCaps(text)
			out = append(out, b)
			gap = false
			lastItem = -1
		}
		boldOver = bold
		at = next
	}
	return joinBrokenRanges(out)
}

// rstUnderline: a line of one punctuation character reStructuredText
// underlines titles with besides the rule characters ("^^^^", "++++",
// "````"); it makes a heading only under a title line.
func rstUnderline(t string) bool {
	if len(t) < 2 || !strings.ContainsRune("^+'\":`<>!$%&,;@?", rune(t[0])) {
		return false
	}
	for i := 1; i < len(t); i++ {
		if t[i] != t[0] {
			return false
		}
	}
	return true
}

// adocUnderline: AsciiDoc's two-line title of the fourth and fifth level
// ("^^^^", "++++" under it), as long as its title within two characters.
func adocUnderline(t, title string) bool {
	if t[0] != '^' && t[0] != '+' {
		return false
	}
	d := len(t) - utf8.RuneCountInString(title)
	return d >= -2 && d <= 2
}

// adocTitled: in AsciiDoc, the underline t on line makes a title of the
// line over it, or of the two lines over it that a title wrapped into.
func adocTitled(t string, src []byte, out []Block, line int) bool {
	n := len(out)
	last := out[n-1]
	if !last.Cont {
		return adocUnderline(t, string(src[last.Span.Start:last.Span.End]))
	}
	return n >= 2 && out[n-2].Kind == BlockParagraph && !out[n-2].Cont && out[n-2].Line == line-2 && adocWrappedTitle(t, src, out[n-2], last)
}

// adocWrappedTitle: an underline as long as the longer of two lines
// over it, within two characters: a title wrapped by an editor.
func adocWrappedTitle(t string, src []byte, a, b Block) bool {
	la := utf8.RuneCount(src[a.Span.Start:a.Span.End])
	lb := utf8.RuneCount(src[b.Span.Start:b.Span.End])
	return (t[0] == '^' || t[0] == '~' || t[0] == '-') && len(t) >= max(la, lb)-2 && len(t) <= la+lb+3
}

// bracketed: a paragraph line wholly in brackets ("(See below)").
func bracketed(b Block) bool {
	t := strings.TrimSpace(b.Text)
	return b.Kind == BlockParagraph && len(t) > 2 && t[0] == '(' && t[len(t)-1] == ')' && strings.Count(t, "(") == 1
}

// hashHeading: the level of a heading line set between hashes ("###
// Studium ###"), or 0.
func hashHeading(text string) int {
	n := 0
	for n < len(text) && n < 7 && text[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n+1 >= len(text) || text[n] != ' ' || strings.TrimRight(text[n+1:], "# \t") == "" {
		return 0
	}
	// closed by hashes too: a plain-text file's "### Computer Software"
	// may be a skills group's name; "### Studium ###" is a heading
	if !strings.HasSuffix(strings.TrimRight(text, " \t"), " "+strings.Repeat("#", n)) {
		return 0
	}
	return n
}

// adocIconPrefix: the length of an AsciiDoc icon macro ("icon:calendar[]",
// "icon:users[role=red]") and the spaces after it that open t, where text
// follows; 0 where there is none.
func adocIconPrefix(t string) int {
	if !strings.HasPrefix(t, "icon:") {
		return 0
	}
	i := strings.IndexByte(t, '[')
	if i < 6 || strings.ContainsAny(t[5:i], " \t") {
		return 0
	}
	j := strings.IndexByte(t[i:], ']')
	if j < 0 {
		return 0
	}
	k := i + j + 1
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	if k == len(t) {
		return 0
	}
	return k
}

// spanAhead: text is a short name with lines of a heading under it that
// end in a line of only dates and how long they last ("Июль 2023 — Май
// 2024 11 месяцев"), no list item or sentence between: an employer, as
// hh.ru's export sets one over its industry and dates.
func spanAhead(text string, src []byte, at, end int) bool {
	if wordCount(text) > 6 || fullStop(text) || strings.ContainsAny(text, ":：") || !startsUpper(text) || hasDate(text) {
		return false
	}
	seen := 0
	for at < end && seen < 5 {
		nl := bytes.IndexByte(src[at:end], '\n')
		stop := end
		if nl >= 0 {
			stop = at + nl
		}
		t := strings.TrimSpace(string(src[at:stop]))
		at = stop + 1
		if t == "" {
			continue
		}
		seen++
		if spanLine(&Block{Text: t}) {
			return true
		}
		if textBullet(t) != "" || fullStop(t) || wordCount(t) > 8 {
			return false
		}
	}
	return false
}

// adocDlistMarker finds the marker of an AsciiDoc description list entry
// ("Term:: text", "Term;; text", "Term:::" nested): where it starts and
// its length, or 0. The marker ends the line or a space follows it
// ("std::vector" is no entry).
func adocDlistMarker(t string) (int, int) {
	if t == "" || t[0] == ':' || t[0] == '/' {
		return 0, 0
	}
	for i := 1; i+1 < len(t); i++ {
		if (t[i] != ':' || t[i+1] != ':') && (t[i] != ';' || t[i+1] != ';') {
			continue
		}
		n := 2
		for i+n < len(t) && t[i+n] == t[i] && n < 4 {
			n++
		}
		if i+n == len(t) || t[i+n] == ' ' || t[i+n] == '\t' {
			return i, n
		}
		return 0, 0
	}
	return 0, 0
}
