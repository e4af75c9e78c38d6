package guard

// Periods in seconds, as the claim reader measures rates: a month is a
// twelfth of a year of 365.25 days.
const (
	day   = 86400.0
	week  = 7 * day
	year  = 365.25 * day
	month = year / 12
)
