package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/resume"
	"github.com/bulletproof-cli/bulletproof/resume/docx"
)

func office(t *testing.T, name string) string {
	return repo(t, filepath.Join("resume/testdata/office", name))
}

// A Chromium-printed PDF: its bullets are read and its rewrite writes to
// Markdown, which reads back with the same bullets and lints.
func TestPDFRewriteToMarkdown(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	out := filepath.Join(dir, "out.md")
	r := cli(t, "", "rewrite", office(t, "chromium.pdf"), "--prompt", "tighten-bullets", "--output", out)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	d, err := resume.Parse(resume.Markdown, b)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, role := range d.Roles {
		n += len(role.Bullets)
	}
	if n < 8 {
		t.Errorf("%d bullets in the Markdown written from the PDF; want at least 8:\n%s", n, b)
	}
	if !strings.Contains(string(b), "Owned the on-call rotation of eight engineers.") {
		t.Errorf("the rewrite is not in the Markdown:\n%s", b)
	}
	if r := cli(t, "", "lint", out); r.code == 2 {
		t.Errorf("lint of the Markdown: %+v", r)
	}
}

// .docx -> .md -> lint: the round trip works and lint points at lines.
func TestDocxToMarkdownToLint(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	out := filepath.Join(dir, "out.md")
	if r := cli(t, "", "rewrite", office(t, "word-numbered.docx"), "--output", out); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	r := cli(t, "", "lint", out, "--format", "json")
	if r.code == 2 || !strings.Contains(r.stdout, `"score"`) {
		t.Fatalf("lint of the Markdown: %+v", r)
	}
	// lint reads the .docx itself too, with paragraph numbers as lines
	r = cli(t, "", "lint", office(t, "word-caps.docx"))
	if r.code == 2 || !strings.Contains(r.stdout, "word-caps.docx:") {
		t.Errorf("lint of the .docx: %+v", r)
	}
}

func TestWordAndPDFInputs(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	tests := []struct {
		name string
		args []string
		code int
		want string // in stdout+stderr
	}{
		{"keywords of a .docx", []string{"keywords", office(t, "word-caps.docx")}, 0, "Apache Kafka"},
		{"match a .pdf against a .docx ad", []string{"match", office(t, "chromium.pdf"), "--job", office(t, "word-caps.docx")}, -1, ""},
		{"PDF output refused", []string{"rewrite", office(t, "chromium.pdf"), "--output", filepath.Join(dir, "x.pdf")}, 2, "a PDF cannot be written"},
		{"PDF in place refused", []string{"rewrite", office(t, "chromium.pdf"), "--in-place"}, 2, "cannot be rewritten in place"},
		{"scanned PDF", []string{"rewrite", office(t, "scanned.pdf")}, 2, "no text layer"},
		{"tailor a .docx to Markdown", []string{"tailor", office(t, "word-caps.docx"), "--job", repo(t, "examples/job.txt"), "--output", filepath.Join(dir, "t.md")}, -1, "wrote"},
		{"a PDF to a new .docx", []string{"rewrite", office(t, "libreoffice.pdf"), "--output", filepath.Join(dir, "new.docx")}, 0, "wrote"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cli(t, "", tt.args...)
			if tt.code >= 0 && r.code != tt.code || tt.code < 0 && r.code == 2 || !strings.Contains(r.stdout+r.stderr, tt.want) {
				t.Errorf("%+v", r)
			}
		})
	}
	// the .docx made from the PDF reads back with its bullets
	b, err := os.ReadFile(filepath.Join(dir, "new.docx"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := resume.Parse(resume.DetectFormat("new.docx", b), b)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Roles) != 2 || len(d.Roles[0].Bullets) != 4 || len(d.Roles[1].Bullets) != 3 {
		t.Errorf("roles read back from the new .docx: %+v", d.Roles)
	}
}

func TestNeitherFormatSaysWhatIsRead(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	p := filepath.Join(dir, "resume.bin")
	os.WriteFile(p, []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, 0o644)
	r := cli(t, "", "rewrite", p)
	if r.code != 2 || !strings.Contains(r.stderr, "Word (.docx), PDF, Markdown, plain text or JSON Resume") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("%+v", r)
	}
}

// A .docx rewritten to a .docx: only the rewritten paragraphs' text
// changes; every other paragraph, every byte between them and every other
// entry of the package stays as it was; a run with nothing to rewrite
// writes the file back byte for byte.
func TestDocxRewriteInPlace(t *testing.T) {
	for _, f := range []string{"word-caps.docx", "word-numbered.docx", "pandoc-plain.docx", "pandoc-reference.docx", "libreoffice.docx", "libreoffice-html.docx", "docxjs.docx", "word-sidebar.docx"} {
		t.Run(f, func(t *testing.T) {
			dir := isolate(t)
			src, err := os.ReadFile(office(t, f))
			if err != nil {
				t.Fatal(err)
			}
			in := filepath.Join(dir, f)
			os.WriteFile(in, src, 0o644)
			out := filepath.Join(dir, "out.docx")
			r := cli(t, "", "rewrite", in, "--prompt", "tighten-bullets", "--format", "json", "--output", out)
			if r.code != 0 || strings.Contains(r.stderr, "kept as written") {
				t.Fatalf("%+v", r)
			}
			var rep struct {
				Items []struct{ Original, Final, Status string }
			}
			if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
				t.Fatal(err)
			}
			finals := map[string]bool{}
			for _, it := range rep.Items {
				if it.Status == "rewritten" {
					finals[it.Final] = true
				}
			}
			if len(finals) == 0 {
				t.Fatal("nothing rewritten: the test proves nothing")
			}
			got, _ := os.ReadFile(out)
			assertOnlyParagraphsChanged(t, src, got, finals)

			// nothing to rewrite: the same bytes
			same := filepath.Join(dir, "same.docx")
			if r := cli(t, "", "rewrite", in, "--prompt", "summary-focus", "--output", same); r.code != 0 {
				t.Fatalf("%+v", r)
			}
			if b, _ := os.ReadFile(same); !bytes.Equal(b, src) {
				t.Error("a run that rewrote nothing changed the file")
			}
			// --in-place: the same edit, and a faithful .bak
			if r := cli(t, "", "rewrite", in, "--prompt", "tighten-bullets", "--in-place"); r.code != 0 {
				t.Fatalf("%+v", r)
			}
			if b, _ := os.ReadFile(in); !bytes.Equal(b, got) {
				t.Error("--in-place wrote something else than --output")
			}
			if b, _ := os.ReadFile(in + ".bak"); !bytes.Equal(b, src) {
				t.Error("no faithful .bak")
			}
		})
	}
}

func assertOnlyParagraphsChanged(t *testing.T, before, after []byte, finals map[string]bool) {
	t.Helper()
	old, err := docx.Open(before)
	if err != nil {
		t.Fatal(err)
	}
	neu, err := docx.Open(after)
	if err != nil {
		t.Fatalf("the written .docx does not open: %v", err)
	}
	if len(old.Paragraphs) != len(neu.Paragraphs) {
		t.Fatalf("%d paragraphs became %d", len(old.Paragraphs), len(neu.Paragraphs))
	}
	changed := 0
	for i, p := range neu.Paragraphs {
		o := old.Paragraphs[i]
		switch {
		case p.Text != o.Text && finals[strings.TrimSpace(p.Text)]:
			changed++
			if p.Style != o.Style || p.List != o.List || p.Level != o.Level {
				t.Errorf("paragraph %q lost its style or list", p.Text)
			}
		case p.Text != o.Text:
			t.Errorf("paragraph %q became %q, which is no rewrite", o.Text, p.Text)
		case !bytes.Equal(old.XML(i), neu.XML(i)) && !p.TextBox:
			t.Errorf("paragraph %q: its XML changed", o.Text)
		}
	}
	if changed != len(finals) {
		t.Errorf("%d paragraphs rewritten; the report has %d rewrites", changed, len(finals))
	}
	oz, _ := zip.NewReader(bytes.NewReader(before), int64(len(before)))
	nz, _ := zip.NewReader(bytes.NewReader(after), int64(len(after)))
	if len(oz.File) != len(nz.File) {
		t.Fatalf("%d entries became %d", len(oz.File), len(nz.File))
	}
	for i, f := range oz.File {
		g := nz.File[i]
		if f.Name != g.Name {
			t.Errorf("entry %d: %s became %s", i, f.Name, g.Name)
		}
		if f.Name == "word/document.xml" {
			continue
		}
		a, b := raw(t, f), raw(t, g)
		if !bytes.Equal(a, b) || f.CRC32 != g.CRC32 || !f.Modified.Equal(g.Modified) {
			t.Errorf("entry %s changed", f.Name)
		}
	}
}

func raw(t *testing.T, f *zip.File) []byte {
	t.Helper()
	r, err := f.OpenRaw()
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
