package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
	"github.com/bulletproof-cli/bulletproof/prompts"
)

// env is a test's suite runner against fake servers.
type env struct {
	t       *testing.T
	dir     string
	servers map[string]*llmtest.Server
}

func newEnv(t *testing.T) *env {
	return &env{t: t, dir: t.TempDir(), servers: map[string]*llmtest.Server{}}
}

func (e *env) server(name, format string) *llmtest.Server {
	s := llmtest.New(e.t, format)
	e.servers[name] = s
	return s
}

func (e *env) opts(mod func(*Options)) Options {
	var o Options
	o = Options{Concurrency: 4, Cache: &Cache{Dir: filepath.Join(e.dir, "cache")}, Journal: filepath.Join(e.dir, "run.jsonl"),
		Registry: prompts.Builtin(),
		Resolve: func(ref ProviderRef) (*Target, error) {
			if ref.ID == "offline" {
				return &Target{Type: "offline"}, nil
			}
			s := e.servers[strings.SplitN(ref.ID, ":", 2)[0]]
			if s == nil {
				return nil, fmt.Errorf("no fake %q", ref.ID)
			}
			p, err := llm.New(llm.Config{Name: ref.ID, Type: s.Format, BaseURL: s.BaseURL(), Model: "m", Timeout: 5 * time.Second,
				MaxRetries: 0, APIKeyEnv: "K", Getenv: func(string) string { return "sk-eval-000000000000000" }, Concurrency: o.Concurrency})
			if err != nil {
				return nil, err
			}
			return &Target{Type: s.Format, BaseURL: s.BaseURL(), Provider: p, Params: llm.Request{Temperature: 0, MaxTokens: 200}, Price: &llm.Price{Input: 1, Output: 1}}, nil
		},
	}
	o.Grader = func(ref ProviderRef) (*Target, error) { return o.Resolve(ref) }
	if mod != nil {
		mod(&o)
	}
	return o
}

func (e *env) suite(yamlText string) *Suite {
	e.t.Helper()
	p := filepath.Join(e.dir, "suite.yaml")
	os.WriteFile(p, []byte(yamlText), 0o644)
	s, err := ParseSuite(p, []byte(yamlText), fileio.ReadRegular)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *env) run(s *Suite, o Options) *Summary {
	e.t.Helper()
	sum, err := Run(context.Background(), s, o)
	if err != nil {
		e.t.Fatal(err)
	}
	return sum
}

// echo answers each request with its input, as JSON.
func echo(c llmtest.Call, _ int) llmtest.Answer {
	u := c.Messages[len(c.Messages)-1].Content
	i, j := strings.Index(u, "<input>\n"), strings.Index(u, "\n</input>")
	b, _ := json.Marshal(map[string]string{"rewrite": u[i+8 : j]})
	return llmtest.Answer{Text: string(b)}
}

const matrixSuite = `
description: matrix
prompts: [tighten-bullets, measurable-impact]
providers: [a, b, offline]
tests:
  - description: one
    vars: {input: "Built the billing API."}
  - description: two
    vars: {input: "Cut latency 40% on the API."}
  - description: summary only
    prompts: [tighten-bullets]
    vars: {input: "Engineer with six years.", section: summary}
repeat: 2
`

func TestMatrixExpansion(t *testing.T) {
	e := newEnv(t)
	e.server("a", "openai").Answer(echo)
	e.server("b", "anthropic").Answer(echo)
	s := e.suite(matrixSuite)
	sum := e.run(s, e.opts(nil))
	// tighten: 2 cases (summary is not its section) ; measurable: 2 cases;
	// x 3 providers x 2 repeats
	if sum.Stats.Total != 24 || sum.Planned != 24 {
		t.Errorf("cells %d planned %d", sum.Stats.Total, sum.Planned)
	}
	if len(sum.Matrix) != 6 || sum.Cell("tighten-bullets", "b").Total != 4 {
		t.Errorf("%+v", sum.Matrix)
	}
	// repeat keys: each repeat index asked the model separately
	if n := len(e.servers["a"].Calls()); n != 8 {
		t.Errorf("provider a got %d requests, want 8 (2 prompts x 2 cases x 2 repeats)", n)
	}
	if len(sum.Cases) != 12 {
		t.Errorf("cases %d", len(sum.Cases))
	}
}

func TestCacheNoCacheAndErrors(t *testing.T) {
	e := newEnv(t)
	s := e.server("a", "openai")
	fail := true
	s.Answer(func(c llmtest.Call, n int) llmtest.Answer {
		if fail && strings.Contains(c.Messages[1].Content, "billing") {
			return llmtest.Answer{Status: 500}
		}
		return echo(c, n)
	})
	suite := e.suite("prompts: [tighten-bullets]\nproviders: [a]\ntests:\n  - vars: {input: \"Built the billing API.\"}\n  - vars: {input: \"Cut latency 40%.\"}\n")
	sum := e.run(suite, e.opts(nil))
	if sum.Stats.Errors != 1 || sum.Stats.Passed != 1 || len(s.Calls()) != 2 {
		t.Fatalf("%+v, %d calls", sum.Stats, len(s.Calls()))
	}
	fail = false
	sum = e.run(suite, e.opts(nil))
	// the error was not cached: asked again; the success was: not asked
	if len(s.Calls()) != 3 || sum.Stats.Cached != 1 || sum.Stats.Passed != 2 {
		t.Fatalf("%+v, %d calls", sum.Stats, len(s.Calls()))
	}
	sum = e.run(suite, e.opts(nil))
	if len(s.Calls()) != 3 || sum.Stats.Cached != 2 {
		t.Errorf("a fully cached rerun reached the server: %d calls, %+v", len(s.Calls()), sum.Stats)
	}
	sum = e.run(suite, e.opts(func(o *Options) { o.Cache = nil }))
	if len(s.Calls()) != 5 || sum.Stats.Cached != 0 {
		t.Errorf("--no-cache used the cache: %d calls", len(s.Calls()))
	}
}

// TestEveryAssertion: each type passes on one output and fails on another.
func TestEveryAssertion(t *testing.T) {
	good := "Cut p95 latency from 420 ms to 180 ms with Redis, for [N users]."
	bad := "I was responsible for latency with Kafka, serving 2M users at 99.9% across every region and every team."
	input := "Cut p95 latency from 420 ms to 180 ms with Redis."
	th := func(f float64) *float64 { return &f }
	grader := &GraderRef{ID: "grader"}
	cases := []Assertion{
		{Type: "equals", Value: good},
		{Type: "not-equals", Value: bad},
		{Type: "contains", Value: "Redis"},
		{Type: "not-contains", Value: "Kafka"},
		{Type: "icontains", Value: "redis"},
		{Type: "not-icontains", Value: "responsible for"},
		{Type: "contains-any", Value: []any{"Redis", "Memcached"}},
		{Type: "contains-all", Value: "Redis, 420 ms"},
		{Type: "icontains-any", Value: "REDIS,memcached"},
		{Type: "icontains-all", Value: []any{"CUT", "redis"}},
		{Type: "regex", Value: `^Cut\b`},
		{Type: "not-regex", Value: `(?i)\bkafka\b`},
		{Type: "regex", Value: `^(?!I )Cut`}, // lookahead: the backtracking engine
		{Type: "starts-with", Value: "Cut"},
		{Type: "not-starts-with", Value: "I "},
		{Type: "word-count", Value: map[string]any{"max": 14}},
		{Type: "levenshtein", Value: "Cut p95 latency from 420 ms to 180 ms with Redis, for [N user].", Threshold: th(2)},
		{Type: "rouge-n", Value: input},
		{Type: "bleu", Value: input, Threshold: th(0.4)},
		{Type: "javascript", Value: "output.includes('Redis') && context.vars.input.length > 10"},
		{Type: "javascript", Value: "const n = output.split(' ').length;\nreturn {pass: n < 15, score: n < 15 ? 1 : 0, reason: 'words: ' + n};"},
		{Type: "max-words", Value: 14},
		{Type: "min-words", Value: 10},
		{Type: "max-chars", Value: 70},
		{Type: "guard"},
		{Type: "keeps-metrics"},
		{Type: "keeps-tools"},
		{Type: "action-verb"},
		{Type: "past-tense"},
		{Type: "no-first-person"},
		{Type: "placeholders", Value: map[string]any{"min": 1}},
		{Type: "latency", Threshold: th(100)},
		{Type: "cost", Threshold: th(0.01)},
		{Type: "llm-rubric", Value: "names the metric", Provider: grader},
		{Type: "model-graded-closedqa", Value: "names the metric", Provider: grader},
		{Type: "factuality", Value: "p95 fell to 180 ms", Provider: grader},
	}
	// the grader passes an output holding a placeholder
	grade := func(a Assertion, _ bool) (*gradingTarget, error) {
		return &gradingTarget{name: "grader", complete: func(_ context.Context, msgs []llm.Message) (llm.Response, error) {
			all := ""
			for _, m := range msgs {
				all += m.Content
			}
			ok := strings.Contains(all, "[N users]")
			switch {
			case strings.Contains(all, "Y or N"):
				return llm.Response{Text: map[bool]string{true: "Reasoning.\nY", false: "Reasoning.\nN"}[ok]}, nil
			case strings.Contains(all, "category"):
				return llm.Response{Text: map[bool]string{true: `{"category": "A", "reason": "subset"}`, false: `{"category": "D", "reason": "disagrees"}`}[ok]}, nil
			}
			return llm.Response{Text: fmt.Sprintf(`{"pass": %v, "score": %v, "reason": "graded"}`, ok, b2f(ok))}, nil
		}}, nil
	}
	subj := func(out string, latency int64, cost float64) *subject {
		return &subject{ctx: context.Background(), Output: out, Value: out, Input: input, Vars: map[string]any{"input": input}, LatencyMS: latency, Cost: cost, HasCost: true,
			judge: viewJudging(), grader: grade}
	}
	for _, a := range cases {
		if err := checkAssertion(a, "a"); err != nil {
			t.Errorf("%s: %v", a.Type, err)
			continue
		}
		badOut := bad
		if a.Type == "min-words" {
			badOut = "Did it."
		}
		if o, err := judge(a, subj(good, 50, 0.001)); err != nil || !o.Pass {
			t.Errorf("%s %v should pass: %s %v", a.Type, a.Value, o.Reason, err)
		}
		if o, err := judge(a, subj(badOut, 500, 1)); err != nil || o.Pass {
			t.Errorf("%s %v should fail: %s %v", a.Type, a.Value, o.Reason, err)
		}
	}
	if o, _ := judge(Assertion{Type: "is-json"}, subj(`{"a": 1}`, 0, 0)); !o.Pass {
		t.Error("is-json")
	}
	if o, _ := judge(Assertion{Type: "is-json"}, subj("nope", 0, 0)); o.Pass {
		t.Error("is-json on text")
	}
	if o, _ := judge(Assertion{Type: "keeps-metrics", Threshold: th(0.5)}, subj("Cut latency to 180 ms.", 0, 0)); !o.Pass || o.Score != 0.5 {
		t.Errorf("threshold: %+v", o)
	}
}

func TestWeightsAndScore(t *testing.T) {
	e := newEnv(t)
	e.server("a", "openai").Reply(`{"rewrite": "Built the billing API."}`)
	s := e.suite(`prompts: [tighten-bullets]
providers: [a]
tests:
  - vars: {input: "Built the billing API."}
    assert:
      - {type: contains, value: "billing", weight: 3}
      - {type: contains, value: "Kafka", weight: 1}
`)
	sum := e.run(s, e.opts(nil))
	var res []Result
	readResults(filepath.Join(e.dir, "run.jsonl"), func(r Result) { res = append(res, r) })
	if sum.Stats.Failed != 1 || res[0].Score != 0.75 || res[0].Pass {
		t.Errorf("%+v %+v", sum.Stats, res)
	}
}

func TestReports(t *testing.T) {
	e := newEnv(t)
	e.server("a", "openai").Reply(`{"rewrite": "<script>alert('x')</script> Built the API & more"}`)
	s := e.suite(`description: "<b>suite</b>"
prompts: [tighten-bullets]
providers: [a]
tests:
  - description: "case <script>"
    vars: {input: "Built the API & more."}
    assert: [{type: not-contains, value: "<script>"}]
  - description: passes
    vars: {input: "Built the API."}
    assert: [{type: max-words, value: 50}]
`)
	sum := e.run(s, e.opts(nil))
	journal := filepath.Join(e.dir, "run.jsonl")
	var h bytes.Buffer
	if err := writeHTML(&h, sum, journal); err != nil {
		t.Fatal(err)
	}
	// the report's values travel as JSON, which escapes < > &
	if strings.Contains(h.String(), "<script>alert") || strings.Contains(h.String(), "<b>suite") || strings.Contains(h.String(), "case <script>") ||
		!strings.Contains(h.String(), `\u003cscript\u003ealert`) {
		t.Errorf("HTML not escaped:\n%s", h.String())
	}
	if strings.Contains(h.String(), "http://") || strings.Contains(h.String(), "https://") {
		t.Error("the HTML page loads something from the network")
	}
	var x bytes.Buffer
	if err := writeJUnit(&x, sum, journal); err != nil {
		t.Fatal(err)
	}
	var ju struct {
		Tests  int `xml:"tests,attr"`
		Suites []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal(x.Bytes(), &ju); err != nil {
		t.Fatalf("JUnit does not parse: %v\n%s", err, x.String())
	}
	if ju.Tests != 2 || len(ju.Suites) != 1 || len(ju.Suites[0].Cases) != 2 || ju.Suites[0].Cases[0].Failure == nil {
		t.Errorf("%+v", ju)
	}
	var j bytes.Buffer
	if err := writeJSON(&j, sum, journal); err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Version int
		Suite   string
		Stats   Stats
		Results []Result
	}
	if err := json.Unmarshal(j.Bytes(), &rep); err != nil {
		t.Fatalf("%v\n%s", err, j.String())
	}
	r0 := rep.Results[0]
	if rep.Version != 1 || rep.Stats.Total != 2 || len(rep.Results) != 2 || r0.Prompt == "" || r0.Provider != "a" || r0.Test == "" || r0.Vars["input"] == nil || len(r0.Assertions) != 1 {
		t.Errorf("%+v", rep)
	}
	var md bytes.Buffer
	writeMarkdown(&md, sum, journal)
	if !strings.Contains(md.String(), "| tighten-bullets |") || strings.Contains(md.String(), "<script>") {
		t.Errorf("markdown:\n%s", md.String())
	}
}

func TestCompareFindsRegression(t *testing.T) {
	e := newEnv(t)
	s := e.server("a", "openai")
	s.Answer(echo)
	suite := e.suite("prompts: [tighten-bullets]\nproviders: [a]\ntests:\n  - description: keeps redis\n    vars: {input: \"Cached lookups with Redis.\"}\n    assert: [{type: keeps-tools}]\n  - description: other\n    vars: {input: \"Built the API.\"}\n")
	journal := filepath.Join(e.dir, "run.jsonl")
	report := func() []byte {
		sum := e.run(suite, e.opts(func(o *Options) { o.Cache = nil }))
		var b bytes.Buffer
		writeJSON(&b, sum, journal)
		return b.Bytes()
	}
	before := report()
	s.Reply(`{"rewrite": "Cached lookups."}`) // drops Redis: a regression
	after := report()
	changes, err := Compare(bytes.NewReader(before), bytes.NewReader(after))
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) == 0 || changes[0].Kind != "regression" || changes[0].Test != "keeps redis" || !strings.Contains(changes[0].Reason, "Redis") {
		t.Errorf("%+v", changes)
	}
}

// TestResume: an interrupted run keeps what finished, and --resume runs
// only the rest.
func TestResume(t *testing.T) {
	e := newEnv(t)
	s := e.server("a", "openai")
	var suite strings.Builder
	suite.WriteString("prompts: [tighten-bullets]\nproviders: [a]\ntests:\n")
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&suite, "  - vars: {input: \"Built service %d.\"}\n", i)
	}
	st := e.suite(suite.String())
	ctx, cancel := context.WithCancel(context.Background())
	s.Answer(func(c llmtest.Call, n int) llmtest.Answer {
		if n == 7 {
			cancel()
		}
		if n >= 7 {
			return llmtest.Answer{Delay: 2 * time.Second, Text: `{"rewrite": "late"}`}
		}
		return echo(c, n)
	})
	o := e.opts(func(o *Options) { o.Cache = nil; o.Concurrency = 2 })
	sum, err := Run(ctx, st, o)
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Interrupted || sum.Stats.Total >= 20 {
		t.Fatalf("interrupted %v after %d", sum.Interrupted, sum.Stats.Total)
	}
	kept := map[string]bool{}
	readResults(o.Journal, func(r Result) { kept[str(r.Vars["input"])] = true })
	var mu sync.Mutex
	var again []string
	s.Answer(func(c llmtest.Call, n int) llmtest.Answer {
		in := c.Messages[len(c.Messages)-1].Content
		mu.Lock()
		for k := range kept {
			if strings.Contains(in, "<input>\n"+k+"\n</input>") {
				again = append(again, k)
			}
		}
		mu.Unlock()
		return echo(c, n)
	})
	o.Resume = true
	sum = e.run(st, o)
	if sum.Stats.Total != 20 || sum.Stats.Errors != 0 || sum.Stats.Passed != 20 {
		t.Errorf("after resume: %+v", sum.Stats)
	}
	if len(kept) == 0 || len(again) > 0 {
		t.Errorf("kept %d cells; resume asked again for %v", len(kept), again)
	}
}

func TestSuiteErrors(t *testing.T) {
	e := newEnv(t)
	cases := map[string]string{
		"prompts: [tighten-bullets]\nproviders: [offline]\ntests:\n  - vars: {input: x}\n    assert:\n      - {type: contain, value: y}\n": `suite.yaml:6: tests[0].assert[0].type: unknown assertion type "contain" (did you mean "contains"?)`,
		"prompts: [tighten-bullets]\nprovider: [offline]\ntests: []\n":                                                                     `suite.yaml:2: unknown key "provider" (did you mean "providers"?)`,
		"prompts: []\nproviders: [offline]\ntests:\n  - vars: {input: x}\n":                                                                "prompts: name at least one prompt",
		"prompts: [tighten-bullets]\nproviders: [offline]\ntests:\n  - vars: {input: x}\n    colour: red\n":                                `line 5: unknown key "colour"`,
		"prompts: [tighten-bullets]\nproviders: [offline]\ntests:\n  - vars: {input: x}\n    assert: [{type: max-words, value: lots}]\n":   "max-words needs a number",
		"prompts: [tighten-bullets]\nproviders: [offline]\ntests: file://nope.jsonl\n":                                                     "cannot read nope.jsonl",
	}
	for src, want := range cases {
		t.Run(src, func(t *testing.T) {
			p := filepath.Join(e.dir, "suite.yaml")
			_, err := ParseSuite(p, []byte(src), fileio.ReadRegular)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%q:\n got %v\nwant %q", src, err, want)
			}
		})
	}
}

func TestCasesFromFiles(t *testing.T) {
	e := newEnv(t)
	os.WriteFile(filepath.Join(e.dir, "cases.jsonl"), []byte(`{"description": "a", "vars": {"input": "Built X."}, "assert": [{"type": "contains", "value": "X"}]}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(e.dir, "cases.csv"), []byte("__description,input,__expected\nb,Built Y.,contains: Y\n"), 0o644)
	for _, f := range []string{"cases.jsonl", "cases.csv"} {
		s := e.suite("prompts: [tighten-bullets]\nproviders: [offline]\ntests: file://" + f + "\n")
		sum := e.run(s, e.opts(nil))
		if sum.Stats.Passed != 1 {
			t.Errorf("%s: %+v", f, sum.Stats)
		}
	}
}

func TestBundledSuiteOffline(t *testing.T) {
	e := newEnv(t)
	b, err := os.ReadFile("../examples/evals/backend-bullets.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ParseSuite("../examples/evals/backend-bullets.yaml", b, fileio.ReadRegular)
	if err != nil {
		t.Fatal(err)
	}
	s.Providers = []ProviderRef{{ID: "offline"}}
	sum := e.run(s, e.opts(nil))
	n := 0
	for _, t := range s.Tests {
		n += max(1, len(t.Prompts))
	}
	if len(s.Tests) < 40 || sum.Stats.Failed != 0 || sum.Stats.Errors != 0 || sum.Stats.Passed < 40 {
		t.Errorf("%d cases: %+v", len(s.Tests), sum.Stats)
	}
	covered := map[string]bool{}
	for _, c := range sum.Matrix {
		if c.Total+c.Skipped > 0 {
			covered[c.Prompt] = true
		}
	}
	if len(covered) != 10 {
		t.Errorf("the suite covers %d prompts", len(covered))
	}
}

// A var written file://PATH holds that file's text; a Word or PDF file
// gives its text.
func TestFileVars(t *testing.T) {
	e := newEnv(t)
	os.WriteFile(filepath.Join(e.dir, "bullet.txt"), []byte("Helped with the rollout."), 0o644)
	for _, f := range []string{"word-caps.docx", "chromium.pdf"} {
		b, err := os.ReadFile(filepath.Join("..", "resume", "testdata", "office", f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(e.dir, f), b, 0o644)
	}
	p := filepath.Join(e.dir, "suite.yaml")
	src := "prompts: [tighten-bullets]\nproviders: [offline]\ntests:\n  - vars: {input: file://bullet.txt, context: file://word-caps.docx, facts: [file://chromium.pdf]}\n"
	s, err := ParseSuite(p, []byte(src), fileio.ReadRegular)
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.prepareVars(s.Tests[0].Vars)
	if err != nil {
		t.Fatal(err)
	}
	if v["input"] != "Helped with the rollout." {
		t.Errorf("input %q", v["input"])
	}
	if c := str(v["context"]); !strings.Contains(c, "Built an event pipeline on Kafka that processes 3M order events a day.") {
		t.Errorf("context from .docx: %q", c)
	}
	if f := strList(v["facts"]); len(f) != 1 || !strings.Contains(f[0], "Cut monthly compute spend by 31%") {
		t.Errorf("facts from .pdf: %q", f)
	}
	s, err = ParseSuite(p, []byte("prompts: [tighten-bullets]\nproviders: [offline]\ntests:\n  - vars: {input: file://missing.docx}\n"), fileio.ReadRegular)
	if err != nil {
		t.Fatal(err)
	}
	if _, err = s.prepareVars(s.Tests[0].Vars); err == nil || !strings.Contains(err.Error(), "vars.input: cannot read missing.docx") {
		t.Errorf("missing file: %v", err)
	}
}

// TestResumeAfterTornLine: a journal whose last line was cut short by a
// kill re-runs that cell on --resume instead of losing it.
func TestResumeAfterTornLine(t *testing.T) {
	e := newEnv(t)
	var suite strings.Builder
	suite.WriteString("prompts: [tighten-bullets]\nproviders: [offline]\ntests:\n")
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&suite, "  - vars: {input: \"Built service %d.\"}\n", i)
	}
	st := e.suite(suite.String())
	o := e.opts(func(o *Options) { o.Cache = nil })
	if sum := e.run(st, o); sum.Stats.Total != 60 {
		t.Fatalf("first run: %+v", sum.Stats)
	}
	b, err := os.ReadFile(o.Journal)
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{1, 2, 40} { // the newline only; into the JSON
		t.Run(fmt.Sprintf("cut %d bytes", cut), func(t *testing.T) {
			os.WriteFile(o.Journal, b[:len(b)-cut], 0o600)
			o.Resume = true
			sum := e.run(st, o)
			if sum.Stats.Total != 60 || sum.Resumed != 59 {
				t.Errorf("after resume: %d results, %d resumed; want 60 and 59", sum.Stats.Total, sum.Resumed)
			}
			cells := map[int]int{}
			readResults(o.Journal, func(r Result) { cells[r.Cell]++ })
			if len(cells) != 60 || cells[59] != 1 {
				t.Errorf("journal holds %d cells, cell 59 %d times", len(cells), cells[59])
			}
		})
	}
}

func TestWorkersCapped(t *testing.T) {
	for _, c := range []struct{ asked, todo, want int }{
		{4, 100, 4}, {64, 3, 3}, {100000, 100000, MaxConcurrency}, {8, 0, 1}, {0, 10, 1},
	} {
		if got := workers(c.asked, c.todo); got != c.want {
			t.Errorf("workers(%d, %d) = %d, want %d", c.asked, c.todo, got, c.want)
		}
	}
}

// TestTerminalReportIsInert: a model's reply and a suite's names reach the
// terminal without their escape sequences (a reply could otherwise retitle
// the window, clear the screen or hide text).
func TestTerminalReportIsInert(t *testing.T) {
	e := newEnv(t)
	e.server("a", "openai").Reply("Built the API\x1b]0;owned\x07 \x1b[2Jdone")
	s := e.suite("description: \"suite \\e[31mred\"\nprompts: [tighten-bullets]\nproviders: [a]\ntests:\n  - description: \"case \\e[8mhidden\"\n    vars: {input: \"Built the API.\"}\n    assert: [{type: contains, value: nothing-like-this}]\n")
	sum := e.run(s, e.opts(nil))
	var b bytes.Buffer
	RenderTerminal(&b, sum, false)
	if strings.ContainsAny(b.String(), "\x1b\x07") {
		t.Errorf("escape sequences reached the terminal:\n%q", b.String())
	}
	if !strings.Contains(b.String(), "Built the API") {
		t.Errorf("the failing output is not shown:\n%s", b.String())
	}
}
