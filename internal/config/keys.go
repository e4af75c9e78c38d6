// Package config loads bulletproof's configuration with viper. Precedence:
// flags > BULLETPROOF_* environment > config file (--config, else
// ./bulletproof.yaml, else $XDG_CONFIG_HOME/bulletproof/config.yaml) >
// defaults. Every key the code reads is declared in Keys, and
// config.example.yaml documents exactly these keys (a test holds the two
// together).
package config

import (
	"fmt"

	"github.com/spf13/pflag"

	"github.com/bulletproof-cli/bulletproof/internal/lint"
	"github.com/bulletproof-cli/bulletproof/llm"
)

// Key is one configuration key.
type Key struct {
	Name    string // dotted; "*" stands for any name in a map
	Default any
	Doc     string // one line, as config.example.yaml says it
	Flag    string // the command-line flag that sets it, if any
}

// Keys is every key bulletproof reads.
var Keys = []Key{
	{Name: "provider", Default: "offline", Doc: "which entry under providers rewrites text; offline needs no model and sends nothing", Flag: "provider"},
	{Name: "model", Default: "", Doc: "model name, overriding the provider entry's model", Flag: "model"},
	{Name: "base_url", Default: "", Doc: "endpoint, overriding the provider entry's base_url", Flag: "base-url"},
	{Name: "timeout", Default: "60s", Doc: "time limit for one model request (Go duration: 90s, 5m)", Flag: "timeout"},
	{Name: "max_retries", Default: 3, Doc: "retries after 429, 5xx and dropped connections; 0 turns retries off", Flag: "max-retries"},

	{Name: "rewrite.max_attempts", Default: 3, Doc: "candidates per item before the original is kept"},
	{Name: "rewrite.concurrency", Default: 4, Doc: "items rewritten at once", Flag: "concurrency"},

	{Name: "guard.scope", Default: "item", Doc: "what a rewrite may draw facts from: item (the item, its context and your facts) or resume (the whole resume)"},
	{Name: "guard.ownership", Default: "warn", Doc: "ownership inflation (helped -> led): off, warn or reject"},
	{Name: "guard.lexicon_extra", Default: "", Doc: "a file of extra technologies in the lexicon line format"},
	{Name: "guard.facts", Default: []string{}, Doc: "files of facts you vouch for; a rewrite may state what they say", Flag: "facts"},

	{Name: "prompts.dir", Default: "", Doc: "a folder of your own prompt templates (*.yaml); a name already taken overrides the built-in"},

	{Name: "lint.disable", Default: []string{}, Doc: "lint rule ids to skip"},
	{Name: "lint.summary_min_lines", Default: lint.Defaults.SummaryMinLines, Doc: "fewest lines (sentences) a summary should have"},
	{Name: "lint.summary_max_lines", Default: lint.Defaults.SummaryMaxLines, Doc: "most lines (sentences) a summary should have"},
	{Name: "lint.bullets_min", Default: lint.Defaults.BulletsMin, Doc: "fewest bullets a role should have"},
	{Name: "lint.bullets_max", Default: lint.Defaults.BulletsMax, Doc: "most bullets a role should have"},
	{Name: "lint.long_bullet_words", Default: lint.Defaults.LongBulletWords, Doc: "words above which a bullet is too long"},
	{Name: "lint.repeated_verb", Default: lint.Defaults.RepeatedVerb, Doc: "how many bullets may open with one verb before it is flagged"},
	{Name: "lint.gpa_min", Default: lint.Defaults.GPAMin, Doc: "GPA below which listing it hurts"},

	{Name: "eval.cache_dir", Default: "", Doc: "eval cache folder; empty means $XDG_CACHE_HOME/bulletproof/eval"},
	{Name: "eval.trusted_endpoints", Default: []string{}, Doc: "endpoints an eval suite may point a provider at and still get your API key (besides those configured here)"},

	{Name: "providers.*.type", Default: "", Doc: "openai (and every OpenAI-compatible server), azure, anthropic, googleai, ollama, bedrock or mistral"},
	{Name: "providers.*.base_url", Default: "", Doc: "endpoint; for OpenAI-compatible servers the URL ending in /v1"},
	{Name: "providers.*.api_key_env", Default: "", Doc: "name of the environment variable holding the API key (never the key itself)"},
	{Name: "providers.*.model", Default: "", Doc: "model name"},
	{Name: "providers.*.temperature", Default: 0.2, Doc: "sampling temperature"},
	{Name: "providers.*.max_tokens", Default: llm.DefaultMaxTokens, Doc: "most tokens in one reply"},
	{Name: "providers.*.json_mode", Default: "auto", Doc: "ask for JSON replies: auto (fall back if refused), on or off"},
	{Name: "providers.*.api_version", Default: "", Doc: "Azure OpenAI API version"},
	{Name: "providers.*.region", Default: "", Doc: "AWS region, for bedrock"},
	{Name: "providers.*.rpm", Default: 0, Doc: "requests per minute the provider allows you; requests are paced under it (0: no limit)"},
	{Name: "providers.*.tpm", Default: 0, Doc: "tokens per minute the provider allows you, counting prompt and max_tokens as the APIs do (0: no limit)"},

	{Name: "prices", Default: []any{}, Doc: "US dollars per million tokens, per model: a list of {model, input, output}; turns token counts into an estimated cost"},
}

// lookupKey finds the declaration for a dotted key, matching "*" segments.
func lookupKey(name string) (Key, bool) {
	for _, k := range Keys {
		if matchKey(k.Name, name) {
			return k, true
		}
	}
	return Key{}, false
}

func matchKey(pattern, name string) bool {
	ps, ns := split(pattern), split(name)
	if len(ps) != len(ns) {
		return false
	}
	for i := range ps {
		if ps[i] != "*" && ps[i] != ns[i] {
			return false
		}
	}
	return true
}

func split(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// AddFlag defines on fs the flag that sets key (its Key.Flag), with the
// key's default, so that a flag's default is never written twice. It
// panics on a key without a flag: a programming error.
func AddFlag(fs *pflag.FlagSet, key, usage string) {
	k, ok := lookupKey(key)
	if !ok || k.Flag == "" {
		panic("config: no flag for " + key)
	}
	switch d := k.Default.(type) {
	case string:
		fs.String(k.Flag, d, usage)
	case int:
		fs.Int(k.Flag, d, usage)
	case []string:
		fs.StringArray(k.Flag, d, usage)
	default:
		panic(fmt.Sprintf("config: flag --%s: a %T default", k.Flag, d))
	}
}
