package resume

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The one date grammar: the reader finds role and education dates with it,
// and lint judges them with it, so the two never disagree about what a date
// is.

// Date is a point in time as precise as it was written.
type Date struct {
	Year  int
	Month int // 1..12; 0 when the text gave none (a year, a season gives its first month)
	// Exact is false when Month was derived from a season or a quarter.
	Exact bool
}

// HasMonth reports whether the date names its month.
func (d Date) HasMonth() bool { return d.Month != 0 && d.Exact }

// Before reports whether d is earlier than e, month by month (a missing
// month counts as January).
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	return max(d.Month, 1) < max(e.Month, 1)
}

// DateRange is a span of time found in a text.
type DateRange struct {
	Start, End string // as written: "March 2021", "Present"; End is "" for a single date or an open range
	From, To   Date   // To is zero when the range is current or a single date
	// Current: the range runs to now ("– Present", "2024–", "since 2019").
	Current bool
	// Open: the text gave a start and said it goes on, without an end word.
	Open bool
	// Pos and EndPos are byte offsets of the range in the text searched.
	Pos, EndPos int
}

// Single reports whether the text gave one date rather than a range.
func (r DateRange) Single() bool { return r.End == "" && !r.Current }

// ParseDateRange reads a text that is a date range and nothing else
// ("March 2021 – Present", "*2019 - 2021*", "(01.2020 – 03.2022)", "2020年4月〜現在").
func ParseDateRange(s string) (DateRange, bool) {
	t := trimDateWrappers(s)
	r, ok := FindDateRange(t)
	if !ok {
		return DateRange{}, false
	}
	if strings.TrimFunc(t[:r.Pos], isDateFiller) != "" || strings.TrimFunc(t[r.EndPos:], isDateFiller) != "" {
		return DateRange{}, false
	}
	off := strings.Index(s, t)
	r.Pos += off
	r.EndPos += off
	return r, true
}

// ParseDate reads one date ("March 2021", "03/2021", "2021-03", "2021",
// "Q3 2021", "Summer 2019", "janv. 2021", "2021年3月").
func ParseDate(s string) (Date, bool) {
	t := trimDateWrappers(s)
	for i := 0; i < len(t); i++ {
		if !dateStartAt(t, i) {
			continue
		}
		if d, end, ok := scanDate(t, i, true); ok && strings.TrimFunc(t[end:], isDateFiller) == "" && strings.TrimFunc(t[:i], isDateFiller) == "" {
			return d, true
		}
		// "Juin 17" alone: a month and a two-digit year, the field says it is a date
		if d, end, ok := scanDateShortYear(t, i); ok && strings.TrimFunc(t[end:], isDateFiller) == "" && strings.TrimFunc(t[:i], isDateFiller) == "" {
			return d, true
		}
	}
	return Date{}, false
}

// IsPresent reports whether s says "until now": Present, Current, Now,
// today, the present, aujourd'hui, heute, actualidad, 至今, 현재...
func IsPresent(s string) bool {
	t := strings.TrimSpace(strings.ToLower(trimDateWrappers(s)))
	// ("н. в." and "наст. вр." end with their own dot: try them whole first)
	if n, ok := matchPresent(t, 0); ok && n == len(t) {
		return true
	}
	t = strings.TrimSpace(strings.TrimRight(t, ".:;,!"))
	if t == "" {
		return false
	}
	n, ok := matchPresent(t, 0)
	return ok && n == len(t)
}

// FindDateRange finds the first date range (or single date) in s.
func FindDateRange(s string) (DateRange, bool) {
	// every date has a year, or at least two digits
	if !hasTwoDigits(s) {
		return DateRange{}, false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 && !isDigit(c) && !dateFirstByte()[c|0x20] || !dateStartAt(s, i) {
			continue
		}
		// "since 2019", "seit 2019", "depuis 2019": open to now ("с 2019 по
		// 2021" has an end, and wins)
		if n, ok := matchWordList(s, i, sincePrefixes); ok {
			j := skipSpaces(s, i+n)
			code := j < len(s) && s[j] == '`' // "Depuis `Mars 2021`"
			if code {
				j++
			}
			r, ok := rangeAt(s, j)
			if !ok {
				// "since 04/23": a short date the word makes one
				if d, e, ok2 := numericShortYear(s, j); ok2 && (e == len(s) || !isDigit(s[e])) {
					r, ok = DateRange{Start: s[j:e], From: d, Pos: j, EndPos: e}, true
				}
			}
			if ok {
				if r.Single() {
					r.Current, r.Open = true, true
				}
				if code && r.EndPos < len(s) && s[r.EndPos] == '`' {
					r.EndPos++
				}
				r.Pos = i
				return r, true
			}
		}
		// "from 2015 to today"
		if n, ok := matchWordList(s, i, fromPrefixes); ok {
			j := skipSpaces(s, i+n)
			if j < len(s) && s[j] == '`' { // "De `Septembre 2018` à …"
				j++
			}
			if r, ok := rangeAt(s, j); ok && !r.Single() {
				r.Pos = i
				return r, true
			}
		}
		if r, ok := rangeAt(s, i); ok {
			return r, true
		}
		// "January - August 2008": a month that takes the end's year
		if m, n, ok := matchMonth(s, i); ok {
			j := i + n
			if j < len(s) && s[j] == '.' {
				j++
			}
			k := skipSpaces(s, j)
			if sepEnd, ok := matchSeparator(s, k); ok {
				k2 := skipSpaces(s, sepEnd)
				if to, e, ok := scanDate(s, k2, false); ok && to.Month != 0 {
					return DateRange{Start: s[i:j], End: s[k2:e], From: Date{Year: to.Year, Month: m, Exact: true}, To: to, Pos: i, EndPos: e}, true
				}
			}
		}
	}
	return DateRange{}, false
}

// rangeAt reads "DATE [SEP (DATE|PRESENT)]" starting at i, and the word
// for year after it ("2022 рік", "2019 г.", "2020–2021 гг.").
func rangeAt(s string, i int) (DateRange, bool) {
	r, ok := rangeAtCore(s, i)
	if ok && r.EndPos < len(s) && s[r.EndPos] == ' ' && r.EndPos+1 < len(s) && s[r.EndPos+1] >= 0x80 {
		if n, ok := matchWordList(s, r.EndPos+1, yearWords); ok {
			r.EndPos += 1 + n
		}
	}
	return r, ok
}

// yearWords say "year" after a year, in Russian and Ukrainian.
var yearWords = []string{"рік", "року", "роки", "рр.", "р.", "год", "года", "годы", "гг.", "г."}

func rangeAtCore(s string, i int) (DateRange, bool) {
	from, end, ok := scanDate(s, i, false)
	short := false
	if !ok {
		// "Juin 17 - Aujourd'hui": a two-digit year only inside a range
		if from, end, ok = scanDateShortYear(s, i); !ok {
			return DateRange{}, false
		}
		short = true
	}
	r := DateRange{Start: s[i:end], From: from, Pos: i, EndPos: end}
	// "至今" and "부터 현재" follow the start directly
	j := skipSpaces(s, end)
	// "С сентября 2014 г. по июнь 2019": the word for year after the
	// start's year, before the separator
	if from.Year != 0 && j > end && j < len(s) && s[j] >= 0x80 {
		if n, ok := matchWordList(s, j, yearWords); ok {
			if k := skipSpaces(s, j+n); k > j+n {
				if _, ok := matchSeparator(s, k); ok {
					j = k
				}
			}
		}
	}
	if n, ok := matchWordList(s, j, fusedPresent); ok {
		// "부터 현재": the end is the word for now
		w := strings.TrimSpace(s[j : j+n])
		if k := strings.LastIndexByte(w, ' '); k >= 0 {
			w = w[k+1:]
		}
		r.Current, r.End, r.EndPos = true, w, j+n
		return r, true
	}
	sepEnd, ok := matchSeparator(s, j)
	// "`Septembre 2018` à `Mars 2021`": dates set as code, in AsciiDoc or
	// Markdown
	if !ok && j == end && j < len(s) && s[j] == '`' {
		sepEnd, ok = matchSeparator(s, skipSpaces(s, j+1))
	}
	if !ok {
		if short {
			return DateRange{}, false
		}
		return r, true
	}
	k := skipSpaces(s, sepEnd)
	// "June 2019 -- _present_" in plain text: emphasis around the end
	opened := 0
	for k+opened < len(s) && (s[k+opened] == '_' || s[k+opened] == '*' || s[k+opened] == '`') && opened < 2 {
		opened++
	}
	if opened > 0 {
		if _, ok := matchPresent(s, k+opened); ok {
			k += opened
		} else if _, _, ok := scanDate(s, k+opened, false); ok {
			k += opened
		} else {
			opened = 0
		}
	}
	closed := func(e int) int {
		for n := 0; n < opened && e < len(s) && (s[e] == '_' || s[e] == '*' || s[e] == '`'); n++ {
			e++
		}
		return e
	}
	if n, ok := matchPresent(s, k); ok {
		r.Current, r.End, r.EndPos = true, s[k:k+n], closed(k+n)
		return r, true
	}
	to, e2, ok := scanDate(s, k, false)
	if !ok && short {
		to, e2, ok = scanDateShortYear(s, k)
	}
	if !ok {
		// "2020年4月 ~ 10月": an end month in the start's year
		if m, e, ok2 := scanMonthOnly(s, k); ok2 && from.Year != 0 {
			to, e2, ok = Date{Year: from.Year, Month: m, Exact: true}, e, true
		}
	}
	if !ok && !short && from.Month == 0 && end-i == 4 {
		// "2016–18", "2013--15": the end year written with its last two
		// digits, after the start's, with nothing after it but a bracket,
		// a separator or the end
		if v, e := scanDigits(s, k); e-k == 2 && v > from.Year%100 && shortYearEnd(s, e) {
			to, e2, ok = Date{Year: from.Year - from.Year%100 + v}, e, true
		}
	}
	if !ok {
		if short {
			return DateRange{}, false
		}
		// "2024-        BRIGHTSTACK": a dash glued to the start, then a gap
		if j == end && (sepEnd == len(s) || strings.HasPrefix(s[sepEnd:], "  ") || s[sepEnd] == '\t') {
			r.Current, r.Open, r.EndPos = true, true, sepEnd
		}
		// "2016.3 --" closing the line: the separator, then nothing
		if j > end && k == len(s) && sepEnd-j >= 2 {
			r.Current, r.Open, r.EndPos = true, true, sepEnd
		}
		// "(2021.02 ~ )": a bracket closed right after the separator
		if k < len(s) && (s[k] == ')' || strings.HasPrefix(s[k:], "）") || s[k] == '|' && k > sepEnd) {
			r.Current, r.Open, r.EndPos = true, true, sepEnd
		}
		return r, true
	}
	r.End, r.To, r.EndPos = s[k:e2], to, closed(e2)
	return r, true
}

// dateStartAt: a date may start at i only at a word boundary.
func dateStartAt(s string, i int) bool {
	if !utf8.RuneStart(s[i]) {
		return false
	}
	if i == 0 {
		return true
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	cur, _ := utf8.DecodeRuneInString(s[i:])
	if (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && prev < 0x2E80 && (unicode.IsLetter(cur) || unicode.IsDigit(cur)) {
		return false
	}
	return true
}

// scanDate reads one date at i; end is where it stops.
func scanDate(s string, i int, _ bool) (Date, int, bool) {
	if i >= len(s) {
		return Date{}, i, false
	}
	c := s[i]
	switch {
	case c >= '0' && c <= '9':
		return scanNumericDate(s, i)
	case c == 'Q' || c == 'q':
		if i+1 < len(s) && s[i+1] >= '1' && s[i+1] <= '4' {
			j := skipSpaces(s, i+2)
			if y, e, ok := scanYear(s, j); ok {
				return Date{Year: y, Month: int(s[i+1]-'1')*3 + 1}, e, true
			}
		}
	}
	if m, n, ok := matchMonth(s, i); ok {
		j := i + n
		if j < len(s) && s[j] == '.' {
			j++
		}
		// "March 1, 2021", "Oct, 2017", "March 2021"
		k := skipSpaces(s, j)
		if k < len(s) && s[k] >= '0' && s[k] <= '9' {
			if dd, e := scanDigits(s, k); e-k <= 2 && dd >= 1 && dd <= 31 {
				k2 := skipSpaces(s, e)
				if k2 < len(s) && s[k2] == ',' {
					k2 = skipSpaces(s, k2+1)
				}
				if y, e2, ok := scanYear(s, k2); ok {
					return Date{Year: y, Month: m, Exact: true}, e2, true
				}
			}
		}
		if k < len(s) && s[k] == ',' {
			k = skipSpaces(s, k+1)
		}
		// "Março de 2024", "marzo de 2021", "mars de 2020"; "januari van 2020"
		for _, w := range []string{"de ", "del ", "van "} {
			if k > j && strings.HasPrefix(strings.ToLower(s[k:min(len(s), k+len(w))]), w) {
				if y, e, ok := scanYear(s, skipSpaces(s, k+len(w))); ok {
					return Date{Year: y, Month: m, Exact: true}, e, true
				}
			}
		}
		// "Mai/2025", "Jan-2020"
		if k == j && j < len(s) && (s[j] == '/' || s[j] == '-') {
			if y, e, ok := scanYear(s, j+1); ok {
				return Date{Year: y, Month: m, Exact: true}, e, true
			}
		}
		if y, e, ok := scanYear(s, k); ok && (k > j || j < len(s) && s[j-1] == '.') {
			return Date{Year: y, Month: m, Exact: true}, e, true
		}
		return Date{}, i, false
	}
	if n, ok := matchWordList(s, i, seasonWords); ok {
		k := skipSpaces(s, i+n)
		if y, e, ok := scanYear(s, k); ok && k > i+n {
			return Date{Year: y, Month: seasonMonth[strings.ToLower(s[i:i+n])]}, e, true
		}
	}
	return Date{}, i, false
}

// scanDateShortYear reads "Juin 17", "Dec. 16": a month name and a
// two-digit year.
func scanDateShortYear(s string, i int) (Date, int, bool) {
	m, n, ok := matchMonth(s, i)
	if !ok {
		return numericShortYear(s, i)
	}
	j := i + n
	if j < len(s) && s[j] == '.' {
		j++
	}
	k := skipSpaces(s, j)
	if k < len(s) && s[k] == '\'' {
		k++
	}
	v, e := scanDigits(s, k)
	if e-k != 2 || k == j || e < len(s) && isDigit(s[e]) {
		return Date{}, i, false
	}
	y := 2000 + v
	if v >= 50 {
		y = 1900 + v
	}
	return Date{Year: y, Month: m, Exact: true}, e, true
}

// numericShortYear reads "04/21", a month and a two-digit year (a LaTeX
// CV's "04/21-03/23"), read only where a range or "since" says it is a
// date; never a piece of "12/04/21" or "04/21/2023".
func numericShortYear(s string, i int) (Date, int, bool) {
	if i+5 > len(s) || s[i+2] != '/' || i > 0 && (s[i-1] == '/' || s[i-1] == '.') {
		return Date{}, i, false
	}
	m, e := scanDigits(s, i)
	v, e2 := scanDigits(s, i+3)
	if e != i+2 || e2 != i+5 || m < 1 || m > 12 || e2 < len(s) && (isDigit(s[e2]) || s[e2] == '/' || s[e2] == '.' && e2+1 < len(s) && isDigit(s[e2+1])) {
		return Date{}, i, false
	}
	y := 2000 + v
	if v >= 50 {
		y = 1900 + v
	}
	return Date{Year: y, Month: m, Exact: true}, e2, true
}

// scanMonthOnly reads "10月" or "10월".
func scanMonthOnly(s string, i int) (int, int, bool) {
	v, e := scanDigits(s, i)
	if e == i || v < 1 || v > 12 {
		return 0, i, false
	}
	k := skipSpaces(s, e)
	for _, suf := range []string{"月", "월"} {
		if strings.HasPrefix(s[k:], suf) {
			return v, monthDay(s, k+len(suf)), true
		}
	}
	return 0, i, false
}

// monthDay: the end of a day after a month at i ("2020年11月1日",
// "2021년 3월 2일"), a date to the day that the month already dates; i
// where none follows.
func monthDay(s string, i int) int {
	k := skipSpaces(s, i)
	d, e := scanDigits(s, k)
	if e == k || e-k > 2 || d < 1 || d > 31 {
		return i
	}
	e2 := skipSpaces(s, e)
	for _, suf := range []string{"日", "일"} {
		if strings.HasPrefix(s[e2:], suf) {
			return e2 + len(suf)
		}
	}
	return i
}

// scanNumericDate reads 2021, 2021-03, 2021-03-01, 2021.03, 2021/3,
// 03/2021, 3.2021, 07 / 2024, 2021年3月, 2021 年 3 月, 2021년 3월.
func scanNumericDate(s string, i int) (Date, int, bool) {
	v, e := scanDigits(s, i)
	n := e - i
	switch {
	case n == 6 && yearMonthInRange(s, i, e, v):
		return Date{Year: v / 100, Month: v % 100, Exact: true}, e, true
	case n == 4 && v >= 1950 && v <= 2099:
		d := Date{Year: v}
		// a year glued to more digits is a number, not a year
		if e < len(s) && isDigit(s[e]) {
			return Date{}, i, false
		}
		k := skipSpaces(s, e)
		// 2021年3月, 2021년 3월, 2021年
		for _, y := range []string{"年", "년"} {
			if strings.HasPrefix(s[k:], y) {
				k2 := skipSpaces(s, k+len(y))
				if m, e2, ok := scanMonthOnly(s, k2); ok {
					return Date{Year: v, Month: m, Exact: true}, e2, true
				}
				return d, k + len(y), true
			}
		}
		// 2021-03, 2021.03, 2021/03 (a month, not the start of 2021-2023)
		if e < len(s) && (s[e] == '-' || s[e] == '.' || s[e] == '/') {
			m, e2 := scanDigits(s, e+1)
			if e2-(e+1) >= 1 && e2-(e+1) <= 2 && m >= 1 && m <= 12 && (e2 == len(s) || !isDigit(s[e2])) {
				// skip a day: 2021-03-01
				if e2 < len(s) && s[e2] == s[e] {
					if _, e3 := scanDigits(s, e2+1); e3-(e2+1) == 2 {
						e2 = e3
					}
				}
				return Date{Year: v, Month: m, Exact: true}, e2, true
			}
		}
		// "2019 September": the year, then its month by name (capital
		// first: "2019 may" is a sentence going on)
		if k == e+1 && k < len(s) && s[k] >= 'A' && s[k] <= 'Z' {
			if m, n, ok := matchMonth(s, k); ok && n >= 3 && (k+n == len(s) || !isDigit(s[k+n])) {
				end := k + n
				if end < len(s) && s[end] == '.' {
					end++
				}
				return Date{Year: v, Month: m, Exact: true}, end, true
			}
		}
		// "2020/21": a school or business year, written as the year it
		// opens and the next one's last two digits; read as the year it
		// opens
		if e+3 <= len(s) && s[e] == '/' && (e+3 == len(s) || !isDigit(s[e+3])) {
			if w, e2 := scanDigits(s, e+1); e2 == e+3 && w == (v+1)%100 {
				return d, e2, true
			}
		}
		// "2021. 03." (Korean): a dot, a space, the month and its own dot
		if e+1 < len(s) && s[e] == '.' && s[e+1] == ' ' {
			k := skipSpaces(s, e+1)
			m, e2 := scanDigits(s, k)
			if e2-k >= 1 && e2-k <= 2 && m >= 1 && m <= 12 && e2 < len(s) && s[e2] == '.' {
				return Date{Year: v, Month: m, Exact: true}, e2 + 1, true
			}
		}
		return d, e, true
	case n >= 1 && n <= 2 && v >= 1 && v <= 31 && e < len(s) && strings.IndexByte("./-", s[e]) >= 0:
		// a full date: 01.09.2019, 1/9/2019 (day first), 09/30/2021
		// (month first, where the second number can be no month)
		// (Czech, Slovak and German write a space after each dot: "1. 7. 2019")
		sep := s[e]
		k1 := e + 1
		if sep == '.' {
			k1 = skipSpaces(s, k1)
		}
		if w, e2 := scanDigits(s, k1); e2-k1 >= 1 && e2-k1 <= 2 && e2 < len(s) && s[e2] == sep {
			k2 := e2 + 1
			if sep == '.' {
				k2 = skipSpaces(s, k2)
			}
			if y, e3, ok := scanYear(s, k2); ok {
				day, month := v, w
				if w > 12 {
					day, month = w, v
				}
				if month >= 1 && month <= 12 && day >= 1 && day <= 31 {
					return Date{Year: y, Month: month, Exact: true}, e3, true
				}
			}
		}
		if v > 12 {
			break
		}
		// 03/2021, 3.2021, 07 / 2024
		k := skipSpaces(s, e)
		if k < len(s) && (s[k] == '/' || s[k] == '.' || s[k] == '-') {
			k2 := skipSpaces(s, k+1)
			if y, e2, ok := scanYear(s, k2); ok {
				return Date{Year: y, Month: v, Exact: true}, e2, true
			}
		}
	case n >= 1 && n <= 2 && v >= 1 && v <= 12:
		// 03/2021, 3.2021, 07 / 2024
		k := skipSpaces(s, e)
		if k < len(s) && (s[k] == '/' || s[k] == '.' || s[k] == '-') {
			k2 := skipSpaces(s, k+1)
			if y, e2, ok := scanYear(s, k2); ok {
				return Date{Year: y, Month: v, Exact: true}, e2, true
			}
		}
	}
	return Date{}, i, false
}

// scanYear reads a four-digit year from 1950 to 2099.
func scanYear(s string, i int) (int, int, bool) {
	v, e := scanDigits(s, i)
	if e-i != 4 || v < 1950 || v > 2099 || e < len(s) && isDigit(s[e]) {
		return 0, i, false
	}
	return v, e, true
}

func scanDigits(s string, i int) (int, int) {
	v, j := 0, i
	for j < len(s) && isDigit(s[j]) && j-i < 9 {
		v = v*10 + int(s[j]-'0')
		j++
	}
	return v, j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != ' ' && r != '\t' && r != '\u00a0' && r != '\u3000' {
			break
		}
		i += n
	}
	return i
}

// matchSeparator reads a range separator: – — - -- ~ 〜 ～ → ➝ to till until à
// au bis hasta a até al до по.
func matchSeparator(s string, i int) (int, bool) {
	// ("->", "–>": an arrow typed as a dash and a bracket)
	for _, sep := range []string{"->", "–>", "--", "–", "—", "-", "~", "〜", "～", "→", "➝", "➔", "➜", "⟶", "—", "‒", "―", "－"} {
		if strings.HasPrefix(s[i:], sep) {
			j := i + len(sep)
			for j < len(s) && s[j] == '-' {
				j++
			}
			return j, true
		}
	}
	if n, ok := matchWordList(s, i, separatorWords); ok {
		return i + n, true
	}
	return i, false
}

// matchPresent reads a word for "now" at i.
func matchPresent(s string, i int) (int, bool) {
	n, ok := matchWordList(s, i, presentWords)
	if ok {
		return n, true
	}
	return matchWordList(s, i, fusedPresent)
}

// matchWordList matches one of words (lower case) at i, case-insensitively,
// ending at a word boundary; the longest wins.
func matchWordList(s string, i int, words []string) (int, bool) {
	best := 0
	for _, w := range words {
		if len(w) <= best || i+len(w) > len(s) {
			continue
		}
		// (a word's space may be a tab in text set with tabs: "с\tмарта 2007")
		if !strings.EqualFold(s[i:i+len(w)], w) && !(w[len(w)-1] == ' ' && s[i+len(w)-1] == '\t' && strings.EqualFold(s[i:i+len(w)-1], w[:len(w)-1])) {
			continue
		}
		j := i + len(w)
		if j < len(s) {
			r, _ := utf8.DecodeRuneInString(s[j:])
			last, _ := utf8.DecodeLastRuneInString(w)
			// "CurrentEvent Staff Member": a glued capital ends the word too
			if (unicode.IsLetter(r) || unicode.IsDigit(r)) && (unicode.IsLetter(last) || unicode.IsDigit(last)) && last < 0x2E80 && !unicode.IsUpper(r) {
				continue
			}
		}
		best = len(w)
	}
	return best, best > 0
}

func hasTwoDigits(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if isDigit(s[i]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

// dateFirstByte: the ASCII letters a date or a date word can start with.
var dateFirstByte = sync.OnceValue(func() (set [128]bool) {
	set['q'] = true
	for _, mn := range monthNames() {
		if c := mn.name[0]; c < 0x80 {
			set[c] = true
		}
	}
	for _, l := range [][]string{seasonWords, sincePrefixes, fromPrefixes} {
		for _, w := range l {
			if w[0] < 0x80 {
				set[w[0]] = true
			}
		}
	}
	return set
})

// monthsByFirst indexes month names by their first rune, lower case.
var monthsByFirst = sync.OnceValue(func() map[rune][]monthName {
	m := map[rune][]monthName{}
	for _, mn := range monthNames() {
		r := firstRune(mn.name)
		m[r] = append(m[r], mn)
	}
	return m
})

// matchMonth matches a month name or abbreviation in any of the languages.
func matchMonth(s string, i int) (int, int, bool) {
	best, month := 0, 0
	r, _ := utf8.DecodeRuneInString(s[i:])
	for _, mn := range monthsByFirst()[unicode.ToLower(r)] {
		w := mn.name
		if len(w) <= best || i+len(w) > len(s) || !strings.EqualFold(s[i:i+len(w)], w) {
			continue
		}
		j := i + len(w)
		if j < len(s) {
			r, _ := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) {
				continue
			}
		}
		best, month = len(w), mn.month
	}
	return month, best, best > 0
}

func trimDateWrappers(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("*_`()[]（）【】「」|,;:", r)
	})
}

func isDateFiller(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("*_`()[]（）【】|,;:.", r)
}

type monthName struct {
	name  string
	month int
}

var monthNames = sync.OnceValue(func() []monthName {
	lists := [][]string{
		// English
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"", "", "", "", "", "", "", "", "sept"},
		// French
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "", "avr", "", "", "juil", "aout", "", "", "", "déc"},
		{"", "fevrier", "", "", "", "", "", "", "", "", "", "decembre"},
		{"", "fév", "", "", "", "", "", "", "", "", "", ""},
		// German
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jänner", "", "mrz", "", "", "", "", "", "", "okt", "", "dez"},
		{"", "", "maerz", "", "", "", "", "", "", "", "", ""},
		{"jän", "", "mär", "", "", "", "", "", "", "", "", ""},
		// Spanish
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"ene", "", "", "abr", "", "", "", "ago", "setiembre", "", "", "dic"},
		// Portuguese
		{"janeiro", "fevereiro", "março", "", "maio", "junho", "julho", "", "setembro", "outubro", "novembro", "dezembro"},
		{"", "fev", "marco", "", "", "", "", "", "set", "out", "", ""},
		// Italian
		{"gennaio", "febbraio", "", "aprile", "maggio", "giugno", "luglio", "", "settembre", "ottobre", "", "dicembre"},
		{"gen", "", "", "", "mag", "giu", "lug", "", "", "ott", "", ""},
		// Dutch
		{"januari", "februari", "maart", "", "mei", "", "", "augustus", "", "", "", ""},
		{"", "", "mrt", "", "", "", "", "", "", "", "", ""},
		// Russian (nominative, genitive, short)
		{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"янв", "фев", "мар", "апр", "", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"},
		// Ukrainian
		{"січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень"},
		{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		// Turkish
		{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
		// Polish (nominative, genitive)
		{"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
		{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		// Catalan
		{"gener", "febrer", "març", "", "maig", "juny", "juliol", "agost", "", "", "", "desembre"},
		{"", "febr", "marc", "", "", "", "", "", "", "", "", ""},
		// Czech (nominative, genitive)
		{"leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"},
		{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "", "října", "listopadu", "prosince"},
		// Slovak (nominative, genitive; the rest as Hungarian, Polish or Czech spell them)
		{"", "", "marec", "apríl", "máj", "jún", "júl", "", "", "", "", ""},
		{"januára", "februára", "", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"},
		// Hungarian, Romanian, Finnish
		{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "", ""},
		{"ianuarie", "februarie", "martie", "aprilie", "", "iunie", "iulie", "", "septembrie", "octombrie", "noiembrie", "decembrie"},
		{"tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"},
		// Indonesian, Swedish
		{"", "", "maret", "", "", "", "", "agustus", "", "", "", "desember"},
		{"", "", "", "", "", "", "", "agu", "", "okt", "", "des"},
		{"", "", "", "", "", "", "", "augusti", "", "", "", ""},
		// Arabic (Egypt and the Gulf: the Latin months' names)
		{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		{"", "", "", "ابريل", "", "يونيه", "يوليه", "اغسطس", "", "اكتوبر", "", ""},
	}
	var out []monthName
	for _, l := range lists {
		for m, n := range l {
			if n != "" {
				out = append(out, monthName{n, m + 1})
			}
		}
	}
	return out
})

var (
	presentWords = []string{
		"present", "the present", "current", "currently", "curr", "cur", "now", "today", "ongoing", "to date", "date", "till date", "till now",
		"aujourd'hui", "aujourd’hui", "présent", "present day", "en cours", "actuel", "actuellement", "maintenant",
		"heute", "jetzt", "aktuell", "derzeit", "laufend", "dato",
		"actualidad", "la actualidad", "presente", "actual", "actualmente", "hoy", "la fecha", "hasta ahora", "ahora",
		"atual", "atualmente", "hoje", "oggi", "attuale", "in corso",
		"heden", "nu", "huidig",
		"à ce jour", "ce jour", "à présent", "bis heute", "bis jetzt", "hasta hoy", "hasta la fecha", "hasta el momento", "el momento",
		"até hoje", "até o momento", "o momento", "ad oggi", "tot heden", "tot nu",
		"по настоящее время", "по сей день", "до сих пор", "по теперішній час", "до тепер", "настоящее время", "наст. время", "н.в.", "н. в.", "сейчас", "теперішній час", "тепер", "зараз", "дотепер",
		"现在", "目前", "現在", "現在に至る", "現在まで", "現職", "现职", "현재", "재직중", "재직 중", "진행중",
		"obecnie", "do teraz", "teraz", "nadal", "dziś", "günümüz", "halen", "devam ediyor", "devam", "devam etmekte", "şu an", "hiện tại", "nay",
		"actualitat", "l'actualitat", "l’actualitat", "avui", "ara", "jelenleg", "napjainkig", "prezent", "în prezent", "nykyhetki", "nyt", "nåtid", "nu",
		"sekarang", "saat ini", "الآن", "حتى الآن", "الان", "حتى الان", "حاليا", "حاليًا", "∞", "současnost", "dosud", "současnosti", "do současnosti", "dodnes", "doposud", "súčasnosť", "súčasnosti", "do súčasnosti", "doteraz", "do chwili obecnej", "pågående", "idag", "i dag", "nyt", "nykyään", "nå", "til nå", "d.d.",
	}
	// words for "until now" that follow a start with no separator
	fusedPresent  = []string{"至今", "至现在", "부터 현재", "부터 재직중", "以降"}
	sincePrefixes = []string{"since ", "seit ", "depuis ", "desde ", "dal ", "sinds ", "с ", "з ", "od ", "des de "}
	fromPrefixes  = []string{"from ", "von ", "de ", "du ", "del "}
	// "to", "à", "bis", "hasta", "a", "até", "al", "au", "do" (Polish, Czech), "до", "по", "至", "부터"
	separatorWords = []string{"to", "till", "until", "thru", "through", "à", "au", "a", "bis", "hasta", "até", "al", "tot", "do", "до", "по", "至", "から", "부터", "fins a", "fins"}
	seasonWords    = []string{"spring", "summer", "fall", "autumn", "winter", "printemps", "été", "automne", "hiver", "frühling", "frühjahr", "sommer", "herbst", "primavera", "verano", "otoño", "invierno", "verão", "outono", "inverno", "estate", "autunno",
		// parts of a year: "fin 2022 – début 2025", "early 2019", "Ende 2020"
		"début", "fin", "early", "late", "anfang", "ende"}
	seasonMonth = map[string]int{"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12, "printemps": 3, "été": 6, "automne": 9, "hiver": 12,
		"frühling": 3, "frühjahr": 3, "sommer": 6, "herbst": 9, "primavera": 3, "verano": 6, "otoño": 9, "invierno": 12, "verão": 6, "outono": 9, "inverno": 12, "estate": 6, "autunno": 9,
		"début": 1, "fin": 12, "early": 1, "late": 12, "anfang": 1, "ende": 12}
)

// shortYearEnd: what follows a two-digit end year at e ends the range.
func shortYearEnd(s string, e int) bool {
	if e == len(s) {
		return true
	}
	if s[e] == '\t' || strings.HasPrefix(s[e:], "  ") {
		return true
	}
	j := skipSpaces(s, e)
	return j == len(s) || strings.IndexByte(")]|,;:", s[j]) >= 0 || strings.HasPrefix(s[j:], "·") || strings.HasPrefix(s[j:], "）")
}
