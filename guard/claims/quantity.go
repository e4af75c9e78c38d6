package claims

import "math"

// Class is the kind of thing a quantity measures. Quantities of different
// classes never support each other: "25 minutes" does not support "25%".
type Class uint8

// Unit classes.
const (
	Count Class = iota
	Percent
	Points // percentage points, and points of a score (F1, NPS)
	Currency
	Duration // base unit: seconds
	DataSize // base unit: bytes
	Rate     // base unit: per second; Of says of what
	Multiplier
)

var classNames = [...]string{"count", "percent", "percentage points", "currency", "duration", "data size", "rate", "multiplier"}

func (c Class) String() string { return classNames[c] }

// Bound is the hedge a quantity is written with.
type Bound uint8

// Bounds.
const (
	Exact   Bound = iota
	Approx        // about, around, ~, roughly
	AtLeast       // over, more than, 2M+
	AtMost        // nearly, almost, up to: close to the figure, not above it
	Below         // under, less than, sub-: anything below the figure
	Within        // a range of values: Low to High ("millions of", "sub-second", "five nines")
)

func (b Bound) String() string {
	return [...]string{"exact", "approximate", "at least", "at most", "below", "within"}[b]
}

// Quantity is one figure a text states, normalised to a base unit.
type Quantity struct {
	Text       string // as written, hedge included
	Start, End int
	Value      float64 // in the base unit of Class
	Tolerance  float64 // half a unit of the last digit written, in base units
	Low, High  float64 // for Bound Within: the values the phrase allows, High exclusive (may be +Inf)
	Per        float64 // for Rate: the period written, in seconds (86400 for "daily")
	PerUnits   float64 // for a price per so many things ("$4 per 1,000 requests"): 1000; Value is per one
	PerItem    string  // a count shared out per thing ("4 stops per driver"): "driver"
	Each       bool    // an amount said to be each item's ("each worth $4.8M", "for each of 4 programs")
	Total      bool    // a count said to be the sum over items ("5,000 visitors in total", "insgesamt 5.000")
	// Number is the figure as written times its magnitude, before the
	// unit ("1.5" in "1.5 s", "2000000" in "2M users").
	Number   float64
	Currency string // ISO code, for Currency (and Rate of Currency); "" in "six-figure" means any
	Noun     string // the counted noun, lowercase ("users"), when one follows
	// Subjects are what the figure measures, as keys: a family of
	// synonyms ("time" for latency and response time, "cost" for spend)
	// or a noun's lemma ("~reconciliation"). Empty when the text does not
	// say.
	Subjects []string
	// Qualifiers are words coordinated before the measure a figure is
	// about: "compile" and "test" in "cut compile and test time by 40%".
	// A figure spread over two things needs the source to name both.
	Qualifiers []string
	Class      Class
	Of         Class // for Rate: what is counted per second (Count, DataSize, Currency, Duration)
	Bound      Bound
	// Span, for a count of things done in a span of time ("1,000 documents
	// in 3 seconds"), is 1 + the index of that span's quantity: the pair
	// restates a time per thing ("3 ms per document") or a rate.
	Span int
	// Implied marks a figure the text implies without writing it ("Q1
	// and Q2" is two quarters, "18 of 24" is 75%): it supports a rewrite,
	// and is never reported as dropped.
	Implied bool
	// Change marks a figure written as a change ("by 40%", "by $30K");
	// Level one written as a level ("from 40 to 10", "to 99.9%"). A
	// change is not a level: "cut pages by 40" does not restate "from 40".
	Change, Level bool
	// Rise marks a change upward ("traffic up 140%", "grew sales by
	// 40%"): an increase of 140% is a 2.4-fold level.
	Rise bool
	// Beat marks a share by which a target was beaten, in any language
	// ("exceeded quota by 15%", "hedefi %15 aştım", "Ziel um 15 %
	// übertroffen"): 115% of the target.
	Beat bool
	// Whole marks the whole a part is counted of ("1,500" in "1,200 of
	// 1,500"); All a count said to be all of something ("all 1,500
	// claims"): the whole does not support "all" of it done.
	Whole, All bool
	// Part marks the part counted of a whole ("1,200" in "1,200 of
	// 1,500"): its noun is the whole's, which may name the things before
	// what was done to the part (64 of 210 applicants were hires).
	Part bool
	// RangeEnd marks an end of a range written with one unit ("10-15
	// clients"): neither end alone is the figure.
	RangeEnd, RangeLow bool // RangeLow: its lower end
	// Ranged marks either half of two figures read together ("3 to 5
	// days", "from 40 to 10"): a range may restate a range.
	Ranged bool
	// Share marks a percentage written as a part of a whole the thing had
	// ("a quarter of its size", "40% of their original cost"): the ratio
	// of two levels of the source ("from 1.2 GB to 300 MB").
	Share bool
	// PeriodNamed marks money per a period the measure names before it
	// ("annual turnover of $2M", "grew ARR to $1.2M").
	PeriodNamed bool
	// Clock marks a time measured written like a clock ("AHT 6:10",
	// "from 2:35 to 2:05"): Value reads it as minutes and seconds, though
	// it may be hours and minutes, unless ClockMinutes ("AHT 6:10").
	Clock, ClockMinutes bool

	bare      bool    // no unit, currency or noun written: a range's first half
	unitless  bool    // a count with no unit or currency written ("3M per round" in "$2–3M per round")
	magnitude bool    // written with K/M/B or thousand/million
	mantissa  float64 // the number as written, before magnitude and unit
	first     int     // token index of the number
	last      int     // token index after the quantity
	partner   int     // 1 + index of the figure this one is compared with ("from 40 to 10")
	rating    bool    // a rating as a share of its scale: "4.7/5", "a 4.7-star rating"
	measure   string  // the measure its unit names: "0.4 AUC points" are accuracy's
}

// Bare reports whether the figure is written with no unit, currency or
// noun at all ("from 8 to 5"): it restates a number, not a measure.
func (q Quantity) Bare() bool { return q.bare && q.Class == Count && q.Noun == "" }

// Vague reports whether the quantity is a phrase without a figure of its
// own ("thousands of", "millions of").
func (q Quantity) Vague() bool { return q.Bound == Within && math.IsInf(q.High, 1) }
