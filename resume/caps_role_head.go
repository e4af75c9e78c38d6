package resume

import "strings"

// "JUNIOR FRONT-END DEVELOPER TRAINEE" over "Silesia Soft Sp. z o.o."
// over "08.2022 - 09.2023", no blank line between: in plain text, a line
// in capitals with a line of only dates right under it, or under the
// line after it (the employer's, in capitals too: "BUD-MAR SP. Z O.O."),
// heads a role, and names no section.

// datesClose: one of the two lines right under block i, each running on
// from the one above, holds only dates.
func datesClose(bs []*Block, i int) bool {
	for j := i + 1; j < len(bs) && j <= i+2; j++ {
		b := bs[j]
		if b.Kind != BlockParagraph || !b.Cont || b.Line != bs[j-1].Line+1 {
			return false
		}
		if _, only := ParseDateRange(strings.TrimSpace(b.Text)); only {
			return true
		}
	}
	return false
}

// datesOver: a short line in capitals ("ACCOUNT EXECUTIVE", no name the
// table of sections knows)
// after a blank line under a line of only its dates ("June 2019-Present"),
// as a résumé template lays each job out (dates, title, employer, each
// apart): the title of the role those dates open, no section.
func datesOver(bs []*Block, i int) bool {
	if i == 0 || wordCount(bs[i].Text) > 5 {
		return false
	}
	p := bs[i-1]
	if p.Kind != BlockParagraph || p.Level != 0 || i+1 < len(bs) && bs[i+1].Cont {
		return false
	}
	_, only := ParseDateRange(strings.TrimSpace(p.Text))
	return only
}

// datesTitleHead: an entry headed so far by a line of only dates and,
// after a blank line, a short title ("June 2019-Present" over "ACCOUNT
// EXECUTIVE"), nothing told yet: the undated line after them,
// across a blank line too, names the employer ("Red River Directory
// Publishing"), no next entry.
func datesTitleHead(e *entry) bool {
	t := strings.TrimSpace(e.head[len(e.head)-1].Text)
	if len(e.head) != 2 || e.hasBody() || e.head[0].Kind != BlockParagraph || dated(e.head[1]) || wordCount(t) > 6 || fullStop(t) {
		return false
	}
	_, only := ParseDateRange(strings.TrimSpace(e.head[0].Text))
	return only
}
