package lint

import (
	"time"

	"github.com/bulletproof-cli/bulletproof/resume"
)

// Dates are judged with the reader's own grammar, so lint never calls a
// date the reader understood "missing" (01.2021, janv. 2021, *March 2021*,
// "the present", 2021年3月).

// parseDate reads one date, or the start of a range written in one field.
func parseDate(s string) (time.Time, bool) {
	d, ok := resume.ParseDate(s)
	if !ok {
		r, found := resume.FindDateRange(s)
		if !found {
			return time.Time{}, false
		}
		d = r.From
	}
	return time.Date(d.Year, time.Month(max(1, d.Month)), 1, 0, 0, 0, 0, time.UTC), true
}

// hasMonth reports whether a date names its month (a season or a quarter
// counts: "Summer 2015" is as precise as an internship gets).
func hasMonth(s string) bool {
	if d, ok := resume.ParseDate(s); ok {
		return d.Month != 0
	}
	r, ok := resume.FindDateRange(s)
	return ok && r.From.Month != 0
}

// isPeriod: a single date that is a span in itself ("Summer 2015", "Q3 2021"),
// so a role dated by it needs no end.
func isPeriod(s string) bool {
	d, ok := resume.ParseDate(s)
	return ok && d.Month != 0 && !d.Exact
}

// rangeHasMonths: the role's start, and its end unless it is current, name
// their months, read as one range ("January – August 2009": the start's
// year is the end's).
func rangeHasMonths(r resume.Role) bool {
	if r.End == "" {
		return hasMonth(r.Start)
	}
	dr, ok := resume.FindDateRange(r.Start + " – " + r.End)
	if !ok {
		return hasMonth(r.Start) && (r.Current() || hasMonth(r.End))
	}
	return dr.From.Month != 0 && (r.Current() || dr.Current || dr.To.Month != 0)
}
