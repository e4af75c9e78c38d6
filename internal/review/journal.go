package review

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// A journal is JSON Lines next to the output: a header with the run's items,
// then one answer per line, each synced to disk before the session goes on,
// so a crash or Ctrl-C loses no answer. Continuing replays it; a finished
// review removes it.

// JournalVersion is the journal format's version.
const JournalVersion = 1

// maxJournal bounds what a journal may hold when read back.
const maxJournal = 64 << 20

// Header says which run a journal belongs to, and holds that run's items so
// continuing needs no model.
type Header struct {
	Version int    `json:"version"`
	Input   string `json:"input"` // absolute path of the resume
	// InputHash is the resume's SHA-256: a changed file is a new review.
	InputHash string        `json:"input_sha256"`
	Prompt    string        `json:"prompt"` // the prompt, or "tailor"
	Section   string        `json:"section,omitempty"`
	JobHash   string        `json:"job_sha256,omitempty"`
	Output    string        `json:"output"`
	Engine    string        `json:"engine"`
	Model     string        `json:"model,omitempty"`
	Started   time.Time     `json:"started"`
	Items     []JournalItem `json:"items"`
}

// JournalItem is an item as the run left it.
type JournalItem struct {
	Prompt  string             `json:"prompt"`
	Heading string             `json:"heading,omitempty"`
	Result  rewrite.ItemResult `json:"result"`
}

// Same reports whether two headers are the same review: the same file, as
// it was, with the same prompt, section and job ad.
func (h Header) Same(o Header) bool {
	return h.Version == o.Version && h.Input == o.Input && h.InputHash == o.InputHash && h.Prompt == o.Prompt &&
		h.Section == o.Section && h.JobHash == o.JobHash
}

// ReviewItems puts the header's items up for review.
func (h Header) ReviewItems() []*Item {
	out := make([]*Item, len(h.Items))
	for i, it := range h.Items {
		out[i] = NewItem(it.Result, it.Prompt, it.Heading)
	}
	return out
}

// JournalPath is where the journal of a review writing output lives.
func JournalPath(output string) string { return output + ".review.jsonl" }

// Journal appends answers to a journal file.
type Journal struct {
	path string
	f    *os.File
}

// CreateJournal starts a journal at path, replacing any there.
func CreateJournal(path string, h Header) (*Journal, error) {
	line, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".review-*")
	if err != nil {
		return nil, fmt.Errorf("start the review journal: %w", err)
	}
	if _, err = tmp.Write(append(line, '\n')); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o600)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("start the review journal %s: %w", path, err)
	}
	return openAppend(path)
}

// ErrNoJournal: there is no journal at the path.
var ErrNoJournal = errors.New("no review journal")

// ReadJournal reads a journal's header and answers. A last line cut short
// by a crash is left out.
func ReadJournal(path string) (Header, []Answer, error) {
	h, answers, _, err := readJournal(path)
	return h, answers, err
}

// OpenJournal reads a journal to continue it: what ReadJournal returns, and
// the journal to append to (a cut-short last line is cut off first).
func OpenJournal(path string) (Header, []Answer, *Journal, error) {
	h, answers, good, err := readJournal(path)
	if err != nil {
		return h, nil, nil, err
	}
	if err := os.Truncate(path, good); err != nil {
		return h, nil, nil, fmt.Errorf("continue the review journal %s: %w", path, err)
	}
	j, err := openAppend(path)
	return h, answers, j, err
}

func readJournal(path string) (Header, []Answer, int64, error) {
	var h Header
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return h, nil, 0, ErrNoJournal
	}
	if err != nil {
		return h, nil, 0, fmt.Errorf("read the review journal: %w", err)
	}
	defer f.Close()
	data, err := fileio.ReadAtMost(f, maxJournal)
	var tl *fileio.TooLargeError
	if errors.As(err, &tl) {
		return h, nil, 0, fmt.Errorf("the review journal %s is over %d MiB: remove it", path, maxJournal>>20)
	}
	if err != nil {
		return h, nil, 0, fmt.Errorf("read the review journal %s: %w", path, err)
	}
	var good int64
	var answers []Answer
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, maxJournal)
	for n := 0; sc.Scan(); n++ {
		line := sc.Bytes()
		end := good + int64(len(line)) + 1
		if end > int64(len(data)) { // no newline: cut short
			break
		}
		if n == 0 {
			if err := json.Unmarshal(line, &h); err != nil || h.Version == 0 {
				return h, nil, 0, fmt.Errorf("%s is not a review journal: remove it", path)
			}
			if h.Version != JournalVersion {
				return h, nil, 0, fmt.Errorf("%s is a review journal of version %d: remove it", path, h.Version)
			}
		} else {
			var a Answer
			if err := json.Unmarshal(line, &a); err != nil {
				break
			}
			answers = append(answers, a)
		}
		good = end
	}
	if good == 0 {
		return h, nil, 0, fmt.Errorf("%s is not a review journal: remove it", path)
	}
	return h, answers, good, nil
}

func openAppend(path string) (*Journal, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open the review journal: %w", err)
	}
	return &Journal{path: path, f: f}, nil
}

// Append writes one answer and syncs it to disk.
func (j *Journal) Append(a Answer) error {
	line, err := json.Marshal(a)
	if err != nil {
		return err
	}
	if _, err := j.f.Write(append(line, '\n')); err != nil {
		return err
	}
	return j.f.Sync()
}

// Close closes the journal, keeping it to continue from.
func (j *Journal) Close() error { return j.f.Close() }

// Remove closes and deletes the journal: the review is finished.
func (j *Journal) Remove() error {
	j.f.Close()
	if err := os.Remove(j.path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}

// Path is where the journal is.
func (j *Journal) Path() string { return j.path }
