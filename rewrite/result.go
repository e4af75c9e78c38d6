package rewrite

import "github.com/bulletproof-cli/bulletproof/guard"

// Status is what became of an item.
type Status string

// Item statuses.
const (
	StatusRewritten    Status = "rewritten"     // an accepted candidate differs from the original
	StatusUnchanged    Status = "unchanged"     // the accepted candidate is the original
	StatusKeptOriginal Status = "kept_original" // every candidate was rejected
	StatusNeedsInput   Status = "needs_input"   // accepted, with placeholders to fill
	StatusUnsupported  Status = "unsupported"   // the engine cannot serve this prompt
	StatusError        Status = "error"         // the engine failed (network, timeout); original kept
)

// Result is a prompt's run over a document.
type Result struct {
	Prompt string       `json:"prompt"`
	Engine string       `json:"engine"`
	Model  string       `json:"model"`
	Items  []ItemResult `json:"items"`
	Usage  Usage        `json:"usage"`
	// Cost is the estimated cost in US dollars when the config has prices
	// for the model.
	Cost *float64 `json:"cost,omitempty"`
	// Fatal is a failure that stopped the run: a rejected key, an unknown
	// model, a server that cannot be reached. Items not sent keep their
	// text.
	Fatal error `json:"-"`
}

// ItemResult is one item's outcome. Final is always the text to use.
type ItemResult struct {
	ID         string      `json:"id"`
	Section    string      `json:"section"`
	Original   string      `json:"original"`
	Final      string      `json:"final"`
	Status     Status      `json:"status"`
	Attempts   int         `json:"attempts"`
	Candidates []Candidate `json:"candidates"`
	Notes      string      `json:"notes,omitempty"`
	Error      string      `json:"error,omitempty"`
	Usage      Usage       `json:"usage"`

	fatal error // a failure that stops the run (see Result.Fatal)
}

// Candidate is one engine answer and the guard's verdict on it.
type Candidate struct {
	Text     string          `json:"text"`
	Verdict  guard.Decision  `json:"verdict"`
	Findings []guard.Finding `json:"findings"`
}

// Counts tallies statuses.
func (r *Result) Counts() map[Status]int {
	m := map[Status]int{}
	for _, it := range r.Items {
		m[it.Status]++
	}
	return m
}

// Rejections reports whether any item kept its original because every
// candidate was rejected, or failed.
func (r *Result) Rejections() bool {
	for _, it := range r.Items {
		if it.Status == StatusKeptOriginal || it.Status == StatusError {
			return true
		}
	}
	return false
}
