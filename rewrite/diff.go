package rewrite

import "strings"

// DiffOp says whether a stretch of a word diff is kept, removed or added.
type DiffOp int

// Diff ops.
const (
	Same DiffOp = iota
	Removed
	Added
)

// DiffPart is one stretch of a word diff: words joined by single spaces.
type DiffPart struct {
	Op   DiffOp
	Text string
}

// WordDiff compares two texts word by word (a longest common subsequence
// of whitespace-separated words) and returns the stretches in order, runs
// of one op joined: what a reviewer reads as "these words went, these came".
func WordDiff(a, b string) []DiffPart {
	x, y := strings.Fields(a), strings.Fields(b)
	n, m := len(x), len(y)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []DiffPart
	push := func(op DiffOp, w string) {
		if k := len(out) - 1; k >= 0 && out[k].Op == op {
			out[k].Text += " " + w
			return
		}
		out = append(out, DiffPart{op, w})
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			push(Same, x[i])
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			push(Added, y[j])
			j++
		default:
			push(Removed, x[i])
			i++
		}
	}
	return out
}
