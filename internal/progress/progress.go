// Package progress draws a one-line progress bar on a terminal.
package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Bar redraws "label [=====>    ] 12/30 0:04" in place. Safe for concurrent use.
type Bar struct {
	mu    sync.Mutex
	w     io.Writer
	label string
	total int
	start time.Time
	done  bool
}

// New starts a bar for total steps.
func New(w io.Writer, label string, total int) *Bar {
	return &Bar{w: w, label: label, total: total, start: time.Now()}
}

// Set draws the bar at n steps done.
func (b *Bar) Set(n int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done || b.total <= 0 {
		return
	}
	const width = 28
	fill := width * n / b.total
	bar := strings.Repeat("=", fill)
	if fill < width {
		bar += ">" + strings.Repeat(" ", width-fill-1)
	}
	el := time.Since(b.start).Round(time.Second)
	fmt.Fprintf(b.w, "\r%s [%s] %d/%d %s", b.label, bar, n, b.total, el)
}

// Finish clears the line.
func (b *Bar) Finish() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return
	}
	b.done = true
	fmt.Fprintf(b.w, "\r%s\r", strings.Repeat(" ", len(b.label)+50))
}
