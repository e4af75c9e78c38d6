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

// anthropicBatcher speaks Anthropic's Message Batches API: POST
// /v1/messages/batches with {custom_id, params} per request, GET the batch
// until processing_status is "ended", then its results as JSONL.
type anthropicBatcher struct{ b *base }

func (anthropicBatcher) MaxBatch() int { return 100000 }

const anthropicVersion = "2023-06-01"

// anthropicParams is one request's Messages API body.
type anthropicParams struct {
	Model       string             `json:"model"`
	MaxTokens   int                `json:"max_tokens"`
	Temperature float64            `json:"temperature"`
	System      string             `json:"system,omitempty"`
	Messages    []anthropicMessage `json:"messages"`
}

type anthropicMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

func (a anthropicBatcher) params(req Request) anthropicParams {
	p := anthropicParams{Model: a.b.modelFor(req), MaxTokens: req.MaxTokens, Temperature: req.Temperature}
	if p.MaxTokens <= 0 {
		p.MaxTokens = a.b.cfg.MaxTokens
	}
	var system []string
	for _, m := range req.Messages {
		if m.Role == "system" {
			system = append(system, m.Content)
			continue
		}
		p.Messages = append(p.Messages, anthropicMessage{Role: m.Role, Content: m.Content})
	}
	p.System = strings.Join(system, "\n\n")
	return p
}

// anthropicBatch is the batch object.
type anthropicBatch struct {
	ID               string `json:"id"`
	ProcessingStatus string `json:"processing_status"`
	RequestCounts    struct {
		Processing, Succeeded, Errored, Canceled, Expired int
	} `json:"request_counts"`
	ResultsURL string `json:"results_url"`
}

// do sends one request to the batches endpoint with the key in the header
// and decodes a JSON answer into v (or hands the body to read).
func (a anthropicBatcher) do(ctx context.Context, method, u string, body any, v any, read func(io.Reader) error) error {
	return a.b.call(ctx, "", maxBatchBody, func(ctx context.Context) error {
		var rd io.Reader
		if body != nil {
			b, err := json.Marshal(body)
			if err != nil {
				return err
			}
			rd = bytes.NewReader(b)
		}
		req, err := http.NewRequestWithContext(ctx, method, u, rd)
		if err != nil {
			return err
		}
		req.Header.Set("x-api-key", a.b.key)
		req.Header.Set("anthropic-version", anthropicVersion)
		req.Header.Set("content-type", "application/json")
		if read == nil {
			read = func(r io.Reader) error { return decodeJSON(io.LimitReader(r, 16<<20), v, "reply") }
		}
		return send(a.b.client, req, read)
	})
}

func (a anthropicBatcher) SubmitBatch(ctx context.Context, items []BatchItem) (string, error) {
	if err := checkItems(items, a.MaxBatch()); err != nil {
		return "", err
	}
	type request struct {
		CustomID string          `json:"custom_id"`
		Params   anthropicParams `json:"params"`
	}
	body := struct {
		Requests []request `json:"requests"`
	}{}
	for _, it := range items {
		body.Requests = append(body.Requests, request{CustomID: it.ID, Params: a.params(it.Req)})
	}
	var bt anthropicBatch
	if err := a.do(ctx, http.MethodPost, a.b.cfg.BaseURL+"/messages/batches", body, &bt, nil); err != nil {
		return "", err
	}
	return bt.ID, nil
}

func (a anthropicBatcher) get(ctx context.Context, id string) (anthropicBatch, error) {
	var bt anthropicBatch
	err := a.do(ctx, http.MethodGet, a.b.cfg.BaseURL+"/messages/batches/"+url.PathEscape(id), nil, &bt, nil)
	return bt, err
}

func (a anthropicBatcher) BatchStatus(ctx context.Context, id string) (BatchStatus, error) {
	bt, err := a.get(ctx, id)
	if err != nil {
		return BatchStatus{}, err
	}
	c := bt.RequestCounts
	return BatchStatus{ID: bt.ID, State: bt.ProcessingStatus, Total: c.Processing + c.Succeeded + c.Errored + c.Canceled + c.Expired,
		Done: c.Succeeded, Failed: c.Errored + c.Canceled + c.Expired, Ended: bt.ProcessingStatus == "ended"}, nil
}

// anthropicResult is one line of a batch's results.
type anthropicResult struct {
	CustomID string `json:"custom_id"`
	Result   struct {
		Type    string `json:"type"` // succeeded, errored, canceled, expired
		Message *struct {
			Model      string `json:"model"`
			StopReason string `json:"stop_reason"`
			Content    []struct {
				Type string `json:"type"`
				Text string `json:"text"`
			} `json:"content"`
			Usage struct {
				InputTokens  int `json:"input_tokens"`
				OutputTokens int `json:"output_tokens"`
			} `json:"usage"`
		} `json:"message"`
		Error json.RawMessage `json:"error"`
	} `json:"result"`
}

func (a anthropicBatcher) BatchResults(ctx context.Context, id string, fn func(string, Response, error)) error {
	bt, err := a.get(ctx, id)
	if err != nil {
		return err
	}
	u := bt.ResultsURL
	if u == "" {
		return &Error{Provider: a.b.cfg.Name, Kind: KindBadReply, Message: fmt.Sprintf("batch %s has no results yet (%s)", id, bt.ProcessingStatus)}
	}
	// the key goes only to the endpoint the user chose
	if !sameOrigin(u, a.b.cfg.BaseURL) {
		return &Error{Provider: a.b.cfg.Name, Kind: KindBadReply, Message: fmt.Sprintf("batch %s: its results are at another host (%s); not sending the key there", id, scrubURL(u, a.b.key))}
	}
	return a.do(ctx, http.MethodGet, u, nil, nil, func(r io.Reader) error {
		return eachResult(r, func(l anthropicResult) {
			r, err := a.result(l)
			fn(l.CustomID, r, err)
		})
	})
}

func (a anthropicBatcher) result(l anthropicResult) (Response, error) {
	res := l.Result
	if res.Type != "succeeded" || res.Message == nil {
		msg := res.Type
		if len(res.Error) > 0 {
			msg = serverMessage(res.Error, res.Type)
		}
		return Response{}, &Error{Provider: a.b.cfg.Name, Model: a.b.cfg.Model, Kind: KindServer, Message: "in the batch: " + redact(oneLine(msg), a.b.key)}
	}
	var text strings.Builder
	for _, c := range res.Message.Content {
		if c.Type == "text" {
			text.WriteString(c.Text)
		}
	}
	if err := a.b.tooLong(res.Message.Model, text.String()); err != nil {
		return Response{}, err
	}
	return Response{Text: a.b.scrub(text.String()), Model: res.Message.Model, FinishReason: finishReason(res.Message.StopReason), Batch: true,
		Usage: Usage{PromptTokens: res.Message.Usage.InputTokens, CompletionTokens: res.Message.Usage.OutputTokens}}, nil
}

// sameOrigin: u is on the scheme and host of base.
func sameOrigin(u, base string) bool {
	a, err1 := url.Parse(u)
	b, err2 := url.Parse(base)
	return err1 == nil && err2 == nil && a.Scheme == b.Scheme && strings.EqualFold(a.Host, b.Host)
}
