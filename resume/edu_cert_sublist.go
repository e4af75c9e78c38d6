package resume

import "strings"

// In an education list, an item may be a label of its own ("Formations
// suivies :", "Weiterbildungen:", "Further training:") over a nested list
// whose every item names a certificate ("Certificat Coursera *Reactive
// Programming* – 10/2016", "AWS Certified Developer – 2021"): those items
// are certificates, and the label is neither a degree nor one.

// certSublist: the index just past the nested items under the label item
// bs[i] when they are all certificates, or -1.
func certSublist(bs []*Block, i int) int {
	b := bs[i]
	if b.Kind != BlockListItem || b.Level != 0 {
		return -1
	}
	t := strings.TrimSpace(b.Text)
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return -1
	}
	if wordCount(t) > 5 || hasDate(t) {
		return -1
	}
	j := i + 1
	for j < len(bs) && bs[j].Kind == BlockListItem && bs[j].Level > 0 {
		s := bs[j].Text
		if !certNameRe().MatchString(s) || degreeRe().MatchString(s) || institutionRe().MatchString(s) {
			return -1
		}
		j++
	}
	if j == i+1 {
		return -1
	}
	return j
}
