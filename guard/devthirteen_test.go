package guard

import "testing"

// TestDevThirteen scores the thirteenth round's cases: devthirteen-variants
// holds the pairs written for its mechanisms (credentials part way, time
// over a span, shares said as fractions, currencies in English words,
// named schedules, rates of lengths and weights, money shares, release
// years), devthirteen-fixed the pairs of the round's blind development sets
// that the round-start build got wrong and the guard gets right since.
// Every pair is held.
func TestDevThirteen(t *testing.T) {
	holdEvery(t, "devthirteen-variants.jsonl", "devthirteen-fixed.jsonl")
}
