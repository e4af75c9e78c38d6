package pdftext

import (
	"math"

	"github.com/ledongthuc/pdf"
)

// matrix is an affine transform [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul is m then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2], m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2], m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4], m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translate(x, y float64) matrix { return matrix{1, 0, 0, 1, x, y} }

type gstate struct {
	ctm                     matrix
	charSp, wordSp, scale   float64
	leading, rise, fontSize float64
	font                    *font
}

// mark is a small filled shape: a bullet drawn rather than typed.
type mark struct{ x0, y0, x1, y1 float64 }

// interp runs a page's content streams, collecting glyphs in device
// space (points, y up) and small filled shapes.
type interp struct {
	glyphs []glyph
	marks  []mark
	depth  int
	budget int // operators left, against runaway streams
	path   struct {
		x0, y0, x1, y1 float64
		open           bool
	}
}

const maxOps = 2_000_000

func (in *interp) run(strm, resources pdf.Value, g gstate) {
	if in.depth > 8 {
		return
	}
	in.depth++
	defer func() { in.depth-- }()
	var stack []gstate
	fonts := map[string]*font{} // by resource name, which this stream's resources fix
	tm, tlm := identity, identity
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := make([]pdf.Value, stk.Len())
		for i := len(args) - 1; i >= 0; i-- {
			args[i] = stk.Pop()
		}
		if in.budget--; in.budget < 0 {
			return
		}
		num := func(i int) float64 {
			if i < len(args) {
				return args[i].Float64()
			}
			return 0
		}
		switch op {
		case "q":
			if len(stack) < 64 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				g.ctm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tc":
			g.charSp = num(0)
		case "Tw":
			g.wordSp = num(0)
		case "Tz":
			g.scale = num(0) / 100
		case "TL":
			g.leading = num(0)
		case "Ts":
			g.rise = num(0)
		case "Tf":
			if len(args) == 2 {
				name := args[0].Name()
				if fonts[name] == nil && len(fonts) < 256 {
					fonts[name] = loadFont(resources.Key("Font").Key(name))
				}
				g.font = fonts[name]
				g.fontSize = num(1)
			}
		case "Td", "TD":
			if op == "TD" {
				g.leading = -num(1)
			}
			tlm = translate(num(0), num(1)).mul(tlm)
			tm = tlm
		case "Tm":
			if len(args) == 6 {
				tlm = matrix{num(0), num(1), num(2), num(3), num(4), num(5)}
				tm = tlm
			}
		case "T*":
			tlm = translate(0, -g.leading).mul(tlm)
			tm = tlm
		case "Tj", "'", "\"":
			if op != "Tj" {
				if op == "\"" && len(args) == 3 {
					g.wordSp, g.charSp = num(0), num(1)
				}
				tlm = translate(0, -g.leading).mul(tlm)
				tm = tlm
			}
			if len(args) > 0 {
				in.show(&g, &tm, args[len(args)-1].RawString())
			}
		case "TJ":
			if len(args) == 1 {
				a := args[0]
				for i := 0; i < a.Len(); i++ {
					if x := a.Index(i); x.Kind() == pdf.String {
						in.show(&g, &tm, x.RawString())
					} else {
						tm = translate(-x.Float64()/1000*g.fontSize*g.scale, 0).mul(tm)
					}
				}
			}
		case "Do":
			if len(args) == 1 {
				x := resources.Key("XObject").Key(args[0].Name())
				if x.Key("Subtype").Name() == "Form" {
					sub := g
					if m := x.Key("Matrix"); m.Len() == 6 {
						sub.ctm = matrix{m.Index(0).Float64(), m.Index(1).Float64(), m.Index(2).Float64(), m.Index(3).Float64(), m.Index(4).Float64(), m.Index(5).Float64()}.mul(g.ctm)
					}
					res := x.Key("Resources")
					if res.IsNull() {
						res = resources
					}
					in.run(x, res, sub)
				}
			}
		case "m", "l":
			in.extend(g.ctm, num(0), num(1))
		case "c":
			in.extend(g.ctm, num(4), num(5))
			in.extend(g.ctm, num(0), num(1))
			in.extend(g.ctm, num(2), num(3))
		case "v", "y":
			in.extend(g.ctm, num(2), num(3))
		case "re":
			in.extend(g.ctm, num(0), num(1))
			in.extend(g.ctm, num(0)+num(2), num(1)+num(3))
		case "f", "F", "f*", "B", "B*", "b", "b*":
			in.fill()
		case "n", "S", "s":
			in.path.open = false
		}
	})
}

// show places each glyph of a shown string and advances the text matrix.
func (in *interp) show(g *gstate, tm *matrix, raw string) {
	f := g.font
	if f == nil || len(in.glyphs) > MaxGlyphs {
		return
	}
	for _, code := range f.codes(raw) {
		w0 := f.width(code)
		trm := matrix{g.fontSize * g.scale, 0, 0, g.fontSize, 0, g.rise}.mul(*tm).mul(g.ctm)
		size := math.Hypot(trm[2], trm[3])
		if s := f.enc.Decode(code); s != "" && size > 0 {
			in.glyphs = append(in.glyphs, glyph{
				s: s, x: trm[4], y: trm[5], w: w0 / 1000 * math.Hypot(trm[0], trm[1]),
				size: size, bold: f.bold, ital: f.ital,
			})
		}
		tx := w0/1000*g.fontSize + g.charSp
		if len(code) == 1 && code[0] == ' ' {
			tx += g.wordSp
		}
		*tm = translate(tx*g.scale, 0).mul(*tm)
	}
}

func (in *interp) extend(ctm matrix, x, y float64) {
	dx, dy := x*ctm[0]+y*ctm[2]+ctm[4], x*ctm[1]+y*ctm[3]+ctm[5]
	p := &in.path
	if !p.open {
		p.x0, p.y0, p.x1, p.y1, p.open = dx, dy, dx, dy, true
		return
	}
	p.x0, p.y0 = min(p.x0, dx), min(p.y0, dy)
	p.x1, p.y1 = max(p.x1, dx), max(p.y1, dy)
}

// fill keeps a filled path small enough to be a bullet: a dot or square a
// few points across.
func (in *interp) fill() {
	p := &in.path
	if p.open {
		w, h := p.x1-p.x0, p.y1-p.y0
		if w > 1 && h > 1 && w < 9 && h < 9 && w/h < 2.5 && h/w < 2.5 && len(in.marks) < 10000 {
			in.marks = append(in.marks, mark{p.x0, p.y0, p.x1, p.y1})
		}
	}
	p.open = false
}
