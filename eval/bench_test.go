package eval

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/time/rate"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

// benchSuite has n cases under one prompt and provider, each run repeat
// times: n x repeat cells.
func benchSuite(b *testing.B, dir string, n int, repeat ...int) *Suite {
	var s strings.Builder
	r := 1
	if len(repeat) > 0 {
		r = repeat[0]
	}
	fmt.Fprintf(&s, "repeat: %d\n", r)
	s.WriteString("prompts: [tighten-bullets]\nproviders: [a]\ndefaultTest:\n  assert: [{type: guard}, {type: max-words, value: 40}]\ntests:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&s, "  - vars: {input: \"Built service %d with Go, cutting latency from %d ms to %d ms.\"}\n", i, 400+i%97, 100+i%53)
	}
	p := filepath.Join(dir, "suite.yaml")
	os.WriteFile(p, []byte(s.String()), 0o644)
	st, err := ParseSuite(p, []byte(s.String()), fileio.ReadRegular)
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// benchEnv is a fresh environment whose provider a is an OpenAI fake that
// keeps no record of its calls, so that a long run's memory is the run's.
func benchEnv(b *testing.B) (*env, *llmtest.Server) {
	e := &env{t: &testing.T{}, dir: b.TempDir(), servers: map[string]*llmtest.Server{}}
	s := llmtest.New(b, "openai")
	s.Forget = true
	e.servers["a"] = s
	return e, s
}

// slowEcho is echo from a model that takes 50 ms.
func slowEcho(c llmtest.Call, n int) llmtest.Answer {
	a := echo(c, n)
	a.Delay = 50 * time.Millisecond
	return a
}

// BenchmarkRun200Cells50ms: 200 cells against a model that takes 50 ms,
// eight at a time. The budget: within 1.3x of ceil(200/8) x 50 ms
// = 1.25 s, so 1.625 s; and a fully cached rerun under 0.5 s.
func BenchmarkRun200Cells50ms(b *testing.B) {
	for b.Loop() {
		e, s := benchEnv(b)
		s.Answer(slowEcho)
		st := benchSuite(b, e.dir, 200)
		o := e.opts(func(o *Options) { o.Concurrency = 8 })
		start := time.Now()
		sum, err := Run(context.Background(), st, o)
		cold := time.Since(start)
		if err != nil || sum.Stats.Passed != 200 {
			b.Fatalf("%v %+v", err, sum)
		}
		start = time.Now()
		sum, err = Run(context.Background(), st, o)
		warm := time.Since(start)
		if err != nil || sum.Stats.Cached != 200 {
			b.Fatalf("%v %+v", err, sum)
		}
		ideal := time.Duration(math.Ceil(200.0/8)) * 50 * time.Millisecond
		b.ReportMetric(cold.Seconds(), "s-cold")
		b.ReportMetric(cold.Seconds()/ideal.Seconds(), "x-ideal")
		b.ReportMetric(warm.Seconds(), "s-cached")
	}
}

// BenchmarkMemory: the peak heap of a run does not grow with its cells
// (results stream to the journal; the summary keeps aggregates). The
// 20,000 cells are 200 cases repeated 100 times, so the suite itself is
// the same size.
func BenchmarkMemory(b *testing.B) {
	for _, n := range []int{200, 20000} {
		b.Run(fmt.Sprintf("cells=%d", n), func(b *testing.B) {
			for b.Loop() {
				e, s := benchEnv(b)
				s.Answer(echo)
				st := benchSuite(b, e.dir, 200, n/200)
				runtime.GC()
				var base runtime.MemStats
				runtime.ReadMemStats(&base)
				var peak atomic.Uint64
				stop := make(chan struct{})
				go func() {
					var m runtime.MemStats
					for {
						select {
						case <-stop:
							return
						case <-time.After(5 * time.Millisecond):
							runtime.ReadMemStats(&m)
							if m.HeapInuse > peak.Load() {
								peak.Store(m.HeapInuse)
							}
						}
					}
				}()
				sum, err := Run(context.Background(), st, e.opts(func(o *Options) { o.Concurrency = 8; o.Cache = nil }))
				close(stop)
				if err != nil || sum.Stats.Total != n {
					b.Fatalf("%v", err)
				}
				b.ReportMetric(float64(peak.Load()-min(peak.Load(), base.HeapInuse))/(1<<20), "MB-peak-over-base")
			}
		})
	}
}

// BenchmarkRun10000Cells64: 10,000 cells (200 cases x 50 repeats) against
// a model that takes 50 ms, 64 at a time. The floor is ceil(10000/64) x
// 50 ms = 7.85 s; the budget 1.1x that. It reports the connections the
// client opened (at most one per worker when the pool keeps them).
func BenchmarkRun10000Cells64(b *testing.B) {
	for b.Loop() {
		e, s := benchEnv(b)
		s.Answer(slowEcho)
		st := benchSuite(b, e.dir, 200, 50)
		o := e.opts(func(o *Options) {
			o.Concurrency = 64
			if os.Getenv("NOCACHE") != "" {
				o.Cache = nil
			}
		})
		start := time.Now()
		sum, err := Run(context.Background(), st, o)
		took := time.Since(start)
		if err != nil || sum.Stats.Passed != 10000 {
			b.Fatalf("%v %+v", err, sum.Stats)
		}
		floor := time.Duration(math.Ceil(10000.0/64)) * 50 * time.Millisecond
		b.ReportMetric(took.Seconds(), "s")
		b.ReportMetric(took.Seconds()/floor.Seconds(), "x-floor")
		b.ReportMetric(float64(s.Conns()), "conns")
	}
}

// BenchmarkRateLimited600rpm: 200 cells at -j 64 against a server that
// allows 600 requests a minute (10 a second, answering the rest 429 with
// Retry-After). The floor is 200 / 10 = 20 s; the budget 1.1x that, with
// next to no 429s when the provider's rpm is configured. Without it the
// AIMD window and the shared Retry-After pause keep the 429s to a few per
// second instead of a storm.
func BenchmarkRateLimited600rpm(b *testing.B) {
	for _, rpm := range []int{600, 0} {
		b.Run(fmt.Sprintf("rpm=%d", rpm), func(b *testing.B) {
			for b.Loop() {
				e, s := benchEnv(b)
				limit := rate.NewLimiter(10, 10)
				var refused atomic.Int64
				s.Answer(func(c llmtest.Call, n int) llmtest.Answer {
					if !limit.Allow() {
						refused.Add(1)
						return llmtest.Answer{Status: 429, Header: map[string]string{"Retry-After-Ms": "200"}}
					}
					return slowEcho(c, n)
				})
				st := benchSuite(b, e.dir, 200)
				o := e.opts(func(o *Options) { o.Concurrency = 64; o.Cache = nil })
				resolve := o.Resolve
				o.Resolve = func(ref ProviderRef) (*Target, error) {
					t, err := resolve(ref)
					if err == nil {
						t.Provider, err = llm.New(llm.Config{Name: "a", Type: "openai", BaseURL: s.BaseURL(), Model: "m", Timeout: 5 * time.Second,
							MaxRetries: 10, Concurrency: 64, RPM: rpm})
					}
					return t, err
				}
				start := time.Now()
				sum, err := Run(context.Background(), st, o)
				took := time.Since(start)
				if err != nil || sum.Stats.Passed != 200 {
					b.Fatalf("%v %+v", err, sum.Stats)
				}
				b.ReportMetric(took.Seconds(), "s")
				b.ReportMetric(took.Seconds()/20, "x-floor")
				b.ReportMetric(float64(refused.Load()), "429s")
			}
		})
	}
}
