package eval

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Outcome is one assertion's result.
type Outcome struct {
	Type   string  `json:"type"`
	Pass   bool    `json:"pass"`
	Score  float64 `json:"score"`
	Reason string  `json:"reason"`
	Weight float64 `json:"weight,omitempty"`
}

// subject is what assertions look at.
type subject struct {
	Output    string // the rewrite
	Raw       string // the reply as received
	Input     string
	Facts     []string
	Context   string
	LatencyMS int64
	Cost      float64
	Lexicon   *lexicon.Lexicon
	Grade     func(rubric, provider string) (Outcome, error) // llm-rubric
	Ownership guard.OwnershipMode
}

// guard is the guard over the subject's lexicon.
func (s subject) guard(ownership guard.OwnershipMode) *guard.Guard {
	var extra []byte
	if s.Lexicon != nil {
		extra = s.Lexicon.Extra()
	}
	return guard.MustNew(guard.Options{Lexicon: extra, Ownership: ownership})
}

type checker func(a Assertion, s subject) (bool, float64, string)

// negatable lists the types with a not- form.
var negatable = map[string]bool{"equals": true, "contains": true, "icontains": true, "regex": true, "starts-with": true}

// assertions maps a type to its check. Each returns pass, a score in [0,1]
// and a reason a person can read.
var assertions = map[string]checker{
	"equals": func(a Assertion, s subject) (bool, float64, string) {
		ok := s.Output == str(a.Value)
		return ok, b2f(ok), fmt.Sprintf("output %s %q", eqWord(ok), str(a.Value))
	},
	"contains": func(a Assertion, s subject) (bool, float64, string) {
		ok := strings.Contains(s.Output, str(a.Value))
		return ok, b2f(ok), fmt.Sprintf("output %s %q", hasWord(ok), str(a.Value))
	},
	"icontains": func(a Assertion, s subject) (bool, float64, string) {
		ok := strings.Contains(strings.ToLower(s.Output), strings.ToLower(str(a.Value)))
		return ok, b2f(ok), fmt.Sprintf("output %s %q (any case)", hasWord(ok), str(a.Value))
	},
	"regex": func(a Assertion, s subject) (bool, float64, string) {
		re, err := regexp.Compile(str(a.Value))
		if err != nil {
			return false, 0, "bad regex: " + err.Error()
		}
		ok := re.MatchString(s.Output)
		return ok, b2f(ok), fmt.Sprintf("output %s /%s/", matchWord(ok), str(a.Value))
	},
	"starts-with": func(a Assertion, s subject) (bool, float64, string) {
		ok := strings.HasPrefix(s.Output, str(a.Value))
		return ok, b2f(ok), fmt.Sprintf("output %s with %q", startWord(ok), str(a.Value))
	},
	"max-words": func(a Assertion, s subject) (bool, float64, string) {
		n, limit := len(strings.Fields(s.Output)), num(a.Value)
		return float64(n) <= limit, b2f(float64(n) <= limit), fmt.Sprintf("%d words (max %g)", n, limit)
	},
	"min-words": func(a Assertion, s subject) (bool, float64, string) {
		n, limit := len(strings.Fields(s.Output)), num(a.Value)
		return float64(n) >= limit, b2f(float64(n) >= limit), fmt.Sprintf("%d words (min %g)", n, limit)
	},
	"max-chars": func(a Assertion, s subject) (bool, float64, string) {
		n, limit := len([]rune(s.Output)), num(a.Value)
		return float64(n) <= limit, b2f(float64(n) <= limit), fmt.Sprintf("%d characters (max %g)", n, limit)
	},
	"is-json": func(a Assertion, s subject) (bool, float64, string) {
		var v any
		err := json.Unmarshal([]byte(strings.TrimSpace(s.Raw)), &v)
		if err != nil {
			return false, 0, "the reply is not JSON: " + err.Error()
		}
		return true, 1, "the reply is JSON"
	},
	"guard": func(a Assertion, s subject) (bool, float64, string) {
		src := guard.Source{Text: s.Input, Facts: s.Facts}
		if s.Context != "" {
			src.Context = []string{s.Context}
		}
		v := s.guard(s.Ownership).Prepare(src).Check(s.Output)
		if v.Decision == guard.Reject {
			var why []string
			for _, f := range v.Errors() {
				why = append(why, f.Detail)
			}
			return false, 0, "guard rejects: " + strings.Join(why, "; ")
		}
		return true, 1, "guard: " + string(v.Decision)
	},
	"keeps-metrics": func(a Assertion, s subject) (bool, float64, string) {
		g := s.guard("")
		v := g.Check(s.Input, s.Output)
		src := g.Claims(s.Input).Quantities
		var lost []string
		for _, f := range v.Findings {
			if f.Kind == guard.KindDropped {
				lost = append(lost, f.Text)
			}
		}
		if len(src) == 0 {
			return true, 1, "the input states no metric"
		}
		kept := float64(len(src)-len(lost)) / float64(len(src))
		if len(lost) > 0 {
			return false, kept, "dropped " + strings.Join(lost, ", ")
		}
		return true, 1, fmt.Sprintf("all %d metrics kept", len(src))
	},
	"keeps-tools": func(a Assertion, s subject) (bool, float64, string) {
		lex := s.Lexicon
		out := map[*lexicon.Entry]bool{}
		for _, m := range lex.Find(s.Output) {
			out[m.Entry] = true
		}
		var lost []string
		seen := map[*lexicon.Entry]bool{}
		total := 0
		for _, m := range lex.Find(s.Input) {
			if seen[m.Entry] {
				continue
			}
			seen[m.Entry] = true
			total++
			if !out[m.Entry] {
				lost = append(lost, m.Entry.Name)
			}
		}
		if total == 0 {
			return true, 1, "the input names no technology"
		}
		if len(lost) > 0 {
			return false, float64(total-len(lost)) / float64(total), "dropped " + strings.Join(lost, ", ")
		}
		return true, 1, fmt.Sprintf("all %d technologies kept", total)
	},
	"action-verb": func(a Assertion, s subject) (bool, float64, string) {
		if o, _, weak := english.WeakOpener(s.Output); weak {
			return false, 0, fmt.Sprintf("opens with the weak %q", o.Phrase)
		}
		w := firstWord(s.Output)
		if actionVerb(w) {
			return true, 1, fmt.Sprintf("opens with %q", w)
		}
		return false, 0, fmt.Sprintf("%q is not an action verb", w)
	},
	"past-tense": func(a Assertion, s subject) (bool, float64, string) {
		w := firstWord(s.Output)
		if pastTense(w) {
			return true, 1, fmt.Sprintf("%q is past tense", w)
		}
		return false, 0, fmt.Sprintf("%q is not past tense", w)
	},
	"no-first-person": func(a Assertion, s subject) (bool, float64, string) {
		fp := english.FirstPerson(s.Output)
		if len(fp) > 0 {
			return false, 0, fmt.Sprintf("first person %q", s.Output[fp[0][0]:fp[0][1]])
		}
		return true, 1, "no first person"
	},
	"placeholders": func(a Assertion, s subject) (bool, float64, string) {
		n := len(s.guard("").Claims(s.Output).Placeholders)
		lo, hi := bounds(a.Value)
		ok := float64(n) >= lo && float64(n) <= hi
		return ok, b2f(ok), fmt.Sprintf("%d placeholders (want %s)", n, rangeText(lo, hi))
	},
	"latency": func(a Assertion, s subject) (bool, float64, string) {
		ok := float64(s.LatencyMS) <= num(a.Value)
		return ok, b2f(ok), fmt.Sprintf("%d ms (max %g)", s.LatencyMS, num(a.Value))
	},
	"cost": func(a Assertion, s subject) (bool, float64, string) {
		ok := s.Cost <= num(a.Value)
		return ok, b2f(ok), fmt.Sprintf("$%.6f (max $%g)", s.Cost, num(a.Value))
	},
	"llm-rubric": func(a Assertion, s subject) (bool, float64, string) {
		if s.Grade == nil {
			return false, 0, "no grader provider"
		}
		o, err := s.Grade(str(a.Value), a.Provider)
		if err != nil {
			return false, 0, "grader failed: " + err.Error()
		}
		return o.Pass, o.Score, o.Reason
	},
}

// evaluate runs one assertion, applying not- and threshold.
func evaluate(a Assertion, s subject) Outcome {
	base := strings.TrimPrefix(a.Type, "not-")
	neg := base != a.Type
	pass, score, reason := assertions[base](a, s)
	if neg {
		pass, score = !pass, 1-score
		reason = "not: " + reason
	}
	if a.Threshold != nil {
		pass = score >= *a.Threshold
		reason += fmt.Sprintf(" (score %.2f, threshold %.2f)", score, *a.Threshold)
	}
	w := a.Weight
	if w == 0 {
		w = 1
	}
	return Outcome{Type: a.Type, Pass: pass, Score: score, Reason: reason, Weight: w}
}

// checkValue validates an assertion's value when the suite loads.
func checkValue(a Assertion) error {
	base := strings.TrimPrefix(a.Type, "not-")
	switch base {
	case "equals", "contains", "icontains", "starts-with", "llm-rubric":
		if str(a.Value) == "" {
			return fmt.Errorf("%s needs a value", a.Type)
		}
	case "regex":
		if _, err := regexp.Compile(str(a.Value)); err != nil {
			return fmt.Errorf("bad regex: %v", err)
		}
	case "max-words", "min-words", "max-chars", "latency", "cost":
		if _, ok := toNum(a.Value); !ok {
			return fmt.Errorf("%s needs a number", a.Type)
		}
	case "placeholders":
		if a.Value == nil {
			return fmt.Errorf("placeholders needs {min: N} and/or {max: N}, or a count")
		}
	}
	return nil
}

func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	}
	return fmt.Sprint(v)
}

func toNum(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	case string:
		var f float64
		_, err := fmt.Sscanf(x, "%g", &f)
		return f, err == nil
	}
	return 0, false
}

func num(v any) float64 { f, _ := toNum(v); return f }

// bounds reads {min, max} or a single count.
func bounds(v any) (float64, float64) {
	if m, ok := v.(map[string]any); ok {
		lo, hi := 0.0, 1e9
		if x, ok := toNum(m["min"]); ok {
			lo = x
		}
		if x, ok := toNum(m["max"]); ok {
			hi = x
		}
		return lo, hi
	}
	n := num(v)
	return n, n
}

func rangeText(lo, hi float64) string {
	switch {
	case lo == hi:
		return fmt.Sprintf("exactly %g", lo)
	case hi >= 1e9:
		return fmt.Sprintf("at least %g", lo)
	case lo == 0:
		return fmt.Sprintf("at most %g", hi)
	}
	return fmt.Sprintf("%g to %g", lo, hi)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func eqWord(ok bool) string    { return pick(ok, "equals", "differs from") }
func hasWord(ok bool) string   { return pick(ok, "contains", "lacks") }
func matchWord(ok bool) string { return pick(ok, "matches", "does not match") }
func startWord(ok bool) string { return pick(ok, "starts", "does not start") }

func pick(ok bool, a, b string) string {
	if ok {
		return a
	}
	return b
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ",.;:\"'")
}

// actionVerb: a known verb that is not weak, or a word in the past tense
// ("Cached", "Dockerized").
func actionVerb(w string) bool {
	if w == "" {
		return false
	}
	if v, _, ok := english.LookupVerb(w); ok {
		return !v.Weak
	}
	return pastTense(w)
}

func pastTense(w string) bool {
	if v, form, ok := english.LookupVerb(w); ok {
		return form == english.FormPast || w == v.Past
	}
	l := strings.ToLower(w)
	return len(l) > 4 && strings.HasSuffix(l, "ed") && english.IsWord(l)
}
