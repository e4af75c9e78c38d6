package resume

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Tables drawn with box-drawing characters (a Korean 이력서's "┌──┬──┐",
// "│ 기간 │ 회사명 │", "├──┼──┤", "└──┴──┘"): the edges are rules and
// each line between the sides is a table row. A row over a "├──┼──┤" line
// that is the box's only inner edge is its header.

// boxSide: a character that stands for a table's side or a cell's edge.
func boxSide(r rune) bool { return r == '│' || r == '║' || r == '┃' }

// boxEdge: a line drawn wholly with box-drawing characters, with a corner
// or joint among them (not a lone "────" under a title).
func boxEdge(line string) bool {
	t := strings.TrimSpace(line)
	if utf8.RuneCountInString(t) < 3 {
		return false
	}
	joint := false
	for _, r := range t {
		if r < 0x2500 || r > 0x257F {
			return false
		}
		if r != '─' && r != '━' && r != '═' {
			joint = true
		}
	}
	return joint
}

// boxTop: the top edge of a drawn box ("┌───┬───┐", "╔═══╗").
func boxTop(line string) bool {
	t := strings.TrimSpace(line)
	return boxEdge(t) && (strings.HasPrefix(t, "┌") || strings.HasPrefix(t, "╔") || strings.HasPrefix(t, "┏"))
}

// boxRowCells: the cells of a row line "│ a │ b │" with their byte spans
// in the line, trimmed; ok when the line opens and closes with a side.
func boxRowCells(line string) (cells []string, spans []Span, ok bool) {
	t := strings.TrimRight(line, " \t\r")
	lead := len(t) - len(strings.TrimLeft(t, " \t"))
	first, n := utf8.DecodeRuneInString(t[lead:])
	last, _ := utf8.DecodeLastRuneInString(t)
	if !boxSide(first) || !boxSide(last) || len(t) <= lead+n {
		return nil, nil, false
	}
	from := lead + n
	for i := from; i < len(t); {
		r, w := utf8.DecodeRuneInString(t[i:])
		if boxSide(r) {
			c := t[from:i]
			trimmed := strings.TrimSpace(c)
			s := from + strings.Index(c, trimmed)
			if trimmed == "" {
				s = from
			}
			cells = append(cells, trimmed)
			spans = append(spans, Span{s, s + len(trimmed)})
			from = i + w
		}
		i += w
	}
	return cells, spans, len(cells) > 0
}

// boxClosing: a bottom edge ("└──┴──┘").
func boxClosing(t string) bool {
	return strings.HasPrefix(t, "└") || strings.HasPrefix(t, "╚") || strings.HasPrefix(t, "┗")
}

// boxTable reads the drawn box whose top edge is the line at src[at:]: its
// blocks, where reading goes on and how many lines it took.
func boxTable(src []byte, at, end, line int) ([]Block, int, int) {
	var out []Block
	firstRow, rows, inner := -1, 0, 0
	headEdge := false // the first inner edge sits right under the first row
	pos, n := at, 0
	for pos < end {
		nl := bytes.IndexByte(src[pos:end], '\n')
		stop, next := end, end
		if nl >= 0 {
			stop, next = pos+nl, pos+nl+1
		}
		raw := string(src[pos:stop])
		t := strings.TrimSpace(raw)
		if n > 0 && boxTop(raw) {
			break // a second box right under the first: a table of its own
		}
		if boxEdge(raw) {
			lead := len(raw) - len(strings.TrimLeft(raw, " \t"))
			out = append(out, Block{Kind: BlockRule, Line: line + n, Span: Span{pos + lead, pos + lead + len(t)}, Text: t})
			pos, n = next, n+1
			if boxClosing(t) {
				break
			}
			if len(out) > 1 {
				inner++
				headEdge = headEdge || inner == 1 && rows == 1 && out[len(out)-2].Kind == BlockTableRow
			}
			continue
		}
		b, ok := boxRow(raw, pos, line+n)
		if !ok || n == 0 {
			break
		}
		if firstRow < 0 {
			firstRow = len(out)
		}
		out = append(out, b)
		rows++
		pos, n = next, n+1
	}
	if headEdge && inner == 1 && rows > 1 {
		out[firstRow].Head = true
	}
	return out, pos, n
}

// boxRow reads the row line raw, which starts at byte at: a table row
// whose text joins its cells with " | ".
func boxRow(raw string, at, line int) (Block, bool) {
	cells, spans, ok := boxRowCells(raw)
	if !ok {
		return Block{}, false
	}
	var rb richBuilder
	prevEnd := at + spans[0].Start
	for j, c := range cells {
		s := Span{at + spans[j].Start, at + spans[j].End}
		if j > 0 {
			rb.add(" | ", Span{prevEnd, s.Start}, PieceFixed)
		}
		rb.add(c, s, PieceLiteral)
		prevEnd = s.End
	}
	rr := rb.rich(line)
	return Block{Kind: BlockTableRow, Line: line, Text: rr.text, Pieces: rr.pieces,
		Span: Span{at + spans[0].Start, prevEnd}, Cells: cells, Style: boxStyle}, true
}
