package guard

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Class is the kind of thing a quantity measures. Quantities of different
// classes never support each other: "25 minutes" does not support "25%".
type Class int

// Unit classes.
const (
	Count Class = iota
	Percent
	Points // percentage points
	Currency
	Duration // base unit: seconds
	DataSize // base unit: bytes
	Rate     // base unit: per second; Of says of what
	Multiplier
)

var classNames = [...]string{"count", "percent", "percentage points", "currency", "duration", "data size", "rate", "multiplier"}

func (c Class) String() string { return classNames[c] }

// Bound is the hedge a quantity is written with.
type Bound int

// Bounds.
const (
	Exact   Bound = iota
	Approx        // about, around, ~, roughly
	AtLeast       // over, more than, 2M+
	AtMost        // up to, nearly, under
)

func (b Bound) String() string { return [...]string{"exact", "approximate", "at least", "at most"}[b] }

// Quantity is one number a text states, normalised to a base unit.
type Quantity struct {
	Text       string // as written, hedge included
	Start, End int
	Value      float64 // in the base unit of Class
	Tolerance  float64 // half a unit of the last digit written, in base units
	Class      Class
	Of         Class  // for Rate: what is counted per second (Count, DataSize, Currency)
	Currency   string // ISO code, for Currency (and Rate of Currency)
	Bound      Bound
	Noun       string // the counted noun, lowercase ("users"), when one follows
	Vague      bool   // "thousands of", "millions of"

	Per float64 // for Rate: the period written, in seconds (86400 for "daily")

	bare      bool    // no unit, currency or noun written: a range's first half
	magnitude bool    // written with K/M/B or thousand/million
	mantissa  float64 // the number as written, before magnitude and unit
	number    float64 // mantissa times magnitude, before the unit
}

// Percentile is a latency label such as p95 or "99th percentile"; a label the
// source lacks is itself a claim.
type Percentile struct {
	Text       string
	Start, End int
	Label      string // normalised: "p95", "p99.9"
}

type tokKind int

const (
	tNum tokKind = iota
	tWord
	tSym
)

type token struct {
	kind       tokKind
	text       string // as written
	lower      string
	start, end int
	num        float64 // tNum
	decimals   int     // digits after the point, tNum
	suffix     string  // letters glued to a number, lowercase ("ms", "m", "x")
	spaceAfter bool
}

// span is a byte range excluded from quantity parsing (technology names,
// placeholders, phone numbers, addresses).
type span struct{ start, end int }

// spanSet is a sorted list of disjoint spans, searched in O(log n) so that
// long texts stay linear.
type spanSet []span

// newSpanSet sorts and merges spans.
func newSpanSet(ss []span) spanSet {
	out := append(spanSet(nil), ss...)
	slices.SortFunc(out, func(a, b span) int { return a.start - b.start })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// overlaps reports whether [a, b) overlaps a span of the set.
func (ss spanSet) overlaps(a, b int) bool {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].end > a })
	return i < len(ss) && ss[i].start < b
}

// endsAt reports whether a span ends at off.
func (ss spanSet) endsAt(off int) bool {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].end >= off })
	return i < len(ss) && ss[i].end == off
}

// lowerASCII lowercases ASCII letters and keeps every byte where it was, so
// that a token's lowercase form is a slice of it; other letters stay as
// they are (the unit and hedge words are ASCII).
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// tokenPool recycles token slices: Check runs per candidate, and the slices
// would otherwise dominate its allocations.
var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 64); return &s }}

func tokenize(text, lower string) []token {
	return tokenizeInto((*tokenPool.Get().(*[]token))[:0], text, lower)
}

func releaseTokens(toks []token) {
	if cap(toks) <= 4096 {
		clear(toks) // the rest of the capacity was cleared before it was lent
		toks = toks[:0]
		tokenPool.Put(&toks)
	}
}

func tokenizeInto(toks []token, text, lower string) []token {
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if n := len(toks); n > 0 {
				toks[n-1].spaceAfter = true
			}
			i++
		case isDigitB(c):
			j := i
			for j < len(text) && (isDigitB(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigitB(text[j+1])) {
				j++
			}
			raw := text[i:j]
			v, dec, ok := parseDigits(raw)
			k := j
			for k < len(text) && isLetterB(text[k]) {
				k++
			}
			t := token{kind: tNum, text: text[i:k], lower: lower[i:k], start: i, end: k, num: v, decimals: dec, suffix: lower[j:k]}
			if !ok {
				t.kind = tWord
			}
			toks = append(toks, t)
			i = k
		case isLetterB(c) || c >= 0x80 && isLetterRune(text[i:]):
			j := i
			for j < len(text) && (isLetterB(text[j]) || isDigitB(text[j]) || text[j] >= 0x80 && isLetterRune(text[j:]) || text[j] == '\'' && j+1 < len(text) && isLetterB(text[j+1])) {
				if text[j] >= 0x80 {
					j += runeLen(text[j:])
				} else {
					j++
				}
			}
			toks = append(toks, token{kind: tWord, text: text[i:j], lower: lower[i:j], start: i, end: j})
			i = j
		default:
			n := 1
			if c >= 0x80 {
				n = runeLen(text[i:])
			}
			toks = append(toks, token{kind: tSym, text: text[i : i+n], lower: text[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return toks
}

// parseDigits reads "2,000,000", "1.5", "99.95"; a comma must group
// thousands, otherwise the token is not a plain number ("1,5").
func parseDigits(s string) (float64, int, bool) {
	parts := strings.Split(s, ".")
	if len(parts) > 2 {
		return 0, 0, false // 1.2.3: a version
	}
	intPart := parts[0]
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) > 3 {
			return 0, 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, 0, false
			}
		}
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	num := intPart
	dec := 0
	if len(parts) == 2 {
		if strings.Contains(parts[1], ",") {
			return 0, 0, false
		}
		num += "." + parts[1]
		dec = len(parts[1])
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, 0, false
	}
	return v, dec, true
}

func isDigitB(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterB(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func runeLen(s string) int {
	for i := 1; i < len(s) && i < 4; i++ {
		if s[i]&0xC0 != 0x80 {
			return i
		}
	}
	if len(s) < 4 {
		return len(s)
	}
	return 4
}

func isLetterRune(s string) bool {
	// Latin letters with diacritics (é, ü) join words; symbols (€, –, ~) do not.
	return len(s) >= 2 && (s[0] == 0xC3 || s[0] == 0xC4 || s[0] == 0xC5) && !strings.HasPrefix(s, "×") && !strings.HasPrefix(s, "÷")
}

// tolerance is half a unit of the last written digit, times scale.
func tolerance(decimals int, scale float64) float64 {
	return 0.5 * math.Pow(10, -float64(decimals)) * scale
}
