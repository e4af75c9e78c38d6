package pdftext

import (
	"strings"

	"github.com/ledongthuc/pdf"
)

// font is what placing a font's glyphs needs: how to split and decode
// codes, and how wide each glyph is.
type font struct {
	enc        pdf.TextEncoding
	twoByte    bool // a composite (Type0) font: two bytes a code
	simple     pdf.Font
	cidWidths  map[int]float64 // composite fonts: W array, 1/1000 em
	defaultW   float64         // composite fonts: DW
	bold, ital bool
}

func loadFont(v pdf.Value) *font {
	pf := pdf.Font{V: v}
	f := &font{simple: pf, enc: pf.Encoder()}
	if f.enc == nil {
		f.enc = latin1{}
	}
	name := strings.ToLower(pf.BaseFont())
	desc := v.Key("FontDescriptor")
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		d := v.Key("DescendantFonts").Index(0)
		f.cidWidths, f.defaultW = cidWidths(d)
		if desc.IsNull() {
			desc = d.Key("FontDescriptor")
		}
		if name == "" {
			name = strings.ToLower(d.Key("BaseFont").Name())
		}
	}
	if i := strings.IndexByte(name, '+'); i >= 0 {
		name = name[i+1:] // a subset's tag: "ABCDEF+Calibri-Bold"
	}
	weight := desc.Key("FontWeight").Float64()
	f.bold = weight >= 600 || containsAny(name, "bold", "black", "heavy", "semibold", "demi") || desc.Key("Flags").Int64()&(1<<18) != 0 ||
		hasAnyPrefix(name, "cmbx", "cmb1", "lmbx", "sfbx") // TeX's bold fonts
	f.ital = desc.Key("ItalicAngle").Float64() != 0 || containsAny(name, "italic", "oblique") || hasAnyPrefix(name, "cmti", "cmsl", "lmti", "sfti")
	return f
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// cidWidths reads a CID font's W array: "c [w1 w2 ...]" or "c1 c2 w".
func cidWidths(d pdf.Value) (map[int]float64, float64) {
	out := map[int]float64{}
	dw := 1000.0
	if v := d.Key("DW"); v.Kind() == pdf.Integer || v.Kind() == pdf.Real {
		dw = v.Float64()
	}
	w := d.Key("W")
	for i := 0; i < w.Len() && len(out) < 65536; {
		first := int(w.Index(i).Int64())
		if i+1 < w.Len() && w.Index(i+1).Kind() == pdf.Array {
			arr := w.Index(i + 1)
			for k := 0; k < arr.Len(); k++ {
				out[first+k] = arr.Index(k).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= w.Len() {
			break
		}
		last, width := int(w.Index(i+1).Int64()), w.Index(i+2).Float64()
		for c := first; c <= last && c-first < 65536; c++ {
			out[c] = width
		}
		i += 3
	}
	return out, dw
}

// codes splits a shown string into the font's codes.
func (f *font) codes(raw string) []string {
	n := 1
	if f.twoByte {
		n = 2
	}
	out := make([]string, 0, len(raw)/n+1)
	for i := 0; i < len(raw); i += n {
		out = append(out, raw[i:min(i+n, len(raw))])
	}
	return out
}

// width is a code's advance in 1/1000 em; 0 when the font does not say.
func (f *font) width(code string) float64 {
	c := 0
	for i := 0; i < len(code); i++ {
		c = c<<8 | int(code[i])
	}
	if f.twoByte {
		if w, ok := f.cidWidths[c]; ok {
			return w
		}
		return f.defaultW
	}
	if w := f.simple.Width(c); w > 0 {
		return w
	}
	if c < 128 && c >= 32 {
		return helvetica[c-32] // the standard fonts give no widths
	}
	return 0
}

// latin1 decodes bytes as Latin-1 when a font gives no encoding.
type latin1 struct{}

func (latin1) Decode(raw string) string {
	r := make([]rune, len(raw))
	for i := 0; i < len(raw); i++ {
		r[i] = rune(raw[i])
	}
	return string(r)
}

// helvetica is Helvetica's advance widths for ASCII 32-127, a stand-in for
// the standard fonts a PDF may use without widths.
var helvetica = [96]float64{
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350,
}
