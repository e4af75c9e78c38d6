package parallel

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// gauge records the most calls at once.
type gauge struct{ now, peak atomic.Int64 }

func (g *gauge) enter() {
	n := g.now.Add(1)
	for p := g.peak.Load(); n > p && !g.peak.CompareAndSwap(p, n); p = g.peak.Load() {
	}
}

func (g *gauge) leave() { g.now.Add(-1) }

func TestEach(t *testing.T) {
	tests := []struct {
		name     string
		n, limit int
	}{
		{"none", 0, 4},
		{"fewer than the limit", 3, 8},
		{"many", 200, 7},
		{"limit 0 means one", 20, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g gauge
			var mu sync.Mutex
			var seen []int
			started := Each(context.Background(), tt.n, tt.limit, func(i int) {
				g.enter()
				defer g.leave()
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				mu.Lock()
				seen = append(seen, i)
				mu.Unlock()
			})
			slices.Sort(seen)
			if started != tt.n || len(seen) != tt.n || tt.n > 0 && seen[tt.n-1] != tt.n-1 {
				t.Errorf("started %d, ran %v", started, seen)
			}
			if p := g.peak.Load(); p > int64(max(1, tt.limit)) {
				t.Errorf("%d at once, limit %d", p, tt.limit)
			}
		})
	}
}

func TestEachStopsStartingWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var ran atomic.Int64
	started := Each(ctx, 1000, 2, func(i int) {
		ran.Add(1)
		switch {
		case i == 9:
			cancel()
		case i > 9:
			// a later call holds its slot until the cancel, so that a
			// slow scheduler cannot let the loop run ahead of it
			<-ctx.Done()
		}
	})
	if started >= 1000 || started < 10 || ran.Load() != int64(started) {
		t.Errorf("started %d, ran %d: want the calls to stop soon after the 10th", started, ran.Load())
	}
}

// feedInts sends 0..n-1.
func feedInts(n int) func(func(int) bool) error {
	return func(send func(int) bool) error {
		for i := range n {
			if !send(i) {
				return nil
			}
		}
		return nil
	}
}

func TestOrderedKeepsInputOrder(t *testing.T) {
	tests := []struct {
		name     string
		n, limit int
	}{
		{"none", 0, 3},
		{"one worker", 50, 1},
		{"many workers", 500, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g gauge
			var got []int
			err := Ordered(context.Background(), tt.limit, feedInts(tt.n), func(i int) int {
				g.enter()
				defer g.leave()
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
				return i * 10
			}, func(out int) error {
				got = append(got, out)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for i, v := range got {
				if v != i*10 {
					t.Fatalf("output %d is %d: out of order", i, v)
				}
			}
			if len(got) != tt.n {
				t.Errorf("%d outputs, want %d", len(got), tt.n)
			}
			if p := g.peak.Load(); p > int64(max(1, tt.limit)) {
				t.Errorf("%d at once, limit %d", p, tt.limit)
			}
		})
	}
}

func TestOrderedStopsAtEmitsError(t *testing.T) {
	bad := errors.New("disk full")
	var fed atomic.Int64
	var got []int
	err := Ordered(context.Background(), 4, func(send func(int) bool) error {
		for i := 0; ; i++ {
			if !send(i) {
				return nil
			}
			fed.Add(1)
		}
	}, func(i int) int { return i }, func(out int) error {
		if out == 20 {
			return bad
		}
		got = append(got, out)
		return nil
	})
	if !errors.Is(err, bad) || len(got) != 20 || got[19] != 19 {
		t.Errorf("err %v, emitted %d: want the first 20 and the error", err, len(got))
	}
}

func TestOrderedReturnsFeedsError(t *testing.T) {
	bad := errors.New("line 4: not a pair")
	var got []int
	err := Ordered(context.Background(), 3, func(send func(int) bool) error {
		for i := range 3 {
			send(i)
		}
		return bad
	}, func(i int) int { return i }, func(out int) error {
		got = append(got, out)
		return nil
	})
	if !errors.Is(err, bad) || !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("err %v, emitted %v: want what was sent, then the feed's error", err, got)
	}
}

// TestOrderedStopsWhileFeedBlocks: cancelled while the feed waits on a read
// that never returns, Ordered returns at once with what was sent emitted.
func TestOrderedStopsWhileFeedBlocks(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var got []int
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	err := Ordered(ctx, 2, func(send func(int) bool) error {
		send(0)
		send(1)
		_, err := pr.Read(make([]byte, 1)) // blocks for good
		return err
	}, func(i int) int { return i }, func(out int) error {
		got = append(got, out)
		return nil
	})
	if !errors.Is(err, context.Canceled) || time.Since(start) > 2*time.Second {
		t.Errorf("%v after %v", err, time.Since(start))
	}
	if !slices.Equal(got, []int{0, 1}) {
		t.Errorf("emitted %v, want [0 1]", got)
	}
}

func TestAwait(t *testing.T) {
	t.Run("returns fn's result", func(t *testing.T) {
		v, err := Await(context.Background(), func() (int, error) { return 7, nil })
		if v != 7 || err != nil {
			t.Errorf("%d, %v", v, err)
		}
	})
	t.Run("abandons fn when ctx is done", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		block := make(chan struct{})
		defer close(block)
		start := time.Now()
		_, err := Await(ctx, func() (int, error) { <-block; return 1, nil })
		if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 2*time.Second {
			t.Errorf("%v after %v", err, time.Since(start))
		}
	})
}

// TestSleep: Sleep waits its time, and a done context ends it at once with
// the context's error.
func TestSleep(t *testing.T) {
	done, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		d    time.Duration
		err  error
	}{
		{"waits", context.Background(), 5 * time.Millisecond, nil},
		{"cut short", done, time.Hour, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			err := Sleep(tt.ctx, tt.d)
			if err != tt.err {
				t.Errorf("err %v, want %v", err, tt.err)
			}
			if el := time.Since(start); tt.err == nil && el < tt.d || tt.err != nil && el > time.Minute {
				t.Errorf("took %v", el)
			}
		})
	}
}
