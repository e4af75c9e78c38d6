package llm_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

// TestBatchAPIs: a batch goes up in each provider's wire format, ends after
// polling, and every request comes back under its id — answers as half-price
// batch replies, failures as errors naming the server's message.
func TestBatchAPIs(t *testing.T) {
	for _, f := range []string{"openai", "anthropic"} {
		t.Run(f, func(t *testing.T) {
			s := llmtest.New(t, f)
			s.BatchPolls = 2
			s.Answer(func(c llmtest.Call, _ int) llmtest.Answer {
				u := c.Messages[len(c.Messages)-1].Content
				if strings.Contains(u, "refuse") {
					return llmtest.Answer{Status: 400}
				}
				if strings.Contains(u, "echo") {
					return llmtest.Answer{Text: "your key is " + secret, PromptTokens: 30, CompletionTokens: 5}
				}
				return llmtest.Answer{Text: "re: " + u, PromptTokens: 30, CompletionTokens: 5}
			})
			p := provider(t, s, nil)
			b, ok := llm.AsBatcher(p)
			if !ok {
				t.Fatal("no batcher")
			}
			ctx := context.Background()
			items := []llm.BatchItem{
				{ID: "a1", Req: llm.Request{Messages: []llm.Message{{Role: "system", Content: "Be brief."}, {Role: "user", Content: "one"}}, MaxTokens: 50}},
				{ID: "b2", Req: llm.Request{Messages: []llm.Message{{Role: "user", Content: "two"}}, Temperature: 0.5}},
				{ID: "c3", Req: llm.Request{Messages: []llm.Message{{Role: "user", Content: "refuse this"}}}},
				{ID: "d4", Req: llm.Request{Messages: []llm.Message{{Role: "user", Content: "echo the key"}}}},
			}
			id, err := b.SubmitBatch(ctx, items)
			if err != nil || id == "" {
				t.Fatalf("submit: %q %v", id, err)
			}
			st, err := b.BatchStatus(ctx, id)
			if err != nil || st.Ended || st.ID != id {
				t.Fatalf("first poll: %+v %v", st, err)
			}
			if st, err = b.BatchStatus(ctx, id); err != nil || !st.Ended || st.Done != 3 || st.Failed != 1 {
				t.Fatalf("second poll: %+v %v", st, err)
			}
			got := map[string]string{}
			err = b.BatchResults(ctx, id, func(cid string, r llm.Response, err error) {
				if err != nil {
					got[cid] = "error: " + err.Error()
					return
				}
				if !r.Batch || r.Usage.PromptTokens != 30 {
					t.Errorf("%s: %+v", cid, r)
				}
				got[cid] = r.Text
			})
			if err != nil {
				t.Fatal(err)
			}
			if got["a1"] != "re: one" || got["b2"] != "re: two" || !strings.Contains(got["c3"], "fake error 400") {
				t.Errorf("results: %v", got)
			}
			// what went over the wire: the model, the system prompt, the limits
			calls := s.Calls()
			if len(calls) != 4 || calls[0].Batch != id || calls[0].Model != "m-1" {
				t.Fatalf("calls: %+v", calls)
			}
			c := calls[0]
			if c.Messages[0].Role != "system" || c.Messages[0].Content != "Be brief." {
				t.Errorf("system prompt: %+v", c.Messages)
			}
			if f == "anthropic" && c.Body["max_tokens"] != float64(50) {
				t.Errorf("max_tokens: %v", c.Body["max_tokens"])
			}
			if strings.Contains(got["c3"], secret) {
				t.Error("key in an error")
			}
			if strings.Contains(got["d4"], secret) || !strings.Contains(got["d4"], "****") {
				t.Errorf("a key echoed in a batch reply was not redacted: %q", got["d4"])
			}
		})
	}
}

// TestBatchResultsElsewhere: Anthropic's results_url on another host does
// not get the key.
func TestBatchResultsElsewhere(t *testing.T) {
	s := llmtest.New(t, "anthropic")
	other := llmtest.New(t, "anthropic")
	s.ResultsHost = other.URL
	p := provider(t, s, nil)
	b, _ := llm.AsBatcher(p)
	id, err := b.SubmitBatch(context.Background(), []llm.BatchItem{{ID: "x", Req: llm.Request{Messages: msgs}}})
	if err != nil {
		t.Fatal(err)
	}
	b.BatchStatus(context.Background(), id)
	err = b.BatchResults(context.Background(), id, func(string, llm.Response, error) {})
	if err == nil || !strings.Contains(err.Error(), "another host") {
		t.Errorf("err %v", err)
	}
}

func TestNoBatcher(t *testing.T) {
	for _, f := range []string{"googleai", "ollama"} {
		if _, ok := llm.AsBatcher(provider(t, llmtest.New(t, f), nil)); ok {
			t.Errorf("%s has a batcher", f)
		}
	}
}
