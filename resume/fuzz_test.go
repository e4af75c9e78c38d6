package resume

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzParse: no input makes a reader panic; every place lies inside the
// source with its pieces in order; a no-op write gives the source back; a
// rewrite of any item is spliced without panic and reads back.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/layouts/*.md")
	more, _ := filepath.Glob("testdata/layouts/*.txt")
	tex, _ := filepath.Glob("testdata/layouts/*.tex")
	org, _ := filepath.Glob("testdata/layouts/*.org")
	more = append(append(more, tex...), org...)
	seeds = append(append(seeds, more...), "../examples/resume.md", "../examples/resume.json", "testdata/plain.txt", "testdata/styles.md")
	for _, p := range seeds {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("## Experience\n### a — b\n- x\n"))
	f.Add([]byte(`{"work":[{"highlights":[1, "x"]}], "skills": "nope"}`))
	f.Add([]byte("- **a** [b](c) `d` \\* &amp; <br> e\n  f\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		start := time.Now()
		if dir := os.Getenv("FUZZ_HANG_DIR"); dir != "" {
			done := make(chan struct{})
			defer close(done)
			go func() {
				select {
				case <-done:
				case <-time.After(5 * time.Second):
					os.WriteFile(filepath.Join(dir, "hang"), b, 0o644)
					panic("hang")
				}
			}()
		}
		defer func() {
			// a slow input is a bug too: every size is bounded, time with it
			// (a seed takes 0.03 s; the margin is for a loaded 2-core CI box)
			if d := time.Since(start); d > 10*time.Second {
				t.Fatalf("%d bytes took %v", len(b), d)
			}
		}()
		for _, fm := range []Format{Markdown, Text, JSONResume} {
			d, err := Parse(fm, b)
			if err != nil {
				continue
			}
			for id, p := range d.places {
				checkPlace(t, id, p, len(b))
			}
			if out, err := d.Splice(nil); err != nil || string(out) != string(b) {
				t.Fatalf("%s: a no-op write changed the input (%v)", fm, err)
			}
			if _, err := Write(fm, d); err != nil && fm != JSONResume {
				t.Fatalf("%s write: %v", fm, err)
			}
			for _, it := range d.Items() {
				out, err := d.Splice(map[string]string{it.ID: "Led *it* & <b>more</b> [X%]\n" + it.Text})
				if err != nil {
					if _, ok := err.(*SpliceError); !ok {
						t.Fatalf("%s %s: %v", fm, it.ID, err)
					}
				}
				if out != nil {
					Parse(fm, out)
				}
				break
			}
		}
	})
}

func checkPlace(t *testing.T, id string, p place, n int) {
	t.Helper()
	if p.span.Start < 0 || p.span.End > n || p.span.Start > p.span.End {
		t.Fatalf("%s: span %v outside 0..%d", id, p.span, n)
	}
	at, text := p.span.Start, 0
	for _, pc := range p.pieces {
		if pc.Src.Start < at || pc.Src.End < pc.Src.Start || pc.Src.End > n || pc.Text.Start != text || pc.Text.End < pc.Text.Start {
			t.Fatalf("%s: piece %+v out of order (at %d, text %d)", id, pc, at, text)
		}
		if pc.Kind == PieceLiteral && pc.Src.Len() != pc.Text.Len() {
			t.Fatalf("%s: literal piece %+v of different lengths", id, pc)
		}
		at, text = pc.Src.End, pc.Text.End
	}
	if len(p.pieces) > 0 && text != len(p.text) {
		t.Fatalf("%s: pieces cover %d of %d bytes of %q", id, text, len(p.text), p.text)
	}
}
