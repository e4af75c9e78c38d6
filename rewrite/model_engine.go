package rewrite

import (
	"context"
	"errors"
	"fmt"

	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/prompts"
)

// ErrBadReply is a reply that holds no usable rewrite: malformed JSON, no
// text, or cut off at the token limit. The loop asks again, as for a
// rejected candidate.
var ErrBadReply = errors.New("unusable reply")

// ModelEngine is the engine that asks a language model.
type ModelEngine struct {
	Provider    llm.Provider
	Temperature float64
	MaxTokens   int
}

// Name implements Engine.
func (m *ModelEngine) Name() string { return m.Provider.Name() }

// Model implements Engine.
func (m *ModelEngine) Model() string { return m.Provider.Model() }

// Messages is the conversation for a request: the template's messages, then
// for each rejected candidate the candidate and the guard's reasons.
func Messages(req Request) ([]prompts.Message, error) {
	msgs, err := req.Template.Render(req.Data)
	if err != nil {
		return nil, err
	}
	for _, h := range req.History {
		if h.Asked {
			msgs = append(msgs, prompts.AgainMessages(h.Reply, h.Feedback)...)
			continue
		}
		msgs = append(msgs, prompts.RetryMessages(h.Reply, h.Feedback)...)
	}
	return msgs, nil
}

// Rewrite implements Engine.
func (m *ModelEngine) Rewrite(ctx context.Context, req Request) (Reply, error) {
	conversation, err := Messages(req)
	if err != nil {
		return Reply{}, err
	}
	msgs := make([]llm.Message, len(conversation))
	for i, m := range conversation {
		msgs[i] = llm.Message{Role: m.Role, Content: m.Content}
	}
	resp, err := m.Provider.Complete(ctx, llm.Request{Messages: msgs, Temperature: m.Temperature, MaxTokens: m.MaxTokens, JSON: true})
	if llm.IsKind(err, llm.KindBadReply) {
		// too large, or no choices: the model's failure, asked again
		return Reply{}, fmt.Errorf("%w: %w", ErrBadReply, err)
	}
	if err != nil {
		return Reply{}, err
	}
	usage := Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens}
	if resp.FinishReason == "length" {
		return Reply{Raw: resp.Text, Usage: usage}, fmt.Errorf("%w: the reply was cut off at %d tokens (raise max_tokens for this provider)", ErrBadReply, m.MaxTokens)
	}
	text, notes, err := parseReply(resp.Text)
	if err != nil {
		return Reply{Raw: resp.Text, Usage: usage}, fmt.Errorf("%w: %w", ErrBadReply, err)
	}
	return Reply{Raw: resp.Text, Text: text, Notes: notes, Usage: usage, Model: resp.Model}, nil
}
