package claims

import (
	"strings"
	"unicode/utf8"
)

// Chinese, Japanese and Korean write a unit glued to its figure and to the
// words after it ("从5天缩短到2天", "3년간", "2時間"): the unit is the
// word's opening characters.
var cjkDurations = []struct {
	prefix string
	scale  float64
}{
	{"毫秒", second / 1000}, {"ミリ秒", second / 1000}, {"秒", second}, {"초", second},
	{"分钟", minute}, {"分鐘", minute}, {"分間", minute}, {"分", minute}, {"분", minute},
	{"个小时", hour}, {"個小時", hour}, {"小时", hour}, {"小時", hour}, {"時間", hour}, {"시간", hour},
	{"天", day}, {"日間", day}, {"日", day}, {"일", day},
	{"周", week}, {"週間", week}, {"週", week}, {"주", week},
	{"个月", month}, {"個月", month}, {"か月", month}, {"ヶ月", month}, {"カ月", month}, {"ケ月", month}, {"개월", month},
	{"年间", year}, {"年間", year}, {"年", year}, {"년", year},
}

// cjkDuration: the duration unit word opens with, and its length in bytes.
// A year word after a calendar year ("2021年", "2021년") is a date, and a
// unit followed by "あたり" is a period, no amount ("1日あたり": per day).
func cjkDuration(word string, value float64) (float64, int) {
	if word == "" || word[0] < 0x80 {
		return 0, 0
	}
	for _, u := range cjkDurations {
		if !strings.HasPrefix(word, u.prefix) {
			continue
		}
		rest := word[len(u.prefix):]
		if u.scale == year && value >= 1900 || strings.HasPrefix(rest, "あたり") || strings.HasPrefix(rest, "当たり") {
			return 0, 0
		}
		if u.prefix == "분" && strings.HasPrefix(rest, "의") || u.prefix == "分" && (strings.HasPrefix(rest, "の") || strings.HasPrefix(rest, "之")) || u.prefix == "주" && value >= 100 {
			return 0, 0 // ("3분의 1", "5分の1" are fractions; "300주" shares)
		}
		return u.scale, len(u.prefix)
	}
	return 0, 0
}

// cjkPerUnit: the words between a figure of one and the next figure name
// a period: "1日あたり約600件", "1日約60件", "1ヶ月平均300件" (per day, per month).
func cjkPerUnit(word string) (float64, bool) {
	for _, u := range cjkDurations {
		rest, ok := strings.CutPrefix(word, u.prefix)
		if !ok {
			continue
		}
		for _, tail := range []string{"あたり", "当たり", "に", "約", "平均", "およそ", "最大"} {
			rest = strings.TrimPrefix(rest, tail)
		}
		if rest == "" || rest[0] >= '0' && rest[0] <= '9' {
			return u.scale, true
		}
	}
	return 0, false
}

// cjkRun is the text from token k to the next space, at most five
// characters: a unit and what is glued to it, up to a digit.
func (p *parser) cjkRun(k int) string {
	start := p.toks[k].start
	end := start
	for n := 0; n < 6 && end < len(p.text) && p.text[end] != ' '; n++ {
		r, size := utf8.DecodeRuneInString(p.text[end:])
		end += size
		if r >= '0' && r <= '9' {
			break
		}
	}
	return p.text[start:end]
}

// cjkPoints is the length of the percentage-points word a CJK run opens
// with, or 0.
func cjkPoints(run string) int {
	for _, w := range []string{"ポイント", "個百分點", "个百分点", "百分点", "포인트", "퍼센트포인트"} {
		if strings.HasPrefix(run, w) {
			return len(w)
		}
	}
	return 0
}

func cjkScale(word string, value float64) float64 {
	s, _ := cjkDuration(word, value)
	return s
}

// cjkMagnitudes multiply the figure they follow: "3000万元" is 30 million
// yuan, "1.2亿" 120 million, "5억 원" 500 million won.
var cjkMagnitudes = []struct {
	prefix string
	scale  float64
}{
	{"千万", 1e7}, {"千萬", 1e7}, {"百万", 1e6}, {"百萬", 1e6}, {"万", 1e4}, {"萬", 1e4}, {"亿", 1e8}, {"億", 1e8}, {"兆", 1e12},
	{"천만", 1e7}, {"백만", 1e6}, {"십만", 1e5}, {"천억", 1e11}, {"千", 1e3}, {"만", 1e4}, {"억", 1e8}, {"천", 1e3}, {"조", 1e12},
}

// cjkAmountOpens: a run set apart from its figure by a space still opens
// with its magnitude or currency ("每秒 2 万条", "约 3000 美元").
func cjkAmountOpens(run string) bool {
	for _, m := range cjkMagnitudes {
		if strings.HasPrefix(run, m.prefix) {
			return true
		}
	}
	for _, c := range cjkCurrencies {
		if strings.HasPrefix(run, c.prefix) {
			return true
		}
	}
	return false
}

// cjkCurrencies name money after its figure.
var cjkCurrencies = []struct{ prefix, code string }{
	{"人民币", "CNY"}, {"美元", "USD"}, {"欧元", "EUR"}, {"歐元", "EUR"}, {"港元", "HKD"}, {"港币", "HKD"}, {"新台币", "TWD"}, {"台币", "TWD"},
	{"元", "CNY"}, {"块", "CNY"}, {"円", "JPY"}, {"원", "KRW"}, {"달러", "USD"}, {"ドル", "USD"}, {"ユーロ", "EUR"},
}

// cjkAmount reads a magnitude and a currency written after a figure at
// token k (glued, or the currency after a space: "5억 원"); it returns the
// scale, the currency code or "", and the byte offset where they end.
func (p *parser) cjkAmount(k int) (scale float64, code string, end int) {
	scale, end = 1, p.toks[k].start
	run := p.cjkRun(k)
	for _, m := range cjkMagnitudes {
		if strings.HasPrefix(run, m.prefix) {
			scale, end, run = m.scale, end+len(m.prefix), run[len(m.prefix):]
			break
		}
	}
	if run == "" && end < len(p.text) && p.text[end] == ' ' {
		end++ // "5억 원"
		run = p.text[end:min(len(p.text), end+9)]
	}
	for _, c := range cjkCurrencies {
		if strings.HasPrefix(run, c.prefix) {
			return scale, c.code, end + len(c.prefix)
		}
	}
	return scale, "", end
}

// cjkBoundAfter reads a bound that Japanese, Chinese and Korean write after
// a figure and its counter ("300건 이상", "50名以上", "10万円未満").
func cjkBoundAfter(rest string) (Bound, bool) {
	if t := strings.TrimPrefix(rest, " "); t == "" || t[0] < 0x80 {
		return Exact, false // (English and the like: the common case, at once)
	}
	for n := 0; n < 3 && rest != ""; n++ {
		for _, b := range cjkBounds {
			if strings.HasPrefix(rest, b.word) {
				return b.bound, true
			}
		}
		// step over the counter or a space ("건 ", "名")
		_, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
	}
	return Exact, false
}

// turkishBoundAfter reads Turkish's bound after a figure in the ablative
// ("60'tan fazla": more than 60, "100'den az": fewer than 100, "50'yi
// aşkın": over 50).
func turkishBoundAfter(rest string) (Bound, bool) {
	if r, ok := strings.CutPrefix(rest, "'"); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(rest, "’"); ok {
		rest = r
	} else {
		return Exact, false // (the common case, at once)
	}
	for _, suffix := range []string{"dan ", "den ", "tan ", "ten "} {
		if t, ok := strings.CutPrefix(rest, suffix); ok {
			switch {
			case strings.HasPrefix(t, "fazla"), strings.HasPrefix(t, "çok"):
				return AtLeast, true
			case strings.HasPrefix(t, "az "), t == "az":
				return Below, true
			}
		}
	}
	for _, suffix := range []string{"yi aşkın", "ı aşkın", "i aşkın", "u aşkın", "ü aşkın"} {
		if strings.HasPrefix(rest, suffix) {
			return AtLeast, true
		}
	}
	return Exact, false
}

var cjkBounds = []struct {
	word  string
	bound Bound
}{{"이상", AtLeast}, {"초과", AtLeast}, {"이하", AtMost}, {"미만", Below}, {"以上", AtLeast}, {"超", AtLeast}, {"以下", AtMost}, {"未満", Below}, {"不到", Below},
	{"多", AtLeast}, {"余", AtLeast}, {"餘", AtLeast}, {"여", AtLeast}, // ("300多个", "40多场", "60여 개": some more than the figure)
	// Hindi writes its bound after the figure too ("25 से अधिक": over 25)
	{"से अधिक", AtLeast}, {"से ज़्यादा", AtLeast}, {"से ज्यादा", AtLeast}, {"से कम", Below}}
