package llm

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"
)

// base holds what every backend shares: its entry, its key and an HTTP
// client whose transport retries.
type base struct {
	cfg    Config
	key    string
	client *http.Client
}

func (b *base) Name() string     { return b.cfg.Name }
func (b *base) Model() string    { return b.cfg.Model }
func (b *base) Endpoint() string { return b.cfg.BaseURL }

// modelFor is the request's model, or the configured one.
func (b *base) modelFor(req Request) string {
	if req.Model != "" {
		return req.Model
	}
	return b.cfg.Model
}

// Types lists the provider types New knows.
var Types = []string{"openai", "azure", "anthropic", "googleai", "ollama", "bedrock", "mistral"}

// defaultURLs are the endpoints used when base_url is empty.
var defaultURLs = map[string]string{
	"openai":    "https://api.openai.com/v1",
	"anthropic": "https://api.anthropic.com/v1",
	"googleai":  "https://generativelanguage.googleapis.com",
	"ollama":    "http://localhost:11434",
	"mistral":   "https://api.mistral.ai",
}

// DefaultURL is the endpoint a provider type uses when base_url is empty.
func DefaultURL(typ string) string { return defaultURLs[typ] }

// DefaultMaxTokens is the reply limit when a Config gives none; the
// configuration's default (providers.*.max_tokens) is this one.
const DefaultMaxTokens = 512

// New builds the provider a configuration entry describes. A missing key is
// an error naming the variable to set.
func New(cfg Config) (Provider, error) {
	if cfg.Getenv == nil {
		cfg.Getenv = os.Getenv
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = defaultURLs[cfg.Type]
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.MaxTokens <= 0 {
		cfg.MaxTokens = DefaultMaxTokens
	}
	b := &base{cfg: cfg}
	if cfg.APIKeyEnv != "" {
		b.key = strings.TrimSpace(cfg.Getenv(cfg.APIKeyEnv))
		if b.key == "" && needsKey(cfg) {
			return nil, &Error{Provider: cfg.Name, Model: cfg.Model, Kind: KindMissingKey,
				Message: fmt.Sprintf("no API key: set $%s (export %s=...) or choose another --provider", cfg.APIKeyEnv, cfg.APIKeyEnv)}
		}
	}
	rt := cfg.Transport
	if rt == nil {
		rt = pooled(cfg.Concurrency)
	}
	tr := &transport{base: rt, maxRetries: cfg.MaxRetries, timeout: cfg.Timeout, key: b.key, log: cfg.Log, sleep: cfg.Sleep,
		limit: newLimiter(cfg.RPM, cfg.TPM, cfg.Concurrency)}
	if cfg.Type == "googleai" && b.key != "" {
		tr.header = http.Header{"X-Goog-Api-Key": {b.key}}
	}
	b.client = &http.Client{Transport: tr}
	switch cfg.Type {
	case "openai", "azure":
		return newOpenAI(b), nil
	case "googleai":
		return &gemini{base: b}, nil
	case "anthropic", "ollama", "bedrock", "mistral":
		return newLangchain(b)
	case "":
		return nil, fmt.Errorf("provider %q has no type: set providers.%s.type to one of %s", cfg.Name, cfg.Name, strings.Join(Types, ", "))
	}
	return nil, fmt.Errorf("provider %q: unknown type %q (known: %s)", cfg.Name, cfg.Type, strings.Join(Types, ", "))
}

// pooled is http.DefaultTransport keeping as many idle connections per
// host as requests run at once (its own default keeps two, so a run at -j
// 64 would open a new connection for most requests).
func pooled(concurrency int) http.RoundTripper {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = max(concurrency, 4)
	t.MaxIdleConns = max(t.MaxIdleConns, t.MaxIdleConnsPerHost)
	return t
}

// needsKey: hosted APIs need a key; a local server does not.
func needsKey(cfg Config) bool {
	switch cfg.Type {
	case "ollama", "bedrock":
		return false
	case "openai":
		return strings.Contains(cfg.BaseURL, "api.openai.com") || strings.Contains(cfg.BaseURL, "openrouter.ai") || strings.Contains(cfg.BaseURL, "groq.com")
	}
	return true
}

// A reply is untrusted input: what is read from a provider is bounded.
const (
	// MaxReplyBytes caps a completion's text: a rewrite is a few hundred
	// bytes, and a reply many times that is not one.
	MaxReplyBytes = 64 << 10
	// maxReplyBody caps a completion's HTTP body: the text JSON-escaped,
	// plus the envelope and any reasoning a server adds.
	maxReplyBody = 4 * MaxReplyBytes
	// maxListBody caps a model list (OpenRouter's runs to megabytes), an
	// embedding, or a batch's status.
	maxListBody = 16 << 20
	// maxBatchBody caps a batch's results file, which is read a line at a
	// time rather than held.
	maxBatchBody = 1 << 30
)

// call runs fn with a fresh callInfo, reading at most limit bytes of a
// successful response body, and turns its error into an *Error.
func (b *base) call(ctx context.Context, model string, limit int64, fn func(ctx context.Context) error) error {
	ctx, info := withInfo(ctx)
	info.limit = limit
	err := fn(ctx)
	if err == nil && info.tooLarge {
		// a backend that stops reading at the limit without saying so
		// (langchaingo's ollama client ignores its scanner's error)
		err = errTooLarge
	}
	if err != nil && ctx.Err() != nil {
		info.canceled = true
	}
	return b.classify(err, info, model)
}

// tooLong refuses a completion whose text is over MaxReplyBytes, for every
// backend (mistral-go reads bodies with its own client, so the body cap
// does not reach it).
func (b *base) tooLong(model, text string) error {
	if len(text) <= MaxReplyBytes {
		return nil
	}
	return &Error{Provider: b.cfg.Name, Model: model, Kind: KindBadReply,
		Message: fmt.Sprintf("the reply is %d KiB; a rewrite is never more than %d KiB", len(text)>>10, MaxReplyBytes>>10)}
}
