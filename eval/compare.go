package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
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

type report struct {
	Results []Result `json:"results"`
}

// Compare lists the cells that changed from old to new (two JSON reports),
// regressions first.
func Compare(old, new io.Reader) ([]Change, error) {
	var a, b report
	if err := json.NewDecoder(old).Decode(&a); err != nil {
		return nil, fmt.Errorf("old report: %w", err)
	}
	if err := json.NewDecoder(new).Decode(&b); err != nil {
		return nil, fmt.Errorf("new report: %w", err)
	}
	key := func(r Result) string {
		return fmt.Sprintf("%s\x00%s\x00%s\x00%d", r.Prompt, r.Provider, r.Test, r.Repeat)
	}
	before := map[string]Result{}
	for _, r := range a.Results {
		before[key(r)] = r
	}
	var out []Change
	seen := map[string]bool{}
	for _, r := range b.Results {
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
	for k, o := range before {
		if !seen[k] {
			out = append(out, Change{Prompt: o.Prompt, Provider: o.Provider, Test: o.Test, Repeat: o.Repeat, Kind: "gone", OldScore: o.Score})
		}
	}
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
