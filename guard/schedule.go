package guard

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// scheduleAssumed: the rewrite restates a person's daily or weekly pace
// over a calendar period ("85 parcels a day" as "21,000 a year", "40
// orders a day" as "1,200 a month", "25 lessons a week" as "1,300 a
// year"), or a day's over seven days ("200
// customers a day" as "1,400 a week"), which takes days and weeks worked
// the source never gives; a working week's five days are read elsewhere.
// Machines run every day, so data and requests scale, and so does money.
func scheduleAssumed(c, s *claims.Quantity) bool {
	if c.Class != claims.Rate || s.Class != claims.Rate || s.Per < 0.99*day || s.Per > 1.01*week || c.Per <= 1.01*s.Per {
		return false
	}
	if s.Of != claims.Count || c.Of != claims.Count {
		return false
	}
	if s.Per > 1.01*day && c.Per < 0.99*year {
		return false // a week's pace over a month's 4.3 weeks is no schedule
	}
	return !machineWork(s.Noun) && !machineWork(c.Noun)
}

// machineWork: a noun counting what systems do, day and night.
func machineWork(noun string) bool {
	noun = strings.ToLower(noun)
	for _, w := range machineNouns {
		if strings.Contains(noun, w) {
			return true
		}
	}
	return false
}

var machineNouns = []string{"request", "event", "message", "quer", "transaction", "job", "build", "deploy", "record", "row", "log", "call", "email", "e-mail", "alert", "page", "token", "prediction", "inference", "image", "document", "file", "search", "session", "visit", "view", "click", "download", "upload", "payment", "order", "notification", "push", "task", "batch", "pipeline", "run", "test", "commit", "release", "api", "hit", "impression", "trade", "tick", "signal", "metric", "trace", "span", "packet", "connection", "user"}
