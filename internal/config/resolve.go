package config

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cast"

	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/llm"
)

// defaultKeyEnv is the key variable of a bare provider type.
var defaultKeyEnv = map[string]string{"openai": "OPENAI_API_KEY", "azure": "AZURE_OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY",
	"googleai": "GEMINI_API_KEY", "mistral": "MISTRAL_API_KEY"}

// preset is a provider promptfoo names by prefix (openrouter:MODEL) that is
// an OpenAI-compatible service at a known address, or another name for a
// type.
type preset struct{ typ, baseURL, keyEnv, entry string }

// presets are promptfoo's provider prefixes that are not entry names or
// types. Their endpoints are built-in defaults: a key goes to them.
var presets = map[string]preset{
	"openrouter":  {typ: "openai", baseURL: "https://openrouter.ai/api/v1", keyEnv: "OPENROUTER_API_KEY"},
	"groq":        {typ: "openai", baseURL: "https://api.groq.com/openai/v1", keyEnv: "GROQ_API_KEY"},
	"together":    {typ: "openai", baseURL: "https://api.together.xyz/v1", keyEnv: "TOGETHER_API_KEY"},
	"deepseek":    {typ: "openai", baseURL: "https://api.deepseek.com/v1", keyEnv: "DEEPSEEK_API_KEY"},
	"fireworks":   {typ: "openai", baseURL: "https://api.fireworks.ai/inference/v1", keyEnv: "FIREWORKS_API_KEY"},
	"perplexity":  {typ: "openai", baseURL: "https://api.perplexity.ai", keyEnv: "PERPLEXITY_API_KEY"},
	"xai":         {typ: "openai", baseURL: "https://api.x.ai/v1", keyEnv: "XAI_API_KEY"},
	"cerebras":    {typ: "openai", baseURL: "https://api.cerebras.ai/v1", keyEnv: "CEREBRAS_API_KEY"},
	"localai":     {typ: "openai", baseURL: "http://localhost:8080/v1"},
	"google":      {entry: "gemini"},
	"azureopenai": {typ: "azure", keyEnv: "AZURE_OPENAI_API_KEY"},
}

// apiModes are promptfoo's second id segment (openai:chat:gpt-4o-mini):
// which API of the provider. bulletproof speaks chat (and embeddings).
var apiModes = map[string]bool{"chat": true, "completion": true, "messages": true, "embedding": true, "embeddings": true, "responses": true}

// IsOffline reports whether a provider id names the offline engine.
func (c *Config) IsOffline(id string) bool {
	name, _, _ := strings.Cut(id, ":")
	p, ok := c.Providers[name]
	return name == "offline" || ok && p.Type == "offline"
}

// Resolved is a provider entry with every override applied.
type Resolved struct {
	Provider
	Timeout    time.Duration
	MaxRetries int
	// Embedding: the id asked for the embeddings API (openai:embedding:M).
	Embedding bool
	// Completion: the legacy completions API (openai:completion:M, or a
	// model only it serves, such as gpt-3.5-turbo-instruct).
	Completion bool
	// FromSuite: a suite chose the endpoint or the key variable.
	FromSuite bool
	// Ignored lists suite settings bulletproof does not send.
	Ignored []string
}

// Resolve turns a provider id into the settings a request uses. An id is
// "name[:model]" — an entry of the config, a type, or one of promptfoo's
// prefixes — and promptfoo's "name:api:model" (openai:chat:gpt-4o-mini) is
// read as name and model. The model written in the id wins over the model
// key (so openai:gpt-4o and openai:gpt-4o-mini really differ), which wins
// over the entry's; base_url and the request limits come from the
// top-level keys; an openai endpoint not configured anywhere comes from
// $OPENAI_BASE_URL or $OPENAI_API_BASE_URL, as the OpenAI SDKs read it.
func (c *Config) Resolve(id string) (Resolved, error) {
	name, model, _ := strings.Cut(id, ":")
	mode := ""
	if m, rest, ok := strings.Cut(model, ":"); ok && apiModes[m] {
		mode, model = m, rest
	} else if apiModes[model] {
		mode, model = model, ""
	}
	p, ok := c.Providers[name]
	if !ok {
		if pr, isPreset := presets[name]; isPreset {
			if pr.entry != "" {
				p, ok = c.Providers[pr.entry]
			} else {
				p, ok = newProvider(name, pr.typ, pr.baseURL, pr.keyEnv), true
			}
		}
	}
	if !ok {
		for _, t := range llm.Types {
			if t == name {
				p, ok = newProvider(name, name, "", defaultKeyEnv[name]), true
			}
		}
	}
	if !ok {
		if name == "vertex" {
			return Resolved{}, usage.Errorf("vertex: Vertex AI is not supported; use google:MODEL with $GEMINI_API_KEY, or an OpenAI-compatible endpoint")
		}
		return Resolved{}, usage.Errorf("unknown provider %q: configured providers are %s (see `bulletproof providers`)", name, strings.Join(c.ProviderNames(), ", "))
	}
	if mode == "completion" && p.Type != "openai" && p.Type != "azure" {
		return Resolved{}, usage.Errorf("%s: the completions API is OpenAI's; use %s:%s", id, name, model)
	}
	switch {
	case model != "":
		p.Model = model
	case c.Model != "":
		p.Model = c.Model
	}
	if c.BaseURL != "" {
		p.BaseURL = c.BaseURL
	}
	if p.BaseURL == "" && p.Type == "openai" {
		p.BaseURL = c.firstEnv("OPENAI_BASE_URL", "OPENAI_API_BASE_URL")
	}
	if p.BaseURL == "" {
		p.BaseURL = llm.DefaultURL(p.Type)
	}
	completion := mode == "completion" || mode == "" && (p.Type == "openai" || p.Type == "azure") && completionModel(p.Model)
	return Resolved{Provider: p, Timeout: c.Timeout, MaxRetries: c.MaxRetries, Embedding: mode == "embedding" || mode == "embeddings", Completion: completion}, nil
}

// completionModel: OpenAI models served only by the legacy completions
// API, which promptfoo sends there for openai:MODEL.
func completionModel(m string) bool {
	switch m {
	case "gpt-3.5-turbo-instruct", "gpt-3.5-turbo-instruct-0914", "davinci-002", "babbage-002":
		return true
	}
	return strings.HasPrefix(m, "text-davinci-") || strings.HasPrefix(m, "text-curie-") || strings.HasPrefix(m, "text-babbage-") || strings.HasPrefix(m, "text-ada-")
}

// newProvider is an entry no configuration names (a type, a promptfoo
// prefix), with the registry's defaults.
func newProvider(name, typ, baseURL, keyEnv string) Provider {
	p := providerDefaults()
	p.Name, p.Type, p.BaseURL, p.APIKeyEnv = name, typ, baseURL, keyEnv
	return p
}

func (c *Config) firstEnv(names ...string) string {
	for _, n := range names {
		if v := strings.TrimSpace(c.getenv(n)); v != "" {
			return v
		}
	}
	return ""
}

// Apply sets the overrides an eval suite gives a provider: bulletproof's
// keys and promptfoo's (apiBaseUrl, apiHost, apiKeyEnvar, max_tokens…).
// Sampling settings bulletproof does not send are listed in Ignored.
func (r *Resolved) Apply(over map[string]any) error {
	suiteKey := false
	for k, v := range over {
		var err error
		switch k {
		case "base_url", "apiBaseUrl", "baseUrl", "baseURL", "api_base_url":
			var u string
			if u, err = cast.ToStringE(v); err == nil && u != r.BaseURL {
				r.BaseURL, r.FromSuite = u, true
			}
		case "apiHost", "api_host":
			var h string
			if h, err = cast.ToStringE(v); err == nil {
				u := strings.TrimRight(h, "/")
				if !strings.Contains(u, "://") {
					u = "https://" + u
				}
				if r.Type != "azure" && !strings.HasSuffix(u, "/v1") {
					u += "/v1"
				}
				if u != r.BaseURL {
					r.BaseURL, r.FromSuite = u, true
				}
			}
		case "model":
			r.Model, err = cast.ToStringE(v)
		case "api_key_env", "apiKeyEnvar", "apiKeyEnv":
			var e string
			e, err = cast.ToStringE(v)
			if err == nil && !envNameRe().MatchString(e) {
				err = fmt.Errorf("must name an environment variable")
			}
			if err == nil && e != r.APIKeyEnv {
				r.APIKeyEnv, r.FromSuite = e, true
			}
		case "apiKey", "api_key":
			suiteKey = true
		case "json_mode":
			r.JSONMode, err = cast.ToStringE(v)
		case "temperature":
			r.Temperature, err = cast.ToFloat64E(v)
			r.TemperatureSet = true
		case "max_tokens", "maxTokens", "max_completion_tokens":
			r.MaxTokens, err = cast.ToIntE(v)
			r.MaxTokensSet = true
		case "rpm":
			r.RPM, err = cast.ToIntE(v)
		case "tpm":
			r.TPM, err = cast.ToIntE(v)
		case "max_retries":
			r.MaxRetries, err = cast.ToIntE(v)
		case "timeout":
			var s string
			if s, err = cast.ToStringE(v); err == nil {
				r.Timeout, err = time.ParseDuration(s)
			}
		case "apiVersion", "api_version":
			r.APIVersion, err = cast.ToStringE(v)
		case "region":
			r.Region, err = cast.ToStringE(v)
		case "top_p", "topP", "top_k", "topK", "presence_penalty", "frequency_penalty", "seed", "stop", "response_format",
			"tools", "tool_choice", "functions", "reasoning_effort", "headers", "passthrough", "showThinking", "cost", "organization":
			r.Ignored = append(r.Ignored, k)
		default:
			return fmt.Errorf("config.%s: unknown setting (apiBaseUrl, apiHost, apiKeyEnvar, model, temperature, max_tokens, json_mode, max_retries, timeout, rpm, tpm)", k)
		}
		if err == nil && (r.RPM < 0 || r.TPM < 0) {
			err = fmt.Errorf("must not be negative")
		}
		if err != nil {
			return fmt.Errorf("config.%s: %w", k, err)
		}
	}
	if suiteKey {
		// a placeholder for a local server ("lm-studio") is dropped; a
		// real key has no place in a suite
		if !loopback(r.BaseURL) {
			return fmt.Errorf("config.apiKey: a suite may not hold an API key; export it and name the variable with apiKeyEnvar")
		}
		r.Ignored = append(r.Ignored, "apiKey")
	}
	return nil
}
