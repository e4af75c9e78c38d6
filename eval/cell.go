package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/parallel"
	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// cellOutput is what a cell produced before it is judged.
type cellOutput struct {
	text     string // what assertions judge
	raw      string // the reply as received
	prompt   string // the prompt as sent
	tokens   llm.Usage
	finish   string
	attempts int
	skipped  bool
}

// runCell runs one cell and judges its output.
func runCell(ctx context.Context, s *Suite, c cell, opts Options) Result {
	t := c.test
	r := Result{Cell: c.index, Prompt: c.prompt.Label, Provider: c.target.Name, Test: c.name, Repeat: c.repeat, Vars: t.Vars, Assertions: []Outcome{}}
	if ctx.Err() != nil {
		r.interrupted = true
		return r
	}
	vars, err := s.prepareVars(t.Vars)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	var hits, calls atomic.Int64
	var batched batchTokens
	provider := func() llm.Provider {
		cp := &cachingProvider{Provider: c.target.Provider, cache: opts.Cache, typ: c.target.Type, baseURL: c.target.BaseURL, repeat: c.repeat, onHit: func() { hits.Add(1) }}
		return countingProvider{cp, &calls, &batched}
	}
	start := time.Now()
	var out cellOutput
	switch {
	case t.ProviderOutput != nil:
		out = cellOutput{text: outputString(t.ProviderOutput)}
		out.raw = out.text
	case c.prompt.tpl != nil:
		out, err = runTemplateCell(ctx, s, c, opts, vars, provider)
	default:
		out, err = runRawCell(ctx, s, c, opts, vars, provider)
	}
	r.LatencyMS = time.Since(start).Milliseconds()
	r.Tokens, r.Raw, r.Output, r.Attempts, r.Skipped = out.tokens, out.raw, out.text, out.attempts, out.skipped
	if err != nil {
		r.Error = err.Error()
		if ctx.Err() != nil {
			r.interrupted = true
		}
		return r
	}
	r.Cached = calls.Load() > 0 && hits.Load() == calls.Load()
	if r.Cached {
		r.LatencyMS = 0
	}
	if calls.Load() > hits.Load() {
		if err := delay(ctx, max(c.target.DelayMS, s.DelayMS, opts.DelayMS)); err != nil {
			r.interrupted = true
			return r
		}
	}
	if pr := c.target.Price; pr != nil {
		r.Cost = pr.Cost(r.Tokens.PromptTokens, r.Tokens.CompletionTokens) - batched.discount(pr)
	}
	if r.Skipped {
		return r
	}
	// transforms: the provider's, then the case's (promptfoo's order)
	var value any = r.Output
	for _, code := range []string{c.target.Transform, t.Options.transform()} {
		if code == "" {
			continue
		}
		v, err := runTransform(ctx, code, value, vars, out.prompt)
		if err != nil {
			r.Error = "transform: " + err.Error()
			return r
		}
		value = v
	}
	r.Output = outputString(value)
	subj := &subject{ctx: ctx, Output: r.Output, Value: value, Raw: r.Raw, Prompt: out.prompt, Vars: vars,
		Input: str(vars["input"]), Facts: strList(vars["facts"]), Context: str(vars["context"]),
		LatencyMS: r.LatencyMS, Cached: r.Cached, Cost: r.Cost, HasCost: c.target.Price != nil || c.target.Provider == nil || t.ProviderOutput != nil, FinishReason: out.finish,
		judge: opts.judge, Test: t, trusted: opts.Trust,
		providerID: c.target.ID, providerLabel: c.target.Name, readFile: s.read, suiteDir: filepath.Dir(s.File)}
	subj.grader = func(a Assertion, embedding bool) (*gradingTarget, error) { return graderFor(a, t, opts, embedding) }
	r.Guard = checkGuard(subj)
	pass, score, outs, named, err := judgeAll(t.Assert, t.Threshold, subj)
	if err != nil {
		r.Error = "assertion " + err.Error()
		if ctx.Err() != nil {
			r.interrupted = true
		}
		return r
	}
	r.Pass, r.Assertions, r.NamedScores = pass, outs, named
	r.Score = math.Round(score*1000) / 1000
	return r
}

func delay(ctx context.Context, ms int) error {
	if ms <= 0 {
		return nil
	}
	return parallel.Sleep(ctx, time.Duration(ms)*time.Millisecond)
}

// runTemplateCell runs one of bulletproof's templates: its reply format
// (a JSON object holding the rewrite) is the template's contract, and the
// output judged is the rewrite. raw mode asks once; guarded mode runs the
// rewrite loop — the guard judges, a rejection goes back with reasons.
func runTemplateCell(ctx context.Context, s *Suite, c cell, opts Options, vars map[string]any, provider func() llm.Provider) (cellOutput, error) {
	t, tpl := c.test, c.prompt.tpl
	sec := section(t, tpl)
	data := prompts.Data{Input: str(vars["input"]), Section: sec, Heading: str(vars["heading"]), Tense: tenseOf(t, sec),
		Job: str(vars["job"]), Context: str(vars["context"])}
	item := itemFor(sec, tpl, data.Input, data.Tense)
	facts := strList(vars["facts"])
	style := rewrite.Style{Period: strings.HasSuffix(strings.TrimSpace(data.Input), ".")}
	var engine rewrite.Engine
	switch c.target.Type {
	case "offline":
		engine = rewrite.Offline{Lexicon: opts.Guard.Lexicon}
	case "echo":
		engine = echoEngine{}
	default:
		engine = &rewrite.ModelEngine{Provider: provider(), Temperature: c.target.Params.Temperature, MaxTokens: c.target.Params.MaxTokens}
	}
	var out cellOutput
	if msgs, err := rewrite.Messages(rewrite.Request{Template: tpl, Item: item, Data: data}); err == nil && len(msgs) > 0 {
		out.prompt = msgs[len(msgs)-1].Content
	}
	if s.Mode == "guarded" {
		p := &rewrite.Pipeline{Engine: engine, MaxAttempts: max(1, opts.MaxAttempts), Concurrency: 1, Guard: opts.judge.guard}
		ir := p.RewriteOne(ctx, tpl, item, data, facts, style)
		out.attempts, out.text = ir.Attempts, ir.Final
		out.tokens = llm.Usage{PromptTokens: ir.Usage.PromptTokens, CompletionTokens: ir.Usage.CompletionTokens}
		if n := len(ir.Candidates); n > 0 {
			out.raw = ir.Candidates[n-1].Text
		}
		switch ir.Status {
		case rewrite.StatusUnsupported:
			out.skipped = true
		case rewrite.StatusError:
			return out, errors.New(ir.Error)
		}
		return out, nil
	}
	reply, err := engine.Rewrite(ctx, rewrite.Request{Template: tpl, Item: item, Data: data, Style: style})
	out.tokens = llm.Usage{PromptTokens: reply.Usage.PromptTokens, CompletionTokens: reply.Usage.CompletionTokens}
	out.raw, out.text = reply.Raw, reply.Text
	switch {
	case errors.Is(err, rewrite.ErrUnsupported):
		out.skipped = true
	case errors.Is(err, rewrite.ErrBadReply):
		// a malformed reply is the prompt's failure, judged as written
		out.text = strings.TrimSpace(reply.Raw)
	case err != nil:
		return out, err
	}
	return out, nil
}

// runRawCell runs a promptfoo prompt: rendered with the case's vars, sent
// as it stands (no JSON mode, no wrapper), the reply judged as received.
// In guarded mode the reply is also judged by the guard against
// vars.input, and a rejection goes back to the model with the reasons.
func runRawCell(ctx context.Context, s *Suite, c cell, opts Options, vars map[string]any, provider func() llm.Provider) (cellOutput, error) {
	src := c.test.Options.Prefix + c.prompt.Raw + c.test.Options.Suffix
	rendered, err := renderPrompt(src, vars)
	if err != nil {
		return cellOutput{}, fmt.Errorf("prompt: %w", err)
	}
	out := cellOutput{prompt: rendered}
	switch c.target.Type {
	case "offline":
		out.skipped = true // the offline engine rewrites resumes; it cannot answer a prompt
		return out, nil
	case "echo":
		out.text, out.raw = rendered, rendered
		return out, nil
	}
	msgs, err := chatMessages(rendered)
	if err != nil {
		return out, fmt.Errorf("prompt: %w", err)
	}
	eng := &rawEngine{provider: provider(), msgs: msgs, params: c.target.Params}
	if s.Mode != "guarded" {
		reply, err := eng.complete(ctx, msgs)
		out.raw, out.text, out.tokens, out.finish = reply.Text, reply.Text, reply.Usage, reply.FinishReason
		return out, err
	}
	tpl := &prompts.Template{Name: c.prompt.Label, Sections: resume.Sections, Unit: prompts.UnitItem, Context: prompts.ContextNone}
	input := str(vars["input"])
	item := resume.Item{ID: "experience.0.bullets.0", Section: resume.SecExperience, Text: input, Past: true}
	p := &rewrite.Pipeline{Engine: eng, MaxAttempts: max(1, opts.MaxAttempts), Concurrency: 1, Guard: opts.judge.guard}
	ir := p.RewriteOne(ctx, tpl, item, prompts.Data{Input: input, Context: str(vars["context"])}, strList(vars["facts"]), rewrite.Style{})
	out.attempts, out.text = ir.Attempts, ir.Final
	out.tokens = llm.Usage{PromptTokens: ir.Usage.PromptTokens, CompletionTokens: ir.Usage.CompletionTokens}
	if n := len(ir.Candidates); n > 0 {
		out.raw = ir.Candidates[n-1].Text
	}
	if ir.Status == rewrite.StatusError {
		return out, errors.New(ir.Error)
	}
	return out, nil
}

// rawEngine serves a promptfoo prompt to the rewrite loop: the rendered
// messages, then each rejected reply and the guard's reasons.
type rawEngine struct {
	provider llm.Provider
	msgs     []llm.Message
	params   llm.Request
}

func (e *rawEngine) Name() string  { return e.provider.Name() }
func (e *rawEngine) Model() string { return e.provider.Model() }

func (e *rawEngine) complete(ctx context.Context, msgs []llm.Message) (llm.Response, error) {
	return e.provider.Complete(ctx, llm.Request{Messages: msgs, Temperature: e.params.Temperature, MaxTokens: e.params.MaxTokens})
}

func (e *rawEngine) Rewrite(ctx context.Context, req rewrite.Request) (rewrite.Reply, error) {
	msgs := append([]llm.Message(nil), e.msgs...)
	for _, h := range req.History {
		for _, m := range prompts.RetryMessages(h.Reply, h.Feedback) {
			msgs = append(msgs, llm.Message{Role: m.Role, Content: m.Content})
		}
	}
	resp, err := e.complete(ctx, msgs)
	usage := rewrite.Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens}
	if err != nil {
		return rewrite.Reply{Usage: usage}, err
	}
	return rewrite.Reply{Raw: resp.Text, Text: strings.TrimSpace(resp.Text), Usage: usage, Model: resp.Model}, nil
}

// echoEngine is promptfoo's echo provider for bulletproof's templates: the
// rewrite is the input, unchanged.
type echoEngine struct{}

func (echoEngine) Name() string  { return "echo" }
func (echoEngine) Model() string { return "" }
func (echoEngine) Rewrite(_ context.Context, req rewrite.Request) (rewrite.Reply, error) {
	return rewrite.Reply{Raw: req.Data.Input, Text: req.Data.Input}, nil
}

// graderFor resolves the grader an assertion uses: its own provider, else
// the case's options.provider (defaultTest's, --grader's); for embeddings,
// its embedding: entry when it has one.
func graderFor(a Assertion, t *Test, opts Options, embedding bool) (*gradingTarget, error) {
	ref := a.Provider.forKind(embedding)
	if ref == nil {
		ref = t.Options.Provider.forKind(embedding)
	}
	if ref == nil {
		kind := "a grader"
		if embedding {
			kind = "an embedding provider (openai:embedding:MODEL)"
		}
		return nil, fmt.Errorf("no grader: name %s in defaultTest.options.provider, or pass --grader PROVIDER", kind)
	}
	if opts.Grader == nil {
		return nil, errors.New("no grader can be resolved here")
	}
	tg, err := opts.grader(ProviderRef{ID: ref.ID, Config: ref.Config})
	if err != nil {
		return nil, fmt.Errorf("grader %s: %w", ref.ID, err)
	}
	if tg.Provider == nil {
		return nil, fmt.Errorf("grader %q is not a model", ref.ID)
	}
	cp := &cachingProvider{Provider: tg.Provider, cache: opts.Cache, typ: tg.Type, baseURL: tg.BaseURL}
	g := &gradingTarget{name: ref.ID}
	g.complete = func(ctx context.Context, msgs []llm.Message) (llm.Response, error) {
		return cp.Complete(ctx, llm.Request{Messages: msgs, Temperature: tg.Params.Temperature, MaxTokens: tg.Params.MaxTokens})
	}
	if em, ok := tg.Provider.(llm.Embedder); ok && tg.Embedding {
		g.embed = func(ctx context.Context, text string) ([]float64, error) {
			return cachedEmbedding(ctx, opts.Cache, tg, em, text)
		}
	}
	return g, nil
}

// cachedEmbedding embeds text through the reply cache.
func cachedEmbedding(ctx context.Context, cache *Cache, tg *Target, em llm.Embedder, text string) ([]float64, error) {
	key := cacheKey(tg.Type, tg.BaseURL, "embedding:"+tg.Provider.Model(), llm.Request{Messages: []llm.Message{{Role: "embed", Content: text}}}, 0)
	if r, ok := cache.Get(key); ok {
		var v []float64
		if json.Unmarshal([]byte(r.Text), &v) == nil && len(v) > 0 {
			return v, nil
		}
	}
	v, err := em.Embed(ctx, text)
	if err != nil {
		return nil, err
	}
	if b, err := json.Marshal(v); err == nil {
		_ = cache.Put(key, llm.Response{Text: string(b)})
	}
	return v, nil
}

// countingProvider counts completions, to tell a fully cached cell, and
// the tokens answered through a batch API, which cost half.
type countingProvider struct {
	llm.Provider
	n     *atomic.Int64
	batch *batchTokens
}

func (c countingProvider) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	c.n.Add(1)
	r, err := c.Provider.Complete(ctx, req)
	c.batch.add(r)
	return r, err
}

func tenseOf(t *Test, sec string) string {
	if v, ok := t.Vars["tense"].(string); ok {
		return v
	}
	switch sec {
	case resume.SecSummary, resume.SecSkills, resume.SecCertifications:
		return ""
	}
	return "past"
}

// itemFor builds the item a case stands for, with the id shape the engines
// expect for its section.
func itemFor(sec string, tpl *prompts.Template, text, tense string) resume.Item {
	it := resume.Item{Section: sec, Text: text, Past: tense == "past"}
	switch {
	case tpl.Unit == prompts.UnitSection:
		it.ID, it.Whole = sec, true
	case sec == resume.SecSummary:
		it.ID = "summary"
	case sec == resume.SecEducation:
		it.ID = "education.0.courses"
	case sec == resume.SecProjects:
		it.ID = "projects.0.bullets.0"
	case sec == resume.SecSkills:
		it.ID = "skills.0"
	case sec == resume.SecCertifications:
		it.ID = "certifications.0"
	default:
		it.ID = "experience.0.bullets.0"
	}
	return it
}

func strList(v any) []string {
	switch x := v.(type) {
	case string:
		if x == "" {
			return nil
		}
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, str(e))
		}
		return out
	}
	return nil
}
