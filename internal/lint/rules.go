// Package lint checks a resume against the guide's checklist: fast,
// deterministic, no model. Every rule has a stable id, a severity, a
// message and a concrete suggestion, and the score's weights are published
// (see Weights). Numbers come from the guard's parser and technologies from
// the lexicon; lint does not re-implement either.
package lint

// Severity of a finding.
type Severity string

// Severities.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rule describes one check.
type Rule struct {
	ID       string
	Severity Severity
	Guide    string // what the guide says, in our words
}

// Rules lists every rule, in report order.
var Rules = []Rule{
	{"header-missing", Warning, "The header carries name, headline, location, phone, e-mail, GitHub and portfolio links; LinkedIn helps."},
	{"missing-section", Warning, "Header, summary, experience, skills, projects, education and certifications, in a clear structure."},
	{"summary-length", Warning, "A summary of three to four lines: title, years, domain, tools, a quantified result."},
	{"vague-phrase", Warning, "Avoid phrases a recruiter cannot verify, such as \"passionate problem-solver\" or \"fast learner\"."},
	{"first-person", Warning, "Resume prose drops I, me and my."},
	{"weak-opener", Warning, "Open each bullet with a strong action verb, not \"responsible for\" or \"worked on\"."},
	{"no-metric", Warning, "Every bullet connects what you built to a measurable outcome."},
	{"bullet-count", Warning, "Three to five concise bullets per role."},
	{"tense", Warning, "Consistent past tense for roles you have left."},
	{"long-bullet", Warning, "Concise bullets a recruiter can skim in seconds."},
	{"repeated-verb", Warning, "Vary the opening verbs; repetition reads as filler."},
	{"unanchored-skill", Warning, "Anchor every listed skill in a bullet, project or the summary."},
	{"gpa-below-threshold", Warning, "List a GPA only if it is 3.5 or higher."},
	{"education-date", Warning, "Give the graduation year only, without month or day."},
	{"experience-dates", Warning, "Give role dates as month and year."},
	{"reverse-chronological", Warning, "List roles newest first."},
	{"format-advice", Info, "Reverse-chronological for experienced engineers; hybrid (skills and projects first) for juniors and career changers."},
}

// Weights are the points one finding costs, by severity; a rule costs at
// most MaxPerRule points, so one habit cannot sink the score.
var Weights = map[Severity]int{Error: 10, Warning: 3, Info: 0}

// MaxPerRule caps what one rule can cost.
const MaxPerRule = 15

func ruleByID(id string) Rule {
	for _, r := range Rules {
		if r.ID == id {
			return r
		}
	}
	return Rule{ID: id, Severity: Warning}
}
