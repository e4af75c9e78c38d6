package resume

import (
	"testing"

	"github.com/bulletproof-cli/bulletproof/resume/docx"
)

// BenchmarkParseDocx reads a Word-made resume (38 KB) into a Document.
func BenchmarkParseDocx(b *testing.B) {
	data := readFile(&testing.T{}, "testdata/office/word-caps.docx")
	for b.Loop() {
		if _, err := Parse(Docx, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParsePDF reads a Chromium-printed one-page resume (49 KB).
func BenchmarkParsePDF(b *testing.B) {
	data := readFile(&testing.T{}, "testdata/office/chromium.pdf")
	for b.Loop() {
		if _, err := Parse(PDF, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRewriteDocx writes three rewritten bullets into the .docx
// (opening it, splicing the runs, zipping, reading the result back).
func BenchmarkRewriteDocx(b *testing.B) {
	data := readFile(&testing.T{}, "testdata/office/word-caps.docx")
	d, err := docx.Open(data)
	if err != nil {
		b.Fatal(err)
	}
	texts := map[int]string{}
	for i, p := range d.Paragraphs {
		if p.List != docx.NoList && len(texts) < 3 {
			texts[i] = "Drove " + p.Text
		}
	}
	for b.Loop() {
		if _, err := d.Rewrite(texts); err != nil {
			b.Fatal(err)
		}
	}
}
