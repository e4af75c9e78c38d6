package match

import (
	"fmt"
	"io"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/palette"
)

func req(r bool) string {
	if r {
		return "required"
	}
	return "nice to have"
}

// RenderText writes the report for a person: what you can claim and where
// the evidence is, what is only implied, what the ad asks that you do not
// show (with honest routes, never "add it"), and which spellings to mirror.
func RenderText(w io.Writer, r *Report, color bool) {
	m := palette.For(color)
	title := r.Job.Title
	if title == "" {
		title = "the job ad"
	}
	fmt.Fprintf(w, "%s%s%s\n", m.Bold, title, m.Reset)
	if r.Job.Years > 0 {
		fmt.Fprintf(w, "asks for %d+ years of experience\n", r.Job.Years)
	}
	fmt.Fprintf(w, "coverage %s%.0f%%%s of the ad's technologies (required count twice; listed-only counts half)\n", m.Bold, r.Coverage*100, m.Reset)
	if len(r.Matched) > 0 {
		fmt.Fprintf(w, "\n%sYou can claim these — your resume shows them here%s\n", m.Good, m.Reset)
		for _, x := range r.Matched {
			fmt.Fprintf(w, "  ✓ %s (%s)  %s%s%s\n", x.Term, req(x.Required), m.Dim, strings.Join(x.Evidence, ", "), m.Reset)
		}
	}
	if len(r.Implied) > 0 {
		fmt.Fprintf(w, "\n%sImplied by what you show%s\n", m.Good, m.Reset)
		for _, x := range r.Implied {
			fmt.Fprintf(w, "  ~ %s (%s) via %s  %s%s%s\n", x.Term, req(x.Required), x.Via, m.Dim, strings.Join(x.Evidence, ", "), m.Reset)
		}
		fmt.Fprintf(w, "    naming them outright where true helps keyword screens\n")
	}
	if len(r.Unanchored) > 0 {
		fmt.Fprintf(w, "\n%sListed in your skills, but no bullet shows them%s\n", m.Warn, m.Reset)
		for _, x := range r.Unanchored {
			fmt.Fprintf(w, "  ○ %s (%s)\n", x.Term, req(x.Required))
		}
		fmt.Fprintf(w, "    if you used them, add a bullet that shows where and with what result\n")
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "\n%sThe ad asks for these; your resume does not show them%s\n", m.Bad, m.Reset)
		for _, x := range r.Missing {
			fmt.Fprintf(w, "  ✗ %s (%s)\n", x.Term, req(x.Required))
		}
		fmt.Fprintf(w, "    honest routes: a small project that uses it, a course or certification, or leave it —\n")
		fmt.Fprintf(w, "    do not put it in a bullet about work that did not use it\n")
	}
	if len(r.Spelling) > 0 {
		fmt.Fprintf(w, "\nSpellings to mirror\n")
		for _, s := range r.Spelling {
			fmt.Fprintf(w, "  %s → %s\n", s.Resume, s.Job)
		}
	}
	for _, n := range r.Notices {
		fmt.Fprintf(w, "\n%snote: %s%s\n", m.Warn, n, m.Reset)
	}
}
