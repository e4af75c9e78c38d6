package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/match"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

func (a *app) tailorCmd() *cobra.Command {
	o := &rewriteOptions{}
	cmd := &cobra.Command{
		Use:   "tailor RESUME --job AD",
		Short: "Match, then rewrite to mirror the ad — only where you have the skill",
		Long: `Run match, then the rewrites tailoring needs — match-job-language on bullets,
summary-focus on the summary, align-skills on the skills — through the guard.
The ad is never a source of facts: a rewrite that claims a skill because the
ad asks for it is rejected. Offline, tailor applies the ad's spellings to tools
you already name and orders your skills by the ad.`,
		Example: `  bulletproof tailor examples/resume.md --job examples/job.txt
  bulletproof tailor resume.md --job ad.txt --provider openai --output tailored.md
  bulletproof tailor resume.md --job ad.txt --review --output tailored.md`,
		Args: exactArgs(1, "a resume file"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runTailor(cmd, args[0], o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.job, "job", "", "the job ad (a text file, or - for stdin)")
	f.StringVarP(&o.format, "format", "f", "text", "output: text, json or markdown")
	f.StringVarP(&o.output, "output", "o", "", "write the tailored resume to this file (.md, .txt, .json or .docx; else the input's format)")
	f.BoolVar(&o.force, "force", false, "overwrite an existing --output file")
	f.BoolVar(&o.dryRun, "dry-run", false, "print the requests that would be sent, and where, without sending them")
	addReviewFlag(cmd, &o.review)
	addModelFlags(cmd)
	return cmd
}

func (a *app) runTailor(cmd *cobra.Command, path string, o *rewriteOptions) error {
	if err := checkFormat(o.format, "text", "json", "markdown"); err != nil {
		return err
	}
	if o.job == "" {
		return usage.Errorf("tailor needs the job ad: add --job FILE (or --job - to paste it on stdin)")
	}
	if o.job == "-" && path == "-" {
		return usage.Errorf("the resume and the job ad cannot both come from stdin")
	}
	if err := checkOutput(o.output, path, o.force); err != nil {
		return err
	}
	if o.review {
		if err := checkReview(o, path); err != nil {
			return err
		}
	}
	cfg, lex, err := a.configAndLexicon(cmd)
	if err != nil {
		return err
	}
	reg, err := a.registry(cfg)
	if err != nil {
		return err
	}
	doc, format, source, err := a.readResumeSource(path)
	if err != nil {
		return err
	}
	if err := checkWritable(format, o.output, false); err != nil {
		return err
	}
	ad, err := a.readAd(o.job, lex)
	if err != nil {
		return err
	}
	facts, err := a.readFacts(cfg.Guard.Facts)
	if err != nil {
		return err
	}
	if o.dryRun {
		for _, st := range rewrite.TailorSteps(cfg.IsOffline(cfg.Provider)) {
			tpl, err := reg.Lookup(st.Prompt)
			if err != nil {
				return err
			}
			for _, sec := range st.Sections {
				if len(rewrite.Plan(doc, tpl, sec)) > 0 {
					if err := a.dryRun(cfg, doc, tpl, rewrite.Options{Job: ad.Text, Section: sec}); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	engine, err := a.engineFor(cfg, lex)
	if err != nil {
		return err
	}
	offline := engine.Name() == "offline"
	if offline {
		a.notice("Offline engine: the ad's spellings and skill order only; nothing sent anywhere. Set a provider for model rewrites.")
	}
	rep := match.Compare(doc, ad, lex)
	p := pipeline(cfg, lex, engine, facts)
	if o.review {
		match.RenderText(a.stdout, rep, a.color(a.stdout))
		fmt.Fprintln(a.stdout)
		return a.runReview(cmd.Context(), reviewJob{path: path, target: o.output, force: o.force, doc: doc, format: format, source: source,
			prompt: "tailor", job: ad.Text, pipeline: p, registry: reg, factsFile: firstOf(cfg.Guard.Facts),
			run: func(ctx context.Context) ([]*rewrite.Result, error) {
				defer a.stepsProgress(p, doc, reg, rewrite.TailorSteps(offline))()
				results, _, err := p.Tailor(ctx, doc, reg, ad.Text, rewrite.TailorSteps(offline))
				for _, r := range results {
					if err == nil && r.Fatal != nil {
						err = r.Fatal
					}
				}
				return results, err
			}})
	}
	results, _, err := p.Tailor(cmd.Context(), doc, reg, ad.Text, rewrite.TailorSteps(offline))
	if err != nil {
		return err
	}
	for _, r := range results {
		if r.Fatal != nil {
			return r.Fatal
		}
	}
	for _, r := range results {
		setCost(r, cfg)
	}
	switch o.format {
	case "json":
		if err := writeJSON(a, map[string]any{"match": rep, "rewrites": results}); err != nil {
			return err
		}
	case "markdown":
		var b strings.Builder
		match.RenderText(&b, rep, false)
		fmt.Fprintf(a.stdout, "# Tailoring report\n\n```\n%s```\n", b.String())
		for _, r := range results {
			fmt.Fprintln(a.stdout)
			rewrite.RenderMarkdown(a.stdout, r)
		}
	default:
		match.RenderText(a.stdout, rep, a.color(a.stdout))
		for _, r := range results {
			fmt.Fprintln(a.stdout)
			rewrite.RenderChanges(a.stdout, r, a.color(a.stdout))
		}
	}
	if o.output != "" {
		data, err := a.resumeBytes(doc, format, o.output, rewrite.Finals(results...))
		if err != nil {
			return err
		}
		if err := fileio.WriteAtomic(o.output, data, 0o644); err != nil {
			return err
		}
		a.notice("wrote %s", o.output)
	}
	if cmd.Context().Err() != nil {
		return &exitError{code: exitInterrupted, err: fmt.Errorf("interrupted: items not reached kept their original text")}
	}
	for _, r := range results {
		if r.Rejections() {
			return errFindings
		}
	}
	return nil
}
