package guard

import "testing"

// TestDevTwelve scores the twelfth round's cases: devtwelve-variants holds
// the pairs written for its mechanisms (figures in Arabic, Persian, Bengali
// and Hindi, ranks, records and awards, credentials on the way, half hours
// and working weeks, derived totals and shares, compound durations),
// devtwelve-fixed the pairs of the round's blind development sets that the
// round-start build got wrong and the guard gets right since. Every pair is
// held.
func TestDevTwelve(t *testing.T) {
	holdEvery(t, "devtwelve-variants.jsonl", "devtwelve-fixed.jsonl")
}
