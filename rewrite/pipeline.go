package rewrite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/parallel"
	"github.com/bulletproof-cli/bulletproof/internal/safetext"
	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// Scopes of what the guard accepts as the source of a rewrite.
const (
	ScopeItem   = "item"   // the item, the context the prompt showed, the user's facts
	ScopeResume = "resume" // also the whole resume
)

// Pipeline rewrites a document's items with an engine, under the guard.
type Pipeline struct {
	Engine      Engine
	MaxAttempts int          // candidates per item, at least 1
	Concurrency int          // items in flight, at least 1
	Guard       *guard.Guard // nil: the default guard
	Facts       []string     // texts the user vouches for
	Scope       string       // ScopeItem or ScopeResume
	// Progress, when set, is called after each item with the count done.
	Progress func(done, total int)
}

// Options choose what a run covers.
type Options struct {
	Job     string // the job ad's text; never a fact source
	Section string // only items of this section, when set
}

// Plan lists the items a template applies to in a document.
func Plan(doc *resume.Document, tpl *prompts.Template, section string) []resume.Item {
	var out []resume.Item
	for _, it := range doc.Items() {
		if !tpl.AppliesTo(it.Section) || section != "" && it.Section != section {
			continue
		}
		if it.Whole != (tpl.Unit == prompts.UnitSection) {
			continue
		}
		out = append(out, it)
	}
	return out
}

// maxConcurrency caps items in flight, whatever the configuration asks: a
// provider throttles long before this, and every worker holds a request.
const maxConcurrency = 64

// workers is the number of workers for n items: the configured
// concurrency, never more than the items, never more than maxConcurrency.
func workers(concurrency, n int) int {
	return max(1, min(concurrency, n, maxConcurrency))
}

// Run rewrites every item the template applies to. Results come in document
// order whatever the concurrency. A cancelled context stops new requests;
// items not reached keep their original text with status error.
func (p *Pipeline) Run(ctx context.Context, doc *resume.Document, tpl *prompts.Template, opts Options) *Result {
	items := Plan(doc, tpl, opts.Section)
	res := &Result{Prompt: tpl.Name, Engine: p.Engine.Name(), Model: p.Engine.Model(), Items: make([]ItemResult, len(items))}
	// a failure every item would meet (a rejected key, an unreachable
	// server) stops the run instead of being met once per item
	outer := ctx
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var fatalOnce sync.Once
	style := documentStyle(doc)
	x := p.index(doc)
	var mu sync.Mutex // guards done and Progress's calls
	done := 0
	started := parallel.Each(ctx, len(items), workers(p.Concurrency, len(items)), func(i int) {
		r := p.rewriteItem(ctx, x, tpl, items[i], opts, style)
		if r.fatal != nil {
			fatalOnce.Do(func() { res.Fatal = r.fatal; stop() })
		}
		res.Items[i] = r
		mu.Lock()
		done++
		if p.Progress != nil {
			p.Progress(done, len(items))
		}
		mu.Unlock()
	})
	for j := started; j < len(items); j++ {
		res.Items[j] = ItemResult{ID: items[j].ID, Section: items[j].Section, Original: items[j].Text, Final: items[j].Text,
			Status: StatusError, Error: "cancelled before it was sent", Candidates: []Candidate{}}
	}
	if res.Fatal != nil && outer.Err() == nil {
		for i := range res.Items {
			if it := &res.Items[i]; it.Status == StatusError && it.Error != res.Fatal.Error() {
				it.Error = "not sent: " + res.Fatal.Error()
			}
		}
	}
	for _, it := range res.Items {
		res.Usage.Add(it.Usage)
	}
	return res
}

// index reads once what every item of a run shares: the user's facts, and
// with scope resume the whole resume, as the guard's sources.
func (p *Pipeline) index(doc *resume.Document) *runIndex {
	x := newRunIndex(doc, p.guard())
	facts := append([]string(nil), p.Facts...)
	if p.Scope == ScopeResume {
		facts = append(facts, doc.Text())
	}
	if len(facts) > 0 {
		x.facts = x.g.Prepare(guard.Source{Facts: facts})
	}
	return x
}

// guard is the pipeline's guard, or the default one.
func (p *Pipeline) guard() *guard.Guard {
	if p.Guard != nil {
		return p.Guard
	}
	return defaultGuard()
}

var defaultGuard = sync.OnceValue(func() *guard.Guard { return guard.MustNew(guard.Options{}) })

func (p *Pipeline) rewriteItem(ctx context.Context, x *runIndex, tpl *prompts.Template, it resume.Item, opts Options, style Style) ItemResult {
	data := itemData(x, tpl, it, opts)
	return p.rewrite(ctx, tpl, it, data, x.source(tpl, it, data), style)
}

// source is the guard's source for a rewrite of it: the item, the user's
// facts (and the resume, with scope resume), and the context the prompt
// showed, the shared parts read once per run; never the job ad.
func (x *runIndex) source(tpl *prompts.Template, it resume.Item, data prompts.Data) *guard.Prepared {
	var ctx *guard.Prepared
	if data.Context != "" {
		ctx = x.contextSource(tpl.Context, it)
	}
	return x.g.Join(x.g.Prepare(guard.Source{Text: it.Text}), x.facts, ctx)
}

// RewriteOne runs the guarded loop on one item outside a document (eval's
// guarded mode). facts join the pipeline's own as sources.
func (p *Pipeline) RewriteOne(ctx context.Context, tpl *prompts.Template, it resume.Item, data prompts.Data, facts []string, style Style) ItemResult {
	// the context the prompt showed supports technologies (the same role
	// used them), and figures too only when it is the whole resume a
	// summary sums up
	src := guard.Source{Text: it.Text, Facts: append(append([]string(nil), p.Facts...), facts...)}
	if data.Context != "" {
		if tpl.Context == prompts.ContextResume {
			src.Facts = append(src.Facts, data.Context)
		} else {
			src.Context = []string{data.Context}
		}
	}
	return p.rewrite(ctx, tpl, it, data, p.guard().Prepare(src), style)
}

// rewrite is the guarded loop: ask, check the reply's shape, judge it
// against the source, and ask again with the reasons.
func (p *Pipeline) rewrite(ctx context.Context, tpl *prompts.Template, it resume.Item, data prompts.Data, src *guard.Prepared, style Style) ItemResult {
	out := ItemResult{ID: it.ID, Section: it.Section, Original: it.Text, Final: it.Text, Candidates: []Candidate{}}
	req := Request{Template: tpl, Item: it, Data: data, Style: style}
	attempts := max(1, p.MaxAttempts)
	for a := 1; a <= attempts; a++ {
		if err := ctx.Err(); err != nil {
			out.Status, out.Error = StatusError, "cancelled: "+err.Error()
			return out
		}
		reply, err := p.Engine.Rewrite(ctx, req)
		out.Usage.Add(reply.Usage)
		if errors.Is(err, ErrUnsupported) {
			out.Status = StatusUnsupported
			out.Notes = fmt.Sprintf("the %s engine cannot serve %s; configure a model provider (see `bulletproof providers`)", p.Engine.Name(), tpl.Name)
			return out
		}
		if err != nil && !badReply(err) {
			out.Attempts = a
			out.Status, out.Error = StatusError, err.Error()
			if fatal(err) {
				out.fatal = err
			}
			return out
		}
		out.Attempts = a
		raw := cappedRaw(reply.Raw, it.Text)
		// the same answer again after its rejection: asking more will not help
		// (the offline engine always repeats itself)
		if repeated(req.History, raw) {
			break
		}
		text, invalid := candidateText(reply, err, it)
		if invalid != "" {
			// malformed, empty, cut off or the wrong shape: a rejection
			// like the guard's, fed back with the reason
			out.Candidates = append(out.Candidates, Candidate{Text: capped(text, it.Text), Verdict: guard.Reject, Findings: []guard.Finding{
				{Kind: KindReply, Code: CodeInvalidReply, Severity: guard.Error, Detail: invalid}}})
			req.History = append(req.History, Attempt{Reply: raw, Feedback: "- " + invalid + `: answer with the JSON object {"rewrite": "..."} only, the rewrite being plain text shaped like the input.`})
			continue
		}
		v := src.Check(text)
		out.Candidates = append(out.Candidates, Candidate{Text: text, Verdict: v.Decision, Findings: v.Findings})
		if reply.Notes != "" {
			out.Notes = shorten(safetext.Terminal(reply.Notes), maxNotes)
		}
		switch v.Decision {
		case guard.Accept:
			out.Final = text
			out.Status = StatusRewritten
			if normalizeSpace(text) == normalizeSpace(it.Text) {
				out.Status = StatusUnchanged
			}
			return out
		case guard.NeedsInput:
			out.Final, out.Status = text, StatusNeedsInput
			return out
		}
		// rejected: ask again with the reasons
		req.History = append(req.History, Attempt{Reply: raw, Feedback: guard.Feedback(v)})
	}
	out.Status = StatusKeptOriginal
	return out
}

// badReply: the engine answered, but with nothing usable.
func badReply(err error) bool {
	return errors.Is(err, ErrBadReply) || errors.Is(err, errEmptyReply) || errors.Is(err, errMalformed)
}

// maxNotes caps the advice a model adds beside its rewrite.
const maxNotes = 500

// candidateText is the reply's candidate for it, or why there is none.
func candidateText(reply Reply, err error, it resume.Item) (text, invalid string) {
	if err != nil {
		return reply.Raw, err.Error()
	}
	// check the text as extracted, before list markers are taken off, so
	// that a list or a section in the reply shows
	raw, _, perr := extractReply(reply.Raw)
	if reply.Raw == "" {
		raw, perr = reply.Text, nil
	}
	if perr != nil {
		return reply.Raw, perr.Error()
	}
	text, cerr := checkReply(raw, it)
	var ir *invalidReply
	if errors.As(cerr, &ir) {
		return raw, ir.Reason
	}
	return text, ""
}

// itemData is what the template renders for one item.
func itemData(x *runIndex, tpl *prompts.Template, it resume.Item, opts Options) prompts.Data {
	return prompts.Data{Input: it.Text, Section: it.Section, Heading: it.Heading, Tense: tense(it), Job: opts.Job,
		Context: x.context(tpl.Context, it)}
}

// Rendered is the first request an item's rewrite would send.
type Rendered struct {
	Item     resume.Item
	Messages []prompts.Message
	Err      error
}

// Requests renders, without sending, the messages each item would start
// with: what `prompts render` and `--dry-run` print.
func Requests(doc *resume.Document, tpl *prompts.Template, opts Options) []Rendered {
	x := newRunIndex(doc, nil)
	var out []Rendered
	for _, it := range Plan(doc, tpl, opts.Section) {
		msgs, err := tpl.Render(itemData(x, tpl, it, opts))
		out = append(out, Rendered{Item: it, Messages: msgs, Err: err})
	}
	return out
}

// fatal: a failure every other item would meet too.
func fatal(err error) bool {
	for _, k := range []llm.Kind{llm.KindAuth, llm.KindNotFound, llm.KindConnect, llm.KindMissingKey} {
		if llm.IsKind(err, k) {
			return true
		}
	}
	return false
}

func repeated(h []Attempt, raw string) bool {
	for _, a := range h {
		if a.Reply == raw {
			return true
		}
	}
	return false
}

func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// tense: past for finished work; for a current role, the tense the bullet
// itself opens with ("Building a service…" is ongoing work: it stays as it
// is, not "Built"); none for summaries and lists.
func tense(it resume.Item) string {
	switch it.Section {
	case resume.SecSummary, resume.SecSkills, resume.SecCertifications:
		return ""
	}
	if it.Past {
		return "past"
	}
	first := strings.Fields(it.Text)
	if len(first) > 0 {
		if _, form, ok := english.LookupVerb(strings.Trim(first[0], ",.")); ok && (form == english.FormBase || form == english.FormThird || form == english.FormIng) {
			return "present"
		}
	}
	return "past"
}

// documentStyle reads whether most bullets end with a full stop.
func documentStyle(doc *resume.Document) Style {
	with, total := 0, 0
	for _, it := range doc.Items() {
		if it.Section == resume.SecExperience || it.Section == resume.SecProjects {
			total++
			if strings.HasSuffix(strings.TrimSpace(it.Text), ".") {
				with++
			}
		}
	}
	return Style{Period: total > 0 && with*2 >= total}
}

// Finals are the texts to write back into the user's file: items rewritten
// (or accepted with placeholders to fill), by id; where several results
// touch one item, the later one wins. Items kept as they were are left out,
// so their bytes stay as written.
func Finals(results ...*Result) map[string]string {
	out := map[string]string{}
	for _, r := range results {
		if r == nil {
			continue
		}
		for _, it := range r.Items {
			if (it.Status == StatusRewritten || it.Status == StatusNeedsInput) && it.Final != it.Original {
				out[it.ID] = it.Final
			}
		}
	}
	return out
}

// applyFinals writes each item's final text into a copy of doc.
func applyFinals(doc *resume.Document, res *Result) (*resume.Document, error) {
	out := doc.Clone()
	for _, it := range res.Items {
		if it.Final == it.Original {
			continue
		}
		if err := out.Set(it.ID, it.Final); err != nil {
			return nil, fmt.Errorf("apply %s: %w", it.ID, err)
		}
	}
	return out, nil
}
