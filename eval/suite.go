// Package eval runs prompt evaluation suites: prompts × providers × test
// cases, each output judged by assertions (the guard among them), with a
// disk cache, concurrency, resumable runs, reports and run comparison. The
// suite format follows promptfoo's where it can.
package eval

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"

	"go.yaml.in/yaml/v3"
)

// Suite is a parsed suite file.
type Suite struct {
	Description string        `yaml:"description"`
	Prompts     []string      `yaml:"prompts"`
	Providers   []ProviderRef `yaml:"providers"`
	DefaultTest Test          `yaml:"defaultTest"`
	Tests       []Test        `yaml:"-"`
	RawTests    yaml.Node     `yaml:"tests"`
	Repeat      int           `yaml:"repeat"`
	Mode        string        `yaml:"mode"`   // raw (default) or guarded
	Grader      string        `yaml:"grader"` // provider id for llm-rubric
	File        string        `yaml:"-"`
}

// ProviderRef is "<provider entry or type>[:<model>]" with overrides.
type ProviderRef struct {
	ID     string         `yaml:"id"`
	Label  string         `yaml:"label"`
	Config map[string]any `yaml:"config"`
	line   int
}

// UnmarshalYAML accepts a bare string too: "- offline".
func (p *ProviderRef) UnmarshalYAML(n *yaml.Node) error {
	p.line = n.Line
	if n.Kind == yaml.ScalarNode {
		p.ID = n.Value
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

// Test is one case.
type Test struct {
	Description string         `yaml:"description" json:"description"`
	Vars        map[string]any `yaml:"vars" json:"vars"`
	Assert      []Assertion    `yaml:"assert" json:"assert"`
	Prompts     []string       `yaml:"prompts" json:"prompts"` // the suite's prompts this case runs under; all when empty
	line        int
	where       string // "file:line", for messages
}

// UnmarshalYAML records where the case starts.
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

// Assertion is one check of an output.
type Assertion struct {
	Type      string   `yaml:"type" json:"type"`
	Value     any      `yaml:"value" json:"value,omitempty"`
	Weight    float64  `yaml:"weight" json:"weight,omitempty"`
	Threshold *float64 `yaml:"threshold" json:"threshold,omitempty"`
	Provider  string   `yaml:"provider" json:"provider,omitempty"` // llm-rubric grader
	line      int
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

// decodeStrict decodes a mapping node, refusing keys v's struct does not
// declare; it decodes in place so nested nodes keep their file lines.
func decodeStrict(n *yaml.Node, v any) error {
	if n.Kind == yaml.MappingNode {
		known := yamlKeys(v)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if !known[k.Value] {
				return fmt.Errorf("line %d: unknown key %q", k.Line, k.Value)
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

// SuiteError names the file, the line and the key at fault.
type SuiteError struct {
	File string
	Line int
	Key  string
	Msg  string
}

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

// ParseSuite reads a suite file's bytes; readFile loads tests: file://…
// references, relative to the suite's folder.
func ParseSuite(file string, data []byte, readFile func(string) ([]byte, error)) (*Suite, error) {
	var s Suite
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil {
		if err == io.EOF {
			return nil, &SuiteError{File: file, Msg: "the suite is empty"}
		}
		return nil, &SuiteError{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	s.File = file
	if err := s.loadTests(readFile); err != nil {
		return nil, err
	}
	if err := s.loadFileVars(readFile); err != nil {
		return nil, err
	}
	if err := s.validate(); err != nil {
		return nil, err
	}
	return &s, nil
}

func (s *Suite) loadTests(readFile func(string) ([]byte, error)) error {
	n := &s.RawTests
	switch {
	case n.Kind == 0:
		return &SuiteError{File: s.File, Key: "tests", Msg: "no tests: add a list of cases, or tests: file://cases.jsonl"}
	case n.Kind == yaml.ScalarNode:
		ref := strings.TrimPrefix(n.Value, "file://")
		if ref == n.Value {
			return &SuiteError{File: s.File, Line: n.Line, Key: "tests", Msg: "give a list of cases or file://PATH"}
		}
		path := ref
		if !filepath.IsAbs(path) {
			path = filepath.Join(filepath.Dir(s.File), ref)
		}
		b, err := readFile(path)
		if err != nil {
			return &SuiteError{File: s.File, Line: n.Line, Key: "tests", Msg: fmt.Sprintf("cannot read %s: %v", ref, err)}
		}
		tests, err := parseCases(path, b)
		if err != nil {
			return err
		}
		s.Tests = tests
	default:
		if err := n.Decode(&s.Tests); err != nil {
			return &SuiteError{File: s.File, Key: "tests", Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		}
		for i := range s.Tests {
			s.Tests[i].where = fmt.Sprintf("%s:%d", s.File, s.Tests[i].line)
		}
	}
	return nil
}

// parseCases reads cases from .jsonl, .json, .yaml/.yml or .csv. A CSV's
// columns are vars, except __description and __expected (one assertion
// per line, "type: value").
func parseCases(path string, b []byte) ([]Test, error) {
	var out []Test
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl":
		for i, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			var t Test
			dec := json.NewDecoder(strings.NewReader(line))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&t); err != nil {
				return nil, &SuiteError{File: path, Line: i + 1, Msg: err.Error()}
			}
			t.line, t.where = i+1, fmt.Sprintf("%s:%d", path, i+1)
			out = append(out, t)
		}
	case ".yaml", ".yml":
		var ts []Test
		if err := yaml.Unmarshal(b, &ts); err != nil {
			return nil, &SuiteError{File: path, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		}
		for i := range ts {
			ts[i].where = fmt.Sprintf("%s:%d", path, ts[i].line)
		}
		out = ts
	case ".csv":
		r := csv.NewReader(bytes.NewReader(b))
		rows, err := r.ReadAll()
		if err != nil {
			return nil, &SuiteError{File: path, Msg: err.Error()}
		}
		if len(rows) == 0 {
			return nil, &SuiteError{File: path, Msg: "no header row"}
		}
		head := rows[0]
		for i, row := range rows[1:] {
			t := Test{Vars: map[string]any{}, line: i + 2, where: fmt.Sprintf("%s:%d", path, i+2)}
			for j, col := range head {
				if j >= len(row) {
					break
				}
				switch col {
				case "__description":
					t.Description = row[j]
				case "__expected":
					for _, spec := range strings.Split(row[j], "\n") {
						if typ, val, ok := strings.Cut(spec, ":"); ok {
							t.Assert = append(t.Assert, Assertion{Type: strings.TrimSpace(typ), Value: strings.TrimSpace(val), line: i + 2})
						}
					}
				default:
					t.Vars[col] = row[j]
				}
			}
			out = append(out, t)
		}
	default:
		return nil, &SuiteError{File: path, Msg: "cases must be .jsonl, .yaml, .yml or .csv"}
	}
	return out, nil
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
	if len(s.Tests) == 0 {
		return &SuiteError{File: s.File, Key: "tests", Msg: "no test cases"}
	}
	check := func(where string, line int, key string, a Assertion) error {
		if _, ok := assertions[strings.TrimPrefix(a.Type, "not-")]; !ok || strings.HasPrefix(a.Type, "not-") && !negatable[strings.TrimPrefix(a.Type, "not-")] {
			msg := fmt.Sprintf("unknown assertion type %q", a.Type)
			if c := closestType(a.Type); c != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", c)
			}
			return &SuiteError{File: fileOf(where, s.File), Line: lineOf(line, a.line), Key: key + ".type", Msg: msg}
		}
		if a.Weight < 0 {
			return &SuiteError{File: fileOf(where, s.File), Line: lineOf(line, a.line), Key: key + ".weight", Msg: "must not be negative"}
		}
		if err := checkValue(a); err != nil {
			return &SuiteError{File: fileOf(where, s.File), Line: lineOf(line, a.line), Key: key + ".value", Msg: err.Error()}
		}
		if a.Type == "llm-rubric" && a.Provider == "" && s.Grader == "" {
			return &SuiteError{File: fileOf(where, s.File), Line: lineOf(line, a.line), Key: key, Msg: "llm-rubric needs a grader: set grader: PROVIDER in the suite, or provider: on the assertion"}
		}
		return nil
	}
	for j, a := range s.DefaultTest.Assert {
		if err := check(s.File, 0, fmt.Sprintf("defaultTest.assert[%d]", j), a); err != nil {
			return err
		}
	}
	for i, t := range s.Tests {
		if _, ok := t.Vars["input"]; !ok {
			return &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: fmt.Sprintf("tests[%d].vars.input", i), Msg: "every case needs vars.input, the text to rewrite"}
		}
		for _, p := range t.Prompts {
			if !slices.Contains(s.Prompts, p) {
				return &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: fmt.Sprintf("tests[%d].prompts", i), Msg: fmt.Sprintf("%q is not among the suite's prompts", p)}
			}
		}
		for j, a := range t.Assert {
			if err := check(t.where, 0, fmt.Sprintf("tests[%d].assert[%d]", i, j), a); err != nil {
				return err
			}
		}
	}
	return nil
}

func fileOf(where, def string) string {
	if i := strings.LastIndex(where, ":"); i > 0 {
		return where[:i]
	}
	return def
}

func lineOf(a, b int) int {
	if b > 0 {
		return b
	}
	return a
}

func closestType(t string) string {
	best, bestD := "", 4
	var names []string
	for n := range assertions {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		for _, cand := range []string{n, "not-" + n} {
			if d := levenshtein.ComputeDistance(t, cand); d < bestD {
				best, bestD = cand, d
			}
		}
	}
	return best
}

// ReadFile is the default reader for file:// cases.
func ReadFile(path string) ([]byte, error) { return os.ReadFile(path) }
