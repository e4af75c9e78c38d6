package safetext

import (
	"strings"
	"testing"
)

func TestTerminal(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Built the API.", "Built the API."},
		{"red \x1b[31mtext\x1b[0m here", "red text here"},
		{"title \x1b]0;pwned\x07 done", "title  done"},
		{"link \x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "link click"},
		{"bell\x07 nul\x00 del\x7f", "bell nul del"},
		{"c1 \u009b31m csi", "c1  csi"},
		{"bidi \u202eevil\u202c ok", "bidi evil ok"},
		{"keep\ttab\nand newline", "keep\ttab\nand newline"},
		{"lone esc\x1b", "lone esc"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"ünïcödé — 中文 한국어", "ünïcödé — 中文 한국어"},
		{"clear \x1b[2J\x1b[H screen", "clear  screen"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := Terminal(c.in); got != c.want {
				t.Errorf("Terminal(%q) = %q, want %q", c.in, got, c.want)
			}
			if _, _, bad := FirstUnsafe(Terminal(c.in)); bad {
				t.Errorf("Terminal(%q) left an unsafe rune", c.in)
			}
		})
	}
}

func TestFirstUnsafe(t *testing.T) {
	for _, s := range []string{"a\x00b", "a\x1b[1m", "\u202e", "a\rb", "\xc3"} {
		if _, _, bad := FirstUnsafe(s); !bad {
			t.Errorf("%q passed", s)
		}
	}
	for _, s := range []string{"plain", "tab\there", "two\nlines", "emoji 🚀", "replacement \uFFFD char"} {
		if r, at, bad := FirstUnsafe(s); bad {
			t.Errorf("%q: %q at %d", s, r, at)
		}
	}
}

func FuzzTerminal(f *testing.F) {
	for _, s := range []string{"\x1b[31m", "\x1b]0;x\x07", "a\x9b1m", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Terminal(s)
		if _, _, bad := FirstUnsafe(out); bad {
			t.Fatalf("Terminal(%q) = %q still unsafe", s, out)
		}
		if strings.ContainsRune(out, 0x1b) {
			t.Fatal("ESC left")
		}
	})
}
