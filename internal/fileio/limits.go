package fileio

import (
	"bytes"
	"fmt"
	"io"
)

// TooLargeError is an input, or an output, past its limit.
type TooLargeError struct{ Limit int }

func (e *TooLargeError) Error() string { return "larger than " + sizeText(e.Limit) }

// sizeText is a limit as people write it: 5 MiB, 64 KiB.
func sizeText(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ReadAtMost reads r to its end, or fails with a *TooLargeError once it
// has more than limit bytes: the one bounded read behind every input
// (a resume, a suite's files, a report, a journal).
func ReadAtMost(r io.Reader, limit int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	return b, nil
}

// LimitedBuffer is a bytes.Buffer that holds at most Limit bytes: a write
// past it fails with a *TooLargeError, or, with Drop, is dropped (what a
// script prints beyond the first part is not worth keeping, nor an error).
type LimitedBuffer struct {
	bytes.Buffer
	Limit int
	Drop  bool
}

func (b *LimitedBuffer) Write(p []byte) (int, error) {
	room := b.Limit - b.Len()
	switch {
	case len(p) <= room:
		return b.Buffer.Write(p)
	case b.Drop:
		b.Buffer.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return 0, &TooLargeError{Limit: b.Limit}
}

// WriteString is Write for a string.
func (b *LimitedBuffer) WriteString(s string) (int, error) { return b.Write([]byte(s)) }
