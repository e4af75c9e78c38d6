package claims

// yearsApart: "from $60k (2021) to $150k (2023)" and "from 12 in 2019 to
// 40 in 2022" imply the span between the two years (two and three years,
// one either way: no month is written). Each year is bracketed or follows
// "in", and "to" or an arrow stands between them.
func (p *parser) yearsApart(a, b int) {
	// (a year marks a figure's moment when the figure stands right before
	// it: "$60k (2021)", "40 in 2019"; "in 2018 to the board" marks none)
	marked := func(k int) bool {
		if k-2 < a || !p.when(k) || p.toks[k].kind != tNum {
			return false
		}
		w := p.lower(k - 1)
		return (w == "(" && p.lower(k+1) == ")" || w == "in") && p.toks[k-2].kind == tNum
	}
years:
	for k := a; k < b; k++ {
		if !marked(k) {
			continue
		}
		linked := false
		for e := k + 1; e < b && e < k+12; e++ {
			switch w := p.lower(e); {
			case w == "to" || w == "→" || w == "->" || w == ">":
				linked = true
			case linked && marked(e):
				y1, y2 := p.toks[k].num, p.toks[e].num
				if y2 <= y1 || y2-y1 > 30 {
					continue years
				}
				start, end := p.toks[k].start, p.toks[e].end
				// (named by its years: the text between holds other figures)
				p.out = append(p.out, Quantity{Text: p.toks[k].text + " to " + p.toks[e].text, Start: start, End: end, Class: Duration, Value: (y2 - y1) * year,
					Tolerance: year, Number: y2 - y1, Implied: true, first: k, last: e + 1})
				return
			}
		}
	}
}
