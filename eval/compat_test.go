package eval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

// tests: file:// (and every file a suite names) obeys the input limits:
// at most fileio.MaxInput, a regular file, inside the suite's folder.
func TestSuiteFilesAreBounded(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	big := append([]byte("input\n"), []byte(strings.Repeat("Built the API.\n", fileio.MaxInput/15+10))...)
	write("big.csv", big)
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.csv"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	os.Symlink("/dev/zero", filepath.Join(dir, "zero.csv"))
	os.Symlink(filepath.Join(dir, "fifo.csv"), filepath.Join(dir, "tofifo.csv"))
	outside := filepath.Join(t.TempDir(), "secret.csv")
	os.WriteFile(outside, []byte("input\nmy secret\n"), 0o644)
	os.Symlink(outside, filepath.Join(dir, "escape.csv"))
	write("ok.csv", []byte("input\nBuilt it.\n"))
	read := ConfinedReader(dir, false)
	cases := map[string]string{
		"big.csv":    "the limit is 5 MiB",
		"fifo.csv":   "a FIFO",
		"zero.csv":   "a device",
		"tofifo.csv": "a FIFO",
		"escape.csv": "outside the suite's folder",
		"../" + filepath.Base(filepath.Dir(outside)) + "/x.csv": "no such file",
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				src := "prompts: [tighten-bullets]\nproviders: [offline]\ntests: file://" + name + "\n"
				_, err := ParseSuite(filepath.Join(dir, "suite.yaml"), []byte(src), read)
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("%s: %v, want %q", name, err, want)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("%s: reading it blocked", name)
			}
		})
	}
	if _, err := ParseSuite(filepath.Join(dir, "suite.yaml"), []byte("prompts: [tighten-bullets]\nproviders: [offline]\ntests: file://ok.csv\n"), read); err != nil {
		t.Error(err)
	}
	// --trust-suite lifts the folder rule, not the limits
	trusted := ConfinedReader(dir, true)
	if _, err := trusted(filepath.Join(dir, "escape.csv")); err != nil {
		t.Error(err)
	}
	if _, err := trusted(filepath.Join(dir, "zero.csv")); err == nil {
		t.Error("a device read with trust")
	}
}

// Templates see their vars and nothing else: no files, no environment.
func TestTemplatesAreSandboxed(t *testing.T) {
	defer func(d time.Duration) { maxRenderTime = d }(maxRenderTime)
	maxRenderTime = 200 * time.Millisecond
	t.Setenv("SECRET_TOKEN", "tok-1234")
	for _, src := range []string{"{% include '/etc/passwd' %}", "{% import '/etc/hosts' as h %}", "{% extends '/etc/passwd' %}"} {
		if out, err := renderTemplate(src, nil); err == nil {
			t.Errorf("%s rendered %q", src, out)
		}
	}
	if out, _ := renderTemplate("[{{ env.SECRET_TOKEN }}]", nil); strings.Contains(out, "tok-1234") {
		t.Error("the environment reached a template")
	}
	if _, err := renderTemplate("{% for i in range(100000000) %}{{ i }}{% endfor %}", nil); err == nil {
		t.Error("a runaway loop rendered")
	}
}

// JavaScript runs without the file system, network or environment, and
// is stopped.
func TestJavaScriptIsSandboxed(t *testing.T) {
	defer func(d time.Duration) { maxScriptTime = d }(maxScriptTime)
	maxScriptTime = 200 * time.Millisecond
	t.Setenv("SECRET_TOKEN", "tok-1234")
	ctx := context.Background()
	for code, want := range map[string]string{
		"require('fs')":               "require",
		"process.env.SECRET_TOKEN":    "",
		"while (true) {}\nreturn 1":   "stopped after",
		"fetch('http://example.com')": "fetch",
	} {
		v, err := runJS(ctx, functionBody(code), []string{"output", "context", "process"}, []any{"x", map[string]any{}, processShim()})
		if want == "" {
			if v != nil {
				t.Errorf("%s = %v", code, v)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v %v", code, v, err)
		}
	}
}

func TestFunctionBody(t *testing.T) {
	for in, want := range map[string]string{
		"output.length < 10":                          "return output.length < 10",
		"const n = output.length; n < 10;":            "const n = output.length; return n < 10",
		"const s = 'a;b'; s === output":               "const s = 'a;b'; return s === output",
		"let x = 1\nreturn x":                         "let x = 1\nreturn x",
		"output.includes(\"x\");;  ":                  "return output.includes(\"x\")",
		"var a = `t;${1}`; a":                         "var a = `t;${1}`; return a",
		"const v = JSON.parse(output).score; v > 0.5": "const v = JSON.parse(output).score; return v > 0.5",
	} {
		if got := functionBody(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

func TestCSVAssertionCells(t *testing.T) {
	th := func(f float64) *float64 { return &f }
	for in, want := range map[string]Assertion{
		"Paris":                    {Type: "equals", Value: "Paris"},
		"contains: Paris":          {Type: "contains", Value: "Paris"},
		"not-icontains:error":      {Type: "not-icontains", Value: "error"},
		"contain:Paris":            {Type: "equals", Value: "contain:Paris"},
		"fn:output.length < 100":   {Type: "javascript", Value: "output.length < 100"},
		"grade:is polite":          {Type: "llm-rubric", Value: "is polite"},
		"similar(0.9):hello":       {Type: "similar", Value: "hello", Threshold: th(0.9)},
		"similar:hello":            {Type: "similar", Value: "hello", Threshold: th(0.8)},
		"levenshtein:abc":          {Type: "levenshtein", Value: "abc", Threshold: th(0.75)},
		"is-json":                  {Type: "is-json"},
		`contains-any:a, "b, c",d`: {Type: "contains-any", Value: []any{"a", "b, c", "d"}},
		"guard":                    {Type: "guard"},
		"python:len(output) < 5":   {Type: "python", Value: "len(output) < 5"},
	} {
		got := assertionFromString(in)
		if got.Type != want.Type || str(got.Value) != str(want.Value) || (got.Threshold == nil) != (want.Threshold == nil) || got.Threshold != nil && *got.Threshold != *want.Threshold {
			t.Errorf("%q: %+v, want %+v", in, got, want)
		}
	}
}

func TestVarCombinations(t *testing.T) {
	got := varCombinations(map[string]any{"a": []any{"x", "y"}, "b": []any{"1", "2"}, "c": "k", "facts": []any{"f1", "f2"}, "objs": []any{map[string]any{"n": 1}}}, 100)
	if len(got) != 4 {
		t.Fatalf("%d combinations: %v", len(got), got)
	}
	for _, c := range got {
		if _, ok := c["facts"].([]any); !ok {
			t.Error("facts was expanded")
		}
		if _, ok := c["objs"].([]any); !ok {
			t.Error("a list of objects was expanded")
		}
	}
	if n := len(varCombinations(map[string]any{"a": []any{}}, 100)); n != 0 {
		t.Errorf("an empty list gave %d cases; promptfoo gives none", n)
	}
}

// A raw prompt in guarded mode runs the rewrite loop: the guard judges the
// reply against vars.input and a rejection goes back with the reasons.
func TestGuardedModeWithARawPrompt(t *testing.T) {
	e := newEnv(t)
	s := e.server("a", "openai")
	s.Answer(func(c llmtest.Call, n int) llmtest.Answer {
		if len(c.Messages) == 1 {
			return llmtest.Answer{Text: "Cut checkout latency 40% with Kafka."}
		}
		return llmtest.Answer{Text: "Sped up checkout."}
	})
	suite := e.suite(`prompts: ["Tighten this resume bullet: {{input}}"]
providers: [a]
mode: guarded
tests:
  - vars: {input: "Worked on making checkout faster."}
    assert: [{type: guard}, {type: not-contains, value: Kafka}]
`)
	sum := e.run(suite, e.opts(func(o *Options) { o.MaxAttempts = 3 }))
	var res []Result
	readResults(filepath.Join(e.dir, "run.jsonl"), func(r Result) { res = append(res, r) })
	if sum.Stats.Passed != 1 || res[0].Output != "Sped up checkout." || res[0].Attempts != 2 {
		t.Errorf("%+v %+v", sum.Stats, res)
	}
	calls := s.Calls()
	if len(calls) != 2 || !strings.Contains(calls[1].Messages[len(calls[1].Messages)-1].Content, "Kafka") {
		t.Errorf("the retry did not carry the guard's reasons: %+v", calls)
	}
	// raw mode sends the prompt once, as written, with no JSON mode
	suite.Mode = "raw"
	sum = e.run(suite, e.opts(func(o *Options) { o.Cache = nil }))
	last := s.Calls()[len(s.Calls())-1]
	if sum.Stats.Failed != 1 || last.Messages[0].Content != "Tighten this resume bullet: Worked on making checkout faster." || last.Body["response_format"] != nil {
		t.Errorf("raw: %+v %+v", sum.Stats, last)
	}
}

func TestPlanRefusals(t *testing.T) {
	e := newEnv(t)
	cases := map[string]string{
		"prompts: [tighten-bullets]\nproviders: [offline]\ntests:\n  - vars: {text: x}\n":                    "vars.input",
		"prompts: [\"hi\"]\nproviders: [offline]\ntests:\n  - assert: [{type: python, value: 'True'}]\n":     "--trust-suite",
		"prompts: [\"hi\"]\nproviders: [offline]\ntests:\n  - assert: [{type: llm-rubric, value: polite}]\n": "needs a grader",
		"prompts: [\"hi\"]\nproviders: [offline]\nmode: guarded\ntests:\n  - vars: {text: x}\n":              "vars.input",
	}
	for src, want := range cases {
		t.Run(src, func(t *testing.T) {
			s := e.suite(src)
			_, err := Run(context.Background(), s, e.opts(nil))
			var se *SuiteError
			if !errors.As(err, &se) || !strings.Contains(err.Error(), want) {
				t.Errorf("%q: %v, want %q", src, err, want)
			}
		})
	}
}

func TestSuiteFormatErrors(t *testing.T) {
	dir := t.TempDir()
	cases := map[string]string{
		"prompts: [hi]\nproviders: [offline]\nenv: {OPENAI_BASE_URL: x}\n":                                   "cannot set environment variables",
		"prompts: [hi]\nproviders: [offline]\ntests:\n  - assert: [{type: is-xml}]\n":                        "not supported by bulletproof",
		"prompts: [hi]\nproviders: [offline]\ntests:\n  - assert: [{type: not-factuality, value: x}]\n":      "no not- form",
		"prompts: [hi]\nproviders: [offline]\ntests:\n  - assert: [{type: contains, value: x, wieght: 2}]\n": `did you mean "weight"`,
		"prompts: [file://nope.txt]\nproviders: [offline]\n":                                                 "cannot read nope.txt",
		"prompts: [file://x.py]\nproviders: [offline]\n":                                                     "prompt functions",
		"prompts: [hi]\nproviders: [offline]\ntests: file://cases.xlsx\n":                                    "cases must be",
		"prompts: [hi]\nproviders:\n  - id: x\n    config: {apiKey: sk-1}\ntests: []\n":                      "", // refused when the provider is resolved
	}
	for src, want := range cases {
		t.Run(src, func(t *testing.T) {
			_, err := ParseSuite(filepath.Join(dir, "suite.yaml"), []byte(src), ConfinedReader(dir, false))
			if want == "" {
				return
			}
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%q: %v, want %q", src, err, want)
			}
		})
	}
}

// The guard judges raw-mode replies too: against vars.input, or the text
// its value names.
func TestGuardInRawMode(t *testing.T) {
	e := newEnv(t)
	e.server("a", "openai").Reply("Cut checkout latency 40% with Kafka.")
	s := e.suite(`prompts: ["Rewrite: {{bullet}}"]
providers: [a]
tests:
  - description: value names the source
    vars: {bullet: "Worked on making checkout faster."}
    assert: [{type: guard, value: "{{bullet}}"}]
  - description: vars.input is the source
    vars: {bullet: "x", input: "Cut checkout latency 40% with Kafka at Acme."}
    assert: [{type: guard}]
  - description: no source
    vars: {bullet: "y"}
    assert: [{type: guard}]
`)
	e.run(s, e.opts(nil))
	got := map[string]Result{}
	readResults(filepath.Join(e.dir, "run.jsonl"), func(r Result) { got[r.Test] = r })
	if r := got["value names the source"]; r.Pass || !strings.Contains(r.Assertions[0].Reason, "guard rejects") {
		t.Errorf("invented claims passed: %+v", r)
	}
	if r := got["vars.input is the source"]; !r.Pass {
		t.Errorf("a supported rewrite failed: %+v", r)
	}
	if r := got["no source"]; r.Error == "" || !strings.Contains(r.Error, "vars.input") {
		t.Errorf("no source: %+v", r)
	}
}

func TestExpansionIsBounded(t *testing.T) {
	e := newEnv(t)
	var vals []string
	for i := range 400 {
		vals = append(vals, fmt.Sprintf("v%d", i))
	}
	list := "[" + strings.Join(vals, ", ") + "]"
	s := e.suite("prompts: [hi]\nproviders: [echo]\ntests:\n  - vars: {a: " + list + ", b: " + list + ", c: " + list + "}\n")
	if _, err := s.expandTests(); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("%v", err)
	}
}

// BenchmarkRenderPrompt is the per-cell cost of promptfoo-style templating.
func BenchmarkRenderPrompt(b *testing.B) {
	vars := map[string]any{"product": "CrumbTrail", "audience": "home bakers", "feature": "proofing timers", "tags": []any{"a", "b"}}
	for _, src := range []string{
		"Write a tweet announcing {{feature}} in {{product}} for {{audience}}.",
		`[{"role": "system", "content": "You write for {{product}}."}, {"role": "user", "content": "{% for t in tags %}{{ t | upper }} {% endfor %}{{ feature }}"}]`,
	} {
		b.Run(fmt.Sprint(len(src)), func(b *testing.B) {
			for b.Loop() {
				if _, err := renderPrompt(src, vars); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
