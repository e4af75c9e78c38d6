package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// hh.ru lists a course as its year and name ("2020 ISTQB Foundation
// Level", "2020   Karpov.Courses") over the line of who gave it and in
// what ("ISTQB, Тестирование ПО"), a blank line between courses: that
// line is the course's own, not a second certificate. The section is
// judged whole, so that a course rewritten without its year keeps its
// line.

// yearFirstRe: a line that opens with a year alone, then the name.
var yearFirstRe = lazy.Regexp(`^(19|20)\d\d\s+\S`)

// coursePairs: bs are such courses, two lines each, one at least opening
// with its year.
func coursePairs(bs []*Block) bool {
	year := false
	for i, b := range bs {
		if b.Kind != BlockParagraph || b.Quote {
			return false
		}
		t := strings.TrimSpace(b.Text)
		if !b.Cont {
			if i+1 == len(bs) || !bs[i+1].Cont {
				return false
			}
			year = year || yearFirstRe().MatchString(t)
			continue
		}
		if i == 0 || bs[i-1].Cont || hasDate(t) || wordCount(t) > 10 || fullStop(t) {
			return false
		}
	}
	return year
}
