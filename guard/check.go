package guard

import (
	"fmt"
	"math"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Check judges candidate against src. It rejects iff a finding is an error:
// a quantity, percentile, technology or product-like term the source does not
// support. Placeholders make an otherwise clean candidate needs_input.
func Check(src Source, candidate string, opts Options) Verdict {
	lex := opts.Lexicon
	if lex == nil {
		lex = lexicon.Default()
	}
	srcClaims := SourceClaims(src, lex)
	cand := Extract(candidate, lex)
	return judge(srcClaims, cand, lex, opts)
}

// SourceClaims extracts a source's claims: the item's, each fact's, and the
// context's (which may support technologies, never figures).
func SourceClaims(src Source, lex *lexicon.Lexicon) []Claims {
	out := make([]Claims, 0, 1+len(src.Facts)+len(src.Context))
	out = append(out, Extract(src.Text, lex))
	for _, f := range src.Facts {
		out = append(out, Extract(f, lex))
	}
	for _, c := range src.Context {
		cl := Extract(c, lex)
		cl.toolsOnly = true
		out = append(out, cl)
	}
	return out
}

// CheckClaims judges pre-extracted claims; callers that check many
// candidates against one source (the rewrite loop, eval) extract once.
func CheckClaims(src []Claims, candidate string, opts Options) Verdict {
	lex := opts.Lexicon
	if lex == nil {
		lex = lexicon.Default()
	}
	return judge(src, Extract(candidate, lex), lex, opts)
}

func judge(src []Claims, cand Claims, lex *lexicon.Lexicon, opts Options) Verdict {
	var fs []Finding
	fs = append(fs, judgeQuantities(src, cand)...)
	fs = append(fs, judgePercentiles(src, cand)...)
	fs = append(fs, judgeTechnologies(src, cand, lex)...)
	fs = append(fs, judgeTerms(src, cand)...)
	fs = append(fs, judgeOwnership(src, cand, opts.Ownership)...)
	fs = append(fs, dropped(src[0], cand)...)
	for _, p := range cand.Placeholders {
		fs = append(fs, Finding{Kind: KindPlaceholder, Code: CodePlaceholder, Text: p.Text, Start: p.Start, End: p.End,
			Severity: Info, Detail: fmt.Sprintf("%q is a placeholder: fill it in with your real figure, or delete it", p.Text)})
	}
	sortFindings(fs)
	v := Verdict{Decision: Accept, Findings: fs}
	if fs == nil {
		v.Findings = []Finding{}
	}
	for _, f := range fs {
		if f.Severity == Error {
			v.Decision = Reject
			return v
		}
	}
	if len(cand.Placeholders) > 0 {
		v.Decision = NeedsInput
	}
	return v
}

func sortFindings(fs []Finding) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && less(fs[j], fs[j-1]); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func less(a, b Finding) bool {
	if (a.Kind == KindDropped) != (b.Kind == KindDropped) {
		return b.Kind == KindDropped
	}
	return a.Start < b.Start
}

const eps = 1e-9

// compatible: same class (and currency, and what a rate counts), or a count
// read against a rate of the same thing ("5M users" from "5M monthly active
// users").
func compatible(c, s Quantity) bool {
	switch {
	case c.Class == s.Class:
		if c.Class == Currency || c.Class == Rate && c.Of == Currency {
			return c.Currency == s.Currency
		}
		if c.Class == Rate {
			return c.Of == s.Of
		}
		return true
	}
	return false
}

// sourceValue is s in c's terms: a rate read as a count is its value per the
// period written; a plain figure in a text that names c's period ("monthly
// spend fell by $30K") may be read as per that period.
func sourceValue(c, s Quantity, periods []float64) (float64, bool) {
	if compatible(c, s) {
		return s.Value, true
	}
	if c.Class == Rate && c.Per > 0 && s.Class == c.Of && (s.Class != Currency || s.Currency == c.Currency) {
		for _, p := range periods {
			if p == c.Per {
				return s.Value / c.Per, true
			}
		}
	}
	if c.Class == Count && s.Class == Rate && s.Of == Count && s.Per > 0 {
		return s.Value * s.Per, true
	}
	if c.Class == Currency && s.Class == Rate && s.Of == Currency && s.Currency == c.Currency && s.Per > 0 {
		return s.Value * s.Per, true // "$2M" from "$2M ARR"
	}
	return 0, false
}

// supports reports whether the source value sv (written with bound sb and
// tolerance stol) supports candidate c.
func supports(c Quantity, sv float64, sb Bound, stol float64, sVague bool) bool {
	e := eps * math.Max(1, math.Abs(c.Value))
	if c.Vague {
		return sv+e >= c.Value && sb != AtMost
	}
	if sVague {
		return false
	}
	tol := c.Tolerance
	switch c.Bound {
	case Exact, Approx:
		if c.Bound == Approx {
			tol = math.Max(tol, 0.1*math.Abs(c.Value))
		}
		return math.Abs(c.Value-sv) <= tol+e
	case AtLeast:
		switch sb {
		case AtLeast:
			return sv+e >= c.Value
		case Exact, Approx:
			return sv-stol+e >= c.Value && sv > c.Value+e
		}
		return false
	case AtMost:
		if sb == AtLeast {
			return false
		}
		return sv <= c.Value+tol+e && sv+e >= 0.8*c.Value
	}
	return false
}

func judgeQuantities(src []Claims, cand Claims) []Finding {
	var fs []Finding
	for _, c := range cand.Quantities {
		if supported(src, c) {
			continue
		}
		if d, ok := derived(src, c); ok {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeDerived, Text: c.Text, Start: c.Start, End: c.End,
				Severity: Info, Detail: fmt.Sprintf("%q is derived from the source: %s", c.Text, d)})
			continue
		}
		code, detail := whyUnsupported(src, c)
		fs = append(fs, Finding{Kind: KindMetric, Code: code, Text: c.Text, Start: c.Start, End: c.End, Severity: Error, Detail: detail})
	}
	return fs
}

func supported(src []Claims, c Quantity) bool {
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		for _, s := range sc.Quantities {
			if sv, ok := sourceValue(c, s, sc.Periods); ok && supports(c, sv, s.Bound, s.Tolerance, s.Vague) {
				return true
			}
		}
	}
	return false
}

// derived looks for c among numbers computed from one source text: the
// relative change, ratio or difference of two of its quantities of one
// class, or a percentage read as a multiple (40% faster = 1.4x).
func derived(src []Claims, c Quantity) (string, bool) {
	if c.Vague {
		return "", false
	}
	// a derived figure must round to the candidate's: "3x" is not 2.5x
	try := func(v float64) bool {
		return supports(c, v, Exact, 0, false) && (c.Bound != Exact || math.Abs(c.Value-v) < c.Tolerance)
	}
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		qs := sc.Quantities
		for i, a := range qs {
			if a.Vague {
				continue
			}
			switch {
			case a.Class == Percent && c.Class == Multiplier && a.Value < 100:
				if try(1+a.Value/100) || try(1/(1-a.Value/100)) {
					return fmt.Sprintf("%s as a multiple", a.Text), true
				}
			case a.Class == Multiplier && c.Class == Percent && a.Value > 0:
				if try((a.Value-1)*100) || try((1-1/a.Value)*100) {
					return fmt.Sprintf("%s as a percentage", a.Text), true
				}
			}
			// pairs within a few figures of each other: "from X to Y"
			// and "X before, Y after" sit together, and a long text
			// must not cost the square of its figures
			for _, b := range qs[i+1 : min(len(qs), i+4)] {
				if b.Vague || !compatible(a, b) || a.Value <= 0 || b.Value <= 0 {
					continue
				}
				diff := math.Abs(a.Value - b.Value)
				pair := fmt.Sprintf("%s to %s", a.Text, b.Text)
				switch c.Class {
				case Percent:
					// relative to the first figure written, the baseline of
					// "from 900 to 600" (33%, not 50%); the difference of
					// two percentages is in points, not percent
					if try(diff / a.Value * 100) {
						return "the relative change from " + pair, true
					}
				case Multiplier:
					if try(a.Value/b.Value) || try(b.Value/a.Value) {
						return "the ratio of " + strings.Replace(pair, " to ", " and ", 1), true
					}
				case Points:
					if a.Class == Percent && try(diff) {
						return "the difference between " + strings.Replace(pair, " to ", " and ", 1), true
					}
				default:
					if compatible(c, a) && try(diff) {
						return "the difference between " + strings.Replace(pair, " to ", " and ", 1), true
					}
					if _, ok := sourceValue(c, a, sc.Periods); ok && !compatible(c, a) && c.Per > 0 && try(diff/c.Per) {
						return "the difference between " + strings.Replace(pair, " to ", " and ", 1), true
					}
				}
			}
		}
	}
	return "", false
}

// whyUnsupported names the kind of invention: a changed unit, currency,
// magnitude, bound or value, added precision, or a number from nowhere.
func whyUnsupported(src []Claims, c Quantity) (string, string) {
	var sameClass []Quantity
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		for _, s := range sc.Quantities {
			if _, ok := sourceValue(c, s, sc.Periods); ok {
				sameClass = append(sameClass, s)
				continue
			}
			if s.number != 0 && math.Abs(s.number-c.number) <= eps*math.Max(1, c.number) && !c.Vague && !s.Vague {
				if s.Class == c.Class && s.Class == Currency {
					return CodeChangedCurrency, fmt.Sprintf("%q is in %s, but the source's figure is in %s (%q)", c.Text, c.Currency, s.Currency, s.Text)
				}
				return CodeChangedUnit, fmt.Sprintf("%q is a %s, but the source's %s is a %s (%q)", c.Text, c.Class, trimNum(c.number), s.Class, s.Text)
			}
		}
	}
	for _, s := range sameClass {
		sv, _ := sourceValue(c, s, nil)
		if supports(Quantity{Value: c.Value, Tolerance: c.Tolerance, Class: c.Class}, sv, s.Bound, s.Tolerance, s.Vague) && c.Bound != s.Bound {
			return CodeInflatedBound, fmt.Sprintf("%q claims %s %s, but the source says %q", c.Text, c.Bound, trimNum(c.number), s.Text)
		}
		if math.Abs(c.Value-sv) <= s.Tolerance+eps*math.Max(1, sv) {
			return CodeAddedPrecision, fmt.Sprintf("%q is more precise than the source's %q", c.Text, s.Text)
		}
	}
	for _, s := range sameClass {
		sv, _ := sourceValue(c, s, nil)
		if r := c.Value / sv; sv > 0 && sameDigits(c.Value, sv) && (r >= 9.99 || r <= 0.1001) {
			return CodeChangedMagnitude, fmt.Sprintf("%q changes the magnitude of the source's %q", c.Text, s.Text)
		}
	}
	if len(sameClass) > 0 {
		s := sameClass[0]
		return CodeChangedValue, fmt.Sprintf("%q does not match the source's %q", c.Text, s.Text)
	}
	return CodeUnsupportedMetric, fmt.Sprintf("%q is not in the source", c.Text)
}

// sameDigits: a and b differ by a power of ten (500K and 5M).
func sameDigits(a, b float64) bool {
	sig := func(x float64) float64 { return x / math.Pow(10, math.Floor(math.Log10(x))) }
	return a > 0 && b > 0 && math.Abs(sig(a)-sig(b)) < 1e-9
}

func trimNum(v float64) string {
	s := fmt.Sprintf("%.6f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

func judgePercentiles(src []Claims, cand Claims) []Finding {
	var fs []Finding
	for _, p := range cand.Percentiles {
		found := false
		for _, sc := range src {
			if sc.toolsOnly {
				continue
			}
			for _, sp := range sc.Percentiles {
				if sp.Label == p.Label {
					found = true
				}
			}
		}
		if !found {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeUnsupportedPercentile, Text: p.Text, Start: p.Start, End: p.End,
				Severity: Error, Detail: fmt.Sprintf("%q names a percentile the source does not measure", p.Text)})
		}
	}
	return fs
}

// Support is what a source shows of each technology: named outright, or
// implied by another it names (EKS implies Kubernetes and AWS).
type Support struct {
	via map[*lexicon.Entry]*lexicon.Entry // entry -> what shows it (itself when named)
}

// Supported computes what the sources support. lint and match use it to ask
// whether a resume shows a skill, so that the guard stays the one judge.
func Supported(src []Claims, lex *lexicon.Lexicon) Support {
	if lex == nil {
		lex = lexicon.Default()
	}
	s := Support{via: map[*lexicon.Entry]*lexicon.Entry{}}
	for _, sc := range src {
		for _, m := range sc.Technologies {
			s.via[m.Entry] = m.Entry
		}
	}
	for _, sc := range src {
		for _, m := range sc.Technologies {
			for _, e := range lex.Entailed(m.Entry) {
				if s.via[e] == nil {
					s.via[e] = m.Entry
				}
			}
		}
	}
	return s
}

// Has reports whether the sources show e, by name or implication.
func (s Support) Has(e *lexicon.Entry) bool { return s.via[e] != nil }

// Via is what shows e: e itself when named, else the entry implying it.
func (s Support) Via(e *lexicon.Entry) *lexicon.Entry { return s.via[e] }

func judgeTechnologies(src []Claims, cand Claims, lex *lexicon.Lexicon) []Finding {
	sup := Supported(src, lex)
	have := sup.via
	var fs []Finding
	for _, m := range cand.Technologies {
		if sup.Has(m.Entry) || composed(m, sup, lex) {
			continue
		}
		code, what := CodeUnsupportedTool, "technology"
		if m.Entry.IsPractice() {
			code, what = CodeUnsupportedPractice, "practice"
		}
		detail := fmt.Sprintf("%q (%s %s) is not named in the source, nor implied by anything it names", m.Text, what, m.Entry.Name)
		for e := range have {
			for _, x := range lex.Entailed(m.Entry) {
				if x == e {
					detail = fmt.Sprintf("%q is not in the source: it names %s, which does not imply %s", m.Text, e.Name, m.Entry.Name)
				}
			}
		}
		fs = append(fs, Finding{Kind: KindTool, Code: code, Text: m.Text, Start: m.Start, End: m.End, Severity: Error, Detail: detail})
	}
	return fs
}

// composed: a multi-word name made of names the source has ("GitLab CI/CD"
// from "CI/CD pipelines in GitLab"; "Django REST" from "Django" and "REST").
func composed(m lexicon.Mention, sup Support, lex *lexicon.Lexicon) bool {
	parts := strings.Fields(m.Text)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		ms := lex.Find(p)
		if len(ms) != 1 || ms[0].Text != p || !sup.Has(ms[0].Entry) {
			return false
		}
	}
	return true
}

func judgeTerms(src []Claims, cand Claims) []Finding {
	var fs []Finding
	for _, t := range cand.Terms {
		lower := strings.ToLower(t.Text)
		found := false
		for _, sc := range src {
			found = found || hasWord(sc.lower, lower)
		}
		if !found {
			fs = append(fs, Finding{Kind: KindTool, Code: CodeUnverifiedTerm, Text: t.Text, Start: t.Start, End: t.End,
				Severity: Error, Detail: fmt.Sprintf("%q looks like a product or name that the source does not contain", t.Text)})
		}
	}
	return fs
}

func judgeOwnership(src []Claims, cand Claims, mode OwnershipMode) []Finding {
	if mode == OwnershipOff {
		return nil
	}
	sev := Warning
	if mode == OwnershipReject {
		sev = Error
	}
	srcLevel := english.LevelUnknown
	srcBoost := map[string]bool{}
	for _, sc := range src {
		srcLevel = max(srcLevel, sc.Ownership)
		for _, b := range sc.Boosters {
			srcBoost[strings.ToLower(b.Text)] = true
		}
	}
	if srcLevel == english.LevelUnknown {
		srcLevel = english.LevelExecute
	}
	var fs []Finding
	if cand.Ownership > srcLevel {
		at := cand.OwnershipAt
		verb := cand.Text[at[0]:at[1]]
		fs = append(fs, Finding{Kind: KindOwnership, Code: CodeInflatedOwnership, Text: verb, Start: at[0], End: at[1], Severity: sev,
			Detail: fmt.Sprintf("%q claims %s-level ownership, but the source claims %s level: keep the source's verb or one of the same weight", verb, cand.Ownership, srcLevel)})
	}
	for _, b := range cand.Boosters {
		if !srcBoost[strings.ToLower(b.Text)] {
			fs = append(fs, Finding{Kind: KindOwnership, Code: CodeSoleOwnership, Text: b.Text, Start: b.Start, End: b.End, Severity: sev,
				Detail: fmt.Sprintf("%q claims sole ownership the source does not state", b.Text)})
		}
	}
	return fs
}

// dropped notes the item's quantities a candidate no longer states.
func dropped(item Claims, cand Claims) []Finding {
	var fs []Finding
	for _, s := range item.Quantities {
		kept := false
		for _, c := range cand.Quantities {
			if sv, ok := sourceValue(c, s, nil); ok && math.Abs(c.Value-sv) <= math.Max(c.Tolerance, s.Tolerance)+eps*math.Max(1, sv) {
				kept = true
				break
			}
		}
		if !kept {
			fs = append(fs, Finding{Kind: KindDropped, Code: CodeDroppedMetric, Text: s.Text, Start: s.Start, End: s.End, Severity: Info,
				Detail: fmt.Sprintf("the source's %q is no longer stated", s.Text)})
		}
	}
	return fs
}
