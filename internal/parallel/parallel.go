// Package parallel is the one way bulletproof does work at once: Each, a
// bounded fan-out over n indexes (an errgroup with a limit), and Ordered, a
// bounded fan-out over a stream whose outputs come back in input order (the
// eval journal, the guard's batch mode).
//
// Both stop starting work once ctx is done and wait for the work already
// started, so the work itself must honour ctx (a model request) or be short
// (a guard check).
package parallel

import (
	"context"
	"sync"

	"golang.org/x/sync/errgroup"
)

// Each calls fn(i) for i = 0, 1, … n-1, at most limit at once (at least
// one), and returns once every call it started has returned. Calls start in
// index order; once ctx is done no further call starts, and Each returns
// the index of the first one it did not start (n when it started all), so
// that the caller can say what was not reached.
func Each(ctx context.Context, n, limit int, fn func(i int)) (started int) {
	var g errgroup.Group
	g.SetLimit(max(1, limit))
	started = n
	for i := range n {
		if ctx.Err() != nil {
			started = i
			break
		}
		g.Go(func() error {
			fn(i)
			return nil
		})
	}
	_ = g.Wait()
	return started
}

// Ordered runs work on each input that feed sends, at most limit at once
// (at least one), and passes every output to emit in the order its input
// was sent, from the calling goroutine: an output that is ready early waits
// for those before it.
//
// feed runs in a goroutine of its own and sends with send, which reports
// false once the run stops taking input. The run ends when feed has
// returned and every output is emitted, then returning feed's error. It
// stops taking input at emit's first error, and then returns that error
// without emitting more; or when ctx is done, and then it emits the outputs
// of what was already sent and returns ctx's error. Either way it does not
// wait for feed, which may be blocked in a read for good (a FIFO, a
// terminal).
func Ordered[In, Out any](ctx context.Context, limit int, feed func(send func(In) bool) error,
	work func(In) Out, emit func(Out) error) error {
	type job struct {
		seq int
		in  In
	}
	type result struct {
		seq int
		out Out
	}
	jobs := make(chan job)
	results := make(chan result, max(1, limit))
	stop := make(chan struct{}) // closed when the run takes no more input
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }
	fed := make(chan error, 1)
	go func() {
		seq := 0
		err := feed(func(in In) bool {
			select {
			case <-stop:
				return false
			case <-ctx.Done():
				return false
			default:
			}
			select {
			case jobs <- job{seq, in}:
				seq++
				return true
			case <-stop:
				return false
			case <-ctx.Done():
				return false
			}
		})
		close(jobs)
		fed <- err
	}()

	var workers errgroup.Group
	for range max(1, limit) {
		workers.Go(func() error {
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return nil
					}
					results <- result{j.seq, work(j.in)}
				case <-stop:
					return nil
				case <-ctx.Done():
					return nil
				}
			}
		})
	}
	go func() { _ = workers.Wait(); close(results) }()

	pending := map[int]Out{}
	next := 0
	var err error
	for r := range results {
		pending[r.seq] = r.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err == nil {
				if err = emit(out); err != nil {
					halt()
				}
			}
		}
	}
	halt()
	switch {
	case err != nil:
		return err
	case ctx.Err() != nil:
		return ctx.Err()
	}
	return <-fed
}
