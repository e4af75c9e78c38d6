package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

const (
	nsW  = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsMC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsR  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	// Word's "Strict Open XML" saves use these instead.
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsRStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships"
)

func isW(space string) bool { return space == nsW || space == nsWStrict }

// walker reads one part's paragraphs from its tokens, keeping the byte
// offset of everything it may later edit.
type walker struct {
	doc    *Document
	part   string
	data   []byte
	styles *styles
	lists  *lists

	dec      *xml.Decoder
	depth    int        // element nesting, bounded by MaxDepth
	paras    []*builder // open paragraphs; more than one inside text boxes
	tables   []Cell     // open tables, innermost last
	tableN   int
	fields   []*field // open complex fields
	alts     []*alt   // open mc:AlternateContent
	fallback int      // depth inside mc:Fallback
	textBox  int      // depth inside w:txbxContent
	deleted  int      // depth inside deleted or moved-away text
}

type builder struct {
	Paragraph
	fallback bool
	inline   []*[2]int // open inline containers, outermost first
	run      *run      // the open run, the last of runs
	fieldEnd *[2]int   // a field whose end is in the open run
	nested   []Paragraph
	pPr      paraProps
}

type field struct {
	result bool // past fldChar separate: the field's visible text
	span   *[2]int
	instr  strings.Builder
}

type alt struct {
	choice     []int // seq of the choice's text-box paragraphs
	fallback   []int // their copies: indexes into Document.twins
	inFallback bool
}

func (w *walker) walk() error {
	w.dec = xml.NewDecoder(bytes.NewReader(w.data))
	for {
		start := int(w.dec.InputOffset())
		tok, err := w.dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if w.depth++; w.depth > MaxDepth {
				return fmt.Errorf("XML nested deeper than %d", MaxDepth)
			}
			if err := w.open(t, start); err != nil {
				return err
			}
		case xml.EndElement:
			w.depth--
			w.close(t, int(w.dec.InputOffset()))
		}
		if len(w.doc.Paragraphs) > MaxParas {
			return ErrTooLarge
		}
	}
}

// decode and skip consume the element just opened, which then closes
// without the walker seeing its end.
func (w *walker) decode(v any, t *xml.StartElement) error {
	w.depth--
	return w.dec.DecodeElement(v, t)
}

func (w *walker) skip() error {
	w.depth--
	return w.dec.Skip()
}

func (w *walker) top() *builder {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

// here reports whether text now belongs to the open paragraph: not
// deleted, and not a fallback copy of content the choice already gave.
func (w *walker) here() *builder {
	b := w.top()
	if b == nil || w.deleted > 0 || b.fallback != (w.fallback > 0) {
		return nil
	}
	return b
}

func (w *walker) open(t xml.StartElement, start int) error {
	if t.Name.Space == nsMC {
		switch t.Name.Local {
		case "AlternateContent":
			w.alts = append(w.alts, &alt{})
		case "Fallback":
			w.fallback++
			if len(w.alts) > 0 {
				w.alts[len(w.alts)-1].inFallback = true
			}
		}
		return nil
	}
	if !isW(t.Name.Space) {
		return nil
	}
	b := w.top()
	switch t.Name.Local {
	case "p":
		nb := &builder{fallback: w.fallback > 0}
		nb.Part, nb.span[0], nb.twin = w.part, start, -1
		nb.TextBox = w.textBox > 0
		if n := len(w.tables); n > 0 {
			c := w.tables[n-1]
			nb.Cell = &c
		}
		w.paras = append(w.paras, nb)
	case "pPr":
		if b != nil && b.run == nil {
			return w.decode(&b.pPr, &t)
		}
	case "tbl":
		w.tables = append(w.tables, Cell{Table: w.tableN, Row: -1, Col: -1})
		w.tableN++
	case "tr":
		if n := len(w.tables); n > 0 {
			w.tables[n-1].Row++
			w.tables[n-1].Col = -1
		}
	case "tc":
		if n := len(w.tables); n > 0 {
			w.tables[n-1].Col++
		}
	case "txbxContent":
		w.textBox++
	case "del", "moveFrom":
		w.deleted++
	case "hyperlink", "smartTag", "sdt", "fldSimple", "ins", "moveTo", "customXml", "dir", "bdo":
		if b != nil && b.run == nil {
			b.inline = append(b.inline, &[2]int{start, -1})
			if t.Name.Local == "hyperlink" {
				w.link(b, t)
			}
		}
	case "r":
		if b != nil && b.run == nil {
			b.runs = append(b.runs, run{span: [2]int{start, -1}})
			b.run = &b.runs[len(b.runs)-1]
			if len(b.inline) > 0 {
				b.run.outer = b.inline[0]
				b.run.linked = true
			} else if f := w.openField(); f != nil && f.result {
				b.run.outer, b.run.linked = f.span, true
			}
			b.run.format = w.styles.resolve(w.paraStyle(b), nil)
		}
	case "rPr":
		if b != nil && b.run != nil {
			var rp runProps
			if err := w.decode(&rp, &t); err != nil {
				return err
			}
			b.run.rPr = w.data[start:w.dec.InputOffset()]
			b.run.format = w.styles.resolve(w.paraStyle(b), &rp)
		}
	case "t":
		return w.text(t, start)
	case "tab", "ptab":
		w.fixed(start, "\t")
	case "br", "cr":
		w.fixed(start, "\n")
	case "noBreakHyphen":
		w.fixed(start, "-")
	case "fldChar":
		w.fieldChar(t, start)
	case "instrText":
		if f := w.openField(); f != nil && w.here() != nil {
			var s string
			if err := w.decode(&s, &t); err != nil {
				return err
			}
			f.instr.WriteString(s)
		}
	case "softHyphen", "lastRenderedPageBreak", "rPrChange", "proofErr", "bookmarkStart", "bookmarkEnd":
	default:
		if b != nil && b.run != nil {
			b.run.other = true
		}
	}
	return nil
}

func (w *walker) close(t xml.EndElement, end int) {
	if t.Name.Space == nsMC {
		switch t.Name.Local {
		case "AlternateContent":
			if n := len(w.alts); n > 0 {
				w.pairTwins(w.alts[n-1])
				w.alts = w.alts[:n-1]
			}
		case "Fallback":
			w.fallback--
			if len(w.alts) > 0 {
				w.alts[len(w.alts)-1].inFallback = false
			}
		}
		return
	}
	if !isW(t.Name.Space) {
		return
	}
	b := w.top()
	switch t.Name.Local {
	case "p":
		if b != nil {
			b.span[1] = end
			w.paras = w.paras[:len(w.paras)-1]
			w.finish(b)
		}
	case "tbl":
		if n := len(w.tables); n > 0 {
			w.tables = w.tables[:n-1]
		}
	case "txbxContent":
		w.textBox--
	case "del", "moveFrom":
		w.deleted--
	case "hyperlink", "smartTag", "sdt", "fldSimple", "ins", "moveTo", "customXml", "dir", "bdo":
		if b != nil && b.run == nil && len(b.inline) > 0 {
			b.inline[len(b.inline)-1][1] = end
			b.inline = b.inline[:len(b.inline)-1]
		}
	case "r":
		if b != nil && b.run != nil {
			b.run.span[1] = end
			if b.fieldEnd != nil {
				b.fieldEnd[1] = end
				b.fieldEnd = nil
			}
			b.run = nil
		}
	}
}

func (w *walker) paraStyle(b *builder) string {
	if b.pPr.Style != nil {
		return b.pPr.Style.Val
	}
	return w.styles.defPara
}

// text reads a w:t: its content bytes are what a rewrite replaces.
func (w *walker) text(t xml.StartElement, start int) error {
	b := w.here()
	if b == nil || b.run == nil || b.run.format.Hidden || w.inInstruction() {
		return w.skip()
	}
	bodyStart := int(w.dec.InputOffset())
	var s strings.Builder
	bodyEnd := bodyStart
	for {
		off := int(w.dec.InputOffset())
		tok, err := w.dec.Token()
		if err != nil {
			return err
		}
		switch v := tok.(type) {
		case xml.CharData:
			s.Write(v)
		case xml.StartElement:
			if err := w.dec.Skip(); err != nil {
				return err
			}
		case xml.EndElement:
			bodyEnd = off
			w.depth--
			w.addPiece(b, piece{text: s.String(), elem: [2]int{start, int(w.dec.InputOffset())}, body: [2]int{bodyStart, bodyEnd}, isText: true})
			return nil
		}
	}
}

// fixed records a tab, break or hyphen: part of the text, not rewritable.
func (w *walker) fixed(start int, text string) {
	b := w.here()
	if b == nil || b.run == nil || b.run.format.Hidden || w.inInstruction() {
		return
	}
	_ = w.skip()
	w.addPiece(b, piece{text: text, elem: [2]int{start, int(w.dec.InputOffset())}})
}

func (w *walker) addPiece(b *builder, pc piece) {
	pc.run = len(b.runs) - 1
	b.pieces = append(b.pieces, pc)
}

func (w *walker) openField() *field {
	if n := len(w.fields); n > 0 {
		return w.fields[n-1]
	}
	return nil
}

func (w *walker) inInstruction() bool {
	f := w.openField()
	return f != nil && !f.result
}

func (w *walker) fieldChar(t xml.StartElement, start int) {
	b := w.top()
	if b != nil && b.run != nil {
		b.run.other = true
	}
	switch attr(t, "fldCharType") {
	case "begin":
		from := start
		if b != nil && b.run != nil {
			from = b.run.span[0]
		}
		w.fields = append(w.fields, &field{span: &[2]int{from, -1}})
	case "separate":
		if f := w.openField(); f != nil {
			f.result = true
			if b != nil {
				w.fieldLink(b, f.instr.String())
			}
		}
	case "end":
		if f := w.openField(); f != nil {
			f.span[1] = start
			if b != nil && b.run != nil {
				b.fieldEnd = f.span // the field ends with this run
			}
			w.fields = w.fields[:len(w.fields)-1]
		}
	}
}

var hyperlinkField = regexp.MustCompile(`^\s*HYPERLINK\s+"([^"]+)"`)

func (w *walker) fieldLink(b *builder, instr string) {
	if m := hyperlinkField.FindStringSubmatch(instr); m != nil {
		b.Links = append(b.Links, m[1])
	}
}

func (w *walker) link(b *builder, t xml.StartElement) {
	for _, a := range t.Attr {
		if (a.Name.Space == nsR || a.Name.Space == nsRStrict) && a.Name.Local == "id" {
			if r, ok := w.doc.pkg.rels[a.Value]; ok && strings.HasSuffix(r.Type, relHyperlink) {
				b.Links = append(b.Links, r.Target)
			}
		}
	}
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// finish resolves a closed paragraph's style and places it in reading
// order.
func (w *walker) finish(b *builder) {
	p := b.Paragraph
	id := w.paraStyle(b)
	p.StyleID, p.Style = id, w.styles.name(id)
	p.Heading = w.styles.headingLevel(id, b.pPr.Outline)
	p.Title = w.styles.isTitle(id)
	numID, level := w.styles.numbering(id, b.pPr.Num)
	if p.List = w.lists.kind(numID, level); p.List != NoList {
		p.Level = level
	}
	p.summarize()
	if b.fallback {
		w.doc.twins = append(w.doc.twins, p)
		if a := w.innerAlt(); a != nil && a.inFallback {
			a.fallback = append(a.fallback, len(w.doc.twins)-1)
		}
		return
	}
	w.doc.seq++
	p.seq = w.doc.seq
	if a := w.innerAlt(); a != nil && p.TextBox {
		a.choice = append(a.choice, p.seq)
	}
	if parent := w.top(); parent != nil {
		parent.nested = append(parent.nested, p)
		parent.nested = append(parent.nested, b.nested...)
		return
	}
	w.doc.Paragraphs = append(w.doc.Paragraphs, p)
	w.doc.Paragraphs = append(w.doc.Paragraphs, b.nested...)
}

func (w *walker) innerAlt() *alt {
	if n := len(w.alts); n > 0 {
		return w.alts[n-1]
	}
	return nil
}

// pairTwins links each text-box paragraph of a choice to its copy in the
// fallback, when both hold the same text, so a rewrite changes both.
func (w *walker) pairTwins(a *alt) {
	if len(a.choice) == len(a.fallback) {
		for i, seq := range a.choice {
			w.doc.pairs = append(w.doc.pairs, [2]int{seq, a.fallback[i]})
		}
	}
}
