package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/eval"
	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/llm"
	"github.com/bulletproof-cli/bulletproof/internal/progress"
)

// exitTestsFailed is promptfoo's exit code for failed test cases.
const exitTestsFailed = 100

func (a *app) evalCmd() *cobra.Command {
	cmd := group(&cobra.Command{
		Use:   "eval",
		Short: "Run prompt evaluation suites: prompts × providers × cases, with assertions",
		Long: `Run a suite of test cases through every prompt and provider it names and judge
each output with assertions, the guard among them. Replies are cached on disk
(keyed by provider, model, messages, parameters and repeat index); errors are
never cached. Results stream to disk as cells finish, so an interrupted run
continues with --resume.

Exit code: 0 when every case passed, 100 when one failed, 1 on a configuration
or runtime error (a provider failing), 2 on usage errors.`,
	})
	cmd.AddCommand(a.evalRunCmd(), a.evalCompareCmd(), a.evalCacheCmd())
	return cmd
}

type evalOptions struct {
	concurrency int
	noCache     bool
	resume      bool
	output      string
	force       bool
}

func (a *app) evalRunCmd() *cobra.Command {
	o := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "run SUITE.yaml",
		Short: "Run a suite",
		Example: `  bulletproof eval run examples/evals/backend-bullets.yaml --provider offline
  bulletproof eval run suite.yaml -j 8 --output report.html
  bulletproof eval run suite.yaml --resume`,
		Args: exactArgs(1, "a suite file"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runEval(cmd, args[0], o) },
	}
	f := cmd.Flags()
	f.IntVarP(&o.concurrency, "jobs", "j", 4, "cells run at once")
	f.BoolVar(&o.noCache, "no-cache", false, "ask the providers again instead of replaying cached replies")
	f.BoolVar(&o.resume, "resume", false, "continue an interrupted run, keeping the cells it finished")
	f.StringVarP(&o.output, "output", "o", "", "write a report: .json, .xml (JUnit), .html or .md")
	f.BoolVar(&o.force, "force", false, "overwrite an existing --output file")
	f.String("provider", "", "run only against this provider (overrides the suite's list)")
	f.String("timeout", "60s", "time limit for one model request")
	f.Int("max-retries", 3, "retries after 429, 5xx and dropped connections (0 = none)")
	return cmd
}

// cacheDir is eval.cache_dir, else $XDG_CACHE_HOME/bulletproof/eval.
func cacheDir(cfg *config.Config) (string, error) {
	if cfg.EvalCache != "" {
		return cfg.EvalCache, nil
	}
	base := os.Getenv("XDG_CACHE_HOME")
	if base == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", errors.New("no cache folder: set XDG_CACHE_HOME or eval.cache_dir")
		}
		base = filepath.Join(home, ".cache")
	}
	return filepath.Join(base, "bulletproof", "eval"), nil
}

func (a *app) runEval(cmd *cobra.Command, path string, o *evalOptions) error {
	ext := strings.ToLower(filepath.Ext(o.output))
	if o.output != "" && ext != ".json" && ext != ".xml" && ext != ".html" && ext != ".md" {
		return usageErr("--output %s: name a .json, .xml, .html or .md file", o.output)
	}
	if o.output != "" && !o.force && fileio.Exists(o.output) {
		return usageErr("%s already exists: choose another --output, or add --force", o.output)
	}
	if o.concurrency < 1 {
		return usageErr("-j must be at least 1")
	}
	cfg, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	data, name, err := fileio.ReadContext(cmd.Context(), path, a.stdin)
	if err != nil {
		return err
	}
	// tests: file:// may name a FIFO: Ctrl-C must still stop the read
	readFile := func(p string) ([]byte, error) {
		return fileio.Cancellable(cmd.Context(), func() ([]byte, error) { return eval.ReadFile(p) })
	}
	suite, err := eval.ParseSuite(name, data, readFile)
	if err != nil {
		return usageErr("%v", err)
	}
	if f := cmd.Flags().Lookup("provider"); f != nil && f.Changed {
		suite.Providers = []eval.ProviderRef{{ID: f.Value.String()}}
	}
	lex, err := a.lexiconFor(cfg)
	if err != nil {
		return err
	}
	reg, err := a.registry(cfg)
	if err != nil {
		return err
	}
	dir, err := cacheDir(cfg)
	if err != nil {
		return err
	}
	cache := &eval.Cache{Dir: dir}
	if o.noCache {
		cache = nil
	}
	abs, _ := filepath.Abs(path)
	h := sha256.Sum256([]byte(abs))
	journal := filepath.Join(dir, "runs", hex.EncodeToString(h[:])[:16]+".jsonl")
	if o.resume && !fileio.Exists(journal) {
		a.notice("nothing to resume for %s: running it whole", path)
	}
	opts := eval.Options{Concurrency: o.concurrency, Cache: cache, Journal: journal, Resume: o.resume, Registry: reg, Lexicon: lex,
		MaxAttempts: cfg.Rewrite.MaxAttempts, Ownership: guard.OwnershipMode(cfg.Guard.Ownership),
		Resolve: func(ref eval.ProviderRef) (*eval.Target, error) { return a.evalTarget(cfg, ref.ID, ref.Config) },
		Grader:  func(id string) (*eval.Target, error) { return a.evalTarget(cfg, id, nil) }}
	var bar *progress.Bar
	if isTerminal(a.stderr) {
		opts.Progress = func(done, total int) {
			if bar == nil {
				bar = progress.New(a.stderr, "eval", total)
			}
			bar.Set(done)
		}
	}
	start := time.Now()
	sum, err := eval.Run(cmd.Context(), suite, opts)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		var se *eval.SuiteError
		if errors.As(err, &se) {
			return usageErr("%v", err)
		}
		return err
	}
	m := eval.Marks{}
	if colour(a.stdout) {
		m = eval.Marks{Good: "\x1b[32m", Bad: "\x1b[31m", Warn: "\x1b[33m", Dim: "\x1b[2m", Bold: "\x1b[1m", Reset: "\x1b[0m"}
	}
	eval.RenderTerminal(a.stdout, sum, m)
	if a.verbose {
		a.notice("%d cells in %s", sum.Stats.Total, time.Since(start).Round(time.Millisecond))
	}
	if sum.Interrupted {
		return &exitError{code: exitFindings, err: fmt.Errorf("interrupted: %d of %d cells finished; continue with `bulletproof eval run %s --resume`", sum.Stats.Total, sum.Planned, path)}
	}
	if o.output != "" {
		if err := writeEvalReport(o.output, ext, sum, journal); err != nil {
			return err
		}
		a.notice("wrote %s", o.output)
	}
	os.Remove(journal)
	switch {
	case sum.Stats.Failed > 0:
		return &exitError{code: exitTestsFailed}
	case sum.Stats.Errors > 0:
		return &exitError{code: exitFindings, err: fmt.Errorf("%s failed to run (see the errors above)", plural(sum.Stats.Errors, "cell"))}
	}
	return nil
}

func writeEvalReport(path, ext string, sum *eval.Summary, journal string) error {
	var b strings.Builder
	var err error
	switch ext {
	case ".json":
		err = eval.WriteJSON(&b, sum, journal)
	case ".xml":
		err = eval.WriteJUnit(&b, sum, journal)
	case ".html":
		err = eval.WriteHTML(&b, sum, journal)
	case ".md":
		err = eval.WriteMarkdown(&b, sum, journal)
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return fileio.WriteAtomic(path, []byte(b.String()), 0o644)
}

// evalTarget resolves a suite's provider id — offline, an entry name, or
// a type, each with an optional :model — with the suite's overrides.
func (a *app) evalTarget(cfg *config.Config, id string, over map[string]any) (*eval.Target, error) {
	if cfg.IsOffline(id) {
		return &eval.Target{Type: "offline"}, nil
	}
	r, err := cfg.Resolve(id)
	if err != nil {
		return nil, err
	}
	if err := r.Apply(over); err != nil {
		return nil, err
	}
	lc := a.llmConfig(r)
	prov, err := llm.New(lc)
	if err != nil {
		return nil, err
	}
	t := &eval.Target{Type: lc.Type, BaseURL: lc.BaseURL, Provider: prov, Params: llm.Request{Temperature: lc.Temperature, MaxTokens: lc.MaxTokens}}
	if pr, ok := cfg.Prices[lc.Model]; ok {
		t.Price = &pr
	}
	return t, nil
}

func (a *app) evalCompareCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "compare OLD.json NEW.json",
		Short: "List the cells that changed between two runs, regressions first",
		Long:  "Compare two JSON reports. Exit code 1 when any cell regressed (passed before, fails now).",
		Args:  exactArgs(2, "two JSON reports"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var files [2]*os.File
			for i, p := range args {
				if _, _, err := fileio.Read(p, nil); err != nil {
					return err
				}
				f, err := os.Open(p)
				if err != nil {
					return err
				}
				defer f.Close()
				files[i] = f
			}
			changes, err := eval.Compare(files[0], files[1])
			if err != nil {
				return usageErr("%v", err)
			}
			if len(changes) == 0 {
				fmt.Fprintln(a.stdout, "no cell changed")
				return nil
			}
			regressions := 0
			for _, c := range changes {
				mark := map[string]string{"regression": "✗ regression", "fixed": "✓ fixed", "score": "~ score", "new": "+ new", "gone": "- gone"}[c.Kind]
				rep := ""
				if c.Repeat > 0 {
					rep = fmt.Sprintf(" #%d", c.Repeat+1)
				}
				fmt.Fprintf(a.stdout, "%-13s %s · %s · %s%s  %.2f → %.2f", mark, c.Prompt, c.Provider, c.Test, rep, c.OldScore, c.NewScore)
				if c.Reason != "" {
					fmt.Fprintf(a.stdout, "  (%s)", oneLine(c.Reason))
				}
				fmt.Fprintln(a.stdout)
				if c.Kind == "regression" {
					regressions++
				}
			}
			if regressions > 0 {
				return &exitError{code: exitFindings, err: fmt.Errorf("%d %s", regressions, map[bool]string{true: "regression", false: "regressions"}[regressions == 1])}
			}
			return nil
		},
	}
}

func (a *app) evalCacheCmd() *cobra.Command {
	cache := group(&cobra.Command{Use: "cache", Short: "Manage the eval reply cache"})
	cache.AddCommand(&cobra.Command{
		Use:   "clear",
		Short: "Delete every cached reply and interrupted-run record",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.loadConfig(cmd)
			if err != nil {
				return err
			}
			dir, err := cacheDir(cfg)
			if err != nil {
				return err
			}
			n, err := (&eval.Cache{Dir: dir}).Clear()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "removed %d cached files from %s\n", n, dir)
			return nil
		},
	})
	return cache
}
