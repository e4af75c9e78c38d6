package config

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"

	"github.com/bulletproof-cli/bulletproof"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

// isolate points HOME and XDG_CONFIG_HOME at a temp dir and clears
// BULLETPROOF_* variables.
func isolate(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "xdg"))
	for _, e := range os.Environ() {
		if k, _, _ := strings.Cut(e, "="); strings.HasPrefix(k, "BULLETPROOF_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
	return dir
}

// documentedKeys flattens config.example.yaml into dotted keys with "*" for
// provider and price names, and checks each has a comment line above it.
func documentedKeys(t *testing.T) map[string]bool {
	var root yaml.Node
	if err := yaml.Unmarshal(bulletproof.ConfigExample, &root); err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	var walk func(n *yaml.Node, prefix []string)
	walk = func(n *yaml.Node, prefix []string) {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			path := append(append([]string(nil), prefix...), k.Value)
			if len(prefix) == 1 && prefix[0] == "providers" {
				path[1] = "*"
			}
			if v.Kind == yaml.MappingNode && k.Value != "prices" {
				walk(v, path)
				continue
			}
			name := strings.Join(path, ".")
			if strings.TrimSpace(k.HeadComment) == "" {
				t.Errorf("config.example.yaml: %s has no comment line", name)
			}
			out[name] = true
		}
	}
	walk(root.Content[0], nil)
	return out
}

func TestExampleDocumentsEveryKey(t *testing.T) {
	doc := documentedKeys(t)
	for k := range doc {
		if _, ok := lookupKey(strings.ReplaceAll(k, "*", "x")); !ok {
			t.Errorf("config.example.yaml names %q, which the code does not know", k)
		}
	}
	for _, k := range Keys {
		if !doc[k.Name] {
			t.Errorf("the code reads %q, which config.example.yaml does not document", k.Name)
		}
	}
	// the comments say what Keys says
	var root yaml.Node
	yaml.Unmarshal(bulletproof.ConfigExample, &root)
	for _, k := range Keys {
		if !strings.Contains(string(bulletproof.ConfigExample), "# "+k.Doc+"\n") {
			t.Errorf("config.example.yaml's comment for %s differs from the code's: %q", k.Name, k.Doc)
		}
	}
}

func TestExampleLoads(t *testing.T) {
	dir := isolate(t)
	f := filepath.Join(dir, "c.yaml")
	os.WriteFile(f, bulletproof.ConfigExample, 0o600)
	c, err := Load(Options{File: f, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if c.Provider != "offline" || c.Rewrite.MaxAttempts != 3 || c.Providers["azure"].APIVersion != "2024-06-01" || c.Prices["gpt-4o-mini"].Output != 0.6 {
		t.Errorf("unexpected: %+v", c)
	}
	if c.Providers["lmstudio"].JSONMode != "off" {
		t.Errorf("lmstudio json_mode %q", c.Providers["lmstudio"].JSONMode)
	}
}

// TestPrecedence: flag beats env beats file beats default.
func TestPrecedence(t *testing.T) {
	dir := isolate(t)
	file := filepath.Join(dir, "bulletproof.yaml")
	os.WriteFile(file, []byte("rewrite:\n  max_attempts: 5\n  concurrency: 6\ntimeout: 30s\n"), 0o600)
	load := func(args ...string) *Config {
		t.Helper()
		fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
		fs.Int("concurrency", 4, "")
		fs.String("timeout", "60s", "")
		if err := fs.Parse(args); err != nil {
			t.Fatal(err)
		}
		c, err := Load(Options{Flags: fs, Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	c := load()
	if c.Rewrite.MaxAttempts != 5 || c.Rewrite.Concurrency != 6 || c.Timeout.String() != "30s" || c.File != file {
		t.Fatalf("file not applied: %+v", c.Rewrite)
	}
	if got := c.Source("rewrite.max_attempts"); got != "file "+file {
		t.Errorf("source %q", got)
	}
	if got := c.Source("max_retries"); got != "default" {
		t.Errorf("source %q", got)
	}
	t.Setenv("BULLETPROOF_REWRITE_MAX_ATTEMPTS", "7")
	t.Setenv("BULLETPROOF_REWRITE_CONCURRENCY", "8")
	c = load()
	if c.Rewrite.MaxAttempts != 7 || c.Rewrite.Concurrency != 8 {
		t.Errorf("env did not beat file: %+v", c.Rewrite)
	}
	if got := c.Source("rewrite.concurrency"); got != "env BULLETPROOF_REWRITE_CONCURRENCY" {
		t.Errorf("source %q", got)
	}
	c = load("--concurrency", "9")
	if c.Rewrite.Concurrency != 9 || c.Rewrite.MaxAttempts != 7 {
		t.Errorf("flag did not beat env: %+v", c.Rewrite)
	}
	if got := c.Source("rewrite.concurrency"); got != "flag --concurrency" {
		t.Errorf("source %q", got)
	}
}

func TestUserConfigPath(t *testing.T) {
	dir := isolate(t)
	user, _ := UserPath(nil)
	if user != filepath.Join(dir, "xdg", "bulletproof", "config.yaml") {
		t.Fatalf("user path %s", user)
	}
	os.MkdirAll(filepath.Dir(user), 0o700)
	os.WriteFile(user, []byte("provider: ollama\n"), 0o600)
	c, err := Load(Options{Dir: t.TempDir()})
	if err != nil || c.Provider != "ollama" || c.File != user {
		t.Fatalf("%v %+v", err, c)
	}
}

func TestBadConfig(t *testing.T) {
	dir := isolate(t)
	cases := map[string]string{
		"rewrite:\n  max_attempt: 2\n":                    `unknown key "rewrite.max_attempt" (did you mean "rewrite.max_attempts"?)`,
		"providers:\n  openai:\n    api_key: sk-secret\n": "API keys are read only from environment variables",
		"timeout: soon\n":                                 `timeout "soon"`,
		"guard:\n  scope: galaxy\n":                       `guard.scope "galaxy"`,
		"provider: [\n":                                   "config file",
	}
	for body, want := range cases {
		t.Run(body, func(t *testing.T) {
			f := filepath.Join(dir, "bad.yaml")
			os.WriteFile(f, []byte(body), 0o600)
			_, err := Load(Options{File: f, Dir: dir})
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%q: got %v, want %q", body, err, want)
			}
			if err != nil && strings.Contains(err.Error(), "sk-secret") {
				t.Errorf("error leaks the key: %v", err)
			}
			if err != nil && !usage.Is(err) {
				t.Errorf("%q: not a usage error", body)
			}
		})
	}
	if _, err := Load(Options{File: filepath.Join(dir, "missing.yaml")}); err == nil {
		t.Error("a missing --config file loaded")
	}
}

func TestEffectiveMasksAndSorts(t *testing.T) {
	isolate(t)
	c, err := Load(Options{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	es := c.Effective()
	keys := make([]string, len(es))
	for i, e := range es {
		keys[i] = e.Key
	}
	if !sort.StringsAreSorted(keys) || len(keys) < 20 {
		t.Errorf("keys: %v", keys)
	}
}

// TestStructsHoldTheRegistrysKeys: the sections' tags and Keys name the
// same keys, so that every key the code reads is declared (and
// documented), and every declared key is read.
func TestStructsHoldTheRegistrysKeys(t *testing.T) {
	tagged := map[string]bool{"prices": true} // a list, decoded on its own
	var walk func(typ reflect.Type, prefix string)
	walk = func(typ reflect.Type, prefix string) {
		for i := range typ.NumField() {
			f := typ.Field(i)
			tag := f.Tag.Get("mapstructure")
			if tag == "" || tag == "-" {
				continue
			}
			key := prefix + tag
			switch {
			case f.Type.Kind() == reflect.Struct && f.Type != reflect.TypeOf(time.Duration(0)):
				walk(f.Type, key+".")
			case f.Type.Kind() == reflect.Map:
				walk(f.Type.Elem(), key+".*.")
			default:
				tagged[key] = true
			}
		}
	}
	walk(reflect.TypeOf(Config{}), "")
	declared := map[string]bool{}
	for _, k := range Keys {
		declared[k.Name] = true
		if !tagged[k.Name] {
			t.Errorf("Keys declares %q, which no section decodes", k.Name)
		}
	}
	for k := range tagged {
		if !declared[k] {
			t.Errorf("a section decodes %q, which Keys does not declare", k)
		}
	}
	if len(tagged) < 20 {
		t.Errorf("found only %d keys; the walk is broken", len(tagged))
	}
}

func TestStrictAndSafe(t *testing.T) {
	dir := isolate(t)
	t.Setenv("BULLETPROOF_MAX_RETRIES", "abc")
	_, err := Load(Options{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "max_retries") || !strings.Contains(err.Error(), "BULLETPROOF_MAX_RETRIES") {
		t.Errorf("bad env number: %v", err)
	}
	os.Unsetenv("BULLETPROOF_MAX_RETRIES")
	f := filepath.Join(dir, "c.yaml")
	os.WriteFile(f, []byte("providers:\n  openai:\n    api_key_env: sk-proj-abcdefghijklmnopqrstuvwx\n"), 0o600)
	_, err = Load(Options{File: f, Dir: dir})
	if err == nil || strings.Contains(err.Error(), "sk-proj") || !strings.Contains(err.Error(), "must name an environment variable") {
		t.Errorf("key-shaped api_key_env: %v", err)
	}
	os.WriteFile(f, []byte("prices:\n  - {model: gpt-4.1-mini, input: 0.4, output: 1.6}\n  - {model: Qwen/Qwen2.5-7B-Instruct, input: 0, output: 0}\n"), 0o600)
	c, err := Load(Options{File: f, Dir: dir})
	if err != nil || c.Prices["gpt-4.1-mini"].Output != 1.6 || len(c.Prices) != 2 {
		t.Errorf("prices: %v %+v", err, c)
	}
	if got := c.Prices["gpt-4.1-mini"].Cost(1_000_000, 500_000); got != 0.4+0.8 {
		t.Errorf("cost %v", got)
	}
	os.WriteFile(f, []byte("prices:\n  - {model: x}\n"), 0o600)
	if _, err := Load(Options{File: f, Dir: dir}); err == nil {
		t.Error("a price without numbers loaded")
	}
}

func TestRelativePathsFollowTheFile(t *testing.T) {
	dir := isolate(t)
	sub := filepath.Join(dir, "conf")
	os.MkdirAll(sub, 0o700)
	f := filepath.Join(sub, "c.yaml")
	os.WriteFile(f, []byte("guard:\n  facts: [facts.txt, /abs/x.txt]\nprompts:\n  dir: mine\n"), 0o600)
	c, err := Load(Options{File: f, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if c.Guard.Facts[0] != filepath.Join(sub, "facts.txt") || c.Guard.Facts[1] != "/abs/x.txt" || c.Prompts.Dir != filepath.Join(sub, "mine") {
		t.Errorf("%v %s", c.Guard.Facts, c.Prompts.Dir)
	}
}

func TestResolve(t *testing.T) {
	dir := isolate(t)
	f := filepath.Join(dir, "c.yaml")
	os.WriteFile(f, []byte("model: gpt-4o-mini\nproviders:\n  local: {type: openai, base_url: 'http://localhost:9/v1', model: m1}\n"), 0o600)
	c, err := Load(Options{File: f, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := c.Resolve("openai:gpt-4o"); r.Model != "gpt-4o" || r.BaseURL != "https://api.openai.com/v1" {
		t.Errorf("the id's model must win: %+v", r)
	}
	if r, _ := c.Resolve("local"); r.Model != "gpt-4o-mini" || r.Timeout.String() != "1m0s" {
		t.Errorf("%+v", r)
	}
	if r, err := c.Resolve("anthropic:claude-x"); err != nil || r.Type != "anthropic" || r.APIKeyEnv != "ANTHROPIC_API_KEY" {
		t.Errorf("%+v %v", r, err)
	}
	if _, err := c.Resolve("nope"); err == nil {
		t.Error("unknown provider resolved")
	}
	if !c.IsOffline("offline") || c.IsOffline("openai") {
		t.Error("IsOffline")
	}
	r, _ := c.Resolve("local")
	if err := r.Apply(map[string]any{"temperature": 0, "max_retries": 0, "timeout": "5s"}); err != nil || r.Temperature != 0 || r.Timeout.String() != "5s" {
		t.Errorf("%+v %v", r, err)
	}
	if err := r.Apply(map[string]any{"colour": "red"}); err == nil {
		t.Error("unknown override accepted")
	}
}

// TestRateLimits: rpm and tpm per provider, from the file or a suite's
// overrides; negative or non-numeric values are refused.
func TestRateLimits(t *testing.T) {
	dir := isolate(t)
	f := filepath.Join(dir, "c.yaml")
	os.WriteFile(f, []byte("providers:\n  openai:\n    rpm: 500\n    tpm: 200000\n"), 0o600)
	c, err := Load(Options{File: f, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Resolve("openai:gpt-4o")
	if err != nil || r.RPM != 500 || r.TPM != 200000 {
		t.Fatalf("%+v %v", r, err)
	}
	if err := r.Apply(map[string]any{"rpm": 60}); err != nil || r.RPM != 60 {
		t.Errorf("override: %v %d", err, r.RPM)
	}
	if err := r.Apply(map[string]any{"tpm": -1}); err == nil {
		t.Error("a negative tpm was taken")
	}
	for _, bad := range []string{"rpm: -5", "tpm: lots"} {
		os.WriteFile(f, []byte("providers:\n  openai:\n    "+bad+"\n"), 0o600)
		if _, err := Load(Options{File: f, Dir: dir}); err == nil {
			t.Errorf("%s was taken", bad)
		}
	}
}

// promptfoo's provider ids resolve to the same provider, model and
// endpoint promptfoo would use.
func TestPromptfooProviderIDs(t *testing.T) {
	dir := isolate(t)
	t.Setenv("OPENAI_BASE_URL", "")
	t.Setenv("OPENAI_API_BASE_URL", "")
	c, err := Load(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ id, typ, model, url, key string }{
		{"openai:chat:gpt-4o-mini", "openai", "gpt-4o-mini", "https://api.openai.com/v1", "OPENAI_API_KEY"},
		{"openai:gpt-4o", "openai", "gpt-4o", "https://api.openai.com/v1", "OPENAI_API_KEY"},
		{"anthropic:messages:claude-3-5-haiku-latest", "anthropic", "claude-3-5-haiku-latest", "https://api.anthropic.com/v1", "ANTHROPIC_API_KEY"},
		{"ollama:chat:llama3.1:8b", "ollama", "llama3.1:8b", "http://localhost:11434", ""},
		{"bedrock:anthropic.claude-3-haiku-20240307-v1:0", "bedrock", "anthropic.claude-3-haiku-20240307-v1:0", "", ""},
		{"openrouter:meta-llama/llama-3.1-8b-instruct", "openai", "meta-llama/llama-3.1-8b-instruct", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY"},
		{"groq:llama-3.1-8b-instant", "openai", "llama-3.1-8b-instant", "https://api.groq.com/openai/v1", "GROQ_API_KEY"},
		{"together:mistralai/Mixtral-8x7B-Instruct-v0.1", "openai", "mistralai/Mixtral-8x7B-Instruct-v0.1", "https://api.together.xyz/v1", "TOGETHER_API_KEY"},
		{"google:gemini-1.5-flash", "googleai", "gemini-1.5-flash", "https://generativelanguage.googleapis.com", "GEMINI_API_KEY"},
		{"mistral:mistral-small-latest", "mistral", "mistral-small-latest", "https://api.mistral.ai", "MISTRAL_API_KEY"},
		{"azure:chat:my-deployment", "azure", "my-deployment", "", "AZURE_OPENAI_API_KEY"},
	}
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			r, err := c.Resolve(tc.id)
			if err != nil || r.Type != tc.typ || r.Model != tc.model || r.BaseURL != tc.url || r.APIKeyEnv != tc.key {
				t.Errorf("%s: %+v %v", tc.id, r.Provider, err)
			}
		})
	}
	if r, _ := c.Resolve("openai:embedding:text-embedding-3-small"); !r.Embedding || r.Model != "text-embedding-3-small" {
		t.Errorf("embedding: %+v", r)
	}
	// the legacy completions API: named, or a model only it serves, as
	// promptfoo routes openai:MODEL
	for id, want := range map[string]bool{"openai:completion:gpt-3.5-turbo-instruct": true, "openai:gpt-3.5-turbo-instruct": true,
		"openai:davinci-002": true, "openai:chat:gpt-4o-mini": false, "openai:gpt-4o-mini": false, "openai": false} {
		if r, err := c.Resolve(id); err != nil || r.Completion != want {
			t.Errorf("%s: completion %v, want %v (%v)", id, r.Completion, want, err)
		}
	}
	for id, want := range map[string]string{"anthropic:completion:claude-3-haiku": "completions API is OpenAI's", "vertex:gemini-pro": "Vertex"} {
		if _, err := c.Resolve(id); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", id, err)
		}
	}
	// the SDKs' endpoint variables
	t.Setenv("OPENAI_API_BASE_URL", "http://127.0.0.1:4000/v1")
	if r, _ := c.Resolve("openai:chat:m"); r.BaseURL != "http://127.0.0.1:4000/v1" {
		t.Errorf("OPENAI_API_BASE_URL: %s", r.BaseURL)
	}
	t.Setenv("OPENAI_BASE_URL", "http://127.0.0.1:5000/v1")
	if r, _ := c.Resolve("openai:chat:m"); r.BaseURL != "http://127.0.0.1:5000/v1" {
		t.Errorf("OPENAI_BASE_URL: %s", r.BaseURL)
	}
	// promptfoo's config keys
	r, _ := c.Resolve("openai:chat:m")
	err = r.Apply(map[string]any{"apiBaseUrl": "http://127.0.0.1:6000/v1", "apiKeyEnvar": "MY_KEY", "temperature": 0.5, "max_tokens": 99, "top_p": 0.9})
	if err != nil || r.BaseURL != "http://127.0.0.1:6000/v1" || r.APIKeyEnv != "MY_KEY" || !r.FromSuite || !r.TemperatureSet || r.MaxTokens != 99 || len(r.Ignored) != 1 {
		t.Errorf("%+v %v", r, err)
	}
	if err := r.Apply(map[string]any{"apiKey": "lm-studio"}); err != nil || r.Ignored[len(r.Ignored)-1] != "apiKey" {
		t.Errorf("a placeholder key for a local server: %v", err)
	}
	r, _ = c.Resolve("openai:chat:m")
	if err := r.Apply(map[string]any{"apiKey": "sk-123", "apiBaseUrl": "https://llm.example/v1"}); err == nil {
		t.Error("a key in a suite was accepted")
	}
}

func TestSuiteEndpointRule(t *testing.T) {
	dir := isolate(t)
	t.Setenv("OPENAI_BASE_URL", "")
	t.Setenv("OPENAI_API_BASE_URL", "")
	t.Setenv("OPENAI_API_KEY", "sk-test-0000000000")
	f := filepath.Join(dir, "c.yaml")
	os.WriteFile(f, []byte("providers:\n  corp: {type: openai, base_url: 'https://llm.corp.example/v1'}\neval:\n  trusted_endpoints: ['https://gateway.example:8443']\n"), 0o600)
	c, err := Load(Options{File: f, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		url   string
		trust bool
		want  string // "" ok, "nokey", or an error fragment
	}{
		{"https://api.openai.com/v1", false, ""},
		{"https://llm.corp.example/v1/", false, ""},
		{"https://gateway.example:8443/v1", false, ""},
		{"https://gateway.example/v1", false, "gateway.example/v1"},
		{"https://evil.example/v1", false, "evil.example"},
		{"https://evil.example/v1", true, ""},
		{"http://localhost:8080/v1", false, "nokey"},
		{"http://127.0.0.1:8080/v1", false, "nokey"},
		{"http://u:p@evil.example/v1", false, "****@evil.example"},
	} {
		r, _ := c.Resolve("openai:chat:m")
		r.Apply(map[string]any{"apiBaseUrl": tc.url})
		notice, err := c.GuardSuiteEndpoint(&r, tc.trust)
		switch tc.want {
		case "":
			if err != nil || r.APIKeyEnv == "" {
				t.Errorf("%s: %v, key %q", tc.url, err, r.APIKeyEnv)
			}
		case "nokey":
			if err != nil || r.APIKeyEnv != "" || notice == "" {
				t.Errorf("%s: %v, key %q", tc.url, err, r.APIKeyEnv)
			}
		default:
			if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "u:p@") {
				t.Errorf("%s: %v", tc.url, err)
			}
		}
	}
	// no key in the environment: nothing to leak
	t.Setenv("OPENAI_API_KEY", "")
	r, _ := c.Resolve("openai:chat:m")
	r.Apply(map[string]any{"apiBaseUrl": "https://evil.example/v1"})
	if _, err := c.GuardSuiteEndpoint(&r, false); err != nil {
		t.Error(err)
	}
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.openai.com/v1":                 "https://api.openai.com/v1",
		"http://user:sk-abc123@host:8080/v1":        "http://****@host:8080/v1",
		"http://sk-abc123@host/v1":                  "http://****@host/v1",
		"https://g.example/v1?key=AIza123&alt=json": "https://g.example/v1?alt=json&key=****",
		"not a url": "not a url",
	} {
		if got := RedactURL(in); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}

func TestAddFlagTakesTheKeysDefault(t *testing.T) {
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	for _, key := range []string{"provider", "timeout", "max_retries", "rewrite.concurrency", "guard.facts"} {
		t.Run(key, func(t *testing.T) {
			AddFlag(fs, key, "")
			k, _ := lookupKey(key)
			f := fs.Lookup(k.Flag)
			if f == nil {
				t.Fatalf("no flag --%s", k.Flag)
			}
			want := fmt.Sprint(k.Default)
			if _, list := k.Default.([]string); list {
				want = "[]"
			}
			if f.DefValue != want {
				t.Errorf("--%s defaults to %q, the key to %q", k.Flag, f.DefValue, want)
			}
		})
	}
}
