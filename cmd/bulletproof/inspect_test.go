package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestInspect(t *testing.T) {
	isolate(t)
	t.Parallel()
	r := cli(t, "", "inspect", repo(t, "examples/resume.md"))
	if r.code != 0 || !strings.Contains(r.stdout, "Senior Backend Engineer — Ledgerline") || !strings.Contains(r.stdout, "experience.0.bullets.0") || !strings.Contains(r.stdout, "L11") {
		t.Errorf("text view: %+v", r)
	}
	r = cli(t, "", "inspect", repo(t, "examples/resume.json"), "--format", "json")
	var v struct {
		Format string `json:"format"`
		Roles  []struct {
			Title, Company string
			Current        bool
			Line           int
			Bullets        []struct {
				ID   string
				Line int
			}
		} `json:"roles"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil || r.code != 0 {
		t.Fatalf("%v %+v", err, r)
	}
	if v.Format != "jsonresume" || len(v.Roles) != 3 || !v.Roles[0].Current || v.Roles[0].Line == 0 || v.Roles[0].Bullets[0].ID != "experience.0.bullets.0" || v.Roles[0].Bullets[0].Line == 0 {
		t.Errorf("json view: %+v", v)
	}
	if r := cli(t, "", "inspect", repo(t, "examples/resume.md"), "--format", "xml"); r.code != 2 {
		t.Errorf("bad format: %+v", r)
	}
}

// TestHeadinglessStdin: pasted bullets with no heading are one role, for
// every command.
func TestHeadinglessStdin(t *testing.T) {
	isolate(t)
	t.Parallel()
	r := cli(t, "- Worked on X.\n", "rewrite", "-", "--prompt", "tighten-bullets")
	if r.code != 0 || !strings.Contains(r.stdout, "experience.0.bullets.0") {
		t.Errorf("rewrite: %+v", r)
	}
	if r := cli(t, "- Worked on the billing API.\n- Helped with on-call.\n", "inspect", "-"); r.code != 0 || !strings.Contains(r.stdout, "experience.0.bullets.1") {
		t.Errorf("inspect: %+v", r)
	}
	if r := cli(t, "- Worked on the billing API.\n", "lint", "-"); r.code == 2 {
		t.Errorf("lint: %+v", r)
	}
}

// TestWriteKeepsEveryOtherByte: --output edits the user's file: front
// matter, tables, comments, line endings and emphasis stay as written.
func TestWriteKeepsEveryOtherByte(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	src := "---\ntitle: CV\n---\n<!-- draft -->\n# Jo Doe\n\n| Email | jo@example.com |\n|---|---|\n\n## Experience\r\n### Engineer — Djet-Kyiv Co., Ltd\r\n2019 – 2021\r\n- Worked on the **billing** API in Go.\r\n- Cut build time by 40% with caching.  \r\n\r\n## Skills\n- Go, SQL\n"
	in := filepath.Join(dir, "cv.md")
	os.WriteFile(in, []byte(src), 0o600)
	out := filepath.Join(dir, "out.md")
	if r := cli(t, "", "rewrite", in, "--prompt", "tighten-bullets", "-o", out); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	b, _ := os.ReadFile(out)
	want := strings.Replace(src, "- Worked on the **billing** API in Go.", "- Developed the **billing** API in Go.", 1)
	if string(b) != want {
		t.Errorf("got\n%q\nwant\n%q", b, want)
	}
	// a .txt written in Markdown, written to another .txt, is edited too
	txtIn, txtOut := filepath.Join(dir, "cv.txt"), filepath.Join(dir, "out.txt")
	os.WriteFile(txtIn, []byte(src), 0o600)
	if r := cli(t, "", "rewrite", txtIn, "--prompt", "tighten-bullets", "-o", txtOut); r.code != 0 || strings.Contains(r.stderr, "rendered anew") {
		t.Fatalf("%+v", r)
	}
	if b, _ := os.ReadFile(txtOut); string(b) != want {
		t.Errorf("a .txt in Markdown was not edited in place:\n%q", b)
	}
	// a .md output from a .json input is rendered in Markdown
	js := filepath.Join(dir, "r.json")
	data, _ := os.ReadFile(repo(t, "examples/resume.json"))
	os.WriteFile(js, data, 0o600)
	md := filepath.Join(dir, "r.md")
	if r := cli(t, "", "rewrite", js, "-o", md); r.code != 0 || !strings.Contains(r.stderr, "rendered anew") {
		t.Fatalf("%+v", r)
	}
	if b, _ := os.ReadFile(md); !strings.HasPrefix(string(b), "# ") {
		t.Errorf("not Markdown:\n%s", b)
	}
}
