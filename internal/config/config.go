package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/agnivade/levenshtein"
	"github.com/go-viper/mapstructure/v2"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/llm"
)

// Config is the effective configuration, decoded from viper into one
// tagged struct per section; each section validates itself. Defaults come
// only from the key registry (Keys).
type Config struct {
	Provider   string        `mapstructure:"provider"`
	Model      string        `mapstructure:"model"`
	BaseURL    string        `mapstructure:"base_url"`
	Timeout    time.Duration `mapstructure:"timeout"`
	MaxRetries int           `mapstructure:"max_retries"`

	Rewrite   Rewrite             `mapstructure:"rewrite"`
	Guard     Guard               `mapstructure:"guard"`
	Prompts   Prompts             `mapstructure:"prompts"`
	Lint      Lint                `mapstructure:"lint"`
	Eval      Eval                `mapstructure:"eval"`
	Providers map[string]Provider `mapstructure:"providers"`
	// Prices are by model; the file gives them as a list (prices), since
	// model names hold dots (gpt-4.1-mini) that a key path would split.
	Prices map[string]llm.Price `mapstructure:"-"`

	// File is the config file read, "" if none.
	File string `mapstructure:"-"`

	v      *viper.Viper
	flags  *pflag.FlagSet
	getenv func(string) string
	// entryDefaults are the keys of entries set only from the registry's
	// providers.* defaults: config show leaves them out.
	entryDefaults map[string]bool
}

// Rewrite holds rewrite.*.
type Rewrite struct {
	MaxAttempts int `mapstructure:"max_attempts"`
	Concurrency int `mapstructure:"concurrency"`
}

// Guard holds guard.*.
type Guard struct {
	Scope        string   `mapstructure:"scope"`
	Ownership    string   `mapstructure:"ownership"`
	LexiconExtra string   `mapstructure:"lexicon_extra"`
	Facts        []string `mapstructure:"facts"`
}

// Prompts holds prompts.*.
type Prompts struct {
	Dir string `mapstructure:"dir"`
}

// Lint holds the lint rules' settings, lint.*.
type Lint struct {
	Disable         []string `mapstructure:"disable"`
	SummaryMinLines int      `mapstructure:"summary_min_lines"`
	SummaryMaxLines int      `mapstructure:"summary_max_lines"`
	BulletsMin      int      `mapstructure:"bullets_min"`
	BulletsMax      int      `mapstructure:"bullets_max"`
	LongBulletWords int      `mapstructure:"long_bullet_words"`
	RepeatedVerb    int      `mapstructure:"repeated_verb"`
	GPAMin          float64  `mapstructure:"gpa_min"`
}

// Eval holds eval.*.
type Eval struct {
	CacheDir string `mapstructure:"cache_dir"`
	// TrustedEndpoints are endpoints a suite may send keys to besides
	// those the config names.
	TrustedEndpoints []string `mapstructure:"trusted_endpoints"`
}

// Provider is one entry under providers.
type Provider struct {
	Name        string  `mapstructure:"-"`
	Type        string  `mapstructure:"type"`
	BaseURL     string  `mapstructure:"base_url"`
	APIKeyEnv   string  `mapstructure:"api_key_env"`
	Model       string  `mapstructure:"model"`
	Temperature float64 `mapstructure:"temperature"`
	MaxTokens   int     `mapstructure:"max_tokens"`
	JSONMode    string  `mapstructure:"json_mode"`
	APIVersion  string  `mapstructure:"api_version"`
	Region      string  `mapstructure:"region"`
	RPM         int     `mapstructure:"rpm"` // requests per minute; 0: no limit
	TPM         int     `mapstructure:"tpm"` // tokens per minute; 0: no limit
	// TemperatureSet and MaxTokensSet: the user (or a suite) gave them,
	// rather than the defaults.
	TemperatureSet, MaxTokensSet bool `mapstructure:"-"`
}

// Options locate the configuration.
type Options struct {
	File  string         // --config; must exist when set
	Flags *pflag.FlagSet // flags bound to keys by Key.Flag; may be nil
	Dir   string         // where ./bulletproof.yaml is looked for; "" = working directory
	// Getenv reads the environment (BULLETPROOF_*, XDG_CONFIG_HOME);
	// nil is os.Getenv. Tests inject one.
	Getenv func(string) string
}

// UserPath is where `config init` writes and the last place a config file
// is looked for: $XDG_CONFIG_HOME/bulletproof/config.yaml. getenv nil is
// os.Getenv.
func UserPath(getenv func(string) string) (string, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	dir := getenv("XDG_CONFIG_HOME")
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
	user, err := UserPath(opts.Getenv)
	if err != nil {
		return "", nil
	}
	if _, err := os.Stat(user); err == nil {
		return user, nil
	}
	return "", nil
}

// Load reads the configuration with viper's precedence: flags > the
// environment > the file > the registry's defaults.
func Load(opts Options) (*Config, error) {
	getenv := opts.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	v := viper.New()
	for _, k := range Keys {
		if !strings.Contains(k.Name, "*") {
			v.SetDefault(k.Name, k.Default)
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
	c := &Config{File: path, v: v, flags: opts.Flags, getenv: getenv, entryDefaults: map[string]bool{}}
	names := c.providerNames()
	for _, name := range names {
		for _, k := range Keys {
			if field, ok := strings.CutPrefix(k.Name, "providers.*."); ok {
				key := "providers." + name + "." + field
				v.SetDefault(key, k.Default)
				c.entryDefaults[key] = true
			}
		}
		for field, val := range builtinProviders[name] {
			key := "providers." + name + "." + field
			v.SetDefault(key, val)
			delete(c.entryDefaults, key)
		}
	}
	c.applyEnv(names)
	if err := c.decode(); err != nil {
		return nil, err
	}
	return c, c.validate()
}

// providerNames are the built-in entries and those the file adds.
func (c *Config) providerNames() []string {
	set := map[string]bool{}
	for name := range builtinProviders {
		set[name] = true
	}
	for name := range c.v.GetStringMap("providers") {
		set[name] = true
	}
	names := make([]string, 0, len(set))
	for name := range set {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// applyEnv sets each key a BULLETPROOF_* variable gives (nested keys with
// _: BULLETPROOF_REWRITE_MAX_ATTEMPTS), unless its flag was given: what
// viper's AutomaticEnv does, read through getenv. A list key's value is
// split on white space.
func (c *Config) applyEnv(providers []string) {
	keys := []Key{}
	for _, k := range Keys {
		switch {
		case k.Name == "prices": // a list of mappings: not from the environment
		case strings.HasPrefix(k.Name, "providers.*."):
			for _, name := range providers {
				e := k
				e.Name = strings.Replace(k.Name, "*", name, 1)
				keys = append(keys, e)
			}
		default:
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		val := c.getenv(envName(k.Name))
		if val == "" || c.flagChanged(k) {
			continue
		}
		if _, list := k.Default.([]string); list {
			c.v.Set(k.Name, strings.Fields(val))
		} else {
			c.v.Set(k.Name, val)
		}
	}
}

// envName is the variable that sets a key.
func envName(key string) string {
	return "BULLETPROOF_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

func (c *Config) flagChanged(k Key) bool {
	if k.Flag == "" || c.flags == nil {
		return false
	}
	f := c.flags.Lookup(k.Flag)
	return f != nil && f.Changed
}

// decode fills the sections from viper: numbers strictly ("abc" in
// BULLETPROOF_MAX_RETRIES is an error naming where it came from, not 0),
// then the provider entries and prices, then paths relative to the file.
func (c *Config) decode() error {
	if err := c.v.Unmarshal(c); err != nil {
		return c.decodeError(err)
	}
	for name, p := range c.Providers {
		p.Name = name
		p.TemperatureSet = c.v.InConfig("providers." + name + ".temperature")
		p.MaxTokensSet = c.v.InConfig("providers." + name + ".max_tokens")
		if p.JSONMode == "" {
			p.JSONMode = providerDefaults().JSONMode
		}
		c.Providers[name] = p
	}
	if err := c.decodePrices(); err != nil {
		return err
	}
	c.Guard.LexiconExtra = c.path("guard.lexicon_extra", c.Guard.LexiconExtra)
	for i, f := range c.Guard.Facts {
		c.Guard.Facts[i] = c.path("guard.facts", f)
	}
	c.Prompts.Dir = c.path("prompts.dir", c.Prompts.Dir)
	c.Eval.CacheDir = c.path("eval.cache_dir", c.Eval.CacheDir)
	return nil
}

// decodeError names the key a value could not be read for, the value and
// where it came from.
func (c *Config) decodeError(err error) error {
	var de *mapstructure.DecodeError
	if !errors.As(err, &de) {
		return usage.Wrap(err)
	}
	// providers[openai].rpm is the key providers.openai.rpm
	key := strings.NewReplacer("[", ".", "]", "").Replace(de.Name())
	raw := fmt.Sprint(c.v.Get(key))
	if key == "timeout" {
		return usage.Errorf("timeout %q: give a duration such as 60s or 5m", raw)
	}
	return usage.Errorf("%s = %q (from %s): give a number", key, raw, c.Source(key))
}

// validate checks every section.
func (c *Config) validate() error {
	if c.Timeout <= 0 {
		return usage.Errorf("timeout %q: give a duration such as 60s or 5m", c.Timeout.String())
	}
	if c.MaxRetries < 0 {
		return usage.Errorf("max_retries %d: give 0 or more", c.MaxRetries)
	}
	if err := c.Rewrite.Validate(); err != nil {
		return err
	}
	if err := c.Guard.Validate(); err != nil {
		return err
	}
	if err := c.Eval.Validate(); err != nil {
		return err
	}
	for _, name := range c.ProviderNames() {
		if err := c.Providers[name].Validate(); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks rewrite.*.
func (r Rewrite) Validate() error {
	if r.MaxAttempts < 1 || r.Concurrency < 1 {
		return usage.Errorf("rewrite.max_attempts and rewrite.concurrency must be at least 1")
	}
	return nil
}

// Validate checks guard.*.
func (g Guard) Validate() error {
	if g.Scope != "item" && g.Scope != "resume" {
		return usage.Errorf("guard.scope %q: want item or resume", g.Scope)
	}
	switch g.Ownership {
	case "off", "warn", "reject":
		return nil
	}
	return usage.Errorf("guard.ownership %q: want off, warn or reject", g.Ownership)
}

// Validate checks eval.*.
func (e Eval) Validate() error {
	for _, u := range e.TrustedEndpoints {
		if origin(u) == "" {
			return usage.Errorf("eval.trusted_endpoints: %q is not a URL such as https://llm.example.com/v1", RedactURL(u))
		}
	}
	return nil
}

// Validate checks one providers entry.
func (p Provider) Validate() error {
	if p.RPM < 0 || p.TPM < 0 {
		return usage.Errorf("providers.%s: rpm and tpm must not be negative", p.Name)
	}
	if p.APIKeyEnv != "" && !envNameRe().MatchString(p.APIKeyEnv) {
		// never echo it: a value in this place is often the key itself
		return usage.Errorf("providers.%s.api_key_env must name an environment variable, such as OPENAI_API_KEY; if you pasted the key there, move it into the environment", p.Name)
	}
	return nil
}

// providerDefaults is an entry with the registry's defaults for
// providers.*.
var providerDefaults = sync.OnceValue(func() Provider {
	m := map[string]any{}
	for _, k := range Keys {
		if field, ok := strings.CutPrefix(k.Name, "providers.*."); ok {
			m[field] = k.Default
		}
	}
	var p Provider
	if err := mapstructure.Decode(m, &p); err != nil {
		panic("config: the registry's provider defaults: " + err.Error())
	}
	return p
})

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

var envNameRe = lazy.Regexp(`^[A-Za-z_][A-Za-z0-9_]*$`)

// decodePrices reads prices, a list of {model, input, output}.
func (c *Config) decodePrices() error {
	c.Prices = map[string]llm.Price{}
	raw, _ := c.v.Get("prices").([]any)
	for i, e := range raw {
		var entry struct {
			Model         string
			Input, Output *float64
		}
		if err := mapstructure.WeakDecode(e, &entry); err != nil || entry.Model == "" || entry.Input == nil || entry.Output == nil {
			return usage.Errorf("prices[%d]: give {model: NAME, input: DOLLARS, output: DOLLARS} (US dollars per million tokens)", i)
		}
		c.Prices[entry.Model] = llm.Price{Input: *entry.Input, Output: *entry.Output}
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
	if env := envName(key); c.getenv(env) != "" {
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
		if c.entryDefaults[k] && c.Source(k) == "default" {
			continue
		}
		val := c.v.Get(k)
		switch {
		case secretKey(k):
			val = "****"
		case strings.HasSuffix(k, "base_url"):
			val = RedactURL(fmt.Sprint(val))
		case k == "eval.trusted_endpoints":
			var list []string
			for _, e := range c.Eval.TrustedEndpoints {
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
