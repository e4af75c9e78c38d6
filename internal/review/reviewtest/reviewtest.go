// Package reviewtest builds what tests of the review and of its drivers
// review: run results judged by the real guard, so that a test sees the
// findings and placeholders a person would.
package reviewtest

import (
	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// Result is a run's item whose one candidate, final, the guard judged
// against original: rewritten, or needing input where the guard asks for it.
func Result(id, original, final string) rewrite.ItemResult {
	v := guard.MustNew(guard.Options{}).Prepare(guard.Source{Text: original}).Check(final)
	status := rewrite.StatusRewritten
	if v.Decision == guard.NeedsInput {
		status = rewrite.StatusNeedsInput
	}
	return rewrite.ItemResult{ID: id, Original: original, Final: final, Status: status, Attempts: 1,
		Candidates: []rewrite.Candidate{{Text: final, Verdict: v.Decision, Findings: v.Findings}}}
}

// Judge judges a person's text by the source and the facts, as the
// pipeline's Judge does for a prompt without context. (It takes the source,
// not a review item, so that the review's own tests may use it.)
func Judge(original, text string, facts []string) guard.Verdict {
	return guard.MustNew(guard.Options{}).Prepare(guard.Source{Text: original, Facts: facts}).Check(text)
}
