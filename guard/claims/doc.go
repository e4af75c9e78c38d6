// Package claims reads what a text claims: every quantity with the thing it
// measures, every technology (by its canonical name), product-like terms the
// technology table lacks, claim tokens (versions, funding stages,
// certification levels, ranks, status codes, "24/7"), placeholders a person
// must fill, and the ownership its verbs claim. It is the one claim reader of
// bulletproof: the guard judges with it, and lint and match ask it what a
// resume shows.
//
// One number grammar reads source and rewrite alike: digits and number
// words, fractions ("two thirds"), "five nines", magnitude phrases read as
// intervals ("millions of", "sub-second", "an order of magnitude"), rates
// ("every 15 minutes"), hedges ("over", "nearly", "~") and units. Text is
// normalised before reading (NFKC, look-alike letters, zero-width
// characters, other scripts' digits), and every offset points into the text
// as given.
//
// Reading is pure and fast: no I/O, no model.
package claims
