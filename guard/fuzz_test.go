package guard

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"Cut p95 latency from 420 ms to 180 ms and supported 3x peak traffic.",
	"Served 2M+ users; saved $1.2M a year; 99.95% uptime over 18 months.",
	"Built Go services on EKS with Postgres, Kafka and Terraform.",
	"Led the go-live in spring 2023 at the helm of a team of twelve.",
	"improved by [X%] for [N users], TBD",
	"from 2 to 5 million, between 3 and 5, 3–5 regions, 2020-2024",
	"$", "1,5", "1.2.3", "p99.9.9", "— •", "99th-percentile", "half a", "a dozen",
	"twenty-five hundred thousand million billion", "~ over under nearly",
}

// FuzzCheck: no input panics, and a text always supports itself.
func FuzzCheck(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, src, cand string) {
		if !utf8.ValidString(src) || !utf8.ValidString(cand) {
			return
		}
		testGuard.Check(src, cand)
		if v := testGuard.Check(cand, cand); v.Decision == Reject {
			t.Fatalf("Check(x, x) rejected %q: %+v", cand, v.Findings)
		}
	})
}
