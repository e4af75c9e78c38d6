// Package pdftext reads the text of a PDF as lines with their position and
// font (size, bold, italic), in reading order, so that a resume's bullets
// and headings can be told from the layout. It is pure Go (over
// github.com/ledongthuc/pdf), so the binary stays static; it knows PDF, not
// resumes. It does no I/O: it takes bytes.
package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// Bounds on untrusted input.
const (
	MaxFileSize = 20 << 20
	MaxPages    = 30
	MaxGlyphs   = 400000
	Timeout     = 20 * time.Second
)

// Errors for PDFs that give no text.
var (
	ErrNoText    = errors.New("this PDF has no text layer (a scan or an image): export it again from the program that made it, or save it as .docx")
	ErrEncrypted = errors.New("this PDF is password-protected: save a copy without a password")
	ErrCorrupt   = errors.New("this PDF cannot be read: export it again, or give the Word file it came from")
	ErrTooLarge  = errors.New("this PDF is too large for a resume")
	ErrTimeout   = errors.New("reading this PDF took too long")
)

// Line is one line of text on a page.
type Line struct {
	Page int
	Text string // column gaps within the line are "\t"
	// X is where the line starts, from the page's left edge; Y its
	// baseline, from the page's top; End an estimate of where it ends.
	X, Y, End float64
	Size      float64 // font size (points) of most of the line
	Bold      bool    // every letter in a bold font
	Italic    bool
	Bullet    bool // a bullet is drawn (not typed) just left of the line
}

// glyph is one character as the PDF placed it.
type glyph struct {
	s          string
	x, y, w    float64
	size       float64
	bold, ital bool
}

// Lines extracts a PDF's lines, page by page, top to bottom.
func Lines(data []byte) ([]Line, error) {
	if len(data) > MaxFileSize {
		return nil, ErrTooLarge
	}
	type result struct {
		lines []Line
		err   error
	}
	done := make(chan result, 1)
	go func() {
		l, err := extract(data)
		done <- result{l, err}
	}()
	select {
	case r := <-done:
		return r.lines, r.err
	case <-time.After(Timeout):
		// the reader has no way to stop; its goroutine is left to finish
		return nil, ErrTimeout
	}
}

func extract(data []byte) (lines []Line, err error) {
	defer func() {
		// the PDF reader panics on some malformed files
		if r := recover(); r != nil {
			lines, err = nil, fmt.Errorf("%w (%s)", ErrCorrupt, printable(fmt.Sprint(r)))
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		if strings.Contains(err.Error(), "encrypt") || strings.Contains(err.Error(), "password") {
			return nil, ErrEncrypted
		}
		return nil, fmt.Errorf("%w (%s)", ErrCorrupt, printable(err.Error()))
	}
	n := r.NumPage()
	if n > MaxPages {
		return nil, ErrTooLarge
	}
	total := 0
	for i := 1; i <= n; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		in := &interp{budget: maxOps}
		in.run(p.V.Key("Contents"), p.Resources(), gstate{ctm: identity, scale: 1})
		if total += len(in.glyphs); total > MaxGlyphs {
			return nil, ErrTooLarge
		}
		lines = append(lines, pageLines(i, pageTop(p), in.glyphs, in.marks)...)
	}
	if !hasText(lines) {
		return nil, ErrNoText
	}
	return lines, nil
}

// pageTop is the top of the page's media box, which a page may inherit.
func pageTop(p pdf.Page) float64 {
	v := p.V
	for range 32 {
		if box := v.Key("MediaBox"); box.Kind() == pdf.Array && box.Len() == 4 {
			return box.Index(3).Float64()
		}
		if v = v.Key("Parent"); v.Kind() != pdf.Dict {
			break
		}
	}
	return 792 // US Letter
}

func hasText(lines []Line) bool {
	letters := 0
	for _, l := range lines {
		for _, r := range l.Text {
			if unicode.IsLetter(r) {
				letters++
			}
		}
	}
	return letters >= 20
}

// printable keeps the readable start of a reader's message (some quote
// the file's bytes).
func printable(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == utf8.RuneError || !unicode.IsPrint(r) || b.Len() > 80 {
			break
		}
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), " :")
}
