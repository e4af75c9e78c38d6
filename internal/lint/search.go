package lint

import (
	"index/suffixarray"
	"slices"
	"strings"
)

// occurrences answers "where does this probe occur in text" for many
// probes. Each finding asks once, and a resume has a finding per bullet, so
// scanning the text per question is quadratic. It scans directly while the
// bytes scanned stay within a budget of a few times the text (a one-page
// resume never leaves that path), then builds a suffix array once and
// answers from it: n questions cost O(n log n) in all.
type occurrences struct {
	text   string
	budget int // bytes direct scans may still read
	sa     *suffixarray.Index
	memo   map[memoKey][]int // sorted positions per probe, from the suffix array
}

type memoKey struct {
	probe string
	word  bool
}

func newOccurrences(text string) *occurrences {
	return &occurrences{text: text, budget: 4*len(text) + 64<<10}
}

// first returns the first position at or after from where probe occurs, or
// -1. With word set, a probe that starts (ends) with a letter or digit must
// not start (end) inside a word: "SQL" is not found in "PostgreSQL".
func (o *occurrences) first(probe string, from int, word bool) int {
	if probe == "" || from > len(o.text) {
		return -1
	}
	if o.sa == nil && o.budget > 0 {
		return o.scan(probe, from, word)
	}
	if o.sa == nil {
		o.sa = suffixarray.New([]byte(o.text))
		o.memo = map[memoKey][]int{}
	}
	k := memoKey{probe, word}
	at, ok := o.memo[k]
	if !ok {
		at = o.sa.Lookup([]byte(probe), -1)
		slices.Sort(at)
		if word {
			at = slices.DeleteFunc(at, func(i int) bool { return !o.wordAt(i, probe) })
		}
		o.memo[k] = at
	}
	n, _ := slices.BinarySearch(at, from)
	if n == len(at) {
		return -1
	}
	return at[n]
}

func (o *occurrences) scan(probe string, from int, word bool) int {
	for {
		i := strings.Index(o.text[from:], probe)
		if i < 0 {
			o.budget -= len(o.text) - from
			return -1
		}
		i += from
		o.budget -= i - from + len(probe)
		if !word || o.wordAt(i, probe) {
			return i
		}
		from = i + 1
	}
}

// wordAt reports whether probe at i keeps to word edges.
func (o *occurrences) wordAt(i int, probe string) bool {
	s, j := o.text, i+len(probe)
	return (i == 0 || !alnum(s[i-1]) || !alnum(probe[0])) && (j == len(s) || !alnum(s[j]) || !alnum(probe[len(probe)-1]))
}

func alnum(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' }
