package wordset

import "testing"

func TestFilter(t *testing.T) {
	f := Of(map[string]bool{"over": true, "nearly": true, "p95": true})
	tests := []struct {
		word string
		want bool
	}{
		{"over", true},
		{"nearly", true},
		{"p95", true},
		{"", false},
		{"kubernetes", false},
		{"latency", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := f.MayHave(tt.word); got != tt.want {
				t.Errorf("MayHave(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
