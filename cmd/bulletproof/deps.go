package main

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"github.com/bulletproof-cli/bulletproof/internal/llm"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// deps are what tests replace: the HTTP transport under every provider and
// the wait between retries.
type deps struct {
	transport http.RoundTripper
	sleep     func(ctx context.Context, d time.Duration) error
}

func defaultDeps() deps { return deps{} }

// providerConfig resolves the provider the configuration names, applying
// --model, --base-url, --timeout and --max-retries. A provider may be
// written "name:model" (openai:gpt-4o).
func (a *app) providerConfig(cfg *config.Config, name string) (llm.Config, error) {
	model := cfg.Model
	if n, m, ok := strings.Cut(name, ":"); ok {
		name = n
		if model == "" {
			model = m
		}
	}
	p, ok := cfg.Providers[name]
	if !ok {
		// a bare type works too: --provider anthropic:claude-3-5-haiku-latest
		for _, t := range llm.Types {
			if t == name {
				p, ok = config.Provider{Name: name, Type: name, Temperature: 0.2, MaxTokens: 512, JSONMode: "auto"}, true
			}
		}
	}
	if !ok {
		return llm.Config{}, usageErr("unknown provider %q: configured providers are %s (see `bulletproof providers`)", name, strings.Join(cfg.ProviderNames(), ", "))
	}
	lc := llm.Config{Name: name, Type: p.Type, BaseURL: p.BaseURL, APIKeyEnv: p.APIKeyEnv, Model: p.Model, Temperature: p.Temperature,
		MaxTokens: p.MaxTokens, JSONMode: p.JSONMode, APIVersion: p.APIVersion, Region: p.Region,
		Timeout: cfg.Timeout, MaxRetries: cfg.MaxRetries, Transport: a.deps.transport, Sleep: a.deps.sleep}
	if model != "" {
		lc.Model = model
	}
	if cfg.BaseURL != "" {
		lc.BaseURL = cfg.BaseURL
	}
	if lc.BaseURL == "" {
		lc.BaseURL = llm.DefaultURL(lc.Type)
	}
	if a.verbose {
		lc.Log = func(format string, args ...any) { a.notice("  "+format, args...) }
	}
	return lc, nil
}

// engineFor builds the engine the configuration names.
func (a *app) engineFor(cfg *config.Config, lex *lexicon.Lexicon) (rewrite.Engine, error) {
	name, _, _ := strings.Cut(cfg.Provider, ":")
	if p, ok := cfg.Providers[name]; name == "offline" || ok && p.Type == "offline" {
		return rewrite.Offline{Lexicon: lex}, nil
	}
	lc, err := a.providerConfig(cfg, cfg.Provider)
	if err != nil {
		return nil, err
	}
	prov, err := llm.New(lc)
	if err != nil {
		if llm.IsKind(err, llm.KindMissingKey) {
			return nil, &exitError{code: exitUsage, err: err}
		}
		return nil, usageErr("%v", err)
	}
	if a.verbose {
		a.notice("provider %s (%s), model %s, endpoint %s", lc.Name, lc.Type, lc.Model, prov.Endpoint())
	}
	return &rewrite.Model{Provider: prov, Temperature: lc.Temperature, MaxTokens: lc.MaxTokens}, nil
}
