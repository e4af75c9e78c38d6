package main

import (
	"context"
	"net/http"
	"os"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"github.com/bulletproof-cli/bulletproof/internal/llm"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// deps are what tests replace: the environment and the working directory
// (so that tests need not touch the process's, and run in parallel), the
// HTTP transport under every provider and the wait between retries.
type deps struct {
	getenv    func(string) string
	setenv    func(key, value string) error
	dir       string // where ./bulletproof.yaml is looked for; "": the working directory
	transport http.RoundTripper
	sleep     func(ctx context.Context, d time.Duration) error
	batchPoll time.Duration // between batch status checks; 0: 30 s
}

func defaultDeps() deps { return deps{getenv: os.Getenv, setenv: os.Setenv} }

// getenv reads the environment.
func (a *app) getenv(key string) string { return a.deps.getenv(key) }

// workDir is where ./bulletproof.yaml is looked for.
func (a *app) workDir() string {
	if a.deps.dir != "" {
		return a.deps.dir
	}
	wd, _ := os.Getwd()
	return wd
}

// llmConfig turns a resolved provider entry into the llm package's config.
func (a *app) llmConfig(r config.Resolved) llm.Config {
	lc := llm.Config{Name: r.Name, Type: r.Type, BaseURL: r.BaseURL, APIKeyEnv: r.APIKeyEnv, Model: r.Model, Temperature: r.Temperature,
		MaxTokens: r.MaxTokens, JSONMode: r.JSONMode, APIVersion: r.APIVersion, Region: r.Region, RPM: r.RPM, TPM: r.TPM,
		Timeout: r.Timeout, MaxRetries: r.MaxRetries, Transport: a.deps.transport, Sleep: a.deps.sleep, Concurrency: a.jobs,
		Getenv: a.getenv}
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
		return rewrite.Offline{Lexicon: lex}, nil
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
	return &rewrite.Model{Provider: prov, Temperature: lc.Temperature, MaxTokens: lc.MaxTokens}, nil
}
