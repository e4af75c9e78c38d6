package config

import (
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/llm"
)

// A key goes only to an endpoint the user chose: one their config, flags
// or environment name (any entry's base_url, the top-level base_url,
// $OPENAI_BASE_URL, eval.trusted_endpoints) or a provider's built-in
// default. A shared eval suite that points a keyed provider elsewhere
// (base_url, promptfoo's apiBaseUrl) is stopped, unless the user trusts
// the suite; a local endpoint it names gets no key at all.

// SuiteKeyError is a suite endpoint that would receive a key (exit 2).
type SuiteKeyError struct{ URL, KeyEnv string }

// Is marks the error as the user's to fix.
func (e *SuiteKeyError) Is(target error) bool { return target == usage.Err }

func (e *SuiteKeyError) Error() string {
	return fmt.Sprintf("the suite would send $%s to %s, an endpoint your configuration does not name: add it to eval.trusted_endpoints in your config, or pass --trust-suite if you trust this suite", e.KeyEnv, e.URL)
}

// TrustedEndpoint reports whether u is an endpoint the user's own
// configuration, flags or environment name, or a built-in default.
func (c *Config) TrustedEndpoint(u string) bool {
	o := origin(u)
	if o == "" {
		return false
	}
	for _, t := range c.trustedEndpoints() {
		if origin(t) == o {
			return true
		}
	}
	return false
}

// trustedEndpoints: the hosted services' default endpoints, and what the
// user named. A local endpoint that is only a built-in default (Ollama's,
// llama.cpp's) is not among them: a key has no business there.
func (c *Config) trustedEndpoints() []string {
	var out []string
	for _, t := range llm.Types {
		if u := llm.DefaultURL(t); !loopback(u) {
			out = append(out, u)
		}
	}
	for _, p := range presets {
		if p.keyEnv != "" {
			out = append(out, p.baseURL)
		}
	}
	for name, p := range c.Providers {
		if !loopback(p.BaseURL) || c.v.InConfig("providers."+name+".base_url") {
			out = append(out, p.BaseURL)
		}
	}
	out = append(out, c.BaseURL, c.getenv("OPENAI_BASE_URL"), c.getenv("OPENAI_API_BASE_URL"))
	return append(out, c.Eval.TrustedEndpoints...)
}

// GuardSuiteEndpoint applies the rule to a provider a suite configured:
// nothing to do when the suite chose neither endpoint nor key variable,
// or no key would be sent, or the endpoint is trusted (or trust is given);
// a loopback endpoint is sent no key (the notice says so); anything else
// is a SuiteKeyError.
func (c *Config) GuardSuiteEndpoint(r *Resolved, trust bool) (notice string, err error) {
	if !r.FromSuite || r.APIKeyEnv == "" || strings.TrimSpace(c.getenv(r.APIKeyEnv)) == "" || trust || c.TrustedEndpoint(r.BaseURL) {
		return "", nil
	}
	if loopback(r.BaseURL) {
		env := r.APIKeyEnv
		r.APIKeyEnv = ""
		return fmt.Sprintf("%s is a local endpoint the suite chose: sending it no API key ($%s stays here; add it to eval.trusted_endpoints to send one)", RedactURL(r.BaseURL), env), nil
	}
	return "", &SuiteKeyError{URL: RedactURL(r.BaseURL), KeyEnv: r.APIKeyEnv}
}

// origin is scheme://host:port, lowercased, with the default port spelt.
func origin(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	port := u.Port()
	if port == "" {
		port = map[string]string{"http": "80", "https": "443"}[strings.ToLower(u.Scheme)]
	}
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Hostname()) + ":" + port
}

func loopback(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	h := u.Hostname()
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// secretParams are query parameters that carry keys.
var secretParams = map[string]bool{"key": true, "api_key": true, "api-key": true, "apikey": true, "token": true, "access_token": true,
	"sig": true, "signature": true, "password": true, "secret": true, "code": true}

// RedactURL masks what in a URL could be a key: the user and password
// (http://user:sk-…@host) and key-like query parameters (?key=…). Text
// that is not a URL is returned as it is.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	changed := false
	if u.User != nil {
		u.User = url.User("****")
		changed = true
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if secretParams[strings.ToLower(k)] {
				q.Set(k, "****")
				changed = true
			}
		}
		u.RawQuery = q.Encode()
	}
	if !changed {
		return raw
	}
	return strings.ReplaceAll(u.String(), "%2A%2A%2A%2A", "****")
}
