package guard

import "testing"

// TestDevFourteen scores the fourteenth round's cases: devfourteen-variants
// holds the pairs written for its mechanisms (clock readings, spans in
// words and between years, periods before the figure in other languages,
// numerals in characters, hedges in Chinese, Arabic, Russian and Czech,
// counts each item's against totals, zeros said as "no", credentials
// spelled from acronyms, reach claimed as international), devfourteen-fixed
// the pairs of the round's blind development sets that the round-start
// build got wrong and the guard gets right since. Every pair is held.
func TestDevFourteen(t *testing.T) {
	holdEvery(t, "devfourteen-variants.jsonl", "devfourteen-fixed.jsonl")
}
