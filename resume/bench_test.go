package resume

import (
	"os"
	"strings"
	"testing"
)

// twoPages is a two-page resume: the lint fixture with its experience
// doubled (about 670 words).
func twoPages(b *testing.B) []byte {
	src, err := os.ReadFile("../internal/lint/testdata/guide-style.md")
	if err != nil {
		b.Skip(err)
	}
	s := string(src)
	exp := s[strings.Index(s, "### Senior Backend Engineer"):strings.Index(s, "## Skills")]
	return []byte(strings.Replace(s, "## Skills", exp+"## Skills", 1))
}

// BenchmarkParseTwoPages: reading a two-page Markdown resume.
func BenchmarkParseTwoPages(b *testing.B) {
	src := twoPages(b)
	for b.Loop() {
		if _, err := Parse(Markdown, src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSpliceTwoPages: writing one rewritten bullet back.
func BenchmarkSpliceTwoPages(b *testing.B) {
	d, err := Parse(Markdown, twoPages(b))
	if err != nil {
		b.Fatal(err)
	}
	finals := map[string]string{"experience.0.bullets.0": "Rewrote the first bullet."}
	for b.Loop() {
		if _, err := d.Splice(finals); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHostile: inputs built to be slow (blockquotes and lists
// nested thousands deep on one line, a long paragraph) stay linear.
func BenchmarkParseHostile(b *testing.B) {
	inputs := [][]byte{
		[]byte(strings.Repeat("> ", 20000)),
		[]byte(strings.Repeat("1. ", 20000)),
		[]byte(strings.Repeat("line of text\n", 20000)),
	}
	for b.Loop() {
		for _, in := range inputs {
			Parse(Markdown, in)
		}
	}
}
