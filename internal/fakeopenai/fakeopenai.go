// Package fakeopenai is an OpenAI-compatible server whose answers come from
// a table of rules, for side-by-side runs of bulletproof and promptfoo on
// the same suite: both send the same requests to the same server and get
// the same replies, so their verdicts can be compared cell by cell. It
// speaks the real wire format (POST /v1/chat/completions, /v1/completions, /v1/embeddings,
// GET /v1/models). scripts/pfcompat runs it as a program; tests run it in
// process.
package fakeopenai

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"net/http"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Rule answers a request whose messages contain When (all of its lines,
// when it has several) with Reply.
type Rule struct {
	When  string `yaml:"when" json:"when"`
	Reply string `yaml:"reply" json:"reply"`
}

// Rules are tried in order; a request no rule matches is answered with
// its last message, as given.
type Rules []Rule

// Load reads rules from YAML.
func Load(b []byte) (Rules, error) {
	var r Rules
	if err := yaml.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return r, nil
}

// Answer is the reply for a conversation.
func (rs Rules) Answer(msgs []string) string {
	all := strings.Join(msgs, "\n")
	for _, r := range rs {
		ok := true
		for _, part := range strings.Split(r.When, "\n") {
			if part != "" && !strings.Contains(all, part) {
				ok = false
				break
			}
		}
		if ok {
			return r.Reply
		}
	}
	if len(msgs) == 0 {
		return ""
	}
	return msgs[len(msgs)-1]
}

// Embed is a deterministic embedding: the text's lowercased words hashed
// into 64 dimensions, normalised. Texts sharing words are close.
func Embed(text string) []float64 {
	v := make([]float64, 64)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		h := fnv.New32a()
		h.Write([]byte(w))
		v[h.Sum32()%64]++
	}
	var n float64
	for _, x := range v {
		n += x * x
	}
	if n > 0 {
		n = math.Sqrt(n)
		for i := range v {
			v[i] = math.Round(v[i]/n*1e6) / 1e6
		}
	}
	return v
}

// Server is the handler.
type Server struct {
	Rules Rules
	mu    sync.Mutex
	calls int
}

// Calls is how many completions were served.
func (s *Server) Calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimSuffix(r.URL.Path, "/")
	switch {
	case r.Method == http.MethodGet && strings.HasSuffix(path, "/models"):
		writeJSON(w, map[string]any{"object": "list", "data": []any{map[string]any{"id": "fake-model", "object": "model"}}})
	case r.Method == http.MethodPost && strings.HasSuffix(path, "/chat/completions"):
		s.chat(w, r)
	case r.Method == http.MethodPost && strings.HasSuffix(path, "/completions"):
		s.completion(w, r)
	case r.Method == http.MethodPost && strings.HasSuffix(path, "/embeddings"):
		s.embeddings(w, r)
	default:
		http.Error(w, `{"error": {"message": "not found"}}`, http.StatusNotFound)
	}
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Model    string `json:"model"`
		Messages []struct {
			Role    string          `json:"role"`
			Content json.RawMessage `json:"content"`
		} `json:"messages"`
	}
	body, _ := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	if err := json.Unmarshal(body, &req); err != nil || len(req.Messages) == 0 {
		w.WriteHeader(http.StatusBadRequest)
		writeJSON(w, map[string]any{"error": map[string]any{"message": "messages: expected a non-empty array"}})
		return
	}
	var texts []string
	words := 0
	for _, m := range req.Messages {
		t := content(m.Content)
		texts = append(texts, t)
		words += len(strings.Fields(t))
	}
	reply := s.Rules.Answer(texts)
	s.mu.Lock()
	s.calls++
	s.mu.Unlock()
	writeJSON(w, map[string]any{
		"id": "chatcmpl-fake", "object": "chat.completion", "created": 1700000000, "model": req.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": reply}}},
		"usage":   map[string]any{"prompt_tokens": words, "completion_tokens": len(strings.Fields(reply)), "total_tokens": words + len(strings.Fields(reply))},
	})
}

// completion answers the legacy completions API: the rules see the prompt,
// and the reply comes back with a leading space, as completion models
// write after a prompt that ends a line.
func (s *Server) completion(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Model  string `json:"model"`
		Prompt string `json:"prompt"`
	}
	body, _ := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	if err := json.Unmarshal(body, &req); err != nil || req.Prompt == "" {
		w.WriteHeader(http.StatusBadRequest)
		writeJSON(w, map[string]any{"error": map[string]any{"message": "prompt: expected a string"}})
		return
	}
	reply := " " + s.Rules.Answer([]string{req.Prompt})
	s.mu.Lock()
	s.calls++
	s.mu.Unlock()
	words := len(strings.Fields(req.Prompt))
	writeJSON(w, map[string]any{
		"id": "cmpl-fake", "object": "text_completion", "created": 1700000000, "model": req.Model,
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop", "text": reply}},
		"usage":   map[string]any{"prompt_tokens": words, "completion_tokens": len(strings.Fields(reply)), "total_tokens": words + len(strings.Fields(reply))},
	})
}

func content(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var parts []struct {
		Text string `json:"text"`
	}
	if json.Unmarshal(raw, &parts) == nil {
		var out []string
		for _, p := range parts {
			out = append(out, p.Text)
		}
		return strings.Join(out, "\n")
	}
	return string(raw)
}

func (s *Server) embeddings(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Model string          `json:"model"`
		Input json.RawMessage `json:"input"`
	}
	body, _ := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	if err := json.Unmarshal(body, &req); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		writeJSON(w, map[string]any{"error": map[string]any{"message": err.Error()}})
		return
	}
	var inputs []string
	var one string
	if json.Unmarshal(req.Input, &one) == nil {
		inputs = []string{one}
	} else if err := json.Unmarshal(req.Input, &inputs); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		writeJSON(w, map[string]any{"error": map[string]any{"message": "input: a string or an array of strings"}})
		return
	}
	var data []any
	words := 0
	for i, in := range inputs {
		data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": Embed(in)})
		words += len(strings.Fields(in))
	}
	writeJSON(w, map[string]any{"object": "list", "model": req.Model, "data": data, "usage": map[string]any{"prompt_tokens": words, "total_tokens": words}})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		fmt.Fprintln(w, `{"error": {"message": "encode"}}`)
	}
}
