// Package llm talks to language models: one Provider interface with a
// go-openai backend (OpenAI and every OpenAI-compatible server: Ollama's /v1,
// vLLM, llama.cpp, LM Studio, OpenRouter, Groq; Azure OpenAI), Gemini's
// REST API, and langchaingo backends (Anthropic, Ollama's native API,
// Bedrock, Mistral). Retries, backoff, Retry-After, per-request timeouts and error
// reporting live in one HTTP transport that every backend shares.
//
// API keys come only from the environment variable a provider entry names.
// They never appear in errors, logs or anything this package returns.
package llm

import (
	"context"
	"net/http"
	"time"
)

// TextParts is the text of each part of a message's content as the chat
// APIs write it in JSON, a list of parts ({"type": "text", "text": …}):
// parts without text (an image) are left out.
func TextParts(parts []any) []string {
	var out []string
	for _, p := range parts {
		if m, ok := p.(map[string]any); ok {
			if t, ok := m["text"].(string); ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// Message is one chat message; Role is system, user or assistant.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is one completion.
type Request struct {
	Messages    []Message
	Model       string // "" uses the provider's model
	Temperature float64
	MaxTokens   int
	JSON        bool // ask for a JSON object where the server allows it
}

// Usage counts tokens.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// Price is what a model costs, in US dollars per million tokens.
type Price struct{ Input, Output float64 }

// Cost is the estimated cost in US dollars of a number of tokens.
func (p Price) Cost(promptTokens, completionTokens int) float64 {
	return (float64(promptTokens)*p.Input + float64(completionTokens)*p.Output) / 1e6
}

// Response is a completion.
type Response struct {
	Text         string
	Usage        Usage
	Model        string
	FinishReason string // "stop", "length", ...
	// Batch: answered through a batch API, billed at half price
	Batch bool `json:",omitempty"`
}

// Provider completes chat requests.
type Provider interface {
	// Name is the provider entry's name ("openai", "my-vllm").
	Name() string
	// Model is the model requests use by default.
	Model() string
	// Endpoint is the base URL requests go to (no key in it).
	Endpoint() string
	Complete(ctx context.Context, req Request) (Response, error)
	// Models lists the server's models: a cheap check that the endpoint
	// answers and the key works.
	Models(ctx context.Context) ([]string, error)
}

// Config is one provider entry, resolved.
type Config struct {
	Name        string
	Type        string // openai, azure, anthropic, googleai, ollama, bedrock, mistral
	BaseURL     string
	APIKeyEnv   string
	Model       string
	Temperature float64
	MaxTokens   int
	JSONMode    string // auto, on, off
	APIVersion  string // azure
	Region      string // bedrock
	Timeout     time.Duration
	MaxRetries  int
	// Getenv reads environment variables; nil uses os.Getenv.
	Getenv func(string) string
	// Completion sends requests to the legacy completions API (/completions,
	// one prompt string) instead of chat: gpt-3.5-turbo-instruct and
	// base models, as promptfoo's openai:completion:MODEL does.
	Completion bool
	// Concurrency is how many requests the caller may have in flight at
	// once: the pool keeps that many idle connections to the host, so a
	// busy run reuses them instead of opening (and TLS-handshaking) new
	// ones. It is also the ceiling of the window of requests in flight,
	// halved on a 429 and regrown on success. 0 means a few, no window.
	Concurrency int
	// RPM and TPM are the provider's requests and tokens per minute
	// (0: no limit); requests are paced to stay under them.
	RPM, TPM int
	// Transport is the HTTP transport under the retrying one; nil uses a
	// pooled copy of http.DefaultTransport. Tests point it at fakes.
	Transport http.RoundTripper
	// Log, when set, receives one line per HTTP attempt (--verbose).
	Log func(format string, args ...any)
	// Sleep waits between retries; nil uses a timer. Tests record it.
	Sleep func(ctx context.Context, d time.Duration) error
}
