package llm

import (
	"context"
	"testing"
	"time"
)

func TestEstimateTokens(t *testing.T) {
	req := Request{Messages: []Message{{Role: "system", Content: "0123456789012345"}, {Role: "user", Content: "abcdefgh"}}}
	if got := estimateTokens(req, 512); got != 4+4+2+4+512 {
		t.Errorf("default max: %d", got)
	}
	req.MaxTokens = 100
	if got := estimateTokens(req, 512); got != 4+4+2+4+100 {
		t.Errorf("own max: %d", got)
	}
}

// TestWindow: a 429 halves the window once per round, however many of the
// round's requests get one; successes grow it back by one per window, up
// to the ceiling.
func TestWindow(t *testing.T) {
	l := newLimiter(0, 0, 16)
	ctx := context.Background()
	var rel []func(outcome)
	for i := 0; i < 16; i++ {
		r, err := l.acquire(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		rel = append(rel, r)
	}
	blocked, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := l.acquire(blocked, 0); err == nil {
		t.Fatal("a 17th request got into a window of 16")
	}
	for _, r := range rel[:10] { // ten 429s from one round
		r(throttled)
	}
	if w := l.Window(); w != 8 {
		t.Errorf("after one round of 429s the window is %g, want 8", w)
	}
	for _, r := range rel[10:] {
		r(succeeded)
	}
	if w := l.Window(); w <= 8 || w > 9 {
		t.Errorf("six successes in a window of 8 grew it to %g", w)
	}
	for i := 0; i < 400; i++ {
		r, _ := l.acquire(ctx, 0)
		r(succeeded)
	}
	if w := l.Window(); w != 16 {
		t.Errorf("the window regrew to %g, want the ceiling 16", w)
	}
	r, _ := l.acquire(ctx, 0)
	r(throttled)
	r(throttled) // a second release is ignored
	if w := l.Window(); w != 8 {
		t.Errorf("window %g after one more 429", w)
	}
}

// TestPause: after a Retry-After every request waits, not only the one
// that was told to.
func TestPause(t *testing.T) {
	l := newLimiter(0, 0, 4)
	l.pause(150 * time.Millisecond)
	start := time.Now()
	r, err := l.acquire(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	r(succeeded)
	if el := time.Since(start); el < 140*time.Millisecond {
		t.Errorf("a request went out %s into a 150 ms pause", el)
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.pause(time.Hour)
	cancel()
	if _, err := l.acquire(ctx, 0); err == nil {
		t.Error("Ctrl-C did not end the wait")
	}
}

// TestBuckets: rpm and tpm hold requests to the rate.
func TestBuckets(t *testing.T) {
	for _, c := range []struct {
		name          string
		rpm, tpm, tok int
	}{
		{"rpm 1200: 20 a second, 20 at once", 1200, 0, 0},
		{"tpm 60000: 1000 tokens a second", 0, 60000, 1000},
	} {
		t.Run(c.name, func(t *testing.T) {
			l := newLimiter(c.rpm, c.tpm, 0)
			start := time.Now()
			n := 20 + 20 // a second's burst, then twenty more at the rate
			if c.tpm > 0 {
				n = 2
			}
			for i := 0; i < n; i++ {
				r, err := l.acquire(context.Background(), c.tok)
				if err != nil {
					t.Fatal(err)
				}
				r(succeeded)
			}
			if el := time.Since(start); el < 900*time.Millisecond {
				t.Errorf("%d requests in %s", n, el)
			}
		})
	}
}

// TestBackoffLongRetries: max_retries past 35 used to overflow the backoff
// shift and panic.
func TestBackoffLongRetries(t *testing.T) {
	var got time.Duration
	tr := &transport{sleep: func(_ context.Context, d time.Duration) error { got = d; return nil }}
	for _, attempt := range []int{0, 6, 35, 63, 1000} {
		if err := tr.wait(context.Background(), attempt, 0); err != nil {
			t.Fatal(err)
		}
		if got <= 0 || got > 30*time.Second {
			t.Errorf("attempt %d waits %s", attempt, got)
		}
	}
}
