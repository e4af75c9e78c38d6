package docx

import (
	"fmt"
	"strings"
	"unicode"
)

// Document is a Word file's paragraphs in reading order: the page header's
// first, then the body; a text box's paragraphs follow the paragraph that
// anchors it, a table's go cell by cell.
type Document struct {
	Paragraphs []Paragraph

	pkg   *pkg
	parts map[string][]byte // the XML of every part read, for splicing
	twins []Paragraph       // text-box copies in VML fallbacks, kept in step on write
	pairs [][2]int          // (seq of a paragraph, index of its twin)
	seq   int
}

// Paragraph is one paragraph as read.
type Paragraph struct {
	Part    string // the zip entry it sits in: "word/document.xml", "word/header1.xml"
	Text    string // the runs' text joined; tabs as \t, line breaks as \n
	StyleID string
	Style   string // the style's display name: "heading 1", "List Bullet"
	Heading int    // 1-9 from a heading style or an outline level; 0 for body text
	Title   bool   // the Title style
	List    string // NoList, BulletList or OrderedList (from numbering)
	Level   int    // list level, 0 the first
	// Whole-paragraph formatting: every letter is bold, italic, capitals
	// (typed or by the caps property).
	Bold, Italic, Caps bool
	Size               float64 // points, of most of the text
	Color              string  // hex color of all the text; "" when automatic or mixed
	Cell               *Cell   // the table cell it sits in, innermost table
	TextBox            bool
	Links              []string // hyperlink targets in it

	pieces []piece
	runs   []run
	span   [2]int // the w:p element's bytes in its part
	twin   int    // index into Document.twins, or -1
	seq    int    // order of closing, to pair twins
}

// Cell locates a paragraph in a table; tables are numbered in document
// order, rows and columns from 0.
type Cell struct{ Table, Row, Col int }

// piece is one visible piece of a paragraph's text.
type piece struct {
	text   string
	elem   [2]int // the element's bytes
	body   [2]int // a w:t's content bytes
	run    int    // index into Paragraph.runs
	isText bool   // a w:t, which can take new text (not a tab or break)
}

// run is a w:r holding pieces.
type run struct {
	span   [2]int
	rPr    []byte // the raw w:rPr element, copied into new runs
	format runFormat
	outer  *[2]int // outermost inline container (hyperlink, field...), else nil
	linked bool    // inside a hyperlink or a field result
	other  bool    // holds more than text, tabs and breaks
}

// Open reads a .docx. Errors wrap ErrNotDocx, ErrCorrupt, ErrTooLarge or
// ErrEncrypted.
func Open(data []byte) (*Document, error) {
	p, err := openPkg(data)
	if err != nil {
		return nil, err
	}
	d := &Document{pkg: p, parts: map[string][]byte{}}
	st, lst, err := d.readDefinitions()
	if err != nil {
		return nil, err
	}
	for _, name := range append(append([]string(nil), p.headers...), p.main) {
		xmlData, err := p.read(name)
		if err != nil {
			return nil, err
		}
		d.parts[name] = xmlData
		w := &walker{doc: d, part: name, data: xmlData, styles: st, lists: lst}
		if err := w.walk(); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, name, err)
		}
	}
	d.linkTwins()
	return d, nil
}

func (d *Document) readDefinitions() (*styles, *lists, error) {
	load := func(relType string) ([]byte, error) {
		if name := d.pkg.part(relType); name != "" {
			return d.pkg.read(name)
		}
		return nil, nil
	}
	sData, err := load(relStyles)
	if err != nil {
		return nil, nil, err
	}
	st, err := parseStyles(sData)
	if err != nil {
		return nil, nil, err
	}
	nData, err := load(relNumbering)
	if err != nil {
		return nil, nil, err
	}
	lst, err := parseNumbering(nData)
	return st, lst, err
}

// XML is paragraph i's XML as it stands in its part.
func (d *Document) XML(i int) []byte {
	p := d.Paragraphs[i]
	return d.parts[p.Part][p.span[0]:p.span[1]]
}

// linkTwins points each text-box paragraph at its fallback copy when the
// two read the same.
func (d *Document) linkTwins() {
	bySeq := map[int]int{}
	for i, p := range d.Paragraphs {
		bySeq[p.seq] = i
	}
	for _, pr := range d.pairs {
		i, ok := bySeq[pr[0]]
		if ok && d.Paragraphs[i].Text == d.twins[pr[1]].Text {
			d.Paragraphs[i].twin = pr[1]
		}
	}
}

// summarize sets the whole-paragraph formatting from the runs.
func (p *Paragraph) summarize() {
	var letters, bold, italic, capital, colored int
	color := ""
	sizes := map[int]int{}
	var b strings.Builder
	for _, pc := range p.pieces {
		b.WriteString(pc.text)
		f := p.runs[pc.run].format
		for _, r := range pc.text {
			if unicode.IsSpace(r) {
				continue
			}
			sizes[f.HalfPoints]++
			if !unicode.IsLetter(r) {
				continue
			}
			letters++
			if f.Bold {
				bold++
			}
			if f.Italic {
				italic++
			}
			if f.Caps || !unicode.IsLower(r) {
				capital++
			}
			if f.Color != "" && (color == "" || color == f.Color) {
				color = f.Color
				colored++
			}
		}
	}
	p.Text = b.String()
	all := func(n int) bool { return letters > 0 && n == letters }
	p.Bold, p.Italic, p.Caps = all(bold), all(italic), all(capital)
	if all(colored) {
		p.Color = color
	}
	best, most := 0, -1
	for hp, n := range sizes {
		if n > most || n == most && hp > best {
			best, most = hp, n
		}
	}
	p.Size = float64(best) / 2
}
