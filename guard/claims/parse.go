package claims

import (
	"strconv"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/english"
)

// parser reads the quantities, percentile labels and claim tokens of one
// normalised text.
type parser struct {
	text     string // normalised
	ltext    string // text, ASCII lowercased
	toks     []token
	source   bool      // the text is a source, not a rewrite
	masked   spanSet   // technology names, placeholders, phone numbers: no figures inside
	techEnds []techEnd // the token just after each technology mention
	out      []Quantity
	pct      []Percentile
	claims   []Token
	// credentials and unfinished: see Claims.Credentials
	credentials []Term
	unfinished  bool
	held        bool
}

type techEnd struct {
	tok  int
	name string // canonical
}

// techAt is the technology a mention ending just before token i names, or
// "": "Python 3.11" has Python before 3.11.
func (p *parser) techAt(i int) (string, bool) {
	for _, t := range p.techEnds {
		if t.tok == i {
			return t.name, true
		}
	}
	return "", false
}

func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return nil
	}
	return &p.toks[i]
}

// lower is token i's lowercase form, "" outside the text.
func (p *parser) lower(i int) string {
	if t := p.tok(i); t != nil {
		return t.lower
	}
	return ""
}

func (p *parser) masks(i int) bool {
	t := p.tok(i)
	return t != nil && p.masked.overlaps(t.start, t.end)
}

// is reports whether the words from token i on are ws.
func (p *parser) is(i int, ws ...string) bool {
	for k, w := range ws {
		if p.lower(i+k) != w {
			return false
		}
	}
	return true
}

func (p *parser) run() {
	for i := 0; i < len(p.toks); {
		if t := &p.toks[i]; (twiceWords[t.lower] > 0 || timesWords[p.lower(i+1)]) && !p.masks(i) {
			if next, ok := p.timesAbroad(i); ok {
				i = next
				continue
			}
		}
		if t := &p.toks[i]; t.kind == tWord && !t.hot || p.masks(i) {
			if _, tech := p.techAt(i); !tech || p.masks(i) {
				i++
				continue
			}
		}
		if t := &p.toks[i]; t.kind == tWord && (len(t.lower) >= 7 || t.lower == "booked" || t.lower == "sworn" || t.lower == "taking" || t.lower == "prep" || t.lower == "frozen" || t.lower == "passed" || t.lower == "curso" || t.lower == "cours" || t.lower == "corso" ||
			t.lower == "review" || t.lower == "part" || t.lower == "parts" || t.lower == "year" || t.lower == "module" || t.lower == "stage") {
			p.credential(i)
		}
		if next, ok := p.percentile(i); ok {
			i = next
			continue
		}
		if next, ok := p.claimToken(i); ok {
			i = next
			continue
		}
		if next, ok := p.phrase(i); ok {
			i = next
			continue
		}
		if n, ok := p.number(i); ok {
			if skip, ok := p.notAQuantity(i, n); ok {
				i = skip
				continue
			}
			q, next := p.quantity(i, n)
			i = p.companion(q, p.maybeRange(q, next))
			continue
		}
		i++
	}
	p.ratioMetrics()
	p.ellipses()
	p.bareRanges()
	p.firstWindows()
	p.halfYears()
	if strings.Contains(p.text, ":") {
		p.clockSpans()
	}
	if strings.Contains(p.text, "分之") {
		p.cjkNumeralFractions()
	}
	p.cjkHalves()
	if p.hasCJKDigit() {
		p.cjkNumerals()
	}
	p.impliedSpans()
	p.spans()
	p.roles()
	p.periodsAhead()
	p.periodFromEnd()
	p.adverbsAhead()
	p.hoursAndMinutes()
	p.overSpans()
	p.percentAhead()
	p.beats()
	p.levelsShareRate()
}

// levelsShareRate: the two ends of "日均拣货量从1.2万件提升到1.8万件" or
// "from 40 to 55 a day" are of one period: the end read without it gets it.
func (p *parser) levelsShareRate() {
	for i := 0; i+1 < len(p.out); i++ {
		a, b := &p.out[i], &p.out[i+1]
		if !a.Level || !b.Level || a.Implied || b.Implied || b.Start-a.End > 24 {
			continue
		}
		switch {
		case a.Class == Rate && a.Of == Count && b.Class == Count && b.Noun == "":
			b.Class, b.Of, b.Per = Rate, Count, a.Per
			b.Value, b.Tolerance = b.Value/a.Per, b.Tolerance/a.Per
		case b.Class == Rate && b.Of == Count && a.Class == Count && a.Noun == "":
			a.Class, a.Of, a.Per = Rate, Count, b.Per
			a.Value, a.Tolerance = a.Value/b.Per, a.Tolerance/b.Per
		}
	}
}

// beatStems say a target was beaten, in the languages sources are written
// in.
var beatStems = []string{"exceed", "beat", "surpass", "outperform", "overachiev", "superat", "dépass", "übertr", "überschr", "superad",
	"supere", "superó", "superou", "overtr", "przekrocz", "aştı", "aşt", "aşar", "vượt", "超额", "超過", "超过", "上回", "초과", "превыс", "перевиконал", "перевищ",
	// "15% above target", "15 % por encima del objetivo", "15 % au-dessus de l'objectif"
	"above target", "above quota", "above goal", "above plan", "above the target", "above the quota", "above the goal", "above the plan",
	"above the base target", "por encima del objetivo", "por encima de la meta", "por encima de la cuota", "au-dessus de l'objectif",
	"au-dessus des objectifs", "acima da meta", "acima do objetivo", "sopra l'obiettivo", "sopra il target", "über dem ziel", "über plan",
	"boven target", "boven het doel", "ponad cel", "ponad plan", "выше плана", "выше цели", "вище плану", "hedefin üzerinde"}

// beats marks the percentages said to beat a target: the clause around
// the figure holds a verb of beating.
func (p *parser) beats() {
	for i := range p.out {
		q := &p.out[i]
		if q.Class != Percent || q.Value >= 100 || q.Level {
			continue
		}
		from, to := max(0, q.Start-48), min(len(p.text), q.End+24)
		clause := strings.ToLower(p.text[from:to])
		for _, w := range beatStems {
			if strings.Contains(clause, w) {
				q.Beat = true
				break
			}
		}
	}
}

// percentSignBefore: a "%" stands at token k or a few words before it
// ("labor % of sales from 14.2 to 12.9").
func (p *parser) percentSignBefore(k int) bool {
	for end := k - 4; k >= 0 && k > end; k-- {
		if p.lower(k) == "%" {
			return k == 0 || p.toks[k-1].kind != tNum // (not "at 1% FPR": a figure's own sign)
		}
		if p.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// percentAhead: "Labor % from 33 to 27": the percent sign written before
// the range makes both ends percentages.
func (p *parser) percentAhead() {
	for i := range p.out {
		q := &p.out[i]
		if q.Class != Count || q.Noun != "" || q.Implied || p.lower(q.first-1) != "from" || !p.percentSignBefore(q.first-2) {
			continue
		}
		q.Class = Percent
		if i+1 < len(p.out) && p.out[i+1].Class == Count && p.out[i+1].Noun == "" && p.lower(p.out[i+1].first-1) == "to" {
			p.out[i+1].Class = Percent
		}
	}
}

// pluralAt: token k is a plural noun ("exams", "modules").
func pluralAt(p *parser, k int) bool {
	t := p.tok(k)
	return t != nil && t.kind == tWord && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss")
}

// overSpans: "$2.1M/5 yrs" is $2.1M over five years, not a rate per five
// years: the amount, and the span it was over.
func (p *parser) overSpans() {
	for i, n := 0, len(p.out); i < n; i++ {
		q := &p.out[i]
		k := strings.Index(q.Text, "/")
		if k < 0 || k+1 >= len(q.Text) || !isDigitB(q.Text[k+1]) {
			continue
		}
		span, start := 0.0, q.Start+k+1
		switch unit, _ := strings.CutPrefix(q.Noun, "per "); {
		case q.Class == Rate && q.Per > 0:
			span = q.Per
			q.Class, q.Value, q.Tolerance, q.Per = q.Of, q.Value*span, q.Tolerance*span, 0
		case q.Class == Currency && q.PerUnits > 0 && durationUnits[unit] > 0:
			span = q.PerUnits * durationUnits[unit]
			q.Value, q.Tolerance, q.PerUnits, q.Noun = q.Value*q.PerUnits, q.Tolerance*q.PerUnits, 0, ""
		default:
			continue
		}
		p.out = append(p.out, Quantity{Text: p.text[start:q.End], Start: start, End: q.End, Class: Duration, Value: span,
			Tolerance: 0.5 * span / max(1, numberIn(q.Text[k+1:])), Number: numberIn(q.Text[k+1:]), Implied: true, first: q.first, last: q.last})
	}
}

// numberIn is the figure a short text opens with ("5 yrs": 5), or 1.
func numberIn(s string) float64 {
	j := 0
	for j < len(s) && (isDigitB(s[j]) || s[j] == '.') {
		j++
	}
	if v, err := strconv.ParseFloat(s[:j], 64); err == nil && v > 0 {
		return v
	}
	return 1
}

// periodsAhead: money whose measure names its period before it is per that
// period: "grew ARR to $1.2M" is $1.2M a year, "quarterly revenue of $300K"
// $300K a quarter.
func (p *parser) periodsAhead() {
	for i := range p.out {
		q := &p.out[i]
		if q.Class != Currency || q.Implied || q.Per != 0 || q.PerUnits != 0 {
			continue
		}
		switch p.lower(p.before(q)) {
		case "to", "of", "at", "reached", "hit", "topped", "de", "von", "di", "do", "da", "para", "até", "a", "à", "auf", "naar", "tot", "hasta", "al":
		default:
			continue
		}
		for k := p.before(q) - 1; k >= max(0, p.before(q)-4); k-- {
			t := &p.toks[k]
			if t.kind != tWord {
				break
			}
			per, ok := rateAdjectives[t.lower]
			switch t.lower {
			case "arr", "acv":
				per, ok = year, true
			case "mrr":
				per, ok = month, true
			}
			if ok {
				q.Of, q.Class, q.Per, q.PeriodNamed = Currency, Rate, per, true
				q.Value /= per
				q.Tolerance /= per
				for k := range p.out {
					// "el coste mensual bajó de 9.000 € a 5.400 €": the
					// range's other end is of the same period
					if r := &p.out[k]; r.partner == i+1 && r.Class == Currency && r.Currency == q.Currency && r.Per == 0 && r.PerUnits == 0 {
						r.Of, r.Class, r.Per, r.PeriodNamed = Currency, Rate, per, true
						r.Value /= per
						r.Tolerance /= per
					}
				}
				break
			}
		}
	}
}

// cjkPeriodBefore: a word in Japanese or Chinese that ends with a period
// right before a figure ("年間約600件", "月1,200件", "每月"), not a date's
// month ("3月1日").
func cjkPeriodBefore(w string, afterNumber bool) (float64, bool) {
	cut := false
	for _, stop := range []string{"、", "。", "，", "を", "は", "で"} {
		if k := strings.LastIndex(w, stop); k >= 0 {
			w = w[k+len(stop):] // the phrase the figure closes
			cut = true
		}
	}
	afterNumber = afterNumber && !cut // (the number was before the phrase)
	if afterNumber {
		if per, ok := cjkPerUnit(w); ok {
			return per, true // "1日あたり約600件", "1日約60件": per day
		}
	}
	for _, e := range []struct {
		end string
		per float64
	}{{"年間約", year}, {"年間", year}, {"月間約", month}, {"月間", month}, {"毎月", month}, {"每月", month}, {"毎年", year}, {"每年", year},
		{"日平均", day}, {"毎日", day}, {"每天", day}, {"月約", month}, {"月平均", month}, {"月商約", month}, {"月商", month}, {"日活", day}, {"月活", month}, {"周活", week}, {"年商約", year}, {"年商", year}, {"月売上", month},
		{"月給", month}, {"月薪", month}, {"年収", year}, {"年薪", year}, {"年俸", year}, {"時給", hour}, {"日給", day},
		{"하루", day}, {"매일", day}, {"일평균", day}, {"매주", week}, {"매월", month}, {"매달", month}, {"월평균", month}, {"연간", year}, {"매년", year},
		{"연평균", year}, {"วันละ", day}, {"สัปดาห์ละ", week}, {"เดือนละ", month}, {"ปีละ", year}, {"초당", second}, {"분당", minute}, {"시간당", hour}, {"每秒", second}, {"毎秒", second}, {"每分钟", minute}} {
		if strings.HasSuffix(w, e.end) {
			return e.per, true
		}
	}
	if w == "週" {
		return week, true // "週10時間": a week's (not "隔週", every other one, nor "先週", last week)
	}
	for _, pre := range []string{"月間", "年間", "日間"} {
		if strings.HasPrefix(w, pre) && len(w) > len(pre) {
			return map[string]float64{"月間": month, "年間": year, "日間": day}[pre], true // "月間アクティブユーザー8,000人"
		}
	}
	for _, e := range []struct {
		open string
		per  float64
	}{{"每天", day}, {"每日", day}, {"毎日", day}, {"每晚", day}, {"毎晩", day}, {"每夜", day}, {"每周", week}, {"毎週", week}, {"每月", month}, {"毎月", month}, {"每年", year}, {"毎年", year}} {
		if strings.Contains(w, e.open) {
			// "每天准备凉菜约150份": the clause opens with its period;
			// "服务器成本每月节省3万元": or names it before its verb
			return e.per, true
		}
	}
	for _, e := range []struct {
		mark string
		per  float64
	}{{"年", year}, {"月", month}, {"日", day}} {
		// "年采购额约3000万元", "年均交付约30万字": the amount of a year, a month
		if k := strings.LastIndex(w, e.mark); k >= 0 && !(k == 0 && afterNumber) {
			if rest := w[k+len(e.mark):]; strings.HasPrefix(rest, "均") || strings.HasSuffix(rest, "额") || strings.HasSuffix(rest, "量") || strings.HasSuffix(rest, "营收") {
				return e.per, true
			}
		}
	}
	if !afterNumber {
		switch w {
		case "월", "매월":
			return month, true // "월 300건": Korean puts the period first
		case "주":
			return week, true
		case "일":
			return day, true // "일 100만 건": a day's
		case "연":
			return year, true // "연 매출 10억"
		}
	}
	if w == "月" && cut {
		return month, true // "疑義照会を月約30件", "を月30件"
	}
	if strings.HasSuffix(w, "月") && !afterNumber && len(w) > len("月") {
		return month, true // "アラート数を月1,200件"
	}
	return 0, false
}

// cjkRunStart is the first of the glued CJK characters that end at token k.
func (p *parser) cjkRunStart(k int) int {
	j := k
	for j > 0 && p.toks[j-1].kind == tSym && p.toks[j-1].end == p.toks[j].start && len(p.toks[j-1].text) == 3 {
		j--
	}
	return j
}

// adverbsAhead reads a count or amount right after a period word as a
// rate, as German, Dutch, Polish or Turkish word order puts it ("täglich
// 35", "Günde ortalama 250 kuver"), or Japanese ("年間約600件").
func (p *parser) adverbsAhead() {
	for i := range p.out {
		q := &p.out[i]
		if q.Class != Count && q.Class != Currency && q.Class != Duration && q.Class != DataSize || q.Implied || q.Per != 0 || q.PerUnits != 0 {
			continue // ("Ayda ortalama 85 saat": 85 hours a month)
		}
		k := p.before(q)
		if k >= 0 && averageAdverbs[p.lower(k)] {
			k-- // "Günde ortalama 250": on average
		}
		if k < 0 {
			continue
		}
		per, ok := 0.0, false
		t := &p.toks[k]
		if t.kind == tWord {
			per, ok = rateAdjectives[t.lower]
			if !ok && (p.lower(k-1) == "हर" || p.lower(k-1) == "प्रति") {
				per, ok = hindiPeriods[t.lower] // "हर हफ्ते लगभग 50 मरीज": every week
				k--
			}
			if !ok && k > 0 {
				// "za rok cca 25 zakázek", "mỗi ngày khoảng 800 ổ": a period
				// in two words before the figure
				if per, ok = foreignPeriods[p.lower(k-1)+" "+t.lower]; ok {
					k--
				} else if w := p.lower(k - 2); (w == "mỗi" || w == "hàng") && k > 1 {
					// "mỗi ngày nướng khoảng 800": the verb between
					if per, ok = foreignPeriods[w+" "+p.lower(k-1)]; ok {
						k -= 2
					}
				}
			}
		} else if t.kind == tSym {
			// Japanese and Chinese run without spaces: the characters
			// before the figure
			j := p.cjkRunStart(k)
			if w := p.text[p.toks[j].start:t.end]; (w == "평균" || w == "약") && j > 0 && p.toks[j-1].kind == tSym {
				// "하루 평균 400인분": Korean spaces its words
				k = j - 1
				t = &p.toks[k]
				j = p.cjkRunStart(k)
			}
			per, ok = cjkPeriodBefore(p.text[p.toks[j].start:t.end], j > 0 && p.toks[j-1].kind == tNum && p.toks[j-1].end == p.toks[j].start)
			if !ok && j > 0 && p.toks[j-1].kind == tSym {
				// "월 매출 1.2억 원": the month word before the noun
				i0 := p.cjkRunStart(j - 1)
				switch p.text[p.toks[i0].start:p.toks[j-1].end] {
				case "월":
					per, ok = month, true
				case "연":
					per, ok = year, true
				}
			}
		}
		if !ok {
			// "วันละประมาณ 300 คน": Thai runs its words together
			if per, ok = thaiPeriodBefore(strings.TrimRight(p.text[:q.Start], " ")); ok {
				q.Of, q.Class, q.Per = q.Class, Rate, per
				q.Value /= per
				q.Tolerance /= per
			}
			continue
		}
		q.Of, q.Class, q.Per = q.Class, Rate, per
		q.Value /= per
		q.Tolerance /= per
		if p.toks[k].kind == tWord {
			q.Start = p.toks[k].start // ("täglich 35"; a CJK period keeps apart)
		}
		q.Text = p.text[q.Start:q.End]
		// the other end of "月1,200件から300件" is per the same period, and
		// so is the end of an arrow ("초당 1,500건 → 4,500건")
		for j := range p.out {
			if o := &p.out[j]; (o.partner == i+1 || p.arrowTo(q, o) || p.cjkTo(q, o)) && o.Class == q.Of && !o.Implied && o.Per == 0 {
				o.Of, o.Class, o.Per = o.Class, Rate, per
				o.Value /= per
				o.Tolerance /= per
			}
		}
	}
}

// cjkTo: b follows a as the other end of a change Korean, Japanese or
// Chinese writes ("연 12시간에서 2시간으로", "月1,200件から300件", "从80降至30").
func (p *parser) cjkTo(a, b *Quantity) bool {
	if b.Start < a.End || b.Start-a.End > 12 {
		return false
	}
	switch strings.TrimSpace(p.text[a.End:b.Start]) {
	case "에서", "から", "到", "至", "降至", "降到", "减少到", "减至", "提升到", "提高到", "增加到", "增至":
		return true
	}
	return false
}

// arrowTo: b follows a across an arrow, with at most a counter between
// ("1,500건 → 4,500건").
func (p *parser) arrowTo(a, b *Quantity) bool {
	if b.Start < a.End || b.Start-a.End > 12 {
		return false
	}
	gap := p.text[a.End:b.Start]
	return strings.Contains(gap, "→") || strings.Contains(gap, "->")
}

// hoursAndMinutes reads "1 hr 45 min" as one duration of 105 minutes and
// "7 min 30 s" as 450 seconds (the smaller figure stays, implied, so
// nothing asks for it).
func (p *parser) hoursAndMinutes() {
	for i := range p.out {
		h := &p.out[i]
		if h.Class != Duration || h.Implied || h.Number != float64(int(h.Number)) || h.Value != h.Number*hour && h.Value != h.Number*minute {
			continue
		}
		small := minute // hours take minutes; minutes take seconds ("7 min 30 s")
		if h.Value == h.Number*minute {
			small = second
		}
		for j := range p.out {
			m := &p.out[j]
			gap := ""
			if m.Start >= h.End {
				gap = strings.TrimSpace(p.text[h.End:m.Start])
			}
			if small == minute && m.Class == Count && m.Noun == "m" && m.Number < 60 && m.Start >= h.End && m.Start-h.End <= 2 && m.Bound == Exact {
				// "3 h 10 m": ten minutes after the hours, no metres
				m.Class, m.Value, m.Noun = Duration, m.Number*minute, ""
			}
			if j == i || m.Class != Duration || m.Implied || m.Start < h.End || m.Start-h.End > 5 || gap != "" && gap != "and" ||
				!(m.Value == m.Number*small && m.Number < 60 || small == minute && m.Value == m.Number && m.Value < hour) || m.Bound != Exact {
				// (minutes, or "20m" after "3h", read in seconds)
				continue
			}
			h.Value += m.Value
			h.Tolerance = m.Tolerance
			h.End = m.End
			h.Text = p.text[h.Start:h.End]
			m.Implied = true
			break
		}
	}
}

// averageAdverbs may stand between a period adverb and its figure.
// hindiPeriods are periods Hindi writes after "हर" (every) or "प्रति"
// (per) before a figure.
var hindiPeriods = map[string]float64{"दिन": day, "हफ्ते": week, "सप्ताह": week, "महीने": month, "साल": year, "वर्ष": year}

var averageAdverbs = map[string]bool{"átlag": true, "átlagosan": true, "تقريبا": true, "ortalama": true, "średnio": true, "durchschnittlich": true, "约": true, "約": true, "gemiddeld": true, "평균": true, "약": true, "গড়ে": true, "প্রায়": true, "حدود": true, "تقریباً": true, "लगभग": true, "औसतन": true}

// spans pairs a count of things with the span of time right after it that
// they were done in: "1,000 documents in about 3 seconds".
func (p *parser) spans() {
	for i := 0; i+1 < len(p.out); i++ {
		c := &p.out[i]
		// the figure right after c in the text (a span read from a date,
		// "in 2023", is recorded after the figures around it)
		next := -1
		for j := range p.out {
			if p.out[j].Start >= c.End && (next < 0 || p.out[j].Start < p.out[next].Start) {
				next = j
			}
		}
		if next < 0 {
			continue
		}
		t := &p.out[next]
		// (a span a list implies counts too: "26 releases in 2023", "140
		// meetings in Q1 and Q2")
		if c.Class != Count || c.Noun == "" || c.Implied || t.Class != Duration || t.Bound == Within || t.PerUnits > 0 {
			continue
		}
		k := t.first - 1
		for k >= 0 && p.toks[k].end > t.Start {
			k-- // the span's hedge
		}
		if (p.lower(k) == "in" || p.lower(k) == "within") && p.toks[k].start >= c.End && p.nounRest(c.End, k) {
			c.Span = next + 1
		}
	}
}

// nounRest: tokens before k from offset end are words only, a few: the
// rest of a counted noun phrase and what it was done on ("85 seasonal
// associates in 6 weeks", "120 nurses on the new workflow in 3 weeks").
func (p *parser) nounRest(end, k int) bool {
	for n := 0; k > 0 && p.toks[k-1].end > end; k-- {
		if n++; n > 6 || p.toks[k-1].kind != tWord || numberWords[p.toks[k-1].lower] > 0 {
			return false
		}
	}
	return true
}

// ratioNames are metrics that are themselves ratios: "ROAS 3.2", "3.2
// ROAS" and "3.2x ROAS" state one figure.
var ratioNames = map[string]bool{"roas": true, "roi": true, "moic": true, "tvpi": true}

// ratioMetrics read a plain number labelled by a ratio metric, before or
// after it, as a multiple ("ROAS 3.2" is 3.2x).
func (p *parser) ratioMetrics() {
	for i := range p.out {
		q := &p.out[i]
		if q.Class != Count || q.Implied || q.magnitude || q.Bound == Within {
			continue
		}
		name := ""
		switch {
		case ratioNames[q.Noun]:
			name = q.Noun
		case q.bare && q.first > 0 && ratioNames[p.lower(q.first-1)]:
			name = p.lower(q.first - 1)
		case q.bare && q.first > 1 && ratioNames[p.lower(q.first-2)] && (p.lower(q.first-1) == "of" || p.lower(q.first-1) == ":" || p.lower(q.first-1) == "="):
			name = p.lower(q.first - 2)
		default:
			continue
		}
		q.Class, q.Noun, q.bare, q.Subjects = Multiplier, "", false, []string{"~" + name}
	}
}

// ellipses give a bare number that ends a clause the unit of the figure
// before it: "used to take 14 days; now it takes 2" ("a team of 5" counts
// people, and in "is 55 now" a word follows).
func (p *parser) ellipses() {
	for i := 1; i < len(p.out); i++ {
		q, prev := &p.out[i], &p.out[i-1]
		if !q.bare || q.partner > 0 || prev.bare || prev.Implied || prev.Bound == Within || q.magnitude || p.lower(p.before(q)) == "of" ||
			p.lower(p.before(q)) == "=" || q.Noun != "" || ownMeasureBefore(p.lower(p.before(q))) || p.targetAfterSpan(prev, q) || p.ageAfterPeople(q) ||
			p.clauseBetween(prev, q) && familyOf(p.lower(p.before(q))) != "" {
			// ("8 yrs; teams up to 15": the teams are counted, in a clause of their own)
			continue // ("(n=24)" is a sample's size; "avg attendance ~250" counts people, not events)
		}
		switch prev.Class {
		case Duration, DataSize, Currency, Percent, Rate:
		default:
			continue
		}
		spanOf := prev.Class == Duration && (p.lower(q.first-1) == "last" || p.lower(q.first-1) == "past" || p.lower(q.first-1) == "first" || p.lower(q.first-1) == "final" ||
			p.ofWhichBefore(q.first, prev.last)) // "7 ans, dont 3 comme référente"
		if t := p.tok(q.last); t != nil && !(t.kind == tSym && strings.ContainsAny(t.text, ".;,)")) && !spanOf {
			continue // (but "7 yrs in sales, last 3 as team lead" are years)
		}
		if prev.Class == Percent && (q.Number >= 1000 || q.Number > 100 && prev.Number <= 100 || p.lower(q.first-1) == "(" && q.Start-prev.End <= 3) {
			// ("81% (52)": the count the share is made of)
			continue // "grew subscribers 150% to 25,000": a count
		}
		p.unify(i-1, i, numParse{value: q.Number})
	}
}

// targetAfterSpan: the bare figure q is a target ("(meta: 80)") after a
// span the work took ("in 10 months"): the target is of the things done,
// not of the span ("31 days (target 40)" is a target in days).
func (p *parser) targetAfterSpan(prev, q *Quantity) bool {
	w := p.lower(p.before(q))
	if w == ":" {
		w = p.lower(p.before(q) - 1)
	}
	switch w {
	case "target", "goal", "quota", "meta", "objetivo", "objectif", "ziel", "obiettivo", "doel", "cel", "план", "цель":
	default:
		return false
	}
	switch p.lower(p.before(prev)) {
	case "in", "em", "en", "within", "over", "w", "за", "dans", "innerhalb", "entro", "binnen", "durante", "during":
		return prev.Class == Duration
	}
	return false
}

// ownMeasureBefore: the word before a bare figure names what it measures,
// so it takes no unit from the figure before ("12 events/yr, avg
// attendance ~250").
func ownMeasureBefore(w string) bool {
	switch w {
	case "attendance", "avg", "average", "mean", "median", "headcount", "size", "total", "capacity", "enrollment", "enrolment", "audience":
		return true
	}
	return false
}

// bareRanges give a range written without a unit the unit of the change
// just before it: "cut time-to-hire by 17 days, from 48 to 31", "by 7
// minutes (12 → 5)".
func (p *parser) bareRanges() {
	for i := 1; i+1 < len(p.out); i++ {
		prev, q, r := &p.out[i-1], &p.out[i], &p.out[i+1]
		if !q.bare || !r.bare || r.partner != i+1 || prev.bare || prev.Implied || prev.Bound == Within || q.magnitude || r.magnitude {
			continue
		}
		switch prev.Class {
		case Duration, DataSize, Currency, Rate:
		default:
			continue // a percent change says nothing of the levels' unit
		}
		if q.first-prev.last > 3 {
			continue
		}
		gap := true
		for k := prev.last; k < q.first; k++ {
			switch p.lower(k) {
			case ",", "(", "from", "—", "–", "-", ":":
			default:
				gap = false
			}
		}
		if !gap {
			continue
		}
		partner := q.partner
		p.unify(i-1, i, numParse{value: q.Number})
		p.out[i].partner = partner
		p.unify(i, i+1, numParse{value: r.Number})
	}
}

// roles marks figures written as changes ("by 40%") or levels ("from 40
// to 10", "to 99.9%").
func (p *parser) roles() {
	for i := range p.out {
		q := &p.out[i]
		if q.Implied {
			continue
		}
		if q.Class == Percent && p.lower(q.last) == "of" {
			switch p.lower(q.last + 1) {
			case "its", "their", "the", "his", "her":
				q.Share = true
			}
		}
		switch p.lower(p.before(q)) {
		case "by":
			// "used by 12,000 accounts" names who, not a change; "grew
			// the network by 40 clinics" is one
			q.Change = q.Class != Count || q.Noun == "" || p.changeVerbBefore(q.first)
		case "from", "to", "at", "→", "->":
			// ("34% → 29%": the arrow's end is a level too)
			q.Level = true
		case "up", "down":
			// "organic traffic up 140%": a change, as "by" writes one
			q.Change = q.Change || q.Class == Percent
		}
		if k := p.before(q) + 1; p.lower(q.last) == "→" && k >= 0 {
			q.Level = true // and its start
		}
		if q.Change && q.Class == Percent {
			q.Rise = p.riseBefore(q.first)
		}
		if q.End < len(p.text) && p.text[q.End] >= 0xe3 || q.Start > 0 && p.text[q.Start-1] >= 0x80 {
			// "40분에서 10분으로", "40分から10分に", "从40分钟到10分钟": from and
			// to written as particles
			q.Level = q.Level || cjkFromTo(p.text[:q.Start], p.text[q.End:])
		}
	}
}

// riseBefore: a word of growth opens the clause before token i ("grew
// revenue by 40%", "traffic up 140%"), with no word of cutting after it.
func (p *parser) riseBefore(i int) bool {
	for k := i - 1; k >= max(0, i-8); k-- {
		t := &p.toks[k]
		if t.kind == tSym && (t.text == "," || t.text == ";" || t.text == ".") || t.kind == tNum {
			return false
		}
		if riseWords[t.lower] {
			return true
		}
		if halvingVerbs[t.lower] || cutWords[t.lower] {
			return false
		}
	}
	return false
}

// riseWords and cutWords say which way a change went.
var (
	riseWords = map[string]bool{"up": true, "grew": true, "grow": true, "growing": true, "grown": true, "increased": true, "increasing": true, "increase": true,
		"rose": true, "risen": true, "raised": true, "raising": true, "boosted": true, "boosting": true, "lifted": true, "lifting": true, "growth": true,
		"expanded": true, "jumped": true, "climbed": true, "gained": true}
	cutWords = map[string]bool{"cut": true, "cutting": true, "reduced": true, "reducing": true, "lowered": true, "down": true, "fell": true, "dropped": true,
		"decreased": true, "shrank": true, "trimmed": true, "saved": true, "slashed": true, "decline": true, "declined": true}
)

// changeVerbBefore: a verb of growth or cut opens the clause before token
// i ("expanded the partner network by 40 clinics").
func (p *parser) changeVerbBefore(i int) bool {
	for k := i - 2; k >= max(0, i-8); k-- {
		t := &p.toks[k]
		if t.kind == tSym && t.text != "-" {
			return false
		}
		for _, stem := range []string{"expand", "grew", "grow", "increas", "rais", "reduc", "cut", "boost", "lift", "decreas", "lower", "shrank", "shrunk", "extend", "enlarg"} {
			if strings.HasPrefix(t.lower, stem) {
				return true
			}
		}
	}
	return false
}

// before is the index of the token before q and its hedge: "by" in "by up
// to 40%".
func (p *parser) before(q *Quantity) int {
	k := q.first - 1
	for k >= 0 && p.toks[k].end > q.Start {
		k--
	}
	return k
}

// shares adds the percentage "A of B" implies: "1,200 of the team's 1,500
// test cases" is 80% of them, "18 of 24 services" 75%.
func (p *parser) shares() {
	n := len(p.out)
	for i := 0; i < n; i++ {
		// "a 4.7-star rating" is a rating of 4.7/5
		if a := &p.out[i]; a.Class == Count && !a.Implied && (a.Noun == "star" || a.Noun == "stars" || a.Noun == "rating" && a.Tolerance < 0.5) && a.Value > 0 && a.Value <= 5 {
			// ("4.9 rating" too, as a rating out of five)
			p.out = append(p.out, Quantity{Text: a.Text, Start: a.Start, End: a.End, Class: Percent, Value: a.Value * 20, Number: a.Value * 20,
				Tolerance: a.Tolerance * 20, Implied: true, rating: true, first: a.first, last: a.last})
		}
	}
	for i := 0; i+1 < n; i++ {
		// "87% of $340K", "$295K of $340K": the amount is a whole
		// ("87% ($295K) of $340K": a part restated in brackets)
		if a, b := &p.out[i], &p.out[i+1]; b.Class == Currency && (a.Class == Percent || a.Class == Currency) &&
			(p.lower(a.last) == "of" && b.first-a.last <= 2 || p.lower(a.last) == ")" && p.lower(a.last+1) == "of" && b.first-a.last <= 3) {
			b.Whole = true
		}
	}
	for i := 0; i+1 < n; i++ {
		a, b := &p.out[i], &p.out[i+1]
		counts := func(q *Quantity) bool { return q.Class == Count || q.Class == Rate && q.Of == Count }
		// ("on call for 3 of the 6 weeks": a bare count of a span's units)
		spanUnits := b.Class == Duration && a.Class == Count && a.Noun == "" && !b.Implied
		if a.Implied || b.Implied || !counts(a) || !counts(b) && !spanUnits || a.Number <= 0 || a.Number >= b.Number || p.lower(a.last) != "of" || b.first-a.last > 4 {
			continue
		}
		b.Whole, a.Part = true, true
		v := a.Number / b.Number * 100
		start, end := a.Start, b.End
		subjects, first, last := b.Subjects, a.first, b.last
		if spanUnits && len(subjects) == 0 {
			subjects = a.Subjects // (a span measures no thing: the part's subject is the share's)
		}
		p.out = append(p.out, Quantity{Text: p.text[start:end], Start: start, End: end, Class: Percent, Value: v, Number: v,
			Implied: true, Subjects: subjects, first: first, last: last})
	}
	// "22 Wohnungen vermittelt, davon 15 in 60 Tagen": the whole first,
	// then its part
	for i := 0; i+1 < n; i++ {
		a, b := &p.out[i], &p.out[i+1]
		if a.Implied || b.Implied || a.Class != Count || b.Class != Count || b.Number <= 0 || b.Number >= a.Number || !p.ofWhichBefore(b.first, a.last) {
			continue
		}
		v := b.Number / a.Number * 100
		p.out = append(p.out, Quantity{Text: p.text[a.Start:b.End], Start: a.Start, End: b.End, Class: Percent, Value: v, Number: v,
			Implied: true, Subjects: a.Subjects, first: a.first, last: b.last})
	}
}

// ofWhichBefore: "davon", "dont", "di cui", "из них" and the like come
// right before token k, after token from.
func (p *parser) ofWhichBefore(k, from int) bool {
	if k-1 < from {
		return false
	}
	switch p.lower(k - 1) {
	case "davon", "dont", "waarvan", "varav", "heraf", "hvorav", "joista":
		return true
	case "cui":
		return p.lower(k-2) == "di"
	case "cuales", "cuales:", "quais":
		return p.lower(k-2) == "los" || p.lower(k-2) == "las" || p.lower(k-2) == "dos" || p.lower(k-2) == "das"
	case "них":
		return p.lower(k-2) == "из" || p.lower(k-2) == "з"
	case "czego", "tego":
		return p.lower(k-2) == "z"
	}
	return false
}

// add records q, read from tokens first to last (exclusive), and returns
// its index.
func (p *parser) add(q Quantity, first, last int) int {
	q.first, q.last = first, last
	p.out = append(p.out, q)
	return len(p.out) - 1
}

// percentile reads p95, P99.9 and "99th percentile".
func (p *parser) percentile(i int) (int, bool) {
	t := p.tok(i)
	if t.kind == tWord && len(t.lower) >= 2 && (t.lower[0] == 'p' || strings.HasPrefix(t.lower, "tp")) {
		digits := strings.TrimPrefix(strings.TrimPrefix(t.lower, "t"), "p")
		if len(digits) >= 2 && allDigits(digits) {
			label := t.lower // "p95" as written: no new string
			if label[0] != 'p' {
				label = "p" + digits
			}
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
	}
	return 0, false
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

// standards are names whose number is an identifier: ISO 8601, RFC 7231.
var standards = map[string]bool{"iso": true, "rfc": true, "pep": true, "iec": true, "cve": true, "ecma": true, "ieee": true,
	"nist": true, "jsr": true, "fips": true, "ansi": true, "itu": true}

// nameSuffixes make "two-factor", "2-phase", "three-tier" names, not counts.
var nameSuffixes = map[string]bool{"factor": true, "phase": true, "tier": true, "way": true, "step": true, "pizza": true,
	"sided": true, "dimensional": true, "click": true, "stop": true, "legged": true}

// windowNouns after "7-day" make it the name of a metric's window.
var windowNouns = map[string]bool{"retention": true, "churn": true, "active": true, "actives": true, "average": true, "rolling": true,
	"moving": true, "window": true, "cohort": true, "cohorts": true, "return": true, "repeat": true, "conversion": true, "ltv": true,
	"readmission": true, "readmissions": true, "mortality": true, "revisit": true, "revisits": true, "recidivism": true, "survival": true,
	"reopen": true, "reopens": true, "refund": true, "refunds": true, "default": true, "delinquency": true}

// pointInPeriod: token k opens "year-end" or "month-end", a point in a
// period rather than its length.
func (p *parser) pointInPeriod(k int) bool {
	u := p.lower(k)
	return durationUnits[u] > 0 && len(u) > 2 && p.lower(k+1) == "-" && p.lower(k+2) == "end" && !p.toks[k].spaceAfter && !p.toks[k+1].spaceAfter
}

// gluedNumberHedges may be glued to a figure by a hyphen and stay a hedge
// or a range: "sub-200ms", "up-to-5", "3-to-5".
// (and Hebrew's one-letter prefixes, "כ-20" about 20, "ל-3" for 3, "ב-2024")
var gluedNumberHedges = map[string]bool{"sub": true, "to": true, "under": true, "over": true, "near": true, "top": true,
	"כ": true, "ל": true, "ב": true, "מ": true, "ה": true, "ו": true, "ש": true, "כ־": true}

// windowNounAfter: a window noun at k, or after a few modifiers ("30-day
// new-subscriber churn").
func (p *parser) windowNounAfter(k int) bool { return p.windowNounAt(k) >= 0 }

// windowNounAt is the index of the metric a window names, from token k on,
// or -1.
func (p *parser) windowNounAt(k int) int {
	for end := k + 5; k < end; k++ {
		t := p.tok(k)
		if t == nil || t.kind != tWord && t.text != "-" || nounStop[t.lower] {
			return -1
		}
		if windowNouns[t.lower] {
			return k
		}
	}
	return -1
}

// window records a metric's window as a claim: "7-day retention" is not
// "30-day retention", whatever else the figures say. days is its length,
// tokens a to b (exclusive) its words, noun the metric's token.
func (p *parser) window(days float64, a, b, noun int) {
	switch p.lower(noun) {
	case "average", "rolling", "moving", "window":
		return // "a 74-day average sales cycle" is the cycle's length
	}
	key := strconv.FormatFloat(days, 'f', -1, 64) + "-day " + strings.TrimSuffix(p.lower(noun), "s")
	p.token(TokenWindow, key, "", a, b)
}

// ratioAfter: the words after "3:1" say it is a ratio ("ratio", "coverage",
// "pipeline-to-quota ratio").
func (p *parser) ratioAfter(k int) bool {
	for end := k + 8; k < end; k++ {
		t := p.tok(k)
		if t == nil || t.kind == tSym && t.text != "-" {
			return false
		}
		if t.lower == "ratio" || t.lower == "coverage" || t.lower == "leverage" {
			return true
		}
	}
	return false
}

// ratioBefore: "ratio at 10:1", "ratio of 3:1".
func (p *parser) ratioBefore(i int) bool {
	for k := i - 1; k >= max(0, i-4); k-- {
		if w := p.lower(k); w == "ratio" || w == "coverage" || w == "leverage" {
			return true
		}
	}
	return false
}

// amps: "200A", an electrical service's current.
func amps(t *token) bool {
	return t.suffix == "a" && t.decimals == 0 && strings.HasSuffix(t.text, "A") && t.num >= 10
}

// capacityNouns count what a named place holds: "ward 32 beds".
var capacityNouns = map[string]bool{"beds": true, "seats": true, "rooms": true, "covers": true, "cots": true, "docks": true, "doors": true}

// courseName: a regulator or standards body whose numbered courses and
// rules people name by the number ("OSHA 30", "EPA 608", "NFPA 70").
func courseName(t *token) bool {
	if len(t.text) < 3 || len(t.text) > 5 || t.text != t.lower && !upperASCII(t.text) {
		return false // "Nec" is no regulator; "osha" as people type it is
	}
	switch t.lower {
	case "osha", "epa", "nfpa", "nec", "hipaa", "usp", "asme", "ansi", "iec", "nist", "cmmc", "astm",
		"asc", "ifrs", "ias", "gasb", "fasb", "iso", "ieee", "rfc", "sox", "cfr":
		return true
	}
	return false
}

// identifierNouns name a thing by the number after them: "on line 3",
// "Ward 7", "Building 4", "Phase 2", an exam's "Part 2" or "Step 1".
var identifierNouns = map[string]bool{"sev": true, "severity": true, "line": true, "building": true, "floor": true, "phase": true, "ward": true, "room": true,
	"gate": true, "bay": true, "dock": true, "station": true, "lane": true, "plant": true, "store": true, "route": true,
	"shift": true, "wave": true, "batch": true, "lot": true, "aisle": true, "terminal": true, "platform": true,
	"pier": true, "berth": true, "hangar": true, "runway": true, "suite": true, "block": true, "district": true,
	"precinct": true, "sprint": true, "season": true, "chapter": true, "unit": true, "cell": true, "class": true, "grade": true,
	"grades": true, "std": true, "classes": true, "wards": true, "phases": true, "form": true, "forms": true, "tier": true, "core": true,
	"part": true, "step": true, "paper": true, "section": true, "year": true,
	"quý": true, "quartal": true, "trimestre": true, "kwartał": true, "квартал": true, "çeyrek": true} // (a quarter by its number: "quý 3")

// numberedName: "No" or "Nr" at token k follows a name ("City Library
// No. 3", "Schule Nr. 5"); "No. 1 in sales" is a rank.
func (p *parser) numberedName(k int) bool {
	t, name := p.tok(k), p.tok(k-1)
	return t != nil && name != nil && (t.text == "No" || t.text == "Nr") && name.kind == tWord && name.text[0] >= 'A' && name.text[0] <= 'Z'
}

// namedByNumber are words, as written, that name a unit or place by the
// number after it.
var namedByNumber = map[string]bool{"Engine": true, "Ladder": true, "Truck": true, "Medic": true, "Rescue": true, "Squad": true,
	"Battalion": true, "Ward": true, "Gate": true, "Bay": true, "Room": true, "Station": true, "№": true, "Nº": true, "N°": true}

// IdentifierNoun reports whether w (lower case) names a thing by the
// number after it ("line 3", "Phase 2", "grade 6").
func IdentifierNoun(w string) bool { return identifierNouns[w] }

// notAQuantity skips years, versions, dates, "24/7", times, ordinals,
// standards' numbers and names such as "two-factor".
func (p *parser) notAQuantity(i int, n numParse) (int, bool) {
	t := p.tok(i)
	if prev := p.tok(i - 1); prev != nil && (prev.text == "<" || prev.text == "=" || prev.text == "≤" || prev.text == ">") && (p.lower(i-2) == "p" || p.lower(i-2) == "α") {
		return i + 1, true // "p<0.05": a significance level, no figure of the work
	}
	// "two-factor", "2-phase commit", "three-tier"
	if nt := p.tok(n.next); nt != nil && !p.toks[n.next-1].spaceAfter && (nt.text == "º" || nt.text == "ª" ||
		nt.text == "." && !nt.spaceAfter && (p.lower(n.next+1) == "º" || p.lower(n.next+1) == "ª")) {
		return n.next + 1, true // "2.º curso", "3ª edición": an ordinal
	}
	if nt := p.tok(n.next); nt != nil && nt.text == "-" && !p.toks[n.next-1].spaceAfter {
		w := p.lower(n.next + 1)
		if nameSuffixes[w] || n.value == 0 && !noneNouns[w] {
			return n.next + 2, true
		}
		// "7-day retention", "30-day active users": the name of a metric
		if d := durationUnits[w]; d > 0 && p.windowNounAfter(n.next+2) && p.lower(p.windowNounAt(n.next+2)) != "average" {
			// ("a 90-second average response time" is its value)
			p.window(n.value*d/day, i, n.next+2, p.windowNounAt(n.next+2))
			// (its span still supports "over 3 years": "3-yr annualised
			// return")
			start, end := p.toks[i].start, p.toks[n.next+1].end
			p.out = append(p.out, Quantity{Text: p.text[start:end], Start: start, End: end, Class: Duration, Value: n.value * d,
				Tolerance: 0.5 * d, Number: n.value, Implied: true, first: i, last: n.next + 2})
			return n.next + 2, true
		}
	}
	if nt := p.tok(n.next); nt != nil && !p.toks[n.next-1].spaceAfter && nt.text != "" && nt.text[0] >= 0x80 {
		if _, per := cjkPerUnit(p.cjkRun(n.next)); per && n.value == 1 && p.tok(n.next+1) != nil {
			return n.next + 1, true // the "1" of "1日あたり" names a period
		}
	}
	if p.pointInPeriod(n.next) {
		return n.next + 3, true // "one year-end audit"
	}
	if t.kind != tNum {
		if prev := p.tok(i - 1); prev != nil && (prev.lower == "year" || prev.lower == "phase" || prev.lower == "grade" || prev.lower == "level") && n.next == i+1 {
			return i + 1, true // "in year two", "phase three": a name, not a count
		}
		return 0, false
	}
	if t.suffix != "" && !gluedMagnitude[t.suffix] && !gluedUnit(t.suffix) && !amps(t) && !tonnes(t) {
		return i + 1, true // 3D, 2FA, 5G, 10th
	}
	if n := p.tok(i + 1); strings.HasSuffix(t.text, "X") && t.decimals == 0 && n != nil && n.kind == tWord && n.text[0] >= 'A' && n.text[0] <= 'Z' &&
		strings.ToUpper(n.text) != n.text && !english.IsWord(n.lower) {
		return i + 1, true // "10X Genomics": a company's name
	}
	if t.decimals == 0 && t.num <= 12 && (p.is(i+1, "a", ".", "m") || p.is(i+1, "p", ".", "m") || (p.lower(i+1) == "am" || p.lower(i+1) == "pm") && t.spaceAfter) {
		return i + 2, true // "at 5 a.m.": a time of day
	}
	if prev, dash := p.tok(i-2), p.tok(i-1); prev != nil && dash != nil && (dash.text == "-" || dash.text == "–") && prev.end == dash.start && dash.end == t.start &&
		(prev.text == "K" || prev.lower == "prek" || prev.lower == "tk") && t.decimals == 0 && t.num <= 12 {
		return i + 1, true // "K-8", "PreK–5": the grades a school or licence spans
	}
	if t.decimals == 0 && (t.num == 401 || t.num == 403 || t.num == 457) && (t.lower == "401k" || t.lower == "403b" || t.lower == "457b" ||
		t.suffix == "" && p.is(i+1, "(") && (p.lower(i+2) == "k" || p.lower(i+2) == "b") && p.lower(i+3) == ")") {
		return i + 1, true // "401k", "403(b)": a retirement plan's name
	}
	if t.suffix == "s" && t.decimals == 0 && t.num >= 10 && t.num < 100 && p.lower(i-1) == "-" && !p.toks[i-1].spaceAfter && (p.lower(i-2) == "over" || p.lower(i-2) == "under") {
		// "over-50s": people over fifty, no seconds
		bound := AtLeast
		if p.lower(i-2) == "under" {
			bound = Below
		}
		start := p.toks[i-2].start
		p.out = append(p.out, Quantity{Text: p.text[start:t.end], Start: start, End: t.end, Class: Count, Value: t.num, Tolerance: 0.5,
			Number: t.num, Bound: bound, first: i - 2, last: i + 1, mantissa: t.num, measure: "age"})
		return i + 1, true
	}
	if t.suffix == "s" && t.decimals == 0 && t.num >= 1000 && t.num < 10000 && len(t.text) == 5 {
		return i + 1, true // "the 1990s", "prepared 1040s": a decade or forms by their number, not seconds
	}
	prev := p.tok(i - 1)
	next := p.tok(i + 1)
	if prev != nil && identifierNouns[prev.lower] && t.decimals == 0 && t.suffix == "" && (next == nil || next.kind != tSym || next.text != "%") &&
		!(next != nil && (capacityNouns[next.lower] || durationUnits[next.lower] > 0 && p.lower(i+2) != ":")) {
		// (but "ward 32 beds" counts beds, "test suite 38 min" is a time)
		return i + 1, true // "line 3", "Ward 7", "Phase 2": a name, not a count
	}
	if prev != nil && (prev.lower == "and" || prev.lower == "&" || prev.lower == "to" || prev.text == "," || prev.text == "-" || prev.text == "–" || prev.lower == "through") && t.decimals == 0 &&
		p.tok(i-2) != nil && p.toks[i-2].kind == tNum && identifierNouns[p.lower(i-3)] {
		return i + 1, true // "class 9 and 10 students": the second name
	}
	if prev != nil && prev.text == "+" && !prev.spaceAfter && p.tok(i-2) != nil && (p.toks[i-2].text == "N" || p.toks[i-2].text == "n") && !p.toks[i-2].spaceAfter {
		return i + 1, true // "N+1 queries": a name
	}
	if prev != nil && (prev.text == "Local" || prev.text == "Lodge" || prev.text == "Post" || prev.text == "Troop") && t.decimals == 0 && t.suffix == "" {
		return i + 1, true // "IBEW Local 46", "Troop 112": a chapter's number
	}
	if prev != nil && t.decimals == 0 && len(t.suffix) <= 1 && (namedByNumber[prev.text] || prev.text == "." && p.numberedName(i-2)) &&
		(next == nil || next.text != "%" && next.text != "+") {
		return i + 1, true // "Engine 4", "Ward 4B", "№3", "Library No. 3": a name
	}
	if prev != nil && t.decimals == 0 && t.suffix == "" && courseName(prev) && (next == nil || next.text != "%" && next.text != "+" && next.lower != "percent") {
		return i + 1, true // "OSHA 10", "EPA 608": a course or rule's name
	}
	// a number glued by a hyphen to the word before it is part of a name:
	// "Sev-1", "week-4 retention", "GPT-4", "Tier-2" (but "sub-200ms" is
	// under 200 ms)
	if prev != nil && prev.text == "-" && !prev.spaceAfter {
		if w := p.tok(i - 2); w != nil && w.kind == tWord && !w.spaceAfter && !gluedNumberHedges[w.lower] {
			return i + 1, true
		}
	}
	// "4.7★": a rating out of five stars
	if next != nil && (next.text == "★" || next.text == "⭐" || next.text == "☆") && t.suffix == "" && t.num > 0 && t.num <= 5 && !t.spaceAfter {
		p.share(i, i+2, t, 5)
		p.out[len(p.out)-1].rating = true
		p.add(Quantity{Class: Count, Value: t.num, Tolerance: tolerance(t.decimals, 1), Number: t.num, Implied: true,
			Text: t.text, Start: t.start, End: t.end}, i, i+1)
		return i + 2, true
	}
	// "$2.1M/5 yrs": an amount over a span, both figures
	overSpan := next != nil && next.text == "/" && p.tok(i+2) != nil && p.toks[i+2].kind == tNum && durationUnits[p.lower(i+3)] > 0 && p.lower(i+3) != "s"
	// 24/7, 03/2021, 9:30, 1:1s; a rating or share "4.8/5", "3/4 of"
	if next != nil && (next.text == "/" || next.text == ":") && !t.spaceAfter && !overSpan {
		if nn := p.tok(i + 2); nn != nil && nn.kind == tNum && !next.spaceAfter {
			if next.text == "/" && nn.suffix == "" && t.suffix == "" && t.num < nn.num && (t.decimals > 0 || nn.num == 2 || nn.num == 3 || nn.num == 4 || nn.num == 5 || nn.num == 10 || nn.num == 100 ||
				t.decimals == 0 && nn.decimals == 0 && nn.num <= 60 && pluralAt(p, i+3)) {
				// ("9/13 exams" passed: nine of thirteen)
				p.share(i, i+3, t, nn.num)
				p.out[len(p.out)-1].rating = nn.num <= 10
				// "GPA 3.8/4.0" states 3.8 too
				p.add(Quantity{Class: Count, Value: t.num, Tolerance: tolerance(t.decimals, 1), Number: t.num, Implied: true,
					Text: t.text, Start: t.start, End: t.end}, i, i+1)
				if pluralAt(p, i+3) {
					// "of 13 exams" too
					p.add(Quantity{Class: Count, Value: nn.num, Tolerance: 0.5, Number: nn.num, Implied: true, Noun: p.lower(i + 3),
						Text: p.text[nn.start:p.toks[i+3].end], Start: nn.start, End: p.toks[i+3].end}, i+2, i+4)
				}
			}
			// "AHT 6:10 -> 5:05", "from 2:35 to 2:05": a time measured,
			// not a time of day
			if ok, minutes := p.clockDuration(i); ok {
				p.add(Quantity{Class: Duration, Value: t.num*60 + nn.num, Tolerance: 0.5, Number: t.num*60 + nn.num, Clock: true, ClockMinutes: minutes,
					Text: p.text[t.start:nn.end], Start: t.start, End: nn.end}, i, i+3)
				return i + 3, true
			}
			// "a 3:1 pipeline-to-quota ratio" is three times; "1:1s" are
			// meetings, "9:30" a time
			if next.text == ":" && nn.num == 1 && nn.text == "1" && nn.suffix == "" && t.num > 1 && t.num <= 100 && t.suffix == "" && (p.ratioAfter(i+3) || p.ratioBefore(i)) {
				p.add(Quantity{Class: Multiplier, Value: t.num, Tolerance: tolerance(t.decimals, 1), Number: t.num,
					Text: p.text[t.start:nn.end], Start: t.start, End: nn.end}, i, i+3)
			}
			return i + 3, true
		}
	}
	if prev != nil && (prev.text == "#" || prev.text == "@" && !prev.spaceAfter || prev.text == "/" && !prev.spaceAfter) &&
		!(prev.text == "/" && i >= 2 && p.toks[i-2].kind == tNum && durationUnits[p.lower(i+1)] > 0 && p.lower(i+1) != "s") {
		return i + 1, true
	}
	// "Year 7 students", "Grade 10", "Key Stage 3": a school year's name
	if prev != nil && t.num <= 13 && t.decimals == 0 && (prev.text == "Year" || prev.text == "Years" || prev.lower == "yr" || prev.text == "Grade" || prev.text == "Grades" || prev.text == "Form" || prev.text == "Stage") {
		return i + 1, true
	}
	if prev != nil && prev.kind == tWord && (prev.lower == "v" || prev.lower == "version" || prev.lower == "release" || prev.lower == "rev") {
		return i + 1, true
	}
	if prev != nil && prev.kind == tWord && standards[prev.lower] && t.decimals == 0 && prev.text == strings.ToUpper(prev.text) {
		return i + 1, true // ISO 8601, RFC 7231
	}
	if t.suffix == "" && t.decimals == 0 && !strings.Contains(t.text, ",") && len(t.text) == 4 &&
		(t.text[:2] == "19" || t.text[:2] == "20") && p.unitlessAfter(i+1) && !p.hedgedCount(i) {
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

// hedgedCount: a four-digit number after a hedge and before a plural noun
// ("around 2000 articles") is a count, not a year.
func (p *parser) hedgedCount(i int) bool {
	if _, hedge := hedgeWords[p.lower(i-1)]; !hedge {
		return false
	}
	next := p.tok(i + 1)
	return next != nil && next.kind == tWord && len(next.lower) > 3 && strings.HasSuffix(next.lower, "s") && durationUnits[next.lower] == 0
}

// tonnes: a small "t" glued to a number weighs ("a 7.5t box van", "40t
// trucks"); a capital names ("4T").
func tonnes(t *token) bool { return t.suffix == "t" && strings.HasSuffix(t.text, "t") }

func gluedUnit(s string) bool {
	if gluedNoun(s) {
		return true
	}
	if s == "x" || s == "rps" || s == "qps" || s == "tps" || s == "bps" || s == "bp" || s == "pp" || gluedDuration[s] {
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

// gluedNoun: a unit people glue to a count ("2.3km", "100wpm", "480v"),
// read as if written apart. One-letter units other than volts are left
// alone ("3D", "5G"), and "m" is a magnitude.
func gluedNoun(s string) bool {
	if _, ok := physicalUnits[s]; ok && len(s) >= 2 {
		return true
	}
	return gluedCounts[s]
}

var gluedCounts = map[string]bool{"wpm": true, "bpm": true, "rpm": true, "mph": true, "kph": true, "psi": true, "fps": true, "dpi": true,
	"ppm": true, "v": true}

// unitlessAfter: token i does not give a number a unit or magnitude.
func (p *parser) unitlessAfter(i int) bool {
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

// periods lists the time periods the text names ("monthly", "a year"): a
// figure in a text about monthly spend may be restated per month.
func (p *parser) periods() []float64 {
	var out []float64
	for i, t := range p.toks {
		if t.kind != tWord || len(t.lower) < 1 {
			continue
		}
		per, ok := 0.0, false
		if w := t.lower; len(w) >= 5 && (w[len(w)-1] == 'y' || w == "annual") { // daily, weekly, annual...
			per, ok = rateAdjectives[w]
		} else if len(w) >= 5 && periodAdverbFilter().MayHave(w) || len(w) >= 5 && w[0] >= 0x80 {
			if w[0] >= 0x80 {
				w = strings.ToLower(w) // (lower is ASCII's: "Щодня" opens a sentence)
			}
			per, ok = periodAdverbs()[w] // "Щодня обробляла близько 100 замовлень"
		}
		if !ok {
			switch p.lower(i - 1) {
			case "per", "a", "each", "every", "/":
				per, ok = perUnits[t.lower]
			}
		}
		switch t.lower {
		case "arr", "acv":
			per, ok = year, true // annual recurring revenue, annual contract value
		case "mrr":
			per, ok = month, true
		}
		if ok {
			out = append(out, per)
		}
	}
	return out
}

// thaiPeriodBefore: a Thai word run ending in a period and "ละ" (each),
// maybe then "about" or "on average", says per that period: "วันละ" a
// day, "เดือนละ" a month.
func thaiPeriodBefore(w string) (float64, bool) {
	for _, hedge := range []string{"ประมาณ", "เฉลี่ย", "กว่า"} {
		w = strings.TrimSuffix(w, hedge)
	}
	for _, tp := range []struct {
		word string
		per  float64
	}{{"วันละ", day}, {"สัปดาห์ละ", week}, {"อาทิตย์ละ", week}, {"เดือนละ", month}, {"ปีละ", year}, {"ชั่วโมงละ", hour}} {
		if strings.HasSuffix(w, tp.word) {
			return tp.per, true
		}
	}
	return 0, false
}

// clauseBetween: a ";" or "|" stands between the figures prev and q.
func (p *parser) clauseBetween(prev, q *Quantity) bool {
	for k := prev.last; k < q.first && k < len(p.toks); k++ {
		if t := p.toks[k].text; t == ";" || t == "|" {
			return true
		}
	}
	return false
}

// periodFromEnd: the start of a change takes the period its end names
// ("da circa 40 litri a 25 litri a settimana", "from 40 litres to 25
// litres a week"): both ends count the same things per week.
func (p *parser) periodFromEnd() {
	for i := 0; i+1 < len(p.out); i++ {
		a, b := &p.out[i], &p.out[i+1]
		if a.Class != Count || a.Implied || b.Class != Rate || b.Of != Count || b.Implied || a.Noun == "" || a.Noun != b.Noun || b.Start < a.End {
			continue
		}
		switch strings.TrimSpace(strings.ToLower(p.text[a.End:b.Start])) {
		case "to", "a", "à", "auf", "naar", "до", "do", "para", "até", "→", "->", "al", "hasta":
		default:
			continue
		}
		a.Of, a.Class, a.Per = a.Class, Rate, b.Per
		a.Value /= b.Per
		a.Tolerance /= b.Per
	}
}
