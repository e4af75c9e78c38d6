package resume

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/resume/docx"
	"github.com/bulletproof-cli/bulletproof/resume/pdftext"
)

// The formats read, for messages about files that are none of them.
const formatsRead = "Word (.docx), PDF, Markdown, plain text or JSON Resume"

// sniffBinary recognises a Word document or a PDF by its first bytes,
// whatever the file is called.
func sniffBinary(data []byte) (Format, bool) {
	head := data[:min(len(data), 1024)] // a PDF's header may follow some junk
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")) || bytes.Contains(head, []byte("%PDF-")) && !isText(data):
		return PDF, true
	case docx.IsDocx(data):
		return Docx, true
	}
	return "", false
}

// isText reports whether data reads as UTF-8 text.
func isText(data []byte) bool { return CheckText(data) == nil }

// binaryKind names other binary formats people save resumes in, with what
// to do about them.
func binaryKind(data []byte) error {
	switch {
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return errors.New("this is an old Word (.doc) file: save it as .docx (Word: File > Save As > Word Document) and try again")
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return zipKind(data)
	case bytes.HasPrefix(data, []byte("{\\rtf")):
		return errors.New("this is an RTF file: save it as .docx and try again")
	case bytes.HasPrefix(data, []byte("\x89PNG")), bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return errors.New("this is an image: a picture of a resume has no text to read; give the " + formatsRead + " file it was made from")
	}
	return nil
}

// zipKind tells OpenDocument and Pages files from other zips.
func zipKind(data []byte) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil // damaged: the plain "binary file" message
	}
	for _, f := range zr.File[:min(len(zr.File), 200)] {
		switch {
		case f.Name == "mimetype" || f.Name == "content.xml":
			return errors.New("this is an OpenDocument file: save it as .docx (File > Save As > Word 2007-365) and try again")
		case strings.HasPrefix(f.Name, "Index/"):
			return errors.New("this is an Apple Pages file: export it as Word (.docx) and try again")
		}
	}
	return errors.New("this is a zip archive, not a resume: give a " + formatsRead + " file")
}

// parseBinary reads a Word document or a PDF into blocks for Interpret.
func parseBinary(format Format, data []byte) (*Document, error) {
	switch format {
	case Docx:
		d, err := docx.Open(data)
		if err != nil {
			return nil, fmt.Errorf("cannot read this Word file: %w", err)
		}
		return Interpret(Docx, docxBlocks(d), data), nil
	case PDF:
		lines, err := pdftext.Lines(data)
		if err != nil {
			return nil, err
		}
		return Interpret(PDF, pdfBlocks(lines), []byte(pdfText(lines))), nil
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

// PlainText is a file's text for use as plain text (an eval var, a
// context): a Word document's paragraphs or a PDF's lines, one a line; a
// text file as it is.
func PlainText(data []byte) (string, error) {
	f, ok := sniffBinary(data)
	switch {
	case ok && f == Docx:
		d, err := docx.Open(data)
		if err != nil {
			return "", fmt.Errorf("cannot read this Word file: %w", err)
		}
		return strings.TrimRight(docxText(d.Paragraphs), "\n"), nil
	case ok && f == PDF:
		lines, err := pdftext.Lines(data)
		if err != nil {
			return "", err
		}
		return strings.TrimRight(pdfText(lines), "\n"), nil
	}
	if err := CheckText(data); err != nil {
		if kind := binaryKind(data); err == ErrBinary && kind != nil {
			return "", kind
		}
		return "", err
	}
	return string(data), nil
}
