package claims

import (
	"math"
	"strconv"
	"strings"
)

// phrase reads quantities written without a plain figure: "five nines",
// "six-figure", "single-digit milliseconds", "sub-second", "an order of
// magnitude", "two thirds of", "nine in ten", "every 15 minutes", "twice a
// week", "no downtime", "doubled", "halved", "in a week", "thousands of",
// "from days to hours".
func (p *parser) phrase(i int) (int, bool) {
	t := p.tok(i)
	if t.kind == tSym {
		return 0, false
	}
	w := t.lower
	if next, ok := p.cjkFraction(i); ok {
		return next, true
	}
	if b, n := p.basisAt(i); n > 0 {
		p.token(TokenBasis, b, "", i, i+n)
		return i + n, true
	}
	switch {
	case len(w) >= 2 && len(w) <= 4 && (w[0] == 'd' || w[0] == 'w' || w[0] == 'm') && allDigits(w[1:]) && p.windowNounAt(i+1) == i+1:
		// "D7 retention" is 7-day retention; "W1", "M3" weeks and months
		v, _ := strconv.Atoi(w[1:])
		days := float64(v) * map[byte]float64{'d': 1, 'w': 7, 'm': 30}[w[0]]
		p.window(days, i, i+1, i+1)
		return i + 1, true
	case len(w) >= 3 && len(w) <= 4 && w[0] == 'q' && w[len(w)-1] == 'h' && allDigits(w[1:len(w)-1]):
		// "vitals q4h": every four hours, as charts write it
		v, _ := strconv.Atoi(w[1 : len(w)-1])
		if v > 0 {
			per := float64(v) * 3600
			q := Quantity{Text: t.text, Start: t.start, End: t.end, Class: Rate, Of: Count, Per: per, Value: 1 / per, Tolerance: 0.5 / per, Number: 1}
			p.add(q, i, i+1)
			return i + 1, true
		}
	case len(w) >= 2 && len(w) <= 4 && w[0] == 'x' && allDigits(w[1:]) && i > 0 && p.toks[i-1].kind == tWord:
		// "ran staff inset x3": three times
		v, _ := strconv.Atoi(w[1:])
		q := Quantity{Text: t.text, Start: t.start, End: t.end, Class: Count, Value: float64(v), Tolerance: 0.5, Number: float64(v)}
		p.add(q, i, i+1)
		return i + 1, true
	case p.lower(i+1) == "nines" || p.lower(i+1) == "9s" || p.lower(i+1) == "-" && p.lower(i+2) == "nines":
		return p.nines(i)
	case p.lower(i+1) == "-" && (p.lower(i+2) == "figure" || p.lower(i+2) == "figures") || p.lower(i+1) == "figures" || p.lower(i+1) == "figure":
		return p.figures(i)
	case w == "single" || w == "double" || w == "triple":
		return p.digitBand(i)
	case w == "sub" || w == "subsecond":
		return p.subUnit(i)
	case w == "orders" || w == "order":
		return p.orderOfMagnitude(i)
	case (p.lower(i+1) == "orders" || p.lower(i+1) == "order") && p.magnitudeEnd(i+1) > 0:
		return p.orderOfMagnitude(i + 1)
	case w == "every" || foreignEvery[w] && p.tok(i+1) != nil && (p.toks[i+1].kind == tNum || (w == "toutes" || w == "tous") && p.lower(i+1) == "les"):
		return p.every(i)
	case w == "factor" && p.lower(i+1) == "of", divideWords[w] != "" && p.lower(i+1) == divideWords[w]:
		return p.factorOf(i)
	case w == "once" || w == "twice" || w == "thrice":
		return p.onceTwice(i)
	case w == "no" || w == "without":
		return p.none(i)
	case w == "w" && p.lower(i+1) == "/" && p.lower(i+2) == "o" && !p.toks[i].spaceAfter:
		return p.none(i + 2) // "w/o any downtime": without
	case halfHours[w] != "" && (p.lower(i+1) == halfHours[w] || p.lower(i+1) == "-" && p.lower(i+2) == halfHours[w]) || w == "полчаса" || w == "mezz'ora":
		// "een half uur", "media hora", "une demi-heure", "pół godziny":
		// thirty minutes
		end := i + 2
		if p.lower(i+1) == "-" {
			end = i + 3
		} else if w == "полчаса" || w == "mezz'ora" {
			end = i + 1
		}
		q := Quantity{Class: Duration, Value: 1800, Tolerance: 180, Number: 0.5, Start: t.start, End: p.toks[end-1].end}
		q.Text = p.text[q.Start:q.End]
		p.add(q, i, end)
		return end, true
	case arabicDuals[w] > 0:
		// "لمدة سنتين": Arabic's dual, two years in one word
		d := arabicDuals[w]
		q := Quantity{Class: Duration, Value: 2 * d, Tolerance: d / 2, Number: 2, Start: t.start, End: t.end, Text: t.text}
		p.add(q, i, i+1)
		return i + 1, true
	case w == "half" || w == "halved" || w == "halving" || w == "halve" || w == "halves" || halvingVerbs[w] || halfNoun(w, p.lower(i-1)):
		return p.half(i)
	case len(w) > 5 && strings.HasSuffix(w, "mal") && numberWords[w[:len(w)-3]] > 1 && comparativeAfter(p.lower(i+1), p.lower(i+2)):
		// "dreimal schneller": three times
		v := numberWords[w[:len(w)-3]]
		q := Quantity{Text: t.text, Start: t.start, End: t.end, Value: v, Tolerance: max(0.25, v/20), Class: Multiplier, Number: v}
		p.add(q, i, i+1)
		return i + 1, true
	case shareArticles[w] && fractions[p.lower(i+1)] > 0:
		return p.fractionWords(i)
	case len(w) >= 9 && germanSpanWord(w) > 0:
		// "sechsmonatiger Einsatz", "zweijährige Ausbildung": a span in one word
		n, unit := germanSpan(w)
		q := Quantity{Class: Duration, Value: n * unit, Tolerance: unit / 2, Number: n, Start: t.start, End: t.end, Text: t.text}
		p.add(q, i, i+1)
		return i + 1, true
	case everyNth[w] && nthShares[p.lower(i+1)] > 0:
		// "jeder dritte", "каждый третий", "co trzeci": one in three
		n := nthShares[p.lower(i+1)]
		q := Quantity{Class: Percent, Value: 100 / n, Tolerance: 3, Number: 100 / n, Start: t.start, End: p.toks[i+1].end}
		q.Text = p.text[q.Start:q.End]
		p.add(q, i, i+2)
		return i + 2, true
	case slavicShares[w] > 0:
		return p.slavicShare(i)
	case w == "hälfte" && (p.lower(i-1) == "die" || p.lower(i-1) == "zur" || p.lower(i-1) == "der"), w == "helft" && p.lower(i-1) == "de":
		return p.slavicShare(i) // "um die Hälfte", "met de helft"
	case w == "a" || w == "an":
		if next, ok := p.fractionWords(i); ok {
			return next, ok
		}
		return p.aUnit(i)
	case w == "tens" || vagueWords[w] > 0 || vagueData[w] > 0:
		return p.vague(i)
	case durationUnits[w] > 0 && len(w) > 3 && strings.HasSuffix(w, "s") && !(t.text == "Years" && p.tok(i+1) != nil && p.toks[i+1].kind == tNum):
		// ("Years 5–6" are school years)
		return p.unitInterval(i)
	case durationUnits[w] > 0 && len(w) > 2 && p.lower(i-1) != "a" && p.lower(i-1) != "an":
		return p.theUnit(i)
	}
	if v, ok := multiplierWords[w]; ok {
		// ("tenfold" is written as roundly as "10x": 10.3x is tenfold)
		q := Quantity{Text: t.text, Start: t.start, End: t.end, Value: v, Tolerance: max(0.25, v/20), Class: Multiplier, Number: v}
		if b, hs := p.hedgeBefore(i, &q); hs >= 0 { // "more than doubled"
			q.Bound, q.Start, q.Text = b, hs, p.text[hs:t.end]
		}
		p.add(q, i, i+1)
		return i + 1, true
	}
	if numberWords[w] > 0 || t.kind == tNum {
		if next, ok := p.fractionWords(i); ok {
			return next, ok
		}
		if next, ok := p.inTen(i); ok {
			return next, ok
		}
	}
	if oneArticles[w] && rotaWords[p.lower(i+1)] && (shareLinks[p.lower(i+2)] || p.lower(i+2) == "de" && p.lower(i+3) == "cada") {
		return p.inTen(i) // "un weekend su tre", "un week-end sur trois"
	}
	return 0, false
}

// oneArticles are "a" and "one" in the languages sources are written in.
var oneArticles = map[string]bool{"un": true, "uno": true, "una": true, "une": true, "ein": true, "eine": true, "um": true, "uma": true, "een": true, "jeden": true, "jedno": true, "один": true, "одна": true, "одно": true}

// rotaWords are the turns a rota shares out ("un weekend su tre", "un
// turno de cada cuatro"), not a team ("ein Team von 6").
var rotaWords = map[string]bool{"weekend": true, "settimana": true, "semana": true, "semaine": true, "mese": true, "mes": true, "mois": true,
	"giorno": true, "día": true, "dia": true, "jour": true, "turno": true, "notte": true, "noche": true, "nuit": true, "sabato": true,
	"domenica": true, "sábado": true, "domingo": true, "samedi": true, "dimanche": true, "wochenende": true, "woche": true, "dienst": true,
	"fin": true, "shift": true}

// shareLinks join a share's part to its whole: "8 su 10", "9 sur 10", "9
// von 10", "9 op 10", "9 z 10", "9 из 10", "9 de cada 10".
var shareLinks = map[string]bool{"su": true, "sur": true, "von": true, "op": true, "z": true, "из": true, "із": true, "з": true}

// basisAt reads what a change is measured against at token i: "YoY",
// "QoQ", "year over year", "month-on-month"; its key and its length in
// tokens, or 0.
func (p *parser) basisAt(i int) (string, int) {
	switch w := p.lower(i); w {
	case "yoy", "qoq", "mom", "wow":
		if p.toks[i].text != w || w == "yoy" || w == "qoq" { // ("mom" and "wow" are words; MoM and WoW are not)
			return map[string]string{"yoy": "year", "qoq": "quarter", "mom": "month", "wow": "week"}[w], 1
		}
	case "year", "quarter", "month", "week":
		for _, mid := range []string{"over", "on"} {
			if p.is(i+1, mid, w) {
				return w, 3
			}
			if p.is(i+1, "-", mid, "-", w) {
				return w, 5
			}
		}
	}
	return "", 0
}

// within records an interval quantity from token a to token b (exclusive).
func (p *parser) within(a, b int, class Class, lo, hi float64) int {
	q := Quantity{Class: class, Bound: Within, Low: lo, High: hi, Value: lo, Start: p.toks[a].start, End: p.toks[b-1].end}
	q.Text = p.text[q.Start:q.End]
	return p.add(q, a, b)
}

// numberAtWord reads a small number written in digits or words at token i.
func (p *parser) smallNumber(i int) (float64, int, bool) {
	t := p.tok(i)
	if t == nil {
		return 0, i, false
	}
	if t.kind == tNum && t.suffix == "" {
		return t.num, i + 1, true
	}
	if w := t.lower; w == "a" || w == "an" || w == "one" || shareArticles[w] && fractions[p.lower(i+1)] > 0 || oneArticles[w] {
		return 1, i + 1, true
	}
	if v, ok := numberWords[t.lower]; ok && t.kind == tWord {
		return v, i + 1, true
	}
	return 0, i, false
}

// nines: "five nines" is 99.999%, at least, short of six nines.
func (p *parser) nines(i int) (int, bool) {
	n, _, ok := p.smallNumber(i)
	if !ok || n < 2 || n > 9 {
		return 0, false
	}
	end := i + 2
	if p.lower(i+1) == "-" {
		end = i + 3
	}
	lo := 100 - math.Pow(10, 2-n)
	hi := 100 - math.Pow(10, 1-n)
	qi := p.within(i, end, Percent, lo, hi)
	if p.lower(end+1) != "durability" {
		p.out[qi].measure = "availability" // "nines" are uptime's, whatever word comes before
	}
	return end, true
}

// figures: "six-figure savings" is an amount of money with six digits.
func (p *parser) figures(i int) (int, bool) {
	n, _, ok := p.smallNumber(i)
	if !ok || n < 2 || n > 12 {
		return 0, false
	}
	end := i + 2
	if p.lower(i+1) == "-" {
		end = i + 3
	}
	qi := p.within(i, end, Currency, math.Pow(10, n-1), math.Pow(10, n))
	if prev := p.tok(i - 1); prev != nil {
		if code, ok := currencySymbols[prev.text]; ok {
			p.out[qi].Currency = code
		}
	}
	return end, true
}

// digitBand: "single-digit milliseconds", "double-digit growth".
func (p *parser) digitBand(i int) (int, bool) {
	k := i + 1
	if p.lower(k) == "-" {
		k++
	}
	if p.lower(k) != "digit" && p.lower(k) != "digits" {
		return p.multipleOfAnother(i)
	}
	k++
	lo := map[string]float64{"single": 1, "double": 10, "triple": 100}[p.lower(i)]
	hi := lo * 10
	// "double-digit quarter-over-quarter growth"
	for x := k; x < k+6 && x < len(p.toks); x++ {
		if changeNouns[p.lower(x)] || p.lower(x) == "rate" || p.lower(x) == "rates" {
			p.within(i, k, Percent, lo, hi)
			return k, true
		}
		if p.toks[x].kind != tWord && p.toks[x].text != "-" {
			break
		}
	}
	if p.lower(k) == "-" && durationUnits[p.lower(k+1)] > 0 {
		k++ // "single-digit-millisecond latency"
	}
	u := p.lower(k)
	switch {
	case durationUnits[u] > 0 && u != "s" && u != "d" && u != "y":
		s := durationUnits[u]
		p.within(i, k+1, Duration, lo*s, hi*s)
		return k + 1, true
	case u == "%" || u == "percent" || u == "percentage":
		p.within(i, k+1, Percent, lo, hi)
		return k + 1, true
	}
	p.within(i, k, Count, lo, hi)
	return k, true
}

// subUnit: "sub-second" is under a second, "sub-millisecond" under one.
func (p *parser) subUnit(i int) (int, bool) {
	if p.lower(i) == "subsecond" {
		p.within(i, i+1, Duration, 0, second)
		return i + 1, true
	}
	if p.lower(i+1) != "-" {
		return 0, false
	}
	u := p.lower(i + 2)
	s, ok := durationUnits[u]
	if !ok || p.tok(i+2).kind != tWord || u == "s" {
		return 0, false
	}
	p.within(i, i+3, Duration, 0, s)
	return i + 3, true
}

// orderOfMagnitude: "an order of magnitude" is about tenfold, "two orders
// of magnitude" about a hundredfold.
func (p *parser) orderOfMagnitude(i int) (int, bool) {
	w := p.lower(i)
	end := p.magnitudeEnd(i)
	if end < 0 {
		return 0, false
	}
	first := i
	n := 0.0
	if v, _, ok := p.smallNumber(i - 1); ok && i > 0 {
		n = v
		first = i - 1
	} else if w == "order" {
		return 0, false
	}
	lo, hi := 50.0, math.Inf(1) // "orders of magnitude"
	if n > 0 {
		lo, hi = 0.7*math.Pow(10, n), 1.5*math.Pow(10, n)
	}
	q := Quantity{Class: Multiplier, Bound: Within, Low: lo, High: hi, Value: lo}
	switch b, hs := p.hedgeBefore(first, &q); {
	case hs < 0:
	case b == AtLeast && n > 0:
		q.Low, q.High, first = math.Pow(10, n), math.Inf(1), p.tokenAt(hs)
	case (b == AtMost || b == Below) && n > 0:
		q.Low, q.High, first = 0.5*math.Pow(10, n), math.Pow(10, n), p.tokenAt(hs)
	}
	q.Start, q.End = p.toks[first].start, p.toks[end-1].end
	q.Text = p.text[q.Start:q.End]
	p.add(q, first, end)
	return end, true
}

// magnitudeEnd is the token after "order(s) of magnitude" at i, written
// with spaces or hyphens ("an order-of-magnitude speedup"), or -1.
func (p *parser) magnitudeEnd(i int) int {
	if p.lower(i+1) == "of" && p.lower(i+2) == "magnitude" {
		return i + 3
	}
	if p.lower(i+1) == "-" && p.lower(i+2) == "of" && p.lower(i+3) == "-" && p.lower(i+4) == "magnitude" {
		return i + 5
	}
	return -1
}

// tokenAt is the index of the token starting at offset off.
func (p *parser) tokenAt(off int) int {
	for k := range p.toks {
		if p.toks[k].start == off {
			return k
		}
	}
	return 0
}

// germanSpan reads a German span adjective ("sechsmonatiger": six
// months): the number and the unit's length in seconds, or 0.
func germanSpan(w string) (float64, float64) {
	for _, u := range []struct {
		stem string
		secs float64
	}{{"monatig", 30.4375 * 86400}, {"jährig", 365.25 * 86400}, {"wöchig", 7 * 86400}, {"tägig", 86400}, {"stündig", 3600}} {
		k := strings.Index(w, u.stem)
		if k <= 0 {
			continue
		}
		if rest := w[k+len(u.stem):]; rest != "" && rest != "e" && rest != "er" && rest != "es" && rest != "en" && rest != "em" {
			continue
		}
		if n := numberWords[w[:k]]; n > 0 {
			return n, u.secs
		}
		if w[:k] == "ein" || w[:k] == "ganz" {
			return 1, u.secs
		}
	}
	return 0, 0
}

func germanSpanWord(w string) float64 { n, _ := germanSpan(w); return n }

// everyNth and nthShares say "every third" in the languages sources are
// written in: one in three.
var (
	everyNth  = map[string]bool{"jeder": true, "jede": true, "jedes": true, "каждый": true, "каждая": true, "каждое": true, "кожен": true, "кожна": true, "co": true, "każdy": true}
	nthShares = map[string]float64{"zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "zehnte": 10, "второй": 2, "третий": 3, "третья": 3, "четвёртый": 4, "четвертый": 4,
		"пятый": 5, "десятый": 10, "другий": 2, "третій": 3, "п'ятий": 5, "drugi": 2, "trzeci": 3, "czwarty": 4, "piąty": 5, "dziesiąty": 10}
)

// fractions are the shares written as words.
var fractions = map[string]float64{"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
	// "deux tiers", "dois terços", "zwei Drittel", "tres cuartos"
	"tiers": 3, "terços": 3, "tercios": 3, "drittel": 3, "terzi": 3, "derde": 3, "trzecie": 3,
	"quarts": 4, "quartos": 4, "cuartos": 4, "viertel": 4, "quarti": 4, "czwartą": 4, "czwarta": 4, "trzecią": 3, "trzecia": 3,
	"tercio": 3, "quinto": 5,
	// one share, after "un", "ein", "um" ("d'un tiers", "um ein Drittel", "em um terço")
	"quart": 4, "terço": 3, "terzo": 3, "kwart": 4, "fünftel": 5, "cuarto": 4,
	// "tres cuartas partes", "dois terços"
	"cuartas": 4, "terceras": 3, "quintas": 5}

// shareArticles are "a" before a share in the languages sources are
// written in ("d'un tiers", "um ein Viertel", "en un tercio").
var shareArticles = map[string]bool{"d'un": true, "d'une": true, "un": true, "une": true, "ein": true, "einen": true, "uno": true, "una": true, "um": true, "uma": true, "een": true}

// slavicShares are shares written as one noun ("на треть", "на четверть",
// "наполовину" is read with "half").
var slavicShares = map[string]float64{"треть": 3, "третью": 3, "третину": 3, "четверть": 4, "чверть": 4, "половину": 2, "половина": 2}

// shareBy and shareOf are the words for "by" before a share and "of"
// after it in the languages sources are written in ("em dois terços",
// "deux tiers des dossiers").
var (
	shareBy = map[string]bool{"by": true, "to": true, "than": true, "em": true, "en": true, "um": true, "par": true, "di": true, "o": true, "met": true}
	shareOf = map[string]bool{"of": true, "de": true, "du": true, "des": true, "do": true, "da": true, "der": true, "del": true, "van": true,
		"dos": true, "das": true, "dei": true, "degli": true, "delle": true, "della": true, "dello": true}
)

// divideWords: "divisé par quatre" is cut fourfold.
var divideWords = map[string]string{"divisé": "par", "divisée": "par", "divisés": "par", "dividido": "por", "dividida": "por",
	"diviso": "per", "divisa": "per", "gedeeld": "door"}

// fractionWords: "two thirds of", "by a third", "three quarters of", "a
// quarter of". A share needs "of" after it or "by" before it; otherwise
// "two quarters" is a span of time.
func (p *parser) fractionWords(i int) (int, bool) {
	num, k, ok := p.smallNumber(i)
	if !ok || num <= 0 {
		return 0, false
	}
	if p.lower(k) == "-" {
		k++
	}
	den, ok := fractions[p.lower(k)]
	if !ok || num >= den || num != math.Trunc(num) || gcd(int(num), int(den)) > 1 {
		// "two quarters of pilots" is a span: a share is written in
		// lowest terms ("half", not "two quarters")
		return 0, false
	}
	if w := p.lower(k); num >= 2 && (w == "third" || w == "fifth" || w == "tenth" || w == "quarter") || p.lower(k+1) == "-" && !p.toks[k].spaceAfter {
		return 0, false // "three fifth-grade classes": an ordinal, not three fifths
	}
	if shareOf[p.lower(k+1)] {
		if next, ok := p.fractionOfMagnitude(i, num/den, k+2); ok {
			return next, true // "a quarter of a million dollars"
		}
		if (p.lower(k) == "quarters" || p.lower(k) == "quarter") && (p.when(k+2) || p.lower(k+2) == "fy" || p.is(k+2, "the", "year")) {
			return 0, false // "three quarters of 2023" are nine months
		}
	}
	before := p.lower(i - 1)
	if _, hedge := hedgeWords[before]; hedge {
		before = p.lower(i - 2)
	}
	if before == "'" && p.lower(i-2) == "d" || strings.HasPrefix(p.lower(i), "d'") {
		before = "by" // "d'un tiers"
	}
	// ("two thirds re-keyed data": a plural part other than quarters,
	// which count periods too, is a share whatever follows)
	plainShare := num >= 2 && den != 4 && strings.HasSuffix(p.lower(k), "s")
	if !shareOf[p.lower(k+1)] && !shareBy[before] && !changeNouns[p.lower(k+1)] && !plainShare {
		return 0, false
	}
	v := num / den * 100
	q := Quantity{Class: Percent, Value: v, Tolerance: 3, Number: v}
	if den == 10 {
		q.Tolerance = 1.5
	}
	q.Start, q.End = p.toks[i].start, p.toks[k].end
	if b, hs := p.hedgeBefore(i, &q); hs >= 0 {
		q.Bound, q.Start = b, hs
	}
	q.Text = p.text[q.Start:q.End]
	p.add(q, i, k+1)
	return k + 1, true
}

// fractionOfMagnitude reads "a quarter of a million", "half a million"
// from token i, where "a million" opens at token k, as the figure it
// is, with what follows it (dollars, users).
func (p *parser) fractionOfMagnitude(i int, share float64, k int) (int, bool) {
	if w := p.lower(k); w != "a" && w != "an" {
		return 0, false
	}
	mag, ok := magnitudes[p.lower(k+1)]
	if !ok || mag < 1000 || !p.magnitudeWord(k+1) {
		return 0, false
	}
	_, next := p.quantity(i, numParse{value: share * mag, tol: 0.05 * mag, next: k + 2, magnitude: true, words: true, first: i})
	return next, true
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// calendarYear: token k opens a year ("2022", "FY23", "the year", "the
// fiscal year").
func (p *parser) calendarYear(k int) bool {
	t := p.tok(k)
	if t == nil {
		return false
	}
	if t.kind == tNum && len(t.text) == 4 && t.num >= 1950 && t.num < 2100 || strings.HasPrefix(t.lower, "fy") {
		return true
	}
	return t.lower == "the" && (p.lower(k+1) == "year" || p.lower(k+1) == "fiscal" || p.lower(k+1) == "quarter")
}

// share records X of Y as a percentage over tokens a to b: "4.8/5",
// "4.8 out of 5", "nine in ten". Written with decimals, its precision is the
// figure's; otherwise it reads loosely.
func (p *parser) share(a, b int, x *token, den float64) {
	num, tol := x.num, 2.5
	if x.kind != tNum {
		num = numberWords[x.lower]
		if oneArticles[x.lower] {
			num = 1
		}
	} else if x.decimals > 0 {
		tol = tolerance(x.decimals, 100/den)
	}
	v := num / den * 100
	q := Quantity{Class: Percent, Value: v, Tolerance: tol, Number: v, Start: p.toks[a].start, End: p.toks[b-1].end}
	if bd, hs := p.hedgeBefore(a, &q); hs >= 0 {
		q.Bound, q.Start = bd, hs
	}
	q.Text = p.text[q.Start:q.End]
	p.add(q, a, b)
}

// inTen: "nine in ten", "4 out of 5", "three of every four": a share.
func (p *parser) inTen(i int) (int, bool) {
	num, k, ok := p.smallNumber(i)
	if !ok {
		return 0, false
	}
	switch {
	case p.lower(k) == "in":
		k++
	case p.is(k, "out", "of"):
		k += 2
	case p.is(k, "of", "every"), p.is(k, "de", "cada"):
		k += 2
	case shareLinks[p.lower(k)] && !(p.lower(k) == "z" || p.lower(k) == "з") || (p.lower(k) == "z" || p.lower(k) == "з") && p.tok(k+1) != nil && p.toks[k+1].kind == tNum:
		k++ // "8 su 10", "9 sur 10" ("z" only before digits: "5 z nich")
	case num == 1 && rotaWords[p.lower(k)] && (shareLinks[p.lower(k+1)] || p.is(k+1, "de", "cada")) && durationUnits[p.lower(k+3)] == 0:
		k += 2 // "un weekend su tre"
		if p.lower(k-1) == "de" {
			k++
		}
	case num == 1 && p.tok(k) != nil && p.toks[k].kind == tWord && p.lower(k+1) == "in" && durationUnits[p.lower(k+3)] == 0:
		k += 2 // "one weekend in three"
	default:
		return 0, false
	}
	den, k2, ok := p.smallNumber(k)
	if !ok || den <= num || den > 100 || p.tok(k).lower == "a" || p.tok(k).lower == "an" {
		return 0, false
	}
	p.share(i, k2, p.tok(i), den)
	if t := p.tok(k2); t != nil && t.kind == tWord && familyOf(t.lower) != "" {
		p.out[len(p.out)-1].measure = familyOf(t.lower) // "1 in 8 files": a share of files
	}
	if t := p.tok(i); t.kind == tNum {
		// "10 out of 12 months" states the 10 too
		p.add(Quantity{Class: Count, Value: num, Tolerance: 0.5, Number: num, Implied: true, Text: t.text, Start: t.start, End: t.end}, i, i+1)
	}
	if t := p.tok(k); t != nil && t.kind == tNum && den > 10 {
		// and "15 out of 40 targeted" the 40 ("15 of 40 targeted queries")
		p.add(Quantity{Class: Count, Value: den, Tolerance: 0.5, Number: den, Implied: true, Text: t.text, Start: t.start, End: t.end}, k, k+1)
	}
	return k2, true
}

// factorOf: "by a factor of 3" is threefold.
func (p *parser) factorOf(i int) (int, bool) {
	n, ok := p.number(i + 2)
	if !ok || n.value <= 1 {
		return 0, false
	}
	first := i
	if p.lower(i-1) == "a" {
		first = i - 1
	}
	q := Quantity{Class: Multiplier, Value: n.value, Tolerance: n.tol, Number: n.value, Start: p.toks[first].start, End: p.toks[n.next-1].end}
	if b, hs := p.hedgeBefore(first, &q); hs >= 0 {
		q.Bound, q.Start = b, hs
	}
	q.Text = p.text[q.Start:q.End]
	p.add(q, first, n.next)
	return n.next, true
}

// every: "every 15 minutes" is four times an hour; "every other week" is
// half as often as weekly.
func (p *parser) every(i int) (int, bool) {
	k := i + 1
	if p.lower(k) == "les" {
		k++ // "toutes les 2 heures"
	}
	n := 1.0
	if p.lower(k) == "other" {
		n, k = 2, k+1
	} else if v, k2, ok := p.smallNumber(k); ok && v > 0 && p.lower(k) != "a" && p.lower(k) != "an" {
		n, k = v, k2
	} else if w := p.lower(k); w != "hour" && w != "minute" && w != "second" {
		// ("every day", "every week" are habits as often as rates; "every
		// hour" is a schedule)
		return 0, false
	}
	u, ok := durationUnits[p.lower(k)]
	if !ok || p.tok(k).kind != tWord {
		return 0, false
	}
	per := n * u
	// as precise as it is written: "every two weeks" is 1.5 to 2.5 weeks
	rel := 0.05
	if p.lower(i+1) != "other" && n >= 2 {
		rel = max(rel, 0.5/n)
	}
	q := Quantity{Class: Rate, Of: Count, Per: per, Value: 1 / per, Tolerance: rel / per, Number: 1}
	q.Start, q.End = p.toks[i].start, p.toks[k].end
	q.Text = p.text[q.Start:q.End]
	p.add(q, i, k+1)
	return k + 1, true
}

// foreignEvery are "every" before a number in the languages sources are
// written in ("toutes les 2 heures", "cada 15 minutos", "alle 2 Stunden",
// "co 2 godziny", "каждые 2 часа").
var foreignEvery = map[string]bool{"toutes": true, "tous": true, "cada": true, "ogni": true, "alle": true, "co": true, "каждые": true,
	"каждый": true, "elke": true, "iedere": true}

// compared after "twice" make it a multiple of another amount: "twice as
// fast", "twice the traffic", "about twice last year's".
var compared = map[string]bool{"as": true, "the": true, "last": true, "that": true, "what": true, "our": true, "its": true,
	"their": true, "previous": true, "prior": true, "before": true}

// onceTwice: "twice a week" is a rate; "twice as fast" a multiple.
func (p *parser) onceTwice(i int) (int, bool) {
	n := map[string]float64{"once": 1, "twice": 2, "thrice": 3}[p.lower(i)]
	k := i + 1
	q := Quantity{Number: n, Start: p.toks[i].start}
	switch {
	case p.timesRate(k):
		per, ok := rateAdjectives[p.lower(k)]
		end := k
		if !ok {
			per = perUnits[p.lower(k+1)]
			end = k + 1
		}
		q.Class, q.Of, q.Per, q.Value, q.Tolerance = Rate, Count, per, n/per, 0.5/per
		q.End = p.toks[end].end
		k = end + 1
	case n > 1 && (compared[p.lower(k)] || p.changeVerbBefore(i+1)):
		// ("increased throughput about twice by batching")
		q.Class, q.Value, q.Tolerance = Multiplier, n, 0.25
		q.End = p.toks[i].end
	default:
		return 0, false
	}
	if b, hs := p.hedgeBefore(i, &q); hs >= 0 {
		q.Bound, q.Start = b, hs
	}
	q.Text = p.text[q.Start:q.End]
	p.add(q, i, k)
	return k, true
}

// noneNouns: "no downtime", "without incidents" state a figure of zero.
var noneNouns = map[string]bool{"downtime": true, "outages": true, "outage": true, "incidents": true, "incident": true, "errors": true,
	"data": true, "rollbacks": true, "rollback": true, "regressions": true, "regression": true, "failures": true, "defects": true,
	"bugs": true, "escalations": true, "pages": true, "sev": true, "p1s": true, "p0s": true, "breaches": true, "breach": true,
	"findings": true, "interruptions": true, "disruption": true, "disruptions": true,
	"discrepancies": true, "discrepancy": true, "complaints": true, "accidents": true, "accident": true, "injuries": true,
	"violations": true, "deficiencies": true, "citations": true, "chargebacks": true, "delays": true, "overruns": true,
	"penalties": true, "fines": true, "recalls": true, "mistakes": true, "stockouts": true, "shortages": true, "variances": true, "injury": true, "failure": true, "defect": true, "bug": true, "complaint": true, "delay": true, "violation": true, "finding": true, "escalation": true, "stockout": true, "error": true,
	"errors/omissions": true, "nonconformities": true, "non-conformities": true, "infections": true, "falls": true, "write-ups": true, "callbacks": true, "no-shows": true}

// noneModifiers may stand between "no" and its noun: "no major findings",
// "without a single incident".
var noneModifiers = map[string]bool{"any": true, "a": true, "single": true, "unplanned": true, "customer-facing": true, "major": true,
	"minor": true, "critical": true, "serious": true, "significant": true, "recordable": true, "reportable": true, "repeat": true,
	"material": true, "adverse": true}

// none: "no downtime", "without any downtime", "without a single incident".
func (p *parser) none(i int) (int, bool) {
	k := i + 1
	for {
		switch {
		case noneModifiers[p.lower(k)]:
			k++
			continue
		case p.hyphenated(k):
			// "no customer-facing downtime", "zero user-visible errors"
			k += 3
			continue
		}
		break
	}
	w := p.lower(k)
	if t := p.tok(k); t != nil && t.kind == tWord && lostWords(w) {
		// "with no lost mail", "no dropped messages": it supports "zero
		// lost mail", and claims nothing itself
		noun, end := p.nounPhrase(k + 1)
		if noun == "" || noneNouns[noun] {
			return 0, false
		}
		q := Quantity{Class: Count, Noun: noun, Implied: true, Start: p.toks[i].start, End: p.toks[end-1].end}
		q.Text = p.text[q.Start:q.End]
		p.add(q, i, end)
		return end, true
	}
	if !noneNouns[w] || p.tok(k).kind != tWord {
		return 0, false
	}
	if w == "data" && p.lower(k+1) != "loss" {
		return 0, false
	}
	q := Quantity{Class: Count, Noun: w, Start: p.toks[i].start, End: p.toks[k].end}
	q.Text = p.text[q.Start:q.End]
	p.add(q, i, k+1)
	return k + 1, true
}

// hyphenated: tokens k..k+2 are a compound modifier written with a hyphen
// and no spaces ("customer-facing").
func (p *parser) hyphenated(k int) bool {
	a, h, b := p.tok(k), p.tok(k+1), p.tok(k+2)
	return a != nil && h != nil && b != nil && a.kind == tWord && h.lower == "-" && b.kind == tWord && !a.spaceAfter && !h.spaceAfter
}

// lostWords are participles of loss and failure: "no lost mail", "no
// dropped events".
func lostWords(w string) bool {
	switch w {
	case "lost", "dropped", "failed", "missed", "corrupted", "duplicated", "duplicate", "escaped", "unplanned", "unresolved",
		"unhandled", "breached", "leaked", "rejected", "broken", "stuck", "orphaned":
		return true
	}
	return false
}

// half: "halved", "cut in half", "by half", "half of", "more than half".
func (p *parser) half(i int) (int, bool) {
	t := p.toks[i]
	if t.lower == "half" && (p.lower(i+1) == "an" || p.lower(i+1) == "a") {
		if next, ok := p.fractionOfMagnitude(i, 0.5, i+1); ok {
			return next, true // "half a million transactions"
		}
		if d, ok := durationUnits[p.lower(i+2)]; ok && len(p.lower(i+2)) > 2 {
			q := Quantity{Class: Duration, Value: d / 2, Tolerance: d / 20, Number: 0.5, Start: t.start, End: p.toks[i+2].end}
			if b, hs := p.hedgeBefore(i, &q); hs >= 0 {
				q.Bound, q.Start = b, hs // "under half a second"
			}
			q.Text = p.text[q.Start:q.End]
			p.add(q, i, i+3)
			return i + 3, true
		}
	}
	if t.lower == "half" && (p.lower(i-1) == "first" || p.lower(i-1) == "second") && p.lower(i+1) == "of" && p.calendarYear(i+2) {
		// "the second half of 2022" is six months of a year, not a share
		q := Quantity{Class: Duration, Value: 6 * month, Tolerance: 0.5 * month, Number: 0.5, Start: p.toks[i-1].start, End: t.end}
		q.Text = p.text[q.Start:q.End]
		p.add(q, i-1, i+1)
		return i + 1, true
	}
	q := Quantity{Value: 50, Tolerance: 2.5, Class: Percent, Number: 50, Start: t.start, End: t.end}
	first := i
	switch {
	case t.lower != "half":
	case p.lower(i-1) == "in" || p.lower(i-1) == "by":
		first = i - 1
		q.Start = p.toks[i-1].start
	case p.lower(i+1) == "of" || p.lower(i+1) == "the" || p.is(i+1, "my") || p.is(i+1, "our") || p.is(i+1, "their") || p.is(i+1, "its") || p.is(i+1, "all"):
	default:
		if _, hedge := hedgeWords[p.lower(i-1)]; !hedge && !p.is(i-2, "more", "than") && !p.is(i-2, "less", "than") {
			return 0, false
		}
	}
	if b, hs := p.hedgeBefore(first, &q); hs >= 0 {
		q.Bound, q.Start = b, hs
	}
	q.Text = p.text[q.Start:q.End]
	p.add(q, first, i+1)
	return i + 1, true
}

// arabicDuals are two of a unit of time in one word.
var arabicDuals = map[string]float64{"سنتين": year, "سنتان": year, "عامين": year, "عامان": year, "شهرين": month, "شهران": month,
	"أسبوعين": week, "أسبوعان": week, "يومين": day, "يومان": day, "ساعتين": hour, "ساعتان": hour}

// halfHours are the words for half before the word for an hour, in the
// languages sources are written in.
var halfHours = map[string]string{"half": "uur", "halbe": "stunde", "media": "hora", "demi": "heure", "meia": "hora", "pół": "godziny", "halv": "timme"}

// halfNoun: "half" as a noun after its article or preposition in the
// languages sources are written in ("a la mitad", "de moitié", "pela
// metade", "della metà", "o połowę", "felére"); "a mitad de 2023" is
// mid-year, no share.
func halfNoun(w, before string) bool {
	switch w {
	case "mitad", "moitié", "metade", "metà":
		switch before {
		case "la", "de", "pela", "a", "della", "alla", "na":
			return !(w == "mitad" && before == "a")
		}
	case "połowę", "наполовину", "polovinu", "hälften", "felére", "yarıya", "halvdelen":
		return true
	}
	return false
}

// aUnit: "in a week", "within an hour", "in under a day", "a decade of":
// one unit of time, a claim like any other (but "twice a week" and "2M a
// day" are rates, read with their number).
func (p *parser) aUnit(i int) (int, bool) {
	k := i + 1 // the unit
	if spanAdjective(p.lower(k)) && p.spanUnitAt(k+1) {
		k++ // "in a single quarter", "a full year"
	}
	u := p.lower(k)
	if p.pointInPeriod(k) {
		return k + 3, true // "a year-end audit"
	}
	d, ok := durationUnits[u]
	if !ok || !p.spanUnitAt(k) {
		return 0, false
	}
	switch p.lower(k + 1) {
	case "of", "ahead", "early", "earlier", "late", "later", "sooner", "behind", "ago", "long":
		// "a decade of data", "a month ahead of schedule"
	default:
		if !p.spanOfTime(i) {
			return 0, false
		}
	}
	n := 1.0
	if p.is(k+1, "and", "a", "half") {
		n, k = 1.5, k+3 // "a minute and a half"
	}
	t, ut := p.toks[i], p.toks[k]
	q := Quantity{Text: p.text[t.start:ut.end], Start: t.start, End: ut.end, Value: n * d, Tolerance: 0.15 * d, Class: Duration, mantissa: n, Number: n}
	if b, hs := p.hedgeBefore(i, &q); hs >= 0 {
		q.Bound, q.Start, q.Text = b, hs, p.text[hs:ut.end]
	}
	p.add(q, i, k+1)
	return k + 1, true
}

// theUnit: "over the year", "in the past month", "during the last
// quarter" state one unit of time. Read as implied, it supports "in a year"
// and claims nothing itself.
func (p *parser) theUnit(i int) (int, bool) {
	k := i - 1
	if p.lower(k) == "past" || p.lower(k) == "last" || p.lower(k) == "whole" || p.lower(k) == "entire" || p.lower(k) == "full" {
		k--
	}
	if p.lower(k) != "the" {
		return 0, false
	}
	switch p.lower(k - 1) {
	case "over", "in", "during", "across", "throughout", "within", "for":
	default:
		return 0, false
	}
	d := durationUnits[p.lower(i)]
	q := Quantity{Class: Duration, Value: d, Tolerance: 0.15 * d, Number: 1, Implied: true, Start: p.toks[k].start, End: p.toks[i].end}
	q.Text = p.text[q.Start:q.End]
	p.add(q, k, i+1)
	return i + 1, true
}

// spanOfTime: the "a" at token i opens a span of time ("in a week",
// "within an hour", "in under a day"), not a rate ("2M requests a day").
func (p *parser) spanOfTime(i int) bool {
	k := i - 1
	if _, hedge := hedgeWords[p.lower(k)]; hedge && p.lower(k) != "over" && p.lower(k) != "within" {
		k--
	}
	switch p.lower(k) {
	case "in", "within", "for", "after", "over", "than", "from", "to":
		return true
	}
	return false
}

// vagueData are plural sizes: "terabytes of logs".
var vagueData = map[string]float64{"kilobytes": kb, "megabytes": kb * kb, "gigabytes": kb * kb * kb, "terabytes": kb * kb * kb * kb,
	"petabytes": kb * kb * kb * kb * kb, "exabytes": kb * kb * kb * kb * kb * kb}

// vague: "thousands of users" claims at least two thousand; "tens of
// thousands of" at least twenty thousand; "terabytes of logs" at least two.
func (p *parser) vague(i int) (int, bool) {
	k := i
	scale := 1.0
	if p.lower(k) == "tens" || p.lower(k) == "hundreds" && p.lower(k+1) == "of" && (vagueWords[p.lower(k+2)] > 100 || vagueData[p.lower(k+2)] > 0) {
		if p.lower(k+1) != "of" {
			return 0, false
		}
		scale = 10
		if p.lower(k) == "hundreds" {
			scale = 100
		}
		k += 2
	}
	w := p.lower(k)
	alone := p.lower(k+1) != "of"
	if alone && (scale > 1 || vagueWords[w] < 1e3) {
		return 0, false // "dozens" and "hundreds" alone are no amount
	}
	class, unit := Count, vagueWords[w]
	if v, ok := vagueData[w]; ok {
		class, unit = DataSize, v
	}
	if unit == 0 {
		return 0, false
	}
	end := k + 2
	if alone {
		end = k + 1 // "grew the user base to millions"
	}
	qi := p.within(i, end, class, 2*scale*unit, math.Inf(1))
	q := &p.out[qi]
	q.Noun, _ = p.nounPhrase(end)
	// "tens of millions of requests a day" is a rate
	if probe := (Quantity{Class: class, Value: 1}); !alone {
		if p.rate(&probe, end, q.End); probe.Class == Rate && probe.Per > 0 {
			q.Class, q.Of, q.Per = Rate, class, probe.Per
			q.Low /= probe.Per
			q.Value = q.Low
		}
	}
	if code := currencyWords[p.lower(end)]; code != "" && class == Count {
		q.Class, q.Currency = Currency, code
	}
	return end, true
}

// unitIntervals are the spans a plural unit names on its own: "hours" is
// at least one hour and less than a day.
var unitIntervals = map[string][2]float64{
	"microseconds": {1e-6, 1e-3}, "milliseconds": {1e-3, 1}, "seconds": {1, minute}, "minutes": {minute, hour},
	"hours": {hour, day}, "days": {day, 14 * day}, "weeks": {week, 10 * week}, "months": {28 * day, 2 * year}, "years": {year, math.Inf(1)},
}

// unitInterval: "from days to hours", "in minutes", "down from hours",
// "an hours-long audit".
func (p *parser) unitInterval(i int) (int, bool) {
	iv, ok := unitIntervals[p.lower(i)]
	if !ok {
		return 0, false
	}
	prev := p.lower(i - 1)
	long := p.lower(i+1) == "-" && p.lower(i+2) == "long"
	if !long {
		switch prev {
		case "from", "to", "in", "within", "into":
		default:
			return 0, false
		}
		if pt := p.tok(i - 1); pt != nil && pt.kind == tNum {
			return 0, false
		}
	}
	end := i + 1
	if long {
		end = i + 3
	}
	p.within(i, end, Duration, iv[0], iv[1])
	return end, true
}

// changeNouns name a change: "a 12% increase in", "40% reduction of".
var changeNouns = map[string]bool{"reduction": true, "reductions": true, "increase": true, "increases": true, "decrease": true,
	"drop": true, "cut": true, "lift": true, "improvement": true, "gain": true, "gains": true, "boost": true, "growth": true,
	"rise": true, "jump": true, "uplift": true, "decline": true, "speedup": true, "savings": true, "saving": true, "reduction,": true}

// slavicShare reads a share written as one noun: "на треть", "die Hälfte".
func (p *parser) slavicShare(i int) (int, bool) {
	t := p.toks[i]
	den := slavicShares[t.lower]
	if den == 0 {
		den = 2
	}
	v := 100 / den
	q := Quantity{Class: Percent, Value: v, Tolerance: 3, Number: v, Start: t.start, End: t.end}
	if b, hs := p.hedgeBefore(i, &q); hs >= 0 {
		q.Bound, q.Start = b, hs
	}
	q.Text = p.text[q.Start:q.End]
	p.add(q, i, i+1)
	return i + 1, true
}

// multipleOfAnother: "nearly double the 47% national average", "about
// triple last year's" is a multiple of another amount, as "twice the" is.
func (p *parser) multipleOfAnother(i int) (int, bool) {
	n := map[string]float64{"double": 2, "triple": 3}[p.lower(i)]
	if n == 0 || !compared[p.lower(i+1)] || p.changeVerbBefore(i) {
		return 0, false // ("doubled throughput" is read as a change elsewhere)
	}
	q := Quantity{Number: n, Class: Multiplier, Value: n, Tolerance: 0.25, Start: p.toks[i].start, End: p.toks[i].end}
	if b, hs := p.hedgeBefore(i, &q); hs >= 0 {
		q.Bound, q.Start = b, hs
	}
	q.Text = p.text[q.Start:q.End]
	p.add(q, i, i+1)
	return i + 1, true
}
