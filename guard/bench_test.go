package guard

import (
	"strings"
	"testing"
)

// A typical pair: a guide-style bullet and a model's rewrite of it.
const (
	benchSource    = "Architected and shipped Go and PostgreSQL microservices behind Kubernetes and AWS load balancers, cutting p95 API latency from 420 ms to 180 ms and supporting 3x peak traffic."
	benchCandidate = "Shipped Go and PostgreSQL microservices on Kubernetes and AWS, cutting p95 API latency 57% (420 ms to 180 ms) and handling 3x peak traffic."
)

// BenchmarkCheck: one typical bullet pair on one core, both texts read
// (issue 16's budget is 25 µs).
func BenchmarkCheck(b *testing.B) {
	testGuard.Check(benchSource, benchCandidate) // load the tables
	b.ReportAllocs()
	for b.Loop() {
		testGuard.Check(benchSource, benchCandidate)
	}
}

// BenchmarkCheckClaims: the rewrite loop extracts the source once and checks
// each candidate against it.
func BenchmarkCheckClaims(b *testing.B) {
	src := testGuard.Prepare(Source{Text: benchSource})
	b.ReportAllocs()
	for b.Loop() {
		src.Check(benchCandidate)
	}
}

// BenchmarkCheckLong: a 10 KB text against itself stays linear.
func BenchmarkCheckLong(b *testing.B) {
	s := strings.Repeat(benchSource+" ", 55)
	for b.Loop() {
		testGuard.Check(s, s)
	}
}
