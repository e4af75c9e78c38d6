package eval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/parallel"
	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/prompts"
)

// Target is a provider a suite runs against, resolved by the caller.
type Target struct {
	Name     string
	Type     string // "offline", "echo" or a provider type
	BaseURL  string
	Provider llm.Provider // nil for offline and echo
	Params   llm.Request  // temperature and max tokens
	Price    *llm.Price
	// ID is the suite's provider id; Transform its transform (JavaScript
	// applied to each reply); DelayMS a wait after each request.
	ID        string
	Transform string
	DelayMS   int
	// Embedding: the id named an embeddings model (openai:embedding:M).
	Embedding bool
}

// Options configure a run.
type Options struct {
	Concurrency int
	Cache       *Cache // nil or empty Dir: no cache
	// Journal is the file results stream to as cells finish; Resume keeps
	// the cells it already holds.
	Journal  string
	Resume   bool
	Registry *prompts.Registry
	// Guard configures the guard that judges guarded mode and the guard
	// assertions: the user's extra technologies and guard.ownership. The
	// zero value is the embedded table, ownership inflation warned.
	Guard guard.Options
	judge *judging
	// Resolve turns a suite's provider reference into a target.
	Resolve func(ProviderRef) (*Target, error)
	// Grader resolves the provider model-graded assertions ask.
	Grader  func(ProviderRef) (*Target, error)
	graders *graderCache
	// Progress is called as cells finish.
	Progress func(done, total int)
	// MaxAttempts is the user's rewrite.max_attempts, for guarded mode.
	MaxAttempts int
	// Trust is --trust-suite: python assertions may run.
	Trust bool
	// DelayMS waits after each request to a provider (--delay).
	DelayMS int
	// Batch sends uncached requests through the providers' batch APIs
	// (--batch); nil sends them one by one.
	Batch *Batch
}

// grader resolves a grading provider once per run, so its connections and
// what it learned (a refused JSON mode) are reused.
func (o Options) grader(ref ProviderRef) (*Target, error) {
	b, _ := json.Marshal(ref.Config)
	id := ref.ID + "\x00" + string(b)
	o.graders.mu.Lock()
	defer o.graders.mu.Unlock()
	if t, ok := o.graders.m[id]; ok {
		return t, nil
	}
	t, err := o.Grader(ref)
	if err != nil {
		return nil, err
	}
	if o.graders.m == nil {
		o.graders.m = map[string]*Target{}
	}
	o.graders.m[id] = t
	return t, nil
}

type graderCache struct {
	mu sync.Mutex
	m  map[string]*Target
}

// Result is one cell's outcome.
type Result struct {
	Cell       int            `json:"cell"`
	Prompt     string         `json:"prompt"`
	Provider   string         `json:"provider"`
	Test       string         `json:"test"`
	Repeat     int            `json:"repeat"`
	Vars       map[string]any `json:"vars"`
	Output     string         `json:"output"`
	Raw        string         `json:"raw,omitempty"`
	Pass       bool           `json:"pass"`
	Score      float64        `json:"score"`
	Cached     bool           `json:"cached"`
	Skipped    bool           `json:"skipped,omitempty"`
	Error      string         `json:"error,omitempty"`
	LatencyMS  int64          `json:"latency_ms"`
	Tokens     llm.Usage      `json:"tokens"`
	Cost       float64        `json:"cost"`
	Attempts   int            `json:"attempts,omitempty"`
	Assertions []Outcome      `json:"assertions"`
	// NamedScores are the mean scores of the assertions' metrics.
	NamedScores map[string]float64 `json:"named_scores,omitempty"`
	// Guard is the guard's verdict on the output against vars.input, for
	// the viewer's highlights and fabrication table; nil without an input.
	Guard *GuardCheck `json:"guard,omitempty"`

	interrupted bool // cut off by Ctrl-C: not recorded, so --resume runs it
}

// Run runs a suite; results stream to the journal in cell order.
func Run(ctx context.Context, s *Suite, opts Options) (*Summary, error) {
	if opts.Concurrency < 1 {
		opts.Concurrency = 4
	}
	opts.graders = &graderCache{}
	judge, err := newJudging(opts.Guard)
	if err != nil {
		return nil, err
	}
	opts.judge = judge
	p, err := s.plan(opts)
	if err != nil {
		return nil, err
	}
	// the summary takes each result as the journal gets it (the resumed
	// ones first, as they stand in it), so memory does not grow with the
	// number of cells and the journal is not read twice
	sum := newSummary(s, p)
	done := map[int]bool{}
	var keep int64 // bytes of the journal to continue from
	if opts.Resume {
		keep, err = readJournal(opts.Journal, p.hash, func(r Result) {
			if r.Cell >= 0 && r.Cell < p.count() && !done[r.Cell] {
				done[r.Cell] = true
				sum.add(r)
			}
		})
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	if opts.Batch != nil && len(done) < p.count() {
		if err := runBatches(ctx, s, p, &opts, done); err != nil {
			return nil, err
		}
	}
	j, err := openJournal(opts.Journal, p.hash, p.count(), keep)
	if err != nil {
		return nil, err
	}
	sum.Resumed = len(done)

	if opts.Progress != nil {
		opts.Progress(len(done), p.count())
	}
	// cells run at once and are written in cell order; after Ctrl-C the
	// cells already running finish (as interrupted, unless they got there)
	finished := len(done)
	var mu sync.Mutex // guards finished and Progress's calls
	feed := func(send func(cell) bool) error {
		for i := 0; i < p.count(); i++ {
			if !done[i] && !send(p.cell(i)) {
				break
			}
		}
		return nil
	}
	work := func(c cell) Result {
		r := runCell(ctx, s, c, opts)
		mu.Lock()
		finished++
		if opts.Progress != nil {
			opts.Progress(finished, p.count())
		}
		mu.Unlock()
		return r
	}
	werr := parallel.Ordered(ctx, workers(opts.Concurrency, p.count()-len(done)), feed, work, func(r Result) error {
		if r.interrupted {
			return nil // not recorded: --resume runs it
		}
		if err := j.write(r); err != nil {
			return err
		}
		sum.add(r)
		return nil
	})
	if ctx.Err() != nil && errors.Is(werr, ctx.Err()) {
		werr = nil // interrupted: reported by the summary, not as an error
	}
	if err := j.close(); err != nil && werr == nil {
		werr = err
	}
	// the replies are on disk before the run reports; a cache that cannot
	// be written costs the next run its answers, not this run its results
	// (the caller's Close reports it)
	_ = opts.Cache.Flush()
	if werr != nil {
		return nil, fmt.Errorf("write %s: %w", opts.Journal, werr)
	}
	sum.finish()
	if ctx.Err() != nil {
		sum.Interrupted = true
	}
	return sum, nil
}

// MaxConcurrency bounds the cells run at once, whatever -j asks.
const MaxConcurrency = 256

// workers is the size of the pool: what was asked, but never more than
// the cells left to run nor MaxConcurrency, and at least one.
func workers(asked, todo int) int {
	return max(1, min(asked, todo, MaxConcurrency))
}
