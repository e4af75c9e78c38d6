package claims

// timesWords are "times" in the languages sources are written in ("dos
// veces por semana", "deux fois par mois", "3 Mal pro Woche", "dwa razy w
// tygodniu", "два раза в неделю").
var timesWords = map[string]bool{"veces": true, "vez": true, "vezes": true, "fois": true, "volte": true, "volta": true, "mal": true,
	"keer": true, "razy": true, "raz": true, "razów": true, "раз": true, "раза": true, "kez": true, "lần": true, "kali": true, "gånger": true, "gang": true, "gange": true}

// twiceWords are "once", "twice" and "three times" written as one word.
var twiceWords = map[string]float64{"einmal": 1, "zweimal": 2, "dreimal": 3, "viermal": 4, "двічі": 2, "дважды": 2, "тричі": 3, "трижды": 3,
	"eenmaal": 1, "tweemaal": 2, "driemaal": 3, "dwukrotnie": 2, "trzykrotnie": 3}

// perLinks stand between "times" and the period ("por", "par", "pro",
// "in der", "w", "в", "a la").
var perLinks = map[string]bool{"por": true, "par": true, "pro": true, "per": true, "al": true, "a": true, "na": true, "w": true, "в": true,
	"на": true, "em": true, "ao": true, "à": true, "la": true, "in": true, "der": true, "de": true, "mỗi": true, "trong": true, "sehari": true, "i": true, "om": true, "te": true}

// periodWords are the periods after the link, with their cases
// ("w tygodniu", "в неделю", "на рік", "in der Woche").
var periodWords = map[string]float64{"tygodniu": week, "miesiącu": month, "roku": year, "dniu": day, "неделю": week, "месяц": month, "год": year,
	"день": day, "тиждень": week, "місяць": month, "рік": year, "добу": day, "sem": week, "semaine": week, "mois": month, "an": year, "année": year,
	"jour": day, "semana": week, "mes": month, "mês": month, "año": year, "ano": year, "día": day, "dia": day, "woche": week, "monat": month,
	"jahr": year, "tag": day, "settimana": week, "mese": month, "anno": year, "giorno": day, "week": week, "maand": month, "jaar": year,
	"dag": day, "tuần": week, "tháng": month, "năm": year, "ngày": day, "minggu": week, "bulan": month, "tahun": year, "hari": day,
	"haftada": week, "ayda": month, "yılda": year, "günde": day, "veckan": week, "månaden": month, "året": year, "dagen": day, "uke": week, "måned": month}

// timesAbroad reads "dos veces por semana" at token i as a rate of two a
// week, as "twice a week" is read; i is the figure or a one-word "twice".
func (p *parser) timesAbroad(i int) (int, bool) {
	t := p.tok(i)
	if t == nil {
		return 0, false
	}
	n, k := 0.0, i+1
	switch {
	case twiceWords[t.lower] > 0:
		n = twiceWords[t.lower]
	case t.kind == tNum && t.suffix == "" && t.decimals == 0 && t.num > 0 && t.num < 100 && timesWords[p.lower(i+1)]:
		n, k = t.num, i+2
	case t.kind == tWord && (numberWords[t.lower] > 0 || t.lower == "dos" || t.lower == "due" || t.lower == "una" || t.lower == "une" || t.lower == "uma" || t.lower == "un" || t.lower == "ein") && timesWords[p.lower(i+1)]:
		n, k = numberWords[t.lower], i+2
		if n == 0 {
			n = map[string]float64{"dos": 2, "due": 2}[t.lower]
			if n == 0 {
				n = 1
			}
		}
	default:
		return 0, false
	}
	// the link, then the period ("por semana", "in der Woche", "a la semana")
	j := k
	for steps := 0; steps < 2 && perLinks[p.lower(j)]; steps++ {
		j++
	}
	per, ok := periodWords[p.lower(j)]
	if !ok || j == k && periodWords[p.lower(j)] == 0 {
		return 0, false
	}
	q := Quantity{Class: Rate, Of: Count, Per: per, Number: n, Value: n / per, Tolerance: 0.5 / per, Start: t.start, End: p.toks[j].end}
	q.Text = p.text[q.Start:q.End]
	p.add(q, i, j+1)
	return j + 1, true
}
