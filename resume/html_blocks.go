package resume

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	nethtml "golang.org/x/net/html"
)

// Raw HTML inside Markdown (a personal site's resume page written as <ul>,
// <li>, <p>, <br> and <table>) read into the same blocks as Markdown: list
// items with their nesting, paragraphs, lines cut at <br>, headings and
// table rows. Text keeps its place in the source: tags read as nothing,
// a run of white space as one space, an entity as its character.

// htmlStyle marks blocks read from HTML: an edit there is written with
// HTML's escapes, not Markdown's.
const htmlStyle = "html"

// htmlBlockTags end a line: what comes after them starts a new block.
var htmlBlockTags = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "br": true, "tr": true, "td": true, "th": true,
	"table": true, "thead": true, "tbody": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"section": true, "article": true, "header": true, "footer": true, "dl": true, "dt": true, "dd": true, "hr": true,
	"blockquote": true, "pre": true, "main": true, "aside": true, "nav": true,
}

// htmlReader turns one HTML block into blocks.
type htmlReader struct {
	src   []byte
	lines lineIndex
	out   []Block
	depth int // open lists
	item  int // open list items
	head  int // the heading level open, 0 for none
	// term: inside a <dt>, a definition list's term, which heads what its
	// <dd> says ("2018 – 2022" over the role's heading and bullets)
	term   bool
	strong int
	emph   int
	skip   int // inside <script>, <style> or <template>
	// footer: the divs open inside a page's footer (Asciidoctor's <div
	// id="footer">, "Last updated 2021-06-01"), which tells nothing of
	// the person; 0 outside it
	footer int
	// hidden: the element a page hides (a bilingual page's other
	// language, "<span class=\"lang_en lang_display_none\">", an element
	// with "hidden" or "display: none"), and how many elements of its
	// name are open inside it; "" outside one
	hidden      string
	hiddenDepth int
	// gap: a <span> with a class of its own opened, and its text is set
	// apart from the text before it ("S.A.<span class=\"data\">od
	// 2021</span>")
	gap bool

	cur            richBuilder
	strongR, emphR []Span
	itemLine       bool // the line open is a list item's first
	cont           bool // the line open follows a <br>
	row            []rich
	rowCells       int  // the <td> and <th> cells opened in the row
	rowSpans       bool // a cell of the row spans columns (colspan)
	lastHead       int  // the level of the last heading read, 0 before any
	rowHead        bool
	rowsInTable    int // rows ended since the table opened
	inCell         bool
	inline         []openElement // inline elements open on the line
	// cellStrong, cellEmph: the emphasis open when the cell opened; a
	// "<b>" left open inside a cell ("<b>Title<b></i></td>") ends with it,
	// as a browser ends it
	cellStrong, cellEmph int
}

// openElement is an inline element whose end tag has not come yet.
type openElement struct {
	name              string
	outerStart, inner int // where its start tag begins and ends
	textStart         int // where its text begins in the line; -1 once the line broke
}

// htmlInline: elements whose content can be a group of a line.
var htmlInline = map[string]bool{"strong": true, "b": true, "em": true, "i": true, "span": true, "a": true, "small": true, "u": true, "code": true, "font": true, "mark": true}

// looksLikeHTMLPage: the file is a whole web page (a resume.html), not
// text or Markdown that holds some HTML.
func looksLikeHTMLPage(src []byte) bool {
	t := bytes.TrimSpace(src)
	if len(t) > 256 {
		t = t[:256]
	}
	t = bytes.ToLower(t)
	return bytes.HasPrefix(t, []byte("<!doctype html")) || bytes.HasPrefix(t, []byte("<html"))
}

// htmlBlocks reads src[start:end), one HTML block of a Markdown file.
func htmlBlocks(src []byte, start, end int, lines lineIndex, quote bool) []Block {
	hr := &htmlReader{src: src, lines: lines}
	z := nethtml.NewTokenizer(bytes.NewReader(src[start:end]))
	at := start
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			break
		}
		raw := z.Raw()
		span := Span{at, at + len(raw)}
		at += len(raw)
		switch tt {
		case nethtml.TextToken:
			if hr.gap && hr.skip == 0 {
				hr.apart(span)
			}
			if hr.skip == 0 {
				hr.text(span)
			} else {
				hr.markup(span)
			}
		case nethtml.StartTagToken, nethtml.SelfClosingTagToken:
			nb, hasAttr := z.TagName()
			name := string(nb)
			self := tt == nethtml.SelfClosingTagToken || htmlVoid[name]
			if hr.hidden != "" {
				if name == hr.hidden && !self {
					hr.hiddenDepth++
				}
			}
			var attrs [][2]string
			for more := hasAttr; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				attrs = append(attrs, [2]string{string(k), string(v)})
			}
			if hr.hidden == "" && !self {
				hide, styled := hiddenElement(attrs)
				if hide && !htmlFrames[name] {
					hr.hidden, hr.hiddenDepth = name, 1
					hr.skip++
				} else if styled && name == "span" {
					hr.gap = true
				}
			}
			if name == "div" && !self {
				if hr.footer > 0 {
					hr.footer++
				} else if pageFooter(attrs) {
					hr.footer = 1
					hr.skip++
				}
			}
			hr.open(name, span, self)
			if name == "td" || name == "th" {
				hr.rowSpans = hr.rowSpans || spansColumns(attrs)
			}
		case nethtml.EndTagToken:
			name, _ := z.TagName()
			if hr.hidden != "" && string(name) == hr.hidden {
				if hr.hiddenDepth--; hr.hiddenDepth == 0 {
					hr.hidden = ""
					hr.skip = max(0, hr.skip-1)
				}
			}
			if hr.footer > 0 && string(name) == "div" {
				if hr.footer--; hr.footer == 0 {
					hr.skip = max(0, hr.skip-1)
				}
			}
			hr.close(string(name), span)
		default: // comments, doctypes
			hr.markup(span)
		}
	}
	hr.flush()
	hr.endRow()
	for i := range hr.out {
		hr.out[i].Quote = quote
		hr.out[i].Style = htmlStyle
	}
	return hr.out
}

// htmlVoid: elements that have no end tag.
var htmlVoid = map[string]bool{"br": true, "hr": true, "img": true, "input": true, "meta": true, "link": true, "wbr": true, "source": true, "col": true, "area": true, "base": true, "embed": true, "track": true}

// htmlFrames: elements that may hold a whole page, which a script shows
// ("<div id=\"resume\" class=\"hidden\">"): never read as hidden. (Nor is
// an inline "display: none", the way scripts hide and show.)
var htmlFrames = map[string]bool{"div": true, "section": true, "article": true, "main": true, "body": true, "html": true}

// hiddenElement reads the attributes of the start tag just read: hide,
// the page hides the element (the "hidden" attribute, a class that says
// so: "hidden", "d-none", "lang_display_none"); styled, it has a class of
// its own.
func hiddenElement(attrs [][2]string) (hide, styled bool) {
	for _, a := range attrs {
		switch a[0] {
		case "hidden":
			hide = true
		case "class":
			for _, c := range strings.Fields(strings.ToLower(a[1])) {
				styled = true
				switch c {
				case "hidden", "hide", "d-none", "is-hidden", "display-none", "display_none":
					hide = true
				default:
					// (an icon font's ligature, "<i class=\"material-icons\">expand_more</i>",
					// shows a picture, not its word)
					hide = hide || strings.HasSuffix(c, "_display_none") || strings.HasSuffix(c, "-display-none") ||
						strings.HasPrefix(c, "material-icons") || strings.HasPrefix(c, "material-symbols")
				}
			}
		}
	}
	return hide, styled
}

// apart: the text of a styled <span> starts at src: where it opens with
// a letter or digit right after the line's text, a space sets them apart
// ("S.A.<span class=\"data\">od 2021</span>"; not ", Seoul").
func (hr *htmlReader) apart(src Span) {
	hr.gap = false
	t := hr.cur.b.String()
	r, _ := utf8.DecodeRune(hr.src[src.Start:src.End])
	if t == "" || strings.HasSuffix(t, " ") || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return
	}
	hr.cur.add(" ", Span{src.Start, src.Start}, PieceMarkup)
}

// pageFooter: the start tag just read is a page footer's div (id
// "footer", as Asciidoctor and other generators write it).
func pageFooter(attrs [][2]string) bool {
	for _, a := range attrs {
		if a[0] == "id" && a[1] == "footer" {
			return true
		}
	}
	return false
}

func (hr *htmlReader) markup(span Span) {
	if hr.cur.b.Len() > 0 || len(hr.cur.pieces) > 0 {
		hr.cur.add("", span, PieceMarkup)
	}
}

// text adds a text token: words as they are, white space as one space,
// entities as what they stand for.
func (hr *htmlReader) text(span Span) {
	s := hr.src
	i := span.Start
	for i < span.End {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			j := i
			for j < span.End && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				j++
			}
			t := " "
			if hr.cur.b.Len() == 0 || strings.HasSuffix(hr.cur.b.String(), " ") {
				t = ""
			}
			hr.cur.add(t, Span{i, j}, PieceMarkup)
			i = j
		case c == '&':
			if j := bytes.IndexByte(s[i:min(span.End, i+32)], ';'); j > 1 {
				ent := string(s[i : i+j+1])
				if un := html.UnescapeString(ent); un != ent {
					hr.add(un, Span{i, i + j + 1}, PieceMarkup)
					i += j + 1
					continue
				}
			}
			hr.add("&", Span{i, i + 1}, PieceLiteral)
			i++
		default:
			j := i
			for j < span.End && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' && s[j] != '&' {
				j++
			}
			hr.add(string(s[i:j]), Span{i, j}, PieceLiteral)
			i = j
		}
	}
}

// add appends text, noting where it is strong or emphasised.
func (hr *htmlReader) add(t string, src Span, kind PieceKind) {
	from := hr.cur.b.Len()
	hr.cur.add(t, src, kind)
	r := Span{from, hr.cur.b.Len()}
	if hr.strong > 0 {
		hr.strongR = append(hr.strongR, r)
	}
	if hr.emph > 0 {
		hr.emphR = append(hr.emphR, r)
	}
}

func (hr *htmlReader) open(name string, span Span, selfClosing bool) {
	switch name {
	// (a table's <caption> names the table, "Principais stacks": no line
	// of the resume's own)
	case "script", "style", "template", "head", "caption":
		if !selfClosing {
			hr.skip++
		}
	case "strong", "b":
		hr.strong++
	case "em", "i":
		hr.emph++
	}
	if !htmlBlockTags[name] {
		hr.markup(span)
		if htmlInline[name] && !selfClosing {
			hr.inline = append(hr.inline, openElement{name: name, outerStart: span.Start, inner: span.End, textStart: hr.cur.b.Len()})
		}
		return
	}
	hr.flush()
	switch name {
	case "ul", "ol":
		hr.depth++
	case "li":
		hr.item++
		hr.itemLine = true
	case "br":
		hr.cont = true
	case "p", "div", "section", "article", "blockquote":
		// a new box starts a new paragraph: the lines a "<br>" joined
		// ended with the box before
		hr.cont = false
	case "table":
		hr.rowsInTable = 0
	case "tr":
		hr.endRow()
		hr.row, hr.rowCells, hr.rowHead, hr.rowSpans = []rich{}, 0, true, false
	case "td", "th":
		hr.inCell = true
		hr.rowCells++
		hr.cellStrong, hr.cellEmph = hr.strong, hr.emph
		hr.rowHead = hr.rowHead && name == "th"
	case "h1", "h2", "h3", "h4", "h5", "h6":
		hr.head = int(name[1] - '0')
		hr.lastHead = hr.head
	case "dt":
		hr.term = true
	}
}

func (hr *htmlReader) close(name string, span Span) {
	switch name {
	case "script", "style", "template", "head", "caption":
		hr.skip = max(0, hr.skip-1)
	case "strong", "b":
		hr.strong = max(0, hr.strong-1)
	case "em", "i":
		hr.emph = max(0, hr.emph-1)
	}
	if !htmlBlockTags[name] {
		hr.markup(span)
		for k := len(hr.inline) - 1; k >= 0; k-- {
			if e := hr.inline[k]; e.name == name {
				if e.textStart >= 0 && hr.cur.b.Len() > e.textStart {
					hr.cur.groups = append(hr.cur.groups, Group{Text: Span{e.textStart, hr.cur.b.Len()}, Outer: Span{e.outerStart, span.End},
						Inner: Span{e.inner, span.Start}, Element: true})
				}
				hr.inline = hr.inline[:k]
				break
			}
		}
		return
	}
	hr.flush()
	switch name {
	case "ul", "ol":
		hr.depth = max(0, hr.depth-1)
	case "li":
		hr.item = max(0, hr.item-1)
		hr.itemLine = false
	case "td", "th":
		hr.inCell = false
		hr.strong, hr.emph = min(hr.strong, hr.cellStrong), min(hr.emph, hr.cellEmph)
	case "tr", "table":
		hr.endRow()
	case "h1", "h2", "h3", "h4", "h5", "h6":
		hr.head = 0
	case "p", "div", "section", "article", "blockquote":
		hr.cont = false
	case "dt":
		hr.term = false
	}
}

// flush ends the line open: a block, or a cell of the row open.
func (hr *htmlReader) flush() {
	r := hr.cur.rich(0)
	strongR, emphR := hr.strongR, hr.emphR
	hr.cur, hr.strongR, hr.emphR = richBuilder{}, nil, nil
	// an element that spans lines is no group of either
	for k := range hr.inline {
		hr.inline[k].textStart = -1
	}
	full := r.text
	r = r.trim()
	if r.text == "" {
		return
	}
	if hr.row != nil && hr.inCell {
		if hr.item == 0 {
			hr.row = append(hr.row, r)
			return
		}
		// a list inside a cell: a layout table's ("<td><ul><li>..."),
		// its items are items; the cells before it are a row of their own
		cells := hr.row
		hr.endRow()
		if len(cells) > 0 {
			hr.row = []rich{}
		} else {
			hr.row = cells
		}
	}
	b := Block{Text: r.text, Pieces: r.pieces, Groups: r.groups}
	off := strings.Index(full, r.text)
	b.Strong = covered(full, off, off+len(r.text), strongR)
	b.Emph = covered(full, off, off+len(r.text), emphR)
	b.Caps = isCaps(r.text)
	switch {
	case hr.head > 0:
		b.Kind, b.Level = BlockHeading, hr.head
	case hr.item > 0 && hr.itemLine:
		b.Kind, b.Level = BlockListItem, max(0, hr.depth-1)
	case hr.item > 0:
		// a line under a list item's first: its text, one level in
		b.Kind, b.Level, b.Cont = BlockParagraph, hr.depth, hr.cont
	case hr.term:
		b.Kind = BlockTerm
	default:
		b.Kind, b.Cont = BlockParagraph, hr.cont
	}
	hr.itemLine = false
	hr.emit(b)
}

// endRow emits the table row open.
func (hr *htmlReader) endRow() {
	if hr.row == nil {
		return
	}
	cells := hr.row
	head := hr.rowHead
	hr.row = nil
	if len(cells) == 0 {
		return
	}
	hr.rowsInTable++
	if hr.rowCells == 1 && hr.cellRow(cells, head) {
		return
	}
	var plain []string
	for _, c := range cells {
		plain = append(plain, c.text)
	}
	// a first row written in <td> cells that each name a column ("时间",
	// "学校", "专业"; "Period", "Company") is the table's header all the same
	if !head && hr.rowsInTable == 1 && len(cells) >= 2 {
		named := 0
		for _, k := range columnKinds(&Block{Cells: plain}) {
			if k != "" {
				named++
			}
		}
		head = named >= 2 && named*3 >= len(cells)*2
	}
	var rb richBuilder
	for i, c := range cells {
		if i > 0 {
			at := cells[i-1].span().End
			rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + 3}, Src: Span{at, c.span().Start}, Kind: PieceFixed})
			rb.b.WriteString(" | ")
		}
		rb.addRich(c)
	}
	r := rb.rich(0)
	hr.emit(Block{Kind: BlockTableRow, Text: r.text, Pieces: r.pieces, Groups: r.groups, Cells: plain, Head: head})
}

// cellRow reads a row of one cell that spans the table (a layout table's
// "<th colspan=\"2\">Beruflicher Werdegang</th>", "<td colspan=\"2\">"
// with lines cut at <br>): a header cell alone is a heading over the rows
// under it, one level under the page's last heading; the lines of a data
// cell under another row are that row's text, not cells of a row. It
// reports whether it emitted the row.
func (hr *htmlReader) cellRow(cells []rich, head bool) bool {
	switch {
	case head && len(cells) == 1:
		c := cells[0]
		level := min(6, max(2, hr.lastHead+1))
		hr.emit(Block{Kind: BlockHeading, Level: level, Text: c.text, Pieces: c.pieces, Groups: c.groups, Caps: isCaps(c.text)})
		return true
	case !head && hr.rowsInTable > 1 && (hr.rowSpans || len(cells) > 1):
		// (each line stands alone: a cell sets its lines one under
		// another; they tell of the row above, never head an entry)
		// (one line in a cell that spans nothing is a row as its
		// table's others are: "<td>Desarrolladora en ...</td>" under a
		// label cell that spans rows)
		for _, c := range cells {
			hr.emit(Block{Kind: BlockParagraph, Text: c.text, Pieces: c.pieces, Groups: c.groups, Caps: isCaps(c.text), Desc: true})
		}
		return true
	}
	return false
}

// spansColumns: a cell's attributes say it spans more than one column.
func spansColumns(attrs [][2]string) bool {
	for _, a := range attrs {
		if strings.EqualFold(a[0], "colspan") {
			return strings.TrimSpace(a[1]) != "1"
		}
	}
	return false
}

func (hr *htmlReader) emit(b Block) {
	if len(b.Pieces) > 0 {
		b.Span = Span{b.Pieces[0].Src.Start, b.Pieces[len(b.Pieces)-1].Src.End}
		b.Line = hr.lines.line(b.Span.Start)
	}
	hr.out = append(hr.out, b)
}

// escapeHTML keeps plain text plain inside HTML.
func escapeHTML(s string, _ bool) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// loneLabelRow: a table row of one cell that is only a short label
// ("Formación :", "Actual:"): it names the rows under it.
func loneLabelRow(b *Block) bool {
	return b.Kind == BlockTableRow && len(b.Cells) == 1 && labelItem(b.Cells[0])
}
