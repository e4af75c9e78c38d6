package eval

import (
	"path/filepath"

	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/agnivade/levenshtein"
)

// Outcome is one assertion's result.
type Outcome struct {
	Type   string  `json:"type"`
	Pass   bool    `json:"pass"`
	Score  float64 `json:"score"`
	Reason string  `json:"reason"`
	Weight float64 `json:"weight,omitempty"`
	Metric string  `json:"metric,omitempty"`
}

// subject is what assertions look at.
type subject struct {
	ctx          context.Context
	Output       string // the output as a string (JSON when a transform made it a value)
	Value        any    // the output as a value (a string unless a transform changed it)
	Raw          string // the reply as received
	Prompt       string // the prompt as sent (rendered)
	Vars         map[string]any
	Input        string // the guard's source, vars.input
	Facts        []string
	Context      string
	LatencyMS    int64
	Cached       bool
	Cost         float64
	HasCost      bool
	FinishReason string
	judge        *judging
	Test         *Test // for options: grader, rubricPrompt
	// grader resolves the provider for model-graded assertions; nil when
	// none can be had.
	grader func(a Assertion, embedding bool) (*gradingTarget, error)
	// readFile loads file:// assertion values (confined to the suite).
	readFile func(string) ([]byte, error)
	suiteDir string
	// trusted is --trust-suite: python may run.
	trusted                   bool
	providerID, providerLabel string
}

// assertCall is one assertion being judged.
type assertCall struct {
	a       Assertion
	base    string // the type without not-
	inverse bool
	value   any // the value, rendered with the case's vars
	s       *subject
}

// handler judges one assertion. An error is promptfoo's "this assertion
// cannot be judged" (a missing value, no cost from the provider): the cell
// is an error, not a failure.
type handler func(c *assertCall) (Outcome, error)

// handlers maps a type to its check. promptfoo's types keep promptfoo's
// meaning (threshold, not- and score per type); bulletproof's own judge a
// resume rewrite.
var handlers map[string]handler

func init() {
	handlers = map[string]handler{}
	for k, v := range textHandlers {
		handlers[k] = v
	}
	for k, v := range metricHandlers {
		handlers[k] = v
	}
	for k, v := range scriptHandlers {
		handlers[k] = v
	}
	for k, v := range gradedHandlers {
		handlers[k] = v
	}
	for k, v := range resumeHandlers {
		handlers[k] = generic(v)
	}
	handlers["assert-set"] = nil // judged by judgeAll
}

// bulletproofTypes are the types promptfoo does not have.
var bulletproofTypes = func() []string {
	var out []string
	for k := range resumeHandlers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}()

// noInverse are promptfoo types whose not- form promptfoo ignores; rather
// than run them backwards or forwards by accident, a suite may not ask.
var noInverse = map[string]bool{"factuality": true, "model-graded-factuality": true, "model-graded-closedqa": true, "assert-set": true}

// checkAssertion validates an assertion when the suite loads.
func checkAssertion(a Assertion, key string) error {
	base := strings.TrimPrefix(a.Type, "not-")
	if a.Type == "" {
		return &SuiteError{Key: key + ".type", Msg: "missing"}
	}
	if _, ok := handlers[base]; !ok {
		msg := fmt.Sprintf("unknown assertion type %q", a.Type)
		if c := closestType(a.Type); c != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", c)
		} else if known(promptfooTypes, base) {
			msg = fmt.Sprintf("assertion type %q is not supported by bulletproof (see the README for the list)", a.Type)
		}
		return &SuiteError{Key: key + ".type", Msg: msg}
	}
	if base != a.Type && noInverse[base] {
		return &SuiteError{Key: key + ".type", Msg: fmt.Sprintf("%s has no not- form", base)}
	}
	if a.Weight != nil && *a.Weight < 0 {
		return &SuiteError{Key: key + ".weight", Msg: "must not be negative"}
	}
	if base == "assert-set" {
		if len(a.Assert) == 0 {
			return &SuiteError{Key: key + ".assert", Msg: "an assert-set needs assertions"}
		}
		for i, m := range a.Assert {
			if err := checkAssertion(m, fmt.Sprintf("%s.assert[%d]", key, i)); err != nil {
				return err
			}
		}
		return nil
	}
	if err := checkValue(a, base); err != nil {
		return &SuiteError{Key: key + ".value", Msg: err.Error()}
	}
	return nil
}

func known(list []string, t string) bool {
	for _, k := range list {
		if k == t {
			return true
		}
	}
	return false
}

// checkValue catches values that can never work; values that hold
// {{vars}} are judged when rendered.
func checkValue(a Assertion, base string) error {
	v, templated := a.Value, false
	if s, ok := v.(string); ok && strings.Contains(s, "{{") {
		templated = true
	}
	switch base {
	case "max-words", "min-words", "max-chars":
		if _, ok := toNum(v); !ok {
			return fmt.Errorf("%s needs a number", a.Type)
		}
	case "placeholders":
		if v == nil {
			return fmt.Errorf("placeholders needs {min: N} and/or {max: N}, or a count")
		}
	case "regex":
		if s, ok := v.(string); ok && !templated {
			if _, err := compileRegex(s); err != nil {
				return fmt.Errorf("bad regex: %w", err)
			}
		}
	case "latency", "cost":
		if a.Threshold == nil {
			if _, ok := toNum(v); !ok {
				return fmt.Errorf("%s needs a threshold", a.Type)
			}
		}
	case "word-count":
		if v == nil {
			return errors.New("word-count needs a value: a count or {min, max}")
		}
	}
	return nil
}

func closestType(t string) string {
	best, bestD := "", 4
	var names []string
	for n := range handlers {
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

// judge runs one assertion: its transform, its value rendered with the
// case's vars, its check.
func judge(a Assertion, s *subject) (Outcome, error) {
	base := strings.TrimPrefix(a.Type, "not-")
	c := &assertCall{a: a, base: base, inverse: base != a.Type, s: s}
	if a.Transform != "" {
		v, err := runTransform(s.ctx, a.Transform, s.Value, s.Vars, s.Prompt)
		if err != nil {
			return Outcome{}, fmt.Errorf("%s transform: %w", a.Type, err)
		}
		sub := *s
		sub.Value, sub.Output = v, outputString(v)
		c.s = &sub
	}
	v, err := renderValue(a.Value, s)
	if err != nil {
		return Outcome{}, fmt.Errorf("%s value: %w", a.Type, err)
	}
	if ref, ok := v.(string); ok && strings.HasPrefix(ref, "file://") && !fileValued[base] {
		if v, err = loadValueFile(ref, s); err != nil {
			return Outcome{}, fmt.Errorf("%s value: %w", a.Type, err)
		}
	}
	c.value = v
	o, err := handlers[base](c)
	if err != nil {
		return Outcome{}, fmt.Errorf("%s: %w", a.Type, err)
	}
	o.Type, o.Metric = a.Type, renderMetric(a.Metric, s.Vars)
	o.Weight = a.weight()
	if a.Weight != nil && *a.Weight == 0 {
		o.Pass = true // promptfoo: a weight of 0 never fails a case
	}
	return o, nil
}

// judgeAll runs a case's assertions (assert-sets included) and combines
// them as promptfoo does: the score is the weighted mean, and the case
// passes when every assertion passes — or, with a threshold, when the
// score reaches it.
func judgeAll(list []Assertion, threshold *float64, s *subject) (pass bool, score float64, outs []Outcome, named map[string]float64, err error) {
	if len(list) == 0 {
		return true, 1, []Outcome{}, nil, nil
	}
	var total, weight float64
	named, nw := map[string]float64{}, map[string]float64{}
	failed := false
	outs = []Outcome{}
	for _, a := range list {
		var o Outcome
		if a.Type == "assert-set" {
			p, sc, sub, _, err := judgeAll(a.Assert, a.Threshold, s)
			if err != nil {
				return false, 0, nil, nil, err
			}
			o = Outcome{Type: "assert-set", Pass: p, Score: sc, Weight: a.weight(), Metric: renderMetric(a.Metric, s.Vars), Reason: setReason(p, sub)}
			outs = append(outs, sub...)
		} else {
			o, err = judge(a, s)
			if err != nil {
				return false, 0, nil, nil, err
			}
		}
		outs = append(outs, o)
		total += o.Score * a.weight()
		weight += a.weight()
		if o.Metric != "" {
			named[o.Metric] += o.Score * a.weight()
			nw[o.Metric] += a.weight()
		}
		if !o.Pass {
			failed = true
		}
	}
	if weight > 0 {
		score = total / weight
	}
	pass = !failed
	if threshold != nil {
		pass = score >= *threshold
	}
	for k := range named {
		if nw[k] > 0 {
			named[k] /= nw[k]
		} else {
			named[k] = 0
		}
	}
	if len(named) == 0 {
		named = nil
	}
	return pass, score, outs, named, nil
}

func setReason(pass bool, sub []Outcome) string {
	if pass {
		return "All assertions passed"
	}
	for _, o := range sub {
		if !o.Pass {
			return o.Reason
		}
	}
	return "failed"
}

func renderMetric(m string, vars map[string]any) string {
	if m == "" || !strings.Contains(m, "{") {
		return m
	}
	if r, err := renderTemplate(m, vars); err == nil {
		return r
	}
	return m
}

// renderValue fills {{vars}} in a string value (and in each string of a
// list), and loads a file:// value, as promptfoo does.
func renderValue(v any, s *subject) (any, error) {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "file://") {
			return x, nil // loaded by the handler that knows what it holds
		}
		return renderTemplate(x, s.Vars)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			if str, ok := e.(string); ok && !strings.HasPrefix(str, "file://") {
				r, err := renderTemplate(str, s.Vars)
				if err != nil {
					return nil, err
				}
				out[i] = r
			} else {
				out[i] = e
			}
		}
		return out, nil
	}
	return v, nil
}

// fileValued are the types that read a file:// value themselves (a
// script, a schema).
var fileValued = map[string]bool{"javascript": true, "python": true, "is-json": true, "contains-json": true}

// loadValueFile reads a file:// value as promptfoo does: .json and .yaml
// parsed, .txt as trimmed text.
func loadValueFile(ref string, s *subject) (any, error) {
	p := strings.TrimPrefix(ref, "file://")
	if !filepath.IsAbs(p) {
		p = filepath.Join(s.suiteDir, p)
	}
	ext := strings.ToLower(filepath.Ext(p))
	if ext != ".json" && ext != ".yaml" && ext != ".yml" && ext != ".txt" {
		return nil, fmt.Errorf("%s: a value file is .txt, .json or .yaml", ref)
	}
	if s.readFile == nil {
		return nil, fmt.Errorf("%s: no files here", ref)
	}
	b, err := s.readFile(p)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", ref, err)
	}
	if ext == ".txt" {
		return strings.TrimSpace(string(b)), nil
	}
	var v any
	if err := yaml.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", ref, err)
	}
	return normalizeJSON(v), nil
}

// outputString is promptfoo's coerceString: text as it is, other values
// as JSON.
func outputString(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, err := jsonMarshal(v, 0)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// result is the usual pass/score pair for a yes-or-no check.
func result(pass bool, failReason string) Outcome {
	if pass {
		return Outcome{Pass: true, Score: 1, Reason: "Assertion passed"}
	}
	return Outcome{Pass: false, Score: 0, Reason: failReason}
}

func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return jsNumberText(x)
	case bool:
		return fmt.Sprint(x)
	case int, int64:
		return fmt.Sprint(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func toNum(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, !math.IsNaN(x)
	case string:
		return finiteNumber(x)
	}
	return 0, false
}

func num(v any) float64 { f, _ := toNum(v); return f }

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func not(inverse bool) string {
	if inverse {
		return "not "
	}
	return ""
}
