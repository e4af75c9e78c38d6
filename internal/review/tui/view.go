package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/review"
	"github.com/bulletproof-cli/bulletproof/internal/worddiff"
)

var (
	barStyle   = lipgloss.NewStyle().Reverse(true).Bold(true)
	dimStyle   = lipgloss.NewStyle().Faint(true)
	labelStyle = lipgloss.NewStyle().Bold(true)
	delStyle   = lipgloss.NewStyle().Foreground(lipgloss.Red).Strikethrough(true)
	addStyle   = lipgloss.NewStyle().Foreground(lipgloss.Green).Bold(true)
	warnStyle  = lipgloss.NewStyle().Foreground(lipgloss.Yellow)
	badStyle   = lipgloss.NewStyle().Foreground(lipgloss.Red)
	goodStyle  = lipgloss.NewStyle().Foreground(lipgloss.Green)
	keyStyle   = lipgloss.NewStyle().Bold(true)
)

// View implements tea.Model.
func (m Model) View() tea.View {
	v := tea.NewView(m.Screen())
	v.AltScreen = true
	v.WindowTitle = "bulletproof review"
	return v
}

// Screen is the review as text, exactly as many lines as the window has.
func (m Model) Screen() string {
	w, h := max(40, m.width), max(10, m.height)
	it := m.s.Current()
	head := m.header(w)
	foot := m.footer(w)
	var body []string
	switch {
	case it == nil:
		body = []string{"", "  " + m.s.Tally()}
	case m.help:
		for _, l := range helpLines(m.meta) {
			body = append(body, strings.Split(lipgloss.Wrap(l, w, ""), "\n")...)
		}
	default:
		body = m.body(it, w)
	}
	room := h - 1 - len(foot)
	if len(body) > room {
		body = append(body[:room-1], dimStyle.Render("  … (a taller window shows the rest)"))
	}
	for len(body) < room {
		body = append(body, "")
	}
	return strings.Join(append(append([]string{head}, body...), foot...), "\n")
}

func (m Model) header(w int) string {
	left := " bulletproof review · " + review.Printable(m.meta.File)
	if m.meta.Output != "" && m.meta.Output != m.meta.File {
		left += " → " + review.Printable(m.meta.Output)
	}
	right := fmt.Sprintf("%d of %d ", min(m.s.Position()+1, len(m.s.Items)), len(m.s.Items))
	if n := m.count(review.Accepted) + m.count(review.Edited); n > 0 {
		right = fmt.Sprintf("%d to write · ", n) + right
	}
	if m.s.Over() {
		right = ""
	}
	left = truncate(left, w-lipgloss.Width(right)-1)
	gap := max(1, w-lipgloss.Width(left)-lipgloss.Width(right))
	return barStyle.Render(left + strings.Repeat(" ", gap) + right)
}

func (m Model) count(d review.Decision) int {
	n := 0
	for _, it := range m.s.Items {
		if it.Decision == d {
			n++
		}
	}
	return n
}

func (m Model) body(it *review.Item, w int) []string {
	text := w - 4
	out := []string{dimStyle.Render(" " + truncate(review.Printable(review.Where(it)), w-2)), ""}
	orig, cand := diffed(review.Printable(it.Result.Original), review.Printable(it.Shown.Text))
	out = append(out, labelStyle.Render(" Original"))
	out = append(out, indent(orig, text)...)
	out = append(out, "")
	q := m.s.Question()
	switch {
	case m.mode == editing:
		out = append(out, labelStyle.Render(" Your text"))
		out = append(out, indentRaw(m.editor.View())...)
		return out
	case q != nil:
		out = append(out, labelStyle.Render(" Your edit"))
		out = append(out, indent(review.Printable(q.Text), text)...)
		out = append(out, "", warnStyle.Bold(true).Render(" Is this true? Your resume does not say:"))
		for _, f := range q.Claims {
			out = append(out, indent(warnStyle.Render("? ")+review.Printable(f.Detail), text)...)
		}
		out = append(out, indent(dimStyle.Render("Yes makes it a fact for the rest of this review."), text)...)
		return out
	}
	label := " Rewrite"
	if n := len(it.Result.Candidates); n > 1 {
		label += dimStyle.Render(fmt.Sprintf(" · candidate %d", n))
	}
	out = append(out, labelStyle.Render(label))
	out = append(out, indent(cand, text)...)
	out = append(out, "", labelStyle.Render(" Guard"))
	out = append(out, guardLines(it, text)...)
	if it.Result.Notes != "" {
		out = append(out, indent(dimStyle.Render("model's note: "+oneLine(review.Printable(it.Result.Notes))), text)...)
	}
	out = append(out, "")
	switch m.mode {
	case noting:
		out = append(out, indentRaw(m.noteBox.View())...)
	case asking:
		msg := "asking " + m.meta.Engine + " again"
		if m.note != "" {
			msg += " (note: " + oneLine(review.Printable(m.note)) + ")"
		}
		out = append(out, indent(m.spin.View()+" "+msg+"…", text)...)
	case quitting:
		n := len(m.s.Finals())
		out = append(out, indent(labelStyle.Render(fmt.Sprintf("Write %s to %s and stop?", plural(n, "change"), m.meta.Output)), text)...)
	default:
		if m.flash != "" {
			st := goodStyle
			if m.flashBad {
				st = badStyle
			}
			out = append(out, indent(st.Render(review.Printable(m.flash)), text)...)
		}
		for _, warn := range m.warnings {
			out = append(out, indent(warnStyle.Render("! ")+review.Printable(warn), text)...)
		}
	}
	return out
}

// guardLines are the guard's findings a reviewer acts on.
func guardLines(it *review.Item, w int) []string {
	var out []string
	for _, f := range it.Shown.Findings {
		f.Text, f.Detail = review.Printable(f.Text), review.Printable(f.Detail)
		switch {
		case f.Kind == guard.KindPlaceholder:
			out = append(out, indent(warnStyle.Render("→ fill in "+f.Text)+dimStyle.Render(" (edit with e, or skip)"), w)...)
		case f.Severity == guard.Warning:
			out = append(out, indent(warnStyle.Render("! ")+f.Detail, w)...)
		case f.Severity == guard.Error:
			out = append(out, indent(badStyle.Render("✗ ")+f.Detail, w)...)
		case f.Severity == guard.Info:
			out = append(out, indent(dimStyle.Render("· "+f.Detail), w)...)
		}
	}
	if len(out) == 0 {
		out = indent(goodStyle.Render("✓ ")+"every figure and tool in it is in your text", w)
	}
	return out
}

func (m Model) footer(w int) []string {
	var keys [][2]string
	switch {
	case m.s.Over():
		return []string{""}
	case m.mode == editing:
		keys = [][2]string{{"enter", "save"}, {"esc", "cancel"}, {"alt+enter", "new line"}, {"ctrl+o", "$EDITOR"}}
	case m.mode == noting:
		keys = [][2]string{{"enter", "ask again"}, {"esc", "cancel"}}
	case m.mode == asking:
		keys = [][2]string{{"ctrl+c", "stop (the review is kept)"}}
	case m.mode == quitting:
		keys = [][2]string{{"y", "write and stop"}, {"n", "stop, write nothing"}, {"esc", "back"}}
	case m.s.Question() != nil:
		keys = [][2]string{{"y", "yes"}}
		if m.meta.Facts != "" {
			keys = append(keys, [2]string{"f", "yes, and add it to " + m.meta.Facts})
		}
		keys = append(keys, [2]string{"n", "no, drop the edit"})
	case m.help:
		keys = [][2]string{{"any key", "back"}}
	default:
		keys = [][2]string{{"a", "accept"}, {"e", "edit"}, {"r", "ask again"}, {"s", "skip"}, {"A", "accept rest"}, {"q", "quit"}, {"?", "help"}}
	}
	// as many keys a line as fit
	lines := []string{dimStyle.Render(strings.Repeat("─", w))}
	line := ""
	for _, k := range keys {
		part := keyStyle.Render(k[0]) + " " + dimStyle.Render(k[1])
		switch {
		case line == "":
			line = " " + part
		case lipgloss.Width(line)+3+lipgloss.Width(part) > w:
			lines = append(lines, line)
			line = " " + part
		default:
			line += dimStyle.Render(" · ") + part
		}
	}
	return append(lines, line)
}

func helpLines(meta Meta) []string {
	lines := []string{
		"",
		" Each changed item, in file order. Nothing is written until the review ends.",
		"",
		"   a        accept the rewrite",
		"   e        edit it yourself; the guard checks your text too, and asks",
		"            \"is this true?\" about a figure or tool your resume lacks",
		"   r        ask the model again, with an optional note (\"shorter\")",
		"   s        skip: keep the original",
		"   A        accept every remaining item (those with placeholders wait)",
		"   q        quit: write what was accepted so far, or nothing",
		"   ctrl+c   stop now; the review is kept and the same command continues it",
		"",
		" A placeholder such as [X%] must be filled (e) or the item skipped.",
	}
	if meta.Output != "" {
		lines = append(lines, " Accepted text goes to "+meta.Output+"; every other byte stays.")
	}
	return lines
}

// diffed renders the original with removed words marked, and the candidate
// with added words marked (the same word diff as the rewrite report).
func diffed(orig, cand string) (string, string) {
	if strings.Contains(orig, "\n") || strings.Contains(cand, "\n") {
		return orig, cand
	}
	as, bs := worddiff.Diff(orig, cand)
	mark := func(s string, spans []worddiff.Span, style lipgloss.Style) string {
		var out strings.Builder
		for _, sp := range spans {
			if sp.Changed {
				out.WriteString(style.Render(s[sp.Start:sp.End]))
			} else {
				out.WriteString(s[sp.Start:sp.End])
			}
		}
		return out.String()
	}
	return mark(orig, as, delStyle), mark(cand, bs, addStyle)
}

// indent wraps s to width and indents each line by two spaces.
func indent(s string, width int) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		for _, l := range strings.Split(lipgloss.Wrap(para, width, ""), "\n") {
			out = append(out, "  "+l)
		}
	}
	return out
}

func indentRaw(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		out = append(out, "  "+l)
	}
	return out
}

func truncate(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && lipgloss.Width(string(r))+1 > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
