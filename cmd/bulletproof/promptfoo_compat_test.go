package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/eval"
	"github.com/bulletproof-cli/bulletproof/internal/fakeopenai"
)

// TestPromptfooCompatibility runs each suite under eval/testdata/promptfoo
// — promptfoo configs modelled on public ones, with fictional content —
// against a fake OpenAI-compatible server answering from the suite's
// replies.yaml, and compares every cell with the verdict promptfoo 0.123.1
// gave on the same suite and the same server (promptfoo-verdicts.json,
// recorded with scripts/pfcompat; no node needed here).
func TestPromptfooCompatibility(t *testing.T) {
	files, _ := filepath.Glob(repo(t, "eval/testdata/promptfoo/*/promptfoo-verdicts.json"))
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	total, agree := 0, 0
	for _, vf := range files {
		dir := filepath.Dir(vf)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			n, ok := runCompatFixture(t, dir)
			total += n
			agree += ok
		})
	}
	t.Logf("agreement with promptfoo 0.123.1: %d of %d cells", agree, total)
}

type pfVerdict struct {
	Prompt      int            `json:"prompt"`
	PromptLabel string         `json:"prompt_label"`
	Provider    string         `json:"provider"`
	Description string         `json:"description"`
	Vars        map[string]any `json:"vars"`
	Verdict     string         `json:"verdict"`
	Score       float64        `json:"score"`
	Assertions  []bool         `json:"assertions"`
	Output      any            `json:"output"`
}

var generatedName = regexp.MustCompile(`^case \d+$`)

func runCompatFixture(t *testing.T, dir string) (int, int) {
	isolate(t)
	b, err := os.ReadFile(filepath.Join(dir, "replies.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	rules, err := fakeopenai.Load(b)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(&fakeopenai.Server{Rules: rules})
	defer srv.Close()
	setenv(t, "OPENAI_BASE_URL", srv.URL+"/v1")
	setenv(t, "OPENAI_API_BASE_URL", "")
	setenv(t, "OPENAI_API_KEY", "sk-fake-0000000000000000")
	suite := filepath.Join(dir, "promptfooconfig.yaml")
	if usesPython(t, dir) {
		if _, err := exec.LookPath("python3"); err != nil {
			t.Skip("the suite has python assertions and python3 is not here")
		}
	}
	out := filepath.Join(t.TempDir(), "out.json")
	args := []string{"eval", "run", suite, "--no-cache", "-o", out}
	if extra, err := os.ReadFile(filepath.Join(dir, "bulletproof-args")); err == nil {
		args = append(args, strings.Fields(string(extra))...)
	}
	r := cli(t, "", args...)
	if r.code != 0 && r.code != exitTestsFailed {
		t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	var want struct {
		Cells []pfVerdict `json:"cells"`
	}
	vb, _ := os.ReadFile(filepath.Join(dir, "promptfoo-verdicts.json"))
	if err := json.Unmarshal(vb, &want); err != nil {
		t.Fatal(err)
	}
	sb, _ := os.ReadFile(suite)
	s, err := eval.ParseSuite(suite, sb, eval.ConfinedReader(dir, true))
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]bool{}
	for _, p := range s.Prompts {
		labels[p.Label] = true
	}
	// promptfoo's labels for file prompts hold absolute paths: fall back to
	// the prompt's place in the list
	promptOf := func(w pfVerdict) string {
		if labels[w.PromptLabel] {
			return w.PromptLabel
		}
		if w.Prompt < len(s.Prompts) {
			return s.Prompts[w.Prompt].Label
		}
		return fmt.Sprint(w.Prompt)
	}
	providerID := map[string]string{}
	for _, p := range s.Providers {
		providerID[p.Name()] = p.ID
	}
	f, _ := os.Open(out)
	defer f.Close()
	got, err := eval.ReadReport(f)
	if err != nil {
		t.Fatal(err)
	}
	key := func(provider, prompt, desc string, vars map[string]any) string {
		vb, _ := json.Marshal(normalize(vars))
		return fmt.Sprintf("%s|%s|%s|%s", providerKey(provider), prompt, desc, vb)
	}
	ours := map[string]eval.Result{}
	for _, res := range got {
		desc := strings.TrimSpace(regexp.MustCompile(` \([^()]*=[^()]*\)$`).ReplaceAllString(res.Test, ""))
		if generatedName.MatchString(desc) {
			desc = ""
		}
		ours[key(providerID[res.Provider], res.Prompt, desc, res.Vars)] = res
	}
	agree := 0
	for _, w := range want.Cells {
		res, ok := ours[key(w.Provider, promptOf(w), w.Description, w.Vars)]
		if !ok {
			t.Errorf("no cell for prompt %d %q %v", w.Prompt, w.Description, w.Vars)
			continue
		}
		verdict := "fail"
		switch {
		case res.Error != "":
			verdict = "error"
		case res.Pass:
			verdict = "pass"
		}
		var passes []bool
		for _, a := range res.Assertions {
			if a.Type != "assert-set" {
				passes = append(passes, a.Pass)
			}
		}
		switch {
		case verdict != w.Verdict:
			t.Errorf("prompt %d %q %v: %s, promptfoo %s (%s)", w.Prompt, w.Description, w.Vars, verdict, w.Verdict, oneLine(res.Error+failedReasons(res)))
		case verdict != "error" && fmt.Sprintf("%.3f", res.Score) != fmt.Sprintf("%.3f", w.Score):
			t.Errorf("prompt %d %q: score %.3f, promptfoo %.3f", w.Prompt, w.Description, res.Score, w.Score)
		case verdict != "error" && isString(w.Output) && w.Output != res.Output:
			t.Errorf("prompt %d %q: output\n%q\npromptfoo\n%q", w.Prompt, w.Description, res.Output, w.Output)
		case verdict != "error" && len(w.Assertions) > 0 && fmt.Sprint(passes) != fmt.Sprint(w.Assertions) && !hasSet(res):
			t.Errorf("prompt %d %q: assertions %v, promptfoo %v", w.Prompt, w.Description, passes, w.Assertions)
		default:
			agree++
		}
	}
	if len(got) != len(want.Cells) {
		t.Errorf("%d cells, promptfoo %d", len(got), len(want.Cells))
	}
	t.Logf("%s: %d of %d cells agree", filepath.Base(dir), agree, len(want.Cells))
	return len(want.Cells), agree
}

// providerKey reads openai:chat:m and openai:m as one provider.
func providerKey(p string) string {
	name, rest, _ := strings.Cut(p, ":")
	if mode, model, ok := strings.Cut(rest, ":"); ok && (mode == "chat" || mode == "messages" || mode == "completion") {
		return name + ":" + model
	}
	return p
}

// usesPython reports whether a fixture's files hold python assertions.
func usesPython(t *testing.T, dir string) bool {
	found := false
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, _ := os.ReadFile(p); strings.Contains(string(b), "type: python") || strings.Contains(string(b), "python:") {
				found = true
			}
		}
		return nil
	})
	return found
}

func isString(v any) bool { _, ok := v.(string); return ok }

func normalize(v map[string]any) any {
	b, _ := json.Marshal(v)
	var out any
	json.Unmarshal(b, &out)
	return out
}

func hasSet(r eval.Result) bool {
	for _, a := range r.Assertions {
		if a.Type == "assert-set" {
			return true
		}
	}
	return false
}

func failedReasons(r eval.Result) string {
	var out []string
	for _, a := range r.Assertions {
		if !a.Pass {
			out = append(out, a.Type+": "+a.Reason)
		}
	}
	return strings.Join(out, "; ")
}
