package resume

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// hh.ru's two-column layout, saved as text: each job's dates and how long
// it lasted stand in a left column, its employer, post and text on the
// right, line beside line:
//
//	Февраль 2021 —          ООО «Волжские Сети»
//	настоящее время         Казань
//	3 года 10 месяцев       Ведущий аналитик данных
//	                        Разработала модель ...
//
// Read line by line the dates interleave with the heading. A group of
// lines (no blank between) whose left cells, read together, are one date
// range broken over lines (a duration after it or not) reads as the left
// column first, then the right one; a group with one left cell ("2014
// Ph.D., ...") is left as it is.

// columnGap is the least run of spaces that parts the two columns.
const columnGap = 3

// dateColumns returns, for the group of lines starting at src[at:], where
// its right column starts (in bytes from each line's start) and how many
// lines it has, or col 0 when the group is not laid out so.
func dateColumns(src []byte, at, end int) (col, lines int) {
	var lefts []string
	for p := at; p < end; lines++ {
		nl := bytes.IndexByte(src[p:end], '\n')
		stop, next := end, end
		if nl >= 0 {
			stop, next = p+nl, p+nl+1
		}
		raw := strings.TrimRight(string(src[p:stop]), " \r")
		if strings.TrimSpace(raw) == "" || strings.Contains(raw, "\t") {
			break
		}
		lead := len(raw) - len(strings.TrimLeft(raw, " "))
		if lead > 0 {
			// a right cell alone, at the column
			if col == 0 || lead < col {
				return 0, 0
			}
		} else {
			gap := strings.Index(raw, strings.Repeat(" ", columnGap))
			if gap < 0 {
				return 0, 0
			}
			c := gap + len(raw[gap:]) - len(strings.TrimLeft(raw[gap:], " "))
			if c == len(raw) {
				return 0, 0
			}
			c = utf8.RuneCountInString(raw[:c]) // (a column is counted in characters)
			if col != 0 && c != col {
				return 0, 0
			}
			col = c
			lefts = append(lefts, raw[:gap])
		}
		p = next
	}
	if len(lefts) < 2 {
		return 0, 0
	}
	// the left column is one date range, and may end with how long
	if durationOnly(lefts[len(lefts)-1]) {
		lefts = lefts[:len(lefts)-1]
	}
	if _, ok := ParseDateRange(strings.Join(lefts, " ")); !ok || len(lefts) < 2 {
		return 0, 0
	}
	return col, lines
}

// columnBlocks reads the group of n lines at src[at:] whose right column
// starts at col: the left cells' blocks, then the right cells'.
func columnBlocks(src []byte, at, end, line, col, n int, gap bool) (left, right []Block, next int) {
	p := at
	for k := 0; k < n; k++ {
		nl := bytes.IndexByte(src[p:end], '\n')
		stop, nx := end, end
		if nl >= 0 {
			stop, nx = p+nl, p+nl+1
		}
		raw := strings.TrimRight(string(src[p:stop]), " \r")
		c := runeOffset(raw, col)
		if l := strings.TrimRight(raw[:c], " "); l != "" {
			left = append(left, Block{Kind: BlockParagraph, Line: line + k, Text: l, Span: Span{p, p + len(l)}, Cont: len(left) > 0 || !gap, Caps: isCaps(l)})
		}
		if len(raw) > c {
			r := raw[c:]
			lead := len(r) - len(strings.TrimLeft(r, " "))
			r = r[lead:]
			// (its indent counts from the column: the right cells are the
			// text of the page)
			b := Block{Kind: BlockParagraph, Line: line + k, Indent: lead, Text: r, Span: Span{p + c + lead, p + len(raw)}, Cont: true, Caps: isCaps(r)}
			if m := textBullet(r); m != "" {
				b.Kind, b.Level, b.Text, b.Span.Start, b.Cont = BlockListItem, lead/2, r[len(m):], b.Span.Start+len(m), false
			}
			right = append(right, b)
		}
		p = nx
	}
	return left, right, p
}

// runeOffset is the byte offset of the n-th character of s, or len(s).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}
