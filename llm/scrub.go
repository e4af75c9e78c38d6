package llm

import (
	"net/url"
	"strings"
)

// scrub removes the provider's secrets — its API key, and a user or
// password written into its base URL (http://u:sk-…@host) — from text a
// server sent back. A reply that echoes the key would otherwise carry it
// into caches, reports and the user's files.
func (b *base) scrub(s string) string {
	for _, sec := range b.secrets() {
		s = strings.ReplaceAll(s, sec, "****")
	}
	return s
}

func (b *base) secrets() []string {
	var out []string
	add := func(s string) {
		if len(s) >= 8 { // short strings are not keys, and would mangle text
			out = append(out, s)
		}
	}
	add(b.key)
	if u, err := url.Parse(b.cfg.BaseURL); err == nil && u.User != nil {
		add(u.User.Username())
		if p, ok := u.User.Password(); ok {
			add(p)
		}
	}
	return out
}
