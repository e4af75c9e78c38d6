package guard

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
	"github.com/bulletproof-cli/bulletproof/internal/english"
)

const eps = 1e-9

// view is a source figure in a candidate's terms.
type view struct {
	value, tol float64 // in the candidate's base unit (per second for rates)
	low, high  float64 // for Within
	bound      claims.Bound
	slack      float64 // relative: converting months to days is not exact
	rescaled   bool    // another period or unit count: a derived figure
	// capped: the source gives a ceiling ("up to 300 calls", "under 2
	// s"), which a figure stated as exact overstates
	capped bool
	// floor: the lower end of a range ("10" of "10-15 clients"), which
	// "at least 10" restates
	floor bool
	// calendar: rescaled between months, quarters and years, which
	// divide exactly (a week into a month does not)
	calendar bool
}

// sameKind: one class (and currency, and what a rate counts).
func sameKind(c, s *claims.Quantity) bool {
	if c.Class != s.Class {
		return false
	}
	switch {
	case c.Class == claims.Currency || c.Class == claims.Rate && c.Of == claims.Currency && s.Of == claims.Currency:
		return c.Currency == "" || s.Currency == "" || c.Currency == s.Currency
	case c.Class == claims.Rate:
		return c.Of == s.Of
	}
	return true
}

// inTerms reads the source figure s in the candidate c's terms: a rate
// restated per another period ("$12K a month" as "$144K a year"), a rate
// read as a count ("5M users" from "5M monthly active users"), a plain
// figure in a text that names c's period ("monthly spend fell by $30K").
func inTerms(c, s *claims.Quantity, periods []float64) (view, bool) {
	v := view{value: s.Value, tol: s.Tolerance, low: s.Low, high: s.High, bound: s.Bound, capped: ceiling(s), floor: s.RangeLow}
	// "512 MB" for "512 MiB": people write one for the other
	if c.Class == claims.DataSize && s.Class == claims.DataSize && c.Number == s.Number && c.Value > 0 && s.Value/c.Value < 1.13 && c.Value/s.Value < 1.13 {
		v.value = c.Value
		return v, true
	}
	switch {
	case s.Bare() && s.Level && s.Bound == claims.Exact && c.Number != 0 && (c.Class == claims.Duration || c.Class == claims.DataSize || c.Class == claims.Currency):
		// "cut DSO from 52 to 38" in days: the source left the unit out
		v.value, v.tol = s.Number*c.Value/c.Number, s.Tolerance*c.Value/c.Number
		return v, true
	case c.Class == claims.Percent && s.Class == claims.Points && !s.Change && !c.Change && strings.Contains(strings.ToLower(s.Text), "bp"):
		// "a management fee of 65 bps" is a 0.65% fee
		return v, true
	case c.Class == claims.Percent && s.Class == claims.Count && s.Bound == claims.Exact && s.Value > 0 && s.Value <= 1 && s.Tolerance <= 0.05 && scoreMeasure(s.Subjects):
		// "precision 0.91" is 91% precision
		v.value, v.tol = s.Value*100, s.Tolerance*100
		return v, true
	case c.Class == claims.Multiplier && s.Class == claims.Percent && s.Rise && s.Bound == claims.Exact:
		// "more than doubled traffic" from "traffic up 140%": 2.4-fold
		v.value, v.tol = 1+s.Value/100, s.Tolerance/100
		return v, true
	case c.Class == claims.Duration && s.Class == claims.Rate && s.Of == claims.Count && s.Per > 0 && s.Number == 1 && c.Bound == claims.Exact:
		// "every 24 hours" is a 24-hour cycle
		v.value, v.tol = s.Per, c.Tolerance
		return v, true
	case (c.Class == claims.Count && s.Class == claims.Count || c.Class == claims.Rate && s.Class == claims.Rate && c.Of == claims.Count && s.Of == claims.Count && c.Per == s.Per) &&
		c.Value > 0 && samePhysical(c, s):
		// "20 tons" from "40,000 lb": the closest reading of the units
		// ("a week" each, or neither)
		_, cs := c.Physical()
		_, ss := s.Physical()
		best := math.Inf(1)
		for _, a := range cs {
			for _, b := range ss {
				if x := s.Value * b / a; math.Abs(x-c.Value) < math.Abs(best-c.Value) {
					best = x
					v.tol = s.Tolerance * b / a
				}
			}
		}
		v.value, v.slack, v.rescaled = best, 0.01, true
		return v, true
	case sameKind(c, s):
		if c.Class == claims.Rate && c.Per > 0 && s.Per > 0 && c.Per != s.Per {
			v.slack, v.rescaled = periodSlack(c.Per, s.Per), true
			v.calendar = c.Per >= 0.99*month && s.Per >= 0.99*month
		}
		if c.PerUnits > 0 && s.PerUnits > 0 && c.PerUnits != s.PerUnits {
			v.rescaled = true
		}
		return v, true
	case c.Class == claims.Rate && c.Per > 0 && s.Class == c.Of && (s.Class != claims.Currency || s.Currency == c.Currency || s.Currency == ""):
		// a figure in a text about monthly spend is per month
		for _, p := range periods {
			if p == c.Per {
				v.value, v.tol = s.Value/c.Per, s.Tolerance/c.Per
				return v, s.Bound != claims.Within
			}
		}
		if len(periods) == 1 {
			p := periods[0]
			v.value, v.tol, v.slack, v.rescaled = s.Value/p, s.Tolerance/p, periodSlack(c.Per, p), true
			return v, s.Bound != claims.Within
		}
	case c.Class == claims.Count && s.Class == claims.Rate && s.Of == claims.Count && s.Per > 0,
		c.Class == claims.Currency && s.Class == claims.Rate && s.Of == claims.Currency && s.Per > 0 && (s.Currency == c.Currency || c.Currency == ""),
		c.Class == claims.Duration && s.Class == claims.Rate && s.Of == claims.Duration && s.Per > 0,
		c.Class == claims.DataSize && s.Class == claims.Rate && s.Of == claims.DataSize && s.Per > 0:
		// "$2M" from "$2M ARR"
		v.value, v.tol = s.Value*s.Per, s.Tolerance*s.Per
		return v, true
	}
	return view{}, false
}

// ceiling: the source figure is written as a ceiling ("up to", "under",
// "less than", "at most", "tot", "bis zu", "jusqu'à"), not as close to the
// figure ("nearly", "within").
func ceiling(s *claims.Quantity) bool {
	if s.Bound != claims.AtMost && s.Bound != claims.Below || s.Change {
		return false // "cut latency by up to 40%" is read as its figure
	}
	l := strings.ToLower(s.Text)
	for _, h := range []string{"up to", "under", "below", "less than", "fewer than", "at most", "max", "tot ", "bis zu", "jusqu'à", "hasta", "até", "fino a", "до ", "do ", "až ", "עד ", "έως ", "tối đa", "最多", "最大"} {
		if strings.HasPrefix(l, h) {
			// ("under 200 RPS" is under that load)
			return !(s.Class == claims.Rate && (h == "under" || h == "below"))
		}
	}
	return false
}

// namesCurrency: text names the currency code (ISO) by its code or a
// word for it, apart from any figure ("(USD)", "in euros").
func namesCurrency(text, code string) bool {
	if code == "" {
		return false
	}
	if claims.HasWord(text, code) {
		return true
	}
	switch code {
	case "USD":
		return claims.HasWord(strings.ToLower(text), "dollars")
	case "EUR":
		return claims.HasWord(strings.ToLower(text), "euros")
	}
	return false
}

// countsGroups: the figure counts teams or crews ("6 estimating teams",
// "5 team di infermieri"): the word after the figure or its noun's last
// word. (No allocation: it runs for every pair of figures.)
func countsGroups(c *claims.Quantity) bool {
	if c.Class != claims.Count {
		return false
	}
	if sp := strings.IndexByte(c.Text, ' '); sp >= 0 {
		w := c.Text[sp+1:]
		if e := strings.IndexByte(w, ' '); e >= 0 {
			w = w[:e]
		}
		for _, g := range []string{"teams", "crews", "squads", "units", "équipes", "equipos", "equipes", "brigades"} {
			if strings.EqualFold(w, g) {
				return true
			}
		}
		if strings.EqualFold(w, "team") && c.Value > 1 {
			return true
		}
	}
	n := c.Noun
	if sp := strings.LastIndexByte(n, ' '); sp >= 0 {
		n = n[sp+1:]
	}
	return n == "teams" || n == "crews" || n == "squads"
}

// groupSizeBefore: the figure at offset at gives a group's size ("a team
// of 6", "un team di 5", "une équipe de 8").
func groupSizeBefore(text string, at int) bool {
	before := strings.ToLower(strings.TrimRight(text[max(0, at-32):at], " "))
	for _, w := range []string{"team of", "crew of", "squad of", "staff of", "team di", "équipe de", "equipo de", "equipe de", "team von", "team van", "brigata di",
		"командой из", "команда из", "команду из", "команди з", "командою з", "команда з", "zespołem", "zespół", "zespole", "zespołu", "ekibi", "tým", "týmem", "ομάδα"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// namesOtherCurrency: text names a currency, by its code or symbol, that
// is not code.
func namesOtherCurrency(text, code string) bool {
	for _, other := range []string{"USD", "EUR", "GBP", "JPY", "INR", "CAD", "AUD", "CHF", "CNY", "BRL", "MXN", "PLN", "SEK", "TRY"} {
		if other != code && claims.HasWord(text, other) {
			return true
		}
	}
	for sym, other := range map[string]string{"$": "USD", "€": "EUR", "£": "GBP"} {
		if other != code && strings.Contains(text, sym) {
			return true
		}
	}
	return false
}

// samePhysical: both figures are written in units of one dimension
// ("km" and "m").
func samePhysical(a, b *claims.Quantity) bool {
	da, _ := a.Physical()
	db, _ := b.Physical()
	return da != "" && da == db
}

// scoreMeasure: the figure measures a score written as a fraction of one
// or a percentage alike (precision, recall or sensitivity, specificity,
// accuracy, F1, AUC).
func scoreMeasure(subjects []string) bool {
	return slices.ContainsFunc(subjects, func(s string) bool {
		return s == "precision" || s == "recall" || s == "accuracy" || s == "f1" || s == "auc" || s == "ndcg" || s == "specificity"
	})
}

// workdays reads a rate per day as per working day, when c restates it
// per week, month or year or back: "30 tickets a day" is 150 a week (5
// working days) as well as 210.
func workdays(c, s *claims.Quantity, v view) (view, bool) {
	if c.Class != claims.Rate || s.Class != claims.Rate || c.Per == 0 || s.Per == 0 {
		return v, false
	}
	switch {
	case s.Per == day && c.Per >= 7*day:
		v.value *= 5.0 / 7
	case c.Per == day && s.Per >= 7*day:
		v.value *= 7.0 / 5
	default:
		return v, false
	}
	v.tol *= 5.0 / 7
	v.slack, v.rescaled = 0.02, true
	return v, accepts(c, v)
}

// periodSlack: a month is 28 to 31 days, a year 52 weeks or 365 days; a
// rate restated between calendar and day-based periods is only so exact.
func periodSlack(a, b float64) float64 {
	calendar := func(p float64) bool { return p >= month*0.99 }
	if calendar(a) != calendar(b) || a >= month*0.99 && b >= month*0.99 && (a < 3*month*0.99) != (b < 3*month*0.99) {
		return 0.02
	}
	return 0
}

// accepts reports whether the candidate c is supported by the source
// figure v.
func accepts(c *claims.Quantity, v view) bool {
	e := eps * math.Max(1, math.Abs(c.Value))
	if c.Bound == claims.Within {
		e = eps * math.Max(1, math.Abs(c.Low))
		switch v.bound {
		case claims.Within:
			return v.low >= c.Low-e && v.high <= c.High+e*math.Max(1, math.Abs(c.High))
		case claims.AtLeast:
			return math.IsInf(c.High, 1) && v.value >= c.Low-e
		case claims.Below, claims.AtMost:
			return c.Low <= e && v.value <= c.High+e
		}
		return v.value >= c.Low-e && v.value < c.High
	}
	if v.bound == claims.Within {
		switch c.Bound {
		case claims.AtLeast:
			return v.low >= c.Value-e
		case claims.Below, claims.AtMost:
			return v.high <= c.Value+e
		}
		return false
	}
	tol := c.Tolerance + v.slack*math.Abs(v.value)
	sv := v.value
	switch c.Bound {
	case claims.Exact, claims.Approx:
		if c.Bound == claims.Exact && v.capped && !c.Change {
			return false // "300 calls a day" from "up to 300"
		}
		if c.Bound == claims.Approx {
			// "about" allows a tenth either way; a figure computed per
			// another period ("~$3.5K a month" is $42K a year) half that
			share := 0.1
			if v.rescaled && v.calendar {
				share = 0.05
			}
			tol = math.Max(tol, share*math.Abs(c.Value))
		}
		return math.Abs(c.Value-sv) <= tol+e
	case claims.AtLeast:
		switch v.bound {
		case claims.AtLeast:
			return sv+e >= c.Value
		case claims.Exact, claims.Approx:
			vtol := v.tol
			if v.rescaled {
				// "over 300 hours a year" from 6 a week (312), "over $13M
				// a year" from $1.1M a month (13.2M): a figure computed
				// per another period is read at its face value
				vtol = 0
			}
			return sv-vtol+e >= c.Value && sv > c.Value+e || v.floor && sv+e >= c.Value
		}
		return false
	case claims.AtMost:
		if v.bound == claims.AtLeast {
			return false
		}
		near := 0.9
		if c.Class == claims.Percent && fractionWord(c.Text) {
			near = 0.85 // "nearly a quarter" of 22%: a fraction said in words is rounder
		}
		if ceilingOnly(c.Text) {
			near = 0 // "within 30 minutes" is true of 25: a limit kept, not a figure neared
		}
		return sv <= c.Value+tol+e && sv+e >= near*c.Value
	case claims.Below:
		if v.bound == claims.AtLeast {
			return false
		}
		if v.bound == claims.Below || v.bound == claims.AtMost {
			// "under 200 RPS" is not "under 2,000 RPS"
			return sv <= c.Value+tol+e && sv+e >= 0.8*c.Value
		}
		return sv < c.Value-e
	}
	return false
}

// match is the outcome of looking for a candidate figure in the source.
type match struct {
	ok       bool
	rescaled bool             // supported through a period or unit rescaling
	conflict *claims.Quantity // the source's figure, about another thing
	groups   bool             // the conflict: a group's size made a count of groups
}

func find(src []sourceText, cq *claims.Quantity) match {
	var m match
	plain := *cq
	if cq.PeriodNamed {
		// "annual turnover of ₹20M" from "turnover of Rs. 2 Cr": a period
		// the measure names is no claim where the source names none
		plain.Class, plain.Value, plain.Tolerance, plain.Per, plain.Of = claims.Currency, cq.Value*cq.Per, cq.Tolerance*cq.Per, 0, 0
	}
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		for i := range sc.Quantities {
			s := &sc.Quantities[i]
			c := cq
			if cq.PeriodNamed && s.Class == claims.Currency {
				c = &plain
			}
			if (c.Change && s.Level || c.Level && s.Change) && !halvedEither(c, s) {
				continue // "cut pages by 40" is not "from 40"
			}
			if c.Change && s.Class == claims.Percent && !s.Change && s.Value >= 100 && strings.HasPrefix(sc.Text[min(s.End, len(sc.Text)):], " of ") {
				continue // "135% of target" is no change by 135%
			}
			if c.All && s.Whole {
				continue // "all 1,500 claims" is not "1,200 of 1,500"
			}
			if !c.All && !c.Whole && c.Class == claims.Currency && partBefore(sc.Text, sc.Quantities, s) {
				continue // "recovered $340K" is not "recovered $295K of $340K"
			}
			if c.Class == claims.Currency && c.PerUnits > 0 && s.PerUnits == 0 && s.Class == claims.Currency && s.Value >= 10*c.Tolerance && perItemOf(c) != "" &&
				(countsOf(sc.Quantities, perItemOf(c)) || !english.IsEnglish(sc.Text) && countsMany(sc.Quantities)) {
				// (a source in another language names the items in its words: "su 3 fiere")
				continue // "$1.8M across 3 campaigns" is not "$1.8M per campaign"
			}
			if c.PerItem != "" && s.PerItem != c.PerItem && !eachAfter(sc.Text, s.End) && !perItemIn(sc.Text, c.PerItem) && english.IsEnglish(sc.Text) && !saysEach(sc.Text) {
				// (a source in another language shares out in its own words: "par service", "pro Schuljahr")
				continue // "140 stops a day" is not "140 stops per driver"
			}
			if c.Class == claims.Currency && c.Noun == "per item" && (strings.HasSuffix(c.Text, " each") || strings.HasSuffix(c.Text, " apiece") || c.Each) && s.PerUnits == 0 && s.Class == claims.Currency && s.Value >= 10*c.Tolerance && countsMany(sc.Quantities) && !averageOf(sc.Text, s) {
				continue // "28 contracts worth $9.6M in total" is not "$9.6M each"
			}
			if c.Class == claims.Rate && c.Of == claims.Currency && c.Each && !s.Each && s.Class == claims.Rate && s.Of == claims.Currency && countsMany(sc.Quantities) && !averageOf(sc.Text, s) && !saysEach(sc.Text) {
				continue // "a $1.8M annual budget across 3 units" is not "$1.8M a year for each"
			}
			if (c.Bound == claims.AtLeast || c.Vague()) && c.Class == claims.Count && s.Class == claims.Count && c.Value >= 10 && s.Value > 10*c.Value && !(c.Noun != "" && s.Noun != "" && sameThing(c, s)) {
				continue // "1.5M characters" hold no "20+ titles"
			}
			if c.Class == claims.Count && c.Total && s.Each {
				continue // "3 fairs with 5,000 visitors each" is not "5,000 visitors in total"
			}
			if c.Class == claims.Count && c.Each && !s.Each && !s.Ranged && s.Class == claims.Count && countsOthers(sc.Quantities, s) && !averageOf(sc.Text, s) && !saysEach(sc.Text) {
				continue // "350 staff across 3 sites" is not "3 sites with 350 staff each"
			}
			if c.PerUnits > 0 && c.Noun == "per item" && c.Per == 0 && s.Class == claims.Rate && s.Per > 0 {
				continue // "€2,800 a month" is not "€2,800 per flight"
			}
			if s.RangeEnd && !c.Ranged && c.Bound != claims.AtMost && c.Bound != claims.Below && c.Bound != claims.Approx && !(c.Bound == claims.AtLeast && s.RangeLow) {
				continue // "15 clients" or "15+" is not "10-15 clients"
			}
			if s.Implied && s.Class == claims.Duration && c.Class == claims.Duration && c.Bound != claims.Exact && c.Bound != claims.Approx && c.Value < s.Value/4 {
				continue // "in 2023" spans a year, which bounds no "at least 45 hours"
			}
			if c.Class == claims.Count && countsGroups(c) && groupSizeBefore(sc.Text, s.Start) {
				// "a team of 6 estimators" is no "6 estimating teams"
				if m.conflict == nil {
					m.conflict, m.groups = s, true
				}
				continue
			}
			if c.Class == claims.Percent && c.Bound == claims.Exact && (c.Value == 100 || c.Value == 0) && s.Class == claims.Percent && s.Value != c.Value {
				continue // 100% and 0% claim perfection: 99.6% does not round to it
			}
			v, ok := inTerms(c, s, sc.Periods)
			if ok && c.Class == claims.Currency && s.Bare() && namesOtherCurrency(sc.Text, c.Currency) {
				ok = false // "2.2M -> 3.1M (USD)" is no amount in euros
			}
			if ok && v.rescaled && s.Class == claims.Rate && s.Per == day && c.Per >= week && statesWorkdays(sc.Quantities) {
				ok = false // "200 a day, 5 days a week" are no 1,400 a week: the days are stated
			}
			if ok && v.rescaled && scheduleAssumed(c, s) && (c.Per >= 0.99*month || accepts(c, v)) {
				ok = false // "200 customers a day" are no 1,400 a week: the days worked are unknown
			}
			if ok && !accepts(c, v) {
				// ("20 sessions a day, 3 days a week" are 60 a week, not
				// five working days' 100)
				if statesWorkdays(sc.Quantities) || c.Per >= 0.99*month && scheduleAssumed(c, s) {
					ok = false
				} else {
					v, ok = workdays(c, s, v)
				}
			}
			if !ok && c.Class == claims.Currency && s.Bare() && s.Value >= 1000 && namesCurrency(sc.Text, c.Currency) {
				// "donations 1.8M -> 2.4M (USD)": the money is named once
				v, ok = view{value: s.Value, tol: s.Tolerance, bound: s.Bound}, true
			}
			if !ok {
				continue
			}
			if !subjectsAgree(c, s, sc.Quantities) {
				if m.conflict == nil {
					m.conflict = s
				}
				continue
			}
			if !v.rescaled {
				return match{ok: true}
			}
			m.ok, m.rescaled = true, true
		}
	}
	return m
}

// strong are the subjects that are families, not single words. Subjects
// list the families first (or hold few), so this is mostly a slice of ss
// and allocates nothing.
func strong(ss []string) []string {
	n := 0
	for n < len(ss) && !strings.HasPrefix(ss[n], "~") {
		n++
	}
	out := ss[:n:n]
	for _, s := range ss[n:] {
		if !strings.HasPrefix(s, "~") {
			out = append(out, s)
		}
	}
	return out
}

// subjectsAgree: c may restate s's figure. Families must agree (latency is
// not cost; a team of 6 is not 6 teams; an app's figure may be its size),
// and a figure spread over two things must have both in the source. A word
// in no family agrees unless the source binds it to another figure (120
// services and 18 teams).
func subjectsAgree(c, s *claims.Quantity, all []claims.Quantity) bool {
	if len(c.Subjects) == 0 || frequency(c) && frequency(s) || c.Part && c.Class == claims.Count {
		// ("every 15 minutes" and "four times an hour" say how often the
		// sentence's action happens, whatever words name it)
		return true
	}
	if len(s.Subjects) == 0 {
		// "interviewed 80 candidates and hired 12": 12 candidates is
		// the other figure's word
		return len(strong(c.Subjects)) > 0 || !boundElsewhere(c, s, all)
	}
	cs, ss := strong(c.Subjects), strong(s.Subjects)
	// "downloaded 50,000 times" counts downloads, no households: a count
	// the source binds to a thing of a kind is not of a thing of no kind
	if len(cs) == 0 && slices.Contains(ss, "downloads") && (s.Noun == "times" || strings.HasPrefix(s.Noun, "download")) && c.Class == claims.Count && c.Noun != "" &&
		!foreignWords(c.Subjects) {
		return false
	}
	if len(cs) > 0 && len(ss) > 0 {
		akin := false // agreeing only as a thing and its measure ("tests", "time")
		for _, x := range cs {
			covered, same := false, false
			for _, y := range ss {
				covered = covered || claims.Agree(x, y)
				same = same || x == y
			}
			if !covered {
				return false
			}
			akin = akin || !same
		}
		// "build times by 35% and flaky tests by 60%": tests are the other
		// figure's, so 35% of tests is not the build times' 35%
		// (the ends of "from 99.9% to 99.99% availability" measure one thing)
		return !akin || s.Level || !boundElsewhere(c, s, all)
	}
	for _, x := range c.Subjects {
		if slices.Contains(s.Subjects, x) {
			return true
		}
	}
	// a count of things the source names ("230 vulnerabilities") is not a
	// measure such as time or cost ("mean time to patch by 95%"), nor is
	// money the source says what it is in ("$2.6M in pipeline") revenue
	// (a word no English reader knows, "Einsparung 1,4 Mio. €", says
	// nothing against the rewrite's)
	// ("1.2 kg" is a measure, no thing counted: a weight's 25%)
	if len(cs) > 0 && len(ss) == 0 && (s.Noun != "" && s.Class == claims.Count && !physical(s.Noun) || s.Class == claims.Currency && len(s.Subjects) > 0) && allMeasures(cs) &&
		!foreignWords(s.Subjects) {
		return false
	}
	return !boundElsewhere(c, s, all)
}

// frequency: q says how often something happens ("every 15 minutes",
// "four times an hour", "twice a week"), counting no thing.
func frequency(q *claims.Quantity) bool {
	if q.Class != claims.Rate || q.Of != claims.Count || q.Noun != "" && q.Noun != "times" {
		return false
	}
	l := strings.ToLower(q.Text)
	return strings.HasPrefix(l, "every") || strings.Contains(l, "times") || strings.HasPrefix(l, "once") || strings.HasPrefix(l, "twice") || strings.HasPrefix(l, "thrice")
}

// oncePerNamedPeriod: c says how often, once a period that the source
// names as its schedule ("every hour" is hourly, "four times a year"
// quarterly).
func oncePerNamedPeriod(src []sourceText, c *claims.Quantity) bool {
	if !frequency(c) || c.Per <= 0 {
		return false
	}
	// ("four times a year" is quarterly, "twice a year" biannual)
	for _, sc := range src {
		for _, per := range sc.Periods {
			if math.Abs(c.Value*per-1) <= 0.01 {
				return true
			}
		}
	}
	return false
}

// physical: the noun is a unit of a physical measure (kg, lb, m²).
func physical(noun string) bool {
	dim, _ := claims.PhysicalUnit(noun)
	return dim != ""
}

// foreignWords: every word is one no English dictionary holds.
func foreignWords(ws []string) bool {
	for _, w := range ws {
		if english.IsWord(strings.TrimPrefix(w, "~")) {
			return false
		}
	}
	return len(ws) > 0
}

// allMeasures: every subject is a measure (time, cost), none a thing
// counted, and none a throughput, which counts anything.
func allMeasures(ss []string) bool {
	for _, x := range ss {
		if !claims.Measure(x) || x == "throughput" {
			return false
		}
	}
	return true
}

func money(q *claims.Quantity) bool {
	return q.Class == claims.Currency || q.Class == claims.Rate && q.Of == claims.Currency
}

// boundElsewhere: the source binds one of c's subjects to a figure other
// than s.
func boundElsewhere(c, s *claims.Quantity, all []claims.Quantity) bool {
	for i := range all {
		o := &all[i]
		if money(c) != money(o) {
			continue // "three vendor contracts" binds no amount of money to contracts
		}
		if o.Value == s.Value || o.Implied || s.Level && s.Class == claims.Percent && o.Class == s.Class && o.End <= s.Start {
			// "5% of pods first, then ramped to 100%": a level the
			// text reaches after another share measures the same thing
			continue
		}
		for _, x := range c.Subjects {
			if slices.Contains(o.Subjects, x) {
				return true
			}
		}
	}
	return false
}

// perItemOf is the item an amount is per ("per campaign": "campaign").
func perItemOf(c *claims.Quantity) string {
	item, _ := strings.CutPrefix(c.Noun, "per ")
	if item == c.Noun || item == "item" {
		return ""
	}
	return lemma(item)
}

// countsOf: the source counts more than one of the item.
func countsOf(qs []claims.Quantity, item string) bool {
	for _, q := range qs {
		if f := strings.Fields(q.Noun); q.Class == claims.Count && q.Value > 1 && len(f) > 0 && lemma(f[len(f)-1]) == item {
			return true
		}
	}
	return false
}

// perItemIn: text shares something out per item ("per shift", "a sprint",
// "/cohort", "each agent", "the shift of 8 cooks").
func perItemIn(text, item string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"per ", "a ", "an ", "/", "each ", "every ", "per-"} {
		if strings.Contains(l, w+item) {
			return true
		}
	}
	return strings.Contains(l, item+" of ") // "the shift of 8 cooks"
}

// partBefore: the source names a part of the whole s just before it
// ("$295K of $340K").
func partBefore(text string, qs []claims.Quantity, s *claims.Quantity) bool {
	for i := range qs {
		if q := &qs[i]; q.End <= s.Start && q.Class == s.Class && q.Value < s.Value && strings.TrimSpace(text[q.End:s.Start]) == "of" {
			return true
		}
	}
	return false
}

// countsMany: the source counts more than one of something.
func countsMany(qs []claims.Quantity) bool {
	for _, q := range qs {
		if q.Class == claims.Count && q.Value > 1 && q.Noun != "" {
			return true
		}
	}
	return false
}

// eachWords say "each" in the languages sources are written in ("3 grup
// po 18 dzieci", "je 4 Workshops").
var eachWords = map[string]bool{"each": true, "apiece": true, "per": true, "every": true, "po": true, "je": true, "jeweils": true, "chacun": true,
	"chacune": true, "cada": true, "ogni": true, "ciascuno": true, "ciascuna": true, "elk": true, "elke": true, "każdy": true, "każda": true, "hver": true, "hvert": true, "varje": true, "jeder": true, "jede": true, "jedes": true, "ieder": true, "iedere": true,
	"chaque": true, "kullakin": true, "jokaisella": true, "fiecare": true,
	"každý": true, "každá": true, "по": true, "кожен": true, "кожна": true, "каждый": true, "каждая": true, "mỗi": true, "masing-masing": true, "tiap": true}

// saysEach: the text shares something out per item, in words or in the
// characters Chinese, Japanese and Korean use ("每", "各", "각").
func saysEach(text string) bool {
	if strings.Contains(text, "每") || strings.Contains(text, "各") || strings.Contains(text, "각") || strings.Contains(text, "ずつ") {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if eachWords[w] {
			return true
		}
	}
	return false
}

// statesWorkdays: the text says how many days a week are worked ("3
// days a week").
func statesWorkdays(qs []claims.Quantity) bool {
	for i := range qs {
		// (whole days: "3 days a week", not "6 hours a week")
		if q := &qs[i]; q.Class == claims.Rate && q.Of == claims.Duration && q.Per == week && q.Value > 0 && q.Value < 1 &&
			math.Abs(q.Value*7-math.Round(q.Value*7)) < 0.01 {
			return true
		}
	}
	return false
}

// countsOthers: qs counts more than one of some named thing besides s.
func countsOthers(qs []claims.Quantity, s *claims.Quantity) bool {
	for i := range qs {
		if q := &qs[i]; q != s && q.Class == claims.Count && q.Value > 1 && q.Noun != "" {
			return true
		}
	}
	return false
}

// ownedElsewhere: w is what another figure of the rewrite counts.
func ownedElsewhere(w string, c *claims.Quantity, all []claims.Quantity) bool {
	for i := range all {
		if q := &all[i]; q != c && q.Noun != "" && strings.HasSuffix(q.Noun, w) {
			return true
		}
	}
	return false
}

// namedNumber: the rewrite's bare figure is written, digit for digit, in a
// source that reads it as no quantity (a name: "IEP/504", "Form 1040").
func namedNumber(src []sourceText, c *claims.Quantity) bool {
	if c.Bound != claims.Exact || c.Class != claims.Count || c.Tolerance > 0.5 || c.Value < 10 || c.Value >= 1900 && c.Value < 2100 {
		return false
	}
	digits := strconv.FormatFloat(c.Value, 'f', -1, 64)
	for _, sc := range claimTexts(src) {
		for _, k := range claims.Occurrences(sc.Text, digits) {
			from := k + len(digits)
			if k > 0 && isDigitByte(sc.Text[k-1]) || from < len(sc.Text) && isDigitByte(sc.Text[from]) ||
				k > 1 && (sc.Text[k-1] == '.' || sc.Text[k-1] == ',') && isDigitByte(sc.Text[k-2]) {
				continue // (the "28" of "1.28" is part of a version)
			}
			covered := false
			for _, q := range sc.Quantities {
				covered = covered || q.Start <= k && from <= q.End
			}
			if !covered {
				return true
			}
		}
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func (g *Guard) judgeQuantities(src []sourceText, cand claims.Claims) []Finding {
	var fs []Finding
	paced := paces(src, cand.Quantities)
	for i := range cand.Quantities {
		c := &cand.Quantities[i]
		if c.Implied {
			continue
		}
		if (c.Bare() || c.Class == claims.Count && strings.Contains(c.Text, ".")) && versionInSource(src, strings.Fields(c.Text)[0]) {
			continue // "(2.7 → 3.10)" after "Python 2 to Python 3": the source's versions, restated
		}
		m := find(src, c)
		if w := unnamedQualifier(src, c, cand.Quantities); w != "" && m.ok {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeChangedSubject, Text: c.Text, Start: c.Start, End: c.End, Severity: Error,
				Detail: fmt.Sprintf("%q is spread over %q too, which the source does not name with it", c.Text, w)})
			continue
		}
		if w := spreadBefore(src, cand.Text, c); w != "" && m.ok {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeChangedSubject, Text: c.Text, Start: c.Start, End: c.End, Severity: Error,
				Detail: fmt.Sprintf("%q is spread over %q too, which the source does not name", c.Text, w)})
			continue
		}
		if m.ok && levelOnlyUnfinished(src, cand.Text, c) {
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: c.Text, Start: c.Start, End: c.End, Severity: Error,
				Detail: fmt.Sprintf("%q is a level the source is still working towards: keep \"in progress\" or leave it out", c.Text)})
			continue
		}
		if m.ok && !m.rescaled || !m.ok && m.conflict == nil && elided(src, c) {
			continue
		}
		if !m.ok && paced[i] {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeDerived, Text: c.Text, Start: c.Start, End: c.End,
				Severity: Info, Detail: fmt.Sprintf("%q is derived from the source: the same time per item, restated", c.Text)})
			continue
		}
		if m.ok {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeDerived, Text: c.Text, Start: c.Start, End: c.End,
				Severity: Info, Detail: fmt.Sprintf("%q is derived from the source: the same figure per another period or unit", c.Text)})
			continue
		}
		if n, what, ok := g.counted(src, c); ok {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeDerived, Text: c.Text, Start: c.Start, End: c.End,
				Severity: Info, Detail: fmt.Sprintf("%q counts the %d %s the source names", c.Text, n, what)})
			continue
		}
		if per, ok := periodOfNeighbour(src, &cand, c); ok {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeDerived, Text: c.Text, Start: c.Start, End: c.End,
				Severity: Info, Detail: fmt.Sprintf("%q is the source's count, per the period the source gives the figure beside it (%q)", c.Text, per)})
			continue
		}
		if per, ok := sharedPeriod(src, &cand, i); ok {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeDerived, Text: c.Text, Start: c.Start, End: c.End,
				Severity: Info, Detail: fmt.Sprintf("%q is the source's rate, per the period its sentence ends with (%q)", c.Text, per)})
			continue
		}
		if d, ok := derived(src, c); ok {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeDerived, Text: c.Text, Start: c.Start, End: c.End,
				Severity: Info, Detail: fmt.Sprintf("%q is derived from the source: %s", c.Text, d)})
			continue
		}
		if m.conflict == nil && oncePerNamedPeriod(src, c) {
			continue // "an hourly refresh" runs "every hour"
		}
		if m.conflict == nil && namedNumber(src, c) {
			continue // "IEP/504" names Section 504: "504 accommodations" is that name
		}
		if m.conflict == nil && unitTranslated(src, c) {
			continue // "5 ani" is five years: the unit in words the reader does not know
		}
		if c.Class == claims.Count && c.Value == 0 && (m.conflict == nil && withoutInSource(src) || (m.conflict == nil || m.conflict.Value != 0) && noneSaid(src, cand.Text, c)) {
			// (a zero the source says as none of the same thing is no
			// restatement of another figure: "zero SPAD incidents" beside
			// "38 runs a month")
			continue // "sin tiempo de inactividad", "utan störningar": zero downtime, in the source's words
		}
		if m.conflict != nil && copiedWithWhatFollows(src, cand.Text, c) {
			continue // "from 2.4% to 1.1% of sales" written as the source wrote it measures what it did
		}
		if m.conflict != nil && m.groups {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeChangedSubject, Text: c.Text, Start: c.Start, End: c.End, Severity: Error,
				Detail: fmt.Sprintf("%q counts teams, but the source's %q is the size of one team", c.Text, m.conflict.Text)})
			continue
		}
		if m.conflict != nil {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeChangedSubject, Text: c.Text, Start: c.Start, End: c.End, Severity: Error,
				Detail: fmt.Sprintf("%q moves the source's %q to another thing: the source's figure measures %s, the rewrite's %s",
					c.Text, m.conflict.Text, describe(m.conflict.Subjects), describe(c.Subjects))})
			continue
		}
		code, detail := whyUnsupported(src, c)
		fs = append(fs, Finding{Kind: KindMetric, Code: code, Text: c.Text, Start: c.Start, End: c.End, Severity: Error, Detail: detail})
	}
	return fs
}

// copiedWithWhatFollows: the figure and the three to five words after it,
// which name what it measures, stand in a source as they stand in the
// rewrite: the figure measures there what it measures in the source,
// however each text's subject is read.
func copiedWithWhatFollows(src []sourceText, text string, c *claims.Quantity) bool {
	rest := text[c.End:]
	end, words := 0, 0
	for words < 5 && end < len(rest) && rest[end] == ' ' {
		from := end + 1
		stop := strings.IndexAny(rest[from:], " ,;:!?\n")
		if stop < 0 {
			stop = len(rest) - from
		}
		w := strings.TrimRight(rest[from:from+stop], ".")
		if w == "" {
			break
		}
		end, words = from+len(w), words+1
		if len(w) < stop || from+stop < len(rest) && rest[from+stop] != ' ' {
			break // the clause ends with this word
		}
	}
	if words < 3 {
		return false
	}
	phrase := strings.ToLower(text[c.Start : c.End+end])
	// the rewrite's subjects are named after the figure, by the words
	// copied ("of sales"), never before it ("error rates 40% with...")
	cs := strong(c.Subjects)
	if len(cs) == 0 {
		return false
	}
	for _, x := range cs {
		named := false
		for _, w := range strings.FieldsFunc(phrase[len(c.Text):], func(r rune) bool { return r == ' ' || r == ',' }) {
			named = named || claims.Family(w) == x || claims.Family(lemma(w)) == x
		}
		if !named {
			return false
		}
	}
	for _, sc := range claimTexts(src) {
		if strings.Contains(strings.ToLower(sc.Text), phrase) {
			return true
		}
	}
	return false
}

// elided: a bare number ("from 8 to 5") is the number of a source figure
// written with its unit ("from 8 days to 5 days"); leaving the unit out
// claims nothing new.
func elided(src []sourceText, c *claims.Quantity) bool {
	if c.Class == claims.Count && c.Bound == claims.Exact && ranked(src, c.Number) {
		return true // "the five biggest drivers" for "the top 5 drivers"
	}
	if !c.Bare() || c.Bound != claims.Exact && c.Bound != claims.Approx {
		return false
	}
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		for i := range sc.Quantities {
			s := &sc.Quantities[i]
			if s.Class != claims.Count && !s.Implied && s.Number == c.Number && subjectsAgree(c, s, sc.Quantities) {
				return true
			}
		}
	}
	return false
}

// sharedPeriod: a count coordinated with a rate whose period ends the
// sentence is per that period too ("made 275 calls and booked 9 meetings
// each week"); it is supported when the source has it as a rate.
func sharedPeriod(src []sourceText, cand *claims.Claims, i int) (string, bool) {
	c := &cand.Quantities[i]
	if c.Class != claims.Count || c.Bound == claims.Within || c.Implied {
		return "", false
	}
	for k := i + 1; k < len(cand.Quantities); k++ {
		r := &cand.Quantities[k]
		if r.Implied || r.Start < c.End {
			continue // implied, or read inside c ("1.26 to 1.29" holds two)
		}
		between := cand.Text[c.End:r.Start]
		if r.Class != claims.Rate || r.Of != claims.Count || r.Per == 0 || strings.ContainsAny(between, ".;:") || !strings.Contains(between, " and ") {
			return "", false
		}
		cc := *c
		cc.Class, cc.Of, cc.Per = claims.Rate, claims.Count, r.Per
		cc.Value /= r.Per
		cc.Tolerance /= r.Per
		if find(src, &cc).ok {
			return r.Text, true
		}
		return "", false
	}
	return "", false
}

// periodOfNeighbour: c is a count the source gives without a period, per
// the period of the figure the source sets beside it, which the rewrite
// states too ("6 turmas por ano com 35 alunos cada": "six classes of 35
// students a year").
func periodOfNeighbour(src []sourceText, cand *claims.Claims, c *claims.Quantity) (string, bool) {
	if c.Class != claims.Rate || c.Of != claims.Count || c.Per == 0 || c.Bound == claims.Within {
		return "", false
	}
	for _, sc := range claimTexts(src) {
		var count, rate *claims.Quantity
		for k := range sc.Quantities {
			s := &sc.Quantities[k]
			switch {
			case s.Implied:
			case s.Class == claims.Count && s.Number == c.Number:
				count = s
			case s.Class == claims.Rate && s.Of == claims.Count && s.Per == c.Per && s.Number != c.Number:
				rate = s
			}
		}
		if count == nil || rate == nil {
			continue
		}
		for k := range cand.Quantities {
			if r := &cand.Quantities[k]; r != c && r.Number == rate.Number {
				return rate.Text, true
			}
		}
	}
	return "", false
}

// ranked: a source names a "top n" of things.
func ranked(src []sourceText, n float64) bool {
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		for _, t := range sc.Tokens {
			if t.Kind == claims.TokenRank && strings.HasPrefix(t.Key, "top ") {
				if k, v := rankNumber(t.Key); k == "top" && v == n {
					return true
				}
			}
		}
	}
	return false
}

// paces marks the candidate's figures that restate a time per item of the
// source's: "1,000 documents in about 3 seconds" for "about 3 ms per
// document", and back.
func paces(src []sourceText, qs []claims.Quantity) map[int]bool {
	var out map[int]bool
	mark := func(i ...int) {
		if out == nil {
			out = map[int]bool{}
		}
		for _, k := range i {
			out[k] = true
		}
	}
	for i := range qs {
		c := &qs[i]
		switch {
		case c.Span > 0 && c.Value > 0 && plainBound(c) && plainBound(&qs[c.Span-1]):
			// ("past 40K subscribers in two years" bounds the count, which
			// must stand on its own)
			t := qs[c.Span-1]
			if sourcePace(src, t.Value/c.Value, t.Tolerance/c.Value, t.Bound, lemma(c.Noun), func(s *claims.Quantity) bool {
				return !(c.Level && s.Change || c.Change && s.Level) // "grew to 3,000 in 2023" is not "by 3,000"
			}) {
				mark(i, c.Span-1)
			}
		case c.Class == claims.Duration && c.PerUnits > 0:
			if sourcePace(src, c.Value, c.Tolerance, c.Bound, strings.TrimPrefix(lemma(c.Noun), "per ")) {
				mark(i)
			}
		case c.Class == claims.Rate && c.Of == claims.Count && c.Value > 0:
			// "250 documents per second" is 4 ms per document; "about
			// 14 a week" is 85 hires in 6 weeks
			per := 1 / c.Value
			// "over 400 a second" is under 2.5 ms each
			bound := c.Bound
			switch bound {
			case claims.AtLeast:
				bound = claims.Below
			case claims.AtMost, claims.Below:
				bound = claims.AtLeast
			}
			if sourcePace(src, per, per*c.Tolerance/c.Value, bound, "") {
				mark(i)
			}
		}
	}
	return out
}

func plainBound(q *claims.Quantity) bool { return q.Bound == claims.Exact || q.Bound == claims.Approx }

// sourcePace: a source text states the time per item per (seconds), as a
// duration per item or as a count done in a span of time.
func sourcePace(src []sourceText, per, tol float64, bound claims.Bound, item string, fits ...func(*claims.Quantity) bool) bool {
	if bound == claims.Approx {
		tol = math.Max(tol, 0.1*per)
	}
	near := func(v, vtol float64) bool {
		switch bound {
		case claims.Below, claims.AtMost:
			return v < per+eps*math.Max(1, per) // "over 400 a second" from 3 ms each: no
		case claims.AtLeast:
			return v > per-eps*math.Max(1, per)
		}
		return math.Abs(v-per) <= tol+vtol+eps*math.Max(1, per)
	}
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		for i := range sc.Quantities {
			s := &sc.Quantities[i]
			switch {
			case s.Class == claims.Duration && s.PerUnits > 0 && (item == "" || strings.TrimPrefix(lemma(s.Noun), "per ") == item):
				vtol := s.Tolerance
				if s.Bound == claims.Approx {
					vtol = math.Max(vtol, 0.1*s.Value)
				}
				if near(s.Value, vtol) {
					return true
				}
			case s.Span > 0 && s.Value > 0 && (item == "" || lemma(s.Noun) == item) && (len(fits) == 0 || fits[0](s)):
				t := sc.Quantities[s.Span-1]
				vtol := t.Tolerance / s.Value
				if t.Implied {
					vtol = 0 // "in 2023" is a year, no more, no less
				}
				if near(t.Value/s.Value, vtol) {
					return true
				}
			}
		}
	}
	return false
}

// lemma strips a plural: "documents" is "document".
func lemma(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// countedCategories: nouns that count technologies of a lexicon category.
var countedCategories = map[string]string{"cloud": "cloud", "clouds": "cloud", "cloud providers": "cloud", "cloud platforms": "cloud",
	"language": "language", "languages": "language", "programming languages": "language", "database": "database",
	"databases": "database", "frameworks": "framework"}

// counted: c counts technologies the source names ("two clouds" for AWS and
// Azure); it returns how many, and of what.
func (g *Guard) counted(src []sourceText, c *claims.Quantity) (int, string, bool) {
	cat := countedCategories[c.Noun]
	if c.Class != claims.Count || cat == "" {
		return 0, "", false
	}
	seen := map[string]bool{}
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		for _, m := range sc.Technologies {
			// a language that implies another (TypeScript, JavaScript) is
			// one language; a service implies its cloud (EKS, AWS)
			if g.reader.Category(m.Name) == cat {
				seen[m.Name] = true
				continue
			}
			for _, name := range g.reader.Entails(m.Name) {
				if g.reader.Category(name) == cat {
					seen[name] = true
				}
			}
		}
	}
	n := len(seen)
	return n, c.Noun, n > 0 && accepts(c, view{value: float64(n), bound: claims.Exact})
}

// unnamedQualifier is a word c's subject is coordinated from ("test" in
// "compile and test time") that no source text names, or "".
func unnamedQualifier(src []sourceText, c *claims.Quantity, all []claims.Quantity) string {
	if len(c.Qualifiers) == 0 || !slices.ContainsFunc(claimTexts(src), func(sc sourceText) bool { return english.IsEnglish(sc.Text) }) {
		return "" // a source in another language names its things in words no qualifier is matched against
	}
	for _, w := range c.Qualifiers {
		if ownedElsewhere(w, c, all) || len(w) == 3 && strings.ToUpper(w) == strings.ToUpper(c.Currency) {
			continue // "18 employees and annual revenue of EUR 3.1M": the employees are the 18's
		}
		if p, ok := periodAdjectives[w]; ok && c.Class == claims.Rate && math.Abs(c.Per-p) < p/100 {
			continue // "annual" of a figure per year is its period, said again
		}
		named := false
		for i := range src {
			if !src[i].toolsOnly && namesWord(&src[i].Claims, w) && !onlyAfterPrefix(src[i].Text, w) {
				named = true
				break
			}
		}
		if !named && !nameGroupInSource(src, w) {
			return w
		}
	}
	return ""
}

// onlyAfterPrefix: text writes w (or its plural) only after a prefix
// and a hyphen: "mis-picks" names no picks.
func onlyAfterPrefix(text, w string) bool {
	lower := strings.ToLower(text)
	seen := false
	for _, k := range claims.Occurrences(lower, w) {
		if end := k + len(w); end < len(lower) && lower[end] != 's' && lower[end] >= 'a' && lower[end] <= 'z' {
			continue // inside a longer word
		}
		if k == 0 || lower[k-1] != '-' || k < 2 || lower[k-2] < 'a' || lower[k-2] > 'z' {
			return false
		}
		seen = true
	}
	return seen
}

// periodAdjectives are the words that name a rate's period, in seconds.
var periodAdjectives = map[string]float64{
	"hourly": 3600, "daily": day, "weekly": week, "monthly": month, "quarterly": 3 * month,
	"annual": year, "yearly": year, "annually": year,
}

// namesWord: the text has w, its plural or its singular.
func namesWord(c *claims.Claims, w string) bool {
	return c.Contains(w) || c.Contains(w+"s") || strings.HasSuffix(w, "s") && c.Contains(w[:len(w)-1]) || c.Contains(w+"ing")
}

// describe names subjects for a person: "latency (time)", "teams".
func describe(ss []string) string {
	var out []string
	for _, s := range ss {
		out = append(out, strings.TrimPrefix(s, "~"))
	}
	return strings.Join(out, " and ")
}

// whyUnsupported names the kind of invention: a changed unit, currency,
// magnitude, bound or value, added precision, or a number from nowhere.
func whyUnsupported(src []sourceText, c *claims.Quantity) (string, string) {
	if c.Bound == claims.Within {
		return CodeUnsupportedMetric, fmt.Sprintf("%q is not supported by any figure in the source", c.Text)
	}
	if c.Class == claims.Currency && !c.Whole && !c.All {
		for _, sc := range src {
			for i := range sc.Quantities {
				if s := &sc.Quantities[i]; s.Class == c.Class && math.Abs(s.Value-c.Value) <= s.Tolerance+eps*math.Max(1, s.Value) && partBefore(sc.Text, sc.Quantities, s) {
					return CodeChangedValue, fmt.Sprintf("%q is the whole of the source's %q, of which the source names only a part", c.Text, s.Text)
				}
			}
		}
	}
	type cand struct {
		s claims.Quantity
		v view
	}
	var sameClass []cand
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		for _, s := range sc.Quantities {
			if v, ok := inTerms(c, &s, sc.Periods); ok && s.Bound != claims.Within {
				sameClass = append(sameClass, cand{s, v})
				continue
			}
			if s.Number != 0 && math.Abs(s.Number-c.Number) <= eps*math.Max(1, c.Number) && s.Bound != claims.Within {
				if s.Class == c.Class && s.Class == claims.Currency {
					return CodeChangedCurrency, fmt.Sprintf("%q is in %s, but the source's figure is in %s (%q)", c.Text, c.Currency, s.Currency, s.Text)
				}
				if s.Class == claims.Rate && c.Class == claims.Rate {
					return CodeChangedUnit, fmt.Sprintf("%q is per another period than the source's %q", c.Text, s.Text)
				}
				return CodeChangedUnit, fmt.Sprintf("%q is a %s, but the source's %s is a %s (%q)", c.Text, c.Class, trimNum(c.Number), s.Class, s.Text)
			}
		}
	}
	for _, x := range sameClass {
		if c.PerUnits > 0 && x.s.PerUnits == 0 && math.Abs(c.Value-x.v.value) <= x.s.Tolerance+eps*math.Max(1, x.v.value) {
			return CodeChangedValue, fmt.Sprintf("%q is %s, but the source's %q is the total: keep it a total", c.Text, c.Noun, x.s.Text)
		}
		if c.PerItem != "" && x.s.PerItem == "" && math.Abs(c.Value-x.v.value) <= x.s.Tolerance+eps*math.Max(1, x.v.value) {
			return CodeChangedValue, fmt.Sprintf("%q is per %s, but the source's %q is the total: keep it a total", c.Text, c.PerItem, x.s.Text)
		}
		if c.Class == claims.Rate && x.s.Class == claims.Rate && c.Per != x.s.Per && c.Per > 0 && x.s.Per > 0 && math.Abs(c.Number-x.s.Number) <= eps*math.Max(1, c.Number) {
			return CodeChangedUnit, fmt.Sprintf("%q is per another period than the source's %q", c.Text, x.s.Text)
		}
		if x.s.RangeEnd && math.Abs(c.Value-x.v.value) <= x.s.Tolerance+eps*math.Max(1, x.v.value) {
			end := "high end"
			if x.s.RangeLow {
				end = "low end"
			}
			return CodeChangedValue, fmt.Sprintf("%q is one end of a range the source gives (%q is its %s): keep the range, or write \"up to\" or \"at least\"",
				c.Text, x.s.Text, end)
		}
		if math.Abs(c.Value-x.v.value) <= x.s.Tolerance+eps*math.Max(1, x.v.value) && (c.Level && x.s.Change || c.Change && x.s.Level) {
			if c.Level {
				return CodeChangedValue, fmt.Sprintf("%q is a total, but the source's %q is a change (\"by\"): keep it a change", c.Text, x.s.Text)
			}
			return CodeChangedValue, fmt.Sprintf("%q is a change, but the source's %q is a level: keep it a level", c.Text, x.s.Text)
		}
		loose := *c
		loose.Bound = claims.Exact
		if accepts(&loose, x.v) && c.Bound != x.s.Bound {
			return CodeInflatedBound, fmt.Sprintf("%q claims %s %s, but the source says %q", c.Text, c.Bound, trimNum(c.Number), x.s.Text)
		}
		if math.Abs(c.Value-x.v.value) <= x.s.Tolerance+eps*math.Max(1, x.v.value) {
			return CodeAddedPrecision, fmt.Sprintf("%q is more precise than the source's %q", c.Text, x.s.Text)
		}
	}
	for _, x := range sameClass {
		sv := x.v.value
		if r := c.Value / sv; sv > 0 && sameDigits(c.Value, sv) && (r >= 9.99 || r <= 0.1001) {
			return CodeChangedMagnitude, fmt.Sprintf("%q changes the magnitude of the source's %q", c.Text, x.s.Text)
		}
	}
	if len(sameClass) > 0 {
		return CodeChangedValue, fmt.Sprintf("%q does not match the source's %q", c.Text, sameClass[0].s.Text)
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

// dropped notes the item's figures a rewrite no longer states.
func dropped(item claims.Claims, cand claims.Claims) []Finding {
	var fs []Finding
	for i := range item.Quantities {
		s := &item.Quantities[i]
		if s.Implied {
			continue
		}
		kept := false
		for k := range cand.Quantities {
			c := &cand.Quantities[k]
			if v, ok := inTerms(c, s, nil); ok && (c.Bound == claims.Within && accepts(c, v) || math.Abs(c.Value-v.value) <= math.Max(c.Tolerance, s.Tolerance)+eps*math.Max(1, v.value)) {
				kept = true
				break
			} else if ok {
				if _, ok := workdays(c, s, v); ok {
					kept = true // "60 a day" restated as "~300 a week"
					break
				}
			}
			if c.PeriodNamed && s.Class == claims.Currency && math.Abs(c.Value*c.Per-s.Value) <= math.Max(c.Tolerance*c.Per, s.Tolerance)+eps*math.Max(1, s.Value) {
				kept = true // "annual revenue of $2M" keeps "$2M revenue"
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

// withoutWords are "without" in the languages sources are written in.
var withoutWords = []string{"sin ", "sans ", "ohne ", "sem ", "utan ", "uten ", "uden ", "senza ", "zonder ", "bez ", "без ", "tanpa ", "không ", "fără ", "nélkül", "なし", "無停止", "ゼロ", "零", "없이", "무중단"}

// withoutInSource: a source not in English says something happened
// without a thing ("sin tiempo de inactividad"), which "zero downtime"
// restates.
func withoutInSource(src []sourceText) bool {
	for _, sc := range claimTexts(src) {
		if english.IsEnglish(sc.Text) {
			continue
		}
		l := strings.ToLower(sc.Text)
		for _, w := range withoutWords {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// unitTranslated: c is a duration whose number a source in another
// language writes as a bare count before a word no English reader knows
// ("5 ani", "7 werkdagen", "800시간"): the unit, in the source's words.
func unitTranslated(src []sourceText, c *claims.Quantity) bool {
	// (not a rate: a period the reader missed, "Щодня", may differ)
	if c.Class != claims.Duration || c.Number <= 0 {
		return false
	}
	for _, sc := range claimTexts(src) {
		if english.IsEnglish(sc.Text) {
			continue
		}
		for i := range sc.Quantities {
			s := &sc.Quantities[i]
			if s.Implied || s.Number != c.Number || s.Class != claims.Count && s.Class != claims.Duration || s.Class == c.Class {
				continue
			}
			if s.Noun == "" || foreignWords(strings.Fields(s.Noun)) {
				return true
			}
		}
	}
	return false
}

// spreadBefore: c is a change written after two things joined by "and"
// ("cutting reporting effort and status-meeting time by 30%"), and the
// second is a thing no source names: one figure spread over two. It
// returns the unnamed word.
func spreadBefore(src []sourceText, text string, c *claims.Quantity) string {
	if c.Class != claims.Percent || !c.Change || c.Start < 4 || !strings.EqualFold(text[c.Start-3:c.Start], "by ") {
		return ""
	}
	clause := text[max(0, c.Start-80) : c.Start-3]
	if k := strings.LastIndexAny(clause, ",;:.()—–"); k >= 0 {
		clause = clause[k+1:]
	}
	k := strings.LastIndex(clause, " and ")
	if k < 0 {
		return ""
	}
	second := strings.Fields(clause[k+5:])
	if len(second) == 0 || len(second) > 5 {
		return ""
	}
	if _, _, verb := english.LookupVerb(strings.ToLower(second[0])); verb {
		return "" // "…and cut reporting effort by 30%": a clause of its own
	}
	for _, sc := range claimTexts(src) {
		if !english.IsEnglish(sc.Text) {
			return ""
		}
	}
	for _, w := range second {
		w = strings.ToLower(strings.Trim(w, "'\"()"))
		if len(w) < 4 || w == "time" || w == "cost" || w == "costs" || english.IsCommonTerm(w) && !english.IsWord(w) {
			continue
		}
		named := false
		for _, sc := range claimTexts(src) {
			if strings.Contains(strings.ToLower(sc.Text), lemma(w)) {
				named = true
			}
		}
		if !named {
			return w
		}
	}
	return ""
}

// fractionWord: a share is written as a fraction in words ("a quarter",
// "two thirds", "half").
func fractionWord(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"quarter", "third", "half", "fifth", "tenth"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// noneSaid: the source says there were none of the thing the rewrite's
// zero counts, by its acronym ("no LTIs": zero lost-time injuries) or its
// own word ("geen SPAD-incidenten": zero SPAD incidents).
func noneSaid(src []sourceText, text string, c *claims.Quantity) bool {
	sp := strings.IndexByte(text[c.Start:], ' ')
	if sp < 0 {
		return false
	}
	after := c.Start + sp + 1
	first := strings.FieldsFunc(text[after:], func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '.' })
	if len(first) > 0 && strings.HasPrefix(strings.ToLower(first[0]), "accident") {
		for _, sc := range claimTexts(src) {
			for _, w := range []string{"無事故", "无事故", "零事故", "무사고"} {
				if strings.Contains(sc.Text, w) {
					return true // "無事故": without an accident, in one word
				}
			}
		}
	}
	for _, sc := range claimTexts(src) {
		l := strings.ToLower(sc.Text)
		for _, none := range noneWords {
			for _, k := range claims.Occurrences(l, none) {
				next := strings.FieldsFunc(sc.Text[k+len(none):], func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '.' || r == ';' })
				if len(next) == 0 || k > 0 && isWordByte(l[k-1]) {
					continue
				}
				if len(first) > 0 && strings.EqualFold(next[0], first[0]) {
					return true // ("geen SPAD-incidenten")
				}
				for _, a := range initialsAt(text, after) {
					if len(a) >= 2 && strings.TrimSuffix(next[0], "s") == a {
						return true // ("no LTIs")
					}
				}
			}
		}
	}
	return false
}

// noneWords say "none of" before a thing, in the languages sources are
// written in.
var noneWords = []string{"no ", "zero ", "geen ", "kein ", "keine ", "keinen ", "aucun ", "aucune ", "ningún ", "ninguna ", "nenhum ", "nenhuma ",
	"nessun ", "nessuna ", "żadnych ", "ingen ", "sin ", "sans ", "ohne ", "without ", "fără ", "bez ", "без "}

// versionInSource: a source reads text as a version ("Python 2.7").
func versionInSource(src []sourceText, text string) bool {
	for i := range src {
		for _, t := range src[i].Tokens {
			if t.Kind == claims.TokenVersion && t.Text == text && strings.Contains(text, ".") {
				return true
			}
		}
	}
	return false
}

// halvedEither: a share cut to half is cut by half ("工数を約半分に削減" is
// "by about 50%").
func halvedEither(c, s *claims.Quantity) bool {
	return c.Class == claims.Percent && s.Class == claims.Percent && c.Value == 50 && s.Value == 50 && !c.Rise && !s.Rise
}

// ceilingOnly: the rewrite states a limit kept ("within 30 minutes", "no
// more than 2 hours"), which any figure under it meets.
func ceilingOnly(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"within ", "no more than ", "no longer than ", "at most "} {
		if strings.HasPrefix(l, w) {
			return true
		}
	}
	return false
}
