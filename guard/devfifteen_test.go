package guard

import "testing"

// TestDevFifteen scores the fifteenth round's cases: devfifteen-variants
// holds the pairs written for its mechanisms, devfifteen-fixed the pairs
// of the round's blind development sets that the round-start build got
// wrong and the guard gets right since. Every pair is held.
func TestDevFifteen(t *testing.T) {
	holdEvery(t, "devfifteen-variants.jsonl", "devfifteen-fixed.jsonl")
}
