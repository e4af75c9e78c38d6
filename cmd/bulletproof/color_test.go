package main

import (
	"strings"
	"testing"
)

// TestColorFlag: --color=always colors even under NO_COLOR (isolate sets
// it) and off a terminal; never and auto (off a terminal) do not; any
// other value is a usage error.
func TestColorFlag(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	src, _, bad := guardFiles(t, dir)
	tests := []struct {
		name    string
		args    []string
		code    int
		colored bool
	}{
		{"default", nil, 1, false},
		{"auto", []string{"--color=auto"}, 1, false},
		{"never", []string{"--color", "never"}, 1, false},
		{"always", []string{"--color=always"}, 1, true},
		{"unknown", []string{"--color=sometimes"}, 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := cli(t, "", append([]string{"guard", "--source", src, "--rewrite", bad}, tt.args...)...)
			if r.code != tt.code || strings.Contains(r.stdout, "\x1b[") != tt.colored {
				t.Errorf("exit %d, colored %v: %+v", r.code, strings.Contains(r.stdout, "\x1b["), r)
			}
			if tt.colored && !strings.Contains(r.stdout, "\x1b[31;4m60%\x1b[0m") {
				t.Errorf("the unsupported figure is not marked: %q", r.stdout)
			}
		})
	}
}
