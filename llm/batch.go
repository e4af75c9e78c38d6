package llm

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// Batcher sends many requests through a provider's batch API (OpenAI's
// Batch API, Anthropic's Message Batches): answered within hours instead of
// seconds, at half the price. A batch lives on the provider's side, so it
// can be collected by id long after the process that sent it has gone.
type Batcher interface {
	// SubmitBatch sends the items as one batch and returns its id.
	SubmitBatch(ctx context.Context, items []BatchItem) (string, error)
	// BatchStatus reports a batch's progress.
	BatchStatus(ctx context.Context, id string) (BatchStatus, error)
	// BatchResults calls fn for each answered item of an ended batch, with
	// its reply or what went wrong.
	BatchResults(ctx context.Context, id string, fn func(customID string, r Response, err error)) error
	// MaxBatch is the most items one batch may hold.
	MaxBatch() int
}

// BatchItem is one request of a batch; ID comes back with its answer.
type BatchItem struct {
	ID  string // 1-64 characters of [A-Za-z0-9_-]
	Req Request
}

// BatchStatus is a batch's progress.
type BatchStatus struct {
	ID                  string
	State               string // the provider's word: in_progress, completed, ended, expired...
	Total, Done, Failed int    // requests
	Ended               bool   // no further progress: fetch the results
	Message             string // why a batch failed as a whole
}

// AsBatcher returns the provider's batch API, if it has one: OpenAI's own
// endpoint and Anthropic. (Azure's and the OpenAI-compatible servers'
// batch support varies; their requests go one by one.)
func AsBatcher(p Provider) (Batcher, bool) {
	switch x := p.(type) {
	case *openAI:
		if x.cfg.Type == "openai" && !x.cfg.Completion { // batch lines here are chat requests
			return openAIBatcher{x}, true
		}
	case *langchain:
		if x.cfg.Type == "anthropic" {
			return anthropicBatcher{x.base}, true
		}
	}
	return nil, false
}

var batchIDRe = lazy.Regexp(`^[A-Za-z0-9_-]{1,64}$`)

func checkItems(items []BatchItem, max int) error {
	if len(items) == 0 || len(items) > max {
		return fmt.Errorf("a batch holds 1 to %d requests, not %d", max, len(items))
	}
	for _, it := range items {
		if !batchIDRe().MatchString(it.ID) {
			return fmt.Errorf("batch item id %q: use 1-64 letters, digits, - or _", it.ID)
		}
	}
	return nil
}

// maxResultLine bounds one line of a batch's results.
const maxResultLine = 16 << 20

// eachResult calls fn with every line of a batch's results (JSON Lines),
// decoded as an L.
func eachResult[L any](r io.Reader, fn func(L)) error {
	return eachLine(r, func(line []byte) error {
		var l L
		if err := json.Unmarshal(line, &l); err != nil {
			return fmt.Errorf("unreadable batch result: %w", err)
		}
		fn(l)
		return nil
	})
}

// eachLine calls fn for every non-empty line of r.
func eachLine(r io.Reader, fn func([]byte) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxResultLine)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		if err := fn(sc.Bytes()); err != nil {
			return err
		}
	}
	return sc.Err()
}
