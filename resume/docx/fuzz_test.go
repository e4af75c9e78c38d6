package docx

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpen: no input makes Open or Rewrite panic.
func FuzzOpen(f *testing.F) {
	if data, err := os.ReadFile(filepath.Join("..", "testdata", "office", "libreoffice-html.docx")); err == nil {
		f.Add(data)
	}
	f.Add(makeDocx(f, `<w:p><w:r><w:t>Built a pipeline</w:t></w:r></w:p>`, map[string]string{"word/styles.xml": testStyles, "word/numbering.xml": testNumbering}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Open(data)
		if err != nil {
			return
		}
		rewriteAll(t, d)
	})
}

// FuzzBody: any document.xml body, and any new text, reads and rewrites
// without a panic; a rewrite that succeeds reads back as asked.
func FuzzBody(f *testing.F) {
	f.Add(`<w:p><w:r><w:t>Built a pipeline on </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Kafka</w:t></w:r></w:p>`, "Built a Kafka pipeline.")
	f.Add(`<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>x</w:t></w:r></w:hyperlink><w:r><w:tab/></w:r></w:p>`, "y\tx z")
	f.Add(`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>a</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>b</w:t></w:r></w:p>`, "b c")
	f.Add(`<w:p><w:r><mc:AlternateContent><mc:Fallback><w:p><w:r><w:t>q</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:r></w:p>`, "")
	f.Fuzz(func(t *testing.T, body, text string) {
		d, err := Open(makeDocx(t, body, map[string]string{"word/styles.xml": testStyles, "word/numbering.xml": testNumbering}))
		if err != nil || len(d.Paragraphs) == 0 {
			return
		}
		out, err := d.Rewrite(map[int]string{0: text})
		if err != nil {
			return
		}
		back, err := Open(out)
		if err != nil {
			t.Fatalf("a rewrite made an unreadable file: %v", err)
		}
		if len(back.Paragraphs) != len(d.Paragraphs) {
			t.Fatalf("paragraphs %d -> %d", len(d.Paragraphs), len(back.Paragraphs))
		}
	})
}

func rewriteAll(t *testing.T, d *Document) {
	texts := map[int]string{}
	for i, p := range d.Paragraphs[:min(len(d.Paragraphs), 3)] {
		texts[i] = "Rewritten " + p.Text + " & more"
	}
	_, _ = d.Rewrite(texts)
}
