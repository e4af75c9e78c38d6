package guard

import "testing"

// TestDevTen scores the tenth round's cases: devten-variants holds the
// pairs written for the mechanisms of the round's blind development sets
// (shares written as words in French, German, Dutch, Russian, Chinese,
// Japanese and Korean; magnitudes written "Mio.", "млн", "millions d'";
// periods kept on the figure behind them). Every pair is held.
func TestDevTen(t *testing.T) {
	holdEvery(t, "devten-variants.jsonl")
}
