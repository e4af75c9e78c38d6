// Package safetext keeps untrusted text (a model's reply, a server's error
// message) from acting on a terminal or hiding in a file: it finds and
// removes control characters, terminal escape sequences and the Unicode
// bidirectional overrides that make text display other than it reads. It
// is pure.
package safetext

import (
	"strings"
	"unicode/utf8"
)

// Unsafe reports whether r may not appear in text we write or print:
// C0 controls other than tab and newline, DEL, C1 controls (ESC and CSI
// among them), and the bidi embeddings, overrides and isolates.
func Unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// FirstUnsafe returns the first unsafe rune in s and its byte offset, or
// ok false. Invalid UTF-8 counts as unsafe (utf8.RuneError).
func FirstUnsafe(s string) (r rune, at int, ok bool) {
	for i, r := range s {
		if Unsafe(r) || r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return r, i, true
		}
	}
	return 0, 0, false
}

// Terminal returns s fit to print: escape sequences (CSI "ESC [ ... final",
// OSC "ESC ] ... BEL or ESC \", and two-byte "ESC x") are removed whole, so
// no fragment of one is left to read as text; every other unsafe rune is
// dropped, and invalid UTF-8 becomes U+FFFD. Tabs and newlines stay.
func Terminal(s string) string {
	if _, _, bad := FirstUnsafe(s); !bad {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b || r == 0x9b || r == 0x9d:
			i += escapeLen(s[i:])
			continue
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case !Unsafe(r):
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// escapeLen is the length of the escape sequence at the start of s (which
// begins with ESC, or with the 8-bit CSI or OSC).
func escapeLen(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	kind := byte(0)
	switch r {
	case 0x9b:
		kind = '['
	case 0x9d:
		kind = ']'
	default: // ESC
		if len(s) < 2 {
			return n
		}
		kind = s[1]
		n = 2
	}
	switch kind {
	case '[': // CSI: parameters and intermediates, then a final byte @..~
		for i := n; i < len(s); i++ {
			if c := s[i]; c >= 0x40 && c <= 0x7e {
				return i + 1
			} else if c < 0x20 || c > 0x3f && c < 0x40 || c >= 0x80 {
				return i
			}
		}
		return len(s)
	case ']', 'P', '_', '^': // OSC, DCS, APC, PM: up to BEL or ST (ESC \)
		for i := n; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return len(s)
	}
	if n == 2 && (kind < 0x20 || kind >= 0x80) {
		return 1 // a lone ESC before something that is not a sequence
	}
	return n
}
