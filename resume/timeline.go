package resume

// A timeline with no heading: jobs listed right under the name and
// contacts, or a whole file that is one list of dated entries. It is read
// as an experience section of its own.

// timelineStart finds where, among the blocks before the first section
// (bs[:end]), a run of dated entries begins: a dated heading-like line from
// which at least two dated entries follow, or one with bullets. It returns
// -1 when there is none.
func (in *interp) timelineStart(end int) int {
	for i := 0; i < end; i++ {
		b := in.bs[i]
		if b.Quote || b.Kind == BlockHeading && i == 0 || !dated(b) || hasContact(b.Text) {
			continue
		}
		switch b.Kind {
		case BlockParagraph, BlockListItem, BlockTerm, BlockHeading:
		default:
			continue
		}
		if b.Kind == BlockListItem && b.Level > 0 || !headerLike(b) {
			continue
		}
		es := in.lineEntries(in.bs[i:end], SecExperience)
		dated, bullets := 0, 0
		for _, e := range es {
			if e.dated() && len(e.head) > 0 {
				dated++
				bullets += len(e.bullets)
			}
		}
		if dated >= 2 || dated == 1 && bullets >= 2 {
			return in.companyAbove(i)
		}
		return -1
	}
	return -1
}

// companyAbove: where the timeline that starts with the dated line i
// begins, taking in the company heading over it when a rule sets the two
// apart from what comes before ("-----" over "Prairie Grain Cooperative -
// Wichita" and a line about it, then "Senior Engineer - 2021-2025").
func (in *interp) companyAbove(i int) int {
	j := i - 1
	if j >= 1 && in.bs[j].Cont && phraseLine(in.bs[j]) {
		j-- // the line about the company
	}
	if j < 1 || j == i || in.bs[j-1].Kind != BlockRule {
		return i
	}
	b := in.bs[j]
	t := b.Text
	if b.Kind != BlockParagraph || b.Cont || dated(b) || hasContact(t) || fullStop(t) || wordCount(t) > 8 || titleRe().MatchString(t) {
		return i
	}
	return j
}
