// Package progress reports a long job's progress on stderr: a bar redrawn
// in place on a terminal, plain lines now and then elsewhere (a CI log, a
// file), each with the count, the rate and the time left.
package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Bar draws "label [=====>    ] 12/30 4.1/s ETA 0:04 (0:03)". Safe for
// concurrent use.
type Bar struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	total int
	start time.Time
	base  int  // steps done before this run (a resumed job)
	seen  bool // base is set
	done  bool
	// lines mode: a plain line at most every interval, none for a job
	// shorter than that
	lines    bool
	every    time.Duration
	lastLine time.Time
	printed  bool
	last     int
	now      func() time.Time
}

// New starts a bar that redraws one terminal line.
func New(w io.Writer, label string, total int) *Bar {
	return &Bar{w: w, label: label, total: total, start: time.Now(), now: time.Now}
}

// NewLines starts plain-line progress for a writer that is not a
// terminal: one line every interval.
func NewLines(w io.Writer, label string, total int, every time.Duration) *Bar {
	b := New(w, label, total)
	b.lines, b.every, b.lastLine = true, every, b.start
	return b
}

// Set reports n steps done. The first call sets the baseline the rate is
// measured from, so a resumed job's earlier steps do not inflate it.
func (b *Bar) Set(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done || b.total <= 0 {
		return
	}
	if !b.seen {
		b.base, b.seen, b.start = n, true, b.now()
		b.lastLine = b.start
	}
	b.last = n
	now := b.now()
	if b.lines {
		if now.Sub(b.lastLine) < b.every {
			return
		}
		b.lastLine, b.printed = now, true
		fmt.Fprintf(b.w, "%s: %s\n", b.label, b.status(n, now))
		return
	}
	const width = 28
	fill := width * min(n, b.total) / b.total
	bar := strings.Repeat("=", fill)
	if fill < width {
		bar += ">" + strings.Repeat(" ", width-fill-1)
	}
	fmt.Fprintf(b.w, "\r%s [%s] %s\x1b[K", b.label, bar, b.status(n, now))
}

// status is "12/30 (40%) 4.1/s ETA 0:04 (0:03)": done, rate, time left,
// time so far.
func (b *Bar) status(n int, now time.Time) string {
	el := now.Sub(b.start)
	s := fmt.Sprintf("%d/%d (%d%%)", n, b.total, 100*n/b.total)
	if rate := float64(n-b.base) / el.Seconds(); n > b.base && el > 0 {
		left := time.Duration(float64(b.total-n) / rate * float64(time.Second))
		s += fmt.Sprintf(" %s/s ETA %s", rateString(rate), clock(left))
	}
	return s + " (" + clock(el) + ")"
}

func rateString(r float64) string {
	if r >= 100 {
		return fmt.Sprintf("%.0f", r)
	}
	return fmt.Sprintf("%.1f", r)
}

// clock is m:ss, or h:mm:ss.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Finish clears the bar; in lines mode it prints the last count, when it
// printed any line.
func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return
	}
	b.done = true
	if b.lines {
		if b.printed {
			fmt.Fprintf(b.w, "%s: %s\n", b.label, b.status(b.last, b.now()))
		}
		return
	}
	fmt.Fprint(b.w, "\r\x1b[K")
}
