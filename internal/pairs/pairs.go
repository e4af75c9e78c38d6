// Package pairs checks a stream of (source, rewrite) pairs with the guard:
// JSON Lines in, one verdict line out per input line, in input order, with
// the work spread over every core.
package pairs

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/bulletproof-cli/bulletproof/guard"
)

// Input is one line of a pairs file.
type Input struct {
	ID      string   `json:"id"`
	Source  *string  `json:"source"`
	Rewrite *string  `json:"rewrite"`
	Facts   []string `json:"facts"`
}

// Output is one verdict line.
type Output struct {
	ID       string          `json:"id"`
	Verdict  guard.Decision  `json:"verdict"`
	Findings []guard.Finding `json:"findings"`
}

// LineError is a malformed input line.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// Summary counts the verdicts written.
type Summary struct {
	Total, Accepted, Rejected, NeedsInput int
}

type job struct {
	seq  int // order among non-blank lines, from 0
	n    int // line number, for errors
	line []byte
}

type result struct {
	seq int
	out []byte
	dec guard.Decision
	err error
}

// MaxLine is the longest line read: a pair is two texts and their facts,
// so a longer line is a mistake (a resume pasted whole, a binary file).
const MaxLine = 5 << 20

// Run reads pairs from r and writes verdicts to w. It stops at the first
// malformed line, after writing the verdicts of every line before it; a
// line over MaxLine is malformed. When ctx is cancelled it stops within
// moments, even while r blocks (a FIFO, a terminal) or a check runs,
// having written the verdicts of a prefix of the lines, and returns ctx's
// error. facts join every pair's own.
func Run(ctx context.Context, r io.Reader, w io.Writer, g *guard.Guard, facts []string, workers int) (Summary, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan job, 256)
	results := make(chan result, 256)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					select {
					case results <- check(j, g, facts):
					case <-ctx.Done():
						return
					}
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	readErr := make(chan error, 1)
	stop := make(chan struct{})
	var stopOnce sync.Once
	go func() {
		defer close(jobs)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), MaxLine)
		n, seq := 0, 0
		for sc.Scan() {
			n++
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) == 0 {
				continue
			}
			select {
			case jobs <- job{seq: seq, n: n, line: append([]byte(nil), line...)}:
			case <-stop:
				readErr <- nil
				return
			case <-ctx.Done():
				readErr <- ctx.Err()
				return
			}
			seq++
		}
		err := sc.Err()
		if errors.Is(err, bufio.ErrTooLong) {
			err = &LineError{Line: n + 1, Err: fmt.Errorf("longer than %d MiB: a pair is two texts, not a file", MaxLine>>20)}
		}
		readErr <- err
	}()
	go func() { wg.Wait(); close(results) }()

	// reorder: hold results until every earlier line is written
	bw := bufio.NewWriterSize(w, 64<<10)
	pending := map[int]result{}
	next := 0
	var sum Summary
	var firstErr error
collect:
	for {
		var res result
		select {
		case r, ok := <-results:
			if !ok {
				break collect
			}
			res = r
		case <-ctx.Done():
			break collect
		}
		pending[res.seq] = res
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if firstErr != nil {
				continue
			}
			if p.err != nil {
				firstErr = p.err
				stopOnce.Do(func() { close(stop) })
				continue
			}
			bw.Write(p.out)
			sum.Total++
			switch p.dec {
			case guard.Accept:
				sum.Accepted++
			case guard.Reject:
				sum.Rejected++
			case guard.NeedsInput:
				sum.NeedsInput++
			}
		}
	}
	if err := bw.Flush(); err != nil && firstErr == nil {
		firstErr = err
	}
	if err := ctx.Err(); err != nil {
		// the reader may be blocked for good: do not wait for it
		return sum, err
	}
	if err := <-readErr; err != nil && firstErr == nil {
		var le *LineError
		if errors.As(err, &le) {
			firstErr = err
		} else {
			firstErr = fmt.Errorf("read pairs: %w", err)
		}
	}
	return sum, firstErr
}

func check(j job, g *guard.Guard, facts []string) result {
	var in Input
	// fields beyond these (labels, notes) are allowed and ignored
	if err := json.Unmarshal(j.line, &in); err != nil {
		return result{seq: j.seq, err: &LineError{Line: j.n, Err: fmt.Errorf("not a pair object: %w", err)}}
	}
	if in.Source == nil || in.Rewrite == nil {
		return result{seq: j.seq, err: &LineError{Line: j.n, Err: fmt.Errorf(`needs "source" and "rewrite"`)}}
	}
	v := g.Check(*in.Source, *in.Rewrite, append(in.Facts, facts...)...)
	b, err := json.Marshal(Output{ID: in.ID, Verdict: v.Decision, Findings: v.Findings})
	if err != nil {
		return result{seq: j.seq, err: err}
	}
	return result{seq: j.seq, out: append(b, '\n'), dec: v.Decision}
}
