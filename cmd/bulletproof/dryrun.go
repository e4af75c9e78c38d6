package main

import (
	"fmt"

	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// dryRun prints, for each item, where its first request would go and what
// it would carry. Nothing is sent; no key is needed or shown.
func (a *app) dryRun(cfg *config.Config, doc *resume.Document, tpl *prompts.Template, opts rewrite.Options) error {
	dest := "nowhere: the offline engine sends nothing"
	model := ""
	if !cfg.IsOffline(cfg.Provider) {
		lc, err := a.providerConfig(cfg, cfg.Provider)
		if err != nil {
			return err
		}
		base := config.RedactURL(lc.BaseURL)
		if base == "" {
			base = "(the " + lc.Type + " default endpoint)"
		}
		dest = fmt.Sprintf("%s (%s) at %s", lc.Name, lc.Type, base)
		model = lc.Model
	}
	fmt.Fprintf(a.stdout, "dry run: %s would send %d requests to %s\n", tpl.Name, len(rewrite.Plan(doc, tpl, opts.Section)), dest)
	for _, r := range rewrite.Requests(doc, tpl, opts) {
		if r.Err != nil {
			return r.Err
		}
		fmt.Fprintf(a.stdout, "\n=== %s ===\n", r.Item.ID)
		if err := writeJSON(a, map[string]any{"model": model, "messages": r.Messages}); err != nil {
			return err
		}
	}
	return nil
}
