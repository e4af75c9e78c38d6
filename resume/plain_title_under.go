package resume

import "strings"

// plainTitleUnder: plain text with no bold, where a job is its employer
// and place ("SHENANDOAH VALLEY COLLEGE, Salem, Virginia"), a line of its
// dates, then the title held there on a short line of its own ("Clinical
// Instructor") over what was done: the title completes the heading, as a
// bold one would, and heads no role of its own. (A title with dates of
// its own under it, or right after it, is the next role.)
func plainTitleUnder(bs []*Block, i int) bool {
	b := bs[i]
	t := strings.TrimSpace(b.Text)
	if b.Kind != BlockParagraph || b.Level != 0 || wordCount(t) > 6 || fullStop(t) || i+1 >= len(bs) {
		return false
	}
	next := bs[i+1]
	return next.Kind != BlockHeading && !dated(next)
}
