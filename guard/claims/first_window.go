package claims

import "sync"

// firstWords say "first" before a period in the languages sources are
// written in ("in the first quarter", "no primeiro mês", "im ersten Monat").
var firstWords = map[string]bool{"first": true, "primeiro": true, "primeira": true, "primer": true, "primera": true, "premier": true,
	"première": true, "ersten": true, "erste": true, "ersten.": true, "primo": true, "prima": true, "eerste": true, "pierwszym": true,
	"pierwszy": true, "pierwszej": true, "первый": true, "первом": true, "первую": true, "первые": true, "перший": true, "першому": true,
	"ilk": true, "första": true, "første": true, "prvním": true, "první": true}

// firstOpeners are the first bytes of firstWords: one look answers most
// words.
var firstOpeners = sync.OnceValue(func() *[256]bool { return openers(firstWords) })

func openers(words map[string]bool) *[256]bool {
	var t [256]bool
	for w := range words {
		t[w[0]] = true
	}
	return &t
}

// firstSuffixes make "1" an ordinal: "1st wk", "1er mois", "1º mês".
var firstSuffixes = map[string]bool{"st": true, "er": true, "re": true, "ère": true, "º": true, "ª": true, "e": true}

// windowPeriods are the periods a first window may have, by their length.
var windowPeriods = map[float64]string{day: "day", week: "week", month: "month", 3 * month: "quarter", year: "year"}

// firstWindows records "the first month" and its kind as a metric's window:
// "1,100 upgrades in the first quarter" is not "in the first month".
func (p *parser) firstWindows() {
	opens := firstOpeners()
	for i := 0; i+1 < len(p.toks); i++ {
		t := &p.toks[i]
		if !(t.kind == tWord && opens[t.lower[0]] && firstWords[t.lower] || t.kind == tNum && t.num == 1 && firstSuffixes[t.suffix]) {
			continue
		}
		k := i + 1
		if p.lower(k) == "full" || p.lower(k) == "whole" {
			k++
		}
		u := p.lower(k)
		if len(u) < 2 {
			continue
		}
		if name := windowPeriods[durationUnits[u]]; name != "" {
			p.token(TokenWindow, "first "+name, "", i, k+1)
			i = k
		}
	}
}

// PeriodSeconds is the length of a first window's period ("month"), or 0.
func PeriodSeconds(name string) float64 {
	for secs, n := range windowPeriods {
		if n == name {
			return secs
		}
	}
	return 0
}
