package resume

import "strings"

// An entry's heading may be written as a list right under it, before what
// was done is told in paragraphs (org-cv's "- Company" over "+ Sector",
// "+ City", then "- Title" and "- Since Mar 2020"): short items, no
// sentence among them, one of them the dates alone. Those items are the
// entry's heading lines, no bullets.

// headItems returns how many of the blocks bs, from the first, are such a
// list.
func headItems(e *entry, bs []*Block) int {
	if e.dated() || len(bs) == 0 || bs[0].Kind != BlockListItem || bs[0].Level != 0 {
		return 0
	}
	k, top, dates := 0, 0, false
	for ; k < len(bs) && bs[k].Kind == BlockListItem; k++ {
		t := strings.TrimSpace(bs[k].Text)
		if wordCount(t) > 6 || fullStop(t) || strings.ContainsAny(t, ":：") && !strings.Contains(t, "://") {
			return 0
		}
		if bs[k].Level == 0 {
			top++
			if _, only := ParseDateRange(t); only {
				dates = true
			}
		}
	}
	// (the list ends the entry's heading: what was done comes after, as
	// prose, or nothing does)
	if !dates || top < 2 || top > 4 || k < len(bs) && bs[k].Kind != BlockParagraph && bs[k].Kind != BlockHeading {
		return 0
	}
	return k
}

// stackUnderLabel: paragraph i, alone under a short label heading
// ("Components", "Stack"), only names tools ("elixir, phoenix, react"):
// the stack the job used, no item of what was done.
func stackUnderLabel(bs []*Block, i int) bool {
	if i == 0 || bs[i-1].Kind != BlockHeading || wordCount(bs[i-1].Text) > 3 || dated(bs[i-1]) {
		return false
	}
	t := strings.TrimSpace(bs[i].Text)
	return !fullStop(t) && shortParts(t, ",;", 3) &&
		(i+1 == len(bs) || bs[i+1].Kind != BlockParagraph && bs[i+1].Kind != BlockListItem)
}
