package claims

import (
	"strings"
	"sync"
)

// halfYearWords are "half a year" written as one phrase in the languages
// sources are written in ("за пів року", "polgoda", "pół roku").
var halfYearWords = [][]string{{"пів", "року"}, {"півроку"}, {"полгода"}, {"пол", "года"}, {"pół", "roku"}, {"půl", "roku"}, {"halbes", "jahr"},
	{"halben", "jahr"}, {"medio", "año"}, {"meio", "ano"}, {"mezzo", "anno"}, {"half", "jaar"}, {"halvår"}, {"halvåret"}, {"yarım", "yıl"}}

// halfDayWords and halfHourWords are half a day and half an hour ("auf
// einen halben Tag", "media hora").
var halfDayWords = [][]string{{"halben", "tag"}, {"halber", "tag"}, {"medio", "día"}, {"medio", "dia"}, {"meio", "dia"},
	{"mezza", "giornata"}, {"mezzo", "giorno"}, {"halve", "dag"}, {"demi", "-", "journée"}, {"demi", "journée"}, {"pół", "dnia"}, {"halv", "dag"},
	{"полдня"}, {"пол", "дня"}, {"пів", "дня"}, {"півдня"}, {"yarım", "gün"}}

var halfHourWords = [][]string{{"halbe", "stunde"}, {"halben", "stunde"}, {"media", "hora"}, {"meia", "hora"}, {"mezz'ora"}, {"mezz", "'", "ora"},
	{"half", "uur"}, {"demi", "-", "heure"}, {"demi", "heure"}, {"pół", "godziny"}, {"полчаса"}, {"пів", "години"}, {"yarım", "saat"}}

// withinYearWords are "within a year" in the languages sources are
// written in ("innerhalb eines Jahres", "in un anno", "w ciągu roku"): a
// span of one year, as English "in a year" is.
var withinYearWords = [][]string{{"innerhalb", "eines", "jahres"}, {"in", "einem", "jahr"}, {"binnen", "een", "jaar"}, {"in", "één", "jaar"},
	{"in", "un", "anno"}, {"en", "un", "año"}, {"en", "un", "an"}, {"en", "une", "année"}, {"em", "um", "ano"}, {"w", "ciągu", "roku"},
	{"за", "год"}, {"за", "рік"}, {"inom", "ett", "år"}, {"på", "ett", "år"}, {"trong", "một", "năm"}, {"dalam", "setahun"},
	{"dalam", "satu", "tahun"}, {"bir", "yıl", "içinde"}, {"během", "roku"}, {"v", "průběhu", "roku"}, {"no", "ano"}, {"en", "el", "año"}}

// withinQuarterWords and withinMonthWords are "in a quarter" and "in a
// month" in the languages sources are written in ("за квартал", "en un
// mes").
var withinQuarterWords = [][]string{{"за", "квартал"}, {"za", "kwartał"}, {"w", "ciągu", "kwartału"}, {"in", "einem", "quartal"},
	{"en", "un", "trimestre"}, {"in", "un", "trimestre"}, {"em", "um", "trimestre"}, {"in", "een", "kwartaal"}, {"bir", "çeyrekte"}}

var withinMonthWords = [][]string{{"за", "месяц"}, {"за", "місяць"}, {"w", "ciągu", "miesiąca"}, {"in", "einem", "monat"}, {"innerhalb", "eines", "monats"},
	{"en", "un", "mes"}, {"en", "un", "mois"}, {"in", "un", "mese"}, {"em", "um", "mês"}, {"in", "een", "maand"}, {"binnen", "een", "maand"},
	{"bir", "ay", "içinde"}, {"trong", "một", "tháng"}, {"dalam", "sebulan"}}

// spanWord is a phrase of spanWords and the span it names.
type spanWord struct {
	words         []string
	value, number float64 // the span, and the figure as English writes it (six months, a year)
	stated        bool    // a figure written out ("einen halben Tag"), not a span the words imply
}

// spansByFirst indexes halfYearWords and withinYearWords by their first
// word.
var spansByFirst = sync.OnceValue(func() map[string][]spanWord {
	m := map[string][]spanWord{}
	for _, ws := range halfYearWords {
		m[ws[0]] = append(m[ws[0]], spanWord{ws, 6 * month, 6, false})
	}
	for _, ws := range halfDayWords {
		m[ws[0]] = append(m[ws[0]], spanWord{ws, day / 2, 0.5, true})
	}
	for _, ws := range halfHourWords {
		m[ws[0]] = append(m[ws[0]], spanWord{ws, hour / 2, 30, true})
	}
	for _, ws := range withinYearWords {
		m[ws[0]] = append(m[ws[0]], spanWord{ws, year, 1, false})
	}
	for _, ws := range withinQuarterWords {
		m[ws[0]] = append(m[ws[0]], spanWord{ws, 3 * month, 3, false})
	}
	for _, ws := range withinMonthWords {
		m[ws[0]] = append(m[ws[0]], spanWord{ws, month, 1, false})
	}
	return m
})

// halfOpeners are the first bytes of spanWords' first words.
var halfOpeners = sync.OnceValue(func() *[256]bool {
	m := map[string]bool{}
	for w := range spansByFirst() {
		m[w] = true
	}
	return openers(m)
})

// halfYears reads "half a year" as six months and "within a year" as a
// year, spans the source implies: "за шість місяців" restates "за пів
// року".
func (p *parser) halfYears() {
	byFirst, opens := spansByFirst(), halfOpeners()
	for i := range p.toks {
		// (a look at the first byte answers most words)
		if p.toks[i].kind != tWord || !opens[p.toks[i].lower[0]] {
			continue
		}
	phrases:
		for _, sw := range byFirst[p.toks[i].lower] {
			for k := 1; k < len(sw.words); k++ {
				if p.lower(i+k) != sw.words[k] {
					continue phrases
				}
			}
			last := i + len(sw.words) - 1
			q := Quantity{Text: p.text[p.toks[i].start:p.toks[last].end], Start: p.toks[i].start, End: p.toks[last].end, Class: Duration,
				Value: sw.value, Tolerance: sw.value / 12, Number: sw.number, Implied: !sw.stated, first: i, last: last + 1}
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
