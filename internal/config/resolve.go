package config

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cast"

	"github.com/bulletproof-cli/bulletproof/internal/llm"
)

// defaultKeyEnv is the key variable of a bare provider type.
var defaultKeyEnv = map[string]string{"openai": "OPENAI_API_KEY", "azure": "AZURE_OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY",
	"googleai": "GEMINI_API_KEY", "mistral": "MISTRAL_API_KEY"}

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
}

// Resolve turns "name[:model]" — an entry, or a bare type — into the
// settings a request uses. The model written in the id wins over the
// model key (so an eval suite's openai:gpt-4o and openai:gpt-4o-mini really
// differ), which wins over the entry's; base_url and the request limits
// come from the top-level keys.
func (c *Config) Resolve(id string) (Resolved, error) {
	name, model, _ := strings.Cut(id, ":")
	p, ok := c.Providers[name]
	if !ok {
		for _, t := range llm.Types {
			if t == name {
				p, ok = Provider{Name: name, Type: name, APIKeyEnv: defaultKeyEnv[name], Temperature: 0.2, MaxTokens: 512, JSONMode: "auto"}, true
			}
		}
	}
	if !ok {
		return Resolved{}, usage("unknown provider %q: configured providers are %s (see `bulletproof providers`)", name, strings.Join(c.ProviderNames(), ", "))
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
	if p.BaseURL == "" {
		p.BaseURL = llm.DefaultURL(p.Type)
	}
	return Resolved{Provider: p, Timeout: c.Timeout, MaxRetries: c.MaxRetries}, nil
}

// Apply sets the overrides an eval suite gives a provider.
func (r *Resolved) Apply(over map[string]any) error {
	for k, v := range over {
		var err error
		switch k {
		case "base_url":
			r.BaseURL, err = cast.ToStringE(v)
		case "model":
			r.Model, err = cast.ToStringE(v)
		case "api_key_env":
			r.APIKeyEnv, err = cast.ToStringE(v)
			if err == nil && !envNameRe.MatchString(r.APIKeyEnv) {
				err = fmt.Errorf("must name an environment variable")
			}
		case "json_mode":
			r.JSONMode, err = cast.ToStringE(v)
		case "temperature":
			r.Temperature, err = cast.ToFloat64E(v)
		case "max_tokens":
			r.MaxTokens, err = cast.ToIntE(v)
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
		default:
			return fmt.Errorf("config.%s: unknown setting (base_url, model, api_key_env, json_mode, temperature, max_tokens, max_retries, timeout, rpm, tpm)", k)
		}
		if err == nil && (r.RPM < 0 || r.TPM < 0) {
			err = fmt.Errorf("must not be negative")
		}
		if err != nil {
			return fmt.Errorf("config.%s: %v", k, err)
		}
	}
	return nil
}

// Cost is the estimated cost in US dollars of a number of tokens.
func (p Price) Cost(promptTokens, completionTokens int) float64 {
	return (float64(promptTokens)*p.Input + float64(completionTokens)*p.Output) / 1e6
}
