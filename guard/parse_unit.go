package guard

// quantity completes the number n at token i with its hedge, currency, unit,
// rate and noun, and records it. It returns the quantity's index in p.out
// and the next token index.
func (p *quantityParser) quantity(i int, n numParse) (int, int) {
	q := Quantity{Value: n.value, Tolerance: n.tol, Class: Count, magnitude: n.magnitude, mantissa: p.mantissa(n), number: n.value}
	start := p.toks[n.first].start
	j := n.next
	t := p.tok(i)

	// currency before: $2M, US$ 5, €40K, USD 1.2M
	if prev := p.tok(n.first - 1); prev != nil {
		if code, ok := currencySymbols[prev.text]; ok {
			q.Class, q.Currency = Currency, code
			start = prev.start
			if pp := p.tok(n.first - 2); pp != nil && pp.lower == "us" && !pp.spaceAfter {
				start = pp.start
			}
		} else if code, ok := currencyWords[prev.lower]; ok && len(prev.lower) == 3 {
			q.Class, q.Currency = Currency, code
			start = prev.start
		}
	}
	bound, hedgeStart := p.hedgeBefore(n.first)
	if q.Class == Currency {
		if b, hs := p.hedgeBefore(n.first - 1); hs >= 0 {
			bound, hedgeStart = b, hs
		}
	}
	q.Bound = bound
	if hedgeStart >= 0 && hedgeStart < start {
		start = hedgeStart
	}

	explicit := q.Class == Currency
	suffix := ""
	if t.kind == tNum {
		suffix = t.suffix
		if gluedMagnitude[suffix] {
			suffix = ""
		}
	}
	end := p.toks[j-1].end

	// a "+" glued after the number or magnitude: 2M+, 10+
	if nt := p.tok(j); nt != nil && nt.text == "+" && !p.toks[j-1].spaceAfter {
		q.Bound = AtLeast
		end = nt.end
		j++
	} else if p.lower(j) == "plus" && q.Class != Currency {
		q.Bound = AtLeast
		end = p.toks[j].end
		j++
	}

	unit := suffix
	unitTok := -1
	if unit == "" {
		if nt := p.tok(j); nt != nil {
			unit = nt.lower
			unitTok = j
			if nt.text == "-" && !p.toks[j-1].spaceAfter { // 24-hour, 3-fold
				if nn := p.tok(j + 1); nn != nil && nn.kind == tWord {
					unit = nn.lower
					unitTok = j + 1
				}
			}
		}
	}
	consumed := func() {
		if unitTok >= 0 {
			end = p.toks[unitTok].end
			j = unitTok + 1
		}
	}
	switch {
	case unit == "%" || unit == "percent" || unit == "pct":
		q.Class = Percent
		explicit = true
		consumed()
	case unit == "per" && p.lower(j+1) == "cent":
		q.Class = Percent
		explicit = true
		end = p.toks[j+1].end
		j += 2
	case unit == "percentage" && (p.lower(j+1) == "point" || p.lower(j+1) == "points"):
		q.Class = Points
		explicit = true
		end = p.toks[j+1].end
		j += 2
	case unit == "pp" || unit == "pts" || unit == "ppt" || unit == "ppts":
		q.Class = Points
		explicit = true
		consumed()
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
	case unit == "x" || unit == "×" || unit == "fold" || unit == "times" && p.lower(unitTok+1) != "a" && p.lower(unitTok+1) != "per":
		q.Class = Multiplier
		explicit = true
		consumed()
	case durationUnits[unit] > 0 && (suffix != "" && gluedDuration[suffix] || unitTok >= 0 && unit != "d" && unit != "y"):
		scale := durationUnits[unit]
		q.Class = Duration
		q.Value *= scale
		q.Tolerance *= scale
		explicit = true
		consumed()
	case dataUnits[unit] > 0:
		scale := dataUnits[unit]
		q.Class = DataSize
		q.Value *= scale
		q.Tolerance *= scale
		explicit = true
		consumed()
	case dataRateUnits[unit] > 0:
		scale := dataRateUnits[unit]
		q.Class, q.Of = Rate, DataSize
		q.Value *= scale
		q.Tolerance *= scale
		explicit = true
		consumed()
	case currencyWords[unit] != "" && q.Class != Currency:
		q.Class, q.Currency = Currency, currencyWords[unit]
		explicit = true
		consumed()
	}

	// rates: 200 RPS, 5M MAU, 2M daily requests, 1,200 operations per second
	j, end = p.rate(&q, j, end, unitTok)
	if q.Class == Count || q.Class == Rate && q.Of == Count {
		if noun := p.nounAt(j); noun != "" && q.Noun == "" {
			q.Noun = noun
			// the claim reads "2M users", not "2M"
			if t := p.tok(j); t.start >= end && t.text == t.lower && !p.masked.overlaps(t.start, t.end) {
				end = t.end
				j++
			}
		}
	}
	q.Text = p.text[start:end]
	q.Start, q.End = start, end
	q.bare = !explicit && q.Class == Count && q.Noun == ""
	p.out = append(p.out, q)
	return len(p.out) - 1, j
}

// hedgeBefore finds a hedge word or phrase ending just before token i,
// returning the bound and the hedge's start offset (-1 if none).
func (p *quantityParser) hedgeBefore(i int) (Bound, int) {
	prev := p.tok(i - 1)
	if prev == nil {
		return Exact, -1
	}
	if prev.text == "~" || prev.text == "≈" {
		return Approx, prev.start
	}
	if prev.text == "-" && p.lower(i-2) == "sub" { // sub-200ms
		return AtMost, p.toks[i-2].start
	}
	for _, h := range hedgePhrases {
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
		if ok {
			return h.bound, p.toks[k].start
		}
	}
	if b, ok := hedgeWords[prev.lower]; ok && prev.kind == tWord {
		if prev.lower == "an" {
			return Exact, -1
		}
		return b, prev.start
	}
	if prev.lower == "estimated" && p.lower(i-2) == "an" {
		return Approx, p.toks[i-2].start
	}
	return Exact, -1
}

// rate reads what makes a count a rate: a rate word (RPS, MAU), an adjective
// (daily), or "per second", "/s", "a day" after up to three noun words.
func (p *quantityParser) rate(q *Quantity, j, end, unitTok int) (int, int) {
	if q.Class != Count && q.Class != Currency && q.Class != DataSize {
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
	if per, ok := rateWords[w]; ok && p.tok(j).kind == tWord {
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
	if per, ok := rateAdjectives[w]; ok {
		setRate(per)
		j++
		end = p.toks[j-1].end
		// the noun after: "daily active users", "monthly requests"
		for k := 0; k < 3; k++ {
			t := p.tok(j)
			if t == nil || t.kind != tWord || nounStop[t.lower] {
				break
			}
			q.Noun = t.lower
			j++
		}
		return j, end
	}
	// up to three noun words, then per/a/each/every unit, "/s", or a
	// trailing adjective ("requests daily")
	k := j
	for n := 0; n < 4; n++ {
		if kk, per := p.perAfter(k); per > 0 {
			setRate(per)
			if n > 0 {
				q.Noun = p.toks[k-1].lower
			}
			return kk, p.toks[kk-1].end
		}
		if per, ok := rateAdjectives[p.lower(k)]; ok && n > 0 {
			setRate(per)
			q.Noun = p.toks[k-1].lower
			return k + 1, p.toks[k].end
		}
		t := p.tok(k)
		if t == nil || t.kind != tWord || nounStop[t.lower] && t.lower != "per" {
			break
		}
		k++
	}
	return j, end
}

// perAfter reads "per second", "/s", "a day", "each month" at token k.
func (p *quantityParser) perAfter(k int) (int, float64) {
	w := p.lower(k)
	switch w {
	case "per", "a", "an", "each", "every", "/":
		u := p.lower(k + 1)
		if per, ok := perUnits[u]; ok {
			if w == "a" && (u == "s" || u == "d") {
				return k, 0
			}
			return k + 2, per
		}
	}
	return k, 0
}

// nounAt is the counted noun at token j, if a plain word.
func (p *quantityParser) nounAt(j int) string {
	t := p.tok(j)
	if t == nil || t.kind != tWord || nounStop[t.lower] {
		return ""
	}
	return t.lower
}

// maybeRange reads the second half of "3–5", "3 to 5", "from X to Y",
// "between X and Y"; a first half without a unit takes the second's.
func (p *quantityParser) maybeRange(qi, j int) int {
	sep := p.tok(j)
	if sep == nil {
		return j
	}
	isSep := sep.text == "-" || sep.text == "–" || sep.text == "—" || sep.lower == "to" ||
		sep.lower == "and" && p.betweenBefore(j)
	if !isSep {
		return j
	}
	k := j + 1
	if p.masks(k) {
		return j
	}
	// skip a hedge or currency on the second half: "from $2M to $5M"
	n, ok := p.numberAt(k)
	if !ok {
		return j
	}
	if _, isYear := p.notAQuantity(n.first, n); isYear {
		return j
	}
	first := p.out[qi]
	ri, next := p.quantity(n.first, n)
	second := p.out[ri]
	if first.bare && !second.bare {
		// "from 500 to 1,200 ops/s", "3-5 services", "from 2 to 5 million"
		if !first.magnitude && second.magnitude && first.Value < 1000 && second.mantissa != 0 {
			mag := n.value / second.mantissa
			first.Value *= mag
			first.Tolerance *= mag
		}
		if second.mantissa != 0 && (second.Class == Duration || second.Class == DataSize || second.Class == Rate) {
			scale := second.Value / n.value
			first.Value *= scale
			first.Tolerance *= scale
		}
		first.Class, first.Of, first.Currency, first.Noun, first.bare = second.Class, second.Of, second.Currency, second.Noun, false
		p.out[qi] = first
	}
	if second.bare && !first.bare {
		// "from 40 minutes to 8", "$2M to 5M"
		scale := 1.0
		if first.number != 0 && (first.Class == Duration || first.Class == DataSize || first.Class == Rate) {
			scale = first.Value / first.number
		}
		second.Value *= scale
		second.Tolerance *= scale
		second.Class, second.Of, second.Currency, second.Noun, second.Per, second.bare = first.Class, first.Of, first.Currency, first.Noun, first.Per, false
		p.out[ri] = second
	}
	return next
}

func (p *quantityParser) numberAt(k int) (numParse, bool) {
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
	return p.number(k)
}

// spanOfTime: the "a" at token i opens a span of time ("in a week",
// "within an hour", "in under a day"), not a rate ("2M requests a day").
func (p *quantityParser) spanOfTime(i int) bool {
	k := i - 1
	if _, hedge := hedgeWords[p.lower(k)]; hedge && p.lower(k) != "over" {
		k--
	}
	switch p.lower(k) {
	case "in", "within", "for", "after", "over", "than":
		return true
	}
	return false
}

// betweenBefore: "between" opens the range whose "and" is token j
// ("between 3 and 5", "between $2M and $5M").
func (p *quantityParser) betweenBefore(j int) bool {
	for k := j - 1; k >= max(0, j-5); k-- {
		if p.lower(k) == "between" {
			return true
		}
	}
	return false
}

// mantissa is the number as written, before magnitude and unit.
func (p *quantityParser) mantissa(n numParse) float64 {
	if t := p.tok(n.first); t != nil && t.kind == tNum {
		return t.num
	}
	return n.value
}

// wordQuantity reads quantities with no digits: "doubled", "threefold",
// "cut in half", "thousands of users".
func (p *quantityParser) wordQuantity(i int) (int, bool) {
	t := p.tok(i)
	if t.kind != tWord {
		return 0, false
	}
	if v, ok := multiplierWords[t.lower]; ok {
		q := Quantity{Text: t.text, Start: t.start, End: t.end, Value: v, Tolerance: 0.25, Class: Multiplier}
		if b, hs := p.hedgeBefore(i); hs >= 0 { // "more than doubled"
			q.Bound = b
			q.Start = hs
			q.Text = p.text[hs:t.end]
		}
		p.out = append(p.out, q)
		return i + 1, true
	}
	if t.lower == "halved" || t.lower == "halving" {
		p.out = append(p.out, Quantity{Text: t.text, Start: t.start, End: t.end, Value: 50, Tolerance: 2.5, Class: Percent})
		return i + 1, true
	}
	// "in under a week", "within an hour": one unit of time, a claim like
	// any other (but "twice a week" and "2M a day" are rates, read with
	// their number)
	if (t.lower == "a" || t.lower == "an") && p.spanOfTime(i) {
		if d, ok := durationUnits[p.lower(i+1)]; ok && p.tok(i+1).kind == tWord && len(p.lower(i+1)) > 2 {
			u := p.toks[i+1]
			q := Quantity{Text: p.text[t.start:u.end], Start: t.start, End: u.end, Value: d, Tolerance: 0.5 * d, Class: Duration, mantissa: 1, number: 1}
			if b, hs := p.hedgeBefore(i); hs >= 0 {
				q.Bound, q.Start, q.Text = b, hs, p.text[hs:u.end]
			}
			p.out = append(p.out, q)
			return i + 2, true
		}
	}
	if t.lower == "half" && (p.lower(i+1) == "of" || p.lower(i+1) == "the") {
		p.out = append(p.out, Quantity{Text: t.text, Start: t.start, End: t.end, Value: 50, Tolerance: 2.5, Class: Percent, number: 50})
		return i + 1, true
	}
	if (t.lower == "in" || t.lower == "by") && p.lower(i+1) == "half" {
		h := p.toks[i+1]
		p.out = append(p.out, Quantity{Text: p.text[t.start:h.end], Start: t.start, End: h.end, Value: 50, Tolerance: 2.5, Class: Percent})
		return i + 2, true
	}
	if v, ok := vagueWords[t.lower]; ok && p.lower(i+1) == "of" {
		q := Quantity{Text: p.text[t.start:p.toks[i+1].end], Start: t.start, End: p.toks[i+1].end, Value: v, Tolerance: 0, Class: Count, Bound: AtLeast, Vague: true}
		q.Noun = p.nounAt(i + 2)
		if code := currencyWords[q.Noun]; code != "" {
			q.Class, q.Currency = Currency, code
		}
		p.out = append(p.out, q)
		return i + 2, true
	}
	return 0, false
}
