// Package english holds the English-language tables the rest of bulletproof
// shares: a dictionary of ordinary words, action verbs with the ownership they
// claim, weak openers, filler and vague phrases. It is pure: no I/O beyond the
// embedded files, no model calls.
//
// The technology table lives in internal/lexicon; this package is its
// counterpart for ordinary words, so that the guard, the offline engine, lint
// and eval agree on what a weak opener or a past-tense verb is.
package english

//go:generate go test -run TestGeneratedTables -update .
