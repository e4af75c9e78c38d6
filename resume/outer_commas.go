package resume

// outerCommaParts splits t at the commas outside brackets: an aside's own
// list ("Linux-Servern (Debian, Ubuntu)") stays inside the part it tells
// of.
func outerCommaParts(t string) []string {
	var parts []string
	depth, from := 0, 0
	for i, r := range t {
		switch r {
		case '(', '（', '[':
			depth++
		case ')', '）', ']':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				parts = append(parts, t[from:i])
				from = i + 1
			}
		}
	}
	return append(parts, t[from:])
}
