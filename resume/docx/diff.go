package docx

import (
	"unicode"
	"unicode/utf8"
)

// tokens splits text into words, single spaces and single punctuation
// marks, so a diff keeps whole words and the runs that hold them.
func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		if isWord(r) {
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWord(r2) {
					break
				}
				j += n2
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// op is one step of a diff: a run of equal tokens, or old tokens replaced
// by new ones (either side may be empty).
type op struct {
	equal          bool
	oldLen, newLen int // in tokens
}

// maxDiffCells bounds the diff table; a paragraph is a few hundred tokens
// at most, and past this the diff keeps only the common ends.
const maxDiffCells = 1 << 20

// diff is a longest-common-subsequence diff of two token lists.
func diff(a, b []string) []op {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	var ops []op
	add := func(o op) {
		if o.oldLen == 0 && o.newLen == 0 {
			return
		}
		if n := len(ops); n > 0 && ops[n-1].equal == o.equal {
			ops[n-1].oldLen += o.oldLen
			ops[n-1].newLen += o.newLen
			return
		}
		ops = append(ops, o)
	}
	add(op{equal: true, oldLen: pre, newLen: pre})
	if (len(ma)+1)*(len(mb)+1) > maxDiffCells {
		add(op{oldLen: len(ma), newLen: len(mb)})
	} else {
		for _, o := range lcs(ma, mb) {
			add(o)
		}
	}
	add(op{equal: true, oldLen: suf, newLen: suf})
	return ops
}

func lcs(a, b []string) []op {
	n, m := len(a), len(b)
	// l[i][j] is the LCS length of a[i:] and b[j:].
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i][j] = l[i+1][j+1] + 1
			} else {
				l[i][j] = max(l[i+1][j], l[i][j+1])
			}
		}
	}
	var ops []op
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			ops = append(ops, op{equal: true, oldLen: 1, newLen: 1})
			i, j = i+1, j+1
		case j < m && (i == n || l[i][j+1] >= l[i+1][j]):
			ops = append(ops, op{newLen: 1})
			j++
		default:
			ops = append(ops, op{oldLen: 1})
			i++
		}
	}
	return ops
}
