package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// durationRe: "(1년)", "(2 yrs 3 mos)", "· 3 years", "4 года 9 месяцев":
// how long, not a part
var durationRe = lazy.Regexp(`(?i)[(（·]?\s*\d+\+?\s*(years?|yrs?|months?|monate?|mois|mos?|년|개월|年|ヶ月|か月|个月|ans?|jahre?|años?|meses?|лет|года?|месяц(?:а|ев)?|мес\.?|років|роки|рік|місяц(?:ів|і|ь))(\s+\d+\s*(months?|monate?|mois|mos?|개월|ヶ月|か月|个月|meses?|месяц(?:а|ев)?|мес\.?|місяц(?:ів|і|ь)))?\s*[)）]?`)

// durationTailRe: how long a section covers, written after its name
// ("Опыт работы —10 лет 3 месяца", "Experience (12 years)"), as hh.ru
// exports and some builders do.
var durationTailRe = lazy.Regexp(`(?i)\s*(?:[-–—:|·]\s*)?[(（]?\s*\d+\+?\s*(?:years?|yrs?|months?|monate?|mois|mos?|ans?|jahre?|años?|meses?|лет|года?|месяц(?:а|ев)?|років|роки|рік|місяц(?:ів|і|ь))(?:\s+\d+\s*(?:months?|monate?|mois|mos?|meses?|месяц(?:а|ев)?|місяц(?:ів|і|ь)))?\s*[)）]?\s*$`)

// trimDurationTail is s without a duration after its words; s itself when
// nothing else is left.
func trimDurationTail(s string) string {
	loc := durationTailRe().FindStringIndex(s)
	if loc == nil || strings.TrimSpace(s[:loc[0]]) == "" {
		return s
	}
	return s[:loc[0]]
}

// durationOnly: t says only how long ("3 года 10 месяцев", "2 yrs").
func durationOnly(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && durationRe().FindString(t) == t
}
