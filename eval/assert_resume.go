package eval

import (
	"errors"
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// resumeCheck is one of bulletproof's own checks of a resume rewrite; not-
// and threshold are applied around it (see generic).
type resumeCheck func(c *assertCall) (bool, float64, string, error)

// resumeHandlers judge an output as a rewrite of vars.input: no invented
// claim (the guard), facts and tools kept, the guide's style rules.
var resumeHandlers = map[string]resumeCheck{
	"guard": func(c *assertCall) (bool, float64, string, error) {
		// the source is the value when given ("{{ bullet }}"), else vars.input
		text := strings.TrimSpace(str(c.value))
		if text == "" {
			text = c.s.Input
		}
		if strings.TrimSpace(text) == "" {
			return false, 0, "", errors.New("the guard needs the source text: vars.input, or a value such as \"{{ bullet }}\"")
		}
		src := guard.Source{Text: text, Facts: c.s.Facts}
		if c.s.Context != "" {
			src.Context = []string{c.s.Context}
		}
		v := c.s.judge.guard.Prepare(src).Check(c.s.Output)
		if v.Decision == guard.Reject {
			var why []string
			for _, f := range v.Errors() {
				why = append(why, f.Detail)
			}
			return false, 0, "guard rejects: " + strings.Join(why, "; "), nil
		}
		return true, 1, "guard: " + string(v.Decision), nil
	},
	"keeps-metrics": func(c *assertCall) (bool, float64, string, error) {
		v := c.s.judge.guard.Prepare(guard.Source{Text: c.s.Input}).Check(c.s.Output)
		src := c.s.judge.guard.Claims(c.s.Input).Quantities
		var lost []string
		for _, f := range v.Findings {
			if f.Kind == guard.KindDropped {
				lost = append(lost, f.Text)
			}
		}
		if len(src) == 0 {
			return true, 1, "the input states no metric", nil
		}
		kept := float64(len(src)-len(lost)) / float64(len(src))
		if len(lost) > 0 {
			return false, kept, "dropped " + strings.Join(lost, ", "), nil
		}
		return true, 1, fmt.Sprintf("all %d metrics kept", len(src)), nil
	},
	"keeps-tools": func(c *assertCall) (bool, float64, string, error) {
		lex := c.s.judge.lex
		out := map[*lexicon.Entry]bool{}
		for _, m := range lex.Find(c.s.Output) {
			out[m.Entry] = true
		}
		var lost []string
		seen := map[*lexicon.Entry]bool{}
		total := 0
		for _, m := range lex.Find(c.s.Input) {
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
			return true, 1, "the input names no technology", nil
		}
		if len(lost) > 0 {
			return false, float64(total-len(lost)) / float64(total), "dropped " + strings.Join(lost, ", "), nil
		}
		return true, 1, fmt.Sprintf("all %d technologies kept", total), nil
	},
	"action-verb": func(c *assertCall) (bool, float64, string, error) {
		if o, _, weak := english.WeakOpener(c.s.Output); weak {
			return false, 0, fmt.Sprintf("opens with the weak %q", o.Phrase), nil
		}
		w := firstWord(c.s.Output)
		if actionVerb(w) {
			return true, 1, fmt.Sprintf("opens with %q", w), nil
		}
		return false, 0, fmt.Sprintf("%q is not an action verb", w), nil
	},
	"past-tense": func(c *assertCall) (bool, float64, string, error) {
		w := firstWord(c.s.Output)
		if pastTense(w) {
			return true, 1, fmt.Sprintf("%q is past tense", w), nil
		}
		return false, 0, fmt.Sprintf("%q is not past tense", w), nil
	},
	"no-first-person": func(c *assertCall) (bool, float64, string, error) {
		fp := english.FirstPerson(c.s.Output)
		if len(fp) > 0 {
			return false, 0, fmt.Sprintf("first person %q", c.s.Output[fp[0][0]:fp[0][1]]), nil
		}
		return true, 1, "no first person", nil
	},
	"placeholders": func(c *assertCall) (bool, float64, string, error) {
		n := len(c.s.judge.guard.Claims(c.s.Output).Placeholders)
		lo, hi := bounds(c.value)
		ok := float64(n) >= lo && float64(n) <= hi
		return ok, b2f(ok), fmt.Sprintf("%d placeholders (want %s)", n, rangeText(lo, hi)), nil
	},
	"max-words": func(c *assertCall) (bool, float64, string, error) {
		n, limit := len(strings.Fields(c.s.Output)), num(c.value)
		return float64(n) <= limit, b2f(float64(n) <= limit), fmt.Sprintf("%d words (max %g)", n, limit), nil
	},
	"min-words": func(c *assertCall) (bool, float64, string, error) {
		n, limit := len(strings.Fields(c.s.Output)), num(c.value)
		return float64(n) >= limit, b2f(float64(n) >= limit), fmt.Sprintf("%d words (min %g)", n, limit), nil
	},
	"max-chars": func(c *assertCall) (bool, float64, string, error) {
		n, limit := len([]rune(c.s.Output)), num(c.value)
		return float64(n) <= limit, b2f(float64(n) <= limit), fmt.Sprintf("%d characters (max %g)", n, limit), nil
	},
}

// generic wraps a bulletproof check, which knows nothing of not- or
// thresholds: not- flips pass and score; a threshold passes on the score.
func generic(check resumeCheck) handler {
	return func(c *assertCall) (Outcome, error) {
		pass, score, reason, err := check(c)
		if err != nil {
			return Outcome{}, err
		}
		if c.inverse {
			pass, score = !pass, 1-score
			reason = "not: " + reason
		}
		if c.a.Threshold != nil {
			pass = score >= *c.a.Threshold
			reason += fmt.Sprintf(" (score %.2f, threshold %.2f)", score, *c.a.Threshold)
		}
		return Outcome{Pass: pass, Score: score, Reason: reason}, nil
	}
}

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
