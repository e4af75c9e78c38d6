package eval

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard"
)

// GuardCheck is the guard's verdict on a cell's output, judged against the
// case's vars.input (with vars.facts and vars.context) whatever the
// suite's assertions: the viewer highlights its findings in the output and
// counts its rejections in the fabrication table.
type GuardCheck struct {
	Rejected bool            `json:"rejected"`
	Findings []guard.Finding `json:"findings,omitempty"` // errors and warnings
}

// checkGuard judges s.Output; nil when the case has no input to judge by.
func checkGuard(s *subject) *GuardCheck {
	if strings.TrimSpace(s.Input) == "" || strings.TrimSpace(s.Output) == "" {
		return nil
	}
	src := guard.Source{Text: s.Input, Facts: s.Facts}
	if s.Context != "" {
		src.Context = []string{s.Context}
	}
	v := s.judge.guard.Prepare(src).Check(s.Output)
	g := &GuardCheck{Rejected: v.Decision == guard.Reject}
	for _, f := range v.Findings {
		if f.Severity != guard.Info && f.Kind != guard.KindDropped {
			g.Findings = append(g.Findings, f)
		}
	}
	return g
}
