package fileio

import (
	"errors"
	"strings"
	"testing"
)

func TestReadAtMost(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		err   string
	}{
		{"under", "abc", 4, ""},
		{"at", "abcd", 4, ""},
		{"over", "abcde", 4, "larger than 4 bytes"},
		{"MiB", strings.Repeat("x", 1<<20+1), 1 << 20, "larger than 1 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := ReadAtMost(strings.NewReader(tt.in), tt.limit)
			var tl *TooLargeError
			switch {
			case tt.err == "" && (err != nil || string(b) != tt.in):
				t.Errorf("%q, %v", b, err)
			case tt.err != "" && (!errors.As(err, &tl) || err.Error() != tt.err):
				t.Errorf("%v, want %q", err, tt.err)
			}
		})
	}
}

func TestLimitedBuffer(t *testing.T) {
	t.Run("fails past the limit", func(t *testing.T) {
		b := LimitedBuffer{Limit: 5}
		if _, err := b.WriteString("abc"); err != nil {
			t.Fatal(err)
		}
		var tl *TooLargeError
		if _, err := b.WriteString("def"); !errors.As(err, &tl) || b.String() != "abc" {
			t.Errorf("%v, %q", err, b.String())
		}
	})
	t.Run("drops past the limit", func(t *testing.T) {
		b := LimitedBuffer{Limit: 5, Drop: true}
		for _, s := range []string{"abc", "def", "ghi"} {
			if n, err := b.WriteString(s); err != nil || n != len(s) {
				t.Fatalf("%d, %v", n, err)
			}
		}
		if b.String() != "abcde" {
			t.Errorf("%q", b.String())
		}
	})
}
