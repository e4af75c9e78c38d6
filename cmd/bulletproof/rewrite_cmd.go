package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/progress"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/resume"
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
	review  bool
}

// addModelFlags adds the flags every model-using command shares; config
// binds them to their keys.
func addModelFlags(cmd *cobra.Command) {
	f := cmd.Flags()
	config.AddFlag(f, "provider", "provider entry to use (offline, openai, anthropic, gemini, ollama, ...)")
	config.AddFlag(f, "model", "model name")
	config.AddFlag(f, "base_url", "endpoint of the provider")
	config.AddFlag(f, "timeout", "time limit for one model request")
	config.AddFlag(f, "max_retries", "retries after 429, 5xx and dropped connections (0 = none)")
	config.AddFlag(f, "rewrite.concurrency", "items rewritten at once")
	config.AddFlag(f, "guard.facts", "file of facts you vouch for (repeatable); a rewrite may state what they say")
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

FILE is Markdown, plain text, LaTeX, JSON Resume, Word (.docx) or PDF; - reads
stdin. A .docx is edited in place; a PDF is read only (write with --output x.md).`,
		Example: `  bulletproof rewrite examples/resume.md --prompt tighten-bullets
  bulletproof rewrite resume.json --prompt measurable-impact --format json
  bulletproof rewrite resume.md --prompt match-job-language --job ad.txt --output tailored.md
  bulletproof rewrite resume.md --prompt tighten-bullets --in-place
  bulletproof rewrite resume.md --prompt tighten-bullets --review --output polished.md`,
		Args: exactArgs(1, "a resume file (or - for stdin)"),
		RunE: func(cmd *cobra.Command, args []string) error { return a.runRewrite(cmd, args[0], o) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.prompt, "prompt", "p", "tighten-bullets", "the prompt to run; bulletproof prompts list shows them")
	f.StringVar(&o.job, "job", "", "job ad file (- for stdin), for prompts that tailor to it")
	f.StringVar(&o.section, "section", "", "only this section: "+strings.Join(resume.Sections, ", "))
	f.StringVarP(&o.format, "format", "f", "text", "output: text, json or markdown")
	f.StringVarP(&o.output, "output", "o", "", "write the rewritten resume to this file (.md, .txt, .json or .docx; else the input's format)")
	f.BoolVar(&o.inPlace, "in-place", false, "rewrite the input file itself, keeping FILE.bak")
	f.BoolVar(&o.force, "force", false, "overwrite an existing --output file (or, with --in-place, an existing .bak)")
	f.BoolVar(&o.dryRun, "dry-run", false, "print the requests that would be sent, and where, without sending them")
	addReviewFlag(cmd, &o.review)
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
	_ = cmd.RegisterFlagCompletionFunc("section", fixedCompletion(resume.Sections...))
	return cmd
}

// addReviewFlag adds --review, which rewrite and tailor share.
func addReviewFlag(cmd *cobra.Command, review *bool) {
	cmd.Flags().BoolVar(review, "review", false, "go through each changed item before anything is written: accept, edit, ask again or skip")
}

// firstOf is the first of a list, or "".
func firstOf(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
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
		return usage.Errorf("--in-place rewrites the input file: it cannot be combined with --output or stdin")
	}
	if o.section != "" && !slices.Contains(resume.Sections, o.section) {
		return usage.Errorf("unknown --section %q: use %s", o.section, strings.Join(resume.Sections, ", "))
	}
	if err := checkOutput(o.output, path, o.force); err != nil {
		return err
	}
	if o.inPlace && !o.force && fileio.Exists(path+".bak") {
		return usage.Errorf("%s.bak already exists and --in-place would replace it: move it away, or add --force", path)
	}
	if o.review {
		if err := checkReview(o, path); err != nil {
			return err
		}
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
		return usage.Wrap(err)
	}
	if tpl.NeedsJob && o.job == "" {
		return usage.Errorf("prompt %s needs a job ad: add --job FILE (or --job - to paste it on stdin)", tpl.Name)
	}
	if o.job == "-" && path == "-" {
		return usage.Errorf("the resume and the job ad cannot both come from stdin")
	}
	doc, format, source, err := a.readResumeSource(path)
	if err != nil {
		return err
	}
	if err := checkWritable(format, o.output, o.inPlace); err != nil {
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
		return usage.Errorf("prompt %s rewrites %s, not %s: choose another --section or --prompt (see `bulletproof prompts list`)", tpl.Name, strings.Join(tpl.Sections, " and "), o.section)
	case len(items) == 0:
		return usage.Errorf("prompt %s rewrites %s, and %s has none: choose another --prompt (see `bulletproof prompts list`)", tpl.Name, strings.Join(tpl.Sections, " and "), path)
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
	p := pipeline(cfg, lex, engine, facts)
	var bar *progress.Bar
	if (len(items) > 3 || o.review) && isTerminal(a.stderr) {
		bar = progress.New(a.stderr, tpl.Name, len(items))
		p.Progress = func(done, _ int) { bar.Set(done) }
	}
	if o.review {
		target := o.output
		if o.inPlace {
			target = path
		}
		return a.runReview(cmd.Context(), reviewJob{path: path, target: target, inPlace: o.inPlace, force: o.force, doc: doc, format: format, source: source,
			prompt: tpl.Name, section: o.section, job: job, pipeline: p, registry: reg, factsFile: firstOf(cfg.Guard.Facts),
			run: func(ctx context.Context) ([]*rewrite.Result, error) {
				res := p.Run(ctx, doc, tpl, rewrite.Options{Job: job, Section: o.section})
				if bar != nil {
					bar.Finish()
				}
				if res.Fatal != nil {
					return nil, res.Fatal
				}
				return []*rewrite.Result{res}, nil
			}})
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
		return &exitError{code: exitInterrupted, err: fmt.Errorf("interrupted: items not reached kept their original text")}
	}
	if res.Rejections() {
		return errFindings
	}
	return nil
}

func (a *app) writeRewriteReport(res *rewrite.Result, format string) error {
	switch format {
	case "json":
		return writeJSON(a, res)
	case "markdown":
		rewrite.RenderMarkdown(a.stdout, res)
	default:
		rewrite.RenderText(a.stdout, res, a.color(a.stdout))
	}
	return nil
}

// writeResume writes the rewritten resume, atomically: the input's own
// bytes with only the rewritten items' text replaced. An --output whose
// extension names another format (.md for a .json input) gets the resume
// rendered in that format instead.
func (a *app) writeResume(doc *resume.Document, res *rewrite.Result, format resume.Format, path string, o *rewriteOptions) error {
	target := o.output
	if o.inPlace {
		target = path
	}
	data, err := a.resumeBytes(doc, format, target, rewrite.Finals(res))
	if err != nil {
		return err
	}
	return a.writeTarget(doc, target, data, o.inPlace)
}

// writeTarget writes data to target atomically. In place, it keeps the
// bytes read in target.bak first and the file's permissions, and leaves an
// unchanged file alone.
func (a *app) writeTarget(doc *resume.Document, target string, data []byte, inPlace bool) error {
	perm := os.FileMode(0o644)
	if inPlace {
		st, err := os.Stat(target)
		if err != nil {
			return fmt.Errorf("back up %s: %w", target, err)
		}
		perm = st.Mode().Perm()
		if bytes.Equal(doc.Source(), data) {
			a.notice("%s unchanged", target)
			return nil
		}
		if err := fileio.WriteAtomic(target+".bak", doc.Source(), 0o600); err != nil {
			return err
		}
	}
	if err := fileio.WriteAtomic(target, data, perm); err != nil {
		return err
	}
	a.notice("wrote %s", target)
	return nil
}

// resumeBytes is what a rewrite writes to target: the source with each item
// named in finals (by id) given its final text and every other byte as it
// was, or, for another format, the rewritten resume rendered. It is the one
// way a rewritten resume is made: --output, --in-place, tailor and --review.
func (a *app) resumeBytes(doc *resume.Document, format resume.Format, target string, finals map[string]string) ([]byte, error) {
	to, ok := formatOfName(target)
	if to == resume.Text && format == resume.Markdown {
		ok = false // a .txt holds Markdown as well: the file is edited, not rendered
	}
	if ok && to != format {
		out := doc.Clone()
		ids := make([]string, 0, len(finals))
		for id := range finals {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			if err := out.Set(id, finals[id]); err != nil {
				return nil, fmt.Errorf("apply %s: %w", id, err)
			}
		}
		a.notice("%s is %s, not %s: the resume is rendered anew in that format", target, to, format)
		return resume.Write(to, out)
	}
	data, err := doc.Splice(finals)
	var se *resume.SpliceError
	if errors.As(err, &se) {
		for i, id := range se.Items {
			a.notice("%s kept as written in the file: %s", id, se.Reasons[i])
		}
		return data, nil
	}
	return data, err
}

// formatOfName is the format a file name's extension names, if any.
func formatOfName(name string) (resume.Format, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return resume.JSONResume, true
	case ".md", ".markdown", ".mdown":
		return resume.Markdown, true
	case ".txt", ".text":
		return resume.Text, true
	case ".docx":
		return resume.Docx, true
	case ".pdf":
		return resume.PDF, true
	}
	return "", false
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

func samePath(a, b string) bool {
	if b == "-" {
		return false
	}
	pa, err1 := filepath.Abs(a)
	pb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && pa == pb || fileio.SameFile(a, b)
}

// checkOutput vets --output before any work is done (and before any model
// is asked): not the input under another name (a symlink or hard link to
// it), not an existing file without --force, not a device or FIFO even
// with it, and in a folder that exists.
func checkOutput(output, input string, force bool) error {
	if output == "" {
		return nil
	}
	if samePath(output, input) {
		return usage.Errorf("--output %s is the input file: use --in-place to rewrite it (a .bak copy is kept)", output)
	}
	if err := fileio.CheckOutput(output); err != nil {
		return err
	}
	if !force && fileio.Exists(output) {
		return usage.Errorf("%s already exists: choose another --output, or add --force to overwrite it", output)
	}
	return nil
}
