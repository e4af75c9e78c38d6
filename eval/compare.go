package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Change is one cell whose result differs between two runs.
type Change struct {
	Prompt   string  `json:"prompt"`
	Provider string  `json:"provider"`
	Test     string  `json:"test"`
	Repeat   int     `json:"repeat"`
	Kind     string  `json:"kind"` // regression, fixed, score, new, gone
	OldScore float64 `json:"old_score"`
	NewScore float64 `json:"new_score"`
	Reason   string  `json:"reason,omitempty"`
}

// ErrNotReport is a JSON file that is not an eval report.
var ErrNotReport = errors.New("not an eval report: expected bulletproof's JSON report or promptfoo's output (-o results.json)")

// ReadReport reads the results of a JSON report: bulletproof's, or the
// JSON promptfoo writes with -o (its results.results).
func ReadReport(r io.Reader) ([]Result, error) {
	var head struct {
		Version *int            `json:"version"`
		Results json.RawMessage `json:"results"`
		EvalID  string          `json:"evalId"`
	}
	if err := json.NewDecoder(r).Decode(&head); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("not JSON (%w)", err)
		}
		return nil, ErrNotReport
	}
	raw := strings.TrimSpace(string(head.Results))
	switch {
	case strings.HasPrefix(raw, "[") && head.Version != nil:
		var out []Result
		if err := json.Unmarshal(head.Results, &out); err != nil {
			return nil, fmt.Errorf("%w (%w)", ErrNotReport, err)
		}
		return out, nil
	case strings.HasPrefix(raw, "{"):
		var pf struct {
			Results []promptfooResult `json:"results"`
		}
		if err := json.Unmarshal(head.Results, &pf); err != nil || pf.Results == nil {
			return nil, ErrNotReport
		}
		out := make([]Result, len(pf.Results))
		for i, p := range pf.Results {
			out[i] = p.result()
		}
		return out, nil
	}
	return nil, ErrNotReport
}

// promptfooResult is one row of promptfoo's JSON output.
type promptfooResult struct {
	Provider struct {
		ID    string `json:"id"`
		Label string `json:"label"`
	} `json:"provider"`
	Prompt struct {
		Label string `json:"label"`
		Raw   string `json:"raw"`
	} `json:"prompt"`
	Vars          map[string]any `json:"vars"`
	Success       bool           `json:"success"`
	Score         float64        `json:"score"`
	FailureReason int            `json:"failureReason"`
	Error         string         `json:"error"`
	LatencyMS     int64          `json:"latencyMs"`
	Cost          float64        `json:"cost"`
	TestCase      struct {
		Description string         `json:"description"`
		Vars        map[string]any `json:"vars"`
	} `json:"testCase"`
	Response struct {
		Output any `json:"output"`
	} `json:"response"`
	GradingResult *struct {
		ComponentResults []struct {
			Pass      bool    `json:"pass"`
			Score     float64 `json:"score"`
			Reason    string  `json:"reason"`
			Assertion *struct {
				Type string `json:"type"`
			} `json:"assertion"`
		} `json:"componentResults"`
	} `json:"gradingResult"`
}

// promptfoo's failureReason for an error (not an assertion failure).
const promptfooError = 2

func (p promptfooResult) result() Result {
	r := Result{Prompt: p.Prompt.Label, Provider: p.Provider.Label, Test: p.TestCase.Description, Vars: p.TestCase.Vars,
		Pass: p.Success, Score: p.Score, LatencyMS: p.LatencyMS, Cost: p.Cost, Output: outputString(p.Response.Output), Assertions: []Outcome{}}
	if r.Provider == "" {
		r.Provider = p.Provider.ID
	}
	if r.Vars == nil {
		r.Vars = p.Vars
	}
	if p.FailureReason == promptfooError {
		r.Error = firstNonEmpty(p.Error, "error")
	}
	if p.Response.Output == nil {
		r.Output = ""
	}
	if p.GradingResult != nil {
		for _, c := range p.GradingResult.ComponentResults {
			o := Outcome{Pass: c.Pass, Score: c.Score, Reason: c.Reason}
			if c.Assertion != nil {
				o.Type = c.Assertion.Type
			}
			r.Assertions = append(r.Assertions, o)
		}
	}
	return r
}

// Compare lists the cells that changed from old to new (two JSON reports,
// bulletproof's or promptfoo's), regressions first. Cells are matched by
// prompt, provider, case, vars and repeat.
func Compare(old, new io.Reader) ([]Change, error) {
	a, err := ReadReport(old)
	if err != nil {
		return nil, fmt.Errorf("old report: %w", err)
	}
	b, err := ReadReport(new)
	if err != nil {
		return nil, fmt.Errorf("new report: %w", err)
	}
	key := func(r Result) string {
		return fmt.Sprintf("%s\x00%s\x00%s\x00%d\x00%s", r.Prompt, providerKey(r.Provider), baseDescription(r.Test), r.Repeat, canonicalVars(r.Vars))
	}
	before := map[string]Result{}
	for _, r := range a {
		before[key(r)] = r
	}
	var out []Change
	seen := map[string]bool{}
	for _, r := range b {
		k := key(r)
		seen[k] = true
		o, ok := before[k]
		c := Change{Prompt: r.Prompt, Provider: r.Provider, Test: r.Test, Repeat: r.Repeat, OldScore: o.Score, NewScore: r.Score}
		okNow, okThen := judged(r) && r.Pass, judged(o) && o.Pass
		switch {
		case !ok:
			c.Kind = "new"
		case okThen && !okNow:
			c.Kind, c.Reason = "regression", failureReason(r)
		case !okThen && okNow:
			c.Kind = "fixed"
		case o.Score != r.Score && judged(r) && judged(o):
			c.Kind = "score"
		default:
			continue
		}
		out = append(out, c)
	}
	var gone []Change
	for k, o := range before {
		if !seen[k] {
			gone = append(gone, Change{Prompt: o.Prompt, Provider: o.Provider, Test: o.Test, Repeat: o.Repeat, Kind: "gone", OldScore: o.Score})
		}
	}
	sort.Slice(gone, func(i, j int) bool {
		return gone[i].Prompt+gone[i].Provider+gone[i].Test < gone[j].Prompt+gone[j].Provider+gone[j].Test
	})
	out = append(out, gone...)
	rank := map[string]int{"regression": 0, "score": 1, "fixed": 2, "new": 3, "gone": 4}
	sort.SliceStable(out, func(i, j int) bool {
		if rank[out[i].Kind] != rank[out[j].Kind] {
			return rank[out[i].Kind] < rank[out[j].Kind]
		}
		if out[i].Kind == "score" {
			return out[i].NewScore-out[i].OldScore < out[j].NewScore-out[j].OldScore
		}
		return false
	})
	return out, nil
}

// providerKey reads promptfoo's and bulletproof's spellings of one provider
// as the same: "openai:chat:gpt-4o-mini" is "openai:gpt-4o-mini", and
// "openai:completion:davinci-002" is "openai:davinci-002", as promptfoo
// labels them.
func providerKey(p string) string {
	name, rest, ok := strings.Cut(p, ":")
	if !ok {
		return p
	}
	if mode, model, ok := strings.Cut(rest, ":"); ok && (mode == "chat" || mode == "messages" || mode == "completion") {
		return name + ":" + model
	}
	return p
}

// baseDescription drops the "(var=value)" bulletproof adds to a case
// expanded from a list var; the vars tell the cases apart.
func baseDescription(s string) string {
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") && strings.Contains(s[i:], "=") {
		return s[:i]
	}
	return s
}

func judged(r Result) bool { return !r.Skipped && r.Error == "" }

func failureReason(r Result) string {
	if r.Error != "" {
		return r.Error
	}
	for _, a := range r.Assertions {
		if !a.Pass {
			return a.Type + ": " + a.Reason
		}
	}
	return ""
}
