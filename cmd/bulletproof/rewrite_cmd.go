package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/progress"
	"github.com/bulletproof-cli/bulletproof/internal/resume"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

type rewriteOptions struct {
	prompt  string
	job     string
	section string
	format  string
	output  string
	inPlace bool
	force   bool
	dryRun  bool
}

// addModelFlags adds the flags every model-using command shares; config
// binds them to their keys.
func addModelFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.String("provider", "", "provider entry to use (offline, openai, anthropic, gemini, ollama, ...)")
	f.String("model", "", "model name")
	f.String("base-url", "", "endpoint of the provider")
	f.String("timeout", "60s", "time limit for one model request")
	f.Int("max-retries", 3, "retries after 429, 5xx and dropped connections (0 = none)")
	f.Int("concurrency", 4, "items rewritten at once")
	f.StringArray("facts", nil, "file of facts you vouch for (repeatable); a rewrite may state what they say")
}

func (a *app) rewriteCmd() *cobra.Command {
	o := &rewriteOptions{}
	cmd := &cobra.Command{
		Use:   "rewrite FILE|-",
		Short: "Rewrite a resume's items with one of the ten prompts, under the guard",
		Long: `Rewrite every item a prompt applies to, check each candidate against your own
words, and show a before/after diff. A candidate that invents a metric or a tool
is rejected and retried with the reasons; if every candidate is rejected the
item keeps its original text.

FILE is Markdown, plain text or JSON Resume; - reads stdin.`,
		Example: `  bulletproof rewrite examples/resume.md --prompt tighten-bullets
  bulletproof rewrite resume.json --prompt measurable-impact --format json
  bulletproof rewrite resume.md --prompt match-job-language --job ad.txt --output tailored.md
  bulletproof rewrite resume.md --prompt tighten-bullets --in-place`,
		Args: exactArgs(1, "a resume file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runRewrite(cmd, args[0], o) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.prompt, "prompt", "p", "tighten-bullets", "the prompt to run; bulletproof prompts list shows them")
	f.StringVar(&o.job, "job", "", "job ad file (- for stdin), for prompts that tailor to it")
	f.StringVar(&o.section, "section", "", "only this section: summary, experience, skills, projects, education, certifications")
	f.StringVarP(&o.format, "format", "f", "text", "output: text, json or markdown")
	f.StringVarP(&o.output, "output", "o", "", "write the rewritten resume to this file, in the input's format")
	f.BoolVar(&o.inPlace, "in-place", false, "rewrite the input file itself, keeping FILE.bak")
	f.BoolVar(&o.force, "force", false, "overwrite an existing --output file (or, with --in-place, an existing .bak)")
	f.BoolVar(&o.dryRun, "dry-run", false, "print the requests that would be sent, and where, without sending them")
	addModelFlags(cmd)
	_ = cmd.RegisterFlagCompletionFunc("prompt", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		var names []string
		r, _ := a.registry(a.cfg)
		for _, t := range r.List() {
			names = append(names, t.Name+"\t"+t.Title)
		}
		return names, cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion("text", "json", "markdown"))
	_ = cmd.RegisterFlagCompletionFunc("section", fixedCompletion(resume.SecSummary, resume.SecExperience, resume.SecSkills, resume.SecProjects, resume.SecEducation, resume.SecCertifications))
	return cmd
}

func fixedCompletion(vals ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return vals, cobra.ShellCompDirectiveNoFileComp
	}
}

func (a *app) runRewrite(cmd *cobra.Command, path string, o *rewriteOptions) error {
	if err := checkFormat(o.format, "text", "json", "markdown"); err != nil {
		return err
	}
	if o.inPlace && (o.output != "" || path == "-") {
		return usageErr("--in-place rewrites the input file: it cannot be combined with --output or stdin")
	}
	if o.section != "" && !validSection(o.section) {
		return usageErr("unknown --section %q: use summary, experience, skills, projects, education or certifications", o.section)
	}
	if o.output != "" && !o.force && fileio.Exists(o.output) {
		return usageErr("%s already exists: choose another --output, or add --force to overwrite it", o.output)
	}
	if o.output != "" && samePath(o.output, path) {
		return usageErr("--output is the input file: use --in-place to rewrite it (a .bak copy is kept)")
	}
	if o.inPlace && !o.force && fileio.Exists(path+".bak") {
		return usageErr("%s.bak already exists and --in-place would replace it: move it away, or add --force", path)
	}
	cfg, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	reg, err := a.registry(cfg)
	if err != nil {
		return err
	}
	tpl, err := reg.Lookup(o.prompt)
	if err != nil {
		return usageErr("%v", err)
	}
	if tpl.NeedsJob && o.job == "" {
		return usageErr("prompt %s needs a job ad: add --job FILE (or --job - to paste it on stdin)", tpl.Name)
	}
	if o.job == "-" && path == "-" {
		return usageErr("the resume and the job ad cannot both come from stdin")
	}
	doc, format, err := a.readResume(path)
	if err != nil {
		return err
	}
	job := ""
	if o.job != "" {
		if job, err = a.readText(o.job); err != nil {
			return err
		}
	}
	facts, err := a.readFacts(cfg.Guard.Facts)
	if err != nil {
		return err
	}
	lex, err := a.lexiconFor(cfg)
	if err != nil {
		return err
	}
	items := rewrite.Plan(doc, tpl, o.section)
	switch {
	case len(items) == 0 && o.section != "" && !tpl.AppliesTo(o.section):
		return usageErr("prompt %s rewrites %s, not %s: choose another --section or --prompt (see `bulletproof prompts list`)", tpl.Name, strings.Join(tpl.Sections, " and "), o.section)
	case len(items) == 0:
		return usageErr("prompt %s rewrites %s, and %s has none: choose another --prompt (see `bulletproof prompts list`)", tpl.Name, strings.Join(tpl.Sections, " and "), path)
	}
	if o.dryRun {
		return a.dryRun(cfg, doc, tpl, rewrite.Options{Job: job, Section: o.section})
	}
	engine, err := a.engineFor(cfg, lex)
	if err != nil {
		return err
	}
	if engine.Name() == "offline" {
		a.notice("Offline engine: rules only, nothing sent anywhere. For model rewrites set a provider, e.g. --provider openai with OPENAI_API_KEY (see `bulletproof config init`).")
	}
	p := &rewrite.Pipeline{
		Engine: engine, MaxAttempts: cfg.Rewrite.MaxAttempts, Concurrency: cfg.Rewrite.Concurrency,
		Guard: guardFor(cfg, lex), Facts: facts, Scope: cfg.Guard.Scope,
	}
	var bar *progress.Bar
	if len(items) > 3 && isTerminal(a.stderr) {
		bar = progress.New(a.stderr, tpl.Name, len(items))
		p.Progress = func(done, _ int) { bar.Set(done) }
	}
	res := p.Run(cmd.Context(), doc, tpl, rewrite.Options{Job: job, Section: o.section})
	if bar != nil {
		bar.Finish()
	}
	if res.Fatal != nil {
		return res.Fatal
	}
	setCost(res, cfg)
	if err := a.writeRewriteReport(res, o.format); err != nil {
		return err
	}
	if o.output != "" || o.inPlace {
		if err := a.writeResume(doc, res, format, path, o); err != nil {
			return err
		}
	}
	if cmd.Context().Err() != nil {
		return &exitError{code: exitFindings, err: fmt.Errorf("interrupted: items not reached kept their original text")}
	}
	if res.Rejections() {
		return errFindings
	}
	return nil
}

func (a *app) writeRewriteReport(res *rewrite.Result, format string) error {
	switch format {
	case "json":
		return rewrite.RenderJSON(a.stdout, res)
	case "markdown":
		rewrite.RenderMarkdown(a.stdout, res)
	default:
		pal := rewrite.Palette{}
		if colour(a.stdout) {
			pal = rewrite.Colors
		}
		rewrite.RenderText(a.stdout, res, pal)
	}
	return nil
}

// writeResume writes the rewritten resume in the input's format, atomically.
func (a *app) writeResume(doc *resume.Document, res *rewrite.Result, format resume.Format, path string, o *rewriteOptions) error {
	out, err := rewrite.Apply(doc, res)
	if err != nil {
		return err
	}
	data, err := resume.Write(format, out)
	if err != nil {
		return err
	}
	target := o.output
	if o.inPlace {
		target = path
		orig, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("back up %s: %w", path, err)
		}
		if bytes.Equal(orig, data) {
			a.notice("%s unchanged", path)
			return nil
		}
		if err := fileio.WriteAtomic(path+".bak", orig, 0o600); err != nil {
			return err
		}
	}
	if err := fileio.WriteAtomic(target, data, 0o644); err != nil {
		return err
	}
	a.notice("wrote %s", target)
	return nil
}

// setCost estimates the cost from the configured price table.
func setCost(res *rewrite.Result, cfg *config.Config) {
	price, ok := cfg.Prices[res.Model]
	if !ok || res.Model == "" {
		return
	}
	c := price.Cost(res.Usage.PromptTokens, res.Usage.CompletionTokens)
	res.Cost = &c
}

func validSection(s string) bool {
	switch s {
	case resume.SecSummary, resume.SecExperience, resume.SecSkills, resume.SecProjects, resume.SecEducation, resume.SecCertifications:
		return true
	}
	return false
}

func samePath(a, b string) bool {
	if b == "-" {
		return false
	}
	pa, err1 := filepath.Abs(a)
	pb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && pa == pb
}
