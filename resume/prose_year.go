package resume

import "strings"

// A paragraph telling what was done at a job may name a year inside one
// of its sentences, well into the paragraph ("... printer output
// management.  2011 perfect attendance" over "award."): a person reads
// the year as part of what is told, not as dates that make the paragraph
// a heading. A heading's dates come in its first lines, or as a range.

// yearInSentence: the line of a paragraph, its third or later, holds one
// single date with words on both sides of it.
func yearInSentence(bs []*Block, i, j int) bool {
	if j < i+2 {
		return false
	}
	t := strings.TrimSpace(bs[j].Text)
	r, ok := FindDateRange(t)
	if !ok || !r.Single() || r.Current {
		return false
	}
	return wordCount(t[:r.Pos]) >= 1 && wordCount(t[r.EndPos:]) >= 1
}
