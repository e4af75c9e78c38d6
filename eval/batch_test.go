package eval

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

const batchSuite = `
prompts: [tighten-bullets, measurable-impact]
providers: [a, b, c]
defaultTest:
  assert: [{type: guard}]
tests:
  - vars: {input: "Built the billing API."}
  - vars: {input: "Cut latency 40% on the API."}
  - vars: {input: "Moved the team to Postgres."}
`

func batchOpts(e *env, mod func(*Options)) Options {
	return e.opts(func(o *Options) {
		o.Batch = &Batch{Dir: filepath.Join(e.dir, "cache", "batches"), Poll: time.Millisecond}
		if mod != nil {
			mod(o)
		}
	})
}

// TestBatchRun: --batch sends every uncached request of OpenAI and
// Anthropic targets as one batch each, at half price; a provider without a
// batch API runs directly; the answers fill the cache, so the next run
// asks nobody.
func TestBatchRun(t *testing.T) {
	e := newEnv(t)
	a, b, c := e.server("a", "openai"), e.server("b", "anthropic"), e.server("c", "googleai")
	for _, s := range []*llmtest.Server{a, b, c} {
		s.Answer(echo)
		s.BatchPolls = 3
	}
	st := e.suite(batchSuite)
	direct := e.run(st, e.opts(func(o *Options) { o.Cache = nil }))
	for _, s := range []*llmtest.Server{a, b, c} {
		s.Answer(echo) // forget the direct run's calls in the counts below
	}
	before := map[*llmtest.Server]int{a: len(a.Calls()), b: len(b.Calls()), c: len(c.Calls())}

	var notes []string
	o := batchOpts(e, func(o *Options) { o.Batch.Notice = func(f string, args ...any) { notes = append(notes, f) } })
	sum := e.run(st, o)
	if sum.Stats.Total != 18 || sum.Stats.Passed != 18 || sum.Stats.Cached != 0 {
		t.Fatalf("batch run: %+v", sum.Stats)
	}
	for _, s := range []*llmtest.Server{a, b} {
		calls := s.Calls()[before[s]:]
		if len(s.Batches()) != 1 || len(calls) != 6 {
			t.Errorf("%s: %d batches, %d requests", s.Format, len(s.Batches()), len(calls))
		}
		for _, cl := range calls {
			if cl.Batch == "" {
				t.Errorf("%s: a request went directly", s.Format)
			}
		}
	}
	if len(c.Batches()) != 0 || len(c.Calls())-before[c] != 6 {
		t.Errorf("googleai: %d batches, %d direct requests", len(c.Batches()), len(c.Calls())-before[c])
	}
	// half price for the batched two thirds
	if want := direct.Stats.Cost * (1.0/3 + 2.0/3/2); math.Abs(sum.Stats.Cost-want) > 1e-9 {
		t.Errorf("cost %g, want %g (direct %g)", sum.Stats.Cost, want, direct.Stats.Cost)
	}
	if files, _ := filepath.Glob(filepath.Join(e.dir, "cache", "batches", "*")); len(files) != 0 {
		t.Errorf("collected batches still recorded: %v", files)
	}
	if !strings.Contains(strings.Join(notes, "\n"), "no batch API") {
		t.Errorf("notices: %v", notes)
	}
	// the next run finds everything in the cache
	n := len(a.Calls()) + len(b.Calls()) + len(c.Calls())
	again := e.run(st, batchOpts(e, nil))
	if again.Stats.Cached != 18 || len(a.Calls())+len(b.Calls())+len(c.Calls()) != n || len(a.Batches()) != 1 {
		t.Errorf("rerun: %+v", again.Stats)
	}
}

// TestBatchResume: Ctrl-C while a batch runs leaves it recorded; the next
// run collects that batch instead of sending the requests again.
func TestBatchResume(t *testing.T) {
	e := newEnv(t)
	a := e.server("a", "openai")
	a.Answer(echo)
	a.BatchPolls = 1000
	st := e.suite(strings.Replace(batchSuite, "providers: [a, b, c]", "providers: [a]", 1))
	ctx, cancel := context.WithCancel(context.Background())
	var progress []int
	o := batchOpts(e, func(o *Options) {
		o.Batch.Progress = func(_ string, done, total int) {
			progress = append(progress, total)
			if len(progress) == 3 {
				cancel()
			}
		}
	})
	_, err := Run(ctx, st, o)
	var pe *BatchPendingError
	if !errors.As(err, &pe) || len(pe.IDs) != 1 || pe.IDs[0] != a.Batches()[0] {
		t.Fatalf("interrupted: %v", err)
	}
	if !strings.Contains(err.Error(), "run the same command again") || progress[0] != 6 {
		t.Errorf("%v; progress %v", err, progress)
	}
	a.BatchPolls = 0
	sum := e.run(st, batchOpts(e, nil))
	if sum.Stats.Passed != 6 || len(a.Batches()) != 1 || len(a.Calls()) != 6 {
		t.Errorf("after resuming: %+v, %d batches, %d requests", sum.Stats, len(a.Batches()), len(a.Calls()))
	}
}

// TestBatchGuardedAndFailures: guarded mode needs one answer before it
// knows the next request, so its retries go up in a second batch; a
// request the batch failed is reported, not sent again directly.
func TestBatchGuardedAndFailures(t *testing.T) {
	e := newEnv(t)
	a := e.server("a", "openai")
	a.Answer(func(c llmtest.Call, n int) llmtest.Answer {
		u := c.Messages[len(c.Messages)-1].Content
		switch {
		case strings.Contains(u, "Postgres"):
			return llmtest.Answer{Status: 400}
		case len(c.Messages) > 2: // the retry, with the guard's reasons
			return llmtest.Answer{Text: `{"rewrite": "Built the billing API."}`}
		case strings.Contains(u, "billing"):
			return llmtest.Answer{Text: `{"rewrite": "Built the billing API serving 2M users."}`} // invented: rejected
		}
		return echo(c, n)
	})
	st := e.suite("mode: guarded\n" + strings.Replace(batchSuite, "providers: [a, b, c]", "providers: [a]", 1))
	sum := e.run(st, batchOpts(e, func(o *Options) { o.MaxAttempts = 3 }))
	if len(a.Batches()) != 2 {
		t.Errorf("%d batches, want 2 (first answers, then the retry)", len(a.Batches()))
	}
	for _, c := range a.Calls() {
		if c.Batch == "" {
			t.Error("a request went directly")
		}
	}
	if sum.Stats.Errors != 2 || sum.Stats.Passed != 4 {
		t.Errorf("%+v", sum.Stats)
	}
	os.RemoveAll(e.dir)
}

// TestBatchExpired: what an expired batch left unanswered is reported as
// errors, not sent again batch after batch nor directly.
func TestBatchExpired(t *testing.T) {
	for _, format := range []string{"openai", "anthropic"} {
		t.Run(format, func(t *testing.T) {
			e := newEnv(t)
			a := e.server("a", format)
			a.Answer(echo)
			a.BatchExpire = true
			st := e.suite(strings.Replace(batchSuite, "providers: [a, b, c]", "providers: [a]", 1))
			sum := e.run(st, batchOpts(e, nil))
			if sum.Stats.Errors != 6 || len(a.Batches()) != 1 || len(a.Calls()) != 0 {
				t.Fatalf("%+v; %d batches, %d requests", sum.Stats, len(a.Batches()), len(a.Calls()))
			}
			if !strings.Contains(sum.Failures[0].Error, "expired") {
				t.Errorf("error: %s", sum.Failures[0].Error)
			}
		})
	}
}
