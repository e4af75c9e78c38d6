package rewrite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/llm"
	"github.com/bulletproof-cli/bulletproof/internal/resume"
	"github.com/bulletproof-cli/bulletproof/prompts"
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
	all := doc.Items()
	workers := max(1, p.Concurrency)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		done int
		next = make(chan int)
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := p.rewriteItem(ctx, doc, all, tpl, items[i], opts, style)
				if r.fatal != nil {
					fatalOnce.Do(func() { res.Fatal = r.fatal; stop() })
				}
				mu.Lock()
				res.Items[i] = r
				done++
				if p.Progress != nil {
					p.Progress(done, len(items))
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for i := range items {
		select {
		case next <- i:
		case <-ctx.Done():
			for j := i; j < len(items); j++ {
				res.Items[j] = ItemResult{ID: items[j].ID, Section: items[j].Section, Original: items[j].Text, Final: items[j].Text,
					Status: StatusError, Error: "cancelled before it was sent", Candidates: []Candidate{}}
			}
			break feed
		}
	}
	close(next)
	wg.Wait()
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

func (p *Pipeline) rewriteItem(ctx context.Context, doc *resume.Document, all []resume.Item, tpl *prompts.Template, it resume.Item, opts Options, style Style) ItemResult {
	data := itemData(doc, all, tpl, it, opts)
	var extra []string
	if p.Scope == ScopeResume {
		extra = append(extra, doc.Text())
	}
	return p.rewrite(ctx, tpl, it, data, extra, style)
}

// RewriteOne runs the guarded loop on one item outside a document (eval's
// guarded mode). facts join the pipeline's own as sources.
func (p *Pipeline) RewriteOne(ctx context.Context, tpl *prompts.Template, it resume.Item, data prompts.Data, facts []string, style Style) ItemResult {
	return p.rewrite(ctx, tpl, it, data, facts, style)
}

func (p *Pipeline) rewrite(ctx context.Context, tpl *prompts.Template, it resume.Item, data prompts.Data, extra []string, style Style) ItemResult {
	out := ItemResult{ID: it.ID, Section: it.Section, Original: it.Text, Final: it.Text, Candidates: []Candidate{}}
	// the guard's source: the item and the user's facts; the context the
	// prompt showed supports technologies (the same role used them), and
	// figures too only when it is the whole resume a summary sums up; the
	// job ad never
	facts := append(append([]string(nil), p.Facts...), extra...)
	src := guard.Source{Text: it.Text, Facts: facts}
	if data.Context != "" {
		if tpl.Context == prompts.ContextResume {
			src.Facts = append(src.Facts, data.Context)
		} else {
			src.Context = []string{data.Context}
		}
	}
	g := p.Guard
	if g == nil {
		g = guard.MustNew(guard.Options{})
	}
	prepared := g.Prepare(src)
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
		if errors.Is(err, ErrBadReply) && a < attempts {
			// malformed, empty or cut off: ask again, saying what was wrong
			out.Attempts = a
			out.Error = err.Error()
			req.History = append(req.History, Attempt{Reply: reply.Raw, Feedback: "- " + err.Error() + ": answer with the JSON object {\"rewrite\": \"...\"} only."})
			continue
		}
		if err != nil {
			out.Attempts = a
			out.Status, out.Error = StatusError, err.Error()
			if fatal(err) {
				out.fatal = err
			}
			return out
		}
		out.Error = ""
		out.Attempts = a
		// the same answer again after its rejection: asking more will not help
		// (the offline engine always repeats itself)
		if repeated(req.History, reply.Raw) {
			break
		}
		v := prepared.Check(reply.Text)
		out.Candidates = append(out.Candidates, Candidate{Text: reply.Text, Verdict: v.Decision, Findings: v.Findings})
		if reply.Notes != "" {
			out.Notes = reply.Notes
		}
		switch v.Decision {
		case guard.Accept:
			out.Final = reply.Text
			out.Status = StatusRewritten
			if normalizeSpace(reply.Text) == normalizeSpace(it.Text) {
				out.Status = StatusUnchanged
			}
			return out
		case guard.NeedsInput:
			out.Final, out.Status = reply.Text, StatusNeedsInput
			return out
		}
		// rejected: ask again with the reasons
		req.History = append(req.History, Attempt{Reply: reply.Raw, Feedback: guard.Feedback(v)})
	}
	out.Status = StatusKeptOriginal
	return out
}

// itemData is what the template renders for one item.
func itemData(doc *resume.Document, all []resume.Item, tpl *prompts.Template, it resume.Item, opts Options) prompts.Data {
	return prompts.Data{Input: it.Text, Section: it.Section, Heading: it.Heading, Tense: tense(it), Job: opts.Job,
		Context: contextFor(tpl.Context, doc, all, it)}
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
	all := doc.Items()
	var out []Rendered
	for _, it := range Plan(doc, tpl, opts.Section) {
		msgs, err := tpl.Render(itemData(doc, all, tpl, it, opts))
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
// itself opens with; none for summaries and lists.
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
		if _, form, ok := english.LookupVerb(strings.Trim(first[0], ",.")); ok && (form == english.FormBase || form == english.FormThird) {
			return "present"
		}
	}
	return "past"
}

// contextFor builds the context a template asks for.
func contextFor(kind string, doc *resume.Document, all []resume.Item, it resume.Item) string {
	var lines []string
	switch kind {
	case prompts.ContextRole:
		prefix := entryPrefix(it.ID)
		for _, o := range all {
			if o.ID != it.ID && !o.Whole && prefix != "" && strings.HasPrefix(o.ID, prefix) {
				lines = append(lines, "- "+o.Text)
			}
		}
	case prompts.ContextSection:
		for _, o := range all {
			if o.ID != it.ID && !o.Whole && o.Section == it.Section {
				lines = append(lines, "- "+o.Text)
			}
		}
	case prompts.ContextResume:
		for _, o := range all {
			if o.ID != it.ID && !o.Whole && !(it.Whole && o.Section == it.Section) {
				lines = append(lines, "- "+o.Text)
			}
		}
	}
	return strings.Join(lines, "\n")
}

// entryPrefix is "experience.0." for "experience.0.bullets.3".
func entryPrefix(id string) string {
	parts := strings.Split(id, ".")
	if len(parts) < 3 {
		return ""
	}
	return parts[0] + "." + parts[1] + "."
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

// Apply writes each item's final text into a copy of doc.
func Apply(doc *resume.Document, res *Result) (*resume.Document, error) {
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
