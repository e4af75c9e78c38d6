package resume

import (
	"strings"
	"unicode"
)

// A Korean 이력서 sums its jobs up in a table under 경력사항 (dates,
// company, title, duties) and tells each under 경력기술서, a name that
// elsewhere heads a list of projects. When every entry of such a section
// repeats a role of the held overview (the same company, or title, from
// the same month, its letters compared: "해오름유통㈜" is "해오름유통"), the section details those roles: it is experience.

// detailsOverview: the section's entries, read as experience, each repeat
// a role of the overview held from the section before.
func (in *interp) detailsOverview(s *section) bool {
	if in.overview == nil {
		return false
	}
	type key struct{ name, start string }
	held := map[key]bool{}
	for _, e := range in.overview {
		if r, ok := in.roleOf(e); ok && !e.skip {
			held[key{nameKey(r.Company), normDate(r.Start)}] = true
		}
	}
	n := 0
	for _, e := range in.entries(s.blocks, SecExperience) {
		if e.skip {
			continue
		}
		r, ok := in.roleOf(e)
		if !ok || !held[key{nameKey(r.Company), normDate(r.Start)}] && !held[key{nameKey(r.Title), normDate(r.Start)}] {
			return false
		}
		n++
	}
	return n > 0
}

// nameKey is a name as compared: its letters and digits in lower case,
// symbols such as "㈜" and punctuation set aside.
func nameKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}
