package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// metricHandlers are promptfoo's scored comparisons and checks of the
// reply's shape, cost and speed.
var metricHandlers = map[string]handler{
	"rouge-n": func(c *assertCall) (Outcome, error) {
		ref, ok := c.value.(string)
		if !ok {
			return Outcome{}, errors.New(`"rouge" assertion type must be a string value`)
		}
		score := rougeN(strings.ToLower(c.s.Output), strings.ToLower(ref), 1)
		t := thresholdOr(c.a, 0.75)
		cmp := "less than"
		if score >= t {
			cmp = "greater than or equal to"
		}
		o := Outcome{Pass: (score >= t) != c.inverse, Score: score, Reason: fmt.Sprintf("ROUGE-N score %.2f is %s threshold %g", score, cmp, t)}
		if c.inverse {
			o.Score = 1 - score
		}
		return o, nil
	},
	"bleu": func(c *assertCall) (Outcome, error) {
		refs, ok := stringOrStrings(c.value)
		if !ok {
			return Outcome{}, errors.New(`"bleu" assertion type must have a string or array of strings value`)
		}
		if len(refs) == 0 {
			return Outcome{}, errors.New("bleu needs a reference")
		}
		score := bleu(c.s.Output, refs)
		t := thresholdOr(c.a, 0.5)
		pass := (score >= t) != c.inverse
		o := Outcome{Pass: pass, Score: score, Reason: "Assertion passed"}
		if c.inverse {
			o.Score = 1 - score
		}
		if !pass {
			cmp := "less"
			if c.inverse {
				cmp = "greater"
			}
			o.Reason = fmt.Sprintf("BLEU score %.4f is %s than threshold %g", score, cmp, t)
		}
		return o, nil
	},
	"is-json": func(c *assertCall) (Outcome, error) {
		var v any
		err := json.Unmarshal([]byte(c.s.Output), &v)
		pass := (err == nil) != c.inverse
		if err == nil && c.value != nil && c.value != "" {
			sch, err := compileSchema(c)
			if err != nil {
				return Outcome{}, err
			}
			if res := sch.ValidateJSON([]byte(c.s.Output)); !res.IsValid() {
				if c.inverse {
					return Outcome{Pass: true, Score: 1, Reason: "Assertion passed"}, nil
				}
				return Outcome{Pass: false, Score: 0, Reason: "JSON does not conform to the provided schema. Errors: " + schemaErr(res)}, nil
			}
			if c.inverse {
				return Outcome{Pass: false, Score: 0, Reason: "Output is JSON that conforms to the provided schema"}, nil
			}
		}
		return result(pass, fmt.Sprintf("Expected output to %sbe valid JSON", not(c.inverse))), nil
	},
	"contains-json": func(c *assertCall) (Outcome, error) {
		objs := extractJSONObjects(c.s.Output)
		pass := (len(objs) > 0) != c.inverse
		why := fmt.Sprintf("Expected output to %scontain valid JSON", not(c.inverse))
		if c.value != nil && c.value != "" && len(objs) > 0 {
			sch, err := compileSchema(c)
			if err != nil {
				return Outcome{}, err
			}
			for _, o := range objs {
				res := validateJSON(sch, o)
				pass = res.IsValid() != c.inverse
				if res.IsValid() {
					if c.inverse {
						why = "Output contains JSON conforming to the provided schema"
					}
					break
				}
				why = "JSON does not conform to the provided schema. Errors: " + schemaErr(res)
			}
		}
		return result(pass, why), nil
	},
	"latency": func(c *assertCall) (Outcome, error) {
		t, ok := limitOf(c.a)
		if !ok {
			return Outcome{}, errors.New("latency needs a threshold in milliseconds")
		}
		if c.s.Cached {
			return Outcome{}, errors.New("latency cannot be judged on a cached reply: rerun with --no-cache")
		}
		cmp := "greater than"
		if c.inverse {
			cmp = "less than or equal to"
		}
		return result((float64(c.s.LatencyMS) <= t) != c.inverse, fmt.Sprintf("Latency %dms is %s threshold %gms", c.s.LatencyMS, cmp, t)), nil
	},
	"cost": func(c *assertCall) (Outcome, error) {
		t, ok := limitOf(c.a)
		if !ok {
			return Outcome{}, errors.New("cost needs a threshold in US dollars")
		}
		if !c.s.HasCost {
			return Outcome{}, errors.New("cost needs the model's price: add it under prices in your config")
		}
		cmp := "greater than"
		if c.inverse {
			cmp = "less than or equal to"
		}
		return result((c.s.Cost <= t) != c.inverse, fmt.Sprintf("Cost %.2g is %s threshold %g", c.s.Cost, cmp, t)), nil
	},
	"finish-reason": func(c *assertCall) (Outcome, error) {
		v, ok := c.value.(string)
		if !ok {
			return Outcome{}, errors.New(`"finish-reason" assertion type must have a string value`)
		}
		if c.s.FinishReason == "" {
			return result(c.inverse, "Provider did not supply stop/finish reason"), nil
		}
		ok = strings.EqualFold(v, c.s.FinishReason) != c.inverse
		return result(ok, fmt.Sprintf("Expected finish reason %s%q but got %q", not(c.inverse), v, c.s.FinishReason)), nil
	},
	"perplexity": func(c *assertCall) (Outcome, error) {
		return Outcome{}, errors.New("perplexity needs log probabilities, which bulletproof does not request from providers")
	},
	"perplexity-score": func(c *assertCall) (Outcome, error) {
		return Outcome{}, errors.New("perplexity-score needs log probabilities, which bulletproof does not request from providers")
	},
}

func thresholdOr(a Assertion, d float64) float64 {
	if a.Threshold != nil {
		return *a.Threshold
	}
	return d
}

// limitOf is latency's and cost's limit: promptfoo's threshold, or the
// value bulletproof suites used to give.
func limitOf(a Assertion) (float64, bool) {
	if a.Threshold != nil {
		return *a.Threshold, true
	}
	return toNum(a.Value)
}

// extractJSONObjects finds the JSON objects in text, as promptfoo does:
// each { starts a candidate that runs to its matching }, closed if the
// text ends first, and read leniently (as YAML flow, which is JSON's
// superset).
func extractJSONObjects(s string) []any {
	const maxLen = 100_000
	var out []any
	for i := 0; i < len(s); i++ {
		if s[i] != '{' {
			continue
		}
		open, closed := 1, 0
		end := min(len(s), i+maxLen)
		for j := i + 1; j < end && open > closed; {
			switch s[j] {
			case '{':
				open++
			case '}':
				closed++
			}
			j++
			if open == closed || j == len(s) || j == i+maxLen {
				cand := s[i:j]
				if open > closed {
					cand += strings.Repeat("}", open-closed)
				}
				if v, ok := parseLenientObject(cand); ok {
					out = append(out, v)
					i = j - 1
					break
				}
				if open == closed {
					break
				}
			}
		}
	}
	return out
}

func parseLenientObject(s string) (any, bool) {
	var v any
	if json.Unmarshal([]byte(s), &v) == nil {
		_, ok := v.(map[string]any)
		return v, ok
	}
	if yaml.Unmarshal([]byte(s), &v) == nil {
		if m, ok := v.(map[string]any); ok {
			return normalizeJSON(m), true
		}
	}
	return nil, false
}

// bleu is BLEU-4 against the closest reference, with uniform weights,
// clipped counts, the brevity penalty, and a tiny floor for an empty
// precision — promptfoo's formula.
func bleu(candidate string, refs []string) float64 {
	if strings.TrimSpace(candidate) == "" {
		return 0
	}
	tok := func(s string) []string { return strings.Fields(strings.ToLower(strings.TrimSpace(s))) }
	cand := tok(candidate)
	var refToks [][]string
	closest := -1
	for _, r := range refs {
		rt := tok(r)
		refToks = append(refToks, rt)
		d, pd := abs(len(rt)-len(cand)), abs(closest-len(cand))
		if closest < 0 || d < pd || d == pd && len(rt) < closest {
			closest = len(rt)
		}
	}
	var logSum, wSum float64
	for n := 1; n <= 4; n++ {
		grams := ngrams(cand, n)
		if len(grams) == 0 {
			continue
		}
		counts := countGrams(grams)
		best := 0
		for _, rt := range refToks {
			rc := countGrams(ngrams(rt, n))
			clipped := 0
			for g, k := range counts {
				clipped += min(k, rc[g])
			}
			best = max(best, clipped)
		}
		p := float64(best) / float64(len(grams))
		if p == 0 {
			p = 1e-7
		}
		logSum += 0.25 * math.Log(p)
		wSum += 0.25
	}
	if wSum == 0 {
		return 0
	}
	bp := 1.0
	if len(cand) <= closest {
		bp = math.Exp(1 - float64(closest)/float64(len(cand)))
	}
	return bp * math.Exp(logSum/wSum)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func ngrams(words []string, n int) []string {
	if n <= 0 || n > len(words) {
		return nil
	}
	out := make([]string, 0, len(words)-n+1)
	for i := 0; i+n <= len(words); i++ {
		out = append(out, strings.Join(words[i:i+n], " "))
	}
	return out
}

func countGrams(g []string) map[string]int {
	m := make(map[string]int, len(g))
	for _, x := range g {
		m[x]++
	}
	return m
}

// rougeN is ROUGE-N's F1 with clipped counts over Penn-Treebank-style
// tokens, as promptfoo computes it.
func rougeN(candidate, reference string, n int) float64 {
	ct, rt := treebankTokens(candidate), treebankTokens(reference)
	if len(ct) < n || len(rt) < n {
		return 0
	}
	cg, rg := ngrams(ct, n), ngrams(rt, n)
	rc := countGrams(rg)
	overlap := 0
	for g, k := range countGrams(cg) {
		overlap += min(k, rc[g])
	}
	if overlap == 0 {
		return 0
	}
	p, r := float64(overlap)/float64(len(cg)), float64(overlap)/float64(len(rg))
	if p == r {
		return p
	}
	return 2 * p * r / (p + r)
}

var (
	tbSpace     = lazy.Regexp(`\s+`)
	tbEllipsis  = lazy.Regexp(`\.\.\.`)
	tbColon     = lazy.Regexp(`([:,])([^0-9]|$)`)
	tbSymbols   = lazy.Regexp(`([;@#$%&?!\[\](){}<>"])`)
	tbFinalDot  = lazy.Regexp(`([^.])\.([\])}>'\s]*)$`)
	tbDashes    = lazy.Regexp(`--`)
	tbQuoteEnd  = lazy.Regexp(`([^'])' `)
	tbClitic    = lazy.Regexp(`'([sSmMdD]) `)
	tbClitic2   = lazy.Regexp(`('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) `)
	tbManySpace = lazy.Regexp(` {2,}`)
)

// treebankTokens splits a sentence the way the Penn Treebank tokenizer
// does for ordinary English: punctuation and clitics ('s, n't) apart.
func treebankTokens(s string) []string {
	t := strings.TrimSpace(tbSpace().ReplaceAllString(s, " "))
	if t == "" {
		return nil
	}
	t = tbEllipsis().ReplaceAllString(t, " ... ")
	t = tbColon().ReplaceAllString(t, " $1 $2")
	t = tbSymbols().ReplaceAllString(t, " $1 ")
	t = tbFinalDot().ReplaceAllString(t, "$1 .$2 ")
	t = tbDashes().ReplaceAllString(t, " -- ")
	t = " " + t + " "
	t = tbQuoteEnd().ReplaceAllString(t, "$1 ' ")
	t = tbClitic().ReplaceAllString(t, " '$1 ")
	t = tbClitic2().ReplaceAllString(t, " $1 ")
	t = strings.TrimSpace(tbManySpace().ReplaceAllString(t, " "))
	return strings.Split(t, " ")
}

// stringOrStrings reads a value given as a string or a list of strings,
// as promptfoo's assertions take them; ok is false for anything else.
func stringOrStrings(v any) (out []string, ok bool) {
	switch v := v.(type) {
	case string:
		return []string{v}, true
	case []any:
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			out = append(out, s)
		}
		return out, true
	}
	return nil, false
}
