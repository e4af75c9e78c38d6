package rewrite

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/palette"
	"github.com/bulletproof-cli/bulletproof/internal/safetext"
	"github.com/bulletproof-cli/bulletproof/internal/worddiff"
)

// statusLabel is how the text report names each status.
var statusLabel = map[Status]string{
	StatusRewritten:    "rewritten",
	StatusUnchanged:    "unchanged",
	StatusKeptOriginal: "kept original",
	StatusNeedsInput:   "needs your input",
	StatusUnsupported:  "not supported offline",
	StatusError:        "error",
}

// RenderText writes a before/after diff per item, with the guard's reasons
// where a candidate was rejected, and a tally.
// In color when color is true.
func RenderText(w io.Writer, r *Result, color bool) { renderText(w, r, palette.For(color), false) }

// RenderChanges is RenderText without the unchanged items.
func RenderChanges(w io.Writer, r *Result, color bool) { renderText(w, r, palette.For(color), true) }

func renderText(w io.Writer, r *Result, p palette.Palette, changesOnly bool) {
	r = printable(r)
	engine := r.Engine
	if r.Model != "" {
		engine += " · " + r.Model
	}
	fmt.Fprintf(w, "%s%s%s · %s\n", p.Bold, r.Prompt, p.Reset, engine)
	for _, it := range r.Items {
		if changesOnly && it.Status == StatusUnchanged {
			continue
		}
		fmt.Fprintf(w, "\n%s%s%s  %s\n", p.Dim, it.ID, p.Reset, colorStatus(it.Status, p))
		switch it.Status {
		case StatusRewritten, StatusNeedsInput:
			del, add := wordDiff(it.Original, it.Final, p)
			writeLines(w, "  - ", del)
			writeLines(w, "  + ", add)
		default:
			writeLines(w, "    ", it.Original)
		}
		if it.Status == StatusKeptOriginal {
			for i, c := range it.Candidates {
				fmt.Fprintf(w, "    %scandidate %d rejected:%s %s\n", p.Warn, i+1, p.Reset, oneLine(c.Text))
				for _, f := range c.Findings {
					if f.Severity == guard.Error {
						fmt.Fprintf(w, "      ✗ %s\n", f.Detail)
					}
				}
			}
		}
		if last := lastCandidate(it); last != nil && it.Status != StatusKeptOriginal {
			for _, f := range last.Findings {
				switch {
				case f.Kind == guard.KindPlaceholder:
					fmt.Fprintf(w, "    %s→%s fill in %s\n", p.Warn, p.Reset, f.Text)
				case f.Severity == guard.Warning:
					fmt.Fprintf(w, "    %s!%s %s\n", p.Warn, p.Reset, f.Detail)
				case f.Code == guard.CodeDerived:
					fmt.Fprintf(w, "    %s%s%s\n", p.Dim, f.Detail, p.Reset)
				}
			}
		}
		if it.Error != "" {
			fmt.Fprintf(w, "    %s%s%s\n", p.Warn, it.Error, p.Reset)
		}
		if it.Notes != "" {
			fmt.Fprintf(w, "    %snote: %s%s\n", p.Dim, oneLine(it.Notes), p.Reset)
		}
	}
	fmt.Fprintf(w, "\n%s\n", Tally(r))
}

// printable is a copy of r whose texts are fit for a terminal: a model's
// reply or a server's message cannot move the cursor, retitle the window
// or hide text behind a bidi override.
func printable(r *Result) *Result {
	out := *r
	out.Engine, out.Model = safetext.Terminal(r.Engine), safetext.Terminal(r.Model)
	out.Items = make([]ItemResult, len(r.Items))
	for i, it := range r.Items {
		it.Original, it.Final = safetext.Terminal(it.Original), safetext.Terminal(it.Final)
		it.Notes, it.Error = safetext.Terminal(it.Notes), safetext.Terminal(it.Error)
		cs := make([]Candidate, len(it.Candidates))
		for j, c := range it.Candidates {
			c.Text = safetext.Terminal(c.Text)
			fs := make([]guard.Finding, len(c.Findings))
			for k, f := range c.Findings {
				f.Text, f.Detail = safetext.Terminal(f.Text), safetext.Terminal(f.Detail)
				fs[k] = f
			}
			c.Findings = fs
			cs[j] = c
		}
		it.Candidates = cs
		out.Items[i] = it
	}
	return &out
}

func writeLines(w io.Writer, prefix, s string) {
	for _, l := range strings.Split(s, "\n") {
		fmt.Fprintf(w, "%s%s\n", prefix, l)
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func lastCandidate(it ItemResult) *Candidate {
	if len(it.Candidates) == 0 {
		return nil
	}
	return &it.Candidates[len(it.Candidates)-1]
}

func colorStatus(s Status, p palette.Palette) string {
	c := ""
	switch s {
	case StatusRewritten:
		c = p.Good
	case StatusKeptOriginal, StatusError:
		c = p.Bad
	case StatusNeedsInput:
		c = p.Warn
	default:
		c = p.Dim
	}
	return c + statusLabel[s] + p.Reset
}

// Tally summarises statuses: "12 items: 9 rewritten, 1 needs your input, ...".
func Tally(r *Result) string {
	counts := r.Counts()
	order := []Status{StatusRewritten, StatusNeedsInput, StatusUnchanged, StatusKeptOriginal, StatusUnsupported, StatusError}
	var parts []string
	for _, s := range order {
		if n := counts[s]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, statusLabel[s]))
		}
	}
	noun := "items"
	if len(r.Items) == 1 {
		noun = "item"
	}
	if len(parts) == 0 {
		return fmt.Sprintf("%d %s", len(r.Items), noun)
	}
	return fmt.Sprintf("%d %s: %s", len(r.Items), noun, strings.Join(parts, ", "))
}

// RenderMarkdown writes the result as a Markdown report.
func RenderMarkdown(w io.Writer, r *Result) {
	r = printable(r)
	engine := r.Engine
	if r.Model != "" {
		engine += " (" + r.Model + ")"
	}
	fmt.Fprintf(w, "# %s\n\nEngine: %s. %s.\n", r.Prompt, engine, Tally(r))
	for _, it := range r.Items {
		fmt.Fprintf(w, "\n## `%s` — %s\n\n", it.ID, statusLabel[it.Status])
		switch it.Status {
		case StatusRewritten, StatusNeedsInput:
			fmt.Fprintf(w, "Before:\n\n> %s\n\nAfter:\n\n> %s\n", mdQuote(it.Original), mdQuote(it.Final))
		default:
			fmt.Fprintf(w, "> %s\n", mdQuote(it.Original))
		}
		var reasons []string
		for _, c := range it.Candidates {
			for _, f := range c.Findings {
				if f.Severity == guard.Error && it.Status == StatusKeptOriginal || f.Kind == guard.KindPlaceholder || f.Severity == guard.Warning {
					reasons = append(reasons, "- "+f.Detail)
				}
			}
		}
		sort.Strings(reasons)
		reasons = dedupe(reasons)
		if len(reasons) > 0 {
			fmt.Fprintf(w, "\n%s\n", strings.Join(reasons, "\n"))
		}
		if it.Error != "" {
			fmt.Fprintf(w, "\nError: %s\n", it.Error)
		}
		if it.Notes != "" {
			fmt.Fprintf(w, "\nNote: %s\n", oneLine(it.Notes))
		}
	}
}

func mdQuote(s string) string { return strings.ReplaceAll(s, "\n", "\n> ") }

func dedupe(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// wordDiff marks the words removed from a and added in b.
func wordDiff(a, b string, p palette.Palette) (string, string) {
	if p.Bad == "" || strings.Contains(a, "\n") || strings.Contains(b, "\n") {
		return a, b
	}
	as, bs := worddiff.Diff(a, b)
	mark := func(s string, spans []worddiff.Span, on string) string {
		var out strings.Builder
		for _, sp := range spans {
			if sp.Changed {
				out.WriteString(on + s[sp.Start:sp.End] + p.Reset)
			} else {
				out.WriteString(s[sp.Start:sp.End])
			}
		}
		return out.String()
	}
	return mark(a, as, p.Bad), mark(b, bs, p.Good)
}
