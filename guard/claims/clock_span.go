package claims

// clockSpans reads the hours between two times of day ("night shifts,
// 22:00–06:00" are eight hours; "08:00 to 16:30" eight and a half): a span
// the source implies, as a date range does, that a rewrite may state.
func (p *parser) clockSpans() {
	for i := 0; i+6 < len(p.toks); i++ {
		from, ok := p.timeOfDay(i)
		if !ok {
			continue
		}
		k := i + 3
		switch p.lower(k) {
		case "-", "–", "—", "to", "till", "until", "bis", "à", "a", "al", "às", "до", "đến", "~", "->", "→":
		default:
			continue
		}
		to, ok := p.timeOfDay(k + 1)
		if !ok {
			continue
		}
		span := to - from
		if span <= 0 {
			span += 24 * 60 // a night shift runs past midnight
		}
		if span >= 24*60 {
			continue
		}
		last := k + 4
		p.out = append(p.out, Quantity{Text: p.text[p.toks[i].start:p.toks[last-1].end], Start: p.toks[i].start, End: p.toks[last-1].end,
			Class: Duration, Value: span * minute, Tolerance: minute, Number: span / 60, Implied: true, first: i, last: last})
		i = last - 1
	}
}

// timeOfDay reads "22:00" at token i as minutes after midnight.
func (p *parser) timeOfDay(i int) (float64, bool) {
	h, colon, m := p.tok(i), p.tok(i+1), p.tok(i+2)
	if h == nil || colon == nil || m == nil || h.kind != tNum || colon.text != ":" || m.kind != tNum || h.decimals != 0 || h.suffix != "" ||
		h.num > 24 || len(m.text) != 2 || m.num >= 60 || m.suffix != "" {
		return 0, false
	}
	return h.num*60 + m.num, true
}
