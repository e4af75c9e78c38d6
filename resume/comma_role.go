package resume

import "strings"

// commaRoleLine: a role written as a sentence of parts, title first, then
// the employer, then the years, with a full stop ("Senior Data Scientist,
// Nordkapp Aquaculture AS, 2021 to present."), as people who tell their
// roles in prose head each one. A sentence that mentions a date opens
// with no title part set off by a comma ("I worked at Acme, a bank, from
// 2019 to 2021.").
func commaRoleLine(t string) bool {
	parts := strings.Split(t, ", ")
	if len(parts) < 3 || wordCount(t) > 14 {
		return false
	}
	// the years close the line
	r, ok := FindDateRange(t)
	if !ok || r.EndPos != len(strings.TrimRight(strings.TrimSuffix(strings.TrimSpace(t), "."), " ")) {
		return false
	}
	first := parts[0]
	return wordCount(first) <= 5 && titleRe().MatchString(first) && !strings.ContainsAny(first, ".;:")
}
