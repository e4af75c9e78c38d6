package llm

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter paces one provider's requests, every attempt and retry alike:
//
//   - rpm and tpm are token buckets (the user's published limits); a
//     request is charged its prompt's estimated tokens plus its max_tokens,
//     as the APIs themselves count;
//   - a 429 with Retry-After pauses every request, not only the one that
//     got it, so the others do not walk into the same wall;
//   - an AIMD window bounds the requests in flight: halved on a 429 (once
//     per round of requests), grown by one per window of successes, never
//     above the caller's concurrency. A run that outpaces the server backs
//     off instead of storming it with retries.
type limiter struct {
	rpm, tpm *rate.Limiter
	max      float64 // the window's ceiling; 0: no window

	mu       sync.Mutex
	window   float64
	inflight int
	epoch    int // bumped by each decrease: a 429 from an older round does not halve again
	wake     chan struct{}
	until    time.Time // the server asked everyone to wait until then
	now      func() time.Time
}

// newLimiter returns nil when there is nothing to limit.
func newLimiter(rpm, tpm, concurrency int) *limiter {
	if rpm <= 0 && tpm <= 0 && concurrency <= 0 {
		return nil
	}
	l := &limiter{max: float64(concurrency), window: float64(concurrency), wake: make(chan struct{}), now: time.Now}
	if rpm > 0 {
		l.rpm = rate.NewLimiter(rate.Limit(float64(rpm)/60), max(1, rpm/60))
	}
	if tpm > 0 {
		l.tpm = rate.NewLimiter(rate.Limit(float64(tpm)/60), max(1, tpm/60))
	}
	return l
}

// outcome of one attempt, for the window.
type outcome int

const (
	neutral   outcome = iota // an error that says nothing about load
	succeeded                // grows the window
	throttled                // a 429: halves it
)

// acquire waits for the pause, a place in the window and the buckets; the
// returned release must be called once with the attempt's outcome.
func (l *limiter) acquire(ctx context.Context, tokens int) (func(outcome), error) {
	epoch := 0
	for {
		l.mu.Lock()
		wait := l.until.Sub(l.now())
		if wait <= 0 && (l.max == 0 || float64(l.inflight) < l.window) {
			l.inflight++
			epoch = l.epoch
			l.mu.Unlock()
			break
		}
		wake := l.wake
		l.mu.Unlock()
		var timer *time.Timer
		var fired <-chan time.Time
		if wait > 0 {
			timer = time.NewTimer(wait)
			fired = timer.C
		}
		select {
		case <-ctx.Done():
			stop(timer)
			return nil, ctx.Err()
		case <-wake:
		case <-fired:
		}
		stop(timer)
	}
	var once sync.Once
	release := func(o outcome) { once.Do(func() { l.release(epoch, o) }) }
	if l.rpm != nil {
		if err := l.rpm.Wait(ctx); err != nil {
			release(neutral)
			return nil, ctx.Err()
		}
	}
	if l.tpm != nil && tokens > 0 {
		if err := l.tpm.WaitN(ctx, min(tokens, l.tpm.Burst())); err != nil {
			release(neutral)
			return nil, ctx.Err()
		}
	}
	return release, nil
}

func (l *limiter) release(epoch int, o outcome) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.inflight--
	if l.max > 0 {
		switch {
		case o == throttled && epoch == l.epoch:
			l.window = max(1, l.window/2)
			l.epoch++
		case o == succeeded && l.window < l.max:
			l.window = min(l.max, l.window+1/l.window)
		}
	}
	close(l.wake)
	l.wake = make(chan struct{})
}

// pause holds every request back for d (a 429's Retry-After).
func (l *limiter) pause(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if u := l.now().Add(d); u.After(l.until) {
		l.until = u
	}
}

// Window is how many requests may be in flight now (for tests and -v).
func (l *limiter) Window() float64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.window
}

type tokensKey struct{}

// withTokens records a request's estimated tokens for the tpm bucket.
func withTokens(ctx context.Context, n int) context.Context {
	return context.WithValue(ctx, tokensKey{}, n)
}

func tokensFrom(ctx context.Context) int {
	n, _ := ctx.Value(tokensKey{}).(int)
	return n
}

// estimateTokens is what a rate limiter charges a request before it is
// sent: about four characters a token for the messages, plus the reply's
// limit.
func estimateTokens(req Request, defaultMax int) int {
	n := 0
	for _, m := range req.Messages {
		n += len(m.Content)/4 + 4
	}
	if req.MaxTokens > 0 {
		return n + req.MaxTokens
	}
	return n + defaultMax
}
