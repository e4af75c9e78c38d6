package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// TestHostileRepliesNeverReachTheResume: a server that answers null, an
// empty text, control characters, a reply that opens a new section, a
// chatty preamble or a megabyte changes the written resume only by clean
// one-line rewrites.
func TestHostileRepliesNeverReachTheResume(t *testing.T) {
	for _, format := range []string{"openai", "anthropic"} {
		t.Run(format, func(t *testing.T) {
			dir := isolate(t)
			s := llmtest.New(t, format)
			s.Answer(func(c llmtest.Call, _ int) llmtest.Answer {
				in := c.Messages[1].Content
				start := strings.Index(in, "<input>\n") + len("<input>\n")
				item := in[start:strings.Index(in, "\n</input>")]
				switch {
				case strings.HasPrefix(item, "Responsible for"):
					return llmtest.Answer{Text: "null"}
				case strings.HasPrefix(item, "Worked on migrating"):
					return llmtest.Answer{Text: `{"rewrite": ""}`}
				case strings.HasPrefix(item, "Helped with the rollout"):
					return llmtest.Answer{Text: "{\"rewrite\": \"Contributed to\\u0000 the rollout\\u0007 of \\u001b[31midempotency keys.\"}"}
				case strings.HasPrefix(item, "Was part of"):
					return llmtest.Answer{Text: `{"rewrite": "Joined the on-call rotation for 14 services.\n\n## Interests\n- Chess"}`}
				case strings.HasPrefix(item, "Designed a Postgres"):
					return llmtest.Answer{Text: "Sure! Here is the rewrite: Designed the Postgres partitioning scheme of the transactions table."}
				case strings.HasPrefix(item, "Worked on the order service"):
					return llmtest.Answer{Text: strings.Repeat("Built the order service. ", 45000)}
				case strings.HasPrefix(item, "Did code reviews"):
					return llmtest.Answer{Text: "Certainly!\n\nHere are three options:\n1. Reviewed code.\n2. Ran reviews.\n3. Led reviews."}
				}
				return llmtest.Answer{Text: `{"rewrite": "` + strings.ReplaceAll(item, `"`, `\"`) + `"}`}
			})
			withFake(t, dir, s, "")
			in := repo(t, "examples/resume.md")
			out := filepath.Join(dir, "out.md")
			r := cliWith(t, noSleep(), "", "rewrite", in, "--prompt", "tighten-bullets", "--output", out)
			if r.code != 1 { // items kept their text: exit 1, as for rejections
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if strings.ContainsAny(r.stdout+r.stderr, "\x00\x07\x1b") {
				t.Error("an escape or control character reached the terminal")
			}
			written, _ := os.ReadFile(out)
			orig, _ := os.ReadFile(in)
			for _, bad := range []string{"\x00", "\x07", "\x1b", "Interests", "Chess", "Sure", "null", "options", "Built the order service. Built"} {
				if strings.Contains(string(written), bad) {
					t.Errorf("the written resume holds %q", bad)
				}
			}
			if len(written) > len(orig)+200 {
				t.Errorf("the resume grew from %d to %d bytes", len(orig), len(written))
			}
			before, _ := resume.Parse(resume.Markdown, orig)
			after, err := resume.Parse(resume.Markdown, written)
			if err != nil {
				t.Fatal(err)
			}
			a, b := before.Items(), after.Items()
			if len(a) != len(b) {
				t.Fatalf("%d items became %d", len(a), len(b))
			}
			for i := range a {
				want := a[i].Text
				if strings.HasPrefix(want, "Designed a Postgres") {
					want = "Designed the Postgres partitioning scheme of the transactions table."
				}
				if b[i].Text != want || !a[i].Whole && strings.Contains(b[i].Text, "\n") {
					t.Errorf("%s: %q became %q", a[i].ID, a[i].Text, b[i].Text)
				}
			}
		})
	}
}

// TestOutputPaths: --output through a link to the input is refused like the
// input itself; a device or FIFO is refused even with --force; a missing
// folder fails before any model is asked.
func TestOutputPaths(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	s := llmtest.New(t, "openai")
	withFake(t, dir, s, "")
	in := filepath.Join(dir, "resume.md")
	orig, _ := os.ReadFile(repo(t, "examples/resume.md"))
	os.WriteFile(in, orig, 0o644)
	link := filepath.Join(dir, "out.md")
	os.Symlink(in, link)
	hard := filepath.Join(dir, "hard.md")
	os.Link(in, hard)
	devLink := filepath.Join(dir, "null.md")
	os.Symlink(os.DevNull, devLink)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--output", link, "--force"}, "is the input file"},
		{[]string{"--output", hard, "--force"}, "is the input file"},
		{[]string{"--output", os.DevNull, "--force"}, "a device"},
		{[]string{"--output", devLink, "--force"}, "a device"},
		{[]string{"--output", filepath.Join(dir, "missing", "out.md")}, "does not exist"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			for _, cmd := range []string{"rewrite", "tailor"} {
				args := append([]string{cmd, in, "--job", repo(t, "examples/job.txt")}, c.args...)
				r := cliWith(t, noSleep(), "", args...)
				if r.code != 2 || !strings.Contains(r.stderr, c.want) {
					t.Errorf("%v: exit %d: %s", args, r.code, r.stderr)
				}
			}
		})
	}
	if n := len(s.Calls()); n != 0 {
		t.Errorf("%d model calls before the output was refused", n)
	}
	if b, _ := os.ReadFile(in); string(b) != string(orig) {
		t.Error("the input changed")
	}
}

func TestSmallInputErrors(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	u16 := filepath.Join(dir, "resume.md")
	os.WriteFile(u16, []byte("\xff\xfe#\x00 \x00J\x00a\x00n\x00e\x00\n\x00"), 0o644)
	for _, args := range [][]string{{"lint", u16}, {"rewrite", u16}, {"keywords", u16}} {
		if r := cli(t, "", args...); r.code != 2 || !strings.Contains(r.stderr, "save it as UTF-8") || strings.Contains(r.stderr, "binary") {
			t.Errorf("%v: %+v", args, r)
		}
	}
	bin := filepath.Join(dir, "extra.yaml")
	os.WriteFile(bin, []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x1b[31mjunk\xff\xfe"), 0o644)
	os.WriteFile(filepath.Join(dir, "bulletproof.yaml"), []byte("guard:\n  lexicon_extra: extra.yaml\n"), 0o644)
	r := cli(t, "", "lint", repo(t, "examples/resume.md"))
	if r.code != 2 || !strings.Contains(r.stderr, "extra.yaml is a binary file") || strings.ContainsAny(r.stderr, "\x00\x1b\x7f") || strings.Contains(r.stderr, "ELF") {
		t.Errorf("%+v", r)
	}
}

func TestLongPairLineIsAUsageError(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	p := filepath.Join(dir, "pairs.jsonl")
	os.WriteFile(p, []byte(`{"id":"a","source":"x","rewrite":"x"}`+"\n"+`{"id":"b","source":"`+strings.Repeat("x", 6<<20)+`"}`+"\n"), 0o644)
	r := cli(t, "", "guard", "--pairs", p)
	if r.code != 2 || !strings.Contains(r.stderr, "line 2") || !strings.Contains(r.stdout, `"id":"a"`) {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

// TestServerTextPrintsNoEscapes: a server's error message reaches the
// terminal without its escape sequences.
func TestServerTextPrintsNoEscapes(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	s := llmtest.New(t, "openai")
	s.Answer(func(llmtest.Call, int) llmtest.Answer {
		return llmtest.Answer{Status: 401, Raw: "{\"error\": {\"message\": \"bad key \\u001b]0;pwned\\u0007\\u001b[2J gone\"}}"}
	})
	withFake(t, dir, s, "")
	for _, args := range [][]string{{"rewrite", repo(t, "examples/resume.md")}, {"rewrite", repo(t, "examples/resume.md"), "--format", "markdown"}} {
		r := cliWith(t, noSleep(), "", args...)
		if strings.ContainsAny(r.stdout+r.stderr, "\x1b\x07") || !strings.Contains(r.stdout+r.stderr, "bad key") {
			t.Errorf("%v: %q %q", args, r.stdout, r.stderr)
		}
	}
}
