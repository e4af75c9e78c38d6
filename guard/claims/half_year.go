package claims

import (
	"strings"
	"sync"
)

// halfYearWords are "half a year" written as one phrase in the languages
// sources are written in ("за пів року", "polgoda", "pół roku").
var halfYearWords = [][]string{{"пів", "року"}, {"півроку"}, {"полгода"}, {"пол", "года"}, {"pół", "roku"}, {"půl", "roku"}, {"halbes", "jahr"},
	{"halben", "jahr"}, {"medio", "año"}, {"meio", "ano"}, {"mezzo", "anno"}, {"half", "jaar"}, {"halvår"}, {"halvåret"}, {"yarım", "yıl"}}

// halfYearsByFirst indexes halfYearWords by their first word.
var halfYearsByFirst = sync.OnceValue(func() map[string][][]string {
	m := map[string][][]string{}
	for _, ws := range halfYearWords {
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m
})

// halfOpeners are the first bytes of halfYearWords.
var halfOpeners = sync.OnceValue(func() *[256]bool {
	m := map[string]bool{}
	for _, ws := range halfYearWords {
		m[ws[0]] = true
	}
	return openers(m)
})

// halfYears reads "half a year" as six months, a span the source implies:
// "за шість місяців" restates "за пів року".
func (p *parser) halfYears() {
	byFirst, opens := halfYearsByFirst(), halfOpeners()
	for i := range p.toks {
		// (a look at the first byte answers most words)
		if p.toks[i].kind != tWord || !opens[p.toks[i].lower[0]] {
			continue
		}
		for _, ws := range byFirst[p.toks[i].lower] {
			if len(ws) > 1 && p.lower(i+1) != ws[1] {
				continue
			}
			last := i + len(ws) - 1
			q := Quantity{Text: p.text[p.toks[i].start:p.toks[last].end], Start: p.toks[i].start, End: p.toks[last].end, Class: Duration,
				Value: 6 * month, Tolerance: 0.5 * month, Number: 6, Implied: true, first: i, last: last + 1}
			p.out = append(p.out, q)
			break
		}
	}
	p.cjkHalfYears()
}

// cjkHalfYears reads "半年" (Chinese, Japanese) and "반년" (Korean) as six
// months; "上半年" and "下半年" are the first and second half of a year,
// a window, no span.
func (p *parser) cjkHalfYears() {
	for _, w := range [2]string{"半年", "반년"} {
		for from := 0; ; {
			k := strings.Index(p.text[from:], w)
			if k < 0 {
				break
			}
			k += from
			from = k + len(w)
			if strings.HasSuffix(p.text[:k], "上") || strings.HasSuffix(p.text[:k], "下") {
				continue
			}
			first := -1
			for i := range p.toks {
				if p.toks[i].end > k {
					first = i
					break
				}
			}
			if first < 0 {
				break
			}
			p.out = append(p.out, Quantity{Text: w, Start: k, End: k + len(w), Class: Duration, Value: 6 * month, Tolerance: 0.5 * month, Number: 6,
				Implied: true, first: first, last: first + 1})
		}
	}
}
