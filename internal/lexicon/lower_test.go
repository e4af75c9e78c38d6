package lexicon

import "testing"

func TestLowerASCII(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"already lower", "already lower"},
		{"Go", "go"},
		{"from AngularJS to React", "from angularjs to react"},
		{"ABC", "abc"},
		{"Ｋubernetes Éé", "Ｋubernetes Éé"}, // only ASCII letters change, byte for byte
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := LowerASCII(tc.in); got != tc.want || len(got) != len(tc.in) {
				t.Errorf("LowerASCII(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
