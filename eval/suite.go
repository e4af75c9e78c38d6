// Package eval runs prompt evaluation suites: prompts × providers × test
// cases, each output judged by assertions (the guard among them), with a
// disk cache, concurrency, resumable runs, reports and run comparison. The
// suite format is promptfoo's: a promptfooconfig.yaml with literal or file
// prompts, provider ids, defaultTest, tests from files and the common
// assertions runs unchanged, with bulletproof's prompt registry and resume
// assertions on top.
package eval

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/usage"

	"go.yaml.in/yaml/v3"
)

// Suite is a parsed suite file.
type Suite struct {
	Description string
	Prompts     []Prompt
	Providers   []ProviderRef
	DefaultTest Test
	Tests       []Test
	Scenarios   []Scenario
	Repeat      int
	Mode        string // raw (default) or guarded
	Grader      string // a provider id for model-graded assertions (bulletproof's key)
	// DelayMS waits between a provider's requests (evaluateOptions.delay).
	DelayMS int
	// MaxConcurrency is evaluateOptions.maxConcurrency, 0 when unset.
	MaxConcurrency int
	File           string
	// Notices are things the suite says that bulletproof does not do.
	Notices []string

	read func(string) ([]byte, error)
}

// rawSuite is the file as written.
type rawSuite struct {
	Description     string     `yaml:"description"`
	Prompts         yaml.Node  `yaml:"prompts"`
	Providers       yaml.Node  `yaml:"providers"`
	DefaultTest     yaml.Node  `yaml:"defaultTest"`
	Tests           yaml.Node  `yaml:"tests"`
	Scenarios       []Scenario `yaml:"scenarios"`
	Repeat          int        `yaml:"repeat"`
	Mode            string     `yaml:"mode"`
	Grader          string     `yaml:"grader"`
	EvaluateOptions struct {
		MaxConcurrency int `yaml:"maxConcurrency"`
		Repeat         int `yaml:"repeat"`
		Delay          int `yaml:"delay"`
		Cache          any `yaml:"cache"`
		ShowProgress   any `yaml:"showProgressBar"`
	} `yaml:"evaluateOptions"`
	// promptfoo keys that change nothing here
	Schema             any `yaml:"$schema"`
	Version            any `yaml:"version"`
	Sharing            any `yaml:"sharing"`
	WriteLatestResults any `yaml:"writeLatestResults"`
	Tags               any `yaml:"tags"`
	Metadata           any `yaml:"metadata"`
	OutputPath         any `yaml:"outputPath"`
	CommandLineOptions any `yaml:"commandLineOptions"`
	Tracing            any `yaml:"tracing"`
}

// refusedKeys are promptfoo keys bulletproof will not follow, and why.
var refusedKeys = map[string]string{
	"env":             "a suite cannot set environment variables here (they hold keys and endpoints): export them in your shell or use --env-file",
	"nunjucksFilters": "custom filters are JavaScript files the suite would run; not supported",
	"extensions":      "extension hooks run the suite's code; not supported",
	"redteam":         "red-team generation is not supported",
	"derivedMetrics":  "derived metrics are not supported",
	"targets":         "use providers",
}

// ProviderRef is a provider id — promptfoo's (openai:chat:gpt-4o-mini), or
// "<entry or type>[:<model>]" — with overrides.
type ProviderRef struct {
	ID        string         `yaml:"id" json:"id"`
	Label     string         `yaml:"label" json:"label,omitempty"`
	Config    map[string]any `yaml:"config" json:"config,omitempty"`
	Prompts   []string       `yaml:"prompts" json:"prompts,omitempty"` // prompts this provider runs; all when empty
	Transform string         `yaml:"transform" json:"transform,omitempty"`
	Delay     int            `yaml:"delay" json:"delay,omitempty"`
	line      int
}

// UnmarshalYAML accepts a bare string ("- offline") and promptfoo's
// one-key form ("- openai:gpt-4o: {config: ...}") too.
func (p *ProviderRef) UnmarshalYAML(n *yaml.Node) error {
	switch {
	case n.Kind == yaml.ScalarNode:
		*p = ProviderRef{ID: n.Value, line: n.Line}
		return nil
	case n.Kind == yaml.MappingNode && len(n.Content) == 2 && !yamlKeys(&ProviderRef{})[n.Content[0].Value]:
		type plain ProviderRef
		var v plain
		if err := decodeStrict(n.Content[1], &v); err != nil {
			return err
		}
		*p = ProviderRef(v)
		if p.ID == "" {
			p.ID = n.Content[0].Value
		}
		p.line = n.Line
		return nil
	}
	type plain ProviderRef
	var v plain
	if err := decodeStrict(n, &v); err != nil {
		return err
	}
	*p = ProviderRef(v)
	p.line = n.Line
	return nil
}

// Name is how reports show the provider.
func (p ProviderRef) Name() string {
	if p.Label != "" {
		return p.Label
	}
	return p.ID
}

// GraderRef names the provider that grades model-graded assertions: an id,
// {id, config}, or — as promptfoo allows — one per kind of grading,
// {text: …, embedding: …}.
type GraderRef struct {
	ID        string         `json:"id,omitempty"`
	Config    map[string]any `json:"config,omitempty"`
	Text      *GraderRef     `json:"text,omitempty"`
	Embedding *GraderRef     `json:"embedding,omitempty"`
}

// UnmarshalYAML takes a string, {id, config} or {text, embedding}.
func (g *GraderRef) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		g.ID = n.Value
		return nil
	}
	var v struct {
		ID        string         `yaml:"id"`
		Label     string         `yaml:"label"`
		Config    map[string]any `yaml:"config"`
		Text      *GraderRef     `yaml:"text"`
		Embedding *GraderRef     `yaml:"embedding"`
	}
	if err := decodeStrict(n, &v); err != nil {
		return err
	}
	*g = GraderRef{ID: v.ID, Config: v.Config, Text: v.Text, Embedding: v.Embedding}
	if g.ID == "" && g.Text == nil && g.Embedding == nil {
		return fmt.Errorf("line %d: name the grader: an id, or text: and embedding:", n.Line)
	}
	return nil
}

// forKind is the grader for text grading or for embeddings.
func (g *GraderRef) forKind(embedding bool) *GraderRef {
	if g == nil {
		return nil
	}
	if embedding && g.Embedding != nil {
		return g.Embedding
	}
	if !embedding && g.Text != nil {
		return g.Text
	}
	if g.ID == "" {
		return nil
	}
	return g
}

// UnmarshalJSON takes a string or {id, config}.
func (g *GraderRef) UnmarshalJSON(b []byte) error {
	var n yaml.Node
	if err := yaml.Unmarshal(b, &n); err != nil {
		return err
	}
	if len(n.Content) == 0 {
		return nil
	}
	return g.UnmarshalYAML(n.Content[0])
}

// Test is one case.
type Test struct {
	Description    string         `yaml:"description" json:"description,omitempty"`
	Vars           map[string]any `yaml:"-" json:"vars,omitempty"`
	Assert         []Assertion    `yaml:"assert" json:"assert,omitempty"`
	Options        TestOptions    `yaml:"options" json:"options,omitzero"`
	Threshold      *float64       `yaml:"threshold" json:"threshold,omitempty"`
	Prompts        []string       `yaml:"prompts" json:"prompts,omitempty"`     // the prompts this case runs under; all when empty
	Providers      []string       `yaml:"providers" json:"providers,omitempty"` // the providers it runs against; all when empty
	Metadata       map[string]any `yaml:"metadata" json:"metadata,omitempty"`
	ProviderOutput any            `yaml:"providerOutput" json:"providerOutput,omitempty"` // judged instead of asking a provider
	RawVars        any            `yaml:"vars" json:"-"`
	line           int
	where          string // "file:line", for messages
	combo          string // " (topic=x)": the values a list var expanded to
	name           string // how reports name it: the description, or "case N"
}

// TestOptions are promptfoo's per-case options.
type TestOptions struct {
	Provider              *GraderRef `yaml:"provider" json:"provider,omitempty"` // grader for model-graded assertions
	Transform             string     `yaml:"transform" json:"transform,omitempty"`
	TransformVars         string     `yaml:"transformVars" json:"transformVars,omitempty"`
	Postprocess           string     `yaml:"postprocess" json:"postprocess,omitempty"`
	Prefix                string     `yaml:"prefix" json:"prefix,omitempty"`
	Suffix                string     `yaml:"suffix" json:"suffix,omitempty"`
	DisableVarExpansion   bool       `yaml:"disableVarExpansion" json:"disableVarExpansion,omitempty"`
	DisableDefaultAsserts bool       `yaml:"disableDefaultAsserts" json:"disableDefaultAsserts,omitempty"`
	RubricPrompt          any        `yaml:"rubricPrompt" json:"rubricPrompt,omitempty"`
	Repeat                int        `yaml:"repeat" json:"repeat,omitempty"`
	RunSerially           bool       `yaml:"runSerially" json:"runSerially,omitempty"`
}

// UnmarshalYAML records where the case starts and refuses unknown keys.
func (t *Test) UnmarshalYAML(n *yaml.Node) error {
	type plain Test
	var v plain
	if err := decodeStrict(n, &v); err != nil {
		return err
	}
	*t = Test(v)
	t.line = n.Line
	return nil
}

// UnmarshalYAML refuses unknown option keys.
func (o *TestOptions) UnmarshalYAML(n *yaml.Node) error {
	type plain TestOptions
	var v plain
	if err := decodeStrict(n, &v); err != nil {
		return err
	}
	*o = TestOptions(v)
	return nil
}

// transform is the output transform the case asks for.
func (o TestOptions) transform() string {
	if o.Transform != "" {
		return o.Transform
	}
	return o.Postprocess
}

// Scenario is promptfoo's scenarios entry: every config entry runs with
// every test.
type Scenario struct {
	Description string `yaml:"description"`
	Config      []Test `yaml:"config"`
	Tests       []Test `yaml:"tests"`
}

// Assertion is one check of an output.
type Assertion struct {
	Type         string         `yaml:"type" json:"type"`
	Value        any            `yaml:"value" json:"value,omitempty"`
	Threshold    *float64       `yaml:"threshold" json:"threshold,omitempty"`
	Weight       *float64       `yaml:"weight" json:"weight,omitempty"`
	Metric       string         `yaml:"metric" json:"metric,omitempty"`
	Provider     *GraderRef     `yaml:"provider" json:"provider,omitempty"` // its grader
	Transform    string         `yaml:"transform" json:"transform,omitempty"`
	RubricPrompt any            `yaml:"rubricPrompt" json:"rubricPrompt,omitempty"`
	Config       map[string]any `yaml:"config" json:"config,omitempty"`
	Assert       []Assertion    `yaml:"assert" json:"assert,omitempty"` // the members of an assert-set
	line         int
}

// UnmarshalYAML records where the assertion is.
func (a *Assertion) UnmarshalYAML(n *yaml.Node) error {
	type plain Assertion
	var v plain
	if err := decodeStrict(n, &v); err != nil {
		return err
	}
	*a = Assertion(v)
	a.line = n.Line
	return nil
}

// weight is the assertion's weight; 1 when unset.
func (a Assertion) weight() float64 {
	if a.Weight == nil {
		return 1
	}
	return *a.Weight
}

// decodeStrict decodes a mapping node, refusing keys v's struct does not
// declare; it decodes in place so nested nodes keep their file lines.
func decodeStrict(n *yaml.Node, v any) error {
	if n.Kind == yaml.MappingNode {
		known := yamlKeys(v)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if !known[k.Value] {
				msg := fmt.Sprintf("line %d: unknown key %q", k.Line, k.Value)
				if s := closest(k.Value, known); s != "" {
					msg += fmt.Sprintf(" (did you mean %q?)", s)
				}
				return fmt.Errorf("%s", msg)
			}
		}
	}
	return n.Decode(v)
}

// yamlKeys lists the yaml keys of the struct v points to.
func yamlKeys(v any) map[string]bool {
	out := map[string]bool{}
	t := reflect.TypeOf(v).Elem()
	for i := 0; i < t.NumField(); i++ {
		if tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]; tag != "" && tag != "-" {
			out[tag] = true
		}
	}
	return out
}

func closest(k string, known map[string]bool) string {
	var names []string
	for n := range known {
		names = append(names, n)
	}
	sort.Strings(names)
	best, bestD := "", 3
	for _, n := range names {
		if d := levenshtein.ComputeDistance(strings.ToLower(k), strings.ToLower(n)); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// SuiteError names the file, the line and the key at fault.
type SuiteError struct {
	File string
	Line int
	Key  string
	Msg  string
}

// Is marks the error as the user's to fix: a command exits 2 on it.
func (e *SuiteError) Is(target error) bool { return target == usage.Err }

func (e *SuiteError) Error() string {
	loc := e.File
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	if e.Key != "" {
		return fmt.Sprintf("%s: %s: %s", loc, e.Key, e.Msg)
	}
	return fmt.Sprintf("%s: %s", loc, e.Msg)
}

// ParseSuite reads a suite file's bytes; read loads the files it names
// (file:// prompts, tests and vars), relative to the suite's folder.
func ParseSuite(file string, data []byte, read func(string) ([]byte, error)) (*Suite, error) {
	if read == nil {
		read = fileio.ReadRegular
	}
	var root yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&root); err != nil {
		if err == io.EOF {
			return nil, &SuiteError{File: file, Msg: "the suite is empty"}
		}
		return nil, &SuiteError{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		doc = doc.Content[0]
	}
	if doc.Kind != yaml.MappingNode {
		return nil, &SuiteError{File: file, Line: doc.Line, Msg: "a suite is a mapping: prompts, providers, tests"}
	}
	known := yamlKeys(&rawSuite{})
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k := doc.Content[i]
		if why, ok := refusedKeys[k.Value]; ok {
			return nil, &SuiteError{File: file, Line: k.Line, Key: k.Value, Msg: why}
		}
		if !known[k.Value] {
			msg := fmt.Sprintf("unknown key %q", k.Value)
			if s := closest(k.Value, known); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			return nil, &SuiteError{File: file, Line: k.Line, Msg: msg}
		}
	}
	var raw rawSuite
	if err := doc.Decode(&raw); err != nil {
		return nil, &SuiteError{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	s := &Suite{Description: raw.Description, Scenarios: raw.Scenarios, Repeat: raw.Repeat, Mode: raw.Mode, Grader: raw.Grader,
		DelayMS: raw.EvaluateOptions.Delay, MaxConcurrency: raw.EvaluateOptions.MaxConcurrency, File: file, read: read}
	if s.Repeat == 0 {
		s.Repeat = raw.EvaluateOptions.Repeat
	}
	if raw.OutputPath != nil {
		s.Notices = append(s.Notices, "outputPath is ignored: name report files with --output")
	}
	steps := []func() error{
		func() error { return s.loadPrompts(&raw.Prompts) },
		func() error { return s.loadProviders(&raw.Providers) },
		func() error { return s.loadDefaultTest(&raw.DefaultTest) },
		func() error { return s.loadTests(&raw.Tests) },
		func() error { return s.loadScenarios() },
		s.validate,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if s.Grader != "" && s.DefaultTest.Options.Provider == nil {
		s.DefaultTest.Options.Provider = &GraderRef{ID: s.Grader}
	}
	return s, nil
}

// path resolves a path the suite names against the suite's folder.
func (s *Suite) path(ref string) string {
	p := strings.TrimPrefix(ref, "file://")
	if !filepath.IsAbs(p) {
		p = filepath.Join(filepath.Dir(s.File), p)
	}
	return p
}

func (s *Suite) loadProviders(n *yaml.Node) error {
	switch n.Kind {
	case 0:
		return &SuiteError{File: s.File, Key: "providers", Msg: "name at least one provider (offline works without a model)"}
	case yaml.ScalarNode:
		s.Providers = []ProviderRef{{ID: n.Value, line: n.Line}}
		return nil
	}
	if err := n.Decode(&s.Providers); err != nil {
		return &SuiteError{File: s.File, Line: n.Line, Key: "providers", Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	return nil
}

func (s *Suite) loadDefaultTest(n *yaml.Node) error {
	switch n.Kind {
	case 0:
		return nil
	case yaml.ScalarNode:
		if !strings.HasPrefix(n.Value, "file://") {
			return &SuiteError{File: s.File, Line: n.Line, Key: "defaultTest", Msg: "give a mapping or file://PATH"}
		}
		p := s.path(n.Value)
		b, err := s.read(p)
		if err != nil {
			return &SuiteError{File: s.File, Line: n.Line, Key: "defaultTest", Msg: fmt.Sprintf("cannot read %s: %v", n.Value, err)}
		}
		if err := yaml.Unmarshal(b, &s.DefaultTest); err != nil {
			return &SuiteError{File: p, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		}
		s.DefaultTest.where = p + ":1"
	default:
		if err := n.Decode(&s.DefaultTest); err != nil {
			return &SuiteError{File: s.File, Key: "defaultTest", Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		}
		s.DefaultTest.where = fmt.Sprintf("%s:%d", s.File, s.DefaultTest.line)
	}
	return s.resolveVars(&s.DefaultTest, "defaultTest")
}

func (s *Suite) loadScenarios() error {
	for i := range s.Scenarios {
		sc := &s.Scenarios[i]
		for j := range sc.Config {
			sc.Config[j].where = fmt.Sprintf("%s:%d", s.File, sc.Config[j].line)
			if err := s.resolveVars(&sc.Config[j], fmt.Sprintf("scenarios[%d].config[%d]", i, j)); err != nil {
				return err
			}
		}
		for j := range sc.Tests {
			sc.Tests[j].where = fmt.Sprintf("%s:%d", s.File, sc.Tests[j].line)
			if err := s.resolveVars(&sc.Tests[j], fmt.Sprintf("scenarios[%d].tests[%d]", i, j)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *Suite) validate() error {
	if s.Repeat == 0 {
		s.Repeat = 1
	}
	if s.Repeat < 0 || s.Repeat > 1000 {
		return &SuiteError{File: s.File, Key: "repeat", Msg: "give 1 to 1000"}
	}
	switch s.Mode {
	case "":
		s.Mode = "raw"
	case "raw", "guarded":
	default:
		return &SuiteError{File: s.File, Key: "mode", Msg: fmt.Sprintf("%q: use raw or guarded", s.Mode)}
	}
	if s.DelayMS < 0 || s.DelayMS > 600_000 {
		return &SuiteError{File: s.File, Key: "evaluateOptions.delay", Msg: "give 0 to 600000 milliseconds"}
	}
	if len(s.Prompts) == 0 {
		return &SuiteError{File: s.File, Key: "prompts", Msg: "name at least one prompt"}
	}
	if len(s.Providers) == 0 {
		return &SuiteError{File: s.File, Key: "providers", Msg: "name at least one provider (offline works without a model)"}
	}
	for i, p := range s.Providers {
		if strings.TrimSpace(p.ID) == "" {
			return &SuiteError{File: s.File, Line: p.line, Key: fmt.Sprintf("providers[%d].id", i), Msg: "empty"}
		}
	}
	if len(s.Tests) == 0 && len(s.Scenarios) == 0 {
		// promptfoo runs each prompt once with no vars
		s.Tests = []Test{{where: s.File + ":0"}}
	}
	check := func(t *Test, key string) error {
		for j := range t.Assert {
			if err := checkAssertion(t.Assert[j], fmt.Sprintf("%s.assert[%d]", key, j)); err != nil {
				return suiteErrAt(err, fileOf(t.where, s.File), t.Assert[j].line)
			}
		}
		if t.Threshold != nil && (*t.Threshold < 0 || *t.Threshold > 1e9) {
			return &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: key + ".threshold", Msg: "must not be negative"}
		}
		return nil
	}
	if err := check(&s.DefaultTest, "defaultTest"); err != nil {
		return err
	}
	for i := range s.Tests {
		if err := check(&s.Tests[i], fmt.Sprintf("tests[%d]", i)); err != nil {
			return err
		}
	}
	for i, sc := range s.Scenarios {
		for j := range sc.Config {
			if err := check(&sc.Config[j], fmt.Sprintf("scenarios[%d].config[%d]", i, j)); err != nil {
				return err
			}
		}
		for j := range sc.Tests {
			if err := check(&sc.Tests[j], fmt.Sprintf("scenarios[%d].tests[%d]", i, j)); err != nil {
				return err
			}
		}
	}
	return nil
}

// suiteErrAt places an assertion's error in its file and line.
func suiteErrAt(err error, file string, line int) error {
	if se, ok := err.(*SuiteError); ok {
		if se.File == "" {
			se.File = file
		}
		if se.Line == 0 {
			se.Line = line
		}
		return se
	}
	return &SuiteError{File: file, Line: line, Msg: err.Error()}
}

func fileOf(where, def string) string {
	if i := strings.LastIndex(where, ":"); i > 0 {
		return where[:i]
	}
	return def
}
