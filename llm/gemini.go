package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// gemini talks to the Gemini API's REST endpoint (models/M:generateContent)
// directly. langchaingo's googleai package would link Vertex AI, gRPC and
// OpenTelemetry — about half the binary and most of its start-up — for the
// one POST this needs.
type gemini struct{ *base }

type geminiPart struct {
	Text string `json:"text"`
}

type geminiContent struct {
	Role  string       `json:"role,omitempty"`
	Parts []geminiPart `json:"parts"`
}

type geminiRequest struct {
	Contents          []geminiContent  `json:"contents"`
	SystemInstruction *geminiContent   `json:"systemInstruction,omitempty"`
	GenerationConfig  geminiGeneration `json:"generationConfig"`
}

type geminiGeneration struct {
	Temperature      float64 `json:"temperature"`
	MaxOutputTokens  int     `json:"maxOutputTokens,omitempty"`
	ResponseMIMEType string  `json:"responseMimeType,omitempty"`
}

type geminiResponse struct {
	Candidates []struct {
		Content      geminiContent `json:"content"`
		FinishReason any           `json:"finishReason"` // "STOP", or 1 with enum-encoding=int
	} `json:"candidates"`
	UsageMetadata struct {
		PromptTokenCount     int `json:"promptTokenCount"`
		CandidatesTokenCount int `json:"candidatesTokenCount"`
	} `json:"usageMetadata"`
}

// geminiRequestFor maps chat messages onto Gemini's contents: system
// messages become the system instruction, assistant turns the "model" role.
func geminiRequestFor(req Request, jsonMode bool) geminiRequest {
	out := geminiRequest{GenerationConfig: geminiGeneration{Temperature: req.Temperature, MaxOutputTokens: req.MaxTokens}}
	var system []string
	for _, m := range req.Messages {
		switch m.Role {
		case "system":
			system = append(system, m.Content)
		case "assistant":
			out.Contents = append(out.Contents, geminiContent{Role: "model", Parts: []geminiPart{{Text: m.Content}}})
		default:
			out.Contents = append(out.Contents, geminiContent{Role: "user", Parts: []geminiPart{{Text: m.Content}}})
		}
	}
	if len(system) > 0 {
		out.SystemInstruction = &geminiContent{Parts: []geminiPart{{Text: strings.Join(system, "\n\n")}}}
	}
	if jsonMode {
		out.GenerationConfig.ResponseMIMEType = "application/json"
	}
	return out
}

func (p *gemini) Complete(ctx context.Context, req Request) (Response, error) {
	model := strings.TrimPrefix(p.modelFor(req), "models/")
	body, err := json.Marshal(geminiRequestFor(req, req.JSON && p.cfg.JSONMode == "on"))
	if err != nil {
		return Response{}, err
	}
	endpoint := p.cfg.BaseURL + "/v1beta/models/" + url.PathEscape(model) + ":generateContent"
	var r geminiResponse
	err = p.call(ctx, model, maxReplyBody, func(ctx context.Context) error {
		return p.do(ctx, http.MethodPost, endpoint, body, &r)
	})
	if err != nil {
		return Response{}, err
	}
	if len(r.Candidates) == 0 {
		return Response{}, &Error{Provider: p.cfg.Name, Model: model, Kind: KindBadReply, Message: "the server returned no choices (no candidates)"}
	}
	c := r.Candidates[0]
	var text strings.Builder
	for _, part := range c.Content.Parts {
		text.WriteString(part.Text)
	}
	if err := p.tooLong(model, text.String()); err != nil {
		return Response{}, err
	}
	return Response{
		Text:         p.scrub(text.String()),
		Usage:        Usage{PromptTokens: r.UsageMetadata.PromptTokenCount, CompletionTokens: r.UsageMetadata.CandidatesTokenCount},
		Model:        model,
		FinishReason: geminiFinish(c.FinishReason),
	}, nil
}

// geminiFinish maps Gemini's finish reason (a name, or its enum number) onto
// OpenAI's words.
func geminiFinish(v any) string {
	switch x := v.(type) {
	case float64:
		switch x {
		case 1:
			return "stop"
		case 2:
			return "length"
		}
		return fmt.Sprint(x)
	case string:
		return finishReason(x)
	}
	return "stop"
}

func (p *gemini) Models(ctx context.Context) ([]string, error) {
	var v struct {
		Models []struct{ Name string } `json:"models"`
	}
	err := p.call(ctx, "", maxListBody, func(ctx context.Context) error {
		return p.do(ctx, http.MethodGet, p.cfg.BaseURL+"/v1beta/models", nil, &v)
	})
	names := make([]string, 0, len(v.Models))
	for _, m := range v.Models {
		names = append(names, m.Name)
	}
	return names, err
}

// do sends one request (the transport adds the key header and retries) and
// decodes a successful JSON reply into out.
func (p *gemini) do(ctx context.Context, method, endpoint string, body []byte, out any) error {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, endpoint, rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return send(p.client, req, func(r io.Reader) error { return decodeJSON(r, out, "reply") })
}
