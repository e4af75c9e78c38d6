package review

import "strings"

// Printable is s fit to show on a terminal: a model's reply or a resume
// cannot move the cursor, retitle the window or hide text behind a bidi
// override. Control characters (ESC included) and bidi controls are dropped;
// newlines and tabs stay. Only what is shown passes through it, never what
// is written.
func Printable(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			return -1
		}
		return r
	}, s)
}
