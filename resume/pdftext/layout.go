package pdftext

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// cell is a stretch of a row with no wide gap in it.
type cell struct {
	gs     []glyph
	x0, x1 float64
}

// row is glyphs on one baseline, cut into cells at wide gaps.
type row struct {
	y     float64
	cells []cell
}

// pageLines groups a page's glyphs into lines in reading order: rows top
// to bottom; where a block of rows has two columns side by side (a header
// with the contact details at the right, a sidebar), the left column's
// rows come before the right's.
func pageLines(page int, top float64, gs []glyph, marks []mark) []Line {
	for i := range gs {
		gs[i].y = top - gs[i].y
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y < gs[j].y })
	var rows []row
	var cur []glyph
	flush := func() {
		if len(cur) > 0 {
			rows = append(rows, cutRow(cur))
		}
	}
	for _, g := range gs {
		if len(cur) > 0 && math.Abs(g.y-cur[0].y) >= 0.4*min(g.size, cur[0].size) {
			flush()
			cur = nil
		}
		cur = append(cur, g)
	}
	flush()
	var out []Line
	for _, band := range bands(rows) {
		for _, r := range columns(band, 0) {
			l := lineOf(page, r)
			if l.Text == "" {
				continue
			}
			l.Bullet = l.Bullet || bulletBefore(l, top, marks)
			out = append(out, l)
		}
	}
	return out
}

// cutRow sorts a row's glyphs left to right and cuts it where the gap is
// two ems or more.
func cutRow(gs []glyph) row {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x < gs[j].x })
	r := row{y: gs[0].y}
	var c cell
	for i, g := range gs {
		if i > 0 && g.x-c.x1 > 2*g.size && strings.TrimSpace(g.s) != "" {
			r.cells = append(r.cells, c)
			c = cell{}
		}
		if len(c.gs) == 0 {
			c.x0 = g.x
		}
		c.gs = append(c.gs, g)
		w := g.w
		if w <= 0 {
			w = 0.5 * g.size
		}
		c.x1 = max(c.x1, g.x+w)
	}
	r.cells = append(r.cells, c)
	return r
}

// bands cuts a page's rows where the space between two rows is well over
// the usual line spacing.
func bands(rows []row) [][]row {
	if len(rows) == 0 {
		return nil
	}
	gaps := make([]float64, 0, len(rows))
	for i := 1; i < len(rows); i++ {
		gaps = append(gaps, rows[i].y-rows[i-1].y)
	}
	sort.Float64s(gaps)
	usual := 12.0
	if len(gaps) > 0 {
		usual = gaps[len(gaps)/2]
	}
	var out [][]row
	start := 0
	for i := 1; i <= len(rows); i++ {
		if i == len(rows) || rows[i].y-rows[i-1].y > 1.6*usual {
			out = append(out, rows[start:i])
			start = i
		}
	}
	return out
}

// columns orders a band's rows: when a clear vertical strip separates its
// cells and some rows have cells on one side only, the rows' left parts
// come first, then their right parts; otherwise row by row.
func columns(band []row, depth int) []row {
	if len(band) < 2 || depth > 3 {
		return band
	}
	type span struct{ x0, x1 float64 }
	var spans []span
	size := 0.0
	for _, r := range band {
		for _, c := range r.cells {
			spans = append(spans, span{c.x0, c.x1})
			size = max(size, c.gs[0].size)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].x0 < spans[j].x0 })
	best, at := 0.0, 0.0
	reach := spans[0].x1
	for _, s := range spans[1:] {
		if gap := s.x0 - reach; gap > best {
			best, at = gap, reach
		}
		reach = max(reach, s.x1)
	}
	if best < 2.5*size {
		return band
	}
	var left, right []row
	oneSided := false
	for _, r := range band {
		var l, rt row
		l.y, rt.y = r.y, r.y
		for _, c := range r.cells {
			if c.x1 <= at {
				l.cells = append(l.cells, c)
			} else {
				rt.cells = append(rt.cells, c)
			}
		}
		if len(l.cells) == 0 || len(rt.cells) == 0 {
			oneSided = true
		}
		if len(l.cells) > 0 {
			left = append(left, l)
		}
		if len(rt.cells) > 0 {
			right = append(right, rt)
		}
	}
	if !oneSided || len(left) == 0 || len(right) == 0 {
		return band // a table: each row reads across
	}
	return append(columns(left, depth+1), columns(right, depth+1)...)
}

// lineOf writes a row's cells as a line: a gap of a fifth of the font size
// is a space, a gap between cells a column ("\t").
func lineOf(page int, r row) Line {
	var b strings.Builder
	sizes := map[float64]int{}
	letters, bold, ital := 0, 0, 0
	for k, c := range r.cells {
		if k > 0 {
			b.WriteString("\t")
		}
		var prev *glyph
		end := c.x0
		for i := range c.gs {
			g := &c.gs[i]
			if prev != nil {
				if g.s == prev.s && math.Abs(g.x-prev.x) < 0.1*g.size {
					continue // drawn twice for a heavier look
				}
				if g.x-end > 0.2*g.size && prev.s != " " && g.s != " " {
					b.WriteString(" ")
				}
			}
			b.WriteString(strings.Map(dropControl, g.s))
			w := g.w
			if w <= 0 {
				w = 0.5 * g.size
			}
			end = max(end, g.x+w)
			prev = g
			for _, ch := range g.s {
				if unicode.IsSpace(ch) {
					continue
				}
				sizes[math.Round(g.size*10)/10]++
				if unicode.IsLetter(ch) {
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
	}
	first := r.cells[0]
	l := Line{Page: page, Text: strings.TrimSpace(tidy(b.String())), X: first.x0, Y: r.y, End: r.cells[len(r.cells)-1].x1}
	for _, g := range first.gs {
		if strings.TrimSpace(g.s) != "" {
			l.X = g.x
			break
		}
	}
	// A symbol with no text meaning (a bullet in a symbol font the PDF
	// gives no Unicode for, or a private-use dot) before the text is a
	// bullet: the line's text starts after it.
	if sym, rest := leadingSymbol(first.gs); sym {
		l.Bullet = true
		l.Text = strings.TrimSpace(tidy(strings.TrimLeftFunc(l.Text, isSymbol)))
		if rest >= 0 {
			l.X = first.gs[rest].x
		}
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

// isSymbol is a character that is no text: a control code or private use
// (what symbol fonts without a Unicode map decode to), or the replacement
// character.
func isSymbol(r rune) bool {
	return unicode.Is(unicode.Co, r) || r == '\ufffd' || unicode.IsControl(r) && r != '\t'
}

func dropControl(r rune) rune {
	if unicode.IsControl(r) && r != '\t' {
		return -1
	}
	return r
}

// leadingSymbol reports whether a cell starts with symbol glyphs and then
// text, and where that text starts.
func leadingSymbol(gs []glyph) (bool, int) {
	seen := false
	for i, g := range gs {
		t := strings.TrimSpace(g.s)
		switch {
		case t == "":
		case strings.IndexFunc(t, func(r rune) bool { return !isSymbol(r) }) < 0:
			seen = true
		default:
			if seen {
				return true, i
			}
			return false, -1
		}
	}
	return false, -1
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
