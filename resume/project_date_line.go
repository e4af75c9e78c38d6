package resume

import "strings"

// "`Nov. 2019`" over "__Capstone Project : Soil Microbiome Survey__
// <a href=...>Project</a>": a project headed by a line that is only its
// dates, its name on the line under them, as a role is headed by its
// dates over its title. The dates are the project's; the line under them
// names it. Where that line opens with its name in bold and only a link's
// word or two follow ("Project", "Presentation"), the name is the bold
// run, colon and all, and the line describes nothing.

// projectDatesLine: where the project's head opens with a line that is
// only dates over another line, the index of the line naming it (the
// dates set on p), or of the line after it where the name is read whole
// (set on p too); 0 otherwise.
func projectDatesLine(e *entry, p *Project) int {
	if len(e.head) < 2 || e.head[0].Kind == BlockTableRow {
		return 0
	}
	r, only := ParseDateRange(strings.TrimSpace(e.head[0].Text))
	if !only {
		return 0
	}
	if _, dates := ParseDateRange(strings.TrimSpace(e.head[1].Text)); dates {
		return 0
	}
	p.Start, p.End = r.Start, r.End
	n := e.head[1]
	if !strongStart(n) || n.Kind != BlockParagraph {
		return 1
	}
	g := n.Groups[0]
	if rest := strings.TrimSpace(n.Text[g.Text.End:]); wordCount(rest) > 2 || strings.ContainsAny(rest, ":|") {
		return 1
	}
	p.Name = strings.TrimSpace(n.Text[g.Text.Start:g.Text.End])
	return 2
}
