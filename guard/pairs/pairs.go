// Package pairs checks a stream of (source, rewrite) pairs with the guard:
// JSON Lines in, one verdict line out per input line, in input order, with
// the work spread over every core.
package pairs

import (
	"bufio"
	"bytes"
	"context"
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

// batch is a run of consecutive lines checked as one piece of work: a
// check takes tens of microseconds, so handing lines to the workers one at
// a time spent a tenth of the run in the scheduler.
type batch struct {
	nums  []int // each line's number, for errors
	lines [][]byte
	buf   []byte // the lines' bytes, copied out of the reader's buffer
}

type result struct {
	out []byte // the verdict lines of the batch's lines before err
	sum Summary
	err error
}

// batchLines and batchBytes bound a batch; a batch is also sent as soon as
// the reader has nothing more buffered, so that lines typed or piped
// slowly get their verdicts at once.
const (
	batchLines = 32
	batchBytes = 32 << 10
)

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
	feed := func(send func(batch) bool) error {
		br := bufio.NewReaderSize(r, 64<<10)
		var b batch
		size, n := 0, 0
		flush := func() bool {
			if len(b.lines) == 0 {
				return true
			}
			ok := send(b)
			b, size = batch{}, 0
			return ok
		}
		var long []byte // a line longer than br's buffer, gathered
		for {
			chunk, err := br.ReadSlice('\n')
			if err == bufio.ErrBufferFull {
				if len(long)+len(chunk) > MaxLine {
					flush()
					return &LineError{Line: n + 1, Err: fmt.Errorf("longer than %d MiB: a pair is two texts, not a file", MaxLine>>20)}
				}
				long = append(long, chunk...)
				continue
			}
			if len(chunk) > 0 || len(long) > 0 {
				n++
				line := chunk
				if long != nil {
					line, long = append(long, chunk...), nil
				}
				if len(line) > MaxLine {
					flush()
					return &LineError{Line: n, Err: fmt.Errorf("longer than %d MiB: a pair is two texts, not a file", MaxLine>>20)}
				}
				if line = bytes.TrimSpace(line); len(line) > 0 {
					if b.buf == nil {
						b.buf = make([]byte, 0, max(batchBytes, len(line)))
					}
					at := len(b.buf)
					b.buf = append(b.buf, line...)
					b.nums, b.lines = append(b.nums, n), append(b.lines, b.buf[at:len(b.buf):len(b.buf)])
					size += len(line)
				}
			}
			if err != nil || len(b.lines) >= batchLines || size >= batchBytes || br.Buffered() == 0 {
				if !flush() {
					return nil
				}
			}
			switch {
			case err == io.EOF:
				return nil
			case err != nil:
				return fmt.Errorf("read pairs: %w", err)
			}
		}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	var sum Summary
	err := parallel.Ordered(ctx, workers, feed, func(b batch) result { return checkBatch(b, g, facts) }, func(res result) error {
		bw.Write(res.out)
		sum.Total += res.sum.Total
		sum.Accepted += res.sum.Accepted
		sum.Rejected += res.sum.Rejected
		sum.NeedsInput += res.sum.NeedsInput
		return res.err
	})
	if ferr := bw.Flush(); ferr != nil && err == nil {
		err = ferr
	}
	return sum, err
}

// checkBatch checks a batch's lines in order, stopping at the first
// malformed one.
func checkBatch(b batch, g *guard.Guard, facts []string) result {
	var res result
	res.out = make([]byte, 0, 256*len(b.lines))
	for i, line := range b.lines {
		var dec guard.Decision
		res.out, dec, res.err = check(res.out, b.nums[i], line, g, facts)
		if res.err != nil {
			return res
		}
		res.sum.Total++
		switch dec {
		case guard.Accept:
			res.sum.Accepted++
		case guard.Reject:
			res.sum.Rejected++
		case guard.NeedsInput:
			res.sum.NeedsInput++
		}
	}
	return res
}

// check appends line's verdict line to out.
func check(out []byte, n int, line []byte, g *guard.Guard, facts []string) ([]byte, guard.Decision, error) {
	// fields beyond these (labels, notes) are allowed and ignored
	in, err := decodeInput(line)
	if err != nil {
		return out, "", &LineError{Line: n, Err: fmt.Errorf("not a pair object: %w", err)}
	}
	if in.Source == nil || in.Rewrite == nil {
		return out, "", &LineError{Line: n, Err: fmt.Errorf(`needs "source" and "rewrite"`)}
	}
	v := g.Check(*in.Source, *in.Rewrite, append(in.Facts, facts...)...)
	out = appendOutput(out, Output{ID: in.ID, Verdict: v.Decision, Findings: v.Findings})
	return append(out, '\n'), v.Decision, nil
}
