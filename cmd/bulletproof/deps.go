package main

import (
	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// deps are what tests replace: how an engine is made.
type deps struct {
	engine func(a *app, cfg *config.Config, lex *lexicon.Lexicon) (rewrite.Engine, error)
}

func defaultDeps() deps {
	return deps{engine: (*app).engineFor}
}

// engineFor builds the engine the configuration names.
func (a *app) engineFor(cfg *config.Config, lex *lexicon.Lexicon) (rewrite.Engine, error) {
	p, ok := cfg.Providers[cfg.Provider]
	if cfg.Provider == "offline" || ok && p.Type == "offline" {
		return rewrite.Offline{Lexicon: lex}, nil
	}
	if !ok {
		return nil, usageErr("unknown provider %q: configured providers are %v", cfg.Provider, cfg.ProviderNames())
	}
	return nil, usageErr("provider %q: model providers are not built into this version yet; use --provider offline", cfg.Provider)
}
