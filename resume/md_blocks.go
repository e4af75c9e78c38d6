package resume

import (
	"bytes"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"html"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// The Markdown reader: a CommonMark tree (goldmark, with GFM tables and
// definition lists) turned into blocks that keep their source positions.

// verbatimStyle marks blocks where Markdown does not apply (a code fence).
const verbatimStyle = "verbatim"

// Heading attributes ("### Profile {#profile}", kramdown and pandoc) are
// read as attributes, not as the heading's text.
var markdownParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.DefinitionList, extension.Strikethrough),
	goldmark.WithParserOptions(parser.WithHeadingAttribute()))

// markdownBlocks reads Markdown into blocks.
func markdownBlocks(src []byte) []Block {
	lines := newLineIndex(src)
	var out []Block
	body := src
	if fm, ok := frontMatter(src); ok {
		fm.Line = 1
		out = append(out, fm)
		// blank the front matter out, keeping every offset where it was
		body = append([]byte(nil), src...)
		for i := 0; i < fm.Span.End; i++ {
			if body[i] != '\n' {
				body[i] = ' '
			}
		}
	}
	body = blankDivFences(body)
	body, jobs := blankShortcodes(body)
	doc := markdownParser.Parser().Parse(text.NewReader(tameNesting(body)))
	// a resume wrapped whole in a code fence is read as plain text
	if code, ok := wholeFence(doc, body); ok {
		tb := textBlocks(src, code.Start, code.End)
		for i := range tb {
			tb[i].Style = verbatimStyle
		}
		return append(out, tb...)
	}
	// a resume pasted into a fence among words about it ("Here is my
	// resume:" and a fence): the fence is read, as Markdown or as text
	if code, markdown, ok := resumeFence(doc, body); ok {
		if !markdown {
			tb := textBlocks(src, code.Start, code.End)
			for i := range tb {
				tb[i].Style = verbatimStyle
			}
			return append(out, tb...)
		}
		inner := blankOutside(body, code)
		mr := &mdReader{src: inner, lines: lines}
		mr.children(markdownParser.Parser().Parse(text.NewReader(tameNesting(inner))), 0, false)
		return append(out, mr.out...)
	}
	mr := &mdReader{src: body, lines: lines}
	mr.children(doc, 0, false)
	for i := range mr.out {
		if k := mr.out[i].Kind; k == BlockParagraph || k == BlockListItem || k == BlockHeading {
			unbracketSpans(&mr.out[i])
		}
	}
	mr.out = shortcodeJobBlocks(src, mr.out, jobs, lines)
	// jobs kept in the front matter, where the page's body lists none
	if len(out) == 1 && !experienceHeading(mr.out) {
		if fm := frontMatterRoles(src, out[0], lines); len(fm) > 0 {
			// the body's opening prose ("Hi, I'm ...") introduces the page:
			// it goes before the jobs, not under the front matter's last list
			lead := 0
			for lead < len(mr.out) && mr.out[lead].Kind != BlockHeading {
				lead++
			}
			out = append(out, mr.out[:lead]...)
			out = append(out, fm...)
			return append(out, mr.out[lead:]...)
		}
	}
	return append(out, mr.out...)
}

// experienceHeading: a heading among the blocks names an experience section.
func experienceHeading(bs []Block) bool {
	for _, b := range bs {
		if b.Kind == BlockHeading {
			if k, _ := sectionKind(b.Text); k == SecExperience {
				return true
			}
		}
	}
	return false
}

type mdReader struct {
	src      []byte
	lines    lineIndex
	out      []Block
	reparsed int // HTML blocks read again as Markdown
	latexEnd int // where the raw LaTeX read so far ends (rawLaTeX)
}

// maxReparsed bounds the HTML blocks read again as Markdown (each costs a
// parse of the file).
const maxReparsed = 32

// markdownInsideRe: an HTML start tag that says its content is Markdown.
var markdownInsideRe = lazy.Regexp(`(?i)^\s*<[a-z][^>]*\smarkdown\s*=\s*["']?(1|block|span)`)

// htmlTagRe2: an HTML tag.
var htmlTagRe2 = lazy.Regexp(`</?[a-zA-Z][^<>]*>`)

// blankTags blanks the HTML tags inside span (the text between them stays
// where it is).
func blankTags(src []byte, span Span) []byte {
	for _, m := range htmlTagRe2().FindAllIndex(src[span.Start:span.End], -1) {
		if at := span.Start + m[0]; at > 0 && src[at-1] == '\\' {
			continue // "\<b>" is text, escaped
		}
		for i := span.Start + m[0]; i < span.Start+m[1]; i++ {
			if src[i] != '\n' && src[i] != '\r' {
				src[i] = ' '
			}
		}
	}
	return src
}

func (mr *mdReader) emit(b Block) {
	if len(b.Pieces) > 0 {
		b.Span = Span{b.Pieces[0].Src.Start, b.Pieces[len(b.Pieces)-1].Src.End}
		b.Line = mr.lines.line(b.Span.Start)
	}
	mr.out = append(mr.out, b)
}

// children emits the blocks under n. depth is the list nesting; quote marks
// a blockquote.
func (mr *mdReader) children(n ast.Node, depth int, quote bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		mr.node(c, depth, quote)
	}
}

func (mr *mdReader) node(n ast.Node, depth int, quote bool) {
	if mr.inRawLaTeX(n) {
		return
	}
	switch n := n.(type) {
	case *ast.Heading:
		// lines of text right over "---" (a Europass form's fields, then
		// the rule that parts it from the next): CommonMark makes them one
		// heading, but a heading is one line; the author drew a rule
		if n.Level == 2 && n.Lines().Len() > 1 {
			mr.paragraph(n, depth, quote)
			mr.out = append(mr.out, Block{Kind: BlockRule})
			return
		}
		r := mr.inline(n, true)
		if r.text != "" {
			mr.emit(withLooks(Block{Kind: BlockHeading, Level: n.Level, Quote: quote}, r))
		}
	case *ast.Paragraph, *ast.TextBlock:
		if _, top := n.Parent().(*ast.Document); top && !quote && mr.rawLaTeX(n) {
			return
		}
		mr.paragraph(n, depth, quote)
	case *ast.List:
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			mr.listItem(it, depth, quote)
		}
	case *ast.Blockquote:
		mr.children(n, depth, true)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		if f, ok := n.(*ast.FencedCodeBlock); ok {
			if bs := mr.fenceJobs(f); len(bs) > 0 {
				mr.out = append(mr.out, bs...)
				return
			}
		}
		// HTML indented inside an HTML block ("<div>" over "    <div
		// class=item>"): CommonMark makes it code, kramdown and the writer
		// HTML
		if _, ok := n.(*ast.CodeBlock); ok && indentedHTML(n, mr.src) {
			ls := n.Lines()
			if bs := htmlBlocks(mr.src, ls.At(0).Start, ls.At(ls.Len()-1).Stop, mr.lines, quote); len(bs) > 0 {
				mr.out = append(mr.out, bs...)
				return
			}
		}
		mr.rawBlock(n, BlockCode)
	case *ast.HTMLBlock:
		// <div markdown="1"> (kramdown) holds Markdown: read without its tags
		if ls := n.Lines(); ls.Len() > 0 && mr.reparsed < maxReparsed {
			span := Span{ls.At(0).Start, ls.At(ls.Len() - 1).Stop}
			if markdownInsideRe().Match(mr.src[span.Start:min(span.End, span.Start+300)]) {
				mr.reparsed++
				inner := blankTags(blankOutside(mr.src, span), span)
				sub := &mdReader{src: inner, lines: mr.lines, reparsed: maxReparsed}
				sub.children(markdownParser.Parser().Parse(text.NewReader(tameNesting(inner))), depth, quote)
				mr.out = append(mr.out, sub.out...)
				return
			}
		}
		// lists, paragraphs and tables written in HTML are read; a comment
		// or a script is not
		if ls := n.Lines(); ls.Len() > 0 {
			if bs := htmlBlocks(mr.src, ls.At(0).Start, ls.At(ls.Len()-1).Stop, mr.lines, quote); len(bs) > 0 {
				mr.out = append(mr.out, bs...)
				return
			}
		}
		mr.rawBlock(n, BlockHTML)
	case *ast.ThematicBreak:
		// a rule has no lines of its own in the tree: it is only a separator
		mr.out = append(mr.out, Block{Kind: BlockRule})
	case *extast.Table:
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			mr.tableRow(row, quote)
		}
	case *extast.DefinitionList:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *extast.DefinitionTerm:
				r := mr.inline(c, true)
				if r.text != "" {
					mr.emit(withLooks(Block{Kind: BlockTerm, Level: depth, Quote: quote}, r))
				}
			case *extast.DefinitionDescription:
				mr.children(c, depth, quote)
			}
		}
	default:
		mr.children(n, depth, quote)
	}
}

// listItem emits an item's own text, then what it holds.
func (mr *mdReader) listItem(it ast.Node, depth int, quote bool) {
	first := it.FirstChild()
	rest := first
	switch first.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		rest = first.NextSibling()
		// "* **COMPANY *Title* (2020-2023)**" over lines about it: the bold
		// line is the item, the lines under it its text
		if lines := splitLines(mr.inline(first, false)); len(lines) > 1 && (lines[0].strong || lines[0].emph) {
			mr.emit(withLooks(Block{Kind: BlockListItem, Level: depth, Quote: quote}, lines[0]))
			for i, l := range lines[1:] {
				if l.text != "" {
					mr.emit(withLooks(Block{Kind: BlockParagraph, Level: depth + 1, Quote: quote, Cont: i > 0}, l))
				}
			}
			break
		}
		// "- 2020 – heute: **Entwicklerin**, *Acme GmbH*" ended by a hard
		// break, then what was done there (a Jekyll or Hugo CV's timeline):
		// the dated line naming the job is the item, the lines after it
		// its text
		if r := mr.inline(first, false); len(r.breaks) > 0 {
			if lines := splitLines(r); len(lines) > 1 && datedMarkedLine(r, lines[0]) && mr.hardBreakAfter(lines[0]) {
				mr.emit(withLooks(Block{Kind: BlockListItem, Level: depth, Quote: quote}, lines[0]))
				for i, l := range lines[1:] {
					if l.text != "" {
						mr.emit(withLooks(Block{Kind: BlockParagraph, Level: depth + 1, Quote: quote, Cont: i > 0}, l))
					}
				}
				break
			}
		}
		// "- Ran interviews" then "**UX Designer**" at the margin with no
		// blank line: the bold line is a lazy continuation for CommonMark,
		// but the writer began the next entry there
		if lines := splitLines(mr.inline(first, false)); depth == 0 && len(lines) > 1 {
			if k := lazyHeadLine(mr.src, lines); k > 0 {
				var item []rich
				for _, l := range lines[:k] {
					item = append(item, l.rich)
				}
				if r := joinRich(item, " ").trim(); r.text != "" {
					mr.emit(withLooks(Block{Kind: BlockListItem, Level: depth, Quote: quote}, rline{rich: r}))
				}
				for i, l := range lines[k:] {
					if l.text != "" {
						mr.emit(withLooks(Block{Kind: BlockParagraph, Quote: quote, Cont: i > 0}, l))
					}
				}
				break
			}
		}
		r := mr.inline(first, true)
		if r.text != "" {
			mr.emit(withLooks(Block{Kind: BlockListItem, Level: depth, Quote: quote}, r))
		}
	}
	for c := rest; c != nil; c = c.NextSibling() {
		mr.node(c, depth+1, quote)
	}
}

func (mr *mdReader) tableRow(row ast.Node, quote bool) {
	var cells []rich
	var starts []int
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		r := mr.inline(c, true).rich
		start := -1
		if len(r.pieces) > 0 {
			start = r.pieces[0].Src.Start
		} else if ls := c.Lines(); ls.Len() > 0 {
			start = ls.At(0).Start
		}
		cells = append(cells, r)
		starts = append(starts, start)
	}
	if len(cells) == 0 {
		return
	}
	var rb richBuilder
	var plain []string
	prevEnd := -1
	for i, c := range cells {
		start := starts[i]
		if start < 0 || start < prevEnd {
			start = max(prevEnd, 0)
		}
		if i > 0 {
			rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + 3}, Src: Span{prevEnd, start}, Kind: PieceFixed})
			rb.b.WriteString(" | ")
		}
		if len(c.pieces) == 0 || c.text == "" {
			// an empty cell: nothing to edit, but it has a place
			rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len()}, Src: Span{start, start}, Kind: PieceFixed})
			prevEnd = start
			plain = append(plain, "")
			continue
		}
		rb.addRich(c)
		prevEnd = c.pieces[len(c.pieces)-1].Src.End
		plain = append(plain, c.text)
	}
	_, head := row.(*extast.TableHeader)
	r := rb.rich(0)
	mr.emit(Block{Kind: BlockTableRow, Text: r.text, Pieces: r.pieces, Groups: r.groups, Cells: plain, Head: head, Quote: quote})
}

// rawBlock emits code or HTML as one block, not read further.
func (mr *mdReader) rawBlock(n ast.Node, kind BlockKind) {
	ls := n.Lines()
	if ls.Len() == 0 {
		mr.out = append(mr.out, Block{Kind: kind})
		return
	}
	start, end := ls.At(0).Start, ls.At(ls.Len()-1).Stop
	t := string(mr.src[start:end])
	mr.emit(Block{Kind: kind, Text: t, Pieces: []Piece{{Text: Span{0, len(t)}, Src: Span{start, end}, Kind: PieceFixed}}})
}

var templateLineRe = lazy.Regexp(`^(\{%.*%\}|\{\{.*\}\}|\{:.*\}|@import\s.*)$`)

// withLooks sets a block's text, map and whole-line looks.
func withLooks(b Block, r rline) Block {
	b.Text, b.Pieces, b.Groups = r.text, r.pieces, r.groups
	b.Strong, b.Emph = r.strong, r.emph
	b.Caps = isCaps(r.text)
	return b
}

// rline is one line (or one joined block) of inline text.
// lazyHeadLine: the first line after the first of an item's paragraph that
// stands at the margin wholly in bold, or 0.
func lazyHeadLine(src []byte, lines []rline) int {
	for k := 1; k < len(lines); k++ {
		l := lines[k]
		if !l.strong || len(l.pieces) == 0 {
			continue
		}
		at := l.pieces[0].Src.Start
		if at > 0 && at <= len(src) && src[at-1] != '\n' {
			// not at the margin: the source before the line's first piece
			// (its "**") is on the same line
			i := bytes.LastIndexByte(src[:at], '\n')
			if strings.TrimSpace(string(src[i+1:at])) != "**" && strings.TrimSpace(string(src[i+1:at])) != "__" || i+1 < at && (src[i+1] == ' ' || src[i+1] == '\t') {
				continue
			}
		}
		return k
	}
	return 0
}

type rline struct {
	rich
	strong, emph   bool
	breaks         []int  // piece indexes of line breaks (join mode)
	strongR, emphR []Span // plain ranges inside strong and emphasis
}

// covered: every non-space byte of text[a:b] lies in one of the ranges.
func covered(text string, a, b int, rs []Span) bool {
	any := false
	for i := a; i < b; i++ {
		if c := text[i]; c == ' ' || c == '\t' || c == ':' {
			continue
		}
		in := false
		for _, r := range rs {
			if i >= r.Start && i < r.End {
				in = true
				break
			}
		}
		if !in {
			return false
		}
		any = true
	}
	return any
}

// isCaps: letters, all capitals, at least three of them. A line of a
// script with no capitals (Chinese, Japanese) that names a few things in
// Latin capitals ("熟悉HPLC、GC-MS等", "ISO 13485质量体系内审") is not in
// capitals: the capitals must outnumber its other letters twice over.
func isCaps(s string) bool {
	n, caseless := 0, 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 0x7f && r < 0x2E80 && strings.ToUpper(string(r)) != string(r) {
			return false
		}
		if r >= 'A' && r <= 'Z' || r > 0x7f && r < 0x2E80 && strings.ToLower(string(r)) != string(r) {
			n++
		} else if r >= 0x2E80 && unicode.IsLetter(r) {
			caseless++
		}
	}
	return n >= 3 && caseless*2 < n
}

// inline reads a block's inline content into plain text with its map. In
// join mode line breaks read as spaces; otherwise splitLines cuts there.
func (mr *mdReader) inline(n ast.Node, join bool) rline {
	ir := &inlineReader{src: mr.src}
	ls := n.Lines()
	if ls.Len() > 0 {
		ir.cursor = ls.At(0).Start
	} else if t := firstText(n); t != nil {
		ir.cursor = t.Segment.Start
	}
	ir.walk(n)
	end := ir.cursor
	if ls.Len() > 0 {
		end = max(end, trimEOL(mr.src, ls.At(ls.Len()-1).Stop))
	}
	ir.gapTo(end)
	if ir.confused {
		for i := range ir.rb.pieces {
			if ir.rb.pieces[i].Kind == PieceMarkup {
				ir.rb.pieces[i].Kind = PieceFixed
			}
		}
		ir.rb.groups = nil
	}
	r := rline{rich: ir.rb.rich(0), breaks: ir.breaks, strongR: ir.strongR, emphR: ir.emphR}
	r.strong = covered(r.text, 0, len(r.text), r.strongR)
	r.emph = covered(r.text, 0, len(r.text), r.emphR)
	if join {
		r.rich = r.rich.trim()
	}
	r.line = mr.lines.line(r.span().Start)
	return r
}

func trimEOL(src []byte, i int) int {
	for i > 0 && (src[i-1] == '\n' || src[i-1] == '\r') {
		i--
	}
	return i
}

func firstText(n ast.Node) *ast.Text {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			return t
		}
		if t := firstText(c); t != nil {
			return t
		}
	}
	return nil
}

// splitLines cuts a paragraph at its line breaks, each line made from its
// own pieces (so a long paragraph costs its length, not its length squared).
func splitLines(r rline) []rline {
	if len(r.breaks) == 0 {
		r.rich = r.rich.trim()
		return []rline{r}
	}
	var out []rline
	from := 0 // first piece of the line
	gi := 0   // groups come in text order
	for _, bi := range append(r.breaks, len(r.pieces)) {
		var rb richBuilder
		start := len(r.text)
		if from < len(r.pieces) {
			start = r.pieces[from].Text.Start
		}
		end := len(r.text)
		if bi < len(r.pieces) {
			end = r.pieces[bi].Text.Start
		}
		for _, p := range r.pieces[from:bi] {
			rb.pieces = append(rb.pieces, Piece{Text: Span{p.Text.Start - start, p.Text.End - start}, Src: p.Src, Kind: p.Kind})
		}
		rb.b.WriteString(r.text[start:end])
		for gi < len(r.groups) && r.groups[gi].Text.Start < start {
			gi++
		}
		for j := gi; j < len(r.groups) && r.groups[j].Text.End <= end; j++ {
			g := r.groups[j]
			g.Text.Start -= start
			g.Text.End -= start
			rb.groups = append(rb.groups, g)
		}
		line := rb.rich(0)
		if len(line.pieces) == 0 {
			at := r.srcAt(start)
			line.pieces = []Piece{{Src: Span{at, at}}}
		}
		out = append(out, rline{rich: line.trim(), strong: covered(r.text, start, end, r.strongR), emph: covered(r.text, start, end, r.emphR)})
		from = bi + 1
	}
	return out
}

// inlineReader walks inline nodes, keeping a cursor in the source.
type inlineReader struct {
	src    []byte
	rb     richBuilder
	cursor int
	// a line break waits for the gap it stands for
	pendingBreak   bool
	breaks         []int
	strongR, emphR []Span // plain ranges inside strong and emphasis
	strong, emph   int
	raw            bool
	confused       bool // the source could not be followed: markup is fixed
}

// gapTo covers the source from the cursor to pos: markup that reads as
// nothing, or as a space where a line breaks.
func (ir *inlineReader) gapTo(pos int) {
	if pos < ir.cursor {
		return
	}
	if ir.pendingBreak {
		ir.breaks = append(ir.breaks, len(ir.rb.pieces))
		ir.rb.pieces = append(ir.rb.pieces, Piece{Text: Span{ir.rb.b.Len(), ir.rb.b.Len() + 1}, Src: Span{ir.cursor, pos}, Kind: PieceMarkup})
		ir.rb.b.WriteByte(' ')
		ir.pendingBreak = false
	} else if pos > ir.cursor {
		ir.rb.add("", Span{ir.cursor, pos}, PieceMarkup)
	}
	ir.cursor = pos
}

// count notes text for the whole-line looks: where it is strong or emphasis.
func (ir *inlineReader) count(s string) {
	end := ir.rb.b.Len()
	r := Span{end - len(s), end}
	if ir.strong > 0 {
		ir.strongR = append(ir.strongR, r)
	}
	if ir.emph > 0 {
		ir.emphR = append(ir.emphR, r)
	}
}

// text emits the source [start, stop) of a text node: literal runs, with
// backslash escapes and entities as markup that reads as what they mean.
func (ir *inlineReader) text(start, stop int) {
	s := ir.src
	run := start
	flush := func(i int) {
		if i > run {
			ir.rb.add(string(s[run:i]), Span{run, i}, PieceLiteral)
			ir.count(string(s[run:i]))
		}
	}
	for i := start; i < stop; i++ {
		if ir.raw {
			break
		}
		switch s[i] {
		case '\\':
			if i+1 < stop && isASCIIPunct(s[i+1]) {
				flush(i)
				ir.rb.add(string(s[i+1]), Span{i, i + 2}, PieceMarkup)
				ir.count(string(s[i+1]))
				i++
				run = i + 1
			}
		case '&':
			if j := bytes.IndexByte(s[i:min(stop, i+32)], ';'); j > 1 {
				ent := string(s[i : i+j+1])
				if un := html.UnescapeString(ent); un != ent {
					flush(i)
					ir.rb.add(un, Span{i, i + j + 1}, PieceMarkup)
					ir.count(un)
					i += j
					run = i + 1
				}
			}
		}
	}
	flush(stop)
	ir.cursor = stop
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// walk reads n's inline children.
func (ir *inlineReader) walk(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if c.Segment.Start < ir.cursor {
				// the tree and the cursor disagree (an odd run of delimiters):
				// the text is kept, but nothing near it can be edited
				ir.confused = true
				t := string(c.Segment.Value(ir.src))
				ir.rb.pieces = append(ir.rb.pieces, Piece{Text: Span{ir.rb.b.Len(), ir.rb.b.Len() + len(t)}, Src: Span{ir.cursor, ir.cursor}, Kind: PieceFixed})
				ir.rb.b.WriteString(t)
				ir.cursor = max(ir.cursor, c.Segment.Stop)
				continue
			}
			ir.gapTo(c.Segment.Start)
			ir.text(c.Segment.Start, c.Segment.Stop)
			if c.SoftLineBreak() || c.HardLineBreak() {
				ir.pendingBreak = true
			}
		case *ast.String:
			// text an extension made up: it has no place in the source
			ir.gapTo(ir.cursor)
			ir.rb.pieces = append(ir.rb.pieces, Piece{Text: Span{ir.rb.b.Len(), ir.rb.b.Len() + len(c.Value)}, Src: Span{ir.cursor, ir.cursor}, Kind: PieceFixed})
			ir.rb.b.Write(c.Value)
		case *ast.Emphasis:
			ir.container(c, delimRun(c.Level), delimRun(c.Level), func() {
				if c.Level >= 2 {
					ir.strong++
					defer func() { ir.strong-- }()
				} else {
					ir.emph++
					defer func() { ir.emph-- }()
				}
				ir.walk(c)
			})
		case *extast.Strikethrough:
			ir.container(c, tildes, tildes, func() { ir.walk(c) })
		case *ast.CodeSpan:
			n := len(ir.rb.groups)
			ir.container(c, backticks, backticks, func() {
				ir.raw = true
				ir.walkRaw(c)
				ir.raw = false
			})
			if len(ir.rb.groups) > n {
				ir.rb.groups[len(ir.rb.groups)-1].Code = true
			}
		case *ast.Link:
			ir.container(c, fixedOpen("["), linkTail, func() { ir.walk(c) })
		case *ast.Image:
			// an image reads as nothing: its alt text is not resume text
			start := indexFrom(ir.src, ir.cursor, "![")
			if start < 0 {
				continue
			}
			end := linkTail(ir.src, skipBracket(ir.src, start+1))
			ir.gapTo(start)
			ir.rb.add("", Span{start, end}, PieceMarkup)
			ir.cursor = end
		case *ast.AutoLink:
			start := indexFrom(ir.src, ir.cursor, "<")
			if start < 0 {
				continue
			}
			end := bytes.IndexByte(ir.src[start:], '>')
			if end < 0 {
				continue
			}
			ir.gapTo(start)
			label := string(c.Label(ir.src))
			ir.rb.add(label, Span{start, start + end + 1}, PieceMarkup)
			ir.count(label)
			ir.cursor = start + end + 1
		case *ast.RawHTML:
			segs := c.Segments
			if segs.Len() == 0 {
				continue
			}
			start, end := segs.At(0).Start, segs.At(segs.Len()-1).Stop
			ir.gapTo(start)
			ir.rb.add("", Span{start, end}, PieceMarkup)
			ir.cursor = end
			if tag := strings.ToLower(string(ir.src[start:end])); strings.HasPrefix(tag, "<br") {
				ir.pendingBreak = true
			}
		default:
			ir.walk(c)
		}
	}
}

// walkRaw reads a code span's text as it is.
func (ir *inlineReader) walkRaw(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			ir.gapTo(t.Segment.Start)
			ir.rb.add(string(ir.src[t.Segment.Start:t.Segment.Stop]), Span{t.Segment.Start, t.Segment.Stop}, PieceLiteral)
			ir.count(string(ir.src[t.Segment.Start:t.Segment.Stop]))
			ir.cursor = t.Segment.Stop
		}
	}
}

// A delimiter finder returns where a container's delimiter ends, given
// where it starts, or -1.
type delimFunc func(src []byte, at int) int

func delimRun(n int) delimFunc {
	return func(src []byte, at int) int {
		if at+n > len(src) {
			return -1
		}
		for i := at; i < at+n; i++ {
			if src[i] != '*' && src[i] != '_' {
				return -1
			}
		}
		return at + n
	}
}

func tildes(src []byte, at int) int {
	i := at
	for i < len(src) && src[i] == '~' {
		i++
	}
	if i == at {
		return -1
	}
	return i
}

func backticks(src []byte, at int) int {
	i := at
	for i < len(src) && src[i] == '`' {
		i++
	}
	if i == at {
		return -1
	}
	return i
}

func fixedOpen(s string) delimFunc {
	return func(src []byte, at int) int {
		if bytes.HasPrefix(src[at:], []byte(s)) {
			return at + len(s)
		}
		return -1
	}
}

// linkTail reads "]", "](dest "title")" or "][ref]" at at.
func linkTail(src []byte, at int) int {
	if at >= len(src) || src[at] != ']' {
		return -1
	}
	i := at + 1
	if i < len(src) && src[i] == '(' {
		depth := 0
		for j := i; j < len(src); j++ {
			switch src[j] {
			case '\\':
				j++
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return j + 1
				}
			case '\n':
				if j+1 < len(src) && src[j+1] == '\n' {
					return i
				}
			}
		}
		return i
	}
	if i < len(src) && src[i] == '[' {
		if j := bytes.IndexByte(src[i:], ']'); j >= 0 {
			return i + j + 1
		}
	}
	return i
}

// skipBracket finds the "]" that closes the "[" at at.
func skipBracket(src []byte, at int) int {
	depth := 0
	for j := at; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(src)
}

func indexFrom(src []byte, from int, s string) int {
	if from > len(src) {
		return -1
	}
	i := bytes.Index(src[from:], []byte(s))
	if i < 0 || i > 64 {
		return -1
	}
	return from + i
}

// container reads an inline container: its opening delimiter, its content,
// its closing delimiter; where the delimiters are found, it becomes a group
// so that an edit keeps it whole.
func (ir *inlineReader) container(n ast.Node, open, closing delimFunc, content func()) {
	// the opening delimiter is the first byte after the cursor that opens
	start := ir.cursor
	for start < len(ir.src) && (ir.src[start] == ' ' || ir.src[start] == '\t' || ir.src[start] == '\n' || ir.src[start] == '\r' || ir.src[start] == '>') {
		start++
	}
	openEnd := open(ir.src, start)
	if openEnd < 0 {
		content()
		return
	}
	ir.gapTo(start)
	ir.rb.add("", Span{start, openEnd}, PieceMarkup)
	ir.cursor = openEnd
	textStart := ir.rb.b.Len()
	breaks := len(ir.breaks)
	content()
	if ir.pendingBreak {
		ir.gapTo(ir.cursor)
	}
	closeStart := ir.cursor
	closeEnd := closing(ir.src, closeStart)
	if closeEnd < 0 {
		return
	}
	ir.rb.add("", Span{closeStart, closeEnd}, PieceMarkup)
	ir.cursor = closeEnd
	// a container across a line break cannot be kept whole on one line
	if len(ir.breaks) > breaks {
		return
	}
	ir.rb.groups = append(ir.rb.groups, Group{Text: Span{textStart, ir.rb.b.Len()}, Outer: Span{start, closeEnd}, Inner: Span{openEnd, closeStart}})
}

// maxNesting bounds blockquotes and lists opened on one line: a resume
// never nests deeper, and the parser's time grows with the square of it.
const maxNesting = 16

// tameNesting blanks out the container markers past maxNesting at the start
// of a line (in a copy; every offset stays where it was).
func tameNesting(src []byte) []byte {
	out := src
	copied := false
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += at
		}
		i, depth := at, 0
		for i < end {
			j := i
			for j < end && j-i < 4 && src[j] == ' ' {
				j++
			}
			k := j
			switch {
			case k < end && src[k] == '>':
				k++
			case k+1 < end && (src[k] == '-' || src[k] == '*' || src[k] == '+') && src[k+1] == ' ':
				k += 2
			default:
				for k < end && k-j < 9 && isDigit(src[k]) {
					k++
				}
				if k == j || k+1 >= end || src[k] != '.' && src[k] != ')' || src[k+1] != ' ' {
					k = j
				} else {
					k += 2
				}
			}
			if k == j {
				break
			}
			depth++
			if depth > maxNesting {
				if !copied {
					out = append([]byte(nil), src...)
					copied = true
				}
				for x := j; x < k; x++ {
					out[x] = ' '
				}
			}
			i = k
		}
		at = end + 1
	}
	return out
}

// yamlKeyLine: the line after the first of rest is a YAML key
// ("name: Wouter"), a name with no blank in it.
func yamlKeyLine(rest []byte) bool {
	if len(rest) == 0 {
		return false
	}
	rest = rest[1:]
	if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	k, _, ok := strings.Cut(string(rest), ":")
	return ok && k != "" && !strings.ContainsAny(k, " \t-*#>`")
}

// frontMatter finds YAML (---) or TOML (+++) front matter at the start,
// or YAML in a fence that opens the file.
func frontMatter(src []byte) (Block, bool) {
	var fence string
	// the opening line may carry trailing blanks ("---  "), as Jekyll allows
	first := src
	if nl := bytes.IndexByte(src, '\n'); nl >= 0 {
		first = src[:nl]
	}
	// a byte-order mark reads as three spaces before it (Parse)
	switch strings.TrimRight(strings.TrimPrefix(string(first), "   "), " \t\r") {
	case "---":
		fence = "---"
	case "+++":
		fence = "+++"
	case "~~~", "```", "```yaml", "~~~yaml", "```yml", "~~~yml":
		// a resume's data kept as YAML in a fence that opens the file
		// ("~~~" over "name: ..." and "workExperience:"): front matter
		fence = strings.TrimRight(strings.TrimSpace(string(first)), "yamlYAML")
		if !yamlKeyLine(src[len(first):]) {
			return Block{}, false
		}
	default:
		return Block{}, false
	}
	if len(first) == len(src) {
		return Block{}, false
	}
	i := bytes.IndexByte(src, '\n') + 1
	bodyStart := i
	for i < len(src) {
		j := bytes.IndexByte(src[i:], '\n')
		end := len(src)
		if j >= 0 {
			end = i + j
		}
		l := strings.TrimRight(string(src[i:end]), "\r \t")
		if l == fence || fence == "---" && l == "..." {
			stop := end
			if j >= 0 {
				stop = end + 1
			}
			body := string(src[bodyStart:i])
			return Block{Kind: BlockFrontMatter, Text: body, Span: Span{0, stop}, Style: fence,
				Pieces: []Piece{{Text: Span{0, len(body)}, Src: Span{bodyStart, i}, Kind: PieceFixed}}}, true
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	return Block{}, false
}

// wholeFence finds a fenced code block that holds the whole resume: the
// only content of the document, and more than a few lines.
func wholeFence(doc ast.Node, src []byte) (Span, bool) {
	var fence *ast.FencedCodeBlock
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.FencedCodeBlock:
			if fence != nil {
				return Span{}, false
			}
			fence = c
		case *ast.HTMLBlock, *ast.ThematicBreak:
		default:
			return Span{}, false
		}
	}
	if fence == nil || fence.Lines().Len() < 5 {
		return Span{}, false
	}
	if lang := strings.ToLower(string(fence.Language(src))); lang != "" && lang != "text" && lang != "txt" && lang != "plain" && lang != "plaintext" {
		return Span{}, false
	}
	ls := fence.Lines()
	return Span{ls.At(0).Start, ls.At(ls.Len() - 1).Stop}, true
}

// resumeFence finds a fenced block that holds a resume when the document
// around it holds none: two or more section names inside it, none outside
// it. markdown says the fence's language is Markdown.
func resumeFence(doc ast.Node, src []byte) (Span, bool, bool) {
	var found *ast.FencedCodeBlock
	outside := 0
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.FencedCodeBlock:
			lang := strings.ToLower(string(c.Language(src)))
			switch lang {
			case "", "text", "txt", "plain", "plaintext", "markdown", "md":
			default:
				continue
			}
			if found == nil && fenceSections(c, src) >= 2 {
				found = c
			}
		case *ast.Heading:
			if _, known := sectionKind(string(c.Lines().Value(src))); known {
				outside++
			}
		}
	}
	if found == nil || outside > 0 || found.Lines().Len() < 5 {
		return Span{}, false, false
	}
	ls := found.Lines()
	lang := strings.ToLower(string(found.Language(src)))
	return Span{ls.At(0).Start, ls.At(ls.Len() - 1).Stop}, lang == "markdown" || lang == "md", true
}

// fenceSections counts the lines of a fence that are section names
// ("## Experience", "WORK EXPERIENCE").
func fenceSections(c *ast.FencedCodeBlock, src []byte) int {
	n := 0
	ls := c.Lines()
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		l := strings.TrimSpace(string(seg.Value(src)))
		l = strings.TrimLeft(l, "# ")
		if _, known := sectionKind(l); (known || headNounKind(l) != "") && len(l) < 60 {
			n++
		}
	}
	return n
}

// blankOutside is src with every byte outside span blanked (line breaks
// kept), so the text inside reads as a document with its offsets in place.
func blankOutside(src []byte, span Span) []byte {
	out := append([]byte(nil), src...)
	for i := range out {
		if (i < span.Start || i >= span.End) && out[i] != '\n' && out[i] != '\r' {
			out[i] = ' '
		}
	}
	return out
}

// lineIndex maps byte offsets to 1-based line numbers.
type lineIndex []int

func newLineIndex(src []byte) lineIndex {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

func (li lineIndex) line(off int) int {
	lo, hi := 0, len(li)
	for lo+1 < hi {
		m := (lo + hi) / 2
		if li[m] <= off {
			lo = m
		} else {
			hi = m
		}
	}
	return lo + 1
}

// indentedHTML: an indented code block right after an HTML block whose
// first line is a tag.
func indentedHTML(n ast.Node, src []byte) bool {
	if _, ok := n.PreviousSibling().(*ast.HTMLBlock); !ok || n.Lines().Len() == 0 {
		return false
	}
	seg := n.Lines().At(0)
	l := bytes.TrimLeft(seg.Value(src), " \t")
	return len(l) > 2 && l[0] == '<' && (l[1] == '/' || l[1] >= 'a' && l[1] <= 'z' || l[1] >= 'A' && l[1] <= 'Z')
}

// loneGlyph: a line that is only a bullet glyph no Markdown list uses
// ("•", "▪"); "-", "*" and "+" alone are rules or list markers.
func loneGlyph(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && strings.Trim(t, "•●▪‣◦■➢►·") == ""
}

// paragraph reads a paragraph's lines: text, list items written as text,
// definition pairs.
func (mr *mdReader) paragraph(n ast.Node, depth int, quote bool) {
	level := 0
	if _, ok := n.Parent().(*ast.ListItem); ok {
		level = depth
	}
	if _, ok := n.Parent().(*extast.DefinitionDescription); ok {
		level = depth + 1
	}
	lines := splitLines(mr.inline(n, false))
	// "Programmer-Analyst" over "  : *Physics Department*": a term and
	// its definition that the parser left as one paragraph
	defined := level == 0 && len(lines) >= 2 && !strings.HasPrefix(lines[0].text, ":") && strings.HasPrefix(lines[1].text, ": ")
	// "feedcheck", a blank line, then " : A command line validator...":
	// a definition the parser left as a paragraph of its own, under the
	// one-line paragraph before it, its term
	if !defined && level == 0 && len(lines) > 0 && strings.HasPrefix(lines[0].text, ": ") && len(mr.out) > 0 {
		if t := &mr.out[len(mr.out)-1]; t.Kind == BlockParagraph && t.Level == level && !t.Cont && t.Quote == quote &&
			n.PreviousSibling() != nil && n.PreviousSibling().Kind() == ast.KindParagraph && n.PreviousSibling().Lines().Len() == 1 {
			t.Kind = BlockTerm
			lines[0].rich = lines[0].rich.slice(2, len(lines[0].text)).trim()
			level = depth + 1
		}
	}
	glyphed := false // the line before was only a bullet glyph
	for i, r := range lines {
		if r.text == "" {
			continue
		}
		// "•" on its own line, what it marks on the next (a page
		// copied from a rendered list): the next line is the item, the
		// glyph's line no text of its own
		if !defined && i+1 < len(lines) && loneGlyph(r.text) {
			glyphed = true
			continue
		}
		if glyphed {
			glyphed = false
			mr.emit(withLooks(Block{Kind: BlockListItem, Level: depth, Quote: quote}, r))
			continue
		}
		if defined {
			if i == 0 {
				mr.emit(withLooks(Block{Kind: BlockTerm, Level: depth, Quote: quote}, r))
				continue
			}
			if i == 1 {
				r.rich = r.rich.slice(2, len(r.text)).trim()
			}
			mr.emit(withLooks(Block{Kind: BlockParagraph, Level: depth + 1, Quote: quote, Cont: i > 1}, r))
			continue
		}
		// template and attribute lines ({% include x %}, {: .class }) are not text
		if templateLineRe().MatchString(r.text) {
			continue
		}
		if from, ok := mr.codeSpanMarker(r); from >= 0 {
			if ok {
				r.rich = r.rich.slice(from, len(r.text)).trim()
				mr.emit(withLooks(Block{Kind: BlockListItem, Level: depth, Quote: quote}, r))
			}
			continue
		}
		// "• item" is no list in CommonMark, but it is one on a resume;
		// so is "\- item", a marker escaped to keep it out of a list
		escaped := len(r.pieces) > 0 && r.pieces[0].Src.Len() == 2 && mr.src[r.pieces[0].Src.Start] == '\\'
		// and "*- item*", a line set in italics marker and all
		escaped = escaped || len(r.pieces) > 1 && r.pieces[0].Kind == PieceMarkup && r.pieces[0].Text.Len() == 0 &&
			strings.IndexByte("*_", mr.src[r.pieces[0].Src.Start]) >= 0
		if m := textBulletRe().FindString(r.text); m != "" && (escaped || !strings.HasPrefix(m, "-") && !strings.HasPrefix(m, "*") && !strings.HasPrefix(m, "+")) && (m[0] < '0' || m[0] > '9') {
			r.rich = r.rich.slice(len(m), len(r.text)).trim()
			mr.emit(withLooks(Block{Kind: BlockListItem, Level: depth, Quote: quote}, r))
			continue
		}
		mr.emit(withLooks(Block{Kind: BlockParagraph, Level: level, Quote: quote, Cont: i > 0}, r))
	}
}
