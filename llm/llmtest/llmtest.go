// Package llmtest runs fake model servers that speak the real wire formats
// of OpenAI chat completions, Anthropic messages, Google Gemini
// (generateContent over REST) and Ollama's native chat API, so tests can
// drive every provider without a network. A test decides each answer.
package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/llm"
)

// Call is one request a fake received, reduced to what tests look at.
type Call struct {
	Path     string
	Batch    string // the batch it came in, if any
	Header   http.Header
	Body     map[string]any
	Messages []Message // system first when the format carries one
	Model    string
}

// Message is a chat message as a fake saw it.
type Message struct{ Role, Content string }

// Answer is what a fake sends back.
type Answer struct {
	Text             string
	Status           int               // 0 means 200
	Header           map[string]string // e.g. Retry-After
	Raw              string            // a body to send instead of the format's
	Delay            time.Duration     // wait before answering
	Length           bool              // finish because of the token limit
	NoChoices        bool              // an empty choices list
	PromptTokens     int
	CompletionTokens int
}

// Server is a fake model server.
type Server struct {
	*httptest.Server
	Format string
	// Forget keeps no record of calls (for long benchmarks); Calls then
	// returns nothing, but answers still see each call.
	Forget bool
	// BatchPolls is the status check on which a batch ends (default 1);
	// BatchExpire makes batches end expired, unanswered; ResultsHost moves
	// Anthropic's results_url to another origin.
	BatchPolls  int
	BatchExpire bool
	ResultsHost string

	conns atomic.Int64

	mu         sync.Mutex
	batches    map[string]*fakeBatch
	batchOrder []string
	files      map[string]string
	count      int
	calls      []Call
	answer     func(Call, int) Answer
}

// Calls returns the requests received so far (model listings excluded).
func (s *Server) Calls() []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Call(nil), s.calls...)
}

// Answer sets how the server answers the n-th completion request (from 0).
func (s *Server) Answer(f func(c Call, n int) Answer) {
	s.mu.Lock()
	s.answer = f
	s.mu.Unlock()
}

// Reply makes every answer the same text.
func (s *Server) Reply(text string) { s.Answer(func(Call, int) Answer { return Answer{Text: text} }) }

// New starts a fake speaking format: "openai", "anthropic", "googleai" or
// "ollama". It stops when the test ends.
func New(t testing.TB, format string) *Server {
	s := &Server{Format: format}
	s.Reply(`{"rewrite": "ok"}`)
	s.Server = httptest.NewUnstartedServer(http.HandlerFunc(s.handle))
	s.Server.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			s.conns.Add(1)
		}
	}
	s.Server.Start()
	t.Cleanup(s.Close)
	return s
}

// Conns is how many connections clients have opened so far.
func (s *Server) Conns() int { return int(s.conns.Load()) }

// URL is the base URL a provider entry should use.
func (s *Server) BaseURL() string {
	if s.Format == "openai" || s.Format == "anthropic" {
		return s.Server.URL + "/v1"
	}
	return s.Server.URL
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	if strings.Contains(r.URL.Path, "/batches") || strings.HasPrefix(r.URL.Path, "/v1/files") {
		s.batchHandle(w, r)
		return
	}
	if r.Method == http.MethodGet {
		s.models(w, r)
		return
	}
	b, _ := io.ReadAll(r.Body)
	c := Call{Path: r.URL.Path, Header: r.Header.Clone(), Body: map[string]any{}}
	json.Unmarshal(b, &c.Body)
	a := s.call(c)
	if a.Delay > 0 {
		select {
		case <-time.After(a.Delay):
		case <-r.Context().Done():
			return
		}
	}
	for k, v := range a.Header {
		w.Header().Set(k, v)
	}
	w.Header().Set("Content-Type", "application/json")
	if a.Status != 0 && a.Status != 200 {
		w.WriteHeader(a.Status)
		if a.Raw == "" {
			a.Raw = s.errorBody(a.Status)
		}
		io.WriteString(w, a.Raw)
		return
	}
	if a.Raw != "" {
		io.WriteString(w, a.Raw)
		return
	}
	if a.PromptTokens == 0 {
		a.PromptTokens, a.CompletionTokens = 100, 20
	}
	json.NewEncoder(w).Encode(s.body(a, c.Model, r.URL.Path))
}

// call records a completion request and decides its answer.
func (s *Server) call(c Call) Answer {
	c.Messages, c.Model = s.messages(c.Body, c.Path)
	s.mu.Lock()
	n := s.count
	s.count++
	if !s.Forget {
		s.calls = append(s.calls, c)
	}
	f := s.answer
	s.mu.Unlock()
	return f(c, n)
}

func (s *Server) errorBody(status int) string {
	msg := fmt.Sprintf("fake error %d", status)
	switch s.Format {
	case "ollama":
		return fmt.Sprintf(`{"error": %q}`, msg)
	case "anthropic":
		return fmt.Sprintf(`{"type": "error", "error": {"type": "api_error", "message": %q}}`, msg)
	}
	return fmt.Sprintf(`{"error": {"message": %q, "type": "server_error", "code": %d}}`, msg, status)
}

// messages reads the conversation out of each format's request.
func (s *Server) messages(body map[string]any, path string) ([]Message, string) {
	var out []Message
	model, _ := body["model"].(string)
	text := func(v any) string {
		switch x := v.(type) {
		case string:
			return x
		case []any:
			return strings.Join(llm.TextParts(x), "")
		}
		return ""
	}
	if p, ok := body["prompt"].(string); ok && strings.HasSuffix(path, "/completions") && !strings.HasSuffix(path, "/chat/completions") {
		// OpenAI's legacy completions API: one prompt string
		return []Message{{"user", p}}, model
	}
	switch s.Format {
	case "googleai":
		if si, ok := body["systemInstruction"].(map[string]any); ok {
			out = append(out, Message{"system", text(si["parts"])})
		}
		contents, _ := body["contents"].([]any)
		for _, c := range contents {
			m, _ := c.(map[string]any)
			role, _ := m["role"].(string)
			if role == "model" {
				role = "assistant"
			}
			out = append(out, Message{role, text(m["parts"])})
		}
		if i := strings.Index(path, "/models/"); i >= 0 {
			model = strings.SplitN(path[i+len("/models/"):], ":", 2)[0]
		}
	case "anthropic":
		if sys := text(body["system"]); sys != "" {
			out = append(out, Message{"system", sys})
		}
		fallthrough
	default:
		msgs, _ := body["messages"].([]any)
		for _, m := range msgs {
			mm, _ := m.(map[string]any)
			role, _ := mm["role"].(string)
			out = append(out, Message{role, text(mm["content"])})
		}
	}
	return out, model
}

// body builds a successful reply in the server's format.
func (s *Server) body(a Answer, model, path string) any {
	switch s.Format {
	case "anthropic":
		stop := "end_turn"
		if a.Length {
			stop = "max_tokens"
		}
		content := []any{map[string]any{"type": "text", "text": a.Text}}
		if a.NoChoices {
			content = []any{}
		}
		return map[string]any{"id": "msg_1", "type": "message", "role": "assistant", "model": model, "content": content,
			"stop_reason": stop, "usage": map[string]any{"input_tokens": a.PromptTokens, "output_tokens": a.CompletionTokens}}
	case "googleai":
		finish := "STOP"
		if a.Length {
			finish = "MAX_TOKENS"
		}
		cands := []any{map[string]any{"content": map[string]any{"role": "model", "parts": []any{map[string]any{"text": a.Text}}}, "finishReason": finish, "index": 0}}
		if a.NoChoices {
			cands = []any{}
		}
		reply := map[string]any{"candidates": cands, "usageMetadata": map[string]any{"promptTokenCount": a.PromptTokens,
			"candidatesTokenCount": a.CompletionTokens, "totalTokenCount": a.PromptTokens + a.CompletionTokens}}
		if strings.Contains(path, ":streamGenerateContent") {
			return []any{reply} // streaming with alt=json answers a JSON array
		}
		return reply
	case "ollama":
		reason := "stop"
		if a.Length {
			reason = "length"
		}
		return map[string]any{"model": model, "created_at": "2026-11-29T12:00:00Z", "message": map[string]any{"role": "assistant", "content": a.Text},
			"done": true, "done_reason": reason, "prompt_eval_count": a.PromptTokens, "eval_count": a.CompletionTokens}
	}
	finish := "stop"
	if a.Length {
		finish = "length"
	}
	if strings.HasSuffix(path, "/completions") && !strings.HasSuffix(path, "/chat/completions") {
		choices := []any{map[string]any{"index": 0, "text": a.Text, "finish_reason": finish}}
		if a.NoChoices {
			choices = []any{}
		}
		return map[string]any{"id": "cmpl-1", "object": "text_completion", "created": 1700000000, "model": model, "choices": choices,
			"usage": map[string]any{"prompt_tokens": a.PromptTokens, "completion_tokens": a.CompletionTokens, "total_tokens": a.PromptTokens + a.CompletionTokens}}
	}
	choices := []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": a.Text}, "finish_reason": finish}}
	if a.NoChoices {
		choices = []any{}
	}
	return map[string]any{"id": "chatcmpl-1", "object": "chat.completion", "created": 1700000000, "model": model, "choices": choices,
		"usage": map[string]any{"prompt_tokens": a.PromptTokens, "completion_tokens": a.CompletionTokens, "total_tokens": a.PromptTokens + a.CompletionTokens}}
}

func (s *Server) models(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch s.Format {
	case "ollama":
		io.WriteString(w, `{"models": [{"name": "llama3.1:latest"}]}`)
	case "googleai":
		io.WriteString(w, `{"models": [{"name": "models/gemini-1.5-flash"}]}`)
	default:
		io.WriteString(w, `{"object": "list", "data": [{"id": "gpt-4o-mini", "object": "model"}, {"id": "claude-3-5-haiku-latest", "object": "model"}]}`)
	}
}
