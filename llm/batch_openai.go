package llm

import (
	"context"
	"encoding/json"
	"fmt"

	openai "github.com/sashabaranov/go-openai"
)

// openAIBatcher speaks OpenAI's Batch API through go-openai: the requests
// go up as a JSONL file (purpose "batch"), a batch is created on it for
// /v1/chat/completions within 24 hours, and the answers come back as the
// batch's output and error files.
type openAIBatcher struct{ p *openAI }

func (openAIBatcher) MaxBatch() int { return 50000 }

func (b openAIBatcher) SubmitBatch(ctx context.Context, items []BatchItem) (string, error) {
	if err := checkItems(items, b.MaxBatch()); err != nil {
		return "", err
	}
	var up openai.UploadBatchFileRequest
	up.FileName = "bulletproof-eval.jsonl"
	for _, it := range items {
		up.AddChatCompletion(it.ID, b.p.chatRequest(it.Req))
	}
	var resp openai.BatchResponse
	err := b.p.call(ctx, b.p.cfg.Model, maxListBody, func(ctx context.Context) error {
		var err error
		resp, err = b.p.client.CreateBatchWithUploadFile(ctx, openai.CreateBatchWithUploadFileRequest{
			Endpoint: openai.BatchEndpointChatCompletions, CompletionWindow: "24h",
			Metadata: map[string]any{"source": "bulletproof eval"}, UploadBatchFileRequest: up})
		return err
	})
	if err != nil {
		return "", err
	}
	return resp.ID, nil
}

func (b openAIBatcher) retrieve(ctx context.Context, id string) (openai.Batch, error) {
	var resp openai.BatchResponse
	err := b.p.call(ctx, "", maxListBody, func(ctx context.Context) error {
		var err error
		resp, err = b.p.client.RetrieveBatch(ctx, id)
		return err
	})
	return resp.Batch, err
}

func (b openAIBatcher) BatchStatus(ctx context.Context, id string) (BatchStatus, error) {
	bt, err := b.retrieve(ctx, id)
	if err != nil {
		return BatchStatus{}, err
	}
	st := BatchStatus{ID: bt.ID, State: bt.Status, Total: bt.RequestCounts.Total, Done: bt.RequestCounts.Completed, Failed: bt.RequestCounts.Failed}
	switch bt.Status {
	case "completed", "failed", "expired", "cancelled":
		st.Ended = true
	}
	if bt.Errors != nil && len(bt.Errors.Data) > 0 {
		st.Message = redact(oneLine(bt.Errors.Data[0].Message), b.p.key)
	}
	return st, nil
}

// openAIBatchLine is one line of a batch's output or error file.
type openAIBatchLine struct {
	CustomID string `json:"custom_id"`
	Response *struct {
		StatusCode int             `json:"status_code"`
		Body       json.RawMessage `json:"body"`
	} `json:"response"`
	Error *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func (b openAIBatcher) BatchResults(ctx context.Context, id string, fn func(string, Response, error)) error {
	bt, err := b.retrieve(ctx, id)
	if err != nil {
		return err
	}
	for _, file := range []*string{bt.OutputFileID, bt.ErrorFileID} {
		if file == nil || *file == "" {
			continue
		}
		err := b.p.call(ctx, "", maxBatchBody, func(ctx context.Context) error {
			content, err := b.p.client.GetFileContent(ctx, *file)
			if err != nil {
				return err
			}
			defer content.Close()
			return eachResult(content, func(l openAIBatchLine) {
				r, err := b.lineResult(l)
				fn(l.CustomID, r, err)
			})
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (b openAIBatcher) lineResult(l openAIBatchLine) (Response, error) {
	fail := func(status int, msg string) error {
		kind := KindBadRequest
		if status >= 500 || status == 0 {
			kind = KindServer
		}
		return &Error{Provider: b.p.cfg.Name, Model: b.p.cfg.Model, Kind: kind, Status: status, Message: "in the batch: " + redact(oneLine(msg), b.p.key)}
	}
	switch {
	case l.Error != nil:
		return Response{}, fail(0, l.Error.Message)
	case l.Response == nil:
		return Response{}, fail(0, "no response")
	case l.Response.StatusCode != 200:
		return Response{}, fail(l.Response.StatusCode, serverMessage(l.Response.Body, fmt.Sprintf("HTTP %d", l.Response.StatusCode)))
	}
	var cc openai.ChatCompletionResponse
	if err := json.Unmarshal(l.Response.Body, &cc); err != nil {
		return Response{}, fail(0, "unreadable reply: "+err.Error())
	}
	r, err := b.p.response(cc, b.p.cfg.Model)
	r.Batch = err == nil
	return r, err
}
