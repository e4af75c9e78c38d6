package resume

import "strings"

// fieldNouns are words of the role vocabulary that name a field of work,
// not the one doing it ("Research", "Engineering"): a section so titled
// may hold papers or projects.
var fieldNouns = map[string]bool{"research": true, "engineering": true, "support": true, "devops": true, "qa": true, "staff": true,
	"internship": true, "admin": true, "visiting": true, "candidate": true}

// roleTitledSection: a section whose heading names the one doing the work
// ("🕊️ Freelancer", "Consultant", "Contractor"), set at the level of a
// sibling heading the table knows ("💼 Career", "🎓 Education"), so a
// section, not a role under one: its dated lines are jobs, each naming
// what was done rather than a title the heading already gave. (Not the
// first section, a headline under the name, "Backend-Entwickler" over
// the address and the date of birth.)
func (in *interp) roleTitledSection(s *section) bool {
	if in.lastKind == "" || in.lastKind == kindContact || s.known || s.head == nil || s.head.Kind != BlockHeading || !in.knownHeadingLevel(s.head.Level) || dated(s.head) {
		return false
	}
	ws := strings.Fields(normTitle(s.title))
	if len(ws) == 0 || len(ws) > 3 || fieldNouns[ws[len(ws)-1]] || degreeRe().MatchString(s.title) {
		return false
	}
	// the last word is the head noun: "Freelance Developer", not "Developer Relations"
	return titleRe().MatchString(ws[len(ws)-1])
}
