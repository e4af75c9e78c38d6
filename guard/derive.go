package guard

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
	"github.com/bulletproof-cli/bulletproof/internal/english"
)

// derived looks for c among figures computed from one source text: a
// percentage read as a multiple (40% faster = 1.4x) and back; the relative
// change, ratio, difference or sum of two nearby figures of one kind; a
// difference in points (F1 0.81 to 0.88 is 7 points); the complement of two
// uptimes (99.5% to 99.9% cuts downtime 80%). Each must round to the
// candidate's written precision: "3x" is not 2.5x.
func derived(src []sourceText, c *claims.Quantity) (string, bool) {
	if c.Bound == claims.Within {
		if c.Class != claims.Multiplier && c.Class != claims.Percent {
			return "", false // "from days to hours" is no computation
		}
		return derivedWithin(src, c)
	}
	try := func(v float64) bool {
		if c.Class == claims.Multiplier && c.Bound == claims.Exact {
			// "3x" is not 2.5x: a multiple rounds half down
			return math.Abs(c.Value-v) < c.Tolerance-eps
		}
		if c.Bound != claims.Exact && c.Bound != claims.Approx && math.Abs(c.Value-v) > 0.25*math.Abs(c.Value) {
			return false // "15+" is no bound on a sum of 25
		}
		return accepts(c, view{value: v, bound: claims.Exact}) && (c.Bound != claims.Exact || math.Abs(c.Value-v) < c.Tolerance+eps)
	}
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		if d, ok := derivedIn(sc, c, try); ok {
			return d, true
		}
	}
	return "", false
}

// derivedWithin: a phrase such as "an order of magnitude" or "two thirds"
// checked against the figures the source's pairs give.
func derivedWithin(src []sourceText, c *claims.Quantity) (string, bool) {
	try := func(v float64) bool { return accepts(c, view{value: v, bound: claims.Exact}) }
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		if d, ok := derivedIn(sc, c, try); ok {
			return d, true
		}
	}
	return "", false
}

// foldVerb: a multiplier written as a verb of growth ("doubled",
// "more than tripled").
func foldVerb(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"doubl", "tripl", "quadrupl"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func derivedIn(sc sourceText, c *claims.Quantity, try func(float64) bool) (string, bool) {
	if d, ok := perItem(sc, c, try); ok {
		return d, true
	}
	if c.Class == claims.Duration && !c.Change {
		// "within its first three months" is the source's "first quarter"
		for _, t := range sc.Tokens {
			if w, ok := strings.CutPrefix(t.Key, "first "); ok && t.Kind == claims.TokenWindow {
				if secs := claims.PeriodSeconds(w); secs > 0 && try(secs) {
					return fmt.Sprintf("the span of the source's %q", t.Text), true
				}
			}
		}
	}
	if c.Class == claims.Percent && !c.Change {
		// "the top-scored 20% of accounts" is the source's "top 20%"
		for _, t := range sc.Tokens {
			if share, ok := strings.CutSuffix(strings.TrimPrefix(t.Key, "top "), "%"); ok && t.Kind == claims.TokenRank && strings.HasPrefix(t.Key, "top ") {
				if v, err := strconv.ParseFloat(share, 64); err == nil && try(v) {
					return fmt.Sprintf("the share the source ranks by (%s)", t.Text), true
				}
			}
		}
	}
	qs := sc.Quantities
	for i := range qs {
		// "cut by 60% to 120 ms" started at 300 ms: the level before a
		// change the source gives by its share and its end
		a := &qs[i]
		if !a.Level || a.Class != c.Class || c.Change || a.Value <= 0 {
			continue
		}
		for k := range qs {
			b := &qs[k]
			if b.Class != claims.Percent || !b.Change || b.Value <= 0 || b.Value >= 100 || b.End > a.Start || !toBetween(sc.Text[b.End:a.Start]) {
				continue // (only "by 60% to 120 ms": the change, then where it ended)
			}
			if !b.Rise && try(a.Value/(1-b.Value/100)) || b.Rise && try(a.Value/(1+b.Value/100)) {
				return fmt.Sprintf("the level before %s ended at %s", b.Text, a.Text), true
			}
		}
	}
	for i := range qs {
		a := &qs[i]
		if a.Bound == claims.Within || a.Implied && a.Class != claims.Percent {
			continue
		}
		switch {
		case a.Class == claims.Percent && c.Class == claims.Multiplier && a.Value < 100:
			// (a cut by 50% is no doubling: a fold written as a verb,
			// "doubled", needs a rise; "2x faster" may restate a cut)
			verb := foldVerb(c.Text)
			if (a.Rise || !a.Change || !verb) && try(1+a.Value/100) || !verb && try(1/(1-a.Value/100)) {
				return fmt.Sprintf("%s as a multiple", a.Text), true
			}
		case a.Class == claims.Multiplier && c.Class == claims.Percent && a.Value > 0:
			if try((a.Value-1)*100) || try((1-1/a.Value)*100) {
				return fmt.Sprintf("%s as a percentage", a.Text), true
			}
		case a.Class == claims.Percent && c.Class == claims.Percent && (a.Change && exceeded(sc.Text, a.Start) || a.Beat) && !c.Change && !c.Beat:
			// "exceeded quota by 20%" is 120% of quota
			if try(100 + a.Value) {
				return fmt.Sprintf("%s over the whole", a.Text), true
			}
		case a.Class == claims.Percent && c.Class == claims.Percent && (c.Change || c.Beat) && !a.Change && a.Value > 100 && (ofAfter(sc.Text[a.End:]) || targetBefore(sc.Text[:a.Start])):
			// "120% of quota" exceeded it by 20%
			if try(a.Value - 100) {
				return fmt.Sprintf("%s less the whole", a.Text), true
			}
		case c.Class == claims.Percent && a.Class == claims.Percent && !c.Change && !a.Change && a.Value > 0 && a.Value < 100 && complementary(c, a) && len(a.Subjects) > 0 && len(c.Subjects) > 0:
			// 91.2% on time is 8.8% late; a 1.2% error rate is 98.8% accuracy
			if try(100 - a.Value) {
				return fmt.Sprintf("the complement of %s", a.Text), true
			}
		case c.Class == claims.Duration && c.PerUnits == 1 && a.Class == claims.Rate && a.Of == claims.Count && a.Value > 0:
			// 2,000 documents per second is each document in 0.5 ms
			if try(1 / a.Value) {
				return fmt.Sprintf("the time per item at %s", a.Text), true
			}
		case a.Implied && a.Class == c.Class && subjectsAgree(c, a, qs):
			if try(a.Value) {
				return fmt.Sprintf("%s as a share", a.Text), true
			}
		}
		// pairs within a few figures of each other: "from X to Y" and "X
		// before, Y after" sit together, and a long text must not cost the
		// square of its figures
		for j := i + 1; j < min(len(qs), i+4); j++ {
			b := &qs[j]
			if spanInWords(b) && !a.Implied {
				// "36 тендеров за год" are about 3 a month: a span said in
				// words is implied, but no calendar year
				if d, ok := pace(c, a, &claims.Quantity{Text: b.Text, Class: claims.Duration, Value: b.Value}, try); ok {
					return d, true
				}
			}
			if b.Bound == claims.Within || b.Implied || a.Implied || a.RangeEnd && b.RangeEnd {
				continue // (the ends of "10-15 clients" are one figure)
			}
			if d, ok := fromPair(sc, c, a, b, try); ok {
				return d, true
			}
			// "5 sections of 32 students each" are 160 students, and so
			// are "5 sections of 32"
			if c.Class == claims.Count && c.PerUnits == 0 && !eachAfter(c.Text+" ", len(c.Text)) && a.Class == claims.Count && b.Class == claims.Count && (eachAfter(sc.Text, b.End) || eachBefore(sc.Text, b.Start) || groupsOf(sc.Text, a, b) || averageOf(sc.Text, b) && sameThing(c, b) ||
				a.End <= b.Start && groupLink(strings.TrimSpace(sc.Text[a.End:b.Start])) && b.Noun != "" && sameThing(c, b)) && try(a.Value*b.Value) {
				// ("3 crews of 8 framers" are 24 framers)
				return fmt.Sprintf("%s times %s", a.Text, b.Text), true
			}
			// "storytime (avg 35 kids), 48 sessions" are about 1,700 visits
			if d, ok := averageTimesCount(sc.Text, c, a, b, try); ok {
				return d, true
			}
			// "46 a week vs a target of 40" is 15% above target
			if d, ok := versusTarget(sc.Text, c, a, b, try); ok {
				return d, true
			}
			// "140 stops a day for 35 drivers" are 4 stops per driver
			if d, ok := sharedOut(c, a, b, try); ok {
				return d, true
			}
			if d, ok := sharedOut(c, b, a, try); ok {
				return d, true
			}
			// "4 subdivisions (320 lots total)" are about 80 lots each
			if d, ok := eachShared(c, a, b, try); ok {
				return d, true
			}
			if d, ok := eachShared(c, b, a, try); ok {
				return d, true
			}
			// "€240K across 3 trade shows" is about €80K each
			if d, ok := amountShared(c, a, b, try); ok {
				return d, true
			}
			if d, ok := amountShared(c, b, a, try); ok {
				return d, true
			}
			// "~220 births/yr, incl. ~35 water births" are 16% water births
			if d, ok := partOfRate(sc.Text, c, a, b, try); ok {
				return d, true
			}
			// "saving €1.4M p.a. on €32M of spend" is about 4.4% of it
			if d, ok := moneyShare(c, a, b, try); ok {
				return d, true
			}
			// "$18k in 6 months" is "$3K a month"
			if d, ok := pace(c, a, b, try); ok {
				return d, true
			}
			if d, ok := pace(c, b, a, try); ok {
				return d, true // "8 wks, digitised ~1,200 files": the span first
			}
			// "12 events/yr, avg attendance ~250" are about 3,000 a year;
			// "budget $450k, came in 6% under" is $27K under
			if d, ok := product(sc.Text, c, a, b, try); ok {
				return d, true
			}
		}
		// 6 engineers in Lisbon, 4 in Warsaw and 3 in Bangalore are 13
		if d, ok := sumOfThree(sc, c, qs, i, try); ok {
			return d, true
		}
	}
	// "5 courses per term, 8 couples per course, 3 terms a year" are 120
	// couples a year
	if d, ok := chainProduct(sc, c, try); ok {
		return d, true
	}
	return "", false
}

// chainProduct: c's number is the product of two or three of the source's
// counts and rates, as written ("kit checks on 6 ambulances every shift, 2
// shifts/day, 7 days/wk" are 84 a week): a total over the schedule the
// source states. Only counts of things multiply, and c must count what one
// of them counts.
func chainProduct(sc sourceText, c *claims.Quantity, try func(float64) bool) (string, bool) {
	if c.Class != claims.Count && !(c.Class == claims.Rate && c.Of == claims.Count) || c.Level || c.Change || c.Number < 10 || c.Bound == claims.Within {
		return "", false
	}
	var fs []*claims.Quantity
	for k := range sc.Quantities {
		q := &sc.Quantities[k]
		if q.Implied || q.Number <= 1 || q.Number == c.Number || q.Bound == claims.Within || q.Change ||
			!(q.Class == claims.Count || q.Class == claims.Rate && (q.Of == claims.Count || q.Of == claims.Duration)) {
			continue
		}
		fs = append(fs, q)
	}
	if len(fs) < 2 || len(fs) > 8 {
		return "", false
	}

	counted := func(qs ...*claims.Quantity) bool {
		// the product is per the longest period among its rates ("6 a
		// day, 3 days a week" are 18 a week, not a day); a total with no
		// period takes no rate
		per := longestPeriod(qs...)
		if c.Class == claims.Rate && per == 0 || c.Class == claims.Count && per > 0 {
			return false
		}
		for _, q := range qs {
			if q.Class != claims.Rate || q.Of != claims.Duration {
				if c.Noun == "" || sameThing(c, q) && q.Noun != "" || nounInText(sc.Text, c.Noun) {
					return true
				}
			}
		}
		return false
	}
	for x := 0; x < len(fs); x++ {
		for y := x + 1; y < len(fs); y++ {
			if p := fs[x].Number * fs[y].Number; p > c.Number/2 && counted(fs[x], fs[y]) && try(p/longest(fs[x], fs[y])) {
				return fmt.Sprintf("%s times %s", fs[x].Text, fs[y].Text), true
			}
			for z := y + 1; z < len(fs); z++ {
				if p := fs[x].Number * fs[y].Number * fs[z].Number; counted(fs[x], fs[y], fs[z]) && try(p/longest(fs[x], fs[y], fs[z])) {
					return fmt.Sprintf("%s times %s times %s", fs[x].Text, fs[y].Text, fs[z].Text), true
				}
			}
		}
	}
	return "", false
}

// longestPeriod is the longest period among the rates, the period a
// product of them is per (0 for counts alone).
func longestPeriod(qs ...*claims.Quantity) float64 {
	per := 0.0
	for _, q := range qs {
		if q.Class == claims.Rate {
			per = max(per, q.Per)
		}
	}
	return per
}

// longest is the period a product is per, or 1 for a total.
func longest(qs ...*claims.Quantity) float64 {
	if per := longestPeriod(qs...); per > 0 {
		return per
	}
	return 1
}

// nounInText: the last word of noun, or its singular, is a word of text
// ("84 kit checks a week" from "kit checks on 6 ambulances").
func nounInText(text, noun string) bool {
	f := strings.Fields(noun)
	if len(f) == 0 {
		return false
	}
	w := lemma(f[len(f)-1])
	return len(w) > 2 && strings.Contains(strings.ToLower(text), w)
}

// foreignUnlike: a and b count things named by two different words of
// another language, and c names only one of them ("6 commis" and "2
// ispezioni" make no 8 commis; "2 Kitas und 1 Grundschule" make three
// buildings).
func foreignUnlike(c, a, b *claims.Quantity) bool {
	head := func(q *claims.Quantity) string {
		f := strings.Fields(q.Noun)
		if len(f) == 0 {
			return ""
		}
		r := []rune(strings.ToLower(f[len(f)-1]))
		return string(r[:min(4, len(r))])
	}
	ha, hb, hc := head(a), head(b), head(c)
	if ha == "" || hb == "" || ha == hb || english.IsWord(strings.ToLower(lastWord(a.Noun))) || english.IsWord(strings.ToLower(lastWord(b.Noun))) {
		return false
	}
	return hc == ha || hc == hb
}

// sameFamily: two nouns name one kind of thing ("transactions", "deal").
func sameFamily(a, b string) bool {
	f := claims.Family(a)
	return f != "" && f == claims.Family(b)
}

// groupsOf: a counts groups of b's size: "6 cohorts of 10" (not "3 of 10
// stores", a share).
func groupsOf(text string, a, b *claims.Quantity) bool {
	if a.End > b.Start {
		return false
	}
	switch strings.TrimSpace(text[a.End:b.Start]) {
	case "of":
		return a.Noun != "" && b.Noun == ""
	case "x", "×", "*":
		return true // "3 sections x 35 students"
	}
	return false
}

// versusTarget: c is how far a lies above or below b, the target or
// standard the source measures it against ("46 vs a target of 40": 15%
// above target; "avg 40 units/hr, standard is 32": 25% above).
func versusTarget(text string, c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	if c.Class != claims.Percent || b.Value <= 0 {
		return "", false
	}
	av, bv := a.Value, b.Value
	switch {
	case a.Class == b.Class && (a.Class == claims.Count || a.Class == claims.Rate || a.Class == claims.Currency || a.Class == claims.Duration):
	case a.Class == claims.Rate && b.Class == claims.Count && b.Noun == "":
		av = a.Number // "46 a week vs a target of 40": the target is per week too
	case a.Class == claims.Currency && b.Class == claims.Rate && b.Of == claims.Currency, a.Class == claims.Rate && a.Of == claims.Currency && b.Class == claims.Currency:
		av, bv = a.Number, b.Number // "$2.76M in new ARR against a $2.4M quota": one of them read as a year's
	case b.Bare() && a.Class != claims.Percent && a.Class != claims.Multiplier:
		av = a.Number // "31 days (target 40)": the target in the figure's unit
	default:
		return "", false
	}
	// the target's word before the figure or right after it ("against a
	// $2.4M quota")
	around := strings.ToLower(text[max(0, b.Start-24):b.Start] + " " + text[b.End:min(len(text), b.End+12)])
	target := false
	for _, w := range []string{"target", "goal", "quota", "standard", "baseline", "benchmark", "plan", "ziel", "objectif", "objetivo", "meta", "obiettivo", "doel", "στόχ", "цел", "hedef", "cel ", "celu", "norma", "soll"} {
		target = target || strings.Contains(around, w)
	}
	// "$2.76M against a $2.4M quota" is 15% above it, or 115% of it
	if !target || !try(math.Abs(av-bv)/bv*100) && (c.Change || !try(av/bv*100)) {
		return "", false
	}
	return fmt.Sprintf("%s against the target %s", a.Text, b.Text), true
}

// sharedOut: c is a's things per one of b's ("4 stops per driver" from
// "35 drivers covering 140 stops").
func sharedOut(c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	if c.PerItem == "" || b.Class != claims.Count || b.Value <= 1 || a.PerItem != "" || !sameThing(c, a) {
		return "", false
	}
	av := a.Value
	switch {
	case a.Class == c.Class && a.Per == c.Per:
	case c.Class == claims.Count && a.Class == claims.Rate && a.Of == claims.Count:
		av = a.Number // "4 stops per driver" in a text about daily routes
	default:
		return "", false
	}
	fb := strings.Fields(b.Noun)
	if len(fb) == 0 {
		return "", false
	}
	if item := lemma(fb[len(fb)-1]); !sameItem(item, c.PerItem) && !sameFamily(item, c.PerItem) && !abbreviates(item, c.PerItem) {
		// ("5 volunteer mods", per moderator)
		return "", false
	}
	if try(av / b.Value) {
		return fmt.Sprintf("%s shared among %s", a.Text, b.Text), true
	}
	return "", false
}

// amountShared: c is an amount per item, a total of money shared out over
// b items ("a €240K annual budget across 3 trade shows": about €80K each).
// A count is shared only over the items its "per" names ("450 students
// in 18 workshops" are about 25 per workshop).
func amountShared(c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	item := perItemOf(c)
	if item == "" {
		item = c.PerItem // "about 13 pupils per teacher"
	}
	if c.PerUnits != 1 && c.PerItem == "" || b.Class != claims.Count || b.Value <= 1 || b.Level || b.Change {
		return "", false
	}
	var total float64
	switch {
	case c.Class == claims.Count && (a.Class == claims.Count || a.Class == claims.Rate && a.Of == claims.Count) && a.PerUnits == 0 && a.PerItem == "" && a != b &&
		a.Number > b.Value && item != "" && (countsOf([]claims.Quantity{*b}, item) || foreignWords(strings.Fields(b.Noun))):
		total = a.Number // (a rate's own figure: "3,000 calls a week, 20 agents" are 150 calls per agent, that week)
	case c.Class != claims.Currency || c.PerUnits != 1:
		return "", false
	case a.Class == claims.Currency && a.PerUnits == 0 && a.Currency == c.Currency:
		total = a.Value
	case a.Class == claims.Rate && a.Of == claims.Currency && a.Currency == c.Currency && a.Per > 0:
		total = a.Value * a.Per
	default:
		return "", false
	}
	if a.Level || a.Change || !try(total/b.Value) {
		return "", false
	}
	return fmt.Sprintf("%s shared over %s", a.Text, b.Text), true
}

// averageTimesCount: c counts the visits an average per session makes
// over a count of sessions, the average written first or last; c counts
// no sessions.
func averageTimesCount(text string, c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	if c.Class != claims.Count || c.Level || c.Change || c.PerUnits != 0 || a.Class != claims.Count || b.Class != claims.Count || a.Level || b.Level {
		return "", false
	}
	for _, pair := range [2][2]*claims.Quantity{{a, b}, {b, a}} {
		avg, n := pair[0], pair[1]
		if averagedRightBefore(text, avg) && !averagedRightBefore(text, n) && n.Value > 1 && n.Noun != "" && !sameThing(c, n) && try(avg.Value*n.Value) {
			return fmt.Sprintf("%s times %s", n.Text, avg.Text), true
		}
	}
	return "", false
}

// averagedRightBefore: an average word stands right before q ("avg 35
// kids", "averaging 35"), not merely earlier in the sentence.
func averagedRightBefore(text string, q *claims.Quantity) bool {
	before := strings.TrimRight(strings.ToLower(text[max(0, q.Start-12):q.Start]), " ~.")
	for _, w := range averageWords {
		if strings.HasSuffix(before, strings.TrimSpace(w)) {
			return true
		}
	}
	return false
}

// eachShared: c is a count said to be each item's ("about 80 lots each"),
// a's count of the same things shared over b's count of other things.
func eachShared(c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	// (a rate shared the same: "about 3,000 stops per day in total" over
	// 20 drivers is "about 150 stops each per day")
	total := a.Value
	switch {
	case c.Class == claims.Count && a.Class == claims.Count:
	case c.Class == claims.Rate && a.Class == claims.Rate && c.Of == claims.Count && a.Of == claims.Count && c.Per > 0 && c.Per == a.Per:
	case c.Class == claims.Count && a.Class == claims.Rate && a.Of == claims.Count && a.Number > 0:
		total = a.Number // ("150 stops each" of "3,000 stops per day": per the same day)
	default:
		return "", false
	}
	if !c.Each || c.Noun == "" || b.Class != claims.Count || a.Level || b.Level || a.Change || b.Change ||
		b.Value <= 1 || total <= b.Value || !sameThing(c, a) || b.Noun == "" || sameThing(c, b) {
		return "", false
	}
	if try(total / b.Value) {
		return fmt.Sprintf("%s shared over %s", a.Text, b.Text), true
	}
	return "", false
}

// eachOfThem: the percent x follows the rate y as a share of it ("25 a
// week, davon 60 %", "of which", "dont", "de los cuales").
func eachOfThem(text string, y, x *claims.Quantity) bool {
	if y.End > x.Start || x.Start-y.End > 40 {
		return false
	}
	between := strings.ToLower(text[y.End:x.Start])
	for _, w := range []string{"davon", "of which", "of them", "dont", "de los cuales", "de las cuales", "di cui", "waarvan", "z czego", "dos quais", "das quais"} {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// partOfRate: c is the share a count makes of a rate it is part of ("~220
// births/yr, incl. ~35 water births").
// moneyShare: c is the share one amount of money makes of a larger one,
// a yearly amount of an amount of no period taken as that year's ("saved
// €1.4M a year on €32M of spend": 4.4%).
func moneyShare(c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	if c.Class != claims.Percent || c.Change || c.Level {
		return "", false
	}
	for _, x := range strong(c.Subjects) {
		if x != "cost" && x != "budget" && x != "revenue" {
			return "", false // ("6.7% of spend": a share of money; "6.7% of users" is not)
		}
	}
	amount := func(q *claims.Quantity) (float64, bool) {
		switch {
		case q.Class == claims.Currency && q.PerUnits == 0 && !q.Change:
			return q.Value, true
		case q.Class == claims.Rate && q.Of == claims.Currency && math.Abs(q.Per-year) < day:
			return q.Value * q.Per, true
		}
		return 0, false
	}
	va, oka := amount(a)
	vb, okb := amount(b)
	if !oka || !okb || a.Currency != b.Currency || va <= 0 || vb <= 0 || va == vb || a.Class == b.Class && a.Class == claims.Currency {
		return "", false // (two plain amounts are the pair reading's)
	}
	if try(math.Min(va, vb) / math.Max(va, vb) * 100) {
		return fmt.Sprintf("the share %s make of %s", a.Text, b.Text), true
	}
	return "", false
}

func partOfRate(text string, c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	if c.Class != claims.Percent || c.Change || c.Level || a.Class != claims.Rate || a.Of != claims.Count || b.Class != claims.Count || a.End > b.Start {
		return "", false
	}
	between := strings.ToLower(text[a.End:b.Start])
	if !strings.Contains(between, "incl") && !strings.Contains(between, "of which") && !strings.Contains(between, "of them") &&
		!strings.Contains(between, "dont") && !strings.Contains(between, "davon") && !strings.Contains(between, "de los cuales") && !strings.Contains(between, "di cui") {
		return "", false
	}
	if whole := a.Value * a.Per; whole > b.Value && try(b.Value/whole*100) {
		return fmt.Sprintf("the share %s make of %s", b.Text, a.Text), true
	}
	return "", false
}

// pace: c is a total the source gives over a period, per another period
// ("$18k extra revenue in 6 months" is "about $3K a month").
// spanInWords: q is a span the reader takes from words, not figures ("за
// год", "within a year", "half a year"), which a calendar year ("in 2023")
// is not: its figure is the year's number.
func spanInWords(q *claims.Quantity) bool {
	return q.Implied && q.Class == claims.Duration && q.Number > 0 && q.Number <= 12 && q.Bound != claims.Within
}

func pace(c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	// ("2,400 flight hours in 4 years" are 600 hours a year: time over
	// a longer span)
	timeOverSpan := a.Class == claims.Duration && c.Of == claims.Duration && a.Value < b.Value
	if c.Class != claims.Rate || b.Class != claims.Duration || b.Implied || b.Level || b.Value <= 0 || a.Level ||
		a.Class != claims.Currency && a.Class != claims.Count && !timeOverSpan || a.Class == claims.Currency && a.Currency != c.Currency {
		return "", false
	}
	if try(a.Value / b.Value) {
		return fmt.Sprintf("%s over %s", a.Text, b.Text), true
	}
	return "", false
}

// product: c is a rate of things times a count each, or a percentage of
// an amount.
func product(text string, c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	for _, pair := range [2][2]*claims.Quantity{{a, b}, {b, a}} {
		x, y := pair[0], pair[1]
		switch {
		case x.Class == claims.Count && timesSign(x.Text) && y.Start >= x.End && y.Start-x.End <= 2 && c.Class == y.Class && (c.Class != claims.Rate || c.Of == y.Of) &&
			try(x.Value*y.Value):
			// "3 x 12-hour shifts weekly" are 36 hours a week, "8 x 30-min
			// calls per day" four hours a day: the source multiplies
			return fmt.Sprintf("%s times %s", strings.TrimSpace(x.Text), y.Text), true
		case c.Class == claims.Rate && c.Of == claims.Count && x.Class == claims.Rate && x.Of == claims.Count && y.Class == claims.Count && y.Value > 1 &&
			(averageOf(text, y) || perItemOfRate(text, y, x) && sameThing(c, y)) && try(x.Value*y.Value):
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Currency && x.Class == claims.Percent && !x.Level && y.Class == claims.Currency && y.Currency == c.Currency && x.Value < 100 && try(x.Value/100*y.Value):
			return fmt.Sprintf("%s of %s", x.Text, y.Text), true
		case c.Class == claims.Currency && c.PerUnits == 0 && x.Class == claims.Percent && !x.Level && x.Value < 100 && y.Class == claims.Rate && y.Of == claims.Currency &&
			y.Currency == c.Currency && y.Per > 0 && try(x.Value/100*y.Value*y.Per):
			// "a $2.4M annual budget, 4% under" is about $96K
			return fmt.Sprintf("%s of %s", x.Text, y.Text), true
		case c.Class == claims.Currency && (c.PerUnits == 0 || c.Value > 1.5*y.Value) && !c.Level && x.Class == claims.Count && x.Value > 1 && !x.Level && y.Class == claims.Currency && y.Currency == c.Currency &&
			(averageOf(text, y) || y.PerUnits > 0) && try(x.Value*y.Value):
			// "22 weddings, avg budget ~$38K" are about $836K in all
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Duration && x.Class == claims.Count && x.Value > 1 && y.Class == claims.Duration && y.PerUnits > 0 && try(x.Value*y.Value):
			// "45 participants, ~2hrs each" are about 90 hours
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Rate && (c.Of == claims.Count || c.Of == claims.Duration) && x.Class == claims.Rate && x.Of == c.Of && x.Per > 0 && x.Per <= day &&
			y.Class == claims.Rate && y.Of == claims.Duration && y.Per > x.Per && y.Value > 0 && y.Value < 1 && try(x.Value*y.Value):
			// "12 surgeries per day, 4 days a week" are 48 a week; "週4日勤務、
			// 1日6時間" 24 hours a week
			return fmt.Sprintf("%s on %s", x.Text, y.Text), true
		case (c.Class == claims.Count && !c.Level || c.Class == claims.Rate && c.Of == claims.Count && c.Per >= day) && x.Class == claims.Rate && x.Of == claims.Count && x.Per > 0 && x.Per < day &&
			y.Class == claims.Rate && y.Of == claims.Duration && y.Per >= day && y.Value > 0 && y.Value < 1 &&
			(c.Class == claims.Rate && try(x.Value*y.Value) || c.Class == claims.Count && try(x.Value*y.Value*y.Per)):
			// "시간당 약 800개, 하루 10시간" are about 8,000 a (10-hour) day
			return fmt.Sprintf("%s over %s", x.Text, y.Text), true
		case c.Class == claims.Rate && c.Of == claims.Count && x.Class == claims.Count && x.Value > 1 && x.Noun != "" && !x.Level &&
			y.Class == claims.Rate && y.Of == claims.Count && y.Noun == "" && y.Number <= 4 && frequencyWord(y.Text) && try(x.Value*y.Value):
			// "milked 150 cows twice daily" are 300 milkings a day
			return fmt.Sprintf("%s %s", x.Text, y.Text), true
		case c.Class == claims.Count && !c.Level && x.Class == claims.Count && x.Value > 1 && y.Class == claims.Count && y.Value > 1 && x.End <= y.Start &&
			averageOf(text, y) && !averageOf(text, x) && sameThing(c, y) && try(x.Value*y.Value):
			// "5 groups, 28 pupils avg." are about 140 pupils
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Rate && c.Of == claims.Duration && x.Class == claims.Rate && x.Of == claims.Count && y.Class == claims.Duration && !y.Level &&
			(averageOf(text, y) || y.PerUnits > 0 || strings.Contains(y.Text, "-")) && try(x.Value*y.Value):
			// ("12-hr shifts, 3 per week" are 36 hours a week: a length
			// written before its noun is each one's)
			// "~6 Sev-2s a month, avg 3 h each" are about 18 hours a month
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Rate && c.Of == claims.Duration && x.Class == claims.Count && x.Value > 1 && y.Class == claims.Rate && y.Of == claims.Duration && averageOf(text, y) && try(x.Value*y.Value):
			// "5 students, 2 hrs/wk each" are 10 hours a week
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Rate && c.Of == claims.Currency && x.Class == claims.Count && x.Value > 1 && y.Class == claims.Rate && y.Of == claims.Currency &&
			y.Currency == c.Currency && y.Per == c.Per && eachWorth(text, y.Start) && try(x.Value*y.Value):
			// "6 partnerships, each bringing about $400K a year" are $2.4M a year
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Rate && c.Of == claims.Currency && x.Class == claims.Rate && x.Of == claims.Count && y.Class == claims.Currency && y.PerUnits == 0 &&
			averageOf(text, y) && try(x.Value*y.Value):
			// "circa 35 calculaties per jaar, gemiddelde projectwaarde € 1,8
			// mln" are about €63M a year
			return fmt.Sprintf("%s at %s", x.Text, y.Text), true
		case c.Class == claims.Rate && c.Of == claims.Currency && x.Class == claims.Rate && x.Of == claims.Count && y.Class == claims.Currency && y.PerUnits > 0 && try(x.Value*y.Value/y.PerUnits):
			// "~8 posts/month at $150/post" are about $1,200 a month
			return fmt.Sprintf("%s at %s", x.Text, y.Text), true
		case c.Class == claims.Currency && x.Class == claims.Rate && x.Of == claims.Currency && x.Currency == c.Currency && y.Class == claims.Duration && !y.Level &&
			y.Value > x.Per && try(x.Value*y.Value):
			// "$50k/yr ... (3 yrs)" is $150K in all
			return fmt.Sprintf("%s over %s", x.Text, y.Text), true
		case c.Class == claims.Count && !c.Level && c.PerUnits == 0 && x.Class == claims.Rate && x.Of == claims.Count && !x.Level && y.Class == claims.Duration && !y.Level && !y.Change &&
			y.Value > x.Per && sameThing(c, x) && try(x.Value*y.Value):
			// "2 articles a month for three years" are about 70 articles
			return fmt.Sprintf("%s over %s", x.Text, y.Text), true
		case x.Class == claims.Percent && !x.Change && !x.Level && x.Value < 100 && c.Class == claims.Count && y.Class == claims.Rate && y.Of == claims.Count &&
			eachOfThem(text, y, x) && try(x.Value/100*y.Number):
			// "rund 25 Termine pro Woche, davon etwa 60 %": some 15 of them
			return fmt.Sprintf("%s of %s", x.Text, y.Text), true
		case x.Class == claims.Percent && !x.Change && !x.Level && x.Value < 100 && (c.Class == claims.Rate && y.Class == claims.Rate && y.Of == claims.Count && c.Of == claims.Count ||
			c.Class == claims.Count && y.Class == claims.Count && !y.Level) && y.Value > 0 && try(x.Value/100*y.Value):
			// "~300 alerts/day, escalated ~5%" are about 15 a day
			return fmt.Sprintf("%s of %s", x.Text, y.Text), true
		case x.Class == claims.Percent && !x.Change && !x.Level && x.Value < 100 && c.Class == claims.Count && c.Noun != "" && y.Class == claims.Rate && y.Of == claims.Count &&
			sameThing(c, y) && x.Start > y.End && try(x.Value/100*y.Number):
			// "~1,900 calls per year, 70% medical": some 1,330 calls (of
			// the year the rewrite's sentence names)
			return fmt.Sprintf("%s of %s", x.Text, y.Text), true
		case c.Class == claims.Count && c.PerItem == "" && x.Class == claims.Count && x.PerItem != "" && y.Class == claims.Count && y.PerItem == "" && y.Value > 1 &&
			sameThing(c, x) && sameItem(itemOf(y), x.PerItem) && try(x.Value*y.Value):
			// "5 sections, about 30 students per section" are about 150
			// students
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Count && !c.Level && x.Class == claims.Rate && x.Of == claims.Count && y.Class == claims.Count && y.Value > 1 && averageOf(text, y) && try(x.Number*y.Value):
			// "12 events a year, avg attendance ~250" are 3,000 attendees
			// (in the year the rewrite's sentence names)
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		case c.Class == claims.Rate && c.Of == claims.Currency && x.Class == claims.Rate && x.Of == claims.Count && y.Class == claims.Currency && y.PerUnits == 0 &&
			y.Currency == c.Currency && averageOf(text, y) && try(x.Value*y.Value):
			// "12 weddings a year, average budget €35,000" are €420,000 a year
			return fmt.Sprintf("%s times %s", x.Text, y.Text), true
		}
	}
	return "", false
}

// levelPerPeriod reads the count x of a pair of levels as per the rate y's
// period, when both count one unit ("from 60 kg to 45 kg per week").
func levelPerPeriod(x, y *claims.Quantity) (claims.Quantity, bool) {
	if x.Class != claims.Count || y.Class != claims.Rate || y.Of != claims.Count || y.Per <= 0 || !x.Level || !y.Level || x.Noun == "" || x.Noun != y.Noun || x.End > y.Start {
		return claims.Quantity{}, false
	}
	q := *x
	q.Class, q.Of, q.Per = claims.Rate, claims.Count, y.Per
	q.Value, q.Tolerance = x.Value/y.Per, x.Tolerance/y.Per
	return q, true
}

// toBetween: the words between a change and a level join them as the
// change's end ("by 60% to", "by 60%, down to", "met 60% verlaagd naar").
func toBetween(between string) bool {
	b := strings.Trim(strings.ToLower(between), " ,")
	return b == "to" || b == "down to" || b == "up to" && false || strings.HasSuffix(b, " naar") || strings.HasSuffix(b, " auf") || strings.HasSuffix(b, " à")
}

// frequencyWord: the figure says how often ("twice daily", "3x a week",
// "three times a year").
func frequencyWord(text string) bool {
	l := strings.ToLower(text)
	return strings.Contains(l, "twice") || strings.Contains(l, "thrice") || strings.Contains(l, "times") || strings.Contains(l, "x ") || strings.Contains(l, "×")
}

// timesSign: the figure is written as a factor ("3 x", "8×").
func timesSign(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, " x") || strings.HasSuffix(t, "×") || strings.HasSuffix(t, " X")
}

// sameItem: lemmas a and b name one thing, allowing the plurals English
// lemmas leave ("conductore" of "conductores" is "conductor").
func sameItem(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if a == b || len(b) >= 5 && len(a)-len(b) <= 2 && strings.HasPrefix(a, b) {
		return true
	}
	// "fiera" and "fiere", "visita" and "visite": one stem, another ending
	sa, sb := strings.TrimRight(a, "aeiouys"), strings.TrimRight(b, "aeiouys")
	return len(sb) >= 4 && sa == sb && len(a)-len(sa) <= 2 && len(b)-len(sb) <= 2
}

// groupLink: w joins groups to their size ("3 crews of 8 framers", "3
// groupes de 12 stagiaires", "4 Teams von 6").
func groupLink(w string) bool {
	switch strings.ToLower(w) {
	case "of", "de", "di", "da", "von", "van", "z", "из", "по":
		return true
	}
	return false
}

// itemOf is the lemma of the last word of q's noun: "section" of "5
// sections".
func itemOf(q *claims.Quantity) string {
	f := strings.Fields(q.Noun)
	if len(f) == 0 {
		return ""
	}
	return lemma(f[len(f)-1])
}

// averageOf: q is written as an average or an amount each ("avg
// attendance ~250", "250 each").
func averageOf(text string, q *claims.Quantity) bool {
	before := strings.ToLower(text[max(0, q.Start-36):q.Start])
	for _, w := range averageWords {
		if strings.Contains(before, w) {
			return true
		}
	}
	if eachAfter(text, q.End) {
		return true
	}
	// "28 pupils avg.", "~40 covers on average": the average word after
	after := text[q.End:min(len(text), q.End+16)]
	for _, w := range []string{" avg", " on average", " average", " in average"} {
		if len(after) >= len(w) && strings.EqualFold(after[:len(w)], w) {
			return true
		}
	}
	return false
}

// perItemOfRate: q is written per the item rate counts ("~25
// stories/shift, 4 shifts/wk": 100 stories a week).
func perItemOfRate(text string, q, rate *claims.Quantity) bool {
	f := strings.Fields(rate.Noun)
	if len(f) == 0 {
		return false
	}
	item := lemma(f[len(f)-1])
	rest := strings.ToLower(text[q.End:])
	for _, per := range []string{"/", " / ", " per ", " a ", " an ", " each "} {
		if after, ok := strings.CutPrefix(rest, per); ok && strings.HasPrefix(after, item) {
			return true
		}
	}
	return false
}

// sameThing: c counts what q counts, or names nothing ("100 a week").
func sameThing(c, q *claims.Quantity) bool {
	cf, qf := strings.Fields(c.Noun), strings.Fields(q.Noun)
	if len(cf) == 0 {
		return true
	}
	if len(qf) == 0 {
		return false
	}
	a, b := lemma(cf[len(cf)-1]), lemma(qf[len(qf)-1])
	// (a noun in the source's language, "15 детей", may count the same)
	return a == b || sameFamily(a, b) || !english.IsWord(b) && !english.IsWord(qf[len(qf)-1])
}

// averageWords say a figure is an average, in the languages sources are
// written in ("budget medio", "moyenne", "durchschnittlich").
var averageWords = []string{"avg", "average", "each", "mean", "medio", "media", "moyen", "durchschnitt", "promedio", "médio", "gemiddeld", "średni", "i snitt",
	"átlagosan", "ortalama", "в среднем", "в середньому", "平均", "평균", "rata-rata", "trung bình", "keskimäärin", "gennemsnit", "i genomsnitt", "purata",
	"à ", "po ", "متوسط", "ממוצע", "औसत", "میانگین", "μέσο όρο", "κατά μέσο", "เฉลี่ย", "গড়"}

// eachAfterWords say "each" after a counted noun in the languages sources
// are written in ("cada uno", "chacun", "pro Sitzung", "на занятии").
var eachAfterWords = []string{"cada uno", "cada una", "cada", "chacun", "chacune", "jeweils", "je ", "ciascuno", "ciascuna", "per sessione",
	"на занятии", "на занятие", "за занятие", "setiap sesi", "setiap kelas", "per sesi", "mỗi buổi", "mỗi lớp", "hver", "var ", "kukin", "fiecare"}

// ofAfter: the text opens with "of" in one of the languages sources are
// written in ("120% of quota", "120% dell'obiettivo", "120 % des Ziels").
func ofAfter(rest string) bool {
	for _, w := range []string{" of ", " av ", " af ", " dell", " del ", " de l", " du ", " des ", " der ", " do ", " da ", " van ", " chỉ tiêu", " kế hoạch"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// eachWorth: "each" opens the clause of the amount at offset at ("each
// bringing about $400K", "each worth").
func eachWorth(text string, at int) bool {
	before := strings.ToLower(text[max(0, at-32):at])
	k := strings.LastIndex(before, "each ")
	return k >= 0 && !strings.ContainsAny(before[k:], ",;.")
}

// targetBefore: a target, in its genitive, comes right before the figure
// ("yıllık hedefin %115'i", "目标的115%", "目標の115%", "목표 대비 115%").
func targetBefore(before string) bool {
	before = strings.TrimRight(strings.ToLower(before), " ")
	for _, w := range []string{"hedefin", "hedefinin", "kotanın", "kotasının", "目标的", "目標の", "目标", "目標比", "목표 대비", "목표의", "목표치의", "plan", "target", "quota", "chỉ tiêu", "zielerreichung", "zielerfüllung", "attainment", "attainment of", "quota attainment", "ziel zu", "ziele zu", "objectif à", "objectifs à", "objetivo al", "objetivo en un", "objetivo em", "meta em", "obiettivo al"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// eachBefore: "je" or "chacun de" opens the figure at offset at ("4
// Klassen mit je 25 Schülern").
func eachBefore(text string, at int) bool {
	before := strings.ToLower(strings.TrimRight(text[:at], " "))
	return strings.HasSuffix(before, " je") || strings.HasSuffix(before, " cada") || strings.HasSuffix(before, " chacune de") || strings.HasSuffix(before, " chacun de") ||
		strings.HasSuffix(before, " po") || strings.HasSuffix(before, " à") || strings.HasSuffix(before, "по") || strings.HasSuffix(before, " ciascuno")
}

// eachAfter: "each" or "apiece" follows offset at.
func eachAfter(text string, at int) bool {
	rest := strings.TrimLeft(text[at:], " ")
	if strings.HasPrefix(rest, "each") || strings.HasPrefix(rest, "apiece") {
		return true
	}
	// "15 participantes cada uno", "20 детей на занятии", "15 pesakit setiap sesi": each, in the source's words
	for _, w := range eachAfterWords {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) {
			return true
		}
	}
	return false
}

// exceeded: the clause before offset at says a target was beaten
// ("exceeded quota by", "beat plan by").
func exceeded(text string, at int) bool {
	before := strings.ToLower(text[max(0, at-64):at])
	for _, end := range []string{". ", ";", "\n"} {
		if k := strings.LastIndex(before, end); k >= 0 {
			before = before[k+len(end):] // (the figure's own sentence; "$2.5M" ends none)
		}
	}
	for _, w := range []string{"exceed", "beat", "surpass", "outperform", "overachiev", "overdeliver", "over-deliver", "topped",
		"superat", "dépass", "übertr", "überschr", "superad", "supere", "superou", "overtr", "przekrocz"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// sumOfThree: c is the sum of the figure at i and the next two, counts or
// amounts of one kind that are no levels.
func sumOfThree(sc sourceText, c *claims.Quantity, qs []claims.Quantity, i int, try func(float64) bool) (string, bool) {
	if c.Class != claims.Count && c.Class != claims.Currency || c.Level || i+2 >= len(qs) {
		return "", false
	}
	three := qs[i : i+3]
	sum := 0.0
	for k := range three {
		q := &three[k]
		if q.Class != c.Class || q.Level || q.Implied || q.Bound == claims.Within || q.Value <= 0 || !subjectsAgree(c, q, sc.Quantities) {
			return "", false
		}
		sum += q.Value
	}
	if try(sum) {
		return fmt.Sprintf("the sum of %s, %s and %s", three[0].Text, three[1].Text, three[2].Text), true
	}
	return "", false
}

// adjacent: b follows a within a few words of one clause, as the ends of
// a change do in any language ("de R$ 4,2 mi para R$ 3,5 mi", "%3,1'den
// %4,0'a").
func adjacent(text string, a, b *claims.Quantity) bool {
	// (counted in letters: "₹45 लाख से बढ़ाकर ₹60 लाख" is as near as
	// "from 45 to 60")
	if a.End > b.Start || b.Start-a.End > 16 && utf8.RuneCountInString(text[a.End:b.Start]) > 16 {
		return false
	}
	switch strings.TrimSpace(text[a.End:b.Start]) {
	case "of", "of the", "out of", "out of the", "of our", "in", "/":
		return false // "30 of the 50": a part and its whole, not two states
	}
	return !strings.ContainsAny(text[a.End:b.Start], ",;:()")
}

// comparedWith: the words between a and b make b what a is compared with
// ("3 weeks instead of the planned 6", "46 vs 40").
func comparedWith(text string, a, b *claims.Quantity) bool {
	if a.End > b.Start || b.Start-a.End > 40 {
		return false
	}
	between := strings.ToLower(text[a.End:b.Start])
	for _, w := range []string{"instead of", "rather than", " vs", "versus", "compared to", "compared with", "against", "in plaats van", "au lieu de",
		"en lugar de", "en vez de", "em vez de", "invece di", "statt", "zamiast", "вместо", "замість", "anziché"} {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

func fromPair(sc sourceText, c, a, b *claims.Quantity, try func(float64) bool) (string, bool) {
	// "from 60 kg to 45 kg per week": the first level is per the second's
	// period too
	if x, ok := levelPerPeriod(a, b); ok {
		a = &x
	} else if x, ok := levelPerPeriod(b, a); ok {
		b = &x
	}
	// the pair's name is wanted only when it derives c: build it then
	pair := pairName{a, b}
	agree := subjectsAgree(c, a, sc.Quantities) || subjectsAgree(c, b, sc.Quantities)
	if agree && len(a.Subjects) == 0 && len(b.Subjects) == 0 && !measuredBy(c, a.Class) {
		agree = false // two durations change no churn: their measure is time
	}
	if sameKind(a, b) && a.Value > 0 && b.Value > 0 {
		diff := math.Abs(a.Value - b.Value)
		switch c.Class {
		case claims.Percent:
			// relative to the first figure written, the baseline of "from
			// 900 to 600" (33%, not 50%), unless the second is the one
			// written "from" ("3.8%, up from 2.9%")
			base := a.Value
			if fromBefore(sc.Text, b) && !fromBefore(sc.Text, a) || comparedWith(sc.Text, a, b) {
				base = b.Value // ("3 weeks instead of the planned 6": 50% less than planned)
			}
			// (two states of one measure: "from 900 to 600", "46 vs 40",
			// "x -> y"; not "renewed 48 of 52, negotiated 3 deals")
			states := a.Level || b.Level || a.Ranged || b.Ranged || comparedWith(sc.Text, a, b) || fromBefore(sc.Text, a) || fromBefore(sc.Text, b) ||
				a.Noun != "" && a.Noun == b.Noun || adjacent(sc.Text, a, b)
			if (agree || a.Class == claims.Points) && !c.Level && states && try(diff/base*100) {
				// ("to over 2.9%" is a level, never the change)
				return "the relative change from " + pair.to(), true
			}
			// part of a whole: "recovered $295K of the $340K found" is
			// 87%, "210 applicants and 64 hires" a 30% rate; never a
			// change, nor the two levels of one ("from 50 to 40")
			rate := slices.ContainsFunc(c.Subjects, func(s string) bool {
				return s == "pass rate" || s == "conversion" || s == "retention" || s == "resolution"
			})
			if (agree || rate) && !c.Change && !(a.Level && b.Level) && (a.Class == claims.Count || a.Class == claims.Currency) &&
				try(math.Min(a.Value, b.Value)/math.Max(a.Value, b.Value)*100) {
				return "the share " + pair.and() + " make", true
			}
			// "a quarter of its size" from 1.2 GB to 300 MB: the
			// second level as a share of the first
			// ("cut waits to a third" from 12 to 4 minutes: a level of
			// another kind, said as a share)
			// (a source in another language reads "de 12 para 4" as a
			// range, not as two levels)
			if agree && (c.Share || c.Level && a.Class != claims.Percent && a.Class == b.Class) && (a.Level || a.Ranged) && (b.Level || b.Ranged) && try(b.Value/a.Value*100) {
				return "the share " + pair.to() + " leaves", true
			}
			// uptime 99.5% to 99.9% is downtime 0.5% to 0.1%: an 80% cut
			if a.Class == claims.Percent && a.Value > 50 && b.Value > 50 && a.Value < 100 && b.Value < 100 && complementary(c, a) {
				if try(diff / (100 - math.Min(a.Value, b.Value)) * 100) {
					return "the change in the complement of " + pair.and(), true
				}
			}
		case claims.Multiplier:
			// "a 66M-parameter student 5x smaller than the 340M-parameter
			// ranker": two figures of one noun are two sizes
			sized := a.Noun != "" && a.Noun == b.Noun && slices.Equal(c.Subjects, []string{"size"})
			if (agree || sized) && (try(a.Value/b.Value) || try(b.Value/a.Value)) {
				return "the ratio of " + pair.and(), true
			}
			// uptime 99% to 99.9% is a tenth of the downtime
			if a.Class == claims.Percent && a.Value > 50 && b.Value > 50 && a.Value < 100 && b.Value < 100 && complementary(c, a) {
				if lo, hi := 100-math.Max(a.Value, b.Value), 100-math.Min(a.Value, b.Value); lo > 0 && try(hi/lo) {
					return "the ratio of the complements of " + pair.and(), true
				}
			}
		case claims.Points:
			// (the points of one measure are not another's: precision's
			// gain is no recall's)
			subject := agree || len(strong(c.Subjects)) == 0 || len(strong(a.Subjects)) == 0 ||
				!slices.ContainsFunc(strong(c.Subjects), func(s string) bool { return !slices.Contains(a.Subjects, s) })
			// (every measure the rewrite spreads the points over: "precision
			// and recall by 8 points" needs recall's gain too)
			if (a.Class == claims.Percent || a.Class == claims.Points) && subject && try(diff) {
				// (95 bps to 60 bps is 35 bps)
				return "the difference between " + pair.and() + " in points", true
			}
			if a.Class == claims.Count && a.Value <= 1 && b.Value <= 1 && subject && try(diff*100) {
				return "the difference between " + pair.and() + " in points", true
			}
			if a.Class == claims.Count && subject && try(diff) {
				return "the difference between " + pair.and(), true
			}
		}
	}
	if a.Clock && b.Clock && c.Class == claims.Duration && !c.Level && c.Per == 0 {
		// "6:10 -> 5:05" is 65 seconds less, "2:35 to 2:05" 30 minutes:
		// a clock reading may be minutes and seconds or hours and minutes
		if diff := math.Abs(a.Value - b.Value); try(diff) || !a.ClockMinutes && !b.ClockMinutes && try(diff*60) {
			return "the difference between " + pair.and(), true
		}
	}
	if !agree {
		return "", false
	}
	va, oka := inTerms(c, a, sc.Periods)
	vb, okb := inTerms(c, b, sc.Periods)
	if !oka || !okb || va.bound == claims.Within || vb.bound == claims.Within {
		return "", false
	}
	slack := math.Max(va.slack, vb.slack)
	tryS := func(v float64) bool {
		return try(v) || slack > 0 && math.Abs(c.Value-v) <= c.Tolerance+slack*math.Abs(v)
	}
	if a.Value > 0 && b.Value > 0 && c.Class != claims.Percent && c.Class != claims.Multiplier && c.Class != claims.Points {
		// a level ("to under 2 seconds") is no difference
		// (a figure under a hundredth of the other takes nothing off:
		// "rund 5.000" is no difference of 5.000 and 3)
		if !c.Level && math.Min(va.value, vb.value) > math.Max(va.value, vb.value)/100 && tryS(math.Abs(va.value-vb.value)) {
			return "the difference between " + pair.and(), true
		}
		// 4 backend and 3 frontend engineers make a 7-person team
		// (of two figures of its own kind: "8 patients" and "twice a week"
		// make no 10 patients)
		// ("7 yrs in general practice + 2 yrs of emergency shifts" are
		// nine years: stints of a career add up)
		stints := c.Class == claims.Duration && a.Class == claims.Duration && b.Class == claims.Duration && !a.Ranged && !b.Ranged && !a.Change && !b.Change &&
			a.Value >= 28*day && b.Value >= 28*day
		if (c.Class == claims.Count || c.Class == claims.Currency || c.Class == claims.Rate && c.Of != claims.DataSize || stints) && !a.Level && !b.Level &&
			!(c.Class == claims.Count && (a.Class == claims.Rate || b.Class == claims.Rate)) &&
			subjectsAgree(c, a, sc.Quantities) && subjectsAgree(c, b, sc.Quantities) && !foreignUnlike(c, a, b) && !(math.Min(va.value, vb.value) < math.Max(va.value, vb.value)/10 && (a.Noun == "" || b.Noun == "")) && tryS(va.value+vb.value) {
			// (a figure with no noun a tenth the other's size adds to
			// nothing: "40多场 … 800人" are no 840 guests)
			return "the sum of " + pair.and(), true
		}
	}
	return "", false
}

// populationShares are measures of a share of people or things (churn,
// conversion, errors), which no change of a time, an amount of money or a
// size derives.
var populationShares = []string{"churn", "retention", "conversion", "signups", "satisfaction", "errors", "complaints", "accuracy", "pass rate",
	"coverage", "resolution", "opens", "regretted attrition", "precision", "recall", "f1", "auc"}

// measuredBy: c, a share of people or things, is no change of figures of
// the class (days, dollars, bytes).
func measuredBy(c *claims.Quantity, class claims.Class) bool {
	if class != claims.Duration && class != claims.Currency && class != claims.DataSize {
		return true
	}
	return !slices.ContainsFunc(strong(c.Subjects), func(s string) bool { return slices.Contains(populationShares, s) })
}

// pairName names two figures for a detail.
type pairName struct{ a, b *claims.Quantity }

func (p pairName) and() string { return p.a.Text + " and " + p.b.Text }
func (p pairName) to() string  { return p.a.Text + " to " + p.b.Text }

// fromBefore: q is written as the baseline of a change ("up from 2.9%").
var baselineWords = []string{"from", "instead of", "versus", "vs", "vs.", "compared with", "compared to", "was", "previously"}

func fromBefore(text string, q *claims.Quantity) bool {
	before := strings.TrimRight(text[:q.Start], " ")
	// the baseline word may stand a few words ahead of its figure: "vs
	// target 140", "vs fleet avg 6.8", "vs 5 yr avg 7.4"
	for skip := 0; skip <= 3; skip++ {
		for _, w := range baselineWords {
			if n := len(before); n >= len(w) && strings.EqualFold(before[n-len(w):], w) && (n == len(w) || before[n-len(w)-1] == ' ' || before[n-len(w)-1] == '(') {
				return skip == 0 || w == "vs" || w == "vs." || w == "versus"
			}
		}
		k := strings.LastIndexAny(before, " (")
		if k < 0 || strings.ContainsAny(before[k+1:], ",;:.") && !strings.HasSuffix(before, "vs.") {
			return false
		}
		before = strings.TrimRight(before[:k], " ")
	}
	return false
}

// complementary: a figure about downtime may come from two uptimes, one
// about failures from two success or pass rates (97% to 99.4% success cuts
// failures 80%).
func complementary(c, a *claims.Quantity) bool {
	low := func(q *claims.Quantity) bool {
		return slices.Contains(q.Subjects, "downtime") || slices.Contains(q.Subjects, "errors") || slices.Contains(q.Subjects, "lateness")
	}
	high := func(q *claims.Quantity) bool {
		return slices.Contains(q.Subjects, "availability") || slices.Contains(q.Subjects, "pass rate") || slices.Contains(q.Subjects, "punctuality") ||
			slices.Contains(q.Subjects, "accuracy")
	}
	// (a share of things, no measure named: "API платежів з 99,5% до
	// 99,9%" read as services')
	things := !slices.ContainsFunc(a.Subjects, claims.Measure)
	return low(c) && (things || high(a)) || high(c) && low(a)
}

// perItem: "thirty per session" from 300 staff in 10 sessions, a count
// shared out over another the source names.
func perItem(sc sourceText, c *claims.Quantity, try func(float64) bool) (string, bool) {
	item, ok := strings.CutPrefix(c.Noun, "per ")
	if !ok || c.Class != claims.Count && c.Class != claims.Currency && c.Class != claims.Duration || item == "item" && c.Class == claims.Count {
		return "", false
	}
	item = lemma(item)
	qs := sc.Quantities
	for i := range qs {
		b := &qs[i]
		words := strings.Fields(b.Noun)
		if b.Class != claims.Count || b.Implied || b.Value <= 0 || len(words) == 0 ||
			item != "item" && !sameItem(lemma(words[len(words)-1]), item) && !sameFamily(words[len(words)-1], item) &&
				!(claims.Family(item) != "" && slices.Contains(b.Subjects, claims.Family(item))) && // ("6 school sites", per school)
				!(len(words) >= 3 && claims.RomanceLink(words[1]) && sameItem(lemma(words[0]), item)) {
			// ("3 fiere di settore": the head comes first)
			continue
		}
		// "28 deals worth $9.6M" are "about $343K each"; "140 stops a day
		// for 35 drivers" are 4 per driver (a day)
		for j := range qs {
			a := &qs[j]
			if j == i || a.Implied {
				continue
			}
			if a.Class == c.Class && (c.Class != claims.Currency || a.Currency == c.Currency) && a.Value > b.Value && try(a.Value/b.Value) {
				return fmt.Sprintf("%s shared over %s", a.Text, b.Text), true
			}
			if c.Class == claims.Count && a.Class == claims.Rate && a.Of == claims.Count && a.Per > 0 && try(a.Value*a.Per/b.Value) {
				return fmt.Sprintf("%s shared over %s", a.Text, b.Text), true
			}
		}
	}
	return "", false
}
