// Package rewrite runs a prompt over a resume: for each item the prompt
// applies to, it asks an Engine for a candidate, has the guard judge it
// against the candidate's own words, and on rejection asks again with the
// guard's reasons, up to a limit. A candidate that is never accepted is not
// used: the item keeps its original text, and the result says why.
package rewrite

import (
	"context"
	"errors"

	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// ErrUnsupported is returned by an engine that cannot serve a prompt; the item
// is reported as unsupported rather than pretended.
var ErrUnsupported = errors.New("this engine cannot serve this prompt")

// Request is one item to rewrite.
type Request struct {
	Template *prompts.Template
	Item     resume.Item
	Data     prompts.Data // what the template renders: input, tense, job, context
	History  []Attempt    // earlier candidates the guard rejected, oldest first
	Style    Style
}

// Attempt is a rejected candidate and the guard's feedback on it, or a
// candidate the user was shown and asked to have again (Asked), with their
// note as Feedback.
type Attempt struct {
	Reply    string // the raw reply, as the model gave it
	Feedback string
	Asked    bool
}

// Style is the document's own formatting, which rewrites keep.
type Style struct {
	Period bool // bullets end with a full stop
}

// Reply is an engine's answer.
type Reply struct {
	Raw   string // the reply as received, for the retry conversation
	Text  string // the candidate text, parsed from Raw
	Notes string
	Usage Usage
	Model string
}

// Usage counts tokens.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// Add sums usages.
func (u *Usage) Add(o Usage) {
	u.PromptTokens += o.PromptTokens
	u.CompletionTokens += o.CompletionTokens
}

// Engine produces candidates.
type Engine interface {
	// Name is the engine as reports show it: "offline", "openai", ...
	Name() string
	// Model is the model name, "" for the offline engine.
	Model() string
	Rewrite(ctx context.Context, req Request) (Reply, error)
}
