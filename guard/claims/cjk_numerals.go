package claims

import (
	"strings"
	"unicode/utf8"
)

// cjkDigits are the Chinese and Japanese numerals a resume writes small
// figures in ("三年", "两项试验", "五名护士").
var cjkDigits = map[rune]int{'一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}

// cjkCounters follow a numeral to say what it counts: a span of time, or
// things by their classifier (a count).
var cjkCounters = []struct {
	word  string
	class Class
	value float64 // for a span, its length in seconds
}{
	{"个月", Duration, month}, {"個月", Duration, month}, {"か月", Duration, month}, {"ヶ月", Duration, month}, {"カ月", Duration, month},
	{"年", Duration, year}, {"周", Duration, week}, {"週間", Duration, week}, {"天", Duration, day}, {"日間", Duration, day},
	{"小时", Duration, hour}, {"時間", Duration, hour},
	{"项", Count, 0}, {"項", Count, 0}, {"个", Count, 0}, {"個", Count, 0}, {"名", Count, 0}, {"位", Count, 0}, {"家", Count, 0},
	{"次", Count, 0}, {"场", Count, 0}, {"場", Count, 0}, {"所", Count, 0}, {"人", Count, 0}, {"支", Count, 0}, {"件", Count, 0}, {"款", Count, 0},
	{"门", Count, 0}, {"間", Count, 0}, {"社", Count, 0},
}

// cjkNumerals reads a numeral of up to three characters (二十三),
// then its counter: "三年" is three years, "两项" two (things). An ordinal
// (第三), a numeral inside a word ("统一", "唯一") and a lone 一 before a
// classifier ("一个", an article) are no figures.
func (p *parser) cjkNumerals() {
	text := p.text
	at := 0
	for k := 0; k < len(text); {
		r, size := utf8.DecodeRuneInString(text[k:])
		if _, ok := cjkDigits[r]; !ok {
			k += size
			continue
		}
		start := k
		value, digits, adjacent, last := 0, 0, false, 0
		for k < len(text) {
			r, size = utf8.DecodeRuneInString(text[k:])
			d, ok := cjkDigits[r]
			if !ok {
				break
			}
			switch {
			case d == 10 && value == 0:
				value = 10
			case d == 10:
				value *= 10
			default:
				adjacent = adjacent || digits > 0 && last != 10 // ("二〇二三年": a year, digit by digit)
				value += d
			}
			digits, last = digits+1, d
			k += size
		}
		// (up to three characters: 二十三)
		if digits > 3 || value == 0 || adjacent {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		if before == '第' || before == '统' || before == '統' || before == '唯' || before == '之' || before == '每' || before == '期' || before == '拜' || before == '週' && value < 8 ||
			before == '〇' || before == '零' {
			continue // (an ordinal, a word, a weekday, a year's digits)
		}
		for _, c := range cjkCounters {
			if !strings.HasPrefix(text[k:], c.word) {
				continue
			}
			if after, _ := utf8.DecodeRuneInString(text[k+len(c.word):]); after == '级' || after == '級' || after == '生' || after == '制' || after == '目' {
				break // ("三年级": third grade; "四年制": a four-year programme's kind)
			}
			if value == 1 && c.class == Count {
				break // ("一个", "一名": one, said as an article)
			}
			end := k + len(c.word)
			if p.covered(start, end) {
				break
			}
			for at < len(p.toks)-1 && p.toks[at].end <= start {
				at++ // (the figures come in order: the search goes on from the last)
			}
			q := Quantity{Text: text[start:end], Start: start, End: end, Class: c.class, Value: float64(value), Tolerance: 0.5, Number: float64(value), first: at, last: at + 1}
			if c.class == Duration {
				q.Value, q.Tolerance = float64(value)*c.value, 0.5*c.value
			}
			p.out = append(p.out, q)
			break
		}
	}
}

// hasCJKDigit: the text holds a numeral character (most texts hold none).
func (p *parser) hasCJKDigit() bool {
	return strings.ContainsAny(p.text, "一二两兩三四五六七八九十")
}
