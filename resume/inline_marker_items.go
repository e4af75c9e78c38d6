package resume

import "strings"

// "• archiwizacja dokumentów • kontakt z kontrahentami • obsługa poczty":
// a plain-text line of items run together, each opened by the marker the
// line opens with, set off by spaces. Each is an item of its own, as it
// would be on a line of its own; the markers between stay as written.

// inlineMarkers are the markers that never stand inside a sentence (a
// dash or a star may).
var inlineMarkers = []string{"•", "▪", "●", "■", "◦", "‣", "∙", "➤", "►", "◆", "❖", "✓", "✔"}

// splitInlineItems parts an item's text t at src offset at, opened by
// marker m, into the spans of the items run together on it: nil where
// there is only one.
func splitInlineItems(t string, at int, m string) []Span {
	mark := strings.TrimSpace(m)
	known := false
	for _, x := range inlineMarkers {
		known = known || x == mark
	}
	sep := " " + mark + " "
	if !known || !strings.Contains(t, sep) {
		return nil
	}
	var out []Span
	from := 0
	for {
		j := strings.Index(t[from:], sep)
		end := len(t)
		if j >= 0 {
			end = from + j
		}
		s := strings.TrimRight(t[from:end], " \t")
		if strings.TrimSpace(s) != "" {
			out = append(out, Span{at + from, at + from + len(s)})
		}
		if j < 0 {
			break
		}
		from = end + len(sep)
		for from < len(t) && (t[from] == ' ' || t[from] == '\t') {
			from++
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
