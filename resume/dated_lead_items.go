package resume

import (
	"strings"
	"unicode/utf8"
)

// datedLeadItems: under a heading that names a line of work ("####
// Enseignante"), two top-level items or more open with their dates and a
// colon, then the post and the place ("2013-2018 : professeure des écoles
// titulaire, école Jean-Macé"; "Depuis septembre 2018 : directrice de
// l'école"): each is a role held, told on its line, the items nested
// under it its bullets; the heading only groups them. All the top-level
// items are so dated. Under a heading that names a kind of experience
// ("Industry experience", "Erfahrung in der Lehre"), one such item will
// do: the heading only sorts the roles, here one.
func datedLeadItems(head *entry, bs []*Block) bool {
	n := 0
	for _, b := range bs {
		if b.Kind != BlockListItem || b.Level != 0 {
			continue
		}
		// (every one of them: undated items beside them, "Billing
		// platform" under "2018 – 2020: Software Engineer", make the dated
		// ones periods of one job)
		if !datedLeadItem(strings.TrimSpace(b.Text)) {
			return false
		}
		n++
	}
	return n >= 2 || n == 1 && experienceHead(head)
}

// experienceHead: the entry's heading is only a short name of a kind of
// experience, no dates ("Industry experience", "Expérience en enseignement").
func experienceHead(e *entry) bool {
	if len(e.head) != 1 || e.head[0].Kind != BlockHeading || dated(e.head[0]) {
		return false
	}
	t := strings.TrimSpace(e.head[0].Text)
	return wordCount(t) <= 4 && experienceWordRe().MatchString(t)
}

// datedLeadItem: t opens with a span of dates (a word such as "Depuis" or
// "Since" may come first), then a colon and what was held.
func datedLeadItem(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 || utf8.RuneCountInString(t[:c]) > 40 {
		return false
	}
	dr, ok := FindDateRange(t[:c])
	if !ok || wordCount(t[:dr.Pos]) > 1 {
		return false
	}
	_, n := utf8.DecodeRuneInString(t[c:])
	return wordCount(t[c+n:]) >= 2
}
