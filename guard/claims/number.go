package claims

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/english"
)

// numParse is the number part of a quantity before its unit is known.
type numParse struct {
	value     float64
	tol       float64
	next      int  // index of the first token after the number
	magnitude bool // a K/M/B or thousand/million was written
	words     bool // written in words
	first     int  // index of the first token
	seconds   bool // minutes and seconds written together ("4m30s"): the value is in seconds
}

// number reads digits (with a glued or following magnitude) or number words
// starting at token i.
func (p *parser) number(i int) (numParse, bool) {
	t := p.tok(i)
	if t == nil {
		return numParse{}, false
	}
	switch t.kind {
	case tNum:
		n := numParse{value: t.num, tol: tolerance(t.decimals, 1), next: i + 1, first: i}
		if t.suffix == "" && dotGroup(t.text) && p.thousandsAround(i) {
			n.value, n.tol = t.num*1000, 0.5 // "1.250 employees", "€85.000"
		}
		if t.suffix == "" && t.decimals == 0 && p.is(i+1, "and", "a", "half") {
			n.value += 0.5 // "2 and a half years"
			n.next = i + 4
		}
		if nt := p.tok(i + 1); t.suffix == "m" && t.decimals == 0 && nt != nil && nt.kind == tNum && nt.start == t.end && (nt.suffix == "s" || nt.suffix == "sec") {
			// "AHT 4m30s": four and a half minutes, not four million
			return numParse{value: t.num*60 + nt.num, tol: 0.5, next: i + 2, first: i, seconds: true}, true
		}
		if t.suffix == "m" && t.decimals == 0 && t.num < 600 && p.hoursBefore(i) {
			// "from 3h20m to 25m": minutes, as the range's other end
			return numParse{value: t.num * 60, tol: 30, next: i + 1, first: i, seconds: true}, true
		}
		if prev := p.tok(i - 1); t.suffix == "m" && t.decimals == 0 && t.num < 60 && prev != nil && prev.kind == tNum && (prev.suffix == "h" || prev.suffix == "hr" || prev.suffix == "hrs") {
			// "3h 20m": twenty minutes after the hours, not twenty million
			return numParse{value: t.num * 60, tol: 30, next: i + 1, first: i, seconds: true}, true
		}
		if t.suffix == "" && p.is(i+1, "t") && p.toks[i+1].text == "T" && !p.toks[i+1].spaceAfter && p.tok(i+2) != nil && p.toks[i+2].text == "€" {
			n.value *= 1e3 // German "240 T€": thousands of euros
			n.tol *= 1e3
			n.magnitude = true
			n.next = i + 2
		} else if gluedMagnitude[t.suffix] {
			n.value *= magnitudes[t.suffix]
			n.tol *= magnitudes[t.suffix]
			n.magnitude = true
		} else if m, ok := magnitudes[p.lower(i+1)]; ok && t.suffix == "" && p.magnitudeWord(i+1) {
			if p.lower(i+1) == "mil" && p.lower(i+2) == "." && !p.toks[i+1].spaceAfter && slavicCurrency(p.lower(i+3)) {
				m = 1e6 // Czech and Slovak "48 mil. Kč": millions (Spanish "48 mil €" are thousands)
			}
			n.value *= m
			n.tol *= m
			n.magnitude = true
			n.next = i + 2
			if (abbreviatedMagnitude[p.lower(i+1)] || p.lower(i+1) == "mil") && p.lower(i+2) == "." && !p.toks[i+1].spaceAfter && p.tok(i+3) != nil && p.toks[i+3].kind == tWord {
				n.next = i + 3 // "2 Mio. Ereignisse", "2 млн. событий": the dot ends the word, not the sentence
			}
			if m2, ok := magnitudes[p.lower(i+2)]; ok && m2 >= 1e5 && p.magnitudeWord(i+2) && len(p.lower(i+2)) > 2 {
				n.value *= m2 // "1.2 lakh crore"
				n.tol *= m2
				n.next = i + 3
			}
		} else if t.suffix == "" && p.lower(i+1) == "-" && !t.spaceAfter && !p.toks[i+1].spaceAfter && p.magnitudeWord(i+2) && len(p.lower(i+2)) > 2 {
			// "a 12-million-user app"
			m := magnitudes[p.lower(i+2)]
			n.value *= m
			n.tol *= m
			n.magnitude = true
			n.next = i + 3
		}
		return n, true
	case tWord:
		return p.numberWords(i)
	}
	return numParse{}, false
}

// abbreviatedMagnitude are the magnitudes written with a dot after them.
var abbreviatedMagnitude = map[string]bool{"mio": true, "mrd": true, "tsd": true, "mln": true, "mld": true, "tys": true, "tis": true, "εκατ": true, "δισ": true,
	"млн": true, "млрд": true, "тыс": true, "тис": true}

// continental: the text is written in a language whose writers group
// thousands with dots ("Betreuung von 1.250 Patienten pro Quartal").
func (p *parser) continental() bool {
	for _, w := range []string{" von ", " und ", " pro ", " der ", " die ", " mit ", " für ", " de ", " des ", " et ", " pour ", " para ",
		" por ", " con ", " com ", " em ", " di ", " della ", " het ", " een ", " voor "} {
		if strings.Contains(p.ltext, w) {
			return true
		}
	}
	return false
}

// thousandsAround: the number at token i is money ("€85.000", "85.000
// €") or counts a plural noun ("1.250 employees"): a dot there groups
// thousands, as much of the world writes them.
func (p *parser) thousandsAround(i int) bool {
	if prev := p.tok(i - 1); prev != nil && (currencySymbols[prev.text] != "" || currencyWords[prev.lower] != "") {
		return true
	}
	if strings.HasSuffix(p.toks[i].text, "00") || p.is(i-2, "ca", ".") || p.continental() {
		return true // "1.200 kunden", "ca. 1.250": nobody writes 1.2 with two zeros, and "ca." is how they hedge
	}
	next := p.tok(i + 1)
	if next == nil {
		return false
	}
	if currencySymbols[next.text] != "" || currencyWords[next.lower] != "" {
		return true
	}
	if dim, _ := PhysicalUnit(next.lower); dim != "" || next.lower == "m²" || next.lower == "m2" || next.lower == "sqm" {
		return true // "22.000 m²", "3.500 kg"
	}
	for k := i - 1; k >= max(0, i-3); k-- {
		// "monthly invoices approx 2.800": the counted noun before
		t := p.tok(k)
		if _, hedge := hedgeWords[t.lower]; hedge || t.text == "." {
			continue
		}
		if t.kind == tWord && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && durationUnits[t.lower] == 0 {
			return true
		}
		break
	}
	for k := i + 1; k <= i+2; k++ {
		t := p.tok(k)
		if t == nil || t.kind != tWord {
			break
		}
		if w := t.lower; len(w) > 3 && strings.HasSuffix(w, "s") && durationUnits[w] == 0 && dataUnits[w] == 0 && !strings.HasSuffix(w, "ss") {
			return true // "1.250 employees", "18.000 order lines"
		}
	}
	return false
}

// magnitudeWord: "million", "thousand", "bn" always; a lone "K", "M", "MM"
// or "B" only in capitals ("2 M users"), never "a" or "m" as words.
func (p *parser) magnitudeWord(i int) bool {
	t := p.tok(i)
	if t == nil || t.kind != tWord {
		return false
	}
	switch t.lower {
	case "thousand", "million", "billion", "trillion", "bn", "mm", "lakh", "lakhs", "lac", "lacs", "crore", "crores",
		"mio", "mln", "milhões", "milhoes", "millones", "milioni", "millionen", "mld", "miliardi", "milliarden", "bilhões",
		"mila", "tausend", "tsd", "tys", "tis", "tisíc", "milione", "millón", "milhão", "miljoen", "miljon", "milion", "miliony", "milionów",
		"miljard", "miljarder", "miliard", "milliard", "milliards", "juta", "miliar", "triliun", "ribu",
		"millions", "млн", "млрд", "тыс", "тысяч", "тысячи", "миллион", "миллиона", "миллионов", "миллиард", "миллиардов",
		"мільйон", "мільйона", "мільйонів", "мільярд", "мільярдів", "тис", "тисяч", "тисячі", "millioner", "miljoner", "miljoonaa",
		"milionu", "milionů", "millió", "milliárd", "millióról", "millióra", "milliót", "millióval", "εκατ", "εκατομμύρια", "εκατομμύριο", "δισ", "milioane", "miliarde", "milyon", "milyar", "triệu", "tỷ", "nghìn", "ngàn",
		"مليون", "ملايين", "مليار", "ألف", "آلاف", "میلیون", "میلیارد", "هزار", "लाख", "करोड़", "हज़ार", "हजार", "লাখ", "কোটি", "হাজার":
		return true
	case "mil":
		// "800 mil €" in Spanish or Portuguese; in English a mil is a
		// thousandth of an inch ("6 mil plastic")
		n := p.tok(i + 1)
		return p.continental() || n != nil && n.kind == tWord && !english.IsWord(n.lower) || p.lower(i+1) == "." && slavicCurrency(p.lower(i+2))
	case "mi", "bi":
		// Brazilian "R$ 4,2 mi" (milhões), only after money: "5 mi" are miles
		if c := p.tok(i - 2); c != nil && currencySymbols[c.text] != "" {
			return true
		}
		return false
	case "bin":
		// Turkish "180 bin TL": thousand, before money
		n := p.tok(i + 1)
		return n != nil && (n.text == "TL" || strings.HasPrefix(n.text, "TL'") || n.text == "₺" || n.lower == "lira")
	case "cr", "mrd":
		return t.text == "Cr" || t.text == "CR" || t.text == "Mrd" // "₹2 Cr", "1,2 Mrd. €"
	case "k", "m", "b":
		// not the M of "9 M&A deals", nor the B of "B2B", nor the B of
		// "B.A." on the next line
		if n := p.tok(i + 1); n != nil && !t.spaceAfter && (n.text == "&" || n.text == "/" || n.text == "." || n.kind == tNum) {
			return false
		}
		if i > 0 && strings.Contains(p.text[p.toks[i-1].end:t.start], "\n") {
			return false
		}
		if n := p.tok(i + 1); n != nil && !t.spaceAfter && currencySymbols[n.text] != "" && t.lower == "k" {
			return true // French "120 k€": a lower-case k glued to the currency
		}
		return t.text == strings.ToUpper(t.text)
	}
	return false
}

// roughCounts are the "about ten" nouns of French, Italian, Spanish and
// Portuguese ("une dizaine", "una ventina", "una docena", "uma dezena").
var roughCounts = map[string]float64{"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
	"cinquantaine": 50, "centaine": 100, "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30, "cinquantina": 50,
	"centinaio": 100, "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100, "dezena": 10, "dúzia": 12, "vintena": 20,
	"centena": 100}

// numberWords reads "forty", "two hundred fifty", "twenty-five", "a dozen",
// "two dozen", "two million", "a million", "half a million". A lone "one" is
// not read: it is far more often a pronoun than a claim.
func (p *parser) numberWords(i int) (numParse, bool) {
	j := i
	total, current := 0.0, 0.0
	seen, lastMag := false, 1.0
	ones := 0
	if v := roughCounts[p.lower(j)]; v > 0 {
		// "une dizaine d'actes", "una decina di progetti": about ten
		return numParse{value: v, tol: v / 5, next: j + 1, words: true, first: i}, true
	}
	if w := p.lower(j); (w == "a" || w == "an") && p.tok(j+1) != nil {
		switch p.lower(j + 1) {
		case "dozen":
			return numParse{value: 12, tol: 0.5, next: j + 2, words: true, first: i}, true
		case "couple":
			if p.lower(j+2) == "of" {
				return numParse{value: 2, tol: 0.5, next: j + 3, words: true, first: i}, true
			}
			return numParse{}, false
		case "hundred", "thousand", "million", "billion":
			current = 1
			seen = true
			j++
		default:
			return numParse{}, false
		}
	}
	if p.lower(j) == "half" && (p.lower(j+1) == "a" || p.lower(j+1) == "an") {
		if m, ok := magnitudes[p.lower(j+2)]; ok && m >= 1e3 {
			return numParse{value: 0.5 * m, tol: 0.05 * m, next: j + 3, words: true, magnitude: true, first: i}, true
		}
	}
	prevWord := -1.0 // the value of the number word just read, if the last word was one
	for ; j < len(p.toks); j++ {
		t := &p.toks[j]
		if p.masked.overlaps(t.start, t.end) {
			break
		}
		w := t.lower
		if v, ok := numberWords[w]; ok && t.kind == tWord {
			// "twenty-five", not "two two-week sprints" (two numbers)
			if prevWord >= 0 && !(prevWord >= 20 && prevWord < 100 && v < 10) {
				break
			}
			current += v
			seen = true
			ones++
			lastMag = 1
			prevWord = v
			continue
		}
		if !seen {
			break
		}
		if w != "-" {
			prevWord = -1
		}
		switch {
		case w == "and" && p.is(j+1, "a", "half"):
			// "two and a half hours"
			current += 0.5
			j += 2
			continue
		case w == "-" || w == "and" && (p.lower(j+1) != "" && numberWords[p.lower(j+1)] > 0):
			continue
		case w == "hundred":
			if current == 0 {
				current = 1
			}
			current *= 100
			lastMag = 1
			continue
		case w == "dozen":
			current *= 12
			continue
		case w == "thousand" || w == "million" || w == "billion" || w == "trillion":
			total += current * magnitudes[w]
			current = 0
			lastMag = magnitudes[w]
			continue
		}
		break
	}
	if !seen {
		return numParse{}, false
	}
	// strip a trailing "-" or "and" consumed above
	for j > i && (p.lower(j-1) == "-" || p.lower(j-1) == "and") {
		j--
	}
	value := total + current
	if ones == 1 && value == 1 && lastMag == 1 && p.lower(i) == "one" {
		// "one of the first", "one place": a pronoun; "one day", "one
		// percent": a figure
		if u := p.lower(j); !(durationUnits[u] > 0 && (len(u) > 2 || u == "yr" || u == "hr" || u == "wk" || u == "mo") || u == "percent" || u == "%" || u == "x" || u == "times" || dataUnits[u] > 0) {
			return numParse{}, false
		}
	}
	return numParse{value: value, tol: 0.5 * lastMag, next: j, words: true, magnitude: lastMag > 1, first: i}, true
}

// slavicCurrency: a currency Czech, Slovak, Polish, Russian or Ukrainian
// writes after "mil." or "mln" ("48 mil. Kč").
func slavicCurrency(w string) bool {
	switch w {
	case "kč", "czk", "eur", "€", "zł", "pln", "руб", "rub", "грн", "uah", "sk":
		return true
	}
	return false
}

// hoursBefore: the figure at token i ends a range ("to", "-", "→") whose
// first end is written in hours ("3h20m", "3h").
func (p *parser) hoursBefore(i int) bool {
	switch p.lower(i - 1) {
	case "to", "-", "–", "→":
	default:
		return false
	}
	for k := i - 2; k >= max(0, i-4); k-- {
		if t := p.tok(k); t.kind == tNum && (t.suffix == "h" || t.suffix == "hr" || t.suffix == "hrs") {
			return true
		}
	}
	return false
}
