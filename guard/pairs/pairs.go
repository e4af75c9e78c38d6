// Package pairs checks a stream of (source, rewrite) pairs with the guard:
// JSON Lines in, one verdict line out per input line, in input order, with
// the work spread over every core.
package pairs

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/parallel"
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
	n    int // line number, for errors
	line []byte
}

type result struct {
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
// moments, even while r blocks (a FIFO, a terminal), having written the
// verdicts of a prefix of the lines, and returns ctx's error. facts join
// every pair's own. workers <= 0 means one per core.
func Run(ctx context.Context, r io.Reader, w io.Writer, g *guard.Guard, facts []string, workers int) (Summary, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	feed := func(send func(job) bool) error {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), MaxLine)
		n := 0
		for sc.Scan() {
			n++
			line := bytes.TrimSpace(sc.Bytes())
			if len(line) > 0 && !send(job{n: n, line: append([]byte(nil), line...)}) {
				return nil
			}
		}
		err := sc.Err()
		switch {
		case errors.Is(err, bufio.ErrTooLong):
			return &LineError{Line: n + 1, Err: fmt.Errorf("longer than %d MiB: a pair is two texts, not a file", MaxLine>>20)}
		case err != nil:
			return fmt.Errorf("read pairs: %w", err)
		}
		return nil
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var sum Summary
	err := parallel.Ordered(ctx, workers, feed, func(j job) result { return check(j, g, facts) }, func(res result) error {
		if res.err != nil {
			return res.err
		}
		bw.Write(res.out)
		sum.Total++
		switch res.dec {
		case guard.Accept:
			sum.Accepted++
		case guard.Reject:
			sum.Rejected++
		case guard.NeedsInput:
			sum.NeedsInput++
		}
		return nil
	})
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = ferr
	}
	return sum, err
}

func check(j job, g *guard.Guard, facts []string) result {
	// fields beyond these (labels, notes) are allowed and ignored
	in, err := decodeInput(j.line)
	if err != nil {
		return result{err: &LineError{Line: j.n, Err: fmt.Errorf("not a pair object: %w", err)}}
	}
	if in.Source == nil || in.Rewrite == nil {
		return result{err: &LineError{Line: j.n, Err: fmt.Errorf(`needs "source" and "rewrite"`)}}
	}
	v := g.Check(*in.Source, *in.Rewrite, append(in.Facts, facts...)...)
	b := appendOutput(make([]byte, 0, 256), Output{ID: in.ID, Verdict: v.Decision, Findings: v.Findings})
	return result{out: append(b, '\n'), dec: v.Decision}
}
