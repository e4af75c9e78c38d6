package guard

import (
	"strings"
)

// numParse is the number part of a quantity before its unit is known.
type numParse struct {
	value     float64
	tol       float64
	next      int  // index of the first token after the number
	magnitude bool // a K/M/B or thousand/million was written
	words     bool // written in words
	first     int  // index of the first token
}

type quantityParser struct {
	text   string
	toks   []token
	masked spanSet
	out    []Quantity
	pct    []Percentile
}

// parseQuantities returns the quantities and percentile labels in text,
// skipping numbers inside the given spans (technology names, placeholders),
// and the time periods the text names.
// lower is lowerASCII(text), passed in because Extract needs it too.
func parseQuantities(text, lower string, masked []span) ([]Quantity, []Percentile, []float64) {
	if digits(text) >= 7 {
		masked = append(masked, findPhones(text)...)
	}
	p := &quantityParser{text: text, toks: tokenize(text, lower), masked: newSpanSet(masked), out: make([]Quantity, 0, 4)}
	p.run()
	periods := p.periods()
	releaseTokens(p.toks)
	return p.out, p.pct, periods
}

// periods lists the time periods the text names ("monthly", "a year"): a
// figure in a text about monthly spend may be restated per month.
func (p *quantityParser) periods() []float64 {
	var out []float64
	for i, t := range p.toks {
		if t.kind != tWord {
			continue
		}
		per, ok := rateAdjectives[t.lower]
		if !ok {
			switch p.lower(i - 1) {
			case "per", "a", "each", "every", "/":
				per, ok = perUnits[t.lower]
			}
		}
		if ok {
			out = append(out, per)
		}
	}
	return out
}

func (p *quantityParser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

func (p *quantityParser) lower(i int) string {
	if t := p.tok(i); t != nil {
		return t.lower
	}
	return ""
}

func (p *quantityParser) masks(i int) bool {
	t := p.tok(i)
	return t != nil && p.masked.overlaps(t.start, t.end)
}

func (p *quantityParser) run() {
	for i := 0; i < len(p.toks); {
		if p.masks(i) {
			i++
			continue
		}
		if next, ok := p.percentile(i); ok {
			i = next
			continue
		}
		if next, ok := p.wordQuantity(i); ok {
			i = next
			continue
		}
		if n, ok := p.number(i); ok {
			if skip, ok := p.notAQuantity(i, n); ok {
				i = skip
				continue
			}
			q, next := p.quantity(i, n)
			i = p.maybeRange(q, next)
			continue
		}
		i++
	}
}

// percentile reads p95, P99.9 and "99th percentile".
func (p *quantityParser) percentile(i int) (int, bool) {
	t := p.tok(i)
	if t.kind == tWord && len(t.lower) >= 2 && (t.lower[0] == 'p' || strings.HasPrefix(t.lower, "tp")) {
		digits := strings.TrimPrefix(strings.TrimPrefix(t.lower, "t"), "p")
		if len(digits) >= 2 && allDigits(digits) {
			label := "p" + digits
			end := t.end
			// p99.9 splits as word "p99", ".", number "9"
			if n := p.tok(i + 1); n != nil && n.text == "." && !t.spaceAfter {
				if d := p.tok(i + 2); d != nil && d.kind == tNum && d.suffix == "" && !n.spaceAfter {
					label += "." + d.text
					end = d.end
					p.pct = append(p.pct, Percentile{Text: p.text[t.start:end], Start: t.start, End: end, Label: label})
					return i + 3, true
				}
			}
			p.pct = append(p.pct, Percentile{Text: t.text, Start: t.start, End: end, Label: label})
			return i + 1, true
		}
	}
	if t.kind == tNum && (t.suffix == "th" || t.suffix == "st" || t.suffix == "nd" || t.suffix == "rd") {
		j := i + 1
		if n := p.tok(j); n != nil && n.text == "-" {
			j++
		}
		if p.lower(j) == "percentile" {
			label := "p" + strings.TrimSuffix(t.lower, t.suffix)
			p.pct = append(p.pct, Percentile{Text: p.text[t.start:p.toks[j].end], Start: t.start, End: p.toks[j].end, Label: label})
			return j + 1, true
		}
		return i + 1, true // an ordinal: 2nd, 21st
	}
	return 0, false
}

// findPhones finds phone numbers — (512) 555-0142, +1 415 555 0117,
// 555-0142 — so their digits are not read as claims. A stretch of digit
// groups joined by spaces, dots, dashes or brackets is a phone number when it
// ends in a group of four after a group of three. Hand-written: it runs on
// every text.
func findPhones(text string) []span {
	var out []span
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !isDigitB(c) && c != '(' && c != '+' || i > 0 && (isDigitB(text[i-1]) || isLetterB(text[i-1])) {
			continue
		}
		var groups []int
		j, n := i, 0
		for j < len(text) {
			switch ch := text[j]; {
			case isDigitB(ch):
				n++
			case ch == ' ' || ch == '-' || ch == '.' || ch == '(' || ch == ')' || ch == '+':
				if n > 0 {
					groups = append(groups, n)
					n = 0
				}
				if ch == ' ' && j+1 < len(text) && !isDigitB(text[j+1]) && text[j+1] != '(' {
					goto done
				}
			default:
				goto done
			}
			j++
		}
	done:
		if n > 0 {
			groups = append(groups, n)
		}
		end := j
		for end > i && !isDigitB(text[end-1]) {
			end--
		}
		if end < len(text) && end == j && isLetterB(text[end]) {
			continue // "555-0142ms" is no phone
		}
		if k := len(groups); k >= 2 && groups[k-1] == 4 && groups[k-2] == 3 {
			out = append(out, span{i, end})
			i = end
		}
	}
	return out
}

// digits counts the digits in s.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigitB(s[i]) {
			n++
		}
	}
	return n
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigitB(s[i]) {
			return false
		}
	}
	return s != ""
}

// number reads digits (with a glued or following magnitude) or number words
// starting at token i.
func (p *quantityParser) number(i int) (numParse, bool) {
	t := p.tok(i)
	switch t.kind {
	case tNum:
		n := numParse{value: t.num, tol: tolerance(t.decimals, 1), next: i + 1, first: i}
		if gluedMagnitude[t.suffix] {
			n.value *= magnitudes[t.suffix]
			n.tol *= magnitudes[t.suffix]
			n.magnitude = true
		} else if m, ok := magnitudes[p.lower(i+1)]; ok && t.suffix == "" && p.magnitudeWord(i+1) {
			n.value *= m
			n.tol *= m
			n.magnitude = true
			n.next = i + 2
		}
		return n, true
	case tWord:
		return p.numberWords(i)
	}
	return numParse{}, false
}

// magnitudeWord: "million", "thousand", "bn" always; a lone "K", "M", "MM"
// or "B" only in capitals ("2 M users"), never "a" or "m" as words.
func (p *quantityParser) magnitudeWord(i int) bool {
	t := p.tok(i)
	if t == nil || t.kind != tWord {
		return false
	}
	switch t.lower {
	case "thousand", "million", "billion", "trillion", "bn", "mm":
		return true
	case "k", "m", "b":
		return t.text == strings.ToUpper(t.text)
	}
	return false
}

// numberWords reads "forty", "two hundred fifty", "twenty-five", "a dozen",
// "two million", "a million", "half a million". A lone "one" is not read:
// it is far more often a pronoun than a claim.
func (p *quantityParser) numberWords(i int) (numParse, bool) {
	j := i
	total, current := 0.0, 0.0
	seen, lastMag := false, 1.0
	ones := 0
	if w := p.lower(j); (w == "a" || w == "an") && p.tok(j+1) != nil {
		switch p.lower(j + 1) {
		case "dozen":
			return numParse{value: 12, tol: 0.5, next: j + 2, words: true, first: i}, true
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
	for ; j < len(p.toks); j++ {
		t := &p.toks[j]
		if p.masked.overlaps(t.start, t.end) {
			break
		}
		w := t.lower
		if v, ok := numberWords[w]; ok && t.kind == tWord {
			current += v
			seen = true
			ones++
			lastMag = 1
			continue
		}
		if !seen {
			break
		}
		switch {
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
		return numParse{}, false
	}
	return numParse{value: value, tol: 0.5 * lastMag, next: j, words: true, magnitude: lastMag > 1, first: i}, true
}

// notAQuantity skips years, versions, dates, "24/7", times and ranks.
func (p *quantityParser) notAQuantity(i int, n numParse) (int, bool) {
	t := p.tok(i)
	if t.kind != tNum {
		return 0, false
	}
	if t.suffix != "" && !gluedMagnitude[t.suffix] && !gluedUnit(t.suffix) {
		return i + 1, true // 3D, 2FA, 5G, 10th
	}
	prev := p.tok(i - 1)
	next := p.tok(i + 1)
	// 24/7, 03/2021, 9:30
	if next != nil && (next.text == "/" || next.text == ":") && !t.spaceAfter {
		if nn := p.tok(i + 2); nn != nil && nn.kind == tNum && !next.spaceAfter {
			return i + 3, true
		}
	}
	if prev != nil && (prev.text == "#" || prev.text == "/" && !prev.spaceAfter) {
		return i + 1, true
	}
	if prev != nil && prev.kind == tWord && (prev.lower == "v" || prev.lower == "version" || prev.lower == "release" || prev.lower == "rev") {
		return i + 1, true
	}
	// a version right after a technology: "Java 17", "Python 3.11"
	if prev != nil && p.masked.endsAt(prev.end) && t.suffix == "" && !n.magnitude && p.unitlessAfter(n.next) && (t.num <= 100 || t.decimals > 0) {
		return n.next, true
	}
	if t.suffix == "" && t.decimals == 0 && !strings.Contains(t.text, ",") && len(t.text) == 4 &&
		(t.text[:2] == "19" || t.text[:2] == "20") && p.unitlessAfter(i+1) {
		// a calendar year; a year range "2020-2024" skips both
		if next != nil && (next.text == "-" || next.text == "–" || next.text == "—") {
			if nn := p.tok(i + 2); nn != nil && nn.kind == tNum && len(nn.text) <= 4 {
				return i + 3, true
			}
		}
		return i + 1, true
	}
	return 0, false
}

func gluedUnit(s string) bool {
	if s == "x" || s == "rps" || s == "qps" || s == "tps" || gluedDuration[s] {
		return true
	}
	if _, ok := dataUnits[s]; ok {
		return true
	}
	if _, ok := dataRateUnits[s]; ok {
		return true
	}
	return false
}

// unitlessAfter: token i does not give a number a unit or magnitude.
func (p *quantityParser) unitlessAfter(i int) bool {
	t := p.tok(i)
	if t == nil {
		return true
	}
	w := t.lower
	if w == "%" || w == "percent" || w == "x" || w == "×" || w == "+" {
		return false
	}
	if _, ok := durationUnits[w]; ok && w != "s" {
		return false
	}
	if _, ok := dataUnits[w]; ok {
		return false
	}
	if _, ok := magnitudes[w]; ok && p.magnitudeWord(i) {
		return false
	}
	return true
}
