package pdftext

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "office", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestChromiumLines(t *testing.T) {
	lines, err := Lines(fixture(t, "chromium.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	byText := map[string]Line{}
	var bullets []string
	for _, l := range lines {
		byText[l.Text] = l
		if l.Bullet {
			bullets = append(bullets, l.Text)
		}
	}
	if len(bullets) != 9 {
		t.Errorf("%d drawn bullets found; want 9: %q", len(bullets), bullets)
	}
	for _, h := range []string{"SUMMARY", "EXPERIENCE", "SKILLS", "EDUCATION"} {
		if l, ok := byText[h]; !ok || !l.Bold || l.Size != 12 {
			t.Errorf("heading %q: %+v", h, l)
		}
	}
	if l := byText["Priya Raman"]; l.Size != 22 || !l.Bold {
		t.Errorf("name: %+v", l)
	}
	if l, ok := byText["Contoso Streaming, Austin, TX"]; !ok || !l.Italic {
		t.Errorf("company line: %+v", l)
	}
	if _, ok := byText["Senior Site Reliability Engineer\tJan 2022 – Present"]; !ok {
		t.Error("the dates' column gap is not a tab")
	}
	for _, l := range lines {
		if strings.ContainsAny(l.Text, "\ufb01\ufb03") || strings.Contains(l.Text, "  ") {
			t.Errorf("ligature or double space left in %q", l.Text)
		}
	}
	// reading order: the header's left column (name, title), then its
	// right (address, contacts), then the body top to bottom
	var order []string
	for _, l := range lines[:6] {
		order = append(order, l.Text)
	}
	want := []string{"Priya Raman", "Site Reliability Engineer", "Austin, TX", "priya.raman@example.com · 555-0100", "github.com/praman-sre", "SUMMARY"}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Errorf("reading order\n got %q\nwant %q", order, want)
	}
	for i := 6; i < len(lines); i++ {
		if lines[i].Y < lines[i-1].Y {
			t.Errorf("line %q above the line before it", lines[i].Text)
		}
	}
}

func TestLibreOfficeLines(t *testing.T) {
	lines, err := Lines(fixture(t, "libreoffice.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	// the bullets are Symbol-font dots (private use): a bullet, not text
	typed := 0
	byText := map[string]bool{}
	for _, l := range lines {
		if l.Bullet {
			typed++
		}
		if strings.ContainsRune(l.Text, '\uf0b7') {
			t.Errorf("a symbol left in %q", l.Text)
		}
		byText[l.Text] = true
	}
	// no glyph is made up after a shown string
	for _, want := range []string{"MARCUS OYELARAN", "Backend Engineer | Chicago, IL", "Senior Software Engineer, Tailspin Commerce\tApr 2020 – Present"} {
		if !byText[want] {
			t.Errorf("line %q not read", want)
		}
	}
	if typed != 7 {
		t.Errorf("%d typed bullets; want 7", typed)
	}
}

// pdfTeX: Type 1 fonts without space glyphs (words placed apart), TeX's
// bold and italic font names, a bullet in a Type 3 font with no Unicode.
func TestLaTeXLines(t *testing.T) {
	lines, err := Lines(fixture(t, "latex.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	byText := map[string]Line{}
	bullets := 0
	for _, l := range lines {
		byText[l.Text] = l
		if l.Bullet {
			bullets++
		}
	}
	if bullets != 6 {
		t.Errorf("%d bullets; want 6", bullets)
	}
	if l, ok := byText["Jonas Whitlock-Reyes"]; !ok || !l.Bold {
		t.Errorf("name (CMBX12): %+v", l)
	}
	if l, ok := byText["Software Engineer II\tMinneapolis, MN"]; !ok || !l.Italic {
		t.Errorf("title line (CMTI10): %+v", l)
	}
	if _, ok := byText["Designed an inventory sync service in Go and gRPC that handles 12,000 updates per minute."]; !ok {
		t.Error("words placed apart without spaces were not spaced")
	}
}

func TestLinesErrors(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"scan", fixture(t, "scanned.pdf"), ErrNoText},
		{"not a PDF", []byte("%PDF-1.7\ngarbage"), ErrCorrupt},
		{"truncated", fixture(t, "chromium.pdf")[:4000], ErrCorrupt},
		{"too large", make([]byte, MaxFileSize+1), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Lines(tt.data); !errors.Is(err, tt.want) {
				t.Errorf("got %v; want %v", err, tt.want)
			}
		})
	}
}

func FuzzLines(f *testing.F) {
	f.Add(fixture(f, "libreoffice.pdf"))
	f.Add([]byte("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Lines(data)
	})
}
