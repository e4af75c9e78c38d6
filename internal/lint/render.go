package lint

import (
	"fmt"
	"io"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/palette"
)

// sectionTitle names a group in the text report: "resume" is the layout,
// a section its key capitalised.
func sectionTitle(section string) string {
	if section == "resume" {
		return "Layout"
	}
	return strings.ToUpper(section[:1]) + section[1:]
}

// RenderText writes findings grouped by section, like a compiler's output
// (file:line: severity: message [rule]), then the score and how it was
// computed.
func RenderText(w io.Writer, file string, r *Report, color bool) {
	m := palette.For(color)
	current := ""
	for _, f := range r.Findings {
		if f.section != current {
			current = f.section
			fmt.Fprintf(w, "\n%s%s%s\n", m.Bold, sectionTitle(current), m.Reset)
		}
		loc := file
		if f.Line > 0 {
			loc = fmt.Sprintf("%s:%d", file, f.Line)
		}
		mark := map[Severity]string{Error: m.Bad, Warning: m.Warn, Info: m.Info}[f.Severity]
		fmt.Fprintf(w, "  %s: %s%s%s: %s %s[%s]%s\n", loc, mark, f.Severity, m.Reset, f.Message, m.Dim, f.Rule, m.Reset)
		fmt.Fprintf(w, "      → %s\n", f.Suggestion)
	}
	if len(r.Findings) == 0 {
		fmt.Fprintln(w, "No findings: this resume follows the guide's checklist.")
	}
	fmt.Fprintf(w, "\n%sScore: %d/100%s", m.Bold, r.Score, m.Reset)
	if len(r.Deductions) > 0 {
		var parts []string
		for _, d := range r.Deductions {
			parts = append(parts, fmt.Sprintf("%s −%d", d.Rule, d.Points))
		}
		fmt.Fprintf(w, " = 100 − (%s)", strings.Join(parts, ", "))
	}
	fmt.Fprintf(w, "\n%sEach error costs %d, each warning %d, info nothing; one rule costs at most %d.%s\n",
		m.Dim, Weights[Error], Weights[Warning], MaxPerRule, m.Reset)
}
