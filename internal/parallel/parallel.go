// Package parallel is the one way bulletproof does work at once: Each, a
// bounded fan-out over n indexes (an errgroup with a limit), Ordered, a
// bounded fan-out over a stream whose outputs come back in input order (the
// eval journal, the guard's batch mode), Await, a call that Ctrl-C or a
// time limit may abandon, and Sleep, a pause that Ctrl-C cuts short.
//
// Both stop starting work once ctx is done and wait for the work already
// started, so the work itself must honour ctx (a model request) or be short
// (a guard check).
package parallel

import (
	"context"
	"sync"
	"time"

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

// Await runs fn and returns its result, or ctx's error as soon as ctx is
// done. fn is then left to finish on its own: it is blocked where only the
// process ending will stop it (a read of a FIFO, a library that cannot be
// interrupted).
func Await[T any](ctx context.Context, fn func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := fn()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// Sleep waits d, or until ctx is done and then returns ctx's error: the
// pause between retries, batch polls and paced requests.
func Sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Ordered runs work on each input that feed sends, at most limit at once
// (at least one), and passes every output to emit in the order its input
// was sent, from the calling goroutine: an output that is ready early waits
// for those before it.
//
// feed runs in a goroutine of its own and sends with send, which reports
// false once the run takes no more input. The run ends when feed has
// returned and every output is emitted, and then returns feed's error. It
// takes no more input at emit's first error, and then returns that error
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
	// a queue, so that cheap work (a guard check) is not paced by handing
	// over one input at a time
	jobs := make(chan job, queue)
	results := make(chan result, queue)
	stop := make(chan struct{}) // closed at emit's first error
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	// jobs closes once no send can succeed, so that the workers finish
	// what is queued and end even while feed is blocked
	var sendMu sync.Mutex
	closed, seq := false, 0
	closeJobs := func() {
		sendMu.Lock()
		defer sendMu.Unlock()
		if !closed {
			closed = true
			close(jobs)
		}
	}
	send := func(in In) bool {
		sendMu.Lock()
		defer sendMu.Unlock()
		if closed || ctx.Err() != nil {
			return false
		}
		select {
		case jobs <- job{seq, in}:
			seq++
			return true
		case <-stop:
		case <-ctx.Done():
		}
		return false
	}
	fed := make(chan error, 1)
	feedDone := make(chan struct{})
	go func() {
		err := feed(send)
		closeJobs()
		close(feedDone)
		fed <- err
	}()
	go func() {
		select {
		case <-ctx.Done():
		case <-stop:
		case <-feedDone:
		}
		closeJobs()
	}()

	var workers errgroup.Group
	for range max(1, limit) {
		workers.Go(func() error {
			for j := range jobs {
				select {
				case <-stop:
					continue // nothing more is emitted: do not do the work
				default:
				}
				results <- result{j.seq, work(j.in)}
			}
			return nil
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
	switch {
	case err != nil:
		return err
	case ctx.Err() != nil:
		return ctx.Err()
	}
	return <-fed
}

// queue is how many inputs Ordered holds ready for its workers.
const queue = 256
