package lint

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/resume"
)

// referenceFindIn is the line lookup as it was before the index: a full
// rescan of the source per finding. The index must give the same lines.
func referenceFindIn(src string, isJSON bool, section, text string) int {
	find := func(src, text string) int {
		if src == "" || text == "" {
			return 0
		}
		probe := probeFor(text, isJSON) // the probe is shared; the lookup is not
		o := newOccurrences(src)
		i := o.scan(probe, 0, true)
		if i < 0 {
			if words := strings.Fields(probe); len(words) > 3 {
				i = strings.Index(src, strings.Join(words[:3], " "))
			}
		}
		if i < 0 {
			return 0
		}
		return 1 + strings.Count(src[:i], "\n")
	}
	if src == "" || text == "" || section == "" {
		return find(src, text)
	}
	start := -1
	if isJSON {
		start = strings.Index(src, `"`+jsonKey(section)+`"`)
	} else {
		lower := strings.ToLower(src)
		for _, l := range []string{"\n## " + section, "\n" + section} {
			if i := strings.Index(lower, l); i >= 0 {
				start = i + 1
				break
			}
		}
	}
	if start >= 0 {
		if n := find(src[start:], text); n > 0 {
			return n + strings.Count(src[:start], "\n")
		}
	}
	return find(src, text)
}

// TestLineIndexAgrees: on real resumes, the indexed lookup gives every item
// the line the full rescan gave, on its direct path and on its suffix-array
// path.
func TestLineIndexAgrees(t *testing.T) {
	for _, s := range sampleResumes(t, "testdata/guide-style.md") {
		f, format, d, src := s.path, s.format, s.doc, s.src
		direct, indexed := newLineIndex(src, format), newLineIndex(src, format)
		indexed.occ.budget = 0
		hints := []string{"Go", "SQL", "nowhere to be found at all", d.Header.Name}
		for _, it := range d.Items() {
			hints = append(hints, it.Text)
		}
		for _, r := range d.Roles {
			hints = append(hints, r.Title)
		}
		checked := 0
		for _, sec := range append(sectionOrder, "") {
			for _, h := range hints {
				want := referenceFindIn(src, format == resume.JSONResume, sec, h)
				if got := direct.findIn(sec, h); got != want {
					t.Errorf("%s: direct findIn(%q, %.30q) = %d, want %d", filepath.Base(f), sec, h, got, want)
				}
				if got := indexed.findIn(sec, h); got != want {
					t.Errorf("%s: indexed findIn(%q, %.30q) = %d, want %d", filepath.Base(f), sec, h, got, want)
				}
				if want > 0 {
					checked++
				}
			}
		}
		if checked == 0 {
			t.Errorf("%s: no hint found a line", f)
		}
	}
}

// TestLintScalesLinearly: 20,000 bullets lint in well under the ceiling
// (about a second here; the per-finding rescan took minutes). The ceiling
// is loose on purpose: it catches a quadratic path, not a slow machine.
func TestLintScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("lints a 1.5 MB resume")
	}
	src := scaledResume(t, 20000)
	d, err := resume.Parse(resume.Markdown, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	r := Lint(d, Options{Source: src, Format: resume.Markdown, Now: now})
	if el := time.Since(start); el > 30*time.Second {
		t.Errorf("20,000 bullets took %v", el)
	}
	last := r.Findings[len(r.Findings)-1]
	if last.Line == 0 {
		t.Errorf("last finding has no line: %+v", last)
	}
}

// TestLintStopsWhenCancelled: a cancelled context ends the run with its
// error instead of a report.
func TestLintStopsWhenCancelled(t *testing.T) {
	src := scaledResume(t, 2000)
	d, err := resume.Parse(resume.Markdown, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r, err := LintContext(ctx, d, Options{Source: src, Now: now}); err == nil || r != nil {
		t.Errorf("cancelled lint returned %v, %v", r, err)
	}
}
