package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// pageLines groups a page's glyphs into lines, top to bottom, each read
// left to right.
func pageLines(page int, top float64, gs []glyph, marks []mark) []Line {
	for i := range gs {
		gs[i].y = top - gs[i].y
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y < gs[j].y })
	var rows [][]glyph
	for _, g := range gs {
		if n := len(rows); n > 0 {
			ref := rows[n-1][0]
			if math.Abs(g.y-ref.y) < 0.4*min(g.size, ref.size) {
				rows[n-1] = append(rows[n-1], g)
				continue
			}
		}
		rows = append(rows, []glyph{g})
	}
	var out []Line
	for _, row := range rows {
		sort.SliceStable(row, func(i, j int) bool { return row[i].x < row[j].x })
		l := joinRow(page, row)
		if l.Text == "" {
			continue
		}
		l.Bullet = bulletBefore(l, top, marks)
		out = append(out, l)
	}
	return out
}

// joinRow writes a row's glyphs as text: a gap of a fifth of the font
// size is a space, a gap of two ems a column ("\t").
func joinRow(page int, row []glyph) Line {
	var b strings.Builder
	sizes := map[float64]int{}
	letters, bold, ital := 0, 0, 0
	var prev *glyph
	end := row[0].x
	for i := range row {
		g := &row[i]
		if prev != nil {
			if g.s == prev.s && math.Abs(g.x-prev.x) < 0.1*g.size {
				continue // drawn twice for a heavier look
			}
			gap := g.x - end
			switch {
			case gap > 2*g.size:
				b.WriteString("\t")
			case gap > 0.2*g.size && prev.s != " " && g.s != " ":
				b.WriteString(" ")
			}
		}
		b.WriteString(g.s)
		w := g.w
		if w <= 0 {
			w = 0.5 * g.size
		}
		end = max(end, g.x+w)
		prev = g
		for _, r := range g.s {
			if unicode.IsSpace(r) {
				continue
			}
			sizes[math.Round(g.size*10)/10]++
			if unicode.IsLetter(r) {
				letters++
				if g.bold {
					bold++
				}
				if g.ital {
					ital++
				}
			}
		}
	}
	text := strings.TrimSpace(tidy(b.String()))
	l := Line{Page: page, Text: text, X: row[0].x, Y: row[0].y, End: end}
	if strings.TrimSpace(row[0].s) == "" && len(row) > 1 {
		l.X = row[1].x
	}
	best := 0
	for s, n := range sizes {
		if n > best || n == best && s > l.Size {
			l.Size, best = s, n
		}
	}
	l.Bold = letters > 0 && bold == letters
	l.Italic = letters > 0 && ital == letters
	return l
}

// ligatures are single glyphs that stand for letters.
var ligatures = strings.NewReplacer("\ufb00", "ff", "\ufb01", "fi", "\ufb02", "fl", "\ufb03", "ffi", "\ufb04", "ffl", "\ufb05", "st", "\ufb06", "st")

// tidy spells out ligatures and collapses runs of spaces and the spaces
// around a column gap.
func tidy(s string) string {
	s = ligatures.Replace(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\u00a0' {
			space = true
			continue
		}
		if space && r != '\t' && b.Len() > 0 && !strings.HasSuffix(b.String(), "\t") {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// bulletBefore reports whether a small filled shape sits just left of the
// line's first glyph, level with its text.
func bulletBefore(l Line, top float64, marks []mark) bool {
	for _, m := range marks {
		cy := top - (m.y0+m.y1)/2
		if cy < l.Y-l.Size || cy > l.Y+0.1*l.Size {
			continue
		}
		if gap := l.X - m.x1; gap >= 0 && gap < 3*l.Size {
			return true
		}
	}
	return false
}
