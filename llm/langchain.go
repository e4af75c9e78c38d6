package llm

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/anthropic"
	"github.com/tmc/langchaingo/llms/bedrock"
	"github.com/tmc/langchaingo/llms/mistral"
	"github.com/tmc/langchaingo/llms/ollama"
)

// langchain serves the providers langchaingo speaks natively.
type langchain struct {
	*base
	model llms.Model
}

func newLangchain(b *base) (Provider, error) {
	p := &langchain{base: b}
	ctx := context.Background()
	var err error
	switch b.cfg.Type {
	case "anthropic":
		p.model, err = anthropic.New(anthropic.WithToken(b.key), anthropic.WithModel(b.cfg.Model),
			anthropic.WithBaseURL(b.cfg.BaseURL), anthropic.WithHTTPClient(b.client))
	case "ollama":
		opts := []ollama.Option{ollama.WithModel(b.cfg.Model), ollama.WithServerURL(b.cfg.BaseURL), ollama.WithHTTPClient(b.client)}
		if b.cfg.JSONMode != "off" {
			opts = append(opts, ollama.WithFormat("json"))
		}
		p.model, err = ollama.New(opts...)
	case "mistral":
		// mistral-go brings its own HTTP client: its retries and timeout
		p.model, err = mistral.New(mistral.WithAPIKey(b.key), mistral.WithModel(b.cfg.Model), mistral.WithEndpoint(b.cfg.BaseURL),
			mistral.WithMaxRetries(b.cfg.MaxRetries), mistral.WithTimeout(b.cfg.Timeout))
	case "bedrock":
		awsCfg, lerr := awsconfig.LoadDefaultConfig(ctx, awsconfig.WithRegion(b.cfg.Region), awsconfig.WithHTTPClient(b.client))
		if lerr != nil {
			return nil, fmt.Errorf("bedrock: AWS configuration: %w", lerr)
		}
		client := bedrockruntime.NewFromConfig(awsCfg, func(o *bedrockruntime.Options) {
			if b.cfg.BaseURL != "" {
				o.BaseEndpoint = aws.String(b.cfg.BaseURL)
			}
		})
		p.model, err = bedrock.New(bedrock.WithClient(client), bedrock.WithModel(b.cfg.Model))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %s", b.cfg.Name, redact(err.Error(), b.key))
	}
	return p, nil
}

var roles = map[string]llms.ChatMessageType{"system": llms.ChatMessageTypeSystem, "user": llms.ChatMessageTypeHuman, "assistant": llms.ChatMessageTypeAI}

func (p *langchain) Complete(ctx context.Context, req Request) (Response, error) {
	model := p.modelFor(req)
	ctx = withTokens(ctx, estimateTokens(req, p.cfg.MaxTokens))
	msgs := make([]llms.MessageContent, len(req.Messages))
	for i, m := range req.Messages {
		msgs[i] = llms.TextParts(roles[m.Role], m.Content)
	}
	opts := []llms.CallOption{llms.WithModel(model), llms.WithTemperature(req.Temperature), llms.WithMaxTokens(req.MaxTokens)}
	if req.JSON && p.cfg.JSONMode == "on" && p.cfg.Type != "ollama" {
		opts = append(opts, llms.WithJSONMode())
	}
	var resp *llms.ContentResponse
	err := p.call(ctx, model, maxReplyBody, func(ctx context.Context) error {
		var err error
		resp, err = p.model.GenerateContent(ctx, msgs, opts...)
		return err
	})
	if err != nil {
		return Response{}, err
	}
	if resp == nil || len(resp.Choices) == 0 {
		return Response{}, &Error{Provider: p.cfg.Name, Model: model, Kind: KindBadReply, Message: "the server returned no choices"}
	}
	c := resp.Choices[0]
	if err := p.tooLong(model, c.Content); err != nil {
		return Response{}, err
	}
	return Response{Text: p.scrub(c.Content), Usage: usageOf(c.GenerationInfo), Model: model, FinishReason: finishReason(c.StopReason)}, nil
}

// usageOf reads token counts under the names each backend uses.
func usageOf(info map[string]any) Usage {
	num := func(keys ...string) int {
		for _, k := range keys {
			switch v := info[k].(type) {
			case int:
				return v
			case int32:
				return int(v)
			case int64:
				return int(v)
			case float64:
				return int(v)
			}
		}
		return 0
	}
	return Usage{PromptTokens: num("PromptTokens", "InputTokens", "input_tokens"), CompletionTokens: num("CompletionTokens", "OutputTokens", "output_tokens")}
}

// finishReason maps each backend's stop reason onto OpenAI's words:
// Anthropic's max_tokens and Gemini's MAX_TOKENS are "length"; end_turn
// and STOP are "stop".
func finishReason(s string) string {
	l := strings.ToLower(s)
	switch {
	case strings.Contains(l, "max") || l == "length":
		return "length"
	case l == "" || strings.Contains(l, "stop") || l == "end_turn":
		return "stop"
	}
	return l
}

// Models lists models with a plain GET on each backend's models endpoint.
func (p *langchain) Models(ctx context.Context) ([]string, error) {
	var url string
	h := http.Header{}
	switch p.cfg.Type {
	case "anthropic":
		url = p.cfg.BaseURL + "/models"
		h.Set("x-api-key", p.key)
		h.Set("anthropic-version", "2023-06-01")
	case "ollama":
		url = p.cfg.BaseURL + "/api/tags"
	case "mistral":
		url = p.cfg.BaseURL + "/v1/models"
		h.Set("Authorization", "Bearer "+p.key)
	default:
		return nil, &Error{Provider: p.cfg.Name, Kind: KindUnsupported, Message: "not checked: listing models needs the AWS console or CLI"}
	}
	var names []string
	err := p.call(ctx, "", maxListBody, func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return err
		}
		req.Header = h
		return send(p.client, req, func(r io.Reader) error {
			var v struct {
				Data   []struct{ ID string }   `json:"data"`
				Models []struct{ Name string } `json:"models"`
			}
			if err := decodeJSON(r, &v, "model list"); err != nil {
				return err
			}
			for _, m := range v.Data {
				names = append(names, m.ID)
			}
			for _, m := range v.Models {
				names = append(names, m.Name)
			}
			return nil
		})
	})
	return names, err
}
