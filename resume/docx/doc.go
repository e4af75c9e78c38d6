// Package docx reads the paragraphs of a Word (.docx) file and rewrites the
// text of chosen paragraphs in place. It knows OOXML, not resumes: it reports
// each paragraph's text, style, list numbering, run formatting and table
// cell, and package resume turns those into a Document.
//
// It works on the raw XML (encoding/xml over archive/zip) rather than a
// document model, because writing must change only the rewritten
// paragraphs' text: every other byte of word/document.xml and every other
// entry of the package stays exactly as it was. It does no I/O: Open takes
// bytes and Rewrite returns them.
package docx

import "errors"

// Bounds on untrusted input. A resume is a few pages: these are generous.
const (
	MaxFileSize  = 50 << 20 // the .docx itself
	MaxEntries   = 5000     // zip entries
	MaxPartSize  = 16 << 20 // one decompressed XML part that is read
	MaxTotalRead = 48 << 20 // all decompressed XML parts read together
	MaxDepth     = 256      // XML element nesting
	MaxParas     = 50000    // paragraphs in the document
)

// Errors for input that is not a readable Word document.
var (
	ErrNotDocx   = errors.New("not a Word document: no word/document.xml inside")
	ErrTooLarge  = errors.New("the Word document is too large (or a zip bomb)")
	ErrCorrupt   = errors.New("the Word document is damaged")
	ErrEncrypted = errors.New("the Word document is password-protected: save a copy without a password")
)
