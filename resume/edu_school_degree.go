package resume

import "strings"

// degreeNouns follow a kind of school where the words name a degree, not a
// school: "High School Diploma", "College Degree", "School Leaving
// Certificate", "Diplôme", "Abschluss".
var degreeNouns = map[string]bool{"diploma": true, "degree": true, "certificate": true, "graduate": true,
	"leaving": true, "diplom": true, "diplôme": true, "abschluss": true, "equivalency": true}

// schoolNamed: the line names a school ("Izmir Science High School",
// "Lincoln College"), not only a degree named after the kind of school
// that gives it ("High School Diploma", "College Degree"): one of its
// institution words is not followed by a degree's noun.
func schoolNamed(t string) bool {
	if !institutionRe().MatchString(t) {
		return false
	}
	ws := vocabWords(t)
	named := false
	for i, w := range ws {
		w = strings.Trim(w, ".-'")
		if !institutionRe().MatchString(w) {
			continue
		}
		named = true
		if i+1 < len(ws) && degreeNouns[strings.Trim(ws[i+1], ".-'")] {
			continue
		}
		return true
	}
	// (a school written without spaces, "大学", is a school)
	return !named
}
