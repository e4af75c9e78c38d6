package resume

import "strings"

// listRun is the run of list items around bs[i]: [lo, hi).
func listRun(bs []*Block, i int) (int, int) {
	lo, hi := i, i+1
	for lo > 0 && bs[lo-1].Kind == BlockListItem {
		lo--
	}
	for hi < len(bs) && bs[hi].Kind == BlockListItem {
		hi++
	}
	return lo, hi
}

// groupLabelItem: item i is one of two or more sibling items, each a short
// name with no sentence and no date over items nested under it ("* Threat
// Intel Team" over what was done there, then "* Secure Gateway Team" over
// its own): the names group the role's bullets, as "Tech:" labels do, and
// are none themselves.
func groupLabelItem(bs []*Block, i int) bool {
	b := bs[i]
	if b.Kind != BlockListItem {
		return false
	}
	lo, hi := listRun(bs, i)
	n := 0
	for j := lo; j < hi; j++ {
		o := bs[j]
		if o.Level < b.Level {
			// a shallower item bounds the siblings
			if j < i {
				n = 0
				continue
			}
			break
		}
		// (a list of the role's periods beside them is none of them)
		if o.Level != b.Level || j != i && subPeriodItem(bs, j) {
			continue
		}
		t := strings.TrimSpace(o.Text)
		if j+1 >= hi || bs[j+1].Level <= o.Level || wordCount(t) > 5 || jaPhrase(t) || fullStop(t) || strings.HasSuffix(t, ":") || dated(o) {
			return false
		}
		n++
	}
	return n >= 2
}

// subPeriodItem: item i opens with dates and names only a team or a post
// after them ("Oct 2019 - Feb 2021 | Threat Intel Team"), as an item next
// to it does: the role's periods listed, not what was done.
func subPeriodItem(bs []*Block, i int) bool {
	if !periodLine(bs[i]) {
		return false
	}
	lo, hi := listRun(bs, i)
	for _, j := range []int{i - 1, i + 1} {
		if j >= lo && j < hi && bs[j].Level == bs[i].Level && periodLine(bs[j]) {
			return true
		}
	}
	return false
}

// periodLine: the item is its dates, then a short name.
func periodLine(b *Block) bool {
	if b.Kind != BlockListItem {
		return false
	}
	r, ok := FindDateRange(b.Text)
	if !ok || strings.Trim(b.Text[:r.Pos], "*_[( \t") != "" || r.Single() {
		return false
	}
	rest := strings.Trim(b.Text[r.EndPos:], " \t|:-–—,;)]*_")
	return rest != "" && wordCount(rest) <= 5 && !fullStop(rest)
}
