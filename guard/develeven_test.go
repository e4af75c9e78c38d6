package guard

import "testing"

// TestDevEleven scores the eleventh round's cases: develeven-fixed holds
// the pairs of the round's six blind development sets (dev70, dev72,
// dev74, dev76 everyday; dev70, dev77 hard) that the round-start build got
// wrong and the guard gets right since; develeven-variants the pairs
// written for their mechanisms (rates over spans and days a week, amounts
// shared out, units, periods and bounds in two dozen languages, language
// pairs, credentials worked towards). Every pair is held.
func TestDevEleven(t *testing.T) {
	holdEvery(t, "develeven-variants.jsonl", "develeven-fixed.jsonl")
}
