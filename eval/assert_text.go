package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"
	"github.com/dlclark/regexp2"
)

// textHandlers are promptfoo's deterministic checks on the output text,
// with promptfoo's meaning: each decides what not- and threshold do.
var textHandlers = map[string]handler{
	"equals": func(c *assertCall) (Outcome, error) {
		out := c.s.Output
		switch v := c.value.(type) {
		case map[string]any, []any:
			var got any
			pass := c.inverse
			if json.Unmarshal([]byte(out), &got) == nil {
				pass = reflect.DeepEqual(normalizeJSON(v), got) != c.inverse
			}
			b, _ := jsonMarshal(v, 0)
			return result(pass, fmt.Sprintf("Expected output %q to %sequal %q", out, not(c.inverse), b)), nil
		}
		want := str(c.value)
		return result((want == out) != c.inverse, fmt.Sprintf("Expected output %q to %sequal %q", out, not(c.inverse), want)), nil
	},
	"contains": func(c *assertCall) (Outcome, error) {
		v, err := containsValue(c)
		if err != nil {
			return Outcome{}, err
		}
		return result(strings.Contains(c.s.Output, v) != c.inverse, fmt.Sprintf("Expected output to %scontain %q", not(c.inverse), v)), nil
	},
	"icontains": func(c *assertCall) (Outcome, error) {
		v, err := containsValue(c)
		if err != nil {
			return Outcome{}, err
		}
		ok := strings.Contains(strings.ToLower(c.s.Output), strings.ToLower(v))
		return result(ok != c.inverse, fmt.Sprintf("Expected output to %scontain %q", not(c.inverse), v)), nil
	},
	"contains-any": func(c *assertCall) (Outcome, error) { return containsList(c, false, true) },
	"icontains-any": func(c *assertCall) (Outcome, error) {
		return containsList(c, true, true)
	},
	"contains-all": func(c *assertCall) (Outcome, error) { return containsList(c, false, false) },
	"icontains-all": func(c *assertCall) (Outcome, error) {
		return containsList(c, true, false)
	},
	"starts-with": func(c *assertCall) (Outcome, error) {
		v, ok := c.value.(string)
		if !ok || v == "" {
			return Outcome{}, errors.New(`"starts-with" assertion type must have a string value`)
		}
		return result(strings.HasPrefix(c.s.Output, v) != c.inverse, fmt.Sprintf("Expected output to %sstart with %q", not(c.inverse), v)), nil
	},
	"regex": func(c *assertCall) (Outcome, error) {
		v, ok := c.value.(string)
		if !ok || v == "" {
			return Outcome{}, errors.New(`"regex" assertion type must have a string value`)
		}
		re, err := compileRegex(v)
		if err != nil {
			return Outcome{Pass: false, Score: 0, Reason: "Invalid regex pattern: " + err.Error()}, nil
		}
		m, err := re.match(c.s.Output)
		if err != nil {
			return Outcome{}, err
		}
		return result(m != c.inverse, fmt.Sprintf("Expected output to %smatch regex %q", not(c.inverse), v)), nil
	},
	"word-count": func(c *assertCall) (Outcome, error) {
		n := len(strings.Fields(c.s.Output))
		switch v := c.value.(type) {
		case map[string]any:
			lo, hasLo := toNum(v["min"])
			hi, hasHi := toNum(v["max"])
			if !hasLo && !hasHi {
				return Outcome{}, errors.New(`"word-count" assertion object must have "min" and/or "max" properties`)
			}
			if hasLo && hasHi && lo > hi {
				return Outcome{}, fmt.Errorf(`"word-count" assertion: min (%g) must be less than or equal to max (%g)`, lo, hi)
			}
			ok := (!hasLo || float64(n) >= lo) && (!hasHi || float64(n) <= hi)
			why := fmt.Sprintf("Word count %d is not between %g and %g", n, lo, hi)
			switch {
			case !hasLo:
				why = fmt.Sprintf("Word count %d is greater than maximum %g", n, hi)
			case !hasHi:
				why = fmt.Sprintf("Word count %d is less than minimum %g", n, lo)
			}
			if c.inverse {
				why = fmt.Sprintf("Expected word count not to be within the range, but got %d", n)
			}
			return result(ok != c.inverse, why), nil
		}
		want, ok := toNum(c.value)
		if !ok {
			return Outcome{}, errors.New(`"word-count" assertion value must be a number or an object with min/max properties`)
		}
		why := fmt.Sprintf("Word count %d does not equal expected %g", n, want)
		if c.inverse {
			why = fmt.Sprintf("Expected word count to not equal %g, but got %d", want, n)
		}
		return result((float64(n) == want) != c.inverse, why), nil
	},
	"levenshtein": func(c *assertCall) (Outcome, error) {
		v, ok := c.value.(string)
		if !ok {
			return Outcome{}, errors.New(`"levenshtein" assertion type must have a string value`)
		}
		d := levenshtein.ComputeDistance(c.s.Output, v)
		t := 5.0
		if c.a.Threshold != nil {
			t = *c.a.Threshold
		}
		cmp := "greater than"
		if c.inverse {
			cmp = "less than or equal to"
		}
		return result((float64(d) <= t) != c.inverse, fmt.Sprintf("Levenshtein distance %d is %s threshold %g", d, cmp, t)), nil
	},
}

func containsValue(c *assertCall) (string, error) {
	switch v := c.value.(type) {
	case string:
		if v != "" {
			return v, nil
		}
	case int, int64:
		return fmt.Sprint(v), nil
	case float64:
		return jsNumberText(v), nil
	}
	return "", fmt.Errorf("%q assertion type must have a string or number value", c.base)
}

// containsList is contains-any/-all and their case-blind forms; a string
// value is a comma-separated list ("a, \"b, c\"").
func containsList(c *assertCall, fold, anyOf bool) (Outcome, error) {
	var list []string
	switch v := c.value.(type) {
	case string:
		if v == "" {
			return Outcome{}, fmt.Errorf("%q assertion type must have a value", c.base)
		}
		l, err := splitCommaValues(v)
		if err != nil {
			return Outcome{}, err
		}
		list = l
	case []any:
		for _, e := range v {
			list = append(list, str(e))
		}
	case nil:
		return Outcome{}, fmt.Errorf("%q assertion type must have a value", c.base)
	default:
		return Outcome{}, fmt.Errorf("%q assertion type must have an array value", c.base)
	}
	out := c.s.Output
	if fold {
		out = strings.ToLower(out)
	}
	var missing []string
	found := false
	for _, want := range list {
		w := want
		if fold {
			w = strings.ToLower(w)
		}
		if strings.Contains(out, w) {
			found = true
		} else {
			missing = append(missing, want)
		}
	}
	if anyOf {
		return result(found != c.inverse, fmt.Sprintf("Expected output to %scontain one of %q", not(c.inverse), strings.Join(list, ", "))), nil
	}
	return result((len(missing) == 0) != c.inverse, fmt.Sprintf("Expected output to %scontain all of [%s]. Missing: [%s]", not(c.inverse), strings.Join(list, ", "), strings.Join(missing, ", "))), nil
}

// normalizeJSON gives a YAML value the types encoding/json decodes to, so
// an equals value compares with a parsed output.
func normalizeJSON(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var out any
	json.Unmarshal(b, &out)
	return out
}

// pattern is a compiled regex: Go's linear-time engine where the pattern
// allows, else a backtracking engine for the JavaScript features RE2
// lacks (lookaround, backreferences), with a time limit.
type pattern struct {
	re  *regexp.Regexp
	re2 *regexp2.Regexp
}

func compileRegex(s string) (*pattern, error) {
	if re, err := regexp.Compile(s); err == nil {
		return &pattern{re: re}, nil
	}
	re2, err := regexp2.Compile(s, regexp2.None)
	if err != nil {
		return nil, err
	}
	re2.MatchTimeout = 2 * time.Second
	return &pattern{re2: re2}, nil
}

func (p *pattern) match(s string) (bool, error) {
	if p.re != nil {
		return p.re.MatchString(s), nil
	}
	ok, err := p.re2.MatchString(s)
	if err != nil {
		return false, fmt.Errorf("regex: %w", err)
	}
	return ok, nil
}
