package main

// What a command builds from the configuration, built here and nowhere
// else: the lexicon, the guard, the prompt registry, the engine and the
// guarded pipeline.

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// loadConfig reads the configuration, binding the command's flags.
func (a *app) loadConfig(cmd *cobra.Command) (*config.Config, error) {
	if a.cfg != nil {
		return a.cfg, nil
	}
	c, err := config.Load(config.Options{File: a.configFile, Flags: cmd.Flags(), Dir: a.workDir(), Getenv: a.getenv})
	if err != nil {
		return nil, err
	}
	a.cfg = c
	if a.verbose && c.File != "" {
		a.notice("config: %s", c.File)
	}
	return c, nil
}

// configAndLexicon loads the configuration and the lexicon it names.
func (a *app) configAndLexicon(cmd *cobra.Command) (*config.Config, *lexicon.Lexicon, error) {
	cfg, err := a.loadConfig(cmd)
	if err != nil {
		return nil, nil, err
	}
	lex, err := a.lexiconFor(cfg)
	return cfg, lex, err
}

// lexiconFor is the embedded lexicon plus guard.lexicon_extra.
func (a *app) lexiconFor(cfg *config.Config) (*lexicon.Lexicon, error) {
	lex := lexicon.Default()
	if cfg == nil || cfg.Guard.LexiconExtra == "" {
		return lex, nil
	}
	data, name, err := fileio.ReadContext(a.ctx, cfg.Guard.LexiconExtra, nil)
	if err != nil {
		return nil, fmt.Errorf("guard.lexicon_extra: %w", err)
	}
	// a binary file is named, not quoted into the error
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, usage.Errorf("guard.lexicon_extra: %s is a binary file, not a lexicon: point guard.lexicon_extra at a text file of entries, one a line (name | category | aliases | flags | entails)", name)
	}
	out, err := lexicon.LoadFile(name, data)
	if err != nil {
		return nil, usage.Errorf("guard.lexicon_extra: %w", err)
	}
	return out, nil
}

// guardOptions are the guard's options: the lexicon's extra entries
// (guard.lexicon_extra) and guard.ownership. Every command's guard, and
// eval's, is built from these.
func guardOptions(cfg *config.Config, lex *lexicon.Lexicon) guard.Options {
	return guard.Options{Lexicon: lex.Extra(), Ownership: guard.OwnershipMode(cfg.Guard.Ownership)}
}

// guardFor is the guard the configuration describes.
func guardFor(cfg *config.Config, lex *lexicon.Lexicon) *guard.Guard {
	return guard.MustNew(guardOptions(cfg, lex))
}

// pipeline is the guarded loop rewrite and tailor run: the engine, the
// user's facts, rewrite.max_attempts and concurrency, guard.scope.
func pipeline(cfg *config.Config, lex *lexicon.Lexicon, engine rewrite.Engine, facts []string) *rewrite.Pipeline {
	return &rewrite.Pipeline{Engine: engine, MaxAttempts: cfg.Rewrite.MaxAttempts, Concurrency: cfg.Rewrite.Concurrency,
		Guard: guardFor(cfg, lex), Facts: facts, Scope: cfg.Guard.Scope}
}

// registry is the built-in templates plus those in prompts.dir.
func (a *app) registry(cfg *config.Config) (*prompts.Registry, error) {
	r := prompts.Builtin()
	if cfg == nil || cfg.Prompts.Dir == "" {
		return r, nil
	}
	files, err := filepath.Glob(filepath.Join(cfg.Prompts.Dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(cfg.Prompts.Dir); err != nil || !st.IsDir() {
		return nil, usage.Errorf("prompts.dir %s: not a folder", cfg.Prompts.Dir)
	}
	more, _ := filepath.Glob(filepath.Join(cfg.Prompts.Dir, "*.yml"))
	files = append(files, more...)
	sort.Strings(files)
	for _, f := range files {
		data, _, err := fileio.Read(f, nil)
		if err != nil {
			return nil, err
		}
		t, err := prompts.Parse(f, data)
		if err != nil {
			return nil, usage.Wrap(err)
		}
		r.Add(t)
	}
	return r, nil
}

// llmConfig turns a resolved provider entry into the llm package's config.
func (a *app) llmConfig(r config.Resolved) llm.Config {
	lc := llm.Config{Name: r.Name, Type: r.Type, BaseURL: r.BaseURL, APIKeyEnv: r.APIKeyEnv, Model: r.Model, Temperature: r.Temperature,
		MaxTokens: r.MaxTokens, JSONMode: r.JSONMode, APIVersion: r.APIVersion, Region: r.Region, RPM: r.RPM, TPM: r.TPM,
		Timeout: r.Timeout, MaxRetries: r.MaxRetries, Transport: a.deps.transport, Sleep: a.deps.sleep, Concurrency: a.jobs,
		Getenv: a.getenv, Completion: r.Completion}
	if a.verbose {
		lc.Log = func(format string, args ...any) { a.notice("  "+format, args...) }
	}
	return lc
}

// providerConfig resolves a provider id ("name[:model]") for the llm
// package.
func (a *app) providerConfig(cfg *config.Config, id string) (llm.Config, error) {
	r, err := cfg.Resolve(id)
	if err != nil {
		return llm.Config{}, err
	}
	return a.llmConfig(r), nil
}

// engineFor builds the engine the configuration names.
func (a *app) engineFor(cfg *config.Config, lex *lexicon.Lexicon) (rewrite.Engine, error) {
	if cfg.IsOffline(cfg.Provider) {
		return rewrite.Offline{Lexicon: lex.Extra()}, nil
	}
	lc, err := a.providerConfig(cfg, cfg.Provider)
	if err != nil {
		return nil, err
	}
	prov, err := llm.New(lc)
	if err != nil {
		return nil, usage.Wrap(err) // a missing key, an unknown type: the configuration's
	}
	if a.verbose {
		a.notice("provider %s (%s), model %s, endpoint %s", lc.Name, lc.Type, lc.Model, config.RedactURL(prov.Endpoint()))
	}
	return &rewrite.ModelEngine{Provider: prov, Temperature: lc.Temperature, MaxTokens: lc.MaxTokens}, nil
}
