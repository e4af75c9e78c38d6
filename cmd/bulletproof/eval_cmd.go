package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/eval"
	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/progress"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
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
	cmd.AddCommand(a.evalRunCmd(), a.evalViewCmd(), a.evalCompareCmd(), a.evalCacheCmd())
	return cmd
}

type evalOptions struct {
	concurrency int
	noCache     bool
	resume      bool
	outputs     []string
	force       bool
	batch       bool
	suiteFlags
}

func (a *app) evalRunCmd() *cobra.Command {
	o := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "run SUITE.yaml",
		Short: "Run a suite",
		Example: `  bulletproof eval run examples/evals/backend-bullets.yaml --provider offline
  bulletproof eval run promptfooconfig.yaml -j 8 -o report.html -o results.csv
  bulletproof eval run suite.yaml --resume
  bulletproof eval run suite.yaml --filter-failing last.json --grader openai:gpt-4o-mini`,
		Args: exactArgs(1, "a suite file"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runEval(cmd, args[0], o) },
	}
	f := cmd.Flags()
	f.IntVarP(&o.concurrency, "jobs", "j", 4, "cells run at once")
	f.BoolVar(&o.noCache, "no-cache", false, "ask the providers again instead of replaying cached replies")
	f.BoolVar(&o.resume, "resume", false, "continue an interrupted run, keeping the cells it finished")
	f.StringArrayVarP(&o.outputs, "output", "o", nil, "write a report: .json, .xml (JUnit), .html, .md, .csv, .jsonl or .yaml (repeatable)")
	f.BoolVar(&o.force, "force", false, "overwrite an existing --output file")
	f.BoolVar(&o.batch, "batch", false, "send uncached requests through the OpenAI or Anthropic batch API: half price, answered within hours; the same command collects a batch after Ctrl-C")
	f.String("provider", "", "run only against this provider (overrides the suite's list)")
	config.AddFlag(f, "timeout", "time limit for one model request")
	config.AddFlag(f, "max_retries", "retries after 429, 5xx and dropped connections (0 = none)")
	o.suiteFlags.add(f)
	return cmd
}

// cacheDir is eval.cache_dir, else $XDG_CACHE_HOME/bulletproof/eval.
func (a *app) cacheDir(cfg *config.Config) (string, error) {
	if cfg.Eval.CacheDir != "" {
		return cfg.Eval.CacheDir, nil
	}
	base := a.getenv("XDG_CACHE_HOME")
	if base == "" {
		home := a.getenv("HOME")
		if home == "" {
			var err error
			if home, err = os.UserHomeDir(); err != nil {
				return "", errors.New("no cache folder: set XDG_CACHE_HOME or eval.cache_dir")
			}
		}
		base = filepath.Join(home, ".cache")
	}
	return filepath.Join(base, "bulletproof", "eval"), nil
}

func (a *app) runEval(cmd *cobra.Command, path string, o *evalOptions) error {
	if err := checkOutputs(o.outputs, o.force); err != nil {
		return err
	}
	if o.concurrency < 1 {
		return usage.Errorf("-j must be at least 1")
	}
	if o.batch && o.noCache {
		return usage.Errorf("--batch fills the reply cache with the batch's answers: drop --no-cache (or run `bulletproof eval cache clear` first)")
	}
	if o.concurrency > eval.MaxConcurrency {
		a.notice("-j %d: running at most %d cells at once", o.concurrency, eval.MaxConcurrency)
		o.concurrency = eval.MaxConcurrency
	}
	if o.delayMS < 0 {
		return usage.Errorf("--delay must not be negative")
	}
	if err := a.loadEnvFiles(o.envFiles); err != nil {
		return err
	}
	if o.watch {
		return a.watchEval(cmd, path, o)
	}
	return a.runEvalOnce(cmd, path, o, nil)
}

func (a *app) runEvalOnce(cmd *cobra.Command, path string, o *evalOptions, touched func(string)) error {
	cfg, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	suite, err := a.loadSuite(path, &o.suiteFlags, touched)
	if err != nil {
		return err
	}
	if f := cmd.Flags().Lookup("provider"); f != nil && f.Changed {
		suite.Providers = []eval.ProviderRef{{ID: f.Value.String()}}
	}
	concurrency := o.concurrency
	if suite.MaxConcurrency > 0 && !cmd.Flags().Changed("jobs") {
		concurrency = suite.MaxConcurrency
	}
	if o.delayMS > 0 || suite.DelayMS > 0 {
		concurrency = 1 // a delay between requests means one at a time, as in promptfoo
	}
	concurrency = min(concurrency, eval.MaxConcurrency)
	a.jobs = concurrency
	lex, err := a.lexiconFor(cfg)
	if err != nil {
		return err
	}
	reg, err := a.registry(cfg)
	if err != nil {
		return err
	}
	dir, err := a.cacheDir(cfg)
	if err != nil {
		return err
	}
	cache := &eval.Cache{Dir: dir}
	if o.noCache {
		cache = nil
	}
	defer func() {
		if err := cache.Close(); err != nil {
			a.notice("the reply cache in %s could not be saved: %v", dir, err)
		}
	}()
	abs, _ := filepath.Abs(path)
	h := sha256.Sum256([]byte(abs))
	journal := filepath.Join(dir, "runs", hex.EncodeToString(h[:])[:16]+".jsonl")
	if o.resume && !fileio.Exists(journal) {
		a.notice("nothing to resume for %s: running it whole", path)
	}
	opts := eval.Options{Concurrency: concurrency, Cache: cache, Journal: journal, Resume: o.resume, Registry: reg, Guard: guardOptions(cfg, lex),
		MaxAttempts: cfg.Rewrite.MaxAttempts, Trust: o.trust, DelayMS: o.delayMS,
		Resolve: func(ref eval.ProviderRef) (*eval.Target, error) { return a.evalTarget(cfg, ref, o.trust) },
		Grader:  func(ref eval.ProviderRef) (*eval.Target, error) { return a.evalTarget(cfg, ref, o.trust) }}
	var bar *progress.Bar
	opts.Progress = func(done, total int) {
		if bar == nil {
			bar = a.progress("eval", total)
		}
		bar.Set(done)
	}
	if o.batch {
		opts.Batch = a.evalBatch(dir)
	}
	start := time.Now()
	sum, err := eval.Run(cmd.Context(), suite, opts)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return err // a suite's own mistakes are usage errors (eval.SuiteError)
	}
	eval.RenderTerminal(a.stdout, sum, a.color(a.stdout))
	if a.verbose {
		a.notice("%d cells in %s", sum.Stats.Total, time.Since(start).Round(time.Millisecond))
	}
	if sum.Interrupted {
		return &exitError{code: exitFindings, err: fmt.Errorf("interrupted: %d of %d cells finished; continue with `bulletproof eval run %s --resume`", sum.Stats.Total, sum.Planned, path)}
	}
	if err := writeEvalReports(o.outputs, sum, journal, a.notice); err != nil {
		return err
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

// evalBatch sets up --batch: batches recorded in the cache folder, polled
// every 30 seconds, each with its own progress line.
func (a *app) evalBatch(cacheDir string) *eval.Batch {
	b := &eval.Batch{Dir: filepath.Join(cacheDir, "batches"), Poll: a.deps.batchPoll, Notice: a.notice}
	bars := map[string]*progress.Bar{}
	b.Progress = func(id string, done, total int) {
		bar := bars[id]
		if bar == nil {
			bar = a.progress("batch "+id, total)
			bars[id] = bar
		}
		bar.Set(done)
		if done >= total {
			bar.Finish()
		}
	}
	return b
}

// progress is a bar on a terminal, else a plain line every 10 seconds.
func (a *app) progress(label string, total int) *progress.Bar {
	if isTerminal(a.stderr) {
		return progress.New(a.stderr, label, total)
	}
	return progress.NewLines(a.stderr, label, total, 10*time.Second)
}

func (a *app) evalCompareCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "compare OLD.json NEW.json",
		Short: "List the cells that changed between two runs, regressions first",
		Long: `Compare two JSON reports — bulletproof's, or promptfoo's (promptfoo eval -o
results.json) — cell by cell. Exit code 1 when any cell regressed (passed
before, fails now); 2 when a file is not a report.`,
		Args: exactArgs(2, "two JSON reports"),
		RunE: func(cmd *cobra.Command, args []string) error {
			var files [2]io.Reader
			for i, p := range args {
				f, err := fileio.Open(p)
				if err != nil {
					return err
				}
				defer f.Close()
				if st, err := f.Stat(); err == nil && !st.Mode().IsRegular() {
					return usage.Errorf("%s is not a regular file", p)
				}
				files[i] = io.LimitReader(f, 1<<30)
			}
			changes, err := eval.Compare(files[0], files[1])
			if err != nil {
				return usage.Wrap(err)
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
			dir, err := a.cacheDir(cfg)
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
