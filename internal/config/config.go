package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"

	"github.com/spf13/cast"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/bulletproof-cli/bulletproof/internal/usage"
)

// Config is the effective configuration.
type Config struct {
	Provider   string
	Model      string
	BaseURL    string
	Timeout    time.Duration
	MaxRetries int

	Rewrite struct {
		MaxAttempts int
		Concurrency int
	}
	Guard struct {
		Scope        string
		Ownership    string
		LexiconExtra string
		Facts        []string
	}
	PromptsDir string
	Lint       Lint
	EvalCache  string
	// TrustedEndpoints are endpoints a suite may send keys to besides
	// those the config names (eval.trusted_endpoints).
	TrustedEndpoints []string

	Providers map[string]Provider
	Prices    map[string]Price

	// File is the config file read, "" if none.
	File string

	v     *viper.Viper
	flags *pflag.FlagSet
}

// Lint holds the lint rules' settings.
type Lint struct {
	Disable                          []string
	SummaryMinLines, SummaryMaxLines int
	BulletsMin, BulletsMax           int
	LongBulletWords                  int
	RepeatedVerb                     int
	GPAMin                           float64
}

// Provider is one entry under providers.
type Provider struct {
	Name        string
	Type        string
	BaseURL     string
	APIKeyEnv   string
	Model       string
	Temperature float64
	MaxTokens   int
	JSONMode    string
	APIVersion  string
	Region      string
	RPM, TPM    int // requests and tokens per minute; 0: no limit
	// TemperatureSet and MaxTokensSet: the user (or a suite) gave them,
	// rather than the defaults.
	TemperatureSet, MaxTokensSet bool
}

// Price is US dollars per million tokens.
type Price struct{ Input, Output float64 }

// Options locate the configuration.
type Options struct {
	File  string         // --config; must exist when set
	Flags *pflag.FlagSet // flags bound to keys by Key.Flag; may be nil
	Dir   string         // where ./bulletproof.yaml is looked for; "" = working directory
}

// UserPath is where `config init` writes and the last place a config file
// is looked for: $XDG_CONFIG_HOME/bulletproof/config.yaml.
func UserPath() (string, error) {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find the config folder: set XDG_CONFIG_HOME or HOME: %w", err)
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "bulletproof", "config.yaml"), nil
}

// Path returns the config file that Load would read, "" if none exists.
func Path(opts Options) (string, error) {
	if opts.File != "" {
		if _, err := os.Stat(opts.File); err != nil {
			return "", usage.Errorf("config file %s: %w", opts.File, errors.Unwrap(err))
		}
		return opts.File, nil
	}
	local := filepath.Join(opts.Dir, "bulletproof.yaml")
	if _, err := os.Stat(local); err == nil {
		return local, nil
	}
	user, err := UserPath()
	if err != nil {
		return "", nil
	}
	if _, err := os.Stat(user); err == nil {
		return user, nil
	}
	return "", nil
}

// Load reads the configuration with viper's precedence.
func Load(opts Options) (*Config, error) {
	v := viper.New()
	v.SetEnvPrefix("BULLETPROOF")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	for _, k := range Keys {
		if !strings.Contains(k.Name, "*") {
			v.SetDefault(k.Name, k.Default)
			_ = v.BindEnv(k.Name)
		}
	}
	for name, p := range builtinProviders {
		for key, val := range p {
			v.SetDefault("providers."+name+"."+key, val)
		}
	}
	if opts.Flags != nil {
		for _, k := range Keys {
			if k.Flag == "" {
				continue
			}
			if f := opts.Flags.Lookup(k.Flag); f != nil {
				if err := v.BindPFlag(k.Name, f); err != nil {
					return nil, err
				}
			}
		}
	}
	path, err := Path(opts)
	if err != nil {
		return nil, err
	}
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return nil, usage.Errorf("config file %s: %w", path, err)
		}
		if err := checkFileKeys(v, path); err != nil {
			return nil, err
		}
	}
	c := &Config{File: path, v: v, flags: opts.Flags}
	if err := c.fill(); err != nil {
		return nil, err
	}
	return c, nil
}

// checkFileKeys rejects keys the code does not know, and API keys written
// into the file.
func checkFileKeys(v *viper.Viper, path string) error {
	for _, k := range v.AllKeys() {
		if !v.InConfig(k) {
			continue
		}
		last := k[strings.LastIndex(k, ".")+1:]
		if last == "api_key" || last == "apikey" || last == "token" || last == "secret" {
			return usage.Errorf("%s: %s: API keys are read only from environment variables; set api_key_env to the variable's name and export the key there", path, k)
		}
		if _, ok := lookupKey(k); !ok {
			msg := fmt.Sprintf("%s: unknown key %q", path, k)
			if s := closestKey(k); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return usage.Errorf("%s; see config.example.yaml", msg)
		}
	}
	return nil
}

func closestKey(k string) string {
	best, bestD := "", 4
	for _, key := range Keys {
		if d := levenshtein.ComputeDistance(k, key.Name); d < bestD {
			best, bestD = key.Name, d
		}
	}
	return best
}

// num reads an int or float setting strictly: "abc" in
// BULLETPROOF_MAX_RETRIES is an error naming where it came from, not 0.
func (c *Config) num(key string, float bool) (float64, error) {
	raw := c.v.Get(key)
	var f float64
	var err error
	if float {
		f, err = cast.ToFloat64E(raw)
	} else {
		var n int
		n, err = cast.ToIntE(raw)
		f = float64(n)
	}
	if err != nil {
		return 0, usage.Errorf("%s = %q (from %s): give a number", key, fmt.Sprint(raw), c.Source(key))
	}
	return f, nil
}

func (c *Config) ints(keys map[string]*int) error {
	for k, dst := range keys {
		f, err := c.num(k, false)
		if err != nil {
			return err
		}
		*dst = int(f)
	}
	return nil
}

func (c *Config) fill() error {
	v := c.v
	c.Provider = v.GetString("provider")
	c.Model = v.GetString("model")
	c.BaseURL = v.GetString("base_url")
	d, err := time.ParseDuration(v.GetString("timeout"))
	if err != nil || d <= 0 {
		return usage.Errorf("timeout %q: give a duration such as 60s or 5m", v.GetString("timeout"))
	}
	c.Timeout = d
	if err := c.ints(map[string]*int{"max_retries": &c.MaxRetries, "rewrite.max_attempts": &c.Rewrite.MaxAttempts,
		"rewrite.concurrency": &c.Rewrite.Concurrency, "lint.summary_min_lines": &c.Lint.SummaryMinLines,
		"lint.summary_max_lines": &c.Lint.SummaryMaxLines, "lint.bullets_min": &c.Lint.BulletsMin, "lint.bullets_max": &c.Lint.BulletsMax,
		"lint.long_bullet_words": &c.Lint.LongBulletWords, "lint.repeated_verb": &c.Lint.RepeatedVerb}); err != nil {
		return err
	}
	gpa, err := c.num("lint.gpa_min", true)
	if err != nil {
		return err
	}
	c.Lint.GPAMin = gpa
	if c.MaxRetries < 0 {
		return usage.Errorf("max_retries %d: give 0 or more", c.MaxRetries)
	}
	if c.Rewrite.MaxAttempts < 1 || c.Rewrite.Concurrency < 1 {
		return usage.Errorf("rewrite.max_attempts and rewrite.concurrency must be at least 1")
	}
	c.Guard.Scope = v.GetString("guard.scope")
	if c.Guard.Scope != "item" && c.Guard.Scope != "resume" {
		return usage.Errorf("guard.scope %q: want item or resume", c.Guard.Scope)
	}
	c.Guard.Ownership = v.GetString("guard.ownership")
	switch c.Guard.Ownership {
	case "off", "warn", "reject":
	default:
		return usage.Errorf("guard.ownership %q: want off, warn or reject", c.Guard.Ownership)
	}
	c.Guard.LexiconExtra = c.path("guard.lexicon_extra", v.GetString("guard.lexicon_extra"))
	for _, f := range v.GetStringSlice("guard.facts") {
		c.Guard.Facts = append(c.Guard.Facts, c.path("guard.facts", f))
	}
	c.PromptsDir = c.path("prompts.dir", v.GetString("prompts.dir"))
	c.Lint.Disable = v.GetStringSlice("lint.disable")
	c.EvalCache = c.path("eval.cache_dir", v.GetString("eval.cache_dir"))
	c.TrustedEndpoints = v.GetStringSlice("eval.trusted_endpoints")
	for _, e := range c.TrustedEndpoints {
		if origin(e) == "" {
			return usage.Errorf("eval.trusted_endpoints: %q is not a URL such as https://llm.example.com/v1", RedactURL(e))
		}
	}
	c.Providers = map[string]Provider{}
	names := map[string]bool{}
	for name := range builtinProviders {
		names[name] = true // viper leaves defaults out once a file has providers
	}
	for name := range v.GetStringMap("providers") {
		names[name] = true
	}
	for name := range names {
		p := Provider{
			Name: name, Type: v.GetString("providers." + name + ".type"), BaseURL: v.GetString("providers." + name + ".base_url"),
			APIKeyEnv: v.GetString("providers." + name + ".api_key_env"), Model: v.GetString("providers." + name + ".model"),
			JSONMode: v.GetString("providers." + name + ".json_mode"), APIVersion: v.GetString("providers." + name + ".api_version"),
			Region: v.GetString("providers." + name + ".region"),
		}
		tk, mk := "providers."+name+".temperature", "providers."+name+".max_tokens"
		p.Temperature, p.TemperatureSet = 0.2, v.InConfig(tk)
		if v.IsSet(tk) {
			p.Temperature = v.GetFloat64(tk)
		}
		p.MaxTokens, p.MaxTokensSet = 512, v.InConfig(mk)
		if v.IsSet(mk) {
			p.MaxTokens = v.GetInt(mk)
		}
		if p.JSONMode == "" {
			p.JSONMode = "auto"
		}
		if err := c.ints(map[string]*int{"providers." + name + ".rpm": &p.RPM, "providers." + name + ".tpm": &p.TPM}); err != nil {
			return err
		}
		if p.RPM < 0 || p.TPM < 0 {
			return usage.Errorf("providers.%s: rpm and tpm must not be negative", name)
		}
		if p.APIKeyEnv != "" && !envNameRe.MatchString(p.APIKeyEnv) {
			// never echo it: a value in this place is often the key itself
			return usage.Errorf("providers.%s.api_key_env must name an environment variable, such as OPENAI_API_KEY; if you pasted the key there, move it into the environment", name)
		}
		c.Providers[name] = p
	}
	return c.prices()
}

var envNameRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// prices reads the list of {model, input, output}; a list, because model
// names hold dots (gpt-4.1-mini) that a key path would split.
func (c *Config) prices() error {
	c.Prices = map[string]Price{}
	raw, _ := c.v.Get("prices").([]any)
	for i, e := range raw {
		m, ok := e.(map[string]any)
		if !ok {
			return usage.Errorf("prices[%d]: give {model: NAME, input: DOLLARS, output: DOLLARS}", i)
		}
		model := fmt.Sprint(m["model"])
		in, err1 := cast.ToFloat64E(m["input"])
		out, err2 := cast.ToFloat64E(m["output"])
		if m["model"] == nil || model == "" || m["input"] == nil || m["output"] == nil || err1 != nil || err2 != nil {
			return usage.Errorf("prices[%d]: give {model: NAME, input: DOLLARS, output: DOLLARS} (US dollars per million tokens)", i)
		}
		c.Prices[model] = Price{Input: in, Output: out}
	}
	return nil
}

// path resolves a relative path read from the config file against the
// file's folder, as a user reading the file expects.
func (c *Config) path(key, p string) string {
	if p == "" || filepath.IsAbs(p) || c.File == "" || !c.v.InConfig(key) || c.Source(key) != "file "+c.File {
		return p
	}
	return filepath.Join(filepath.Dir(c.File), p)
}

// ProviderNames lists the configured provider entries, sorted.
func (c *Config) ProviderNames() []string {
	var out []string
	for n := range c.Providers {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Source names where a key's effective value came from: "flag --x",
// "env BULLETPROOF_X", "file PATH" or "default".
func (c *Config) Source(key string) string {
	if k, ok := lookupKey(key); ok && k.Flag != "" && c.flags != nil {
		if f := c.flags.Lookup(k.Flag); f != nil && f.Changed {
			return "flag --" + k.Flag
		}
	}
	env := "BULLETPROOF_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
	if _, ok := os.LookupEnv(env); ok {
		return "env " + env
	}
	if c.File != "" && c.v.InConfig(key) {
		return "file " + c.File
	}
	return "default"
}

// Entry is one effective setting for `config show`.
type Entry struct {
	Key    string `json:"key"`
	Value  any    `json:"value"`
	Source string `json:"source"`
}

// Effective lists every setting with its value and source. Values of keys
// that could hold a secret are masked.
func (c *Config) Effective() []Entry {
	var out []Entry
	for _, k := range c.v.AllKeys() {
		val := c.v.Get(k)
		switch {
		case secretKey(k):
			val = "****"
		case strings.HasSuffix(k, "base_url"):
			val = RedactURL(fmt.Sprint(val))
		case k == "eval.trusted_endpoints":
			var list []string
			for _, e := range c.TrustedEndpoints {
				list = append(list, RedactURL(e))
			}
			val = list
		}
		out = append(out, Entry{Key: k, Value: val, Source: c.Source(k)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

func secretKey(k string) bool {
	last := k[strings.LastIndex(k, ".")+1:]
	return last == "api_key" || last == "token" || last == "secret" || last == "password"
}
