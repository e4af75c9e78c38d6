package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
	"github.com/subosito/gotenv"

	"github.com/bulletproof-cli/bulletproof/eval"
	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/parallel"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/llm"
)

// suiteFlags are the flags that shape which suite runs and how: the ones
// promptfoo users type every day.
type suiteFlags struct {
	repeat        int
	filterPattern string
	filterFirstN  int
	filterFailing string
	vars          []string
	delayMS       int
	envFiles      []string
	grader        string
	trust         bool
	watch         bool
}

func (o *suiteFlags) add(f *pflag.FlagSet) {
	f.IntVar(&o.repeat, "repeat", 0, "run every case N times (overrides the suite's repeat)")
	f.StringVar(&o.filterPattern, "filter-pattern", "", "run only the cases whose description matches this regular expression")
	f.IntVar(&o.filterFirstN, "filter-first-n", 0, "run only the first N cases")
	f.StringVar(&o.filterFailing, "filter-failing", "", "run only the cases that failed or errored in this JSON report (bulletproof's or promptfoo's)")
	f.StringArrayVar(&o.vars, "var", nil, "set a var for every case, KEY=VALUE (repeatable; a case's own value wins)")
	f.IntVar(&o.delayMS, "delay", 0, "wait this many milliseconds after each request (runs one cell at a time)")
	f.StringArrayVar(&o.envFiles, "env-file", nil, "read environment variables from this .env file first (repeatable; the environment wins)")
	f.StringVar(&o.grader, "grader", "", "provider that grades model-graded assertions (overrides the suite's defaultTest.options.provider)")
	f.BoolVar(&o.trust, "trust-suite", false, "trust the suite: let it send your API keys to endpoints it names, read files outside its folder, and run python assertions")
	f.BoolVarP(&o.watch, "watch", "w", false, "run again whenever the suite or a file it names changes")
}

// loadEnvFiles reads --env-file files into the environment, without
// replacing variables already set.
func (a *app) loadEnvFiles(paths []string) error {
	for _, p := range paths {
		b, _, err := fileio.Read(p, nil)
		if err != nil {
			return err
		}
		vars, err := gotenv.StrictParse(strings.NewReader(string(b)))
		if err != nil {
			return usage.Errorf("--env-file %s: %w", p, err)
		}
		for k, v := range vars {
			if a.getenv(k) == "" {
				if err := a.deps.setenv(k, v); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// loadSuite reads and prepares the suite: files it names are read from its
// own folder (anywhere with --trust-suite); --var, --grader, --repeat and
// the filters apply. touched records every file read, for --watch.
func (a *app) loadSuite(path string, o *suiteFlags, touched func(string)) (*eval.Suite, error) {
	data, name, err := fileio.ReadContext(a.ctx, path, a.stdin)
	if err != nil {
		return nil, err
	}
	dir := "."
	if name != "stdin" {
		dir = filepath.Dir(name)
	}
	read := eval.ConfinedReader(dir, o.trust)
	suite, err := eval.ParseSuite(name, data, func(p string) ([]byte, error) {
		if touched != nil {
			touched(p)
		}
		// tests: file:// may name a FIFO: Ctrl-C must still stop the read
		return parallel.Await(a.ctx, func() ([]byte, error) { return read(p) })
	})
	if err != nil {
		return nil, usage.Wrap(err)
	}
	for _, n := range suite.Notices {
		a.notice("%s: %s", name, n)
	}
	if len(o.vars) > 0 {
		if suite.DefaultTest.Vars == nil {
			suite.DefaultTest.Vars = map[string]any{}
		}
		for _, kv := range o.vars {
			k, v, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				return nil, usage.Errorf("--var %q: give KEY=VALUE", kv)
			}
			suite.DefaultTest.Vars[k] = v
		}
	}
	if o.grader != "" {
		suite.DefaultTest.Options.Provider = &eval.GraderRef{ID: o.grader}
	}
	if o.repeat < 0 || o.repeat > 1000 {
		return nil, usage.Errorf("--repeat %d: give 1 to 1000", o.repeat)
	}
	if o.repeat > 0 {
		suite.Repeat = o.repeat
	}
	f := eval.Filter{Pattern: o.filterPattern, FirstN: o.filterFirstN}
	if o.filterFirstN < 0 {
		return nil, usage.Errorf("--filter-first-n must be at least 1")
	}
	if o.filterFailing != "" {
		vars, err := failingVars(o.filterFailing)
		if err != nil {
			return nil, err
		}
		f.Failing = vars
	}
	if f.Pattern != "" || f.FirstN > 0 || f.Failing != nil {
		if err := f.Apply(suite); err != nil {
			return nil, usage.Wrap(err)
		}
	}
	return suite, nil
}

// failingVars reads the vars of every result that did not pass from a JSON
// report.
func failingVars(path string) ([]map[string]any, error) {
	f, err := fileio.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	results, err := eval.ReadReport(io.LimitReader(f, maxReport))
	if err != nil {
		return nil, usage.Errorf("--filter-failing %s: %w", path, err)
	}
	out := []map[string]any{}
	for _, r := range results {
		if !r.Pass || r.Error != "" {
			out = append(out, r.Vars)
		}
	}
	return out, nil
}

// evalTarget resolves a suite's provider — offline, echo, an entry name,
// a type or a promptfoo id, each with an optional model — with the suite's
// overrides, and holds the suite to the key rule: the key goes only where
// the user's configuration says (or anywhere with --trust-suite).
func (a *app) evalTarget(cfg *config.Config, ref eval.ProviderRef, trust bool) (*eval.Target, error) {
	switch {
	case cfg.IsOffline(ref.ID):
		return &eval.Target{Type: "offline"}, nil
	case ref.ID == "echo":
		return &eval.Target{Type: "echo"}, nil
	}
	r, err := cfg.Resolve(ref.ID)
	if err != nil {
		return nil, err
	}
	if err := r.Apply(ref.Config); err != nil {
		return nil, err
	}
	if len(r.Ignored) > 0 {
		a.notice("provider %s: %s not sent (bulletproof sends temperature and max_tokens)", ref.Name(), strings.Join(r.Ignored, ", "))
	}
	notice, err := cfg.GuardSuiteEndpoint(&r, trust)
	if err != nil {
		return nil, usage.Wrap(err)
	}
	if notice != "" {
		a.notice("provider %s: %s", ref.Name(), notice)
	}
	// an eval is a measurement: promptfoo's defaults (temperature 0, 1024
	// tokens) unless the user's entry or the suite says otherwise
	if !r.TemperatureSet {
		r.Temperature = 0
	}
	if !r.MaxTokensSet {
		r.MaxTokens = 1024
	}
	lc := a.llmConfig(r)
	prov, err := llm.New(lc)
	if err != nil {
		return nil, err
	}
	typ := lc.Type
	if lc.Completion {
		typ += "-completion" // another endpoint: cached apart
	}
	t := &eval.Target{Type: typ, BaseURL: lc.BaseURL, Provider: prov, Params: llm.Request{Temperature: lc.Temperature, MaxTokens: lc.MaxTokens}, Embedding: r.Embedding}
	if pr, ok := cfg.Prices[lc.Model]; ok {
		t.Price = &pr
	}
	return t, nil
}

func checkOutputs(outputs []string, force bool) error {
	seen := map[string]bool{}
	for _, o := range outputs {
		if !eval.IsReportName(o) {
			return usage.Errorf("--output %s: name a .json, .xml, .html, .md, .csv, .jsonl or .yaml file", o)
		}
		if seen[o] {
			return usage.Errorf("--output %s is named twice", o)
		}
		seen[o] = true
		if !force && fileio.Exists(o) {
			return usage.Errorf("%s already exists: choose another --output, or add --force", o)
		}
		if d := filepath.Dir(o); !fileio.Exists(d) {
			return usage.Errorf("--output %s: no folder %s", o, d)
		}
	}
	return nil
}

func writeEvalReports(outputs []string, sum *eval.Summary, journal string, notice func(string, ...any)) error {
	for _, o := range outputs {
		var b strings.Builder
		if err := eval.WriteReport(&b, o, sum, journal); err != nil {
			return fmt.Errorf("write %s: %w", o, err)
		}
		if err := fileio.WriteAtomic(o, []byte(b.String()), 0o644); err != nil {
			return err
		}
		notice("wrote %s", o)
	}
	return nil
}
