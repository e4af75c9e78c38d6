package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/bulletproof-cli/bulletproof/internal/english"
)

type result struct {
	stdout, stderr string
	code           int
}

// testEnv is a test's own environment and working directory: commands
// read them through deps, so tests leave the process's alone and may run
// in parallel.
type testEnv struct {
	dir  string
	mu   sync.Mutex
	vars map[string]string
}

func (e *testEnv) getenv(k string) string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.vars[k]
}

func (e *testEnv) setenv(k, v string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.vars[k] = v
	return nil
}

// envs holds each isolated test's environment by test name; a subtest
// uses its parent's.
var envs sync.Map

// isolate gives a test its own HOME, XDG dirs and working directory, NO_COLOR,
// and no BULLETPROOF_* variables, and returns the directory.
func isolate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	e := &testEnv{dir: dir, vars: map[string]string{
		"HOME": dir, "XDG_CONFIG_HOME": filepath.Join(dir, "config"), "XDG_CACHE_HOME": filepath.Join(dir, "cache"),
		"NO_COLOR": "1", "PATH": os.Getenv("PATH"),
	}}
	envs.Store(t.Name(), e)
	t.Cleanup(func() { envs.Delete(t.Name()) })
	return dir
}

// isolateHere is isolate that also makes the directory the working
// directory, for tests that name files relative to it; such a test cannot
// run in parallel.
func isolateHere(t *testing.T) string {
	t.Helper()
	dir := isolate(t)
	t.Chdir(dir)
	return dir
}

// envOf is the environment isolate gave t (or its parent test), or nil.
func envOf(t *testing.T) *testEnv {
	for name := t.Name(); ; {
		if e, ok := envs.Load(name); ok {
			return e.(*testEnv)
		}
		i := strings.LastIndexByte(name, '/')
		if i < 0 {
			return nil
		}
		name = name[:i]
	}
}

// testDeps is d with t's isolated environment and directory, if it has one.
func testDeps(t *testing.T, d deps) deps {
	if e := envOf(t); e != nil {
		d.getenv, d.setenv, d.dir = e.getenv, e.setenv, e.dir
	}
	return d
}

// setenv sets a variable in t's isolated environment.
func setenv(t *testing.T, k, v string) {
	t.Helper()
	e := envOf(t)
	if e == nil {
		t.Fatal("setenv needs isolate first")
	}
	e.setenv(k, v)
}

// repo returns an absolute path to a file in the repository.
func repo(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join(repoRoot, rel))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var repoRoot = func() string {
	wd, _ := os.Getwd()
	return filepath.Join(wd, "..", "..")
}()

func cli(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	return cliWith(t, defaultDeps(), stdin, args...)
}

func cliWith(t *testing.T, d deps, stdin string, args ...string) result {
	t.Helper()
	d = testDeps(t, d)
	var out, errb bytes.Buffer
	code := runWith(context.Background(), args, strings.NewReader(stdin), &out, &errb, d)
	return result{out.String(), errb.String(), code}
}

func TestVersion(t *testing.T) {
	isolate(t)
	t.Parallel()
	for _, args := range [][]string{{"--version"}, {"version"}} {
		r := cli(t, "", args...)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "bulletproof ") || !strings.Contains(r.stdout, "commit") {
			t.Errorf("%v: %+v", args, r)
		}
	}
}

func TestRewriteExampleOffline(t *testing.T) {
	isolate(t)
	t.Parallel()
	r := cli(t, "", "rewrite", repo(t, "examples/resume.md"), "--prompt", "tighten-bullets")
	if r.code != 0 {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"Owned the ledger reconciliation service", "Migrated the settlement batch", "Cached product catalog lookups with Redis", "13 items: "} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "Offline engine") {
		t.Errorf("no offline notice on stderr: %q", r.stderr)
	}
}

// TestRewriteJSONShape checks the documented JSON fields and that no weak
// opener survives in any experience bullet of the bundled examples and the
// shared JSON Resume samples.
func TestRewriteJSONShape(t *testing.T) {
	isolate(t)
	t.Parallel()
	files, _ := filepath.Glob(filepath.Join(repoRoot, "..", "shared", "data", "jsonresume", "*.resume.json"))
	files = append(files, repo(t, "examples/resume.md"), repo(t, "examples/resume.json"))
	for _, f := range files {
		r := cli(t, "", "rewrite", f, "--prompt", "tighten-bullets", "--format", "json")
		if r.code != 0 {
			t.Errorf("%s: exit %d: %s", f, r.code, r.stderr)
			continue
		}
		var res struct {
			Prompt string `json:"prompt"`
			Engine string `json:"engine"`
			Model  *string
			Items  []struct {
				ID, Section, Original, Final, Status string
				Attempts                             int
				Candidates                           []struct {
					Text     string
					Verdict  string
					Findings []json.RawMessage
				}
			}
			Usage struct {
				PromptTokens     *int `json:"prompt_tokens"`
				CompletionTokens *int `json:"completion_tokens"`
			}
		}
		if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
			t.Fatalf("%s: %v\n%s", f, err, r.stdout)
		}
		if res.Prompt != "tighten-bullets" || res.Engine != "offline" || res.Usage.PromptTokens == nil || len(res.Items) == 0 {
			t.Errorf("%s: shape %+v", f, res)
		}
		for _, it := range res.Items {
			if it.Status == "kept_original" || it.Status == "error" {
				t.Errorf("%s %s: %s: %+v", f, it.ID, it.Status, it.Candidates)
			}
			if it.Section == "experience" {
				if o, _, weak := english.WeakOpener(it.Final); weak {
					t.Errorf("%s %s: weak opener %q left in %q", f, it.ID, o.Phrase, it.Final)
				}
			}
		}
	}
}

func TestRewriteOutputAndInPlace(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	src := filepath.Join(dir, "r.md")
	orig, _ := os.ReadFile(repo(t, "examples/resume.md"))
	os.WriteFile(src, orig, 0o644)
	out := filepath.Join(dir, "out.md")
	r := cli(t, "", "rewrite", src, "--output", out)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	b, _ := os.ReadFile(out)
	if !strings.Contains(string(b), "- Owned the ledger reconciliation service") || !strings.Contains(string(b), "## Experience") {
		t.Errorf("output resume:\n%s", b)
	}
	if now, _ := os.ReadFile(src); !bytes.Equal(now, orig) {
		t.Error("the input was changed without --in-place")
	}
	r = cli(t, "", "rewrite", src, "--output", out)
	if r.code != 2 || !strings.Contains(r.stderr, "already exists") {
		t.Errorf("overwrote without --force: %+v", r)
	}
	if r = cli(t, "", "rewrite", src, "--output", out, "--force"); r.code != 0 {
		t.Errorf("--force: %+v", r)
	}
	r = cli(t, "", "rewrite", src, "--in-place")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	bak, _ := os.ReadFile(src + ".bak")
	if !bytes.Equal(bak, orig) {
		t.Error("no faithful .bak")
	}
	now, _ := os.ReadFile(src)
	if !strings.Contains(string(now), "Owned the ledger") {
		t.Errorf("in-place result:\n%s", now)
	}
	// JSON Resume in, JSON Resume out, unknown fields kept
	js := filepath.Join(dir, "r.json")
	jorig, _ := os.ReadFile(repo(t, "examples/resume.json"))
	os.WriteFile(js, jorig, 0o644)
	jout := filepath.Join(dir, "out.json")
	if r = cli(t, "", "rewrite", js, "-o", jout); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	b, _ = os.ReadFile(jout)
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil || !strings.Contains(string(b), `"$schema"`) || !strings.Contains(string(b), "Owned the ledger") {
		t.Errorf("json output %v:\n%s", err, b)
	}
}

// TestBadInput: one clear line on stderr, exit 2, nothing on stdout,
// nothing written.
func TestBadInput(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	good := write("good.md", []byte("## Experience\n### Engineer — Acme\n2020 – 2021\n- Built things.\n"))
	big := write("big.md", bytes.Repeat([]byte("a"), 5<<20+10))
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"rewrite", filepath.Join(dir, "nope.md")}, "no such file"},
		{"directory", []string{"rewrite", dir}, "is a directory"},
		{"binary", []string{"rewrite", write("bin.md", []byte("PK\x03\x04\x00\x00binary"))}, "binary file"},
		{"not utf-8", []string{"rewrite", write("latin1.txt", []byte("Experience\nD\xe9veloppeur \xe0 Paris\n"))}, "not UTF-8"},
		{"empty", []string{"rewrite", write("empty.md", []byte("  \n"))}, "empty"},
		{"too big", []string{"rewrite", big}, "limit is 5 MiB"},
		{"bad json", []string{"rewrite", write("bad.json", []byte("{\n  \"basics\": {\n    \"name\": \"x\",\n  }\n}\n"))}, "line 4"},
		{"unknown prompt", []string{"rewrite", good, "--prompt", "tighten-bulets"}, `did you mean "tighten-bullets"`},
		{"needs job", []string{"rewrite", good, "--prompt", "match-job-language"}, "needs a job ad: add --job"},
		{"bad format", []string{"rewrite", good, "--format", "xml"}, `unknown --format "xml"`},
		{"bad flag", []string{"rewrite", good, "--frobnicate"}, "unknown flag"},
		{"no args", []string{"rewrite"}, "needs a resume file"},
		{"texts for guard", []string{"guard", "old words", "new words"}, "try: bulletproof guard --source old.txt --rewrite new.txt"},
		{"no sections", []string{"rewrite", write("plain.txt", []byte("just some words\n"))}, "no resume sections"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := cli(t, "", c.args...)
			if r.code != 2 {
				t.Errorf("%s: exit %d, want 2 (%q)", c.name, r.code, r.stderr)
			}
			if !strings.Contains(r.stderr, c.want) || strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 {
				t.Errorf("%s: stderr %q, want one line containing %q", c.name, r.stderr, c.want)
			}
			if r.stdout != "" {
				t.Errorf("%s: wrote to stdout: %q", c.name, r.stdout)
			}
			if strings.Contains(r.stderr, "panic") {
				t.Errorf("%s: panicked", c.name)
			}
		})
	}
}

func TestPromptsCommands(t *testing.T) {
	isolate(t)
	t.Parallel()
	r := cli(t, "", "prompts", "list", "--format", "json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list) != 10 {
		t.Fatalf("%v %+v", err, r)
	}
	for _, k := range []string{"name", "title", "sections", "needs_job"} {
		if _, ok := list[0][k]; !ok {
			t.Errorf("prompts list json lacks %q", k)
		}
	}
	if r = cli(t, "", "prompts", "list"); !strings.Contains(r.stdout, "match-job-language") {
		t.Errorf("%+v", r)
	}
	if r = cli(t, "", "prompts", "show", "tighten-bullets"); r.code != 0 || !strings.Contains(r.stdout, "--- system ---") {
		t.Errorf("%+v", r)
	}
	r = cli(t, "", "prompts", "render", "match-job-language", repo(t, "examples/resume.md"), "--job", repo(t, "examples/job.txt"))
	if r.code != 0 || !strings.Contains(r.stdout, "=== experience.0.bullets.0 ===") || !strings.Contains(r.stdout, "<job>") {
		t.Errorf("%+v", r)
	}
}

func TestUserPromptsDir(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	pd := filepath.Join(dir, "mine")
	os.MkdirAll(pd, 0o755)
	os.WriteFile(filepath.Join(pd, "shout.yaml"), []byte("name: shout\ntitle: Shout\nsections: [experience]\nsystem: \"{{.rules}}\"\nuser: \"Shout it: <input>{{.input}}</input>\"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bulletproof.yaml"), []byte("prompts:\n  dir: "+pd+"\n"), 0o644)
	r := cli(t, "", "prompts", "list")
	if !strings.Contains(r.stdout, "shout") {
		t.Errorf("%+v", r)
	}
	r = cli(t, "", "rewrite", repo(t, "examples/resume.md"), "--prompt", "shout", "--format", "json")
	if r.code != 0 || !strings.Contains(r.stdout, `"status": "unsupported"`) {
		t.Errorf("offline should mark a user prompt unsupported: %+v", r)
	}
}

func TestConfigCommands(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	r := cli(t, "", "config", "path")
	want := filepath.Join(dir, "config", "bulletproof", "config.yaml")
	if strings.TrimSpace(r.stdout) != want {
		t.Errorf("path %q want %q", r.stdout, want)
	}
	if r = cli(t, "", "config", "init"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if r = cli(t, "", "config", "init"); r.code != 2 || !strings.Contains(r.stderr, "--force") {
		t.Errorf("init overwrote: %+v", r)
	}
	if r = cli(t, "", "config", "init", "--force"); r.code != 0 {
		t.Errorf("%+v", r)
	}
	setenv(t, "BULLETPROOF_REWRITE_MAX_ATTEMPTS", "5")
	setenv(t, "OPENAI_API_KEY", "sk-test-should-never-print")
	r = cli(t, "", "config", "show")
	if r.code != 0 || !strings.Contains(r.stdout, "rewrite.max_attempts") || !strings.Contains(r.stdout, "env BULLETPROOF_REWRITE_MAX_ATTEMPTS") {
		t.Errorf("%+v", r)
	}
	if strings.Contains(r.stdout+r.stderr, "sk-test") || !strings.Contains(r.stdout, "$OPENAI_API_KEY set (****)") {
		t.Errorf("key status wrong or key leaked:\n%s", r.stdout)
	}
	r = cli(t, "", "config", "show", "--concurrency", "9")
	if r.code != 2 {
		t.Errorf("config show should not take model flags: %+v", r)
	}
}

// guardFiles writes a source bullet and two rewrites of it: one the guard
// accepts (good) and one it rejects for two unsupported claims (bad).
func guardFiles(t *testing.T, dir string) (src, good, bad string) {
	t.Helper()
	src, good, bad = filepath.Join(dir, "src.txt"), filepath.Join(dir, "good.txt"), filepath.Join(dir, "bad.txt")
	for p, text := range map[string]string{
		src:  "Cut p95 latency from 420 ms to 180 ms on the Go billing API.\n",
		good: "Cut p95 latency 57% (420 ms to 180 ms) on the Go billing API.\n",
		bad:  "Cut p95 latency 60% on the Go billing API with Kafka.\n",
	} {
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return src, good, bad
}

func TestGuardCommand(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	src, good, bad := guardFiles(t, dir)
	r := cli(t, "", "guard", "--source", src, "--rewrite", good)
	if r.code != 0 || !strings.Contains(r.stdout, "accept") {
		t.Errorf("%+v", r)
	}
	r = cli(t, "", "guard", "--source", src, "--rewrite", bad)
	if r.code != 1 || !strings.Contains(r.stdout, "reject: 2 unsupported claims") || !strings.Contains(r.stdout, "^^^") {
		t.Errorf("%+v", r)
	}
	r = cli(t, "Cut p95 latency 60% on the Go billing API.", "guard", "--source", src, "--rewrite", "-", "--format", "json")
	var v struct {
		Verdict  string `json:"verdict"`
		Findings []struct{ Kind, Code, Text, Severity, Detail string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil || v.Verdict != "reject" || v.Findings[0].Code == "" {
		t.Errorf("%v %+v", err, r)
	}
	r = cli(t, "", "guard", "--source", src)
	if r.code != 2 {
		t.Errorf("%+v", r)
	}
}

func TestGuardPairs(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	var in strings.Builder
	for i := 0; i < 300; i++ {
		rw := "Cut latency from 420 ms to 180 ms."
		if i%3 == 0 {
			rw = "Cut latency by 75% with Kafka."
		}
		b, _ := json.Marshal(map[string]any{"id": i, "source": "Cut latency from 420 ms to 180 ms.", "rewrite": rw})
		b = bytes.Replace(b, []byte(`"id":`+itoa(i)), []byte(`"id":"p`+itoa(i)+`"`), 1)
		in.Write(append(b, '\n'))
		if i == 10 {
			in.WriteString("\n")
		}
	}
	p := filepath.Join(dir, "pairs.jsonl")
	os.WriteFile(p, []byte(in.String()), 0o644)
	r := cli(t, "", "guard", "--pairs", p)
	if r.code != 1 {
		t.Fatalf("%d %s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 300 {
		t.Fatalf("%d lines", len(lines))
	}
	for i, l := range lines {
		var o struct{ ID, Verdict string }
		json.Unmarshal([]byte(l), &o)
		want := "accept"
		if i%3 == 0 {
			want = "reject"
		}
		if o.ID != "p"+itoa(i) || o.Verdict != want {
			t.Fatalf("line %d: %s", i, l)
		}
	}
	os.WriteFile(p, []byte(`{"id":"a","source":"x","rewrite":"x"}`+"\n"+`{"id": "b", "source": `+"\n"), 0o644)
	r = cli(t, "", "guard", "--pairs", p)
	if r.code != 2 || !strings.Contains(r.stderr, "line 2") {
		t.Errorf("%+v", r)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestKeywords(t *testing.T) {
	isolate(t)
	t.Parallel()
	r := cli(t, "We build Golang services on AWS (EKS) with Postgres. You will go far.", "keywords", "-", "--format", "json")
	var out struct {
		Keywords []struct {
			Term, Category string
			Mentions       []string
			Count          int
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatal(err, r)
	}
	got := map[string]string{}
	for _, k := range out.Keywords {
		got[k.Term] = strings.Join(k.Mentions, ",")
	}
	if got["Go"] != "Golang" || got["PostgreSQL"] != "Postgres" || got["Amazon EKS"] != "EKS" || len(got) != 4 {
		t.Errorf("%v", got)
	}
}

func TestSafetyAndUsage(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	// unknown commands are usage errors with a suggestion
	for _, args := range [][]string{{"rewirte", "x"}, {"config", "shw"}, {"eval", "rnu"}, {"prompts", "lst"}} {
		if r := cli(t, "", args...); r.code != 2 || !strings.Contains(r.stderr, "unknown command") {
			t.Errorf("%v: %+v", args, r)
		}
	}
	// --in-place never replaces a .bak silently, and writes through a symlink
	real := filepath.Join(dir, "real.md")
	orig, _ := os.ReadFile(repo(t, "examples/resume.md"))
	os.WriteFile(real, orig, 0o644)
	os.WriteFile(real+".bak", []byte("my own backup"), 0o644)
	if r := cli(t, "", "rewrite", real, "--in-place"); r.code != 2 || !strings.Contains(r.stderr, ".bak already exists") {
		t.Errorf("%+v", r)
	}
	if b, _ := os.ReadFile(real + ".bak"); string(b) != "my own backup" {
		t.Error("the user's .bak was replaced")
	}
	os.Remove(real + ".bak")
	link := filepath.Join(dir, "link.md")
	os.Symlink(real, link)
	if r := cli(t, "", "rewrite", link, "--in-place"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
		t.Error("the symlink became a file")
	}
	if b, _ := os.ReadFile(real); !strings.Contains(string(b), "Owned the ledger") {
		t.Error("the link's target was not rewritten")
	}
	// eval cache clear removes only what bulletproof made
	cache := filepath.Join(dir, "mycache")
	os.MkdirAll(cache, 0o755)
	os.WriteFile(filepath.Join(cache, "thesis.tex"), []byte("keep me"), 0o644)
	setenv(t, "BULLETPROOF_EVAL_CACHE_DIR", cache)
	cli(t, "", "eval", "run", repo(t, "examples/evals/backend-bullets.yaml"), "--provider", "offline")
	if r := cli(t, "", "eval", "cache", "clear"); r.code != 0 {
		t.Errorf("%+v", r)
	}
	if _, err := os.Stat(filepath.Join(cache, "thesis.tex")); err != nil {
		t.Error("cache clear deleted a file it did not make")
	}
	// guard --pairs on a folder is an input error
	if r := cli(t, "", "guard", "--pairs", dir); r.code != 2 || !strings.Contains(r.stderr, "is a directory") {
		t.Errorf("%+v", r)
	}
	// keywords in JSON is a list even when empty
	if r := cli(t, "nothing technical here", "keywords", "-", "--format", "json"); !strings.Contains(r.stdout, `"keywords": []`) {
		t.Errorf("%+v", r)
	}
}
