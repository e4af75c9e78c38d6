package llm

import (
	"context"
	"errors"
	"math"
	"strings"
	"sync/atomic"

	openai "github.com/sashabaranov/go-openai"
)

// openAI serves OpenAI, Azure OpenAI and every OpenAI-compatible server.
type openAI struct {
	*base
	client *openai.Client
	// noJSON is set once a server has refused response_format, so the rest
	// of the run does not ask again.
	noJSON atomic.Bool
}

func newOpenAI(b *base) *openAI {
	var c openai.ClientConfig
	if b.cfg.Type == "azure" {
		c = openai.DefaultAzureConfig(b.key, b.cfg.BaseURL)
		if b.cfg.APIVersion != "" {
			c.APIVersion = b.cfg.APIVersion
		}
	} else {
		c = openai.DefaultConfig(b.key)
		c.BaseURL = b.cfg.BaseURL
	}
	c.HTTPClient = b.client
	return &openAI{base: b, client: openai.NewClientWithConfig(c)}
}

func (p *openAI) Complete(ctx context.Context, req Request) (Response, error) {
	model := p.modelFor(req)
	ctx = withTokens(ctx, estimateTokens(req, p.cfg.MaxTokens))
	if p.cfg.Completion {
		return p.completeText(ctx, req, model)
	}
	creq := p.chatRequest(req)
	jsonMode := creq.ResponseFormat != nil
	var resp openai.ChatCompletionResponse
	err := p.call(ctx, model, maxReplyBody, func(ctx context.Context) error {
		var err error
		resp, err = p.client.CreateChatCompletion(ctx, creq)
		return err
	})
	// LM Studio and some local servers refuse response_format: ask once
	// more without it, and not again this run
	if err != nil && jsonMode && p.cfg.JSONMode == "auto" && refusesJSONMode(err) {
		p.noJSON.Store(true)
		if p.cfg.Log != nil {
			p.cfg.Log("%s refused response_format; continuing without JSON mode", p.cfg.Name)
		}
		creq.ResponseFormat = nil
		err = p.call(ctx, model, maxReplyBody, func(ctx context.Context) error {
			var err error
			resp, err = p.client.CreateChatCompletion(ctx, creq)
			return err
		})
	}
	if err != nil {
		return Response{}, err
	}
	return p.response(resp, model)
}

// response reads a chat completion, from a direct call or a batch's file.
func (p *openAI) response(resp openai.ChatCompletionResponse, model string) (Response, error) {
	if len(resp.Choices) == 0 {
		return Response{}, &Error{Provider: p.cfg.Name, Model: model, Kind: KindBadReply, Message: "the server returned no choices"}
	}
	if err := p.tooLong(model, resp.Choices[0].Message.Content); err != nil {
		return Response{}, err
	}
	return Response{
		Text:         p.scrub(resp.Choices[0].Message.Content),
		Usage:        Usage{PromptTokens: resp.Usage.PromptTokens, CompletionTokens: resp.Usage.CompletionTokens},
		Model:        resp.Model,
		FinishReason: string(resp.Choices[0].FinishReason),
	}, nil
}

// chatRequest is the wire request for req: the direct call and a batch
// line send the same.
func (p *openAI) chatRequest(req Request) openai.ChatCompletionRequest {
	msgs := make([]openai.ChatCompletionMessage, len(req.Messages))
	for i, m := range req.Messages {
		msgs[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	temp := float32(req.Temperature)
	if temp == 0 {
		// go-openai omits a zero temperature, and servers then use their
		// default (1.0): send the smallest non-zero value, as it advises
		temp = math.SmallestNonzeroFloat32
	}
	creq := openai.ChatCompletionRequest{Model: p.modelFor(req), Messages: msgs, Temperature: temp, MaxTokens: req.MaxTokens}
	if req.JSON && p.cfg.JSONMode != "off" && !p.noJSON.Load() {
		creq.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return creq
}

func refusesJSONMode(err error) bool {
	var e *Error
	if !errors.As(err, &e) || e.Status != 400 && e.Status != 422 {
		return false
	}
	m := strings.ToLower(e.Message)
	return strings.Contains(m, "response_format") || strings.Contains(m, "json_object") || strings.Contains(m, "json mode")
}

func (p *openAI) Models(ctx context.Context) ([]string, error) {
	var list openai.ModelsList
	err := p.call(ctx, "", maxListBody, func(ctx context.Context) error {
		var err error
		list, err = p.client.ListModels(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(list.Models))
	for _, m := range list.Models {
		out = append(out, m.ID)
	}
	return out, nil
}
