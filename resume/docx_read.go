package resume

import (
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strings"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/resume/docx"
)

// Docx is a Word document (.docx). Its blocks' spans are offsets into the
// document's text: every paragraph's text, one after another, each followed
// by "\n" (docxText). A block's Line is its paragraph's number, from 1.
const Docx Format = "docx"

// typedBullet is a bullet typed as text rather than made by list
// numbering, including the Symbol and Wingdings characters Word uses.
var typedBullet = lazy.Regexp(`^([-*•+·▪‣◦–—●○■□➢►✓✔❖➤\x{f0b7}\x{f0a7}\x{f076}\x{f0d8}\x{f0fc}\x{f0a8}])[ \t]+`)

// docxBlocks turns a Word document's paragraphs into blocks. Heading
// styles and list numbering are facts the file states; bold, capitals,
// size and style name are passed on for Interpret to weigh.
func docxBlocks(d *docx.Document) []Block {
	body := bodySize(d.Paragraphs)
	base := docxBases(d.Paragraphs)
	var out []Block
	for i := 0; i < len(d.Paragraphs); i++ {
		p := d.Paragraphs[i]
		if p.Cell != nil {
			if row, n := tableRow(d.Paragraphs, i, base); n > 0 {
				out = append(out, row)
				i += n - 1
				continue
			}
		}
		out = append(out, paragraphBlocks(p, i, base[i], body)...)
	}
	return out
}

// paragraphBlocks makes one block per line of a paragraph (a line break
// inside a paragraph starts a line that continues it).
func paragraphBlocks(p docx.Paragraph, i, base int, body float64) []Block {
	var out []Block
	at := 0
	for k, line := range strings.Split(p.Text, "\n") {
		start, end := at, at+len(line)
		at = end + 1
		lead := len(line) - len(strings.TrimLeft(line, " \t\u00a0"))
		text := strings.TrimRight(line[lead:], " \t\u00a0")
		if text == "" {
			continue
		}
		start += lead
		end = start + len(text)
		b := Block{Kind: BlockParagraph, Line: i + 1, Text: text, Span: Span{base + start, base + end},
			Strong: p.Bold, Emph: p.Italic, Caps: p.Caps, Style: p.Style, Cont: len(out) > 0}
		if body > 0 && p.Size > 0 {
			b.Size = p.Size / body
		}
		switch {
		case p.Heading > 0 || p.Title:
			b.Kind, b.Level = BlockHeading, min(max(p.Heading, 1), 6)
		case p.List != docx.NoList:
			b.Kind, b.Level = BlockListItem, p.Level
		}
		if m := typedBullet().FindString(b.Text); m != "" && b.Kind != BlockHeading && k == 0 {
			b.Kind = BlockListItem
			b.Text = b.Text[len(m):]
			b.Span.Start += len(m)
		}
		if b.Kind != BlockParagraph {
			b.Cont = false
		}
		out = append(out, b)
	}
	return out
}

// tableRow reads the row starting at paragraph i as one row block when
// each of its cells holds one line of text (a contact or skills table); a
// layout table, with whole sections in its cells, is read paragraph by
// paragraph instead (n == 0).
func tableRow(ps []docx.Paragraph, i int, base []int) (Block, int) {
	c := ps[i].Cell
	j := i
	var filled []int // the paragraph of each non-empty cell
	seen := map[int]bool{}
	for ; j < len(ps) && ps[j].Cell != nil && ps[j].Cell.Table == c.Table && ps[j].Cell.Row == c.Row; j++ {
		p := ps[j]
		if strings.TrimSpace(p.Text) == "" {
			continue
		}
		if seen[p.Cell.Col] || p.List != docx.NoList || p.Heading > 0 || strings.Contains(p.Text, "\n") {
			return Block{}, 0
		}
		seen[p.Cell.Col] = true
		filled = append(filled, j)
	}
	if len(filled) < 2 {
		return Block{}, 0
	}
	var rb rowBuilder
	for _, k := range filled {
		rb.cell(ps[k].Text, base[k])
	}
	b := rb.block(i + 1)
	b.Strong = ps[i].Bold
	return b, j - i
}

// rowBuilder joins cells as "a | b | c": each cell's text maps onto its
// paragraph, the separators are the reader's own.
type rowBuilder struct {
	text   strings.Builder
	cells  []string
	pieces []Piece
	start  int
	end    int
}

func (r *rowBuilder) cell(text string, base int) {
	lead := len(text) - len(strings.TrimLeft(text, " \t\u00a0"))
	t := strings.TrimRight(text[lead:], " \t\u00a0")
	src := Span{base + lead, base + lead + len(t)}
	if len(r.cells) == 0 {
		r.start = src.Start
	} else {
		at := r.text.Len()
		r.text.WriteString(" | ")
		r.pieces = append(r.pieces, Piece{Text: Span{at, at + 3}, Src: Span{r.end, src.Start}, Kind: PieceFixed})
	}
	at := r.text.Len()
	r.text.WriteString(t)
	r.pieces = append(r.pieces, Piece{Text: Span{at, at + len(t)}, Src: src, Kind: PieceLiteral})
	r.cells = append(r.cells, t)
	r.end = src.End
}

func (r *rowBuilder) block(line int) Block {
	return Block{Kind: BlockTableRow, Line: line, Text: r.text.String(), Span: Span{r.start, r.end}, Pieces: r.pieces, Cells: r.cells}
}

// docxBases is where each paragraph starts in the document's text.
func docxBases(ps []docx.Paragraph) []int {
	base := make([]int, len(ps)+1)
	for i, p := range ps {
		base[i+1] = base[i] + len(p.Text) + 1
	}
	return base
}

// docxText is the document's text that block spans point into.
func docxText(ps []docx.Paragraph) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// bodySize is the font size of most of the text outside headings.
func bodySize(ps []docx.Paragraph) float64 {
	chars := map[float64]int{}
	for _, p := range ps {
		if p.Heading == 0 && !p.Title && p.Size > 0 {
			chars[p.Size] += utf8.RuneCountInString(p.Text)
		}
	}
	best, most := 0.0, 0
	for s, n := range chars {
		if n > most || n == most && s < best {
			best, most = s, n
		}
	}
	return best
}
