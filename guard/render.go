package guard

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/internal/palette"
)

// Render shows a candidate with its unsupported words marked — in color
// when color is true (for a terminal), else underlined with ^ — followed by
// each reason.
func Render(candidate string, v Verdict, color bool) string {
	m := palette.For(color) // a rejection is marked as its words are: red, underlined
	var b strings.Builder
	var errs, others []Finding
	for _, f := range v.Findings {
		switch {
		case f.Severity == Error:
			errs = append(errs, f)
		case f.Kind != KindDropped || f.Severity != Info:
			others = append(others, f)
		}
	}
	for _, line := range lines(candidate) {
		text := candidate[line[0]:line[1]]
		if color {
			b.WriteString(markSpans(text, line[0], errs, m.Mark, m.Reset) + "\n")
			continue
		}
		b.WriteString(text + "\n")
		if u := underline(text, line[0], errs); strings.TrimSpace(u) != "" {
			b.WriteString(u + "\n")
		}
	}
	switch v.Decision {
	case Reject:
		fmt.Fprintf(&b, "\n%sreject%s: %d unsupported claim%s\n", m.Mark, m.Reset, len(errs), plural(len(errs)))
	case NeedsInput:
		fmt.Fprintf(&b, "\n%sneeds input%s: fill in the placeholders\n", m.Warn, m.Reset)
	default:
		b.WriteString("\naccept: every figure and technology is in the source\n")
	}
	for _, f := range errs {
		fmt.Fprintf(&b, "  %s✗%s %s\n", m.Mark, m.Reset, f.Detail)
	}
	for _, f := range others {
		mark := "•"
		if f.Severity == Warning {
			mark = m.Warn + "!" + m.Reset
		}
		fmt.Fprintf(&b, "  %s %s\n", mark, f.Detail)
	}
	for _, f := range v.Findings {
		if f.Kind == KindDropped {
			fmt.Fprintf(&b, "  %s· %s%s\n", m.Dim, f.Detail, m.Reset)
		}
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// lines returns [start, end) of each line of s.
func lines(s string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, [2]int{start, i})
			start = i + 1
		}
	}
	return append(out, [2]int{start, len(s)})
}

func underline(text string, off int, fs []Finding) string {
	marks := make([]bool, len(text))
	for _, f := range fs {
		for i := f.Start - off; i < f.End-off; i++ {
			if i >= 0 && i < len(marks) {
				marks[i] = true
			}
		}
	}
	var b strings.Builder
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		if marks[i] {
			b.WriteByte('^')
		} else {
			b.WriteByte(' ')
		}
		i += size
	}
	return strings.TrimRight(b.String(), " ")
}

// markSpans wraps the words of each finding in on and off; base is the
// line's offset in the candidate.
func markSpans(text string, base int, fs []Finding, on, off string) string {
	var b strings.Builder
	last := 0
	for _, f := range fs {
		s, e := f.Start-base, f.End-base
		if s < last || s < 0 || e > len(text) {
			continue
		}
		b.WriteString(text[last:s] + on + text[s:e] + off)
		last = e
	}
	b.WriteString(text[last:])
	return b.String()
}
