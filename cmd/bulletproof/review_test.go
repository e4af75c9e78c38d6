package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

// fourBullets is a resume whose four bullets the fake model rewrites, with
// emphasis, a link, a hard line break, trailing spaces, an HTML comment and
// a table; fourBulletsReviewed is it after the acceptance review: the
// changed stretches of three bullets, and not one other byte.
const (
	fourBullets         = "testdata/four-bullets.md"
	fourBulletsReviewed = "testdata/four-bullets.reviewed.md"
)

// sameBytes fails unless the files hold the same bytes, showing the first
// line that differs.
func sameBytes(t *testing.T, got, want string) {
	t.Helper()
	g, err := os.ReadFile(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	if string(g) == string(w) {
		return
	}
	gl, wl := strings.Split(string(g), "\n"), strings.Split(string(w), "\n")
	for i := range max(len(gl), len(wl)) {
		var a, b string
		if i < len(gl) {
			a = gl[i]
		}
		if i < len(wl) {
			b = wl[i]
		}
		if a != b {
			t.Fatalf("%s differs from %s at line %d:\n got  %q\n want %q", got, want, i+1, a, b)
		}
	}
	t.Fatalf("%s differs from %s", got, want)
}

var bulletRewrites = map[string]string{
	"Helped with the rollout of idempotency keys across the payments API.":        "Contributed to the rollout of idempotency keys across the payments API.",
	"Responsible for the ledger service that matches 3M card transactions a day.": "Owned the ledger service that matches 3M card transactions a day.",
	"Worked on making checkout faster.":                                           "Made checkout [X%] faster.",
	"Built the reporting service in Go.":                                          "Built the Go reporting service.",
}

// afterNote is the fake model's answer once asked again with a note.
const afterNote = "Built the reporting service in Go, end to end."

// reviewServer is a fake OpenAI server that rewrites the four bullets,
// answers a review's "ask again" with afterNote, and echoes anything else.
func reviewServer(t *testing.T, dir string) *llmtest.Server {
	t.Helper()
	s := llmtest.New(t, "openai")
	s.Answer(func(c llmtest.Call, _ int) llmtest.Answer {
		last := c.Messages[len(c.Messages)-1].Content
		if strings.Contains(last, "asks for another version") {
			return llmtest.Answer{Text: `{"rewrite": "` + afterNote + `"}`}
		}
		in := c.Messages[1].Content
		input := in[strings.Index(in, "<input>\n")+len("<input>\n") : strings.Index(in, "\n</input>")]
		out, ok := bulletRewrites[input]
		if !ok {
			out = input
		}
		b, _ := json.Marshal(map[string]string{"rewrite": out})
		return llmtest.Answer{Text: string(b)}
	})
	withFake(t, dir, s, "")
	return s
}

// TestReviewFourBullets is the acceptance: accept, skip, edit (after
// a placeholder is refused) and ask again with a note, against a model
// server; exactly the accepted and edited texts are written and every other
// byte stays; asking again sends one more request, carrying the note.
func TestReviewFourBullets(t *testing.T) {
	dir := isolateHere(t)
	s := reviewServer(t, dir)
	answers := strings.Join([]string{
		"a", // bullet 1: accept
		"s", // bullet 2: skip
		"a", // bullet 3: has [X%]: refused
		"e Made checkout faster by caching catalog lookups.",
		"r keep the 'in Go'", // bullet 4: ask again with a note
		"a",                  // accept the new candidate
	}, "\n") + "\n"
	r := cliWith(t, noSleep(), answers, "rewrite", repo(t, "cmd/bulletproof/"+fourBullets), "--prompt", "tighten-bullets", "--review", "--output", "out.md")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	sameBytes(t, filepath.Join(dir, "out.md"), repo(t, "cmd/bulletproof/"+fourBulletsReviewed))
	if !strings.Contains(r.stdout, "fill [X%] first") {
		t.Errorf("accepting a placeholder was not refused:\n%s", r.stdout)
	}
	calls := s.Calls()
	asked := 0
	for _, c := range calls {
		if strings.Contains(c.Messages[len(c.Messages)-1].Content, "asks for another version") {
			asked++
		}
	}
	// the run's requests, one per bullet (each accepted at once), and one more
	if asked != 1 || len(calls) != 5 {
		t.Fatalf("%d requests in all, %d asking again; want the run's 4 and one more", len(calls), asked)
	}
	last := calls[len(calls)-1].Messages
	if note := last[len(last)-1].Content; !strings.Contains(note, `"keep the 'in Go'"`) {
		t.Errorf("the note is not in the request: %q", note)
	}
	if shown := last[len(last)-2]; shown.Role != "assistant" || !strings.Contains(shown.Content, "Built the Go reporting service.") {
		t.Errorf("the candidate shown is not in the request: %+v", shown)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.md.review.jsonl")); !os.IsNotExist(err) {
		t.Errorf("the journal of a finished review is still there: %v", err)
	}
	if !strings.Contains(r.stderr, "review: 2 accepted, 1 edited, 1 skipped") {
		t.Errorf("stderr: %s", r.stderr)
	}
}

// TestReviewPlaceholderNeverWritten: quitting or accepting the rest leaves a
// candidate with a placeholder unwritten.
func TestReviewPlaceholderNeverWritten(t *testing.T) {
	for _, answers := range []string{"A\ns\n", "s\ns\nq\n", "A\nq\n"} {
		t.Run(strings.ReplaceAll(answers, "\n", " "), func(t *testing.T) {
			dir := isolateHere(t)
			reviewServer(t, dir)
			r := cliWith(t, noSleep(), answers, "rewrite", repo(t, "cmd/bulletproof/"+fourBullets), "--review", "--output", "out.md")
			if r.code != 0 {
				t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
			}
			got, _ := os.ReadFile(filepath.Join(dir, "out.md"))
			if strings.Contains(string(got), "[X%]") {
				t.Errorf("a placeholder was written:\n%s", got)
			}
		})
	}
}

// TestReviewContinues: answers that end early keep the review in its
// journal; the same command continues it without asking the model again.
func TestReviewContinues(t *testing.T) {
	dir := isolateHere(t)
	s := reviewServer(t, dir)
	args := []string{"rewrite", repo(t, "cmd/bulletproof/"+fourBullets), "--review", "--output", "out.md"}
	r := cliWith(t, noSleep(), "a\ns\n", args...)
	if r.code != 1 || !strings.Contains(r.stderr, "the same command continues") {
		t.Fatalf("exit %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.md")); !os.IsNotExist(err) {
		t.Fatal("an unfinished review wrote the output")
	}
	requests := len(s.Calls())
	r = cliWith(t, noSleep(), "y\ns\na\n", args...)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr, "Continue it? [Y/n]") || !strings.Contains(r.stdout, "[3/4]") || strings.Contains(r.stdout, "[1/4]") {
		t.Errorf("did not continue at item 3:\n%s\n%s", r.stdout, r.stderr)
	}
	if n := len(s.Calls()); n != requests {
		t.Errorf("continuing sent %d requests", n-requests)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "out.md"))
	if !strings.Contains(string(got), "* Contributed to the rollout") || !strings.Contains(string(got), "* Built the Go reporting service.") ||
		!strings.Contains(string(got), "* Responsible for the ledger") {
		t.Errorf("wrote:\n%s", got)
	}
	// n starts afresh: the model is asked again; q! writes nothing
	cliWith(t, noSleep(), "a\n", args[0], args[1], "--review", "--output", "out2.md")
	requests = len(s.Calls())
	r = cliWith(t, noSleep(), "n\nq!\n", args[0], args[1], "--review", "--output", "out2.md")
	if r.code != 0 || len(s.Calls()) != requests+4 || !strings.Contains(r.stderr, "nothing written") {
		t.Errorf("exit %d, %d requests\n%s", r.code, len(s.Calls())-requests, r.stderr)
	}
	for _, f := range []string{"out2.md", "out2.md.review.jsonl"} {
		if _, err := os.Stat(filepath.Join(dir, f)); !os.IsNotExist(err) {
			t.Errorf("%s exists after q!", f)
		}
	}
}

// TestReviewVouchedFact: an edit adding a figure asks "is this true?"; yes
// with f adds it to the facts file, and it supports later edits.
func TestReviewVouchedFact(t *testing.T) {
	dir := isolateHere(t)
	reviewServer(t, dir)
	facts := filepath.Join(dir, "facts.txt")
	os.WriteFile(facts, []byte("The ledger service runs in three regions."), 0o600)
	answers := strings.Join([]string{
		"e Contributed to the rollout of idempotency keys across 40 payments endpoints.",
		"f", // true, and into the facts file
		"s",
		"e Made checkout faster for the 40 payments endpoints.", // supported now
		"q",
	}, "\n") + "\n"
	r := cliWith(t, noSleep(), answers, "rewrite", repo(t, "cmd/bulletproof/"+fourBullets), "--review", "--output", "out.md", "--facts", facts)
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if strings.Count(r.stdout, "is it true?") != 1 || !strings.Contains(r.stdout, `? "40 payments`) {
		t.Errorf("asked %d times:\n%s", strings.Count(r.stdout, "is it true?"), r.stdout)
	}
	b, _ := os.ReadFile(facts)
	if string(b) != "The ledger service runs in three regions.\nContributed to the rollout of idempotency keys across 40 payments endpoints.\n" {
		t.Errorf("facts file:\n%s", b)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "out.md"))
	if !strings.Contains(string(got), "* Made checkout faster for the 40 payments endpoints.   \n") {
		t.Errorf("wrote:\n%s", got)
	}
}

// TestReviewAcceptAllMatchesOutput: accepting every item writes what
// --output writes.
func TestReviewAcceptAllMatchesOutput(t *testing.T) {
	type run struct {
		name string
		args []string
	}
	runs := []run{
		{"rewrite", []string{"rewrite", repo(t, "examples/resume.md"), "--prompt", "tighten-bullets"}},
		{"rewrite json", []string{"rewrite", repo(t, "examples/resume.json"), "--prompt", "tighten-bullets"}},
		{"tailor", []string{"tailor", repo(t, "examples/resume.md"), "--job", repo(t, "examples/job.txt")}},
	}
	shared, _ := filepath.Glob(filepath.Join(repoRoot, "..", "shared", "data", "jsonresume", "*.resume.json"))
	for _, f := range shared {
		runs = append(runs, run{filepath.Base(f), []string{"rewrite", f, "--prompt", "tighten-bullets"}})
	}
	for _, c := range runs {
		t.Run(c.name, func(t *testing.T) {
			dir := isolateHere(t)
			ext := filepath.Ext(c.args[1])
			if strings.HasSuffix(c.args[1], ".json") {
				ext = ".json"
			}
			plain := cli(t, "", append(c.args, "--output", "plain"+ext)...)
			reviewed := cli(t, "A\n", append(c.args, "--review", "--output", "reviewed"+ext)...)
			if plain.code != 0 || reviewed.code != 0 {
				t.Fatalf("exit %d, %d\n%s\n%s", plain.code, reviewed.code, plain.stderr, reviewed.stderr)
			}
			a, _ := os.ReadFile(filepath.Join(dir, "plain"+ext))
			b, err := os.ReadFile(filepath.Join(dir, "reviewed"+ext))
			if os.IsNotExist(err) && strings.Contains(reviewed.stderr, "nothing to review") && !strings.Contains(plain.stdout, "rewritten") {
				return // nothing changed: nothing to review, nothing written
			}
			if len(a) == 0 || string(a) != string(b) {
				t.Errorf("--output and --review with A differ:\n%s\n---\n%s", a, b)
			}
		})
	}
}

func TestReviewUsage(t *testing.T) {
	isolate(t)
	t.Parallel()
	res := repo(t, "examples/resume.md")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"rewrite", res, "--review"}, "add --output FILE"},
		{[]string{"rewrite", "-", "--review", "--output", "x.md"}, "give the resume and the job ad as files"},
		{[]string{"rewrite", res, "--review", "--output", "x.md", "--format", "json"}, "cannot be combined with --format json"},
		{[]string{"rewrite", res, "--review", "--output", "x.md", "--dry-run"}, "cannot be combined"},
		{[]string{"tailor", res, "--job", repo(t, "examples/job.txt"), "--review"}, "add --output FILE"},
	} {
		r := cli(t, "", c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d %s", c.args, r.code, r.stderr)
		}
	}
}

// TestReviewInPlace keeps a .bak and writes the accepted text.
func TestReviewInPlace(t *testing.T) {
	dir := isolateHere(t)
	reviewServer(t, dir)
	src, _ := os.ReadFile(repo(t, "cmd/bulletproof/"+fourBullets))
	path := filepath.Join(dir, "resume.md")
	os.WriteFile(path, src, 0o644)
	r := cliWith(t, noSleep(), "a\nq\n", "rewrite", path, "--review", "--in-place")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	bak, _ := os.ReadFile(path + ".bak")
	got, _ := os.ReadFile(path)
	if string(bak) != string(src) || string(got) != strings.Replace(string(src), "Helped with the rollout", "Contributed to the rollout", 1) {
		t.Errorf("bak equal %v\n%s", string(bak) == string(src), got)
	}
}

// TestTailorReview: tailoring's items are reviewed in file order; asking
// again renders the item's own prompt, the ad included, and the answer is
// still judged: the fake's reply names Go, which this bullet does not, so it
// goes back with the guard's reasons and never reaches the file.
func TestTailorReview(t *testing.T) {
	dir := isolateHere(t)
	s := reviewServer(t, dir)
	os.WriteFile(filepath.Join(dir, "ad.txt"), []byte("Backend engineer. We use Go and PostgreSQL.\n"), 0o600)
	r := cliWith(t, noSleep(), "r keep the 'in Go'\na\nq\n", "tailor", repo(t, "cmd/bulletproof/"+fourBullets), "--job", "ad.txt", "--review", "--output", "out.md")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "[1/4]") || !strings.Contains(r.stdout, "match-job-language") {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	var noted, reasons int
	for _, c := range s.Calls() {
		last := c.Messages[len(c.Messages)-1].Content
		if strings.Contains(last, "keep the 'in Go'") {
			noted++
			if !strings.Contains(c.Messages[1].Content, "We use Go and PostgreSQL.") {
				t.Errorf("asking again lost the ad: %q", c.Messages[1].Content)
			}
		}
		if strings.Contains(last, `"Go" (technology Go) is not named in the source`) {
			reasons++
		}
	}
	if noted != 1 || reasons != 1 {
		t.Errorf("%d requests with the note, %d with the guard's reasons; want 1 and 1", noted, reasons)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "out.md"))
	if strings.Contains(string(got), afterNote) {
		t.Errorf("a rejected candidate was written:\n%s", got)
	}
}

// hookReader yields one part per Read and calls hook before the second.
type hookReader struct {
	parts []string
	hook  func()
	i     int
}

func (h *hookReader) Read(p []byte) (int, error) {
	if h.i == len(h.parts) {
		return 0, io.EOF
	}
	if h.i == 1 {
		h.hook()
	}
	n := copy(p, h.parts[h.i])
	h.i++
	return n, nil
}

// TestReviewOutlastedFile: what changed on disk during a review is not
// overwritten; the answers stay in the journal.
func TestReviewOutlastedFile(t *testing.T) {
	for _, c := range []struct {
		name string
		args func(dir string) []string
		hook func(dir string)
		want string
	}{
		{"resume edited", func(dir string) []string { return []string{filepath.Join(dir, "resume.md"), "--in-place"} },
			func(dir string) {
				os.WriteFile(filepath.Join(dir, "resume.md"), []byte("# Jane Doe\nedited meanwhile\n"), 0o644)
			},
			"changed during the review"},
		{"output appeared", func(dir string) []string { return []string{filepath.Join(dir, "resume.md"), "--output", "out.md"} },
			func(dir string) { os.WriteFile(filepath.Join(dir, "out.md"), []byte("someone else's\n"), 0o644) },
			"out.md appeared during the review"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := isolateHere(t)
			reviewServer(t, dir)
			src, _ := os.ReadFile(repo(t, "cmd/bulletproof/"+fourBullets))
			os.WriteFile(filepath.Join(dir, "resume.md"), src, 0o644)
			in := &hookReader{parts: []string{"a\n", "q\n"}, hook: func() { c.hook(dir) }}
			var out, errb strings.Builder
			code := runWith(context.Background(), append([]string{"rewrite", "--review"}, c.args(dir)...), in, &out, &errb, noSleep())
			if code == 0 || !strings.Contains(errb.String(), c.want) || !strings.Contains(errb.String(), "answers are kept") {
				t.Fatalf("exit %d\n%s", code, errb.String())
			}
			journals, _ := filepath.Glob(filepath.Join(dir, "*.review.jsonl"))
			if len(journals) != 1 {
				t.Errorf("journals kept: %v", journals)
			}
			if b, _ := os.ReadFile(filepath.Join(dir, "resume.md.bak")); len(b) > 0 {
				t.Error("a .bak was written")
			}
		})
	}
}
