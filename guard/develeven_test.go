package guard

import "testing"

// TestDevEleven scores the eleventh round's cases: develeven-variants
// holds the pairs written for the mechanisms of the round's blind
// development sets (a rate held over a span is a total). Every pair is
// held.
func TestDevEleven(t *testing.T) {
	holdEvery(t, "develeven-variants.jsonl")
}
