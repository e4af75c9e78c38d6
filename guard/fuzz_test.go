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
	"B.S. in CS, magna cum laude; Ph.D.; Master's", "9 Sev-1s, week-4 retention", "from $42K to $30K a month",
	"1,000 documents in 3 seconds; 3 ms per document", "CCNA coursework; certified", "cut compile and test time by 40%",
	"$2–3M per round, <200 ms, ≥ 99.9%", "tens of millions of requests a day", "a minute and a half, 2 and a half years",
	"used to take 14 days; now it takes 2.", "Offensive Security Certified Professional (OSCP)", "12 in Q1 and 9 more in Q2",
}

// fuzzPairs: source and rewrite pairs that once panicked.
var fuzzPairs = [][2]string{
	// a version range read as one figure beside a rate sliced backwards
	{"Upgraded clusters from Kubernetes 1.26 to 1.29 with zero downtime", "Upgraded Kubernetes clusters from 1.26 to 1.29 without downtime."},
}

// FuzzCheck: no input panics, and a text always supports itself.
func FuzzCheck(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, s)
		f.Add(fuzzSeeds[(i+1)%len(fuzzSeeds)], s)
	}
	for _, p := range fuzzPairs {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, src, cand string) {
		if !utf8.ValidString(src) || !utf8.ValidString(cand) {
			return
		}
		for _, f := range testGuard.Check(src, cand).Findings {
			if f.Code == CodeGuardFailed {
				t.Fatalf("Check(%q, %q) failed: %s", src, cand, f.Detail)
			}
		}
		if v := testGuard.Check(cand, cand); v.Decision == Reject {
			t.Fatalf("Check(x, x) rejected %q: %+v", cand, v.Findings)
		}
	})
}

// TestFailsClosed: a check whose reading panicked rejects, and says why.
func TestFailsClosed(t *testing.T) {
	p := testGuard.Prepare(Source{Text: "Built it."})
	p.failed = "index out of range"
	for _, q := range []*Prepared{p, testGuard.Join(testGuard.Prepare(Source{Text: "x"}), p)} {
		v := q.Check("Built it.")
		if v.Decision != Reject || len(v.Findings) != 1 || v.Findings[0].Code != CodeGuardFailed {
			t.Errorf("got %+v, want one guard_failed rejection", v)
		}
	}
}
