package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/parallel"
	"github.com/bulletproof-cli/bulletproof/llm"
)

// Batch sends a run's uncached requests through the providers' batch APIs
// (--batch) instead of one by one: half the price, answered within hours.
//
// The run first walks every cell with providers that only write their
// requests down; those go up as batches, recorded under Dir so that a
// later run collects a batch this one submitted (after Ctrl-C, or days
// later); the answers fill the reply cache. Guarded mode and graders need
// answers before they know their next request, so the walk repeats until
// nothing new is asked. The run proper then finds every answer in the
// cache. Providers without a batch API run their cells directly.
type Batch struct {
	Dir  string        // where submitted batches are recorded
	Poll time.Duration // between status checks; 0 means 30 s
	// Notice reports submissions and collections; Progress a batch's
	// progress (requests done of total).
	Notice   func(format string, args ...any)
	Progress func(batch string, done, total int)
}

// batchRecord is a submitted batch, kept until it is collected.
type batchRecord struct {
	ID       string    `json:"id"`
	Provider string    `json:"provider"`
	Type     string    `json:"type"`
	BaseURL  string    `json:"base_url"`
	Requests int       `json:"requests"`
	Sent     time.Time `json:"submitted"`
	Keys     []string  `json:"keys"` // the requests' cache keys, which are their ids in the batch
}

// errDeferred ends a request the walk has written down for a batch.
var errDeferred = errors.New("deferred to a batch")

// BatchPendingError: the run stopped while batches it needs were still
// running at the provider; running the same command again collects them.
type BatchPendingError struct{ IDs []string }

func (e *BatchPendingError) Error() string {
	return fmt.Sprintf("stopped while %s %s still running at the provider; it keeps running there: run the same command again to collect it",
		plural(len(e.IDs), "batch", "batches"), strings.Join(e.IDs, ", "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// batchRun is one run's batching state.
type batchRun struct {
	b       *Batch
	cache   *Cache
	mu      sync.Mutex
	asked   map[*Target][]llm.BatchItem // requests written down this walk, by target
	seen    map[string]bool
	batcher map[*Target]llm.Batcher
	failed  map[string]error // cache key -> the batch's error for it
}

func (b *Batch) notice(format string, args ...any) {
	if b.Notice != nil {
		b.Notice(format, args...)
	}
}

// runBatches fills the cache through batch APIs for the cells still to
// run, and leaves opts so that the run reports the requests a batch failed.
func runBatches(ctx context.Context, s *Suite, p *plan, opts *Options, done map[int]bool) error {
	if opts.Cache == nil || opts.Cache.Dir == "" {
		return errors.New("--batch fills the reply cache: run it without --no-cache")
	}
	br := &batchRun{b: opts.Batch, cache: opts.Cache, batcher: map[*Target]llm.Batcher{}, failed: map[string]error{}}
	for _, t := range p.targets {
		if t.Provider == nil {
			continue
		}
		if bt, ok := llm.AsBatcher(t.Provider); ok {
			br.batcher[t] = bt
		} else {
			br.b.notice("%s has no batch API here: its cells run directly", t.Name)
		}
	}
	graders := map[string]*Target{} // one per grader, across walks
	rounds := max(1, opts.MaxAttempts) + 2
	for round := 0; round < rounds; round++ {
		if err := br.collect(ctx); err != nil {
			return err
		}
		asked, err := br.walk(ctx, s, p, *opts, done, graders)
		if err != nil {
			return err
		}
		if len(asked) == 0 {
			break
		}
		if err := br.submit(ctx, asked); err != nil {
			return err
		}
	}
	if err := br.collect(ctx); err != nil {
		return err
	}
	// the run proper: a request its batch failed ends with that error
	// instead of going out again at full price
	if len(br.failed) > 0 {
		for _, t := range p.targets {
			if t.Provider != nil {
				t.Provider = &batchFailures{Provider: t.Provider, failed: br.failed}
			}
		}
		grader := opts.Grader
		opts.Grader = func(ref ProviderRef) (*Target, error) {
			t, err := grader(ref)
			if err == nil && t.Provider != nil {
				c := *t
				c.Provider = &batchFailures{Provider: t.Provider, failed: br.failed}
				t = &c
			}
			return t, err
		}
	}
	return nil
}

// walk runs every cell still to run with providers that write their
// requests down instead of sending them, and returns what was asked.
func (br *batchRun) walk(ctx context.Context, s *Suite, p *plan, opts Options, done map[int]bool, graders map[string]*Target) (map[*Target][]llm.BatchItem, error) {
	br.asked, br.seen = map[*Target][]llm.BatchItem{}, map[string]bool{}
	restore := map[*Target]llm.Provider{}
	for _, t := range p.targets {
		if t.Provider != nil {
			restore[t] = t.Provider
			t.Provider = &deferring{Provider: t.Provider, run: br, target: t}
		}
	}
	defer func() {
		for t, pr := range restore {
			t.Provider = pr
		}
	}()
	grader := opts.Grader
	opts.graders = &graderCache{}
	opts.Grader = func(ref ProviderRef) (*Target, error) {
		b, _ := json.Marshal(ref.Config)
		id := ref.ID + "\x00" + string(b)
		br.mu.Lock()
		g, ok := graders[id]
		br.mu.Unlock()
		if !ok {
			t, err := grader(ref)
			if err != nil || t.Provider == nil {
				return t, err
			}
			g = t
			br.mu.Lock()
			graders[id] = g
			if bt, ok := llm.AsBatcher(t.Provider); ok {
				br.batcher[g] = bt
			}
			br.mu.Unlock()
		}
		c := *g
		c.Provider = &deferring{Provider: g.Provider, run: br, target: g}
		return &c, nil
	}
	var todo []int
	for i := 0; i < p.count(); i++ {
		if !done[i] {
			todo = append(todo, i)
		}
	}
	parallel.Each(ctx, len(todo), workers(opts.Concurrency, len(todo)), func(k int) {
		runCell(ctx, s, p.cell(todo[k]), opts)
	})
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("interrupted while gathering the batch's requests, before any was sent: %w", err)
	}
	return br.asked, nil
}

// deferring writes a request down for its target's batch; a target
// without a batch API asks directly.
type deferring struct {
	llm.Provider
	run    *batchRun
	target *Target
}

func (d *deferring) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	key := cacheKeyFrom(ctx)
	br := d.run
	br.mu.Lock()
	defer br.mu.Unlock()
	if err, ok := br.failed[key]; ok {
		return llm.Response{}, err
	}
	if _, ok := br.batcher[d.target]; !ok || key == "" {
		return llm.Response{}, errDeferred // asked directly in the run proper
	}
	if !br.seen[key] {
		br.seen[key] = true
		br.asked[d.target] = append(br.asked[d.target], llm.BatchItem{ID: key, Req: req})
	}
	return llm.Response{}, errDeferred
}

// submit sends what a walk asked, one batch per target (split at the
// provider's limit), and records each batch before waiting on any.
func (br *batchRun) submit(ctx context.Context, asked map[*Target][]llm.BatchItem) error {
	targets := make([]*Target, 0, len(asked))
	for t := range asked {
		targets = append(targets, t)
	}
	sort.Slice(targets, func(i, j int) bool { return targets[i].Name < targets[j].Name })
	for _, t := range targets {
		items, bt := asked[t], br.batcher[t]
		for len(items) > 0 {
			n := min(len(items), bt.MaxBatch())
			id, err := bt.SubmitBatch(ctx, items[:n])
			if err != nil {
				return fmt.Errorf("%s: submitting a batch: %w", t.Name, err)
			}
			rec := batchRecord{ID: id, Provider: t.Name, Type: t.Type, BaseURL: t.Provider.Endpoint(), Requests: n, Sent: time.Now().UTC()}
			for _, it := range items[:n] {
				rec.Keys = append(rec.Keys, it.ID)
			}
			if err := br.record(rec); err != nil {
				return err
			}
			br.b.notice("%s: batch %s submitted (%d %s); if you stop here it keeps running, and the same command collects it", t.Name, id, n, plural(n, "request", "requests"))
			items = items[n:]
		}
	}
	return nil
}

func (br *batchRun) record(rec batchRecord) error {
	if err := os.MkdirAll(br.b.Dir, 0o700); err != nil {
		return err
	}
	b, _ := json.MarshalIndent(rec, "", "  ")
	return fileio.WriteAtomic(filepath.Join(br.b.Dir, safeName(rec.ID)+".json"), b, 0o600)
}

// safeName keeps a batch id usable as a file name.
func safeName(id string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, id)
}

// collect waits for every recorded batch of this run's endpoints, fills
// the cache with its answers and forgets it.
func (br *batchRun) collect(ctx context.Context) error {
	recs, err := br.records()
	if err != nil {
		return err
	}
	var pending []string
	for i, r := range recs {
		bt := br.batcherFor(r)
		if bt == nil {
			continue // another endpoint's: left for a run that uses it
		}
		if err := br.await(ctx, bt, r); err != nil {
			if ctx.Err() != nil {
				for _, r := range recs[i:] {
					if br.batcherFor(r) != nil {
						pending = append(pending, r.ID)
					}
				}
				return &BatchPendingError{IDs: pending}
			}
			return fmt.Errorf("%s: batch %s: %w", r.Provider, r.ID, err)
		}
	}
	return br.cache.Flush()
}

func (br *batchRun) records() ([]batchRecord, error) {
	files, err := filepath.Glob(filepath.Join(br.b.Dir, "*.json"))
	if err != nil {
		return nil, err
	}
	var out []batchRecord
	for _, f := range files {
		b, err := os.ReadFile(f) // our own small record
		if err != nil {
			continue
		}
		var r batchRecord
		if json.Unmarshal(b, &r) == nil && r.ID != "" {
			out = append(out, r)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Sent.Before(out[j].Sent) })
	return out, nil
}

func (br *batchRun) batcherFor(r batchRecord) llm.Batcher {
	br.mu.Lock()
	defer br.mu.Unlock()
	for t, bt := range br.batcher {
		if t.Type == r.Type && t.Provider.Endpoint() == r.BaseURL {
			return bt
		}
	}
	return nil
}

// await polls a batch until it ends, then takes its answers.
func (br *batchRun) await(ctx context.Context, bt llm.Batcher, r batchRecord) error {
	poll := br.b.Poll
	if poll <= 0 {
		poll = 30 * time.Second
	}
	var st llm.BatchStatus
	for {
		var err error
		st, err = bt.BatchStatus(ctx, r.ID)
		if err != nil {
			return err
		}
		if br.b.Progress != nil {
			br.b.Progress(r.ID, st.Done+st.Failed, max(st.Total, r.Requests))
		}
		if st.Ended {
			if st.Message != "" && st.Done == 0 {
				br.b.notice("%s: batch %s %s: %s", r.Provider, r.ID, st.State, st.Message)
			}
			break
		}
		if err := parallel.Sleep(ctx, poll); err != nil {
			return err
		}
	}
	answered, failed := 0, 0
	got := map[string]bool{}
	err := bt.BatchResults(ctx, r.ID, func(key string, resp llm.Response, err error) {
		if len(key) != 64 {
			return // not one of ours
		}
		got[key] = true
		if err != nil {
			br.mu.Lock()
			br.failed[key] = err
			br.mu.Unlock()
			failed++
			return
		}
		if br.cache.putFresh(key, resp) == nil {
			answered++
		}
	})
	if err != nil {
		return err
	}
	// what an expired, cancelled or failed batch left unanswered is
	// reported, not sent again in a loop
	for _, key := range r.Keys {
		if !got[key] {
			msg := fmt.Sprintf("batch %s ended (%s) without answering this request", r.ID, st.State)
			if st.Message != "" {
				msg += ": " + st.Message
			}
			br.mu.Lock()
			br.failed[key] = errors.New(msg)
			br.mu.Unlock()
			failed++
		}
	}
	br.b.notice("%s: batch %s collected: %d answered, %d failed", r.Provider, r.ID, answered, failed)
	return os.Remove(filepath.Join(br.b.Dir, safeName(r.ID)+".json"))
}

// batchFailures ends a request its batch failed with the batch's error.
type batchFailures struct {
	llm.Provider
	failed map[string]error
}

func (b *batchFailures) Complete(ctx context.Context, req llm.Request) (llm.Response, error) {
	if err, ok := b.failed[cacheKeyFrom(ctx)]; ok {
		return llm.Response{}, err
	}
	return b.Provider.Complete(ctx, req)
}

// batchTokens are the tokens of a cell answered through a batch API, which
// cost half.
type batchTokens struct {
	mu sync.Mutex
	u  llm.Usage
}

func (b *batchTokens) add(r llm.Response) {
	if b == nil || !r.Batch {
		return
	}
	b.mu.Lock()
	b.u.PromptTokens += r.Usage.PromptTokens
	b.u.CompletionTokens += r.Usage.CompletionTokens
	b.mu.Unlock()
}

// discount is what the batch's half price saves on the cell's cost.
func (b *batchTokens) discount(p *llm.Price) float64 {
	if b == nil || p == nil {
		return 0
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	return p.Cost(b.u.PromptTokens, b.u.CompletionTokens) / 2
}
