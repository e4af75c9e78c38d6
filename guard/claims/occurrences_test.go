package claims

import (
	"slices"
	"testing"
)

func TestOccurrences(t *testing.T) {
	tests := []struct {
		s, sub string
		want   []int
	}{
		{"coursework toward cpa; cpa exam", "cpa", []int{18, 23}},
		{"aaaa", "aa", []int{0, 2}},
		{"none here", "cpa", nil},
		{"anything", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.s+"/"+tt.sub, func(t *testing.T) {
			if got := Occurrences(tt.s, tt.sub); !slices.Equal(got, tt.want) {
				t.Errorf("Occurrences(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
			}
		})
	}
}
