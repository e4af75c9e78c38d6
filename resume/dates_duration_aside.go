package resume

import "strings"

// A dates line may say how long the span was after it, in brackets
// ("2021.03 ~ 2025.09 (4년 7개월)", "Mar 2021 – Sep 2025 (4 yrs 7 mos)"):
// the aside only counts the span, and the line is still one of dates
// alone.

// datesAlone: t is a date range and nothing else, but for such an aside
// at its end.
func datesAlone(t string) bool {
	if _, only := ParseDateRange(t); only {
		return true
	}
	r, ok := FindDateRange(t)
	if !ok || r.Single() {
		return false
	}
	rest := strings.TrimSpace(t[r.EndPos:])
	if !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "（") || !durationOnly(rest) {
		return false
	}
	_, only := ParseDateRange(t[:r.EndPos])
	return only
}
