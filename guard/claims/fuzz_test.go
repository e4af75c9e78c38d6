package claims

import "testing"

var fuzzSeeds = []string{
	"Cut p95 latency from 420 ms to 180 ms and supported 3x peak traffic.",
	"Served 2M+ users; saved $1.2M a year; 99.95% uptime over 18 months.",
	"Built Go services on EKS with Postgres, Kafka and Terraform.",
	"Led the go-live in spring 2023 at the helm of a team of twelve.",
	"improved by [X%] for [N users], TBD",
	"from 2 to 5 million, between 3 and 5, 3–5 regions, 2020-2024",
	"$", "1,5", "1.2.3", "p99.9.9", "— •", "99th-percentile", "half a", "a dozen",
	"twenty-five hundred thousand million billion", "~ over under nearly",
	"five nines, six-figure, single-digit ms, sub-second, an order of magnitude, two thirds of, nine in ten",
	"every 15 minutes, twice a week, no downtime, Q1 and Q2, March through June, from days to hours",
	"Python 3.11, Series B, SOC 2 Type II, its third engineer, #1, top 10%, Fortune 500, 24/7, HTTP 503, 5xx",
	"K\u0430fka on Kuber\u200bnetes, \uff21\uff37\uff33, \u0664\u0660%", "__%, {X}, <X>%, N+ services, $XK",
}

// FuzzRead: reading never panics, and every span indexes the text as
// given.
func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := testReader.Read(s)
		for _, q := range c.Quantities {
			if q.Start < 0 || q.End > len(s) || q.Start > q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %d:%d %q in %q", q.Start, q.End, q.Text, s)
			}
		}
		for _, p := range c.Placeholders {
			if s[p.Start:p.End] != p.Text {
				t.Fatalf("bad placeholder span in %q", s)
			}
		}
		for _, x := range c.Tokens {
			if s[x.Start:x.End] != x.Text {
				t.Fatalf("bad token span in %q", s)
			}
		}
		for _, x := range c.Terms {
			if s[x.Start:x.End] != x.Text {
				t.Fatalf("bad term span in %q", s)
			}
		}
	})
}
