// Package worddiff compares two texts word by word: which words of the
// first are gone and which of the second are new, for the terminal's
// rewrite diff and the eval viewer. Whitespace is kept, never compared.
package worddiff

import (
	"strings"
	"unicode/utf8"
)

// Span is a stretch of one text: [Start, End) in bytes. Changed marks a
// word the other text lacks; spans cover the text end to end.
type Span struct {
	Start, End int
	Changed    bool
}

// maxCells bounds the comparison table (words of a × words of b, after
// the common start and end are set aside); past it the middle is marked
// changed wholesale rather than spend quadratic time and memory.
const maxCells = 1 << 20

// Diff returns a's spans (removed words changed) and b's (added words
// changed), by the longest common subsequence of words.
func Diff(a, b string) (as, bs []Span) {
	x, y := words(a), words(b)
	// the common start and end need no table
	pre := 0
	for pre < len(x) && pre < len(y) && a[x[pre].Start:x[pre].End] == b[y[pre].Start:y[pre].End] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && a[x[len(x)-1-suf].Start:x[len(x)-1-suf].End] == b[y[len(y)-1-suf].Start:y[len(y)-1-suf].End] {
		suf++
	}
	mx, my := x[pre:len(x)-suf], y[pre:len(y)-suf]
	keepX, keepY := make([]bool, len(mx)), make([]bool, len(my))
	if n, m := len(mx), len(my); n > 0 && m > 0 && n*m <= maxCells {
		lcs := make([]int32, (n+1)*(m+1))
		at := func(i, j int) *int32 { return &lcs[i*(m+1)+j] }
		for i := n - 1; i >= 0; i-- {
			for j := m - 1; j >= 0; j-- {
				if a[mx[i].Start:mx[i].End] == b[my[j].Start:my[j].End] {
					*at(i, j) = *at(i+1, j+1) + 1
				} else {
					*at(i, j) = max(*at(i+1, j), *at(i, j+1))
				}
			}
		}
		for i, j := 0, 0; i < n && j < m; {
			switch {
			case a[mx[i].Start:mx[i].End] == b[my[j].Start:my[j].End]:
				keepX[i], keepY[j] = true, true
				i++
				j++
			case *at(i, j+1) >= *at(i+1, j):
				j++
			default:
				i++
			}
		}
	}
	for i := range mx {
		mx[i].Changed = !keepX[i]
	}
	for j := range my {
		my[j].Changed = !keepY[j]
	}
	return fill(a, x), fill(b, y)
}

// words are the maximal runs of non-space bytes, with opening and closing
// punctuation split off ("(420", "EKS." and "ms)" are two tokens each), so
// that a word followed by a full stop in one text matches it in the other.
func words(s string) []Span {
	var out []Span
	start := -1
	for i := 0; i <= len(s); i++ {
		space := i == len(s) || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v'
		switch {
		case !space && start < 0:
			start = i
		case space && start >= 0:
			out = appendWord(out, s, start, i)
			start = -1
		}
	}
	return out
}

const (
	opening = "([{\"'“‘"
	closing = ".,;:!?)]}\"'”’"
)

func appendWord(out []Span, s string, start, end int) []Span {
	w := s[start:end]
	core := strings.TrimLeft(w, opening)
	a := start + len(w) - len(core)
	core = strings.TrimRight(core, closing)
	b := a + len(core)
	if core == "" { // punctuation alone
		return append(out, Span{Start: start, End: end})
	}
	out = eachRune(out, s, start, a)
	out = append(out, Span{Start: a, End: b})
	return eachRune(out, s, b, end)
}

// eachRune adds s[from:to] one character a span.
func eachRune(out []Span, s string, from, to int) []Span {
	for i := from; i < to; {
		_, n := utf8.DecodeRuneInString(s[i:to])
		out = append(out, Span{Start: i, End: i + n})
		i += n
	}
	return out
}

// fill adds the whitespace between words as unchanged spans.
func fill(s string, ws []Span) []Span {
	out := make([]Span, 0, 2*len(ws)+1)
	at := 0
	for _, w := range ws {
		if w.Start > at {
			out = append(out, Span{Start: at, End: w.Start})
		}
		out = append(out, w)
		at = w.End
	}
	if at < len(s) {
		out = append(out, Span{Start: at, End: len(s)})
	}
	return out
}
