package eval

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// A suite's cases become the cases a run judges the way promptfoo makes
// them: defaultTest's vars, assertions and options merged into each case,
// scenarios crossed with their tests, and a var holding a list of strings
// expanded into one case per value (several such vars: every combination).

// listVars are bulletproof's vars whose value is a list by nature (facts
// the guard may use), never expanded.
var listVars = map[string]bool{"facts": true}

// maxCases bounds the cases a suite expands to.
const maxCases = 100_000

// expandTests returns the cases to run.
func (s *Suite) expandTests() ([]Test, error) {
	dt := s.DefaultTest
	var base []Test
	base = append(base, s.Tests...)
	for _, sc := range s.Scenarios {
		tests := sc.Tests
		if len(tests) == 0 {
			tests = []Test{{where: s.File + ":0"}}
		}
		for _, data := range sc.Config {
			for _, t := range tests {
				m := mergeTests(data, t)
				m.Vars = mergeVars(dt.Vars, data.Vars, t.Vars)
				m.Assert = append(append([]Assertion(nil), data.Assert...), t.Assert...)
				base = append(base, m)
			}
		}
	}
	var out []Test
	for i, t := range base {
		t.name = t.Description
		if t.name == "" {
			t.name = fmt.Sprintf("case %d", i+1) // promptfoo leaves it unnamed
		}
		t.Vars = mergeVars(dt.Vars, t.Vars)
		if !t.Options.DisableDefaultAsserts {
			t.Assert = append(append([]Assertion(nil), dt.Assert...), t.Assert...)
		}
		if t.Threshold == nil {
			t.Threshold = dt.Threshold
		}
		t.Options = mergeOptions(dt.Options, t.Options)
		t.Metadata = mergeVars(dt.Metadata, t.Metadata)
		if t.Prompts == nil {
			t.Prompts = dt.Prompts
		}
		if t.Providers == nil {
			t.Providers = dt.Providers
		}
		if t.Options.Repeat > 0 {
			return nil, &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: "options.repeat", Msg: "set repeat for the whole suite (repeat:, or --repeat)"}
		}
		if code := t.Options.TransformVars; code != "" {
			vars, err := transformVars(code, t.Vars)
			if err != nil {
				return nil, &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: "options.transformVars", Msg: err.Error()}
			}
			t.Vars = vars
		}
		combos := []map[string]any{t.Vars}
		if !t.Options.DisableVarExpansion {
			combos = varCombinations(t.Vars, maxCases-len(out))
		}
		if combos == nil || len(out)+len(combos) > maxCases {
			return nil, &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: "vars", Msg: fmt.Sprintf("the list vars expand to more than %d cases", maxCases)}
		}
		for _, vars := range combos {
			c := t
			c.Vars = vars
			if len(combos) > 1 {
				c.combo = " (" + comboLabel(t.Vars, vars) + ")"
			}
			out = append(out, c)
		}
	}
	return out, nil
}

// transformVars is promptfoo's transformVars: JavaScript of vars that
// returns vars to merge in.
func transformVars(code string, vars map[string]any) (map[string]any, error) {
	body := code
	if !strings.Contains(code, "\n") {
		body = "return " + code
	}
	v, err := runJS(context.Background(), body, []string{"vars", "context", "process"}, []any{vars, map[string]any{"prompt": map[string]any{}}, processShim()})
	if err != nil {
		return nil, err
	}
	m, ok := jsonSafe(v).(map[string]any)
	if !ok {
		return nil, fmt.Errorf("the transform returned %T, not an object of vars", v)
	}
	return mergeVars(vars, m), nil
}

func mergeVars(maps ...map[string]any) map[string]any {
	var out map[string]any
	for _, m := range maps {
		for k, v := range m {
			if out == nil {
				out = map[string]any{}
			}
			out[k] = v
		}
	}
	return out
}

// mergeTests is {...a, ...b}: b's fields win where it sets them.
func mergeTests(a, b Test) Test {
	out := a
	if b.Description != "" {
		out.Description = b.Description
	}
	if b.Threshold != nil {
		out.Threshold = b.Threshold
	}
	if b.Prompts != nil {
		out.Prompts = b.Prompts
	}
	if b.Providers != nil {
		out.Providers = b.Providers
	}
	if b.ProviderOutput != nil {
		out.ProviderOutput = b.ProviderOutput
	}
	out.Metadata = mergeVars(a.Metadata, b.Metadata)
	out.Options = mergeOptions(a.Options, b.Options)
	out.line, out.where = b.line, b.where
	if out.where == "" {
		out.line, out.where = a.line, a.where
	}
	return out
}

// mergeOptions is {...a, ...b}.
func mergeOptions(a, b TestOptions) TestOptions {
	out := a
	if b.Provider != nil {
		out.Provider = b.Provider
	}
	if b.Transform != "" {
		out.Transform = b.Transform
	}
	if b.TransformVars != "" {
		out.TransformVars = b.TransformVars
	}
	if b.Postprocess != "" {
		out.Postprocess = b.Postprocess
	}
	if b.Prefix != "" {
		out.Prefix = b.Prefix
	}
	if b.Suffix != "" {
		out.Suffix = b.Suffix
	}
	if b.RubricPrompt != nil {
		out.RubricPrompt = b.RubricPrompt
	}
	if b.Repeat != 0 {
		out.Repeat = b.Repeat
	}
	out.DisableVarExpansion = out.DisableVarExpansion || b.DisableVarExpansion
	out.DisableDefaultAsserts = out.DisableDefaultAsserts || b.DisableDefaultAsserts
	out.RunSerially = out.RunSerially || b.RunSerially
	return out
}

// varCombinations expands vars whose value is a list of strings (a list
// of anything else is one value), in a stable order; nil when there would
// be more than limit.
func varCombinations(vars map[string]any, limit int) []map[string]any {
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	combos := []map[string]any{{}}
	for _, k := range keys {
		values := []any{vars[k]}
		if list, ok := vars[k].([]any); ok && !listVars[k] {
			if len(list) > 0 {
				if _, isStr := list[0].(string); isStr {
					values = list
				}
			} else {
				values = nil // promptfoo: an empty list leaves no case
			}
		}
		if len(combos)*len(values) > limit {
			return nil
		}
		var next []map[string]any
		for _, c := range combos {
			for _, v := range values {
				m := make(map[string]any, len(c)+1)
				for ck, cv := range c {
					m[ck] = cv
				}
				m[k] = v
				next = append(next, m)
			}
		}
		combos = next
	}
	if len(vars) == 0 {
		return []map[string]any{vars}
	}
	if combos == nil {
		combos = []map[string]any{} // an empty list var: no case
	}
	return combos
}

// comboLabel names the values a combination chose: "topic=bananas".
func comboLabel(all, chosen map[string]any) string {
	var parts []string
	var keys []string
	for k, v := range all {
		if _, ok := v.([]any); ok && !listVars[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%s", k, oneLine(str(chosen[k]), 40)))
	}
	return strings.Join(parts, ", ")
}

// Filter narrows the suite's cases before a run, as promptfoo's
// --filter-* flags do: Pattern keeps cases whose description matches,
// FirstN keeps the first N, Failing keeps those whose vars match a result
// that did not pass in a earlier report.
type Filter struct {
	Pattern string
	FirstN  int
	Failing []map[string]any // vars of the results to run again
}

// Apply narrows s.Tests.
func (f Filter) Apply(s *Suite) error {
	tests := s.Tests
	if f.Failing != nil {
		var keep []Test
		for _, t := range tests {
			merged := mergeVars(s.DefaultTest.Vars, t.Vars)
			for _, combo := range varCombinations(merged, maxCases) {
				if matchesAny(combo, f.Failing) {
					keep = append(keep, t)
					break
				}
			}
		}
		tests = keep
	}
	if f.Pattern != "" {
		re, err := regexp.Compile(f.Pattern)
		if err != nil {
			return fmt.Errorf("--filter-pattern %q: %w", f.Pattern, err)
		}
		var keep []Test
		for _, t := range tests {
			if t.Description != "" && re.MatchString(t.Description) {
				keep = append(keep, t)
			}
		}
		tests = keep
	}
	if f.FirstN > 0 && f.FirstN < len(tests) {
		tests = tests[:f.FirstN]
	}
	if len(tests) == 0 {
		return fmt.Errorf("no case is left after the filters")
	}
	s.Tests = tests
	s.Scenarios = nil // promptfoo's filters select tests; scenarios are not among them
	return nil
}

func matchesAny(vars map[string]any, list []map[string]any) bool {
	a := canonicalVars(vars)
	for _, v := range list {
		if canonicalVars(v) == a {
			return true
		}
	}
	return false
}

// canonicalVars is a comparable form of vars: JSON with sorted keys and
// numbers as JSON writes them.
func canonicalVars(v map[string]any) string {
	if v == nil {
		v = map[string]any{}
	}
	b, _ := jsonMarshal(normalizeJSON(v), 0)
	return string(b)
}
