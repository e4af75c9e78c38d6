package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"go.yaml.in/yaml/v3"
)

// echoSuite is a promptfoo suite on the echo provider: the output is the
// rendered prompt, so verdicts follow from the vars alone.
const echoSuite = `prompts: ["Hello {{name}} from {{city}}"]
providers: [echo]
defaultTest:
  vars: {city: Lyon}
tests:
  - description: ana
    vars: {name: Ana}
    assert: [{type: contains, value: Lyon}]
  - description: bo fails
    vars: {name: Bo}
    assert: [{type: contains, value: Paris}]
  - description: many
    vars: {name: [Cy, Di]}
    assert: [{type: icontains, value: "{{name}}"}]
`

func evalResults(t *testing.T, path string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Results []map[string]any `json:"results"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v.Results
}

func TestEvalEverydayFlags(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	suite := filepath.Join(dir, "promptfooconfig.yaml")
	os.WriteFile(suite, []byte(echoSuite), 0o644)
	out := func(name string) string { return filepath.Join(dir, name) }

	// several outputs at once, in every format
	r := cli(t, "", "eval", "run", suite, "-o", out("r.json"), "-o", out("r.csv"), "-o", out("r.jsonl"), "-o", out("r.yaml"), "-o", out("r.md"), "-o", out("r.xml"), "-o", out("r.html"))
	if r.code != exitTestsFailed || !strings.Contains(r.stdout, "4 cells: 3 passed, 1 failed") {
		t.Fatalf("%+v", r)
	}
	f, _ := os.Open(out("r.csv"))
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) != 5 || rows[0][0] != "prompt" {
		t.Errorf("csv: %v %v", rows, err)
	}
	if b, _ := os.ReadFile(out("r.jsonl")); strings.Count(string(b), "\n") != 5 {
		t.Errorf("jsonl:\n%s", b)
	}
	var y map[string]any
	if b, _ := os.ReadFile(out("r.yaml")); yaml.Unmarshal(b, &y) != nil || len(y["results"].([]any)) != 4 {
		t.Errorf("yaml:\n%s", b)
	}
	// an existing output is not overwritten; a folder that is not there fails first
	if r = cli(t, "", "eval", "run", suite, "-o", out("r.json")); r.code != 2 {
		t.Errorf("existing output: %+v", r)
	}
	if r = cli(t, "", "eval", "run", suite, "-o", out("nope/r.json")); r.code != 2 {
		t.Errorf("missing folder: %+v", r)
	}

	// --filter-failing runs again what failed
	r = cli(t, "", "eval", "run", suite, "--filter-failing", out("r.json"), "-o", out("again.json"))
	if res := evalResults(t, out("again.json")); len(res) != 1 || res[0]["test"] != "bo fails" {
		t.Errorf("--filter-failing: %+v %v", r, res)
	}
	// --filter-pattern and --filter-first-n pick cases
	r = cli(t, "", "eval", "run", suite, "--filter-pattern", "^(ana|many)$", "-o", out("p.json"))
	if res := evalResults(t, out("p.json")); r.code != 0 || len(res) != 3 {
		t.Errorf("--filter-pattern: %+v %d", r, len(res))
	}
	r = cli(t, "", "eval", "run", suite, "--filter-first-n", "1", "-o", out("n.json"))
	if res := evalResults(t, out("n.json")); r.code != 0 || len(res) != 1 {
		t.Errorf("--filter-first-n: %+v %d", r, len(res))
	}
	if r = cli(t, "", "eval", "run", suite, "--filter-pattern", "nothing"); r.code != 2 {
		t.Errorf("empty filter: %+v", r)
	}
	// --var sets a var every case has (a case's own value wins)
	r = cli(t, "", "eval", "run", suite, "--var", "city=Paris", "--var", "name=Zed", "-o", out("v.json"))
	res := evalResults(t, out("v.json"))
	if r.code != exitTestsFailed || res[0]["output"] != "Hello Ana from Paris" || res[1]["pass"] != true {
		t.Errorf("--var: %+v %v", r, res)
	}
	if r = cli(t, "", "eval", "run", suite, "--var", "oops"); r.code != 2 {
		t.Errorf("bad --var: %+v", r)
	}
	// --repeat
	r = cli(t, "", "eval", "run", suite, "--repeat", "2", "--filter-first-n", "1")
	if !strings.Contains(r.stdout, "2 cells") {
		t.Errorf("--repeat: %+v", r)
	}
	// --env-file fills variables the environment lacks
	os.WriteFile(out(".env"), []byte("EVAL_TEST_CITY=Oslo\n# comment\nexport EVAL_TEST_OTHER='x y'\n"), 0o600)
	os.WriteFile(suite, []byte(strings.Replace(echoSuite, "vars: {city: Lyon}", "vars: {city: Lyon}\n  assert: [{type: javascript, value: 'true'}]", 1)), 0o644)
	if r = cli(t, "", "eval", "run", suite, "--env-file", out(".env"), "--filter-first-n", "1"); r.code != 0 || envOf(t).getenv("EVAL_TEST_CITY") != "Oslo" {
		t.Errorf("--env-file: %+v", r)
	}
	if r = cli(t, "", "eval", "run", suite, "--env-file", out("missing.env")); r.code != 2 {
		t.Errorf("missing --env-file: %+v", r)
	}
	// --delay runs one cell at a time and waits
	if r = cli(t, "", "eval", "run", suite, "--delay", "1", "--filter-first-n", "1"); r.code != 0 {
		t.Errorf("--delay: %+v", r)
	}
	// model-graded assertions need a grader; --grader names one
	os.WriteFile(suite, []byte("prompts: [hi]\nproviders: [echo]\ntests:\n  - assert: [{type: llm-rubric, value: polite}]\n"), 0o644)
	if r = cli(t, "", "eval", "run", suite); r.code != 2 || !strings.Contains(r.stderr, "--grader") {
		t.Errorf("no grader: %+v", r)
	}
	if r = cli(t, "", "eval", "run", suite, "--grader", "echo"); r.code == 2 {
		t.Errorf("--grader: %+v", r)
	}
}

func TestWatchSeesChanges(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "suite.yaml")
	os.WriteFile(f, []byte("a"), 0o644)
	cmd := &cobra.Command{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd.SetContext(ctx)
	done := make(chan error, 1)
	go func() { done <- waitForChange(cmd, map[string]bool{f: true}) }()
	time.Sleep(100 * time.Millisecond)
	os.WriteFile(filepath.Join(dir, "other.txt"), []byte("b"), 0o644) // not watched
	os.WriteFile(f, []byte("b"), 0o644)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the change was not seen")
	}
}
