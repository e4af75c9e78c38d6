package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// The journal is a run's results as JSON lines, written as cells finish so
// that an interrupted run keeps them: a header line, then one line per
// result. Only newline-terminated lines count; a line cut short by a kill
// is cut off on --resume and its cell runs again.

// maxJournalLine bounds one result line.
const maxJournalLine = 64 << 20

type journal struct {
	f *os.File
	w *bufio.Writer
}

type journalHead struct {
	Suite string `json:"suite_hash"`
	Cells int    `json:"cells"`
}

// openJournal starts a journal, or — when keep > 0 — continues one whose
// first keep bytes are whole lines, dropping anything after them.
func openJournal(path, hash string, cells int, keep int64) (*journal, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	flag := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if keep > 0 {
		if err := os.Truncate(path, keep); err != nil {
			return nil, err
		}
		flag = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(path, flag, 0o600)
	if err != nil {
		return nil, err
	}
	j := &journal{f: f, w: bufio.NewWriter(f)}
	if keep <= 0 {
		b, _ := json.Marshal(journalHead{Suite: hash, Cells: cells})
		j.w.Write(append(b, '\n'))
	}
	return j, nil
}

// write adds a result and flushes, so an interrupt keeps it.
func (j *journal) write(r Result) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if _, err := j.w.Write(append(b, '\n')); err != nil {
		return err
	}
	return j.w.Flush()
}

func (j *journal) close() error {
	if err := j.w.Flush(); err != nil {
		j.f.Close()
		return err
	}
	return j.f.Close()
}

// readJournal streams a journal's results and returns how many bytes of it
// are whole lines; one written for another suite (or an older version of
// this one) is an error.
func readJournal(path, hash string, fn func(Result)) (int64, error) {
	return scanJournal(path, func(h journalHead) error {
		if h.Suite != hash {
			return fmt.Errorf("%s belongs to another run or another suite: run without --resume", path)
		}
		return nil
	}, fn)
}

// readResults streams the results of a run's journal.
func readResults(path string, fn func(Result)) error {
	_, err := scanJournal(path, func(journalHead) error { return nil }, fn)
	return err
}

func scanJournal(path string, head func(journalHead) error, fn func(Result)) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	rd := bufio.NewReaderSize(f, 64<<10)
	var whole int64
	var line []byte
	for n := 1; ; n++ {
		line, err = readLine(rd, line[:0])
		if errors.Is(err, io.EOF) {
			return whole, nil // an unterminated last line is a torn write
		}
		if err != nil {
			return whole, fmt.Errorf("%s line %d: %w", path, n, err)
		}
		whole += int64(len(line))
		if n == 1 {
			var h journalHead
			if err := json.Unmarshal(line, &h); err != nil {
				return 0, fmt.Errorf("%s is not a run journal", path)
			}
			if err := head(h); err != nil {
				return 0, err
			}
			continue
		}
		var r Result
		if json.Unmarshal(line, &r) == nil { // a line spoiled by an older torn write is skipped
			fn(r)
		}
	}
}

// readLine appends the next newline-terminated line to buf; io.EOF when no
// whole line is left.
func readLine(rd *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		chunk, err := rd.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > maxJournalLine {
			return buf, fmt.Errorf("a line over %d MiB", maxJournalLine>>20)
		}
		switch {
		case err == nil:
			return buf, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			return buf, io.EOF
		default:
			return buf, err
		}
	}
}
