package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/internal/english"
)

// quantity completes the number n at token i with its hedge, currency, unit,
// rate and noun, and records it. It returns the quantity's index in p.out
// and the next token index.
func (p *parser) quantity(i int, n numParse) (int, int) {
	q := Quantity{Value: n.value, Tolerance: n.tol, Class: Count, magnitude: n.magnitude, mantissa: p.mantissa(n), Number: n.value}
	start := p.toks[n.first].start
	j := n.next
	t := p.tok(i)
	currencyAt := -1

	// currency before: $2M, US$ 5, €40K, USD 1.2M
	if prev := p.tok(n.first - 1); prev != nil {
		if code, ok := currencySymbols[prev.text]; ok {
			q.Class, q.Currency = Currency, code
			start = prev.start
			currencyAt = n.first - 1
			if pp := p.tok(n.first - 2); pp != nil && prev.text == "$" && dollarPrefixes[pp.lower] != "" && !pp.spaceAfter {
				// "US$ 5", "R$ 1,2 million", "A$40K"
				q.Currency = dollarPrefixes[pp.lower]
				start = pp.start
				currencyAt = n.first - 2
			}
		} else if code, ok := currencyWords[prev.lower]; ok && len(prev.lower) == 3 && (prev.lower != "try" || prev.text == "TRY") {
			q.Class, q.Currency = Currency, code
			start = prev.start
			currencyAt = n.first - 1
		} else if k := n.first - 1; rupeeWords[prev.text] != "" || prev.text == "." && k > 0 && rupeeWords[p.toks[k-1].text] != "" && !p.toks[k-1].spaceAfter {
			// "Rs 38 lakh", "Rs. 2 Cr", "Rp 450 juta"
			if prev.text == "." {
				k--
			}
			q.Class, q.Currency = Currency, rupeeWords[p.toks[k].text]
			start = p.toks[k].start
			currencyAt = k
		}
	}
	// "%82'den %96'ya": Turkish writes the sign before the figure
	if prev := p.tok(n.first - 1); prev != nil && prev.text == "%" && prev.end == p.toks[n.first].start && q.Class == Count &&
		(n.first < 2 || p.toks[n.first-2].kind != tNum) {
		q.Class = Percent
		start = prev.start
	}
	explicit := q.Class == Currency || q.Class == Percent
	suffix := ""
	if t.kind == tNum {
		suffix = t.suffix
		if gluedMagnitude[suffix] {
			suffix = ""
		}
	}
	if n.seconds {
		suffix = "s"
	}
	end := p.toks[j-1].end

	// a "+" glued after the number or magnitude: 2M+, 10+
	plus := false
	if nt := p.tok(j); nt != nil && nt.text == "+" && !p.toks[j-1].spaceAfter {
		plus = true
		end = nt.end
		j++
	} else if p.lower(j) == "plus" && q.Class != Currency {
		plus = true
		end = p.toks[j].end
		j++
	}

	if t.kind == tNum && amps(t) {
		q.Noun, explicit, suffix = "amps", true, ""
	}
	unit := suffix
	unitTok := -1
	workWeeks := false
	if unit == "" {
		if nt := p.tok(j); nt != nil {
			unit = nt.lower
			unitTok = j
			if nt.text == "." && n.magnitude && p.tok(j+1) != nil && currencySymbols[p.toks[j+1].text] != "" {
				unit, unitTok = p.toks[j+1].text, j+1 // "3,2 Mio. €"
			}
			if nt.text == "J" && p.lower(j+1) == "." {
				unit = "jahre" // "6 J. Berufserfahrung"
			}
			if n.magnitude && (nt.lower == "di" || nt.lower == "de") && p.tok(j+1) != nil && currencyWords[p.toks[j+1].lower] != "" {
				unit, unitTok = p.toks[j+1].lower, j+1 // "1,5 milioni di euro"
			} else if w, ok := strings.CutPrefix(nt.lower, "d'"); ok && n.magnitude && currencyWords[w] != "" {
				unit = w // "1,5 million d'euros"
			} else if w, _, ok := strings.Cut(nt.lower, "'"); ok && currencyWords[w] != "" {
				unit = w // "180 bin TL'den": a Turkish case ending after the currency
			}
			if nt.kind == tWord && p.lower(j+1) == "-" && (p.lower(j+2) == "free" || p.lower(j+2) == "filled") && len(p.lower(j+3)) > 2 && durationUnits[p.lower(j+3)] > 0 {
				unit, unitTok = p.lower(j+3), j+3 // "six accident-free years": years, free of accidents
			}
			if nt.text == "-" && !p.toks[j-1].spaceAfter { // 24-hour, 3-fold
				if nn := p.tok(j + 1); nn != nil && nn.kind == tWord {
					unit = nn.lower
					unitTok = j + 1
				}
			}
			// "120 Year 7 students": a school year's name, no unit
			if nt.text == "Year" || nt.text == "Grade" {
				if nn := p.tok(unitTok + 1); nn != nil && nn.kind == tNum {
					unit, unitTok = "", -1
				}
			}
			// "two prior years", "5 business days", "3 consecutive quarters"
			if (unit == "total" || unit == "cumulative" || unit == "logged") && hourKinds[p.lower(unitTok+1)] && (p.lower(unitTok+2) == "hours" || p.lower(unitTok+2) == "hrs") {
				unitTok++ // "1,500 total flight hours"
				unit = p.lower(unitTok)
			}
			if spanAdjective(unit) && p.spanUnitAt(unitTok+1) || hourKinds[unit] && (p.lower(unitTok+1) == "hours" || p.lower(unitTok+1) == "hrs") {
				// ("two working weeks" are ten working days, as the
				// source counts them)
				workWeeks = (unit == "working" || unit == "business") && (p.lower(unitTok+1) == "weeks" || p.lower(unitTok+1) == "week")
				unitTok++
				unit = p.lower(unitTok)
			}
		}
	}
	if unitTok >= 0 && unit != "" && unit[0] >= 0x80 && (!p.toks[j-1].spaceAfter || cjkAmountOpens(p.cjkRun(unitTok))) && q.Class == Count {
		if run := p.cjkRun(unitTok); strings.HasPrefix(run, "倍") || strings.HasPrefix(run, "배") {
			// "提升3倍", "3배 증가": a multiple
			q.Class = Multiplier
			explicit = true
			end = p.toks[unitTok].start + len("倍")
			for j = unitTok; j < len(p.toks) && p.toks[j].start < end; j++ {
			}
			unit, unitTok = "", -1
		} else if scale, code, at := p.cjkAmount(unitTok); scale != 1 || code != "" {
			q.Value *= scale
			q.Tolerance *= scale
			q.Number *= scale
			if code != "" {
				q.Class, q.Currency = Currency, code
				explicit = true
			}
			end = at
			for j = unitTok; j < len(p.toks) && p.toks[j].start < end; j++ {
			}
			unit, unitTok = "", -1
		}
	}
	consumed := func() {
		if workWeeks {
			q.Value *= 5.0 / 7
			q.Tolerance *= 5.0 / 7
		}
		if unitTok >= 0 {
			end = p.toks[unitTok].end
			j = unitTok + 1
		}
	}
	switch {
	case (p.lower(n.first-1) == "par" || p.lower(n.first-1) == "por" || p.lower(n.first-1) == "per") && strings.HasPrefix(p.lower(n.first-2), "multipli"):
		// "multiplié par 3,5", "multipliqué por cuatro": a multiple
		q.Class = Multiplier
		explicit = true
	case (unit == "°" || unit == "º") && unitTok >= 0 && (p.lower(unitTok+1) == "f" || p.lower(unitTok+1) == "c") && !p.toks[unitTok].spaceAfter,
		unit == "℃" || unit == "℉":
		// "41°F" is 5 °C: a temperature, read in Celsius so that either
		// scale states it
		fahrenheit := unit == "℉" || p.lower(unitTok+1) == "f"
		if m := p.tok(n.first - 1); m != nil && (m.text == "−" || m.text == "-") && !m.spaceAfter && (n.first < 2 || p.toks[n.first-2].end < m.start) {
			// "−22 °C": below zero (a minus set apart, not "10-20")
			q.Value, q.Low, q.High = -q.Value, -q.High, -q.Low
			start = m.start
		}
		if fahrenheit {
			q.Value, q.Tolerance = (q.Value-32)*5/9, q.Tolerance*5/9
			q.Low, q.High = (q.Low-32)*5/9, (q.High-32)*5/9
		}
		q.Noun, q.measure = "°c", "~temperature"
		explicit = true
		end = p.toks[unitTok].end
		j = unitTok + 1
		if unit == "°" || unit == "º" {
			end = p.toks[unitTok+1].end
			j = unitTok + 2
		}
	case unit == "%" || unit == "percent" || unit == "pct":
		q.Class = Percent
		explicit = true
		consumed()
		if nt := p.tok(j); unit == "%" && nt != nil && (nt.text == "p" || nt.text == "P") && !p.toks[j-1].spaceAfter && (j+1 >= len(p.toks) || p.toks[j+1].start > nt.end || p.toks[j+1].kind != tWord) {
			q.Class = Points // "9%p": Korean writes percentage points so
			end = nt.end
			j++
		}
	case unit == "per" && p.lower(j+1) == "cent":
		q.Class = Percent
		explicit = true
		end = p.toks[j+1].end
		j += 2
	case unit == "percentage" && unitTok == j+1 && p.lower(j+2) == "-" && (p.lower(j+3) == "point" || p.lower(j+3) == "points"):
		// "a 1.5-percentage-point drop"
		q.Class = Points
		explicit = true
		end = p.toks[j+3].end
		j += 4
	case unit == "percentage" && (p.lower(j+1) == "point" || p.lower(j+1) == "points"),
		(unit == "punti" || unit == "pontos" || unit == "puntos" || unit == "punkty" || unit == "points" || unit == "ponto" || unit == "punto" || unit == "punt" || unit == "punkt") && pointWords[p.lower(j+1)]:
		// ("3 punti percentuali", "1,5 pontos percentuais")
		q.Class = Points
		explicit = true
		end = p.toks[j+1].end
		j += 2
	case unit == "x" && p.timesPeriod(afterUnit(unitTok, j)) > 0:
		// "3x week", "2x weekly": how often, not a multiple
		k := afterUnit(unitTok, j)
		per := p.timesPeriod(k)
		q.Class, q.Of, q.Per = Rate, Count, per
		q.Value /= per
		q.Tolerance /= per
		end = p.toks[k].end
		j = k + 1
	case (unit == "pts" || unit == "x") && (unitTok >= 0 && p.perPeriodAt(unitTok+1) || unitTok < 0 && p.perPeriodAt(j)):
		// "~10 pts/day" counts patients a day; "2x/wk" is twice a week
		if unit == "pts" {
			q.Noun = "patients"
		}
		consumed()
	case (unit == "sq" || unit == "square") && unitTok >= 0 && squareUnits[p.lower(unitTok+1+dotAt(p, unitTok+1))] != "":
		// "130,000 sq ft", "12,000 square metres": an area
		k := unitTok + 1 + dotAt(p, unitTok+1)
		q.Noun = squareUnits[p.lower(k)]
		end = p.toks[k].end
		j = k + 1
	case unit == "pts" && p.ptsArePatients():
		// "caseload ~65 pts" in a text with no percentage or score
		q.Noun = "patients"
		consumed()
	case unit == "pp" || unit == "pts" || unit == "ppt" || unit == "ppts" || unit == "points" || unit == "point" || pointWords[unit] || barePoints[unit] ||
		romancePoints[unit] && !pointsOfSale[p.lower(j+1)]:
		// ("22 puan", "3 Punkte"; but "12 punti vendita" are stores)
		q.Class = Points
		explicit = true
		consumed()
	case unitTok >= 0 && familyOf(unit) != "" && Measure(familyOf(unit)) && (p.lower(unitTok+1) == "points" || p.lower(unitTok+1) == "pts"):
		// "0.4 AUC points", "3 NPS points": the measure, then its points
		q.Class, q.measure = Points, familyOf(unit)
		explicit = true
		end = p.toks[unitTok+1].end
		j = unitTok + 2
	case unit == "basis" && (p.lower(j+1) == "points" || p.lower(j+1) == "point"), unit == "bps" && q.Class != Currency:
		q.Class = Points
		q.Value /= 100
		q.Tolerance /= 100
		explicit = true
		if unit == "basis" {
			end = p.toks[j+1].end
			j += 2
		} else {
			consumed()
		}
	case (unit == "x" || unit == "×") && unitTok >= 0 && p.tok(unitTok+1) != nil && p.tok(unitTok+1).kind == tNum:
		// "3 x 2-day workshops": a product written out, no multiple
		j = unitTok + 1
		end = p.toks[unitTok].end
	case unit == "times" && p.timesCounted(n.first, unitTok):
		// "downloaded 50,000 times": a count of events, read as a count
		// of what the verb names (downloads, not the people downloading)
		j = unitTok + 1
		end = p.toks[unitTok].end
		q.Noun = eventNoun(p.lower(p.verbBefore(n.first)))
	case (unit == "раз" || unit == "раза" || unit == "рази" || unit == "разів") && (p.lower(n.first-1) == "в" || p.lower(n.first-1) == "у" || p.lower(n.first-1) == "во"):
		// "сократил в 4 раза": four times less; "3 раза в неделю" is how often
		q.Class = Multiplier
		explicit = true
		consumed()
	case foreignTimes[unit] && unitTok >= 0 && comparativeAfter(p.lower(unitTok+1), p.lower(unitTok+2)):
		// "3 veces más rápido", "3 fois plus rapide", "3 keer sneller": a multiple
		q.Class = Multiplier
		explicit = true
		consumed()
	case unit == "x" || unit == "×" || unit == "fold" || unit == "times" && !p.timesRate(unitTok+1):
		q.Class = Multiplier
		explicit = true
		consumed()
	case unitTok >= 0 && unit != "" && unit[0] >= 0x80 && !p.toks[j-1].spaceAfter && strings.HasPrefix(p.cjkRun(unitTok), "割"):
		// "3割削減": three tenths, 30%
		q.Class = Percent
		q.Value, q.Tolerance, q.Number = q.Value*10, q.Tolerance*10, q.Number*10
		explicit = true
		end = p.toks[unitTok].start + len("割")
		for j = unitTok; j < len(p.toks) && p.toks[j].start < end; j++ {
		}
	case unitTok >= 0 && unit != "" && unit[0] >= 0x80 && cjkPoints(p.cjkRun(unitTok)) > 0:
		// "12ポイント改善", "提高了3个百分点", "5포인트": percentage points
		q.Class = Points
		explicit = true
		end = p.toks[unitTok].start + cjkPoints(p.cjkRun(unitTok))
		for j = unitTok; j < len(p.toks) && p.toks[j].start < end; j++ {
		}
	case unitTok >= 0 && (!p.toks[j-1].spaceAfter || cjkBefore(p.text[:p.toks[n.first].start])) && unit != "" && unit[0] >= 0x80 && p.lower(n.first-1) != "月" && cjkScale(p.cjkRun(unitTok), q.Value) > 0:
		// ("从 5 分钟降至 10 秒": spaced figures in a Chinese sentence keep their units)
		// ("3月1日" is a date)
		scale, width := cjkDuration(p.cjkRun(unitTok), q.Value)
		q.Class = Duration
		q.Value *= scale
		q.Tolerance *= scale
		explicit = true
		end = p.toks[unitTok].start + width
		for j = unitTok; j < len(p.toks) && p.toks[j].start < end; j++ {
		}
	case durationUnits[unit] > 0 && (suffix != "" && gluedDuration[suffix] || unitTok >= 0 && unit != "d" && unit != "y") && !p.fraction(unitTok) && !p.overIdiom(unitTok) && !p.ordinalSecond(unitTok) &&
		!(unitTok >= 0 && p.glued(unitTok) && (p.lower(unitTok+2) == "shift" || p.lower(unitTok+2) == "shifts")) &&
		!(unit == "с" && len(p.lower(unitTok+1)) > 4): // ("Boeing 737 с общим налётом": "with", no seconds)
		// ("4 day-shift nurses" are nurses of the day shift)
		scale := durationUnits[unit]
		q.Class = Duration
		q.Value *= scale
		q.Tolerance *= scale
		explicit = true
		consumed()
		if n := p.halfAfter(j); n > 0 && unitTok >= 0 && q.Tolerance >= scale/2 {
			// "2 años y medio", "3 ans et demi", "2 years and a half"
			q.Value += scale / 2
			q.Tolerance = scale / 4
			j += n
			end = p.toks[j-1].end
		}
	case dataUnits[unit] > 0:
		scale := dataUnits[unit]
		if unitTok >= 0 && bitsPerSecond(p.toks[unitTok].text, p.lower(unitTok+1), p.lower(unitTok+2)) {
			scale /= 8 // "10 Gb/s" links carry gigabits, as "Gbps" does
		}
		q.Class = DataSize
		q.Value *= scale
		q.Tolerance *= scale
		if strings.HasSuffix(unit, "ib") {
			// MiB and MB are written for each other: allow either reading
			q.Tolerance += q.Value * 0.075
		}
		explicit = true
		consumed()
	case dataRateUnits[unit] > 0:
		scale := dataRateUnits[unit]
		q.Class, q.Of = Rate, DataSize
		q.Value *= scale
		q.Tolerance *= scale
		explicit = true
		consumed()
	case (unit == "cents" || unit == "cent") && q.Class != Currency:
		q.Class, q.Currency = Currency, "USD"
		q.Value /= 100
		q.Tolerance /= 100
		explicit = true
		consumed()
	case currencySymbols[unit] != "" && q.Class != Currency && unitTok >= 0:
		// "85.000 €", "1,5 M€": the symbol after the figure
		q.Class, q.Currency = Currency, currencySymbols[unit]
		explicit = true
		consumed()
	case currencyWords[unit] != "" && q.Class != Currency:
		q.Class, q.Currency = Currency, currencyWords[unit]
		explicit = true
		consumed()
	case len(unit) == 4 && (unit[0] == 'm' || unit[0] == 'k' || unit[0] == 't') && len(currencyWords[unit[1:]]) == 3 && q.Class != Currency && !n.magnitude:
		// "25 MSEK", "500 kEUR", "300 TNOK": a magnitude glued to the
		// currency's code, as the Nordics write it
		m := map[byte]float64{'m': 1e6, 'k': 1e3, 't': 1e3}[unit[0]]
		q.Class, q.Currency = Currency, currencyWords[unit[1:]]
		q.Value *= m
		q.Tolerance *= m
		explicit = true
		consumed()
	}

	// rates: 200 RPS, 5M MAU, 2M daily requests, 1,200 operations per
	// second, 40 GB of sensor data per hour, $2.4M in annual revenue
	if q.Class == Currency && p.lower(j) == "per" && dataUnits[p.lower(j+1)] > 0 {
		// "$2.30 per TB per month": the price per unit first, then its period
		j, end = p.perUnits(&q, j, end)
	}
	if q.Class == Count && suffix != "" && (gluedNoun(suffix) || t.kind == tNum && tonnes(t)) {
		q.Noun = suffix // "2.3km" is 2.3 km
	}
	j, end = p.rate(&q, j, end)
	if per := rateWords[p.lower(n.first-1)]; q.Class == Count && per > 0 && q.Noun == "" && n.first > 0 && p.toks[n.first-1].kind == tWord {
		// "peak QPS 12,000", "峰值QPS 1.2万": the rate's name before its figure
		q.Class, q.Of, q.Per = Rate, Count, per
		q.Value /= per
		q.Tolerance /= per
	}
	if q.Class == Count || q.Class == Rate && q.Of == Count {
		if noun, _ := p.nounPhrase(j); noun != "" && q.Noun == "" {
			q.Noun = noun
			if noun == "more" || noun == "others" || noun == "additional" || noun == "extra" {
				q.Noun = p.lastNoun() // "12 runbooks in Q1 and 9 more in Q2"
			}
			// the claim reads "2M users", not "2M"
			// (and "2.5 L", "2,500 mL": a unit written with a capital)
			if t := p.tok(j); t.start >= end && (t.text == t.lower || physicalUnits[t.lower].dim == "volume") && !p.masked.overlaps(t.start, t.end) {
				end = t.end
			}
		}
		if u := durationUnits[q.Noun]; u > 0 && (q.Noun == "hours" || q.Noun == "hrs" || q.Noun == "days" || q.Noun == "weeks" || q.Noun == "minutes" || q.Noun == "mins") && p.nounWithin(n.next, 5, q.Noun) {
			// "10 analyst hours each week": hours of a kind are a duration
			q.Value, q.Tolerance = q.Value*u, q.Tolerance*u
			if q.Class == Count {
				q.Class = Duration
			} else {
				q.Of = Duration
			}
		}
		if q.Noun == "" && (p.is(j, "of", "whom") || p.is(j, "of", "them") || p.is(j, "of", "which") || p.is(j, "of", "these")) {
			q.Noun = p.lastNoun() // "12 new nurses, 9 of whom stayed": nurses
			q.Part = true         // (a part of the figure before it, which may be told in other words)
		}
		// "zero-downtime": the word after the hyphen is the noun
		if q.Noun == "" && unitTok > 0 && p.toks[unitTok-1].text == "-" && p.toks[unitTok].kind == tWord && (q.Value != 0 || noneNouns[unit]) {
			q.Noun = unit
			end = p.toks[unitTok].end
			j = max(j, unitTok+1)
		}
		// "7-person team", "a 6-person team": people
		if unit == "person" || unit == "people" || unit == "member" || unit == "engineer" || unit == "strong" {
			q.Noun = "people"
			end = p.toks[unitTok].end
			j = max(j, unitTok+1)
		}
	}
	if q.Class == Currency || q.Class == Count || q.Class == Duration {
		j, end = p.perUnits(&q, j, end) // "$4 per 1,000 requests", "3 ms per document"
	}
	opening := n.first
	if currencyAt >= 0 {
		opening = currencyAt
	}
	if q.Class == Currency && q.PerUnits == 0 && p.averageBefore(opening) {
		// "an average sale price of $427K": an amount per item
		q.PerUnits, q.Noun = 1, "per item"
	}
	if q.Class == Currency && q.PerUnits == 0 && (p.eachBefore(opening) || p.eachAfter(j)) {
		// "64 deals, each worth $4.8M", "$2.6M for each of 4 programs"
		q.PerUnits, q.Noun, q.Each = 1, "per item", true
	}
	if q.Class == Count && (p.eachCloses(j) || p.eachOpens(opening)) {
		q.Each = true // "3 sites with 350 employees each", "mit je 5.000 Besuchern"
	}
	if q.Class == Count && !q.Each && p.totalAround(opening, j) {
		q.Total = true // "about 5,000 visitors in total", "insgesamt 5.000"
	}
	if q.Class == Rate && q.Of == Currency && p.eachAfter(j) {
		q.Each = true // "a $1.8M annual budget for each of 3 units"
	}
	if q.Class == Duration && q.PerUnits == 0 && p.eachIn(n.first) {
		// "scores each loan application in 20 ms": a time per item
		q.PerUnits = 1
		if q.Noun == "" {
			q.Noun = "per item"
		}
	}

	// the hedge, now that the class and the end are known
	q.End = end
	bound, hedgeStart := p.hedgeBefore(n.first, &q)
	if currencyAt >= 0 {
		if b, hs := p.hedgeBefore(currencyAt, &q); hs >= 0 {
			bound, hedgeStart = b, hs
		}
	}
	q.Bound = bound
	if plus {
		q.Bound = AtLeast
	}
	if b, ok := cjkBoundAfter(p.text[end:min(len(p.text), end+24)]); ok && q.Bound == Exact {
		q.Bound = b // "300건 이상", "50名以上": the bound follows the figure
	} else if b, ok := turkishBoundAfter(p.text[end:min(len(p.text), end+24)]); ok && q.Bound == Exact {
		q.Bound = b // "60'tan fazla": Turkish too
	}
	if hedgeStart >= 0 && hedgeStart < start {
		start = hedgeStart
	}
	q.Text = p.text[start:end]
	q.Start, q.End = start, end
	if q.Class == Count {
		// "all but one of 20 projects" are 19 of them: the whole, less
		// the few
		k := n.first - 1
		if p.lower(k) == "the" {
			k--
		}
		if p.lower(k) == "of" && (p.is(k-3, "all", "but") || p.is(k-3, "all", "except")) {
			few, ok := p.number(k - 1)
			if p.lower(k-1) == "one" {
				few, ok = numParse{value: 1}, true
			}
			if ok && few.value < q.Value {
				q.Value, q.Number = q.Value-few.value, q.Value-few.value
				start = p.toks[k-3].start
			}
		}
	}
	if q.Class == Percent && q.Value <= 100 && (p.is(n.first-2, "all", "but") || p.is(n.first-2, "all", "except")) {
		// "on all but 2% of shifts" is on 98% of them
		q.Value = 100 - q.Value
	}
	q.All = p.lower(n.first-1) == "all" || p.is(n.first-3, "every", "one", "of")
	q.bare = !explicit && q.Class == Count && q.Noun == ""
	q.unitless = !explicit && q.Class == Count
	return p.add(q, n.first, j), j
}

// spanAdjective: w may stand between a number, or "a", and a unit of time:
// "two prior years", "5 business days", "a single quarter".
func spanAdjective(w string) bool {
	switch w {
	case "prior", "previous", "past", "full", "additional", "more", "straight", "consecutive", "extra", "further", "whole",
		"single", "calendar", "working", "business", "solid", "entire", "subsequent", "successive", "academic", "school", "fiscal", "financial":
		return true
	}
	return false
}

// averageBefore: "average", "averaging" or "avg" is among the few words
// before the figure ("an average deal size of $48K").
func (p *parser) averageBefore(first int) bool {
	for k := first - 1; k >= max(0, first-6); k-- {
		switch w := p.lower(k); w {
		case "average", "averaging", "avg", "averaged":
			return true
		case ",", ".", ";", "and":
			return false
		}
	}
	return false
}

// afterUnit is the token after a unit written apart (unitTok), or j
// after one glued to its number ("3x").
func afterUnit(unitTok, j int) int {
	if unitTok >= 0 {
		return unitTok + 1
	}
	return j
}

// timesPeriod: the period a bare period word or adjective at token k
// names after "3x" ("3x week", "2x daily"), when no noun follows it ("3x
// daily active users" is a multiple), or 0.
func (p *parser) timesPeriod(k int) float64 {
	w := p.lower(k)
	per, ok := rateAdjectives[w]
	if !ok {
		switch w {
		case "week", "wk", "day", "month", "year":
			per = perUnits[w]
		}
	}
	if per == 0 {
		return 0
	}
	if n := p.tok(k + 1); n != nil && (n.kind == tWord && !nounStop[n.lower] && n.lower != "and" && n.lower != "or" || n.lower == "over" || n.lower == "on" || n.text == "-") {
		return 0 // ("3x daily active users", "3x year over year", "3x year-on-year")
	}
	return per
}

// perPeriodAt: "/day", "/wk", "per month", "a week" opens at token k;
// for "pts", "per shift" too ("5-6 pts per shift" counts patients).
func (p *parser) perPeriodAt(k int) bool {
	switch p.lower(k) {
	case "/", "per":
		if p.lower(k-1) == "pts" {
			return true
		}
	case "a", "an", "each", "every":
	default:
		return false
	}
	_, ok := perUnits[p.lower(k+1)]
	return ok
}

// hourKinds name the hours a trade or course counts: "6,000 field hours",
// "500 clinical hours", "40 contact hours".
var hourKinds = map[string]bool{"total": true, "field": true, "flight": true, "clinical": true, "volunteer": true, "contact": true,
	"billable": true, "training": true, "overtime": true, "lab": true, "practicum": true, "shadowing": true,
	"classroom": true, "teaching": true, "service": true, "simulator": true, "study": true, "apprenticeship": true,
	"instruction": true, "internship": true, "supervised": true, "credit": true, "site": true, "bench": true}

// spanUnitAt: token k is a unit of time written as a word ("years", not
// "s" or "d").
func (p *parser) spanUnitAt(k int) bool {
	t := p.tok(k)
	return t != nil && t.kind == tWord && (len(t.lower) > 2 || t.lower == "yr" || t.lower == "wk" || t.lower == "mo" || t.lower == "hr") && durationUnits[t.lower] > 0
}

// lastNoun is the counted noun of the last figure read with one, among
// the few before (a long text must not cost the square of its figures).
func (p *parser) lastNoun() string {
	for k := len(p.out) - 1; k >= max(0, len(p.out)-8); k-- {
		if n := p.out[k].Noun; n != "" && !strings.HasPrefix(n, "per ") {
			return n
		}
	}
	return ""
}

// foreignTimes are "times" in the languages sources are written in.
var foreignTimes = map[string]bool{"veces": true, "vezes": true, "volte": true, "fois": true, "keer": true, "maal": true, "razy": true,
	"krát": true, "gånger": true, "ganger": true, "gange": true, "kertaa": true, "kat": true, "kez": true, "mal": true, "lần": true, "kali": true}

// comparativeAfter: the words after "N times" compare ("más rápido",
// "plus rapide", "menor", "sneller", "daha hızlı").
func comparativeAfter(w, next string) bool {
	switch w {
	case "más", "menos", "menor", "mayor", "mais", "maior", "più", "meno", "minore", "maggiore", "plus", "moins", "meer", "minder",
		"więcej", "mniej", "mer", "mindre", "mere", "daha", "više", "více", "méně", "enemmän", "vähemmän", "nhanh", "lebih":
		return true
	}
	return strings.HasSuffix(w, "er") && len(w) > 4 && !english.IsWord(w) || strings.HasSuffix(w, "ej") && len(w) > 4 || strings.HasSuffix(w, "mmin")
}

// timesRate: "times" followed by a period reads "3 times a week", not a
// multiple.
func (p *parser) timesRate(k int) bool {
	w := p.lower(k)
	if _, ok := rateAdjectives[w]; ok {
		return true
	}
	switch w {
	case "a", "an", "per", "each", "every":
		_, ok := perUnits[p.lower(k+1)]
		return ok
	}
	return false
}

// countedEvents are participles after which "N times" counts events
// ("cited 120 times", "downloaded 50,000 times"); after a verb of change
// ("increased 3 times") it is a multiple.
var countedEvents = map[string]bool{
	"downloaded": true, "viewed": true, "cited": true, "searched": true, "played": true, "streamed": true, "installed": true,
	"shared": true, "accessed": true, "visited": true, "watched": true, "retweeted": true, "forked": true,
	"starred": true, "cloned": true, "called": true, "invoked": true, "executed": true, "run": true,
	"deployed": true, "released": true, "published": true, "featured": true, "mentioned": true, "quoted": true,
	"broadcast": true, "aired": true, "presented": true, "taught": true, "delivered": true, "awarded": true,
	"nominated": true, "read": true, "opened": true, "clicked": true, "booked": true, "reordered": true,
	"used": true, "performed": true, "screened": true, "recognized": true, "recognised": true,
}

// timesCounted: the number at first follows a participle that counts
// events, and no comparison follows "times" at unitTok ("3 times faster").
func (p *parser) timesCounted(first, unitTok int) bool {
	v := p.verbBefore(first) // (over the hedge: "downloaded more than 10,000 times")
	if v < 0 || unitTok < 0 || !countedEvents[p.lower(v)] {
		return false
	}
	next := p.lower(unitTok + 1)
	if next == "as" && p.lower(unitTok+2) == "of" {
		return true // "cited 310 times as of March 2024"
	}
	switch next {
	case "more", "less", "fewer", "as", "faster", "slower", "higher", "lower", "larger", "smaller", "bigger", "greater", "over", "the":
		return false
	}
	return true
}

// verbBefore is the index of the word before the figure at first, past
// its hedge ("downloaded more than 10,000 times": "downloaded").
func (p *parser) verbBefore(first int) int {
	v := first - 1
	for v > 0 {
		if _, hedge := hedgeWords[p.lower(v)]; hedge {
			v--
		} else if p.lower(v) == "than" && (p.lower(v-1) == "more" || p.lower(v-1) == "over") || p.lower(v) == "to" && p.lower(v-1) == "up" {
			v -= 2
		} else {
			break
		}
	}
	return v
}

// foreignFrom: w says "from" in the source's language.
func foreignFrom(w string) bool {
	switch w {
	case "de", "von", "da", "desde", "van", "z", "od", "с", "со", "от", "з", "від", "từ", "dari", "från", "fra":
		return true
	}
	return false
}

// eventNoun names the events a verb counts: "downloaded" counts
// downloads, "cited" citations.
func eventNoun(verb string) string {
	switch verb {
	case "cited":
		return "citations"
	case "called", "invoked":
		return "calls"
	}
	if v, _, ok := english.LookupVerb(verb); ok {
		return v.Base + "s"
	}
	if b, ok := strings.CutSuffix(verb, "ed"); ok {
		if english.IsWord(b) {
			return b + "s" // downloaded: downloads
		}
		return b + "es" // shared: shares
	}
	return verb
}

// overIdiom: the unit at k opens "quarter over quarter", "year-over-year":
// a comparison, not a span ("from 18 to 7 quarter over quarter").
func (p *parser) overIdiom(k int) bool {
	if k < 0 {
		return false
	}
	switch p.lower(k + 1) {
	case "over":
		return p.lower(k+2) == p.lower(k)
	case "-":
		return p.is(k+2, "over", "-", p.lower(k))
	}
	return false
}

// fraction: "three quarters of", "by two thirds" read as a share, not a
// span of time.
func (p *parser) fraction(k int) bool {
	if k < 0 {
		return false
	}
	w := p.lower(k)
	if (w == "quarter" || w == "quarters") && p.lower(k+1) == "of" && !p.when(k+2) && p.lower(k+2) != "fy" {
		// "two quarters of pilots" is a span: a share is written in
		// lowest terms
		n, _, ok := p.smallNumber(k - 1)
		return !ok || n != 2
	}
	return false
}

// endsClause: the text ends, or a clause does, at byte end.
func (p *parser) endsClause(end int) bool {
	for _, t := range p.toks {
		if t.start >= end {
			return t.kind == tSym && strings.ContainsAny(t.text, ".;,)")
		}
	}
	return true
}

// overIsPreposition: "over" between a noun and a count or span of time is a
// preposition ("a harness over 50K queries", "migrated 40 services over 6
// months"), not the hedge of "served over 2M users".
func (p *parser) overIsPreposition(over int, q *Quantity) bool {
	if q.Class == Percent || q.Class == Multiplier || q.Class == Points || q.Class == Currency {
		return false
	}
	if q.Class == Count && q.Noun == "" {
		return false
	}
	prev := p.tok(over - 1)
	if prev == nil || prev.kind == tSym && strings.ContainsAny(prev.text, ".;:") {
		// "Over six months, decomposed the app": a span opening the
		// sentence is when it happened
		if q.Class != Duration {
			return false
		}
		for k := over + 1; k < over+7 && k < len(p.toks); k++ { // ("Over six months in 2022, ...")
			if p.lower(k) == "," {
				return true
			}
			if p.toks[k].kind == tSym {
				return false
			}
		}
		// "Over two years I raised...": a subject follows the span; "Over
		// 10 years of experience" is more than ten
		k := over + 1
		for k < len(p.toks) && p.toks[k].start < q.End {
			k++
		}
		n := p.tok(k)
		return n != nil && n.kind == tWord && (n.lower == "i" || n.lower == "we" || n.lower == "the" || n.lower == "our" || n.lower == "my")
	}
	if q.Class == Duration && strings.HasPrefix(p.text[q.End:], " (") && len(p.text) >= q.End+4 && isDigitB(p.text[q.End+2]) {
		return true // "over three years (2018–2021)": when it happened
	}
	if prev.text == "," && q.Class == Duration && p.endsClause(q.End) {
		// "from 62% to 81%, over two years.": a span set off at the end
		// of a clause is when it happened
		return true
	}
	if prev.kind == tSym {
		// "grew users 200% over 18 months": after another figure
		return prev.text == "%" || prev.text == ")"
	}
	switch prev.lower {
	case "by", "of", "for", "to", "from", "with", "at", "in", "on", "into", "onto", "through", "via", "against", "and", "or", "across", "among", "than", "is", "was", "were", "are", "be", "been", "just", "well", "still", "worth", "valued", "totalling", "totaling":
		return false
	}
	if prev.kind == tNum {
		return true
	}
	if timeObjectVerbs[prev.lower] {
		return false
	}
	if q.Class == Duration || q.Class == Rate && q.Of == Duration {
		// "saved the team over 300 hours": the verb takes the time
		for k := over - 2; k >= max(0, over-4); k-- {
			if timeObjectVerbs[p.lower(k)] {
				return false
			}
		}
	}
	_, form, ok := english.LookupVerb(prev.lower)
	// "processes over 50,000 tasks" too, but not a plural noun after its
	// count or article ("40 services over 6 months")
	third := ok && form == english.FormThird && (p.tok(over-2) == nil || p.tok(over-2).kind != tNum && !articles[p.lower(over-2)]) ||
		ok && form == english.FormBase && relativeOrModal[p.lower(over-2)] // "APIs that handle over 1,000 requests"
	verb := ok && (form == english.FormPast || form == english.FormIng) || third ||
		!ok && len(prev.lower) >= 5 && strings.HasSuffix(prev.lower, "ed") && !strings.HasSuffix(prev.lower, "eed") // "backfilled"
	if !verb {
		return true
	}
	// "served over 2M users", "saved over 200 hours"; but a span of time
	// after a verb that does not take one as its object is when it
	// happened: "15 projects shipped over three years", unless it is
	// hours of something done ("completed over 40 hours of training")
	if q.Class == Duration {
		k := over + 1
		for k < len(p.toks) && p.toks[k].start < q.End {
			k++
		}
		return p.lower(k) != "of"
	}
	return false
}

// relativeOrModal before a base form make it a verb: "that handle", "can
// serve", "to process".
var relativeOrModal = map[string]bool{"that": true, "which": true, "who": true, "to": true, "can": true, "could": true, "will": true,
	"would": true, "must": true, "should": true}

// timeObjectVerbs take an amount of time as their object: "saved over 200
// hours", "spent over 3 years".
var timeObjectVerbs = map[string]bool{"saved": true, "saving": true, "spent": true, "spending": true, "took": true, "taking": true,
	"lasted": true, "lasting": true, "cut": true, "cutting": true, "reduced": true, "reducing": true, "shaved": true, "shaving": true,
	"freed": true, "freeing": true, "reclaimed": true, "reclaiming": true, "waited": true, "averaged": true, "averaging": true,
	"logged": true, "logging": true, "clocked": true, "trimmed": true, "trimming": true, "eliminated": true, "removed": true,
	"added": true, "adding": true, "lost": true, "required": true, "requiring": true, "needed": true,
	"volunteered": true, "invested": true, "investing": true, "dedicated": true, "devoted": true, "spanned": true, "spanning": true}

// hedgeBefore finds a hedge word or phrase ending just before token i,
// returning the bound and the hedge's start offset (-1 if none).
// fromFigureBefore: "from" and a figure come just before token k ("from
// 97.8% up to").
func (p *parser) fromFigureBefore(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		if t := &p.toks[j]; t.kind == tNum {
			for f := j - 1; f >= max(0, j-3); f-- {
				if p.lower(f) == "from" {
					return true
				}
			}
			return false
		}
	}
	return false
}

func (p *parser) hedgeBefore(i int, q *Quantity) (Bound, int) {
	prev := p.tok(i - 1)
	if prev == nil {
		return Exact, -1
	}
	if prev.text == "~" || prev.text == "≈" {
		return Approx, prev.start
	}
	if prev.text == "-" && p.lower(i-2) == "sub" { // sub-200ms
		return Below, p.toks[i-2].start
	}
	if prev.text == "-" && p.lower(i-2) == "כ" && !p.toks[i-2].spaceAfter { // Hebrew "כ-20": about 20
		return Approx, p.toks[i-2].start
	}
	if prev.text != "" && prev.text[0] >= 0xE0 {
		// Chinese and Japanese write the hedge glued to the figure: "超过200万字"
		before := p.text[:prev.end]
		for _, h := range cjkHedges {
			if !strings.HasSuffix(before, h.word) {
				continue
			}
			// (a hedge of one character may end a word: 签约 signs, 节约
			// saves, 最近 is recent)
			if r, _ := utf8.DecodeLastRuneInString(before[:len(before)-len(h.word)]); utf8.RuneCountInString(h.word) == 1 && unicode.Is(unicode.Han, r) {
				continue
			}
			return h.bound, prev.end - len(h.word)
		}
	}
	for _, h := range hedgePhrases {
		if h.words[len(h.words)-1] != prev.lower {
			continue // (most phrases end with another word: one compare)
		}
		k := i - len(h.words)
		if k < 0 {
			continue
		}
		ok := true
		for n, w := range h.words {
			if p.lower(k+n) != w {
				ok = false
				break
			}
		}
		if ok && h.bound == AtMost && h.words[0] == "up" && (p.fromFigureBefore(k) || riseVerbs[p.lower(k-1)]) {
			// ("reliability went up to 99.1%": where it rose to)
			return Exact, -1 // "from 97.8% up to 99.6%": where a change ended, no ceiling
		}
		if ok {
			return h.bound, p.toks[k].start
		}
	}
	switch prev.text {
	case "<", "≤":
		if p.lower(i-2) != "<" { // not "<<"
			return map[string]Bound{"<": Below, "≤": AtMost}[prev.text], prev.start
		}
	case ">", "≥":
		if prev.text == ">" && p.lower(i-2) == "-" {
			return Exact, -1 // "->" is an arrow
		}
		return AtLeast, prev.start
	}
	if prev.lower == "past" && prev.kind == tWord {
		// "scaled past 2M users"; not "the past 3 years"
		switch p.lower(i - 2) {
		case "the", "these", "those", "its", "their", "our", "my", "his", "her", "for", "in", "during", "over", "of":
			return Exact, -1
		}
		return AtLeast, prev.start
	}
	if prev.text == "." && i >= 2 && !p.toks[i-2].spaceAfter {
		if w := p.lower(i - 2); w == "approx" || w == "ca" || w == "est" || w == "kb" || w == "cca" || w == "aprox" {
			return Approx, p.toks[i-2].start // "approx. €85.000", "ca. 40"
		}
	}
	hw := prev.lower
	if hw != "" && hw[0] >= 0x80 {
		hw = strings.ToLower(hw) // "Über 3.500" opening a sentence
	}
	if b, ok := hedgeWords[hw]; ok && prev.kind == tWord {
		if prev.lower == "an" {
			return Exact, -1
		}
		if prev.lower == "under" && scandinavianSpans[p.lower(i+1)] {
			return Exact, -1 // Swedish "under 6 veckor": during, no ceiling
		}
		if prev.lower == "over" && p.overIsPreposition(i-1, q) {
			return Exact, -1
		}
		return b, prev.start
	}
	if prev.lower == "estimated" && p.lower(i-2) == "an" {
		return Approx, p.toks[i-2].start
	}
	if (prev.lower == "до" || prev.lower == "do" && !english.IsEnglish(p.text) || prev.lower == "až") && prev.kind == tWord && !p.fromBefore(i-1) && !p.changeVerbAhead(i-1) &&
		(p.tok(i-2) == nil || p.toks[i-2].kind != tNum) {
		// "до 120 звонков в смену", "do 40 zgłoszeń": up to, when no "от",
		// "с" or "z" opens a range before it
		return AtMost, prev.start
	}
	return Exact, -1
}

// spanNouns name a stretch of time or work, not a thing shared out: "per
// shift" and "per school year" are periods.
var spanNouns = map[string]bool{"shift": true, "school": true, "semester": true, "term": true, "session": true, "class": true, "cohort": true,
	"sprint": true, "season": true, "night": true, "visit": true, "game": true, "match": true, "event": true, "project": true, "course": true,
	"trip": true, "run": true, "cycle": true, "release": true, "round": true, "batch": true, "service": true, "academic": true, "fiscal": true}

// ordinalSecond: "second" before "-grade", "-year", "-language" is the
// ordinal ("25 second-grade pupils"), no unit of time.
func (p *parser) ordinalSecond(k int) bool {
	if k < 0 || p.lower(k) != "second" {
		return false
	}
	next := k + 2 // "second-year students"
	if p.lower(k+1) != "-" || p.toks[k].spaceAfter {
		next = k + 1 // "600 second graders"
	}
	switch p.lower(next) {
	case "grade", "grader", "graders", "year", "place", "language", "hand", "level", "line", "tier", "round", "degree", "shift", "half", "largest", "highest":
		return true
	}
	return false
}

// foreignAnd join two phrases in the languages sources are written in.
var foreignAnd = map[string]bool{"e": true, "y": true, "et": true, "und": true, "oraz": true, "ve": true, "och": true, "og": true}

// romanceOf joins a noun to its complement in French, Spanish, Italian and
// Portuguese ("dossiers de contentieux", "pratiche di rimborso").
// perWords share a count out per thing ("4 stops per driver", "4 paradas
// por conductor", "4 arrêts par chauffeur", "4 Stopps je Fahrer").
var perWords = map[string]bool{"per": true, "por": true, "par": true, "pro": true, "je": true}

// RomanceLink reports whether w joins a head noun to its complement ("fiere
// di settore", "mandats de vente"): the judge's per-item arithmetic asks it.
func RomanceLink(w string) bool { return romanceOf[w] }

var romanceOf = map[string]bool{"de": true, "des": true, "du": true, "di": true, "del": true, "della": true, "do": true, "da": true, "dos": true, "das": true}

// rateable: classes a period can make a rate of.
func rateable(c Class) bool { return c == Count || c == Currency || c == DataSize || c == Duration }

// rate reads what makes a figure a rate: a rate word (RPS, MAU), an
// adjective (daily), or "per second", "/s", "a day" after up to three noun
// words, or after "of"/"in" and up to four words ("40 GB of sensor data per
// hour", "$2.4M in annual revenue").
func (p *parser) rate(q *Quantity, j, end int) (int, int) {
	if !rateable(q.Class) {
		return j, end
	}
	of := q.Class
	setRate := func(per float64) {
		q.Of = of
		q.Class = Rate
		q.Per = per
		if per > 0 {
			q.Value /= per
			q.Tolerance /= per
		}
	}
	w := p.lower(j)
	if (w == "d'" || w == "de" || w == "di" || w == "d") && of == Currency && (p.lower(j+1) == "arr" || p.lower(j+1) == "mrr") {
		// "1,2 M€ d'ARR", "1,2 M€ de ARR": the French and Spanish "of"
		j, w = j+1, p.lower(j+1)
	} else if rest, ok := strings.CutPrefix(w, "d'"); ok && of == Currency && (rest == "arr" || rest == "mrr") {
		w = rest // (one word: "d'ARR")
	}
	if t := p.tok(j); t != nil && t.kind == tSym && t.text[0] == 0xE0 {
		// Thai: a classifier, then "per" and its period in one run ("25
		// คันต่อวัน")
		run := p.text[t.start:]
		if sp := strings.IndexByte(run, ' '); sp >= 0 {
			run = run[:sp]
		}
		for _, tp := range thaiPeriods {
			if at := strings.Index(run, tp.word); at >= 0 && at <= 12 {
				setRate(tp.per)
				k := j
				for k < len(p.toks) && p.toks[k].start < t.start+at+len(tp.word) {
					k++
				}
				return k, p.toks[k-1].end
			}
		}
	}
	if w == "-" && p.is(j+1, "a", "-") && perUnits[p.lower(j+3)] > 0 {
		setRate(perUnits[p.lower(j+3)]) // "a $2.1M-a-year contract"
		return j + 4, p.toks[j+3].end
	}
	if per, ok := rateWords[w]; ok && p.tok(j).kind == tWord && of != Duration {
		if per == 0 { // "ops" needs /s or per second after it
			if k, per2 := p.perAfter(j + 1); per2 > 0 {
				setRate(per2)
				return k, p.toks[k-1].end
			}
			return j, end
		}
		setRate(per)
		return j + 1, p.toks[j].end
	}
	if per, ok := rateAdjectives[w]; ok && !(w == "hourly" && hourlyWorkers[p.lower(j+1)]) {
		j++
		end = p.toks[j-1].end
		defer func() { setRate(per) }()
		// the noun after: "daily active users", "weekly test cases"
		prev := ""
		for k := 0; k < 3; k++ {
			t := p.tok(j)
			if t == nil || t.kind != tWord || nounStop[t.lower] {
				break
			}
			q.Noun = t.lower
			if prev != "" && familyOf(prev+" "+t.lower) != "" {
				q.Noun = prev + " " + t.lower
			}
			prev = t.lower
			j++
		}
		if k, per2 := p.perAfter(j); per2 > 0 && q.Noun != "" {
			// "180 quarterly VAT returns a year": the adjective names the
			// things, the period after them is the rate's
			per = per2
			return k, p.toks[k-1].end
		}
		return j, end
	}
	if o := j + btoi(w != "("); p.lower(o) == "(" && p.tok(o+1) != nil && p.toks[o+1].kind == tNum && (o == j || physicalUnits[w].dim != "") {
		// "roughly 4,000 km (2,500 miles) a week": the period after the
		// restatement in brackets is the figure's too
		for k := o + 2; k < min(len(p.toks), o+6); k++ {
			if p.toks[k].text == ")" {
				if _, per := p.perAfter(k + 1); per > 0 {
					setRate(per)
				}
				break
			}
		}
		return j, end
	}
	// up to four noun words (after "of"/"in", or a unit and "of"; "and"
	// not counted), then per/a/each/every unit, "/s", or a trailing
	// adjective ("requests daily")
	k := j
	limit := 5
	unitNoun := ""
	if w == "of" || w == "in" {
		k++
		limit++ // ("40 GB of wind-farm PLC sensor data per day")
	} else if physicalUnits[w].dim != "" && p.lower(j+1) == "of" {
		k += 2 // "3.5 km of cable a month": a length of a thing, per month
		unitNoun = w
	}
	complement, andJoined := false, false
	for n := 0; n < limit; n++ {
		if twiceWords[p.lower(k)] > 0 || k > j && timesWords[p.lower(k+1)] {
			break // "600 працівників двічі на рік": the period is the drills', not the staff's
		}
		if kk, per := p.perAfter(k); per > 0 {
			setRate(per)
			if unitNoun != "" && q.Noun == "" {
				q.Noun = unitNoun // (the unit stays the noun the figure measures in)
			}
			if n > 0 && q.Noun == "" && p.lower(k-1) != "of" && p.lower(k-1) != "in" {
				at := k - 1
				if q.PerItem != "" && p.lower(k-2) == "per" && k-3 >= j {
					at = k - 3 // "40 tickets per agent per day" counts tickets
				}
				for at > j && (p.toks[at].kind == tNum || p.toks[at].text == "-") {
					at-- // "6 Sev-2s a month" count Sev-2s
				}
				q.Noun = p.toks[at].lower
			}
			return kk, p.toks[kk-1].end
		}
		if per, ok := rateAdjectives[p.lower(k)]; ok && (n > 0 || k > j) && p.lower(k-1) != "and" && p.lower(k-1) != "or" && p.lower(k-1) != "," {
			// (but "4 staff and weekly sales": the adjective is the next noun's)
			setRate(per)
			if k+1 < len(p.toks) && p.toks[k+1].kind == tWord && !nounStop[p.lower(k+1)] && p.lower(k-1) == "in" {
				q.Noun = p.lower(k + 1) // "in annual revenue"
			}
			return j, end
		}
		t := p.tok(k)
		if t != nil && t.text == "-" && !t.spaceAfter && k > j {
			k++ // "plant-floor sensor data": the hyphen is no word
			n--
			continue
		}
		if t != nil && t.text == "/" && !t.spaceAfter && k > j && !p.toks[k-1].spaceAfter && p.tok(k+1) != nil && p.toks[k+1].kind == tWord && perUnits[p.lower(k+1)] == 0 {
			k++ // "12 spay/neuter surgeries per day": the slash joins two words
			n--
			continue
		}
		if t != nil && t.kind == tNum && k > j && (identifierNouns[p.lower(k-1)] || p.lower(k-1) == "-" && identifierNouns[p.lower(k-2)]) {
			k++ // "60 Tier 1 support tickets a day": a name inside the noun
			n--
			continue
		}
		if t != nil && t.kind == tWord && nounStop[t.lower] && p.glued(k) {
			k++ // "at-risk accounts per month"
			n--
			continue
		}
		if nt := p.tok(k + 1); t != nil && (t.lower == "and" || t.text == "&") && k > j && !andJoined && nt != nil && nt.kind == tWord && !nounStop[nt.lower] &&
			!strings.HasSuffix(nt.lower, "ed") && !strings.HasSuffix(nt.lower, "ing") && !pastVerb(nt.lower) {
			k++ // "15 subpoenas and deposition notices per week": two nouns, one rate
			andJoined, limit = true, limit+1
			n--
			continue
		}
		if t != nil && (t.text == "'" || t.text == "’") && k > j && !p.toks[k-1].spaceAfter && !t.spaceAfter {
			k++ // "dossiers prud'homaux par an": one word
			n--
			continue
		}
		if t != nil && k > j && romanceOf[t.lower] && !complement {
			k++ // "120 dossiers de contentieux par an": a noun's complement
			n--
			complement = true
			continue
		}
		if t == nil || t.kind != tWord || nounStop[t.lower] && !perWords[t.lower] || p.masked.overlaps(t.start, t.end) && of == Duration {
			break
		}
		if perWords[t.lower] && k > j && (of == Count || of == Currency) {
			if nt := p.tok(k + 1); nt != nil && nt.kind == tWord && !nounStop[nt.lower] && perUnits[nt.lower] == 0 && !spanNouns[nt.lower] {
				q.PerItem = lemma(nt.lower) // "4 stops per driver"
			}
		}
		if k > j && (numberWords[t.lower] > 0 || t.lower == "once" || t.lower == "twice") {
			break // "800 stores four times an hour": another figure's rate
		}
		k++
	}
	return j, end
}

// eachBefore: "each worth", "each valued at", "each at" end right before
// token k.
func (p *parser) eachBefore(k int) bool {
	switch {
	case p.is(k-2, "each", "worth"), p.is(k-2, "each", "at"), p.is(k-3, "each", "valued", "at"), p.is(k-3, "each", "worth", "about"):
		return true
	case p.lower(k-2) == "each" && strings.HasSuffix(p.lower(k-1), "ing"), p.lower(k-3) == "each" && strings.HasSuffix(p.lower(k-2), "ing") && hedgeWords[p.lower(k-1)] != 0:
		return true // "each generating $3.4M", "each bringing in about $2M"
	}
	return false
}

// riseVerbs say a figure rose, so "up to" after them is where it ended.
var riseVerbs = map[string]bool{"went": true, "go": true, "goes": true, "rose": true, "risen": true, "climbed": true, "jumped": true, "grew": true, "increased": true, "moved": true, "ramped": true}

// changeStems open verbs of change: after one, "до" and "do" say where the
// change ended ("увеличил выручку до 5 млн"), no ceiling.
var changeStems = []string{"увелич", "сократ", "сниз", "повыс", "уменьш", "вырос", "выросл", "довел", "доведен", "поднял", "збільш", "скорот", "знизи",
	"підвищ", "зменш", "zwiększ", "zmniejsz", "obniż", "skróci", "podniós", "wzrós", "wzrosł", "zvýš", "sníž", "zkrát", "vzrost"}

// changeVerbAhead: a verb of change stands in the clause before token k.
func (p *parser) changeVerbAhead(k int) bool {
	for b := k - 1; b >= max(0, k-8); b-- {
		t := p.toks[b]
		if t.kind == tSym && strings.ContainsAny(t.text, ".;:!?") {
			return false
		}
		for _, stem := range changeStems {
			if strings.HasPrefix(t.lower, stem) {
				return true
			}
		}
	}
	return false
}

// cjkHedges are hedges Chinese and Japanese write right before a figure.
var cjkHedges = []struct {
	word  string
	bound Bound
}{{"超过", AtLeast}, {"超過", AtLeast}, {"逾", AtLeast}, {"多于", AtLeast}, {"不少于", AtLeast}, {"将近", AtMost}, {"近", AtMost},
	{"不到", Below}, {"少于", Below}, {"最多", AtMost}, {"大约", Approx}, {"约", Approx}, {"約", Approx}, {"大概", Approx},
	{"ประมาณ", Approx}, {"เกือบ", AtMost}, {"มากกว่า", AtLeast}, {"กว่า", AtLeast}, {"ไม่ต่ำกว่า", AtLeast}}

// fromBefore: a word for "from" stands among the few tokens before k,
// with a figure after it ("с 5 до 2", "z 3 dni do 1 dnia", "od 10 do 20").
func (p *parser) fromBefore(k int) bool {
	for b := k - 1; b >= max(0, k-5); b-- {
		switch p.lower(b) {
		case "от", "с", "со", "з", "із", "od", "z", "ze", "від":
			return true
		}
		if t := p.toks[b]; t.kind == tSym && strings.ContainsAny(t.text, ";:!?()") {
			return false
		}
	}
	return false
}

// eachOpens: a word for "each" stands right before the figure at token k,
// a hedge between ("mit je ca. 5.000 Besuchern", "chacun environ 300").
func (p *parser) eachOpens(k int) bool {
	w := p.lower(k - 1)
	if hedgeWords[w] != 0 || w == "." && hedgeWords[p.lower(k-2)] != 0 {
		k -= 1 + strings.Count(w, ".")
		w = p.lower(k - 1)
	}
	switch w {
	case "je", "jeweils", "chacun", "chacune", "cada", "ciascuno", "ciascuna", "każdy", "każda", "по", "elk", "telkens":
		return true
	}
	return false
}

// totalWords mark a count as the sum over items ("in total", "insgesamt").
var totalWords = map[string]bool{"total": true, "altogether": true, "combined": true, "insgesamt": true, "gesamt": true, "totaal": true,
	"łącznie": true, "всего": true, "загалом": true, "toplam": true, "totale": true, "totalt": true, "yhteensä": true, "celkem": true}

// totalAround: a total word stands just before the figure at token k or
// just after its end ("a total of 5,000", "5,000 visitors in total",
// "insgesamt rund 5.000").
func (p *parser) totalAround(k, end int) bool {
	for b := k - 1; b >= max(0, k-3); b-- {
		w := p.lower(b)
		if totalWords[w] {
			return true
		}
		if hedgeWords[w] == 0 && w != "." && w != "a" && w != "of" && w != "in" && w != "en" && w != "au" {
			break
		}
	}
	// (after the noun, which may not be read yet: "5,000 visitors in total")
	for a := end; a < min(len(p.toks), end+4); a++ {
		w := p.lower(a)
		if totalWords[w] && (w != "total" || p.lower(a-1) == "in" || p.lower(a-1) == "en" || p.lower(a-1) == "au" || a+1 >= len(p.toks) || p.toks[a+1].kind == tSym) {
			return true
		}
		if p.toks[a].kind != tWord || nounStop[w] && w != "in" && w != "en" && w != "au" {
			break
		}
	}
	return false
}

// eachAfter: "for each of", "for every", "per each" follow in the clause
// from token k ("a $2.6M budget for each of 4 programs").
func (p *parser) eachAfter(k int) bool {
	for end := k + 6; k < end && k < len(p.toks); k++ {
		t := &p.toks[k]
		if t.kind == tSym && (t.text == "," || t.text == ";" || t.text == "." || t.text == ":") || t.kind == tNum {
			return false
		}
		if p.is(k, "for", "each") || p.is(k, "for", "every") || p.is(k, "per", "each") || p.is(k, "each", "of") {
			return true
		}
	}
	return false
}

// pastVerb: w is a verb in the past or the third person ("held",
// "runs"), which opens another clause.
func pastVerb(w string) bool {
	_, form, ok := english.LookupVerb(w)
	return ok && (form == english.FormPast || form == english.FormThird)
}

// eachThenPlace are words that open a phrase after "each" that does not
// count a period: "1,200 VMs each to Azure".
var eachThenPlace = map[string]bool{"to": true, "into": true, "onto": true, "in": true, "on": true, "at": true, "across": true, "with": true, "for": true, "from": true, "and": true}

// eachCloses: "each" or "apiece" closes the clause after the noun phrase
// that begins at token k ("350 employees each.").
func (p *parser) eachCloses(k int) bool {
	for end := k + 5; k < end && k < len(p.toks); k++ {
		if t := &p.toks[k]; t.kind == tSym || t.kind == tNum {
			return false
		}
		if p.is(k, "each") || p.is(k, "apiece") {
			// ("1,200 VMs each to Azure"; but "40 staff each quarter" is
			// a period)
			// ("150 stops each per day": each one's, per the day)
			return k+1 >= len(p.toks) || p.toks[k+1].kind == tSym || eachThenPlace[p.lower(k+1)] || p.lower(k+1) == "per"
		}
	}
	return false
}

// perAfter reads "per second", "/s", "a day", "each month" at token k.
func (p *parser) perAfter(k int) (int, float64) {
	w := p.lower(k)
	switch w {
	case "per", "a", "an", "each", "every", "/":
		u := p.lower(k + 1)
		if (u == "working" || u == "business" || u == "work" || u == "school") && p.lower(k+2) == "day" {
			return k + 3, day // "60 per working day": read per day, and a week of five
		}
		if (u == "working" || u == "business" || u == "work") && p.lower(k+2) == "week" {
			return k + 3, week // "1,500 per working week": five working days
		}
		if per, ok := perUnits[u]; ok {
			if w == "a" && (u == "s" || u == "d") {
				return k, 0
			}
			if (w == "a" || w == "an") && (p.lower(k-1) == "in" || p.lower(k-1) == "within") {
				return k, 0 // "in a week" is a span of time
			}
			return k + 2, per
		}
		if per, ok := foreignPeriods[w+" "+u]; ok {
			return k + 2, per // "per anno", "per jaar"
		}
	case "all'anno", "l'anno":
		return k + 1, year
	case "בשנה", "בחודש", "ביום", "בשבוע", "בשעה":
		return k + 1, hebrewPeriods[w]
	case "p":
		if p.is(k+1, ".", "a", ".") || p.is(k+1, ".", "a") {
			return k + 4, year // "CHF 6.5m p.a.": per annum
		}
		if p.lower(k+1) == "/" && !p.toks[k].spaceAfter {
			// Dutch "2 dagen p/w", "p/m", "p/j"
			switch p.lower(k + 2) {
			case "w":
				return k + 3, week
			case "m":
				return k + 3, month
			case "j":
				return k + 3, year
			case "d":
				return k + 3, day
			}
		}
	case "par", "pro", "por", "al", "pour", "im", "am", "in", "mỗi", "hàng", "pe", "na", "za", "i", "om", "setiap", "в", "на", "την", "τον", "w", "v", "ao", "το", "ανά", "kada", "bawat", "در", "kila":
		// "12 000 € par an", "500 € pro Monat", "por año": the period in
		// the writer's language
		if per, ok := foreignPeriods[w+" "+p.lower(k+1)]; ok && !p.calendarYear(k+2) {
			// ("im Jahr 2022", "w roku 2021": a date, not per year)
			return k + 2, per
		}
	}
	return k, 0
}

// barePoints and romancePoints are "points" alone in the languages sources
// are written in; pointsOfSale follow the Romance ones in "puntos de venta".
var (
	barePoints = map[string]bool{"puan": true, "punkte": true, "punten": true, "пунктов": true, "пункта": true, "пункты": true, "пунктів": true,
		"пункти": true, "bodů": true, "poäng": true, "pisteet": true, "pistettä": true, "pontot": true}
	romancePoints = map[string]bool{"punti": true, "puntos": true, "pontos": true, "punkty": true, "punktów": true}
	pointsOfSale  = map[string]bool{"de": true, "di": true, "vendita": true, "do": true, "da": true, "sprzedaży": true, "vendas": true}
)

// pointWords are percentage points in the languages sources are written
// in ("3 procentpunten", "1,5 Prozentpunkte"; "punti percentuali" is read
// as two words).
var pointWords = map[string]bool{"procentpunten": true, "procentpunt": true, "prozentpunkte": true, "prozentpunkten": true, "prozentpunkt": true,
	"percentuali": true, "percentuais": true, "porcentuales": true, "percentual": true, "porcentual": true, "percentuale": true, "procentowy": true, "procentowe": true, "procentowych": true, "procentenheter": true,
	"pkt": true, "p.p.": true, "відсоткових": true, "відсоткового": true, "відсоткові": true, "процентных": true, "процентного": true,
	"п.п.": true, "в.п.": true, "procentních": true, "procentního": true}

// thaiPeriods are "per" and a period in Thai, longest first.
var thaiPeriods = []struct {
	word string
	per  float64
}{{"ต่อสัปดาห์", week}, {"ต่อชั่วโมง", hour}, {"ต่อเดือน", month}, {"ต่อวัน", day}, {"ต่อปี", year}}

// foreignPeriods are "per" and a period in French, German, Spanish,
// Italian and Dutch.
var foreignPeriods = map[string]float64{
	"par an": year, "par année": year, "par mois": month, "par jour": day, "par semaine": week, "par heure": hour,
	"pro jahr": year, "pro schuljahr": year, "pro semester": 6 * month, "pro halbjahr": 6 * month, "pro monat": month, "pro tag": day, "pro woche": week, "pro stunde": hour, "pro quartal": 3 * month,
	"por año": year, "por mes": month, "por día": day, "por semana": week, "por hora": hour, "al año": year, "al mes": month, "al día": day,
	"per anno": year, "per mese": month, "per jaar": year, "per maand": month, "per dag": day, "per week": week,
	"al mese": month, "al giorno": day, "all'anno": year, "alla settimana": week,
	"im monat": month, "im jahr": year, "am tag": day, "in der woche": week,
	"per uke": week, "per måned": month, "pr. uke": week, "per år": year, "per månad": month, "per vecka": week, "i år": year, "om året": year,
	"por noche": day, "par nuit": day, "par soir": day, "pro abend": day, "pro nacht": day, "per notte": day, "por noite": day, "per nacht": day,
	"pour an": year, "por dia": day, "por mês": month, "por ano": year, "ao dia": day, "ao mês": month, "ao ano": year,
	"por trimestre": 3 * month, "par trimestre": 3 * month,
	"a sera": day, "alla sera": day, "a notte": day, "a settimana": week, "al dia": day, "mỗi ngày": day, "mỗi tuần": week, "mỗi tháng": month, "mỗi năm": year, "mỗi giờ": hour, "mỗi quý": 3 * month,
	"pe zi": day, "pe săptămână": week, "pe lună": month, "pe an": year, "pe trimestru": 3 * month,
	"i veckan": week, "i månaden": month, "om dagen": day, "i timmen": hour, "i uken": week, "om uka": week,
	"το χρόνο": year, "ανά ημέρα": day, "ανά μήνα": month, "ανά εβδομάδα": week,
	"kada araw": day, "bawat araw": day, "kada linggo": week, "bawat linggo": week, "kada buwan": month, "bawat buwan": month, "kada taon": year,
	"i året": year, "i måneden": month, "om ugen": week, "om måneden": month, "i uka": week, "om uken": week,
	"per hari": day, "per bulan": month, "per tahun": year, "setiap hari": day, "per jam": hour, "per minggu": week, "setiap jam": hour,
	"setiap minggu": week, "setiap bulan": month, "setiap tahun": year,
	"в день": day, "в месяц": month, "в год": year, "на день": day, "на місяць": month, "на рік": year,
	"в неделю": week, "в час": hour, "в сутки": day, "в квартал": 3 * month, "на тиждень": week, "на годину": hour, "на добу": day, "на квартал": 3 * month,
	"kila siku": day, "kila wiki": week, "kila mwezi": month, "kila mwaka": year, "za týden": week, "za sekundu": second, "za minutu": minute, "v týdnu": week, "v měsíci": month, "v roce": year, "za hodinu": hour, "na tydzień": week, "na godzinę": hour, "w tygodniu": week, "w roku": year,
	"per uur": hour, "per ora": hour, "per timme": hour, "per kvartal": 3 * month, "per kwartaal": 3 * month, "per trimestre": 3 * month,
	"al trimestre": 3 * month, "na kwartał": 3 * month, "za kvartál": 3 * month,
	"την εβδομάδα": week, "τον μήνα": month, "την ημέρα": day, "τον χρόνο": year, "την ηµέρα": day,
	"در سال": year, "در ماه": month, "در روز": day, "در هفته": week, "hàng ngày": day, "hàng tuần": week, "hàng tháng": month, "hàng năm": year,
	"na den": day, "za den": day, "za měsíc": month, "za rok": year, "na dzień": day, "na miesiąc": month, "na rok": year, "w miesiącu": month,
}

// eachIn: the figure at token i follows "each|every <noun words> in".
func (p *parser) eachIn(i int) bool {
	if p.lower(i-1) != "in" && p.lower(i-1) != "within" {
		return false
	}
	for k := i - 2; k >= max(0, i-6); k-- {
		switch t := p.tok(k); {
		case t.lower == "each" || t.lower == "every" || t.lower == "all" && p.lower(i-1) == "within":
			// ("answered all P1 pages within 15 min": each of them)
			return k < i-2
		case t.kind != tWord && t.text != "-" || nounStop[t.lower]:
			return false
		}
	}
	return false
}

// perUnits reads a price or count per so many things: "$4 per 1,000
// requests", "$0.004 per request".
func (p *parser) perUnits(q *Quantity, j, end int) (int, int) {
	if (p.lower(j) == "each" || p.lower(j) == "apiece") && (q.Class == Duration || q.Class == Currency) && q.PerUnits == 0 && (p.tok(j+1) == nil || p.tok(j+1).kind == tSym || nounStop[p.lower(j+1)]) {
		// "scored transactions at 5 ms each": a time per item; "an
		// average of $343K each": an amount per item
		q.PerUnits = 1
		if q.Noun == "" {
			q.Noun = "per item"
		}
		return j + 1, p.toks[j].end
	}
	if (p.lower(j) == "a" || p.lower(j) == "an") && q.Class == Currency && q.PerUnits == 0 && q.Per == 0 {
		// "about $317 a label": an amount per item (a period, "a year",
		// was read before)
		if n := p.tok(j + 1); n != nil && n.kind == tWord && len(n.lower) > 2 && durationUnits[n.lower] == 0 && english.IsWord(n.lower) &&
			(p.tok(j+2) == nil || p.toks[j+2].kind != tWord) {
			q.PerUnits = 1
			q.Noun = "per " + n.lower
			return j + 2, n.end
		}
	}
	if !perWords[p.lower(j)] && !(p.lower(j) == "/" && !p.toks[j-1].spaceAfter) {
		return j, end
	}
	k := j + 1
	units := 1.0
	if size := energyUnits[p.lower(k)]; size > 0 && p.tok(k).kind == tWord {
		q.PerUnits = size
		q.Value /= q.PerUnits
		q.Tolerance /= q.PerUnits
		if q.Noun == "" {
			q.Noun = "per kwh"
		}
		return k + 1, p.toks[k].end
	}
	if size := dataUnits[p.lower(k)]; size > 0 && p.tok(k).kind == tWord {
		// "$0.02 per GB" is "$20 per TB": a price per gigabyte
		q.PerUnits = size / (kb * kb * kb)
		q.Value /= q.PerUnits
		q.Tolerance /= q.PerUnits
		if q.Noun == "" {
			q.Noun = "per gb"
		}
		return k + 1, p.toks[k].end
	}
	if n, ok := p.number(k); ok && p.tok(k).kind == tNum {
		units = n.value
		k = n.next
	} else if p.lower(k) == "a" && (p.lower(k+1) == "thousand" || p.lower(k+1) == "million") {
		units = magnitudes[p.lower(k+1)]
		k += 2
	} else if v, ok := magnitudes[p.lower(k)]; ok && p.magnitudeWord(k) {
		units = v
		k++
	}
	noun, _ := p.nounPhrase(k)
	if noun == "" && units > 1 && k > j+1 {
		noun = "unit" // "requests cost $0.20 per thousand"
	}
	if noun == "" || perUnits[noun] > 0 || units <= 0 {
		return j, end
	}
	q.PerUnits = units
	q.Value /= units
	q.Tolerance /= units
	if q.Noun == "" {
		q.Noun = "per " + noun
	}
	last := k
	for last < len(p.toks) && p.toks[last].kind == tWord && !nounStop[p.toks[last].lower] && last < k+3 {
		last++
	}
	return last, p.toks[last-1].end
}

// countedThingAt: token k is a plural noun of a counted family ("teams",
// "engineers", "services").
func (p *parser) countedThingAt(k int) bool {
	t := p.tok(k)
	if t == nil || t.kind != tWord || !strings.HasSuffix(t.lower, "s") {
		return false
	}
	f := familyOf(t.lower)
	return f != "" && things[f]
}

// nounPhrase reads the counted noun phrase at token j (up to four words)
// and returns its head, the last word (or a two-word name: "test cases").
func (p *parser) nounPhrase(j int) (string, int) {
	head := ""
	k := j
	for ; k < j+4; k++ {
		t := p.tok(k)
		if t != nil && t.text == "-" && k > j && !p.toks[k-1].spaceAfter && !t.spaceAfter {
			continue // "12 checkout-path services"
		}
		if n := p.tok(k + 2); k == j && t != nil && kindNouns[t.lower] && p.lower(k+1) == "of" && n != nil && n.kind == tWord && !isHedge(n.lower) && numberWords[n.lower] == 0 {
			k++ // "three classes of outages": outages, of three kinds
			j += 2
			continue
		}
		if k == j && t != nil && (t.lower == "d" || t.lower == "l") && !t.spaceAfter && p.lower(k+1) == "'" && !p.toks[k+1].spaceAfter {
			k++ // "2 millions d'événements": the article's elision, then the noun
			j += 2
			continue
		}
		if t != nil && t.kind == tWord && nounStop[t.lower] && p.glued(k) {
			continue // "at-risk accounts": a compound modifier
		}
		if t != nil && t.kind == tWord && !t.spaceAfter && p.lower(k+1) == "&" && p.tok(k+2) != nil && !p.toks[k+1].spaceAfter && p.toks[k+2].kind == tWord {
			k += 2 // "6 M&A transactions", "R&D projects": one modifier
			continue
		}
		if t != nil && (t.text == "Year" || t.text == "Grade" || identifierNouns[t.lower]) && p.tok(k+1) != nil && p.toks[k+1].kind == tNum {
			k++ // "120 Year 7 students", "180 class 9 students": the school year is a modifier
			for p.is(k+1, "and") && p.tok(k+2) != nil && p.toks[k+2].kind == tNum {
				k += 2 // "class 9 and 10"
			}
			continue
		}
		if t != nil && t.lower == "and" && k > j && k+2 < len(p.toks) && p.toks[k+1].kind == tWord && !nounStop[p.lower(k+1)] && peopleFamily(familyOf(p.lower(k+2))) {
			k++ // "150 sales and marketing users", "40 sales and support staff": two modifiers of one head
			continue
		}
		if t == nil || t.kind != tWord || nounStop[t.lower] || numberWords[t.lower] > 0 || t.lower == "zero" || k > j && foreignAnd[t.lower] ||
			t.lower == "once" || t.lower == "twice" || t.lower == "thrice" || rupeeWords[t.text] != "" {
			// ("10 patients twice a week": the count ends before its rate)
			break // ("8 collaboratori e un fatturato": two things)
		}
		if k > j && head != "" && romanceOf[t.lower] {
			break // "3 fiere di settore", "45 mandats de vente": the head comes first
		}
		if k == j {
			// "2,150 ran through", "2,150 ran fully": no noun (but "five
			// onboarded models")
			if _, form, ok := english.LookupVerb(t.lower); ok && form == english.FormPast && !nounLike[t.lower] {
				if n := p.tok(k + 1); n == nil || n.kind != tWord || nounStop[n.lower] || strings.HasSuffix(n.lower, "ly") {
					break
				}
			}
		}
		// "6 data engineering teams": an -ing word before a counted thing
		// is a modifier
		modifier := strings.HasSuffix(t.lower, "ing") && !strings.HasSuffix(head, "s") && p.countedThingAt(k+1)
		if k > j && !modifier {
			if _, form, ok := english.LookupVerb(t.lower); ok && (form == english.FormPast || form == english.FormIng) && !nounLike[t.lower] {
				break // "12 services used by", "40 DAGs loading data"
			}
		}
		if strings.HasSuffix(t.lower, "ing") && strings.HasSuffix(head, "s") && !nounLike[t.lower] && !modifier {
			break // "7 engineers rebuilding the ledger": a verb the table lacks
		}
		if strings.HasSuffix(t.lower, "ly") && head != "" {
			break // "40 services total", "12 services internally"
		}
		if p.overIdiom(k) {
			break // "from 18 to 7 quarter over quarter"
		}
		// the head of "customer downtime", "enterprise customers" is the
		// last word
		head = t.lower
		if len(head) > 2 && (head[0] == 'd' || head[0] == 'l') && head[1] == '\'' {
			head = head[2:] // "d'exploitations"
		}
		if k > j && familyOf(p.toks[k-1].lower+" "+t.lower) != "" {
			head = p.toks[k-1].lower + " " + t.lower // "test cases"
		}
		if k >= j+2 && p.toks[k-1].text == "-" && !p.toks[k-1].spaceAfter && !p.toks[k-2].spaceAfter {
			if w := p.toks[k-2].lower + "-" + t.lower; familyOf(w) != "" {
				head = w // "2,300 sign-ups": one word, not "ups"
			}
		}
	}
	if comparisonNouns[head] {
		head = "" // "the 0.81 baseline" names no thing counted
	}
	return head, k
}

// cjkBefore: the text before a figure ends, past spaces, in a Chinese,
// Japanese or Korean character.
func cjkBefore(before string) bool {
	before = strings.TrimRight(before, " ")
	if before == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return r >= 0x3000
}

// bitsPerSecond: a unit written with a capital and a small b ("Gb",
// "Mb") before "/s" counts bits.
func bitsPerSecond(unit, next, after string) bool {
	return len(unit) == 2 && unit[1] == 'b' && strings.ContainsRune("KMGT", rune(unit[0])) && next == "/" && after == "s"
}

// peopleFamily: the family counts people.
func peopleFamily(f string) bool {
	return f == "users" || f == "customers" || f == "people" || f == "anyone"
}

// nounWithin: the word w is one of the n tokens from k.
func (p *parser) nounWithin(k, n int, w string) bool {
	for i := k; i < k+n && i < len(p.toks); i++ {
		if p.toks[i].lower == w {
			return true
		}
	}
	return false
}

// kindNouns count kinds of a thing: "3 classes of outages".
var kindNouns = map[string]bool{"classes": true, "kinds": true, "types": true, "categories": true, "sorts": true, "families": true}

// comparisonNouns name what a figure is compared with, not what it counts.
var comparisonNouns = map[string]bool{"baseline": true, "target": true, "benchmark": true, "goal": true, "threshold": true, "quota": true}

// glued: the word at k is joined by a hyphen to the word after it ("at-risk").
func (p *parser) glued(k int) bool {
	h, w := p.tok(k+1), p.tok(k+2)
	return h != nil && w != nil && h.text == "-" && !p.toks[k].spaceAfter && !h.spaceAfter && w.kind == tWord
}

// nounLike -ing and -ed words that name things in a noun phrase.
var nounLike = map[string]bool{"pricing": true, "billing": true, "onboarding": true, "streaming": true, "testing": true, "training": true,
	"meeting": true, "meetings": true, "listing": true, "listings": true, "booking": true, "bookings": true, "shipping": true}

// maybeRange reads the second half of "3–5", "3 to 5", "from X to Y",
// "between X and Y"; a first half without a unit takes the second's.
func (p *parser) maybeRange(qi, j int) int {
	if (p.lower(j) == "in" || p.lower(j) == "during") && p.lower(j+2) == "to" && p.when(j+1) && p.lower(p.before(&p.out[qi])) == "from" {
		j += 2 // "from 18 in Q1 to 7 in Q2"
	}
	if (p.lower(j) == "down" || p.lower(j) == "up") && p.lower(j+1) == "to" && p.lower(p.before(&p.out[qi])) == "from" {
		j++ // "from 40 minutes down to 12"
	}
	sep := p.tok(j)
	if sep == nil {
		return j
	}
	through := (sep.lower == "through" || sep.lower == "thru") && (p.out[qi].Class != Currency || p.lower(p.before(&p.out[qi])) == "from")
	// (a spaced em dash sets off a clause: "a standard of 32 — 25% above")
	emDash := sep.text == "—" && !(j > 0 && p.toks[j-1].spaceAfter && sep.spaceAfter)
	isSep := sep.text == "-" || sep.text == "–" || emDash || sep.text == "→" || sep.lower == "to" || through ||
		sep.lower == "and" && p.betweenBefore(j) ||
		// "de 10 para 6 dias", "von 3,2 auf 4,1 Mio. €", "de 12 à 8"
		// "de 25 a 8 minutos", "z 20 do 12 minut", "van 8 naar 5"
		(sep.lower == "para" || sep.lower == "auf" || sep.lower == "bis" || sep.lower == "à" || sep.lower == "a" || sep.lower == "naar" || sep.lower == "tot" || sep.lower == "do" || sep.lower == "до" ||
			sep.lower == "xuống" || sep.lower == "lên" || sep.lower == "đến" || sep.lower == "menjadi" || sep.lower == "ke" || sep.lower == "till" || sep.lower == "til") &&
			foreignFrom(p.lower(p.before(&p.out[qi]))) ||
		sep.lower == "bis" || // "Klassen 7 bis 10": German needs no "von"
		sep.lower == "إلى" || sep.lower == "עד" // "2 إلى 3 مرضى", "2 עד 3": Arabic and Hebrew ranges
	if !isSep {
		return j
	}

	k := j + 1
	if sep.text == "-" && p.lower(k) == ">" && !sep.spaceAfter {
		k++ // "0.81 -> 0.88": an arrow typed
	}
	if p.masks(k) {
		return j
	}
	n, ok := p.numberAt(k)
	if !ok {
		return j
	}
	if _, skip := p.notAQuantity(n.first, n); skip {
		return j
	}
	if first := &p.out[qi]; n.magnitude && (first.Class == Multiplier || first.Class == Percent || first.Class == Points) {
		return j // "grew MAU 2.5x to 100K": a multiple, then a count
	}
	if first := &p.out[qi]; sep.lower == "to" && first.Class == Percent && n.value > 100 && p.lower(p.before(first)) != "from" && p.lower(p.before(first)) != "between" {
		return j // "grew subscribers 150% to 25,000": a change, then a count
	}
	if first := &p.out[qi]; sep.lower == "to" && p.lower(p.before(first)) != "from" && n.value > 0 && first.Number/n.value > 1e5 {
		return j // "Llama 2 7B to 4-bit": a name, then a figure of its own
	}
	bareFirst, dash := p.out[qi].bare, (sep.text == "-" || sep.text == "–" || sep.text == "—") && k == j+1
	ri, next := p.quantity(n.first, n)
	if w := p.lower(p.before(&p.out[qi])); bareFirst && dash && w != "from" && w != "between" && p.out[qi].Number < p.out[ri].Number {
		// "10-15 clients": one figure given as a range (an arrow, or
		// "220 to 90 ms", is a change)
		p.out[qi].RangeEnd, p.out[ri].RangeEnd, p.out[qi].RangeLow = true, true, true
	}
	p.out[qi].Ranged, p.out[ri].Ranged = true, true
	if first := &p.out[qi]; sep.lower == "to" && !first.bare && p.lower(p.before(first)) == "by" {
		// "raised F1 by 7 points to 0.79": a change, then a level of
		// the same thing, which keeps its own unit
		p.out[ri].partner = qi + 1
		return next
	}
	p.unify(qi, ri, n)
	return next
}

// when: token k names a quarter, a month or a year ("Q1", "March", "2023").
func (p *parser) when(k int) bool {
	t := p.tok(k)
	if t == nil {
		return false
	}
	if u, _ := calendarPart(t.lower); u != 0 {
		return true
	}
	return t.kind == tNum && t.suffix == "" && t.decimals == 0 && len(t.text) == 4 && (t.text[:2] == "19" || t.text[:2] == "20")
}

// squareUnits name the area "sq" or "square" makes of a length.
var squareUnits = map[string]string{"ft": "sqft", "feet": "sqft", "foot": "sqft", "m": "sqm", "meters": "sqm", "metres": "sqm",
	"meter": "sqm", "metre": "sqm", "km": "km²", "kilometers": "km²", "kilometres": "km²"}

// dotAt is 1 when token k is an abbreviation's dot ("sq. ft."), else 0.
func dotAt(p *parser, k int) int {
	if p.lower(k) == "." {
		return 1
	}
	return 0
}

// ptsArePatients: "pts" counts patients in a text about care that has no
// percentage for points to be of ("caseload ~65 pts"; "conversion +1.8
// pts" are points).
func (p *parser) ptsArePatients() bool {
	if strings.ContainsAny(p.text, "%") {
		return false
	}
	for _, w := range []string{"caseload", "census", "patient", "clinic", "nurs", "physio", "therap", "ward", "hospital", "icu", "visits", "triage", "care", "oncology", "trial",
		"immuniz", "vaccin", "flu ", "pharmac", "dental", "medic"} {
		if strings.Contains(p.ltext, w) {
			return true
		}
	}
	return false
}

// companion reads a figure compared with the one before it, which takes its
// unit when it has none: "1 day instead of 3", "3 weeks instead of the
// planned 6", "2 hours vs 5", "12 minutes, down from 45".
func isHedge(w string) bool { _, ok := hedgeWords[w]; return ok }

func (p *parser) companion(qi, j int) int {
	k := j
	for k < len(p.toks) && p.toks[k].end <= p.out[qi].End {
		k++ // past the counted noun: "2,000 agents instead of 300"
	}
	if p.insteadOf(k) == 0 && p.tok(k) != nil && p.toks[k].kind == tWord && p.insteadOf(k+1) > 0 {
		k++ // "binnen 5 minuten gedetecteerd in plaats van 25": a verb between
	}
	switch {
	case p.insteadOf(k) > 0:
		k += p.insteadOf(k)
	case p.is(k, "instead", "of"), p.is(k, "rather", "than"), p.is(k, "compared", "to"), p.is(k, "compared", "with"):
		k += 2
	case p.is(k, "versus"), p.is(k, "vs"), p.is(k, ",", "down", "from"), p.is(k, ",", "up", "from"):
		if p.lower(k) == "," {
			k += 2
		}
		k++
		if p.lower(k) == "." {
			k++
		}
	case p.is(k, "down", "from"), p.is(k, "up", "from"):
		k += 2
	case p.is(k, "(", "was"), p.is(k, "(", "previously"), p.is(k, ",", "was"), p.is(k, "(", "prev"):
		// "offer accept rate 88% (was 71%)"
		k += 2
		if p.lower(k) == "." || p.lower(k) == ":" {
			k++
		}
	default:
		return j
	}
	for p.lower(k) == "the" || p.lower(k) == "a" || p.lower(k) == "an" || planWords[p.lower(k)] || p.lower(k) == "~" || isHedge(p.lower(k)) {
		k++ // ("vs about 3,600 before")
	}
	n, ok := p.numberAt(k)
	if !ok || p.masks(k) {
		return j
	}
	if _, skip := p.notAQuantity(n.first, n); skip {
		return j
	}
	ri, next := p.quantity(n.first, n)
	// "2,000 agents at 60 fps instead of 300": the figure after "at" is a
	// condition, and the comparison is with the figure before it
	if at := p.before(&p.out[qi]); qi > 0 && at > 0 && p.lower(at) == "at" && p.out[qi-1].End == p.toks[at-1].end && !p.out[qi-1].Implied {
		qi--
	}
	p.unify(qi, ri, n)
	return next
}

// insteadOf is the number of tokens of "instead of" at k in the languages
// sources are written in ("statt", "in plaats van", "au lieu de"), or 0.
func (p *parser) insteadOf(k int) int {
	switch p.lower(k) {
	case "statt", "anstatt", "zamiast", "вместо", "замість", "anziché", "místo":
		return 1
	case "anstelle", "invece":
		if p.lower(k+1) == "von" || p.lower(k+1) == "di" {
			return 2
		}
	case "in":
		if p.is(k+1, "plaats", "van") {
			return 3
		}
	case "au":
		if p.is(k+1, "lieu", "de") {
			return 3
		}
	case "en", "em":
		if p.is(k+1, "lugar", "de") || p.is(k+1, "vez", "de") {
			return 3
		}
	case "ao":
		if p.is(k+1, "invés", "de") {
			return 3
		}
	case "istället":
		if p.lower(k+1) == "för" {
			return 2
		}
	case "i":
		if p.is(k+1, "stedet", "for") {
			return 3
		}
	}
	return 0
}

var planWords = map[string]bool{"planned": true, "previous": true, "usual": true, "expected": true, "original": true, "old": true,
	"prior": true, "estimated": true, "typical": true, "scheduled": true, "budgeted": true, "targeted": true}

// unify gives a bare half of a pair the other half's unit: "from 500 to
// 1,200 ops/s", "3-5 services", "from 40 minutes to 8", "1 day instead of 3".
func (p *parser) unify(qi, ri int, n numParse) {
	p.out[ri].partner = qi + 1
	first, second := p.out[qi], p.out[ri]
	if first.bare && second.Class == Points && strings.Contains(strings.ToLower(second.Text), "bp") {
		// "from 95 to 60 bps": basis points, a hundredth of a point each
		first.Value /= 100
		first.Tolerance /= 100
		first.Number /= 100
		p.out[qi] = first
	}
	if first.Class == Currency && second.unitless && second.Currency == "" {
		// "$2–3M per round": the second half is in dollars too
		second.Class, second.Currency, second.unitless = Currency, first.Currency, false
		p.out[ri] = second
	}
	if !first.magnitude && second.magnitude && first.Class == second.Class && second.mantissa != 0 && first.mantissa != 0 && first.mantissa <= second.mantissa {
		// "$2–3M": two million to three
		mag := second.Number / second.mantissa
		first.Value *= mag
		first.Tolerance *= mag
		first.Number *= mag
		first.magnitude = true
		p.out[qi] = first
	}
	if !first.bare && second.Class == Rate && first.Class == second.Of && second.Per > 0 && first.Currency == second.Currency {
		// "from $42K to $30K a month": both are a month's
		first.Class, first.Of, first.Per = Rate, second.Of, second.Per
		first.Value /= second.Per
		first.Tolerance /= second.Per
		p.out[qi] = first
	}
	if first.PerUnits == 0 && second.PerUnits > 0 && (first.bare || first.Class == second.Class) {
		// "from $6 to $1.50 per 1,000 queries": both are per 1,000
		first.PerUnits, first.Noun = second.PerUnits, second.Noun
		first.Value /= second.PerUnits
		first.Tolerance /= second.PerUnits
		p.out[qi] = first
	}
	if first.bare && !second.bare {
		if !first.magnitude && second.magnitude && first.Value < 1000 && second.mantissa != 0 {
			mag := n.value / second.mantissa
			first.Value *= mag
			first.Tolerance *= mag
		}
		if second.mantissa != 0 && (second.Class == Duration || second.Class == DataSize || second.Class == Rate) && n.value != 0 {
			scale := second.Value / n.value
			first.Value *= scale
			first.Tolerance *= scale
		}
		first.Class, first.Of, first.Currency, first.Noun, first.Per, first.bare = second.Class, second.Of, second.Currency, second.Noun, second.Per, false
		p.out[qi] = first
	}
	if second.bare && !first.bare {
		scale := 1.0
		if first.Number != 0 && (first.Class == Duration || first.Class == DataSize || first.Class == Rate) {
			scale = first.Value / first.Number
		}
		second.Value *= scale
		second.Tolerance *= scale
		second.Class, second.Of, second.Currency, second.Noun, second.Per, second.bare = first.Class, first.Of, first.Currency, first.Noun, first.Per, false
		p.out[ri] = second
	}
}

func (p *parser) numberAt(k int) (numParse, bool) {
	t := p.tok(k)
	if t == nil {
		return numParse{}, false
	}
	if _, ok := currencySymbols[t.text]; ok {
		k++
		t = p.tok(k)
		if t == nil {
			return numParse{}, false
		}
	}
	if t.text == "~" {
		k++
	}
	if p.tok(k) == nil {
		return numParse{}, false
	}
	return p.number(k)
}

// betweenBefore: "between" opens the range whose "and" is token j
// ("between 3 and 5", "between $2M and $5M").
func (p *parser) betweenBefore(j int) bool {
	for k := j - 1; k >= max(0, j-5); k-- {
		if p.lower(k) == "between" {
			return true
		}
	}
	return false
}

// mantissa is the number as written, before magnitude and unit.
func (p *parser) mantissa(n numParse) float64 {
	if t := p.tok(n.first); t != nil && t.kind == tNum {
		return t.num
	}
	return n.value
}

// articles: words that open a noun phrase ("the tests", "a few services").
var articles = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "our": true, "these": true, "those": true, "all": true, "many": true, "several": true}

// hourlyWorkers are paid by the hour: "85 hourly roles" counts roles, no
// rate per hour.
var hourlyWorkers = map[string]bool{"staff": true, "roles": true, "workers": true, "employees": true, "associates": true, "positions": true,
	"hires": true, "jobs": true, "team": true, "crew": true, "people": true, "contractors": true, "openings": true}

// halfAfter: "and a half" in the languages sources are written in follows
// a unit at token k; it returns how many tokens it takes.
func (p *parser) halfAfter(k int) int {
	switch {
	case p.is(k, "and", "a", "half"):
		return 3
	case p.is(k, "y", "medio"), p.is(k, "y", "media"), p.is(k, "e", "meio"), p.is(k, "e", "meia"), p.is(k, "e", "mezzo"), p.is(k, "e", "mezza"),
		p.is(k, "et", "demi"), p.is(k, "et", "demie"), p.is(k, "i", "pół"), p.is(k, "și", "jumătate"):
		return 2
	}
	return 0
}

// scandinavianSpans are the units of time in Swedish, Norwegian and Danish,
// where "under" before them means during.
var scandinavianSpans = map[string]bool{"veckor": true, "veckan": true, "månader": true, "år": true, "dagar": true, "timmar": true,
	"uker": true, "måneder": true, "dager": true, "timer": true, "uger": true, "dage": true, "åren": true, "årene": true}

// btoi is 1 for true.
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
