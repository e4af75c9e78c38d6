package resume

import (
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/resume/pdftext"
)

// PDF is a PDF file, read only: its blocks' spans are offsets into the
// text of its lines joined by "\n" (pdfText), and Line is a line's number
// in that text. A PDF cannot be written back.
const PDF Format = "pdf"

var pageNumber = lazy.Regexp(`(?i)^(page\s*)?\d{1,3}(\s*(of|/)\s*\d{1,3})?$`)

// pdfBlocks rebuilds paragraphs and list items from a PDF's lines: a
// bullet drawn or typed before a line starts an item, and the lines under
// it at its text's indent continue it; lines of one paragraph (same left
// edge, same size, close together) join. Bold, capitals and size relative
// to the body text are passed on for Interpret to find headings.
func pdfBlocks(lines []pdftext.Line) []Block {
	lines = dropPageFurniture(lines)
	body := pdfBodySize(lines)
	starts := make([]int, len(lines)) // each line's offset in pdfText
	at := 0
	for i, l := range lines {
		starts[i] = at
		at += len(l.Text) + 1
	}
	gap := typicalGap(lines)
	var out []Block
	var cur *pdfPara
	flush := func() {
		if cur != nil {
			out = append(out, cur.block(body))
			cur = nil
		}
	}
	byIndent := !anyBullet(lines)
	left := leftEdge(lines)
	for i, l := range lines {
		text, cut := l.Text, 0
		item := l.Bullet
		if m := typedBullet().FindString(text); m != "" {
			text, cut, item = text[len(m):], len(m), true
		}
		if byIndent && l.X > left+4 && l.X < left+72 && !strings.Contains(text, "\t") {
			// no bullet anywhere (drawn as images, or lost by pdftotext):
			// an indented line that starts a sentence starts an item
			item = cur == nil || !cur.item || math.Abs(cur.indent-l.X) > 2 ||
				startsSentence(text) && (endsSentence(cur.last.Text) || cur.last.End < 0.85*cur.right)
		}
		if cur != nil && !item && cur.continues(l, gap) {
			cur.add(l, text, starts[i]+cut)
			continue
		}
		flush()
		indent := l.X
		if cut > 0 {
			indent = -1 // a typed bullet: the text's own edge is not known here
		}
		cur = &pdfPara{item: item, first: l, indent: indent, line: i + 1}
		cur.add(l, text, starts[i]+cut)
	}
	flush()
	return out
}

// pdfPara is a paragraph or list item being gathered from lines.
type pdfPara struct {
	item   bool
	first  pdftext.Line
	last   pdftext.Line
	indent float64 // where continuation lines start; -1 until the second line
	line   int
	rb     lineJoiner
	right  float64 // the right edge of its lines so far
}

func (p *pdfPara) add(l pdftext.Line, text string, start int) {
	p.rb.add(text, start)
	p.last = l
	p.right = max(p.right, l.End)
}

// continues reports whether line l carries on the paragraph: same page
// or the top of the next, close below, at the continuation indent, the
// same size and weight, not a column row, and the paragraph not ended.
func (p *pdfPara) continues(l pdftext.Line, gap float64) bool {
	last := p.last
	if strings.Contains(l.Text, "\t") || strings.Contains(last.Text, "\t") {
		return false
	}
	if math.Abs(l.Size-last.Size) > 0.5 || l.Bold != last.Bold && !p.item {
		return false
	}
	if l.Page == last.Page {
		dy := l.Y - last.Y
		if dy <= 0 || dy > 1.45*max(gap, last.Size) {
			return false
		}
	}
	indent := p.indent
	if indent < 0 {
		// the first line under a typed bullet sets the indent, which must
		// be right of the bullet
		if l.X <= p.first.X+2 {
			return false
		}
		indent = l.X
	}
	if math.Abs(l.X-indent) > 2 {
		return false
	}
	p.indent = indent
	if p.item {
		return true
	}
	// a short line before ends a plain paragraph (the last line of a
	// summary, a title, a date line)
	return last.End > 0.8*max(last.End, l.End) && !endsSentence(last.Text)
}

func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// anyBullet reports whether any line has a bullet, drawn or typed.
func anyBullet(lines []pdftext.Line) bool {
	for _, l := range lines {
		if l.Bullet || typedBullet().MatchString(l.Text) {
			return true
		}
	}
	return false
}

// leftEdge is the page's text margin: the leftmost position at which a
// good share of the lines start.
func leftEdge(lines []pdftext.Line) float64 {
	count := map[float64]int{}
	for _, l := range lines {
		count[math.Round(l.X)]++
	}
	xs := make([]float64, 0, len(count))
	for x := range count {
		xs = append(xs, x)
	}
	sort.Float64s(xs)
	for _, x := range xs {
		if count[x] >= max(2, len(lines)/10) {
			return x
		}
	}
	return 0
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return r == '.' || r == ':' || r == '!' || r == '?'
}

func (p *pdfPara) block(body float64) Block {
	b := p.rb.block(p.line)
	b.Kind = BlockParagraph
	if p.item {
		b.Kind = BlockListItem
	}
	b.Strong, b.Emph = p.first.Bold, p.first.Italic
	b.Caps = isAllCaps(b.Text)
	if body > 0 {
		b.Size = p.first.Size / body
	}
	return b
}

// lineJoiner joins a paragraph's lines with spaces; the line breaks they
// stand for are the source's.
type lineJoiner struct {
	text   strings.Builder
	pieces []Piece
	start  int
	end    int
}

func (j *lineJoiner) add(text string, start int) {
	if j.text.Len() == 0 {
		j.start = start
	} else if !strings.HasSuffix(j.text.String(), "-") {
		at := j.text.Len()
		j.text.WriteByte(' ')
		j.pieces = append(j.pieces, Piece{Text: Span{at, at + 1}, Src: Span{j.end, start}, Kind: PieceMarkup})
	} else {
		at := j.text.Len()
		j.pieces = append(j.pieces, Piece{Text: Span{at, at}, Src: Span{j.end, start}, Kind: PieceMarkup})
	}
	at := j.text.Len()
	j.text.WriteString(text)
	j.pieces = append(j.pieces, Piece{Text: Span{at, at + len(text)}, Src: Span{start, start + len(text)}, Kind: PieceLiteral})
	j.end = start + len(text)
}

func (j *lineJoiner) block(line int) Block {
	b := Block{Line: line, Text: j.text.String(), Span: Span{j.start, j.end}}
	if len(j.pieces) > 1 {
		b.Pieces = j.pieces
	}
	return b
}

// pdfText is the text that PDF block spans point into.
func pdfText(lines []pdftext.Line) string {
	var b strings.Builder
	for _, l := range dropPageFurniture(lines) {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// dropPageFurniture leaves out page numbers.
func dropPageFurniture(lines []pdftext.Line) []pdftext.Line {
	out := lines[:0:0]
	for _, l := range lines {
		if !pageNumber().MatchString(strings.TrimSpace(l.Text)) {
			out = append(out, l)
		}
	}
	return out
}

// pdfBodySize is the font size of most of the text.
func pdfBodySize(lines []pdftext.Line) float64 {
	chars := map[float64]int{}
	for _, l := range lines {
		chars[l.Size] += utf8.RuneCountInString(l.Text)
	}
	best, most := 0.0, 0
	for s, n := range chars {
		if n > most || n == most && s < best {
			best, most = s, n
		}
	}
	return best
}

// typicalGap is the most common distance between baselines of
// consecutive lines of body text on a page.
func typicalGap(lines []pdftext.Line) float64 {
	count := map[float64]int{}
	for i := 1; i < len(lines); i++ {
		if lines[i].Page == lines[i-1].Page && lines[i].Size == lines[i-1].Size {
			count[math.Round((lines[i].Y-lines[i-1].Y)*2)/2]++
		}
	}
	best, most := 0.0, 0
	for g, n := range count {
		if g > 0 && (n > most || n == most && g < best) {
			best, most = g, n
		}
	}
	return best
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// ParsePDFLayout reads the text `pdftotext -layout` prints for a PDF (the
// fallback for PDFs the built-in reader cannot read): columns of spaces
// stand for positions, form feeds for pages. Fonts are unknown, and
// bullets drawn rather than typed are lost.
func ParsePDFLayout(text []byte) (*Document, error) {
	if err := CheckText(text); err != nil {
		return nil, err
	}
	var lines []pdftext.Line
	page := 1
	for i, raw := range strings.Split(string(text), "\n") {
		page += strings.Count(raw, "\f")
		raw = strings.TrimRight(strings.ReplaceAll(raw, "\f", ""), " \r")
		t := strings.TrimLeft(raw, " ")
		if t == "" {
			continue
		}
		const cell = 5.0 // points per column, about a character at 10 pt
		lead := float64(utf8.RuneCountInString(raw) - utf8.RuneCountInString(t))
		lines = append(lines, pdftext.Line{Page: page, Text: layoutColumns().ReplaceAllString(t, "\t"), X: lead * cell, Y: float64(i) * 12,
			End: float64(utf8.RuneCountInString(raw)) * cell, Size: 10})
	}
	if len(lines) == 0 {
		return nil, pdftext.ErrNoText
	}
	d := Interpret(PDF, pdfBlocks(lines), []byte(pdfText(lines)))
	if err := checkContent(d); err != nil {
		return nil, err
	}
	return d, nil
}

// layoutColumns is a gap of three spaces or more: a column in pdftotext's
// layout.
var layoutColumns = lazy.Regexp(` {3,}`)
