package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/colorprofile"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/progress"
	"github.com/bulletproof-cli/bulletproof/internal/review"
	"github.com/bulletproof-cli/bulletproof/internal/review/tui"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// reviewJob is what a review needs from the command that asked for it.
type reviewJob struct {
	path, target string // the resume, and where accepted text goes
	inPlace      bool
	force        bool // --output may replace an existing file
	doc          *resume.Document
	format       resume.Format
	source       []byte // the resume as read, for the journal's hash
	prompt       string // the prompt, or "tailor"
	section, job string
	pipeline     *rewrite.Pipeline
	registry     *prompts.Registry
	factsFile    string // where vouched-for edits go when asked; "" for none
	// run is the guarded loop, when the review does not continue a journal.
	run func(ctx context.Context) ([]*rewrite.Result, error)
}

// checkReview refuses what --review cannot do.
func checkReview(o *rewriteOptions, path string) error {
	switch {
	case o.output == "" && !o.inPlace:
		return usage.Errorf("--review writes what you accept: add --output FILE (or, for rewrite, --in-place)")
	case path == "-" || o.job == "-":
		return usage.Errorf("--review reads your answers from stdin: give the resume and the job ad as files")
	case o.format != "text":
		return usage.Errorf("--review is interactive: it cannot be combined with --format %s", o.format)
	case o.dryRun:
		return usage.Errorf("--review and --dry-run cannot be combined: --dry-run sends nothing to review")
	}
	return nil
}

// runReview runs (or continues) a review and writes what was accepted.
func (a *app) runReview(ctx context.Context, j reviewJob) error {
	in := bufio.NewReader(a.stdin)
	jpath := review.JournalPath(j.target)
	want := review.Header{Version: review.JournalVersion, Input: absPath(j.path), InputHash: hash(j.source),
		Prompt: j.prompt, Section: j.section, Output: absPath(j.target)}
	if j.job != "" {
		want.JobHash = hash([]byte(j.job))
	}
	h, answers, journal, err := a.openReview(ctx, j, want, jpath, in)
	if err != nil || journal == nil {
		return err
	}
	s := review.New(h.ReviewItems(), a.reviewJudge(j))
	s.CanSave = j.factsFile != ""
	if n := s.Replay(answers); n > 0 || len(answers) > 0 {
		a.notice("continuing: %d of %d items answered", answered(s), len(s.Items))
		if n < len(answers) {
			a.notice("%d answers in %s no longer fit and were dropped", len(answers)-n, jpath)
			if journal, err = restartJournal(journal, h, answers[:n]); err != nil {
				return err
			}
		}
	}
	s.Record = journal.Append
	if !s.Over() {
		ask := a.reviewAsker(j)
		if isTerminal(a.stdin) && isTerminal(a.stdout) {
			meta := tui.Meta{File: filepath.Base(j.path), Output: filepath.Base(j.target), Engine: engineLabel(h.Engine, h.Model)}
			if j.factsFile != "" {
				meta.Facts = filepath.Base(j.factsFile)
			}
			opts := []tea.ProgramOption{tea.WithInput(a.stdin), tea.WithOutput(a.stdout)}
			if !a.color(a.stdout) {
				opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
			}
			err = tui.Run(ctx, s, ask, meta, opts...)
		} else {
			err = review.Lines{In: in, Out: a.stdout, Ask: ask, Echo: !isTerminal(a.stdin)}.Run(ctx, s)
		}
	}
	switch {
	case errors.Is(err, review.ErrInterrupted) || err == nil && ctx.Err() != nil && !s.Over():
		journal.Close()
		return &exitError{code: exitInterrupted, err: fmt.Errorf("review stopped (%s), nothing written: your answers are kept in %s, and the same command continues", s.Tally(), jpath)}
	case errors.Is(err, review.ErrNoMoreAnswers):
		journal.Close()
		return &exitError{code: exitFindings, err: fmt.Errorf("%w (%s), nothing written: the same command continues from %s", err, s.Tally(), jpath)}
	case err != nil:
		journal.Close()
		return err
	}
	if s.Discarded() {
		a.notice("review stopped: nothing written")
		return journal.Remove()
	}
	finals := s.Finals()
	if len(finals) == 0 {
		a.notice("nothing to write (%s)", s.Tally())
		return journal.Remove()
	}
	if err := j.stillWritable(want.InputHash); err != nil {
		journal.Close()
		return fmt.Errorf("%w; nothing written: your answers are kept in %s, and the same command continues", err, jpath)
	}
	data, err := a.resumeBytes(j.doc, j.format, j.target, finals)
	if err != nil {
		journal.Close()
		return err
	}
	if err := a.writeTarget(j.doc, j.target, data, j.inPlace); err != nil {
		journal.Close()
		return err
	}
	if len(s.Save) > 0 {
		if err := addFacts(j.factsFile, s.Save); err != nil {
			journal.Close()
			return err
		}
		a.notice("added %s to %s", plural(len(s.Save), "fact"), j.factsFile)
	}
	a.notice("review: %s", s.Tally())
	return journal.Remove()
}

// stillWritable checks, before writing, that a review did not outlast what
// it was checked against: a file rewritten in place must be as it was read,
// and an --output that appeared meanwhile is not overwritten unasked.
func (j reviewJob) stillWritable(inputHash string) error {
	if j.inPlace {
		cur, err := os.ReadFile(j.path)
		if err != nil {
			return err
		}
		if hash(cur) != inputHash {
			return fmt.Errorf("%s changed during the review", j.path)
		}
		return nil
	}
	if !j.force && fileio.Exists(j.target) {
		return usage.Errorf("%s appeared during the review: move it away, or add --force", j.target)
	}
	return nil
}

// openReview continues the journal of the same review if the person wants
// to, or runs the guarded loop and starts a journal. A nil journal with no
// error means there is nothing to review.
func (a *app) openReview(ctx context.Context, j reviewJob, want review.Header, jpath string, in *bufio.Reader) (review.Header, []review.Answer, *review.Journal, error) {
	h, answers, journal, err := review.OpenJournal(jpath)
	switch {
	case errors.Is(err, review.ErrNoJournal):
	case err != nil:
		return h, nil, nil, usage.Wrap(err)
	case !h.Same(want):
		journal.Close()
		a.notice("%s is the journal of another review (the resume, prompt or job ad changed since): starting afresh", jpath)
	default:
		q := fmt.Sprintf("A review of %s with %s, started %s, has %s. Continue it? [Y/n] ",
			filepath.Base(j.path), h.Prompt, h.Started.Local().Format("2 Jan 15:04"), plural(len(answers), "answer"))
		yes, err := a.askYes(in, q)
		if err != nil {
			journal.Close()
			return h, nil, nil, err
		}
		if yes {
			return h, answers, journal, nil
		}
		journal.Close()
	}
	results, err := j.run(ctx)
	if err != nil {
		return h, nil, nil, err
	}
	if ctx.Err() != nil {
		return h, nil, nil, &exitError{code: exitInterrupted, err: errors.New("interrupted before the review began: nothing written")}
	}
	h = want
	h.Engine, h.Model, h.Started = j.pipeline.Engine.Name(), j.pipeline.Engine.Model(), time.Now().UTC()
	h.Items = review.Collect(j.doc, results)
	var tallies []string
	for _, r := range results {
		tallies = append(tallies, r.Prompt+": "+rewrite.Tally(r))
	}
	a.notice("%s; %s to review", strings.Join(tallies, "; "), plural(len(h.Items), "item"))
	if len(h.Items) == 0 {
		os.Remove(jpath)
		a.notice("nothing changed, so nothing to review: %s not written", j.target)
		return h, nil, nil, nil
	}
	journal, err = review.CreateJournal(jpath, h)
	return h, nil, journal, err
}

// stepsProgress draws one progress bar on a terminal over every step's
// items, while the steps run; the returned func finishes it.
func (a *app) stepsProgress(p *rewrite.Pipeline, doc *resume.Document, reg *prompts.Registry, steps []rewrite.Step) func() {
	total := 0
	for _, st := range steps {
		if tpl, err := reg.Lookup(st.Prompt); err == nil {
			for _, sec := range st.Sections {
				total += len(rewrite.Plan(doc, tpl, sec))
			}
		}
	}
	if total == 0 || !isTerminal(a.stderr) {
		return func() {}
	}
	bar := progress.New(a.stderr, "tailor", total)
	base := 0
	p.Progress = func(done, n int) {
		bar.Set(base + done)
		if done == n {
			base += n
		}
	}
	return func() { bar.Finish(); p.Progress = nil }
}

// askYes asks a yes/no question on stderr and reads the answer from in; an
// empty answer or the end of input is yes.
func (a *app) askYes(in *bufio.Reader, question string) (bool, error) {
	fmt.Fprint(a.stderr, question)
	line, err := in.ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return false, err
	}
	if !isTerminal(a.stdin) {
		fmt.Fprintln(a.stderr, strings.TrimSpace(line))
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "", "y", "yes":
		return true, nil
	case "n", "no":
		return false, nil
	}
	return false, usage.Errorf("answer y to continue the review, or n to start afresh")
}

// reviewJudge judges a person's own text for an item by the source the
// guarded loop used for it.
func (a *app) reviewJudge(j reviewJob) review.Judge {
	return func(it *review.Item, text string, facts []string) (guard.Verdict, error) {
		tpl, err := j.registry.Lookup(it.Prompt)
		if err != nil {
			return guard.Verdict{}, err
		}
		return j.pipeline.Judge(rewrite.Target{Doc: j.doc, Template: tpl, Options: rewrite.Options{Job: j.job}, ID: it.Result.ID}, text, facts)
	}
}

// reviewAsker asks the engine again for an item, with the person's note.
func (a *app) reviewAsker(j reviewJob) review.Asker {
	return func(ctx context.Context, it *review.Item, note string, facts []string) rewrite.ItemResult {
		tpl, err := j.registry.Lookup(it.Prompt)
		if err != nil {
			return rewrite.ItemResult{ID: it.Result.ID, Status: rewrite.StatusError, Error: err.Error()}
		}
		t := rewrite.Target{Doc: j.doc, Template: tpl, Options: rewrite.Options{Job: j.job}, ID: it.Result.ID}
		return j.pipeline.Again(ctx, t, it.Shown.Text, note, facts)
	}
}

// restartJournal rewrites a journal with only the answers that still fit.
func restartJournal(j *review.Journal, h review.Header, keep []review.Answer) (*review.Journal, error) {
	path := j.Path()
	j.Close()
	nj, err := review.CreateJournal(path, h)
	if err != nil {
		return nil, err
	}
	for _, a := range keep {
		if err := nj.Append(a); err != nil {
			nj.Close()
			return nil, err
		}
	}
	return nj, nil
}

// addFacts appends vouched-for texts to a facts file, one per line.
func addFacts(path string, facts []string) error {
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("add to %s: %w", path, err)
	}
	if len(old) > 0 && old[len(old)-1] != '\n' {
		old = append(old, '\n')
	}
	for _, f := range facts {
		old = append(old, strings.Join(strings.Fields(f), " ")+"\n"...)
	}
	return fileio.WriteAtomic(path, old, 0o600)
}

func answered(s *review.Session) int {
	n := 0
	for _, it := range s.Items {
		if it.Decision != review.Pending {
			n++
		}
	}
	return n
}

func engineLabel(engine, model string) string {
	if model == "" {
		return engine
	}
	return engine + " · " + model
}

func hash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
