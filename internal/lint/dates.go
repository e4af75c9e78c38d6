package lint

import (
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/resume"
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

// hasMonth reports whether a date names its month.
func hasMonth(s string) bool {
	if d, ok := resume.ParseDate(s); ok {
		return d.HasMonth()
	}
	r, ok := resume.FindDateRange(s)
	return ok && r.From.HasMonth()
}
