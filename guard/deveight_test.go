package guard

import "testing"

// TestDevEight scores testdata/corpus/dev8-*.jsonl, dev9 to dev46-*.jsonl (dev28 holds dev27, dev30 dev29) (dev21 holds dev22 too) (the
// ninth set's the same way: languages counted once, brand-suffixed names,
// nouns before an -ing verb, windows after modifiers, -fold words, prices
// per TB, "each X in 20 ms", LAMP/MERN/MEAN, degrees as capitals, M&A,
// "hit" as a verb). dev8-fixed holds the
// pairs of an eighth blind development set that the guard got wrong at
// first measurement and gets right since; dev8-variants the cases written
// for those mechanisms (a present-tense verb or "past" before a bound,
// money never bound to a count of things, precision and recall told
// apart, microseconds, crash-free complements, metric windows, canary
// deploys, a credential said to be held, one figure spread over two
// coordinated things, a bounded count beside its span). Every pair is held.
func TestDevEight(t *testing.T) {
	holdEvery(t, "dev8-fixed.jsonl", "dev8-variants.jsonl", "dev9-fixed.jsonl", "dev9-variants.jsonl", "dev10-fixed.jsonl", "dev10-variants.jsonl", "dev11-fixed.jsonl", "dev11-variants.jsonl", "dev12-fixed.jsonl", "dev12-variants.jsonl", "dev13-fixed.jsonl", "dev13-variants.jsonl", "dev14-fixed.jsonl", "dev14-variants.jsonl", "dev15-fixed.jsonl", "dev15-variants.jsonl", "dev16-fixed.jsonl", "dev16-variants.jsonl", "dev17-fixed.jsonl", "dev18-fixed.jsonl", "dev18-variants.jsonl", "dev20-fixed.jsonl", "dev20-variants.jsonl", "dev21-fixed.jsonl", "dev21-variants.jsonl", "dev24-fixed.jsonl", "dev24-variants.jsonl", "dev23-fixed.jsonl", "dev25-fixed.jsonl", "dev26-fixed.jsonl", "dev26-variants.jsonl", "dev28-fixed.jsonl", "dev28-variants.jsonl", "dev30-fixed.jsonl", "dev30-variants.jsonl", "dev31-fixed.jsonl", "dev31-variants.jsonl", "dev32-fixed.jsonl", "dev32-variants.jsonl", "dev33-fixed.jsonl", "dev33-variants.jsonl", "dev34-fixed.jsonl", "dev34-variants.jsonl", "dev35-fixed.jsonl", "dev35-variants.jsonl", "dev36-fixed.jsonl", "dev36-variants.jsonl", "dev37-fixed.jsonl", "dev37-variants.jsonl", "dev38-fixed.jsonl", "dev38-variants.jsonl", "dev39-fixed.jsonl", "dev39-variants.jsonl", "dev40-variants.jsonl", "dev40-fixed.jsonl", "dev41-fixed.jsonl", "dev44-fixed.jsonl", "dev45-fixed.jsonl", "dev46-fixed.jsonl", "dev46-variants.jsonl")
}
