package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLintCommand(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	r := cli(t, "", "lint", repo(t, "internal/lint/testdata/guide-style.md"))
	if r.code != 0 || !strings.Contains(r.stdout, "Score: 100/100") {
		t.Errorf("guide-style: %+v", r)
	}
	r = cli(t, "", "lint", repo(t, "examples/resume.md"), "--format", "json")
	if r.code != 1 {
		t.Errorf("example: exit %d", r.code)
	}
	var rep struct {
		Score    *int
		Findings []struct {
			Rule, Severity, Item, Message, Suggestion string
			Line                                      *int
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || rep.Score == nil || len(rep.Findings) == 0 {
		t.Fatalf("%v %s", err, r.stdout)
	}
	f := rep.Findings[0]
	if f.Rule == "" || f.Severity == "" || f.Item == "" || f.Line == nil || f.Message == "" || f.Suggestion == "" {
		t.Errorf("finding shape %+v", f)
	}
	os.WriteFile(filepath.Join(dir, "bulletproof.yaml"), []byte("lint:\n  disable: [no-metric, weak-opener]\n"), 0o644)
	r = cli(t, "", "lint", repo(t, "examples/resume.md"))
	if strings.Contains(r.stdout, "[no-metric]") || strings.Contains(r.stdout, "[weak-opener]") || !strings.Contains(r.stdout, "[tense]") {
		t.Errorf("lint.disable ignored:\n%s", r.stdout)
	}
	if r = cli(t, "", "lint", filepath.Join(dir, "none.md")); r.code != 2 {
		t.Errorf("missing file: %+v", r)
	}
}
