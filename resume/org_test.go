package resume

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOrgDetect(t *testing.T) {
	src := []byte("#+TITLE: Engineer\n#+AUTHOR: Ada Example\n\n* Experience\n** Dev\n- Built **it**.\n")
	if f := DetectFormat("cv.org", src); f != Text {
		t.Errorf("cv.org: %s", f)
	}
	if f := DetectFormat("", src); f != Text {
		t.Errorf("org content without a name: %s", f)
	}
	if looksLikeOrg([]byte("* Built the API\n* Ran the team\n")) {
		t.Error("plain text with star bullets read as org")
	}
}

func TestOrgBlocks(t *testing.T) {
	src := "#+OPTIONS: toc:nil\n#+AUTHOR: Ada Example\n* TODO Experience :cv:\n** Dev\n:PROPERTIES:\n:EMPLOYER: Acme\n:FROM: <2020-01-01 Wed>\n:TO:\n:END:\n" +
		":LOGBOOK:\nCLOCK: x\n:END:\n# a comment\n- Built /fast/ [[https://x.example][services]]\n  in =Go=.\n  + nested\n#+BEGIN_SRC sh\nls\n#+END_SRC\n* COMMENT hidden\n- gone\n"
	var got []string
	for _, b := range orgBlocks([]byte(src)) {
		if b.Kind == BlockCode {
			continue
		}
		got = append(got, b.Kind.String()+":"+b.Text)
	}
	want := "heading:Ada Example|heading:Experience|heading:Dev|paragraph:Acme|paragraph:2020-01-01–|item:Built fast services in Go.|item:nested"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestOrgSpliceKeepsMarkup(t *testing.T) {
	src := "#+AUTHOR: Ada Example\n#+EMAIL: ada@example.test\n* Experience\n** Dev at Acme\n2020 -- 2022\n- Built *payment* services in [[https://go.dev][Go]].\n"
	cases := []struct{ final, want string }{
		{"Built payment services in Go and Rust.", "- Built *payment* services in [[https://go.dev][Go]] and Rust.\n"},
		{"Built payment APIs in Go.", "- Built *payment* APIs in [[https://go.dev][Go]].\n"},
		{"Built new services in Go.", "- Built *new* services in [[https://go.dev][Go]].\n"},
	}
	for _, c := range cases {
		d, err := Parse(Text, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Roles) != 1 || len(d.Roles[0].Bullets) != 1 {
			t.Fatalf("roles %+v", d.Roles)
		}
		out, err := d.Splice(map[string]string{"experience.0.bullets.0": c.final})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(string(out), c.want) {
			t.Errorf("got %q, want it to end %q", out, c.want)
		}
	}
	// emphasis markers in a new text are written so they stay text
	d, _ := Parse(Text, []byte(src))
	out, _ := d.Splice(map[string]string{"experience.0.bullets.0": "Used *stars* and [[links]] as text."})
	d2, err := Parse(Text, out)
	if err != nil || d2.Roles[0].Bullets[0] != "Used *stars* and [[links]] as text." {
		t.Errorf("read back %q (%v) from %q", d2.Roles[0].Bullets, err, out)
	}
}

// FuzzOrgBlocks: the org reader never panics, and every block's pieces
// lie in order inside the source and cover its text.
func FuzzOrgBlocks(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/layouts/*.org")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("#+TITLE: x\n* a :t:\n:PROPERTIES:\n:FROM: <2020-01>\n- *b /c/ =d= [[e][f]] [[g]] <2021-01-01 Fri> \u200b*h*\n"))
	f.Add([]byte("* x\n:LOGBOOK:\n* y\n#+BEGIN_QUOTE\nq\n| a | b |\n|---|\n  1) z\n     w\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, bl := range orgBlocks(b) {
			if bl.Pieces == nil {
				if bl.Span.Start < 0 || bl.Span.End > len(b) || bl.Span.Start > bl.Span.End {
					t.Fatalf("%q: span %v outside 0..%d", bl.Text, bl.Span, len(b))
				}
				continue
			}
			checkPlace(t, bl.Text, place{span: bl.Span, pieces: bl.Pieces, text: bl.Text}, len(b))
		}
	})
}
