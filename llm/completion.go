package llm

import (
	"context"
	"math"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// completeText asks the legacy completions API: the messages' contents
// become one prompt string (a text prompt is one user message, sent as
// written), and the reply is the text as the model wrote it, leading space
// and all.
func (p *openAI) completeText(ctx context.Context, req Request, model string) (Response, error) {
	parts := make([]string, len(req.Messages))
	for i, m := range req.Messages {
		parts[i] = m.Content
	}
	temp := float32(req.Temperature)
	if temp == 0 {
		temp = math.SmallestNonzeroFloat32 // go-openai omits a zero
	}
	creq := openai.CompletionRequest{Model: model, Prompt: strings.Join(parts, "\n\n"), Temperature: temp, MaxTokens: req.MaxTokens}
	var resp openai.CompletionResponse
	err := p.call(ctx, model, maxReplyBody, func(ctx context.Context) error {
		var err error
		resp, err = p.client.CreateCompletion(ctx, creq)
		return err
	})
	if err != nil {
		return Response{}, err
	}
	if len(resp.Choices) == 0 {
		return Response{}, &Error{Provider: p.cfg.Name, Model: model, Kind: KindBadReply, Message: "the server returned no choices"}
	}
	text := resp.Choices[0].Text
	if err := p.tooLong(model, text); err != nil {
		return Response{}, err
	}
	return Response{
		Text:         p.scrub(text),
		Usage:        Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens},
		Model:        resp.Model,
		FinishReason: resp.Choices[0].FinishReason,
	}, nil
}
