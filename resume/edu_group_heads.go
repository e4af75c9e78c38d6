package resume

import "strings"

// Many a CV sorts its schooling under headings that name a kind of it,
// not a school: "=== Courte durée" over "* *Mai 2017* Formation Kafka",
// "### Short courses", "### Weiterbildungen" over dated items. Each item,
// opening with its own date, is a course of its own; the heading over
// them is their group's name, no school with the courses for its lines.

// eduGroupHeads drops from an education section's blocks each heading
// that names no school, degree or date over a run of two or more list
// items that each open with their dates, so that the items are read as
// entries of their own.
func eduGroupHeads(bs []*Block) []*Block {
	var drop map[*Block]bool
	for i, b := range bs {
		if b.Kind != BlockHeading || !groupHeadOverDated(bs, i) && !levelHeadOverSchools(bs, i) {
			continue
		}
		if drop == nil {
			drop = map[*Block]bool{}
		}
		drop[b] = true
	}
	if drop == nil {
		return bs
	}
	out := make([]*Block, 0, len(bs)-len(drop))
	for _, b := range bs {
		if !drop[b] {
			out = append(out, b)
		}
	}
	return out
}

// groupHeadOverDated: bs[i], a heading of a few words that names no school,
// degree or date, has two or more top-level list items under it and each
// opens with its dates ("*Avril 2015* Administration Tomcat 8.x"); a
// certificate among them counts for none.
func groupHeadOverDated(bs []*Block, i int) bool {
	t := strings.TrimSpace(bs[i].Text)
	if t == "" || wordCount(t) > 4 || hasDate(t) || schoolNamed(t) || degreeRe().MatchString(t) {
		return false
	}
	n := 0
	for _, b := range topItemsAfter(bs, i) {
		// (a certificate among the courses is read as one, dated or not)
		if certNameRe().MatchString(b.Text) && !institutionRe().MatchString(b.Text) {
			continue
		}
		if !datedFirst(b) {
			return false
		}
		n++
	}
	return n >= 2
}

// topItemsAfter are the list items right after bs[i] no deeper than the
// first (their nested items left out).
func topItemsAfter(bs []*Block, i int) []*Block {
	var out []*Block
	for _, b := range bs[i+1:] {
		if b.Kind != BlockListItem {
			break
		}
		if b.Level <= bs[i+1].Level {
			out = append(out, b)
		}
	}
	return out
}
