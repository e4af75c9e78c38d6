package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

// guardedSuite writes suite.yaml: tighten-bullets on the fake provider
// (withFake), the guard on every case, and the given tests.
func guardedSuite(t *testing.T, dir, tests string) string {
	t.Helper()
	suite := filepath.Join(dir, "suite.yaml")
	src := "prompts: [tighten-bullets]\nproviders: [fake]\ndefaultTest:\n  assert: [{type: guard}]\ntests:\n" + tests
	if err := os.WriteFile(suite, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return suite
}

func TestEvalCommand(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	// the bundled suite passes offline
	r := cli(t, "", "eval", "run", repo(t, "examples/evals/backend-bullets.yaml"), "--provider", "offline")
	if r.code != 0 || !strings.Contains(r.stdout, "0 failed") {
		t.Fatalf("%+v", r)
	}
	s := llmtest.New(t, "openai")
	s.Reply(`{"rewrite": "Led the billing API rewrite in Rust for 2M users."}`)
	withFake(t, dir, s, "")
	suite := guardedSuite(t, dir, `  - description: weak opener
    vars: {input: "Worked on the billing API."}
`)
	out := filepath.Join(dir, "r.json")
	r = cli(t, "", "eval", "run", suite, "--output", out)
	if r.code != 100 || !strings.Contains(r.stdout, "guard rejects") {
		t.Errorf("failing suite: %+v", r)
	}
	if strings.Contains(r.stdout+r.stderr, testKey) {
		t.Error("key leaked")
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), `"version": 1`) || strings.Contains(string(b), testKey) {
		t.Errorf("report:\n%s", b)
	}
	calls := len(s.Calls())
	for _, ext := range []string{".xml", ".html", ".md"} {
		if r = cli(t, "", "eval", "run", suite, "--output", filepath.Join(dir, "r"+ext)); r.code != 100 {
			t.Errorf("%s: %+v", ext, r)
		}
	}
	if len(s.Calls()) != calls {
		t.Error("reruns did not come from the cache")
	}
	if r = cli(t, "", "eval", "run", suite, "--no-cache"); len(s.Calls()) != calls+1 {
		t.Errorf("--no-cache: %d calls", len(s.Calls()))
	}
	// compare: a planted regression exits 1
	s.Reply(`{"rewrite": "Developed the billing API."}`)
	good := filepath.Join(dir, "good.json")
	if r = cli(t, "", "eval", "run", suite, "--no-cache", "--output", good); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if r = cli(t, "", "eval", "compare", good, out); r.code != 1 || !strings.Contains(r.stdout, "regression") {
		t.Errorf("compare: %+v", r)
	}
	if r = cli(t, "", "eval", "compare", out, good); r.code != 0 || !strings.Contains(r.stdout, "fixed") {
		t.Errorf("compare back: %+v", r)
	}
	// a provider that fails is a runtime error, exit 1
	s.Answer(func(llmtest.Call, int) llmtest.Answer { return llmtest.Answer{Status: 401} })
	if r = cliWith(t, noSleep(), "", "eval", "run", suite, "--no-cache"); r.code != 1 {
		t.Errorf("provider error: %+v", r)
	}
	// -j beyond the maximum runs, capped, and says so
	if r = cli(t, "", "eval", "run", repo(t, "examples/evals/backend-bullets.yaml"), "--provider", "offline", "-j", "100000"); r.code != 0 || !strings.Contains(r.stderr, "at most 256") {
		t.Errorf("-j 100000: %+v", r)
	}
	// usage errors, exit 2
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("prompts: [tighten-bullets]\nproviders: [offline]\ntests:\n  - vars: {input: x}\n    assert: [{type: contain, value: y}]\n"), 0o644)
	if r = cli(t, "", "eval", "run", bad); r.code != 2 || !strings.Contains(r.stderr, "bad.yaml:5") {
		t.Errorf("bad suite: %+v", r)
	}
	if r = cli(t, "", "eval", "run", suite, "--output", filepath.Join(dir, "x.pdf")); r.code != 2 {
		t.Errorf("bad output: %+v", r)
	}
	if r = cli(t, "", "eval", "cache", "clear"); r.code != 0 || !strings.Contains(r.stdout, "removed") {
		t.Errorf("cache clear: %+v", r)
	}
}

// TestEvalBatch: --batch end to end: one batch, progress and notices on
// stderr, every request in it, the rerun from the cache; --batch with
// --no-cache is a usage error.
func TestEvalBatch(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	s := llmtest.New(t, "openai")
	s.BatchPolls = 2
	s.Reply(`{"rewrite": "Built the billing API."}`)
	withFake(t, dir, s, "")
	suite := guardedSuite(t, dir, `  - vars: {input: "Worked on the billing API."}
  - vars: {input: "Helped build the billing API."}
`)
	d := noSleep()
	d.batchPoll = time.Millisecond
	r := cliWith(t, d, "", "eval", "run", suite, "--batch")
	if r.code != 0 || !strings.Contains(r.stderr, "batch batch_001 submitted (2 requests)") || !strings.Contains(r.stderr, "collected: 2 answered") {
		t.Fatalf("%+v", r)
	}
	for _, c := range s.Calls() {
		if c.Batch == "" {
			t.Error("a request went directly")
		}
	}
	if r = cliWith(t, d, "", "eval", "run", suite, "--batch"); r.code != 0 || len(s.Batches()) != 1 || !strings.Contains(r.stdout, "2 cached") {
		t.Errorf("rerun: %+v", r)
	}
	if r = cli(t, "", "eval", "run", suite, "--batch", "--no-cache"); r.code != 2 {
		t.Errorf("--batch --no-cache: %+v", r)
	}
}
