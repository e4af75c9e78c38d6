package rewrite

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/llm"
	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
)

func modelEngine(t *testing.T, s *llmtest.Server) *ModelEngine {
	t.Helper()
	p, err := llm.New(llm.Config{Name: "fake", Type: s.Format, BaseURL: s.BaseURL(), APIKeyEnv: "K", Model: "m",
		Getenv: func(string) string { return "sk-fake-key-000000000000" }, Timeout: 5 * time.Second, MaxRetries: 1,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	return &ModelEngine{Provider: p, Temperature: 0.2, MaxTokens: 256}
}

// TestModelLoopEachFormat: a model that invents, is told why, and answers
// faithfully, over each provider's wire format.
func TestModelLoopEachFormat(t *testing.T) {
	for _, f := range []string{"openai", "anthropic", "googleai", "ollama"} {
		t.Run(f, func(t *testing.T) {
			s := llmtest.New(t, f)
			s.Answer(func(c llmtest.Call, _ int) llmtest.Answer {
				last := c.Messages[len(c.Messages)-1].Content
				if strings.Contains(last, "does not support") {
					return llmtest.Answer{Text: `{"rewrite": "Contributed to the Kafka migration.", "notes": "add the number of topics moved"}`}
				}
				return llmtest.Answer{Text: "```json\n{\"rewrite\": \"Led the Kafka migration for 40 services with Terraform.\"}\n```"}
			})
			p := &Pipeline{Engine: modelEngine(t, s), MaxAttempts: 3, Concurrency: 2}
			res := p.Run(context.Background(), parse(t), tpl(t, "tighten-bullets"), Options{Section: "experience"})
			it := res.Items[1]
			if it.Status != StatusRewritten || it.Final != "Contributed to the Kafka migration." || it.Attempts != 2 || it.Candidates[0].Verdict != "reject" {
				t.Fatalf("%+v", it)
			}
			if it.Notes != "add the number of topics moved" || res.Usage.PromptTokens == 0 || res.Engine != "fake" || res.Model != "m" {
				t.Errorf("notes %q usage %+v engine %s/%s", it.Notes, res.Usage, res.Engine, res.Model)
			}
			// the retry carried the rejected answer and the guard's reasons
			found := false
			for _, c := range s.Calls() {
				if len(c.Messages) >= 4 {
					retry := c.Messages[len(c.Messages)-1].Content
					found = found || strings.Contains(retry, `"40 services" is not in the source`) && strings.Contains(retry, "Terraform") &&
						c.Messages[len(c.Messages)-2].Role == "assistant"
				}
			}
			if !found {
				t.Errorf("no retry request carried the guard's reasons: %+v", s.Calls())
			}
		})
	}
}

func TestModelAlwaysInventsAndBadReplies(t *testing.T) {
	s := llmtest.New(t, "openai")
	s.Answer(func(c llmtest.Call, n int) llmtest.Answer {
		if strings.Contains(c.Messages[1].Content, "reporting") {
			switch len(c.Messages) {
			case 2:
				return llmtest.Answer{Text: `{"rewrite": "Built the reporting`} // malformed
			case 4:
				return llmtest.Answer{Text: `{"rewrite": "Built the reporting service in `, Length: true}
			}
			return llmtest.Answer{Text: `{"rewrite": "Built the reporting service."}`}
		}
		// each attempt of an item invents something new
		return llmtest.Answer{Text: `{"rewrite": "Rebuilt it in Rust for ` + strings.Repeat("9", len(c.Messages)/2) + ` teams."}`}
	})
	res := (&Pipeline{Engine: modelEngine(t, s), MaxAttempts: 3, Concurrency: 3}).Run(context.Background(), parse(t), tpl(t, "tighten-bullets"), Options{})
	for _, it := range res.Items[:2] {
		if it.Status != StatusKeptOriginal || it.Final != it.Original || len(it.Candidates) < 2 {
			t.Errorf("%+v", it)
		}
	}
	if it := res.Items[2]; it.Status != StatusUnchanged || it.Attempts != 3 || it.Error != "" {
		t.Errorf("bad replies were not retried: %+v", it)
	}
}

func TestModelErrorsKeepOriginal(t *testing.T) {
	s := llmtest.New(t, "anthropic")
	s.Answer(func(llmtest.Call, int) llmtest.Answer { return llmtest.Answer{Status: 503} })
	res := (&Pipeline{Engine: modelEngine(t, s), MaxAttempts: 3, Concurrency: 1}).Run(context.Background(), parse(t), tpl(t, "tighten-bullets"), Options{})
	it := res.Items[0]
	if it.Status != StatusError || it.Final != it.Original || !strings.Contains(it.Error, "HTTP 503") || strings.Contains(it.Error, "sk-fake") {
		t.Errorf("%+v", it)
	}
}
