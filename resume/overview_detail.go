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
	es := in.entries(s.blocks, SecExperience)
	byOrder := in.heldByOrder(es)
	for _, e := range es {
		if e.skip {
			continue
		}
		r, ok := in.roleOf(e)
		if byOrder[e] != nil {
			n++
			continue
		}
		if !ok || !held[key{nameKey(r.Company), normDate(r.Start)}] && !held[key{nameKey(r.Title), normDate(r.Start)}] && in.heldByName(e) == nil {
			return false
		}
		n++
	}
	return n > 0
}

// A table of the jobs (dates, company, title) is often followed by a
// section that tells what was done at each under a heading of only the
// company's name ("## 주요 작업" over "### 바른문서랩"): an undated entry
// whose whole heading names one held role's company is that role's
// detail.

// heldByName: the held overview role whose company e's undated heading
// names, alone; nil when none, or more than one, does.
func (in *interp) heldByName(e *entry) *entry {
	if e.skip || e.dated() || len(e.head) != 1 || !e.hasBody() {
		return nil
	}
	k := nameKey(e.head[0].Text)
	if k == "" {
		return nil
	}
	var found *entry
	for _, h := range in.overview {
		if h.skip {
			continue
		}
		if r, ok := in.roleOf(h); ok && nameKey(r.Company) != "" && (nameKey(r.Company) == k || nameKey(stripParens(r.Company)) == k) {
			if found != nil {
				return nil
			}
			found = h
		}
	}
	return found
}

// stripParens: s without its bracketed asides ("새벽비전 (코스닥
// 상장사)" is "새벽비전").
func stripParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			if depth > 0 {
				depth--
			}
		default:
			if depth == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
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
