package claims

import (
	"strings"
	"unicode/utf8"
)

// cjkFractionMarks join a denominator to its numerator: "4분의 1" in
// Korean, "4分の1" in Japanese, "4分之1" (or "四分之一") in Chinese: a
// quarter.
var cjkFractionMarks = []string{"분의", "分の", "分之"}

// cjkNumerals are the Chinese numerals a fraction is written with.
var cjkNumerals = map[rune]float64{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}

// cjkFraction reads "4분의 1" and "4分の1" at the number token i as a share.
func (p *parser) cjkFraction(i int) (int, bool) {
	t := p.tok(i)
	if t == nil || t.kind != tNum || t.decimals != 0 || t.num < 2 || t.num > 100 {
		return 0, false
	}
	// (the mark may be read as the number's suffix: "4분의")
	at := t.end - len(t.suffix)
	rest := p.text[at:]
	mark := ""
	for _, m := range cjkFractionMarks {
		if strings.HasPrefix(rest, m) {
			mark = m
			break
		}
	}
	j := i + 1 // the numerator's token, past the mark's characters
	for j < len(p.toks) && j <= i+4 && p.toks[j].kind != tNum {
		j++
	}
	n := p.tok(j)
	if mark == "" || n == nil || n.kind != tNum || n.decimals != 0 || n.num <= 0 || n.num >= t.num || n.start < at+len(mark) ||
		strings.TrimSpace(p.text[at+len(mark):n.start]) != "" {
		return 0, false
	}
	v := n.num / t.num * 100
	q := Quantity{Class: Percent, Value: v, Tolerance: 3, Number: v, Start: t.start, End: n.end - len(n.suffix)}
	q.Text = p.text[q.Start:q.End]
	q.Level = cjkTo(n.suffix, p.text[q.End:]) || cjkToBefore(p.text[:q.Start])
	p.add(q, i, j+1)
	return j + 1, true
}

// cjkTo: the particle after a share makes it a level, "to a quarter"
// ("1로", "1に"); cjkToBefore: the verb before it does ("缩短到").
func cjkTo(suffix, after string) bool {
	if strings.HasPrefix(after, "（") || strings.HasPrefix(after, "(") {
		// "6分の1（30分→5分）に": past the figures in brackets
		if k := strings.IndexAny(after, ")）"); k >= 0 && k < 64 {
			_, size := utf8.DecodeRuneInString(after[k:])
			after = after[k+size:]
		}
	}
	for _, w := range []string{"로", "으로", "に", "まで"} {
		if strings.HasPrefix(suffix, w) || strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

func cjkToBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	for _, w := range []string{"原来的", "原來的", "之前的", "以前的", "原来", "元の"} {
		before = strings.TrimSuffix(before, w) // "降至原来的三分之一": to a third of what it was
	}
	for _, w := range []string{"到", "至", "为", "成"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// cjkNumeralFractions reads "四分之一", "三分之二" written in Chinese
// numerals, which no number token holds.
func (p *parser) cjkNumeralFractions() {
	text := p.text
	for k := strings.Index(text, "分之"); k >= 0; {
		den, dl := utf8.DecodeLastRuneInString(text[:k])
		num, nl := utf8.DecodeRuneInString(text[k+len("分之"):])
		d, n := cjkNumerals[den], cjkNumerals[num]
		if d > 1 && n > 0 && n < d && len(p.toks) > 0 {
			start, end := k-dl, k+len("分之")+nl
			v := n / d * 100
			at := 0 // the token the share sits by, for what reads around it
			for at < len(p.toks)-1 && p.toks[at].end <= start {
				at++
			}
			p.out = append(p.out, Quantity{Text: text[start:end], Start: start, End: end, Class: Percent, Value: v, Tolerance: 3, Number: v,
				Level: cjkToBefore(text[:start]), first: at, last: at + 1})
		}
		next := strings.Index(text[k+len("分之"):], "分之")
		if next < 0 {
			break
		}
		k += len("分之") + next
	}
}

// cjkFromTo: the particles around a figure make it one end of a change
// ("40분에서", "10분으로", "40分から", "10分に", "从40分钟", "到10分钟").
func cjkFromTo(before, after string) bool {
	for _, w := range []string{"에서", "으로", "로", "から", "に", "まで"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	before = strings.TrimRight(before, " ")
	for _, w := range []string{"从", "從", "到", "至", "由"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// cjkHalves are "half" in Chinese, Japanese and Korean: "降低了一半",
// "减半", "半分に", "半減", "절반", "반으로 줄여".
var cjkHalves = []string{"一半", "减半", "減半", "半分", "半減", "절반", "반으로"}

// cjkHalves reads each as a share of 50%.
func (p *parser) cjkHalves() {
	text := p.text
	if len(text) < 6 || !(strings.Contains(text, "半") || strings.Contains(text, "반")) || len(p.toks) == 0 {
		return
	}
	for _, w := range cjkHalves {
		for k := strings.Index(text, w); k >= 0; {
			start, end := k, k+len(w)
			at := 0
			for at < len(p.toks)-1 && p.toks[at].end <= start {
				at++
			}
			if !p.covered(start, end) {
				p.out = append(p.out, Quantity{Text: text[start:end], Start: start, End: end, Class: Percent, Value: 50, Tolerance: 2.5, Number: 50,
					Level: cjkToBefore(text[:start]), first: at, last: at + 1})
			}
			next := strings.Index(text[end:], w)
			if next < 0 {
				break
			}
			k = end + next
		}
	}
}

// covered: a figure already read spans bytes start to end.
func (p *parser) covered(start, end int) bool {
	for _, q := range p.out {
		if q.Start < end && start < q.End {
			return true
		}
	}
	return false
}
