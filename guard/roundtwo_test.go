package guard

import (
	"path/filepath"
	"testing"
)

// TestRoundTwo scores the guard on the second round's cases
// (testdata/corpus/hard-*.jsonl: number words, magnitude phrases,
// derivations, subjects, claim tokens, identifiers, practices, aliases,
// product-like terms, placeholders and look-alike text;
// testdata/corpus/everyday-*.jsonl: ordinary rewrites across roles) and
// fails below the figures issue 16 asks for: on the hard cases accuracy
// 0.95, reject recall 0.95, needs_input accuracy 0.90 and false rejects at
// most 0.05; on the everyday ones accuracy 0.97, reject recall 0.95 and
// false rejects at most 0.03.
func TestRoundTwo(t *testing.T) {
	var hard, everyday []corpusCase
	for _, c := range loadCases(t, filepath.Join("testdata", "corpus", "*.jsonl")) {
		switch {
		case !roundTwo(c.file):
		case c.file[:5] == "hard-":
			hard = append(hard, c)
		default:
			everyday = append(everyday, c)
		}
	}
	for _, set := range []struct {
		name                        string
		cases                       []corpusCase
		accuracy, recall, needs, fr float64
	}{{"hard", hard, 0.95, 0.95, 0.90, 0.05}, {"everyday", everyday, 0.97, 0.95, 0, 0.03}} {
		s := score(set.cases)
		t.Logf("%s: %d cases; accuracy %.3f, reject recall %.3f (%d/%d), false rejects %.3f (%d/%d), needs_input accuracy %.3f (%d/%d)",
			set.name, len(set.cases), s.accuracy(), s.rejectRecall(), s.rejectGot, s.rejectWant, s.falseRate(), s.falseRejects, s.okWant,
			s.needsAccuracy(), s.needsGot, s.needsWant)
		bad := s.accuracy() < set.accuracy || s.rejectRecall() < set.recall || s.falseRate() > set.fr || s.needsWant > 0 && s.needsAccuracy() < set.needs
		if testing.Verbose() || bad {
			for _, m := range s.misses {
				t.Log(m)
			}
		}
		if bad {
			t.Errorf("%s below the thresholds", set.name)
		}
	}
}

// TestHoldoutRoundTwo scores testdata/holdout2, written once with the round
// two corpus before any change and never tuned on: only its totals are
// printed. Before round two: accuracy 0.549, reject recall 0.465, false
// rejects 0.353, needs_input 0.286; after it 0.965, 0.944, 0.020, 1.000.
// The thresholds guard against regressions.
func TestHoldoutRoundTwo(t *testing.T) {
	cases := loadCases(t, filepath.Join("testdata", "holdout2", "*.jsonl"))
	s := score(cases)
	if s.accuracy() < 0.95 || s.rejectRecall() < 0.93 || s.falseRate() > 0.03 || s.needsAccuracy() < 0.85 {
		t.Errorf("holdout2 below thresholds (accuracy 0.95, reject recall 0.93, false rejects 0.03, needs_input 0.85)")
	}
	t.Logf("holdout2: %d cases; accuracy %.3f, reject recall %.3f (%d/%d), false rejects %.3f (%d/%d), needs_input accuracy %.3f (%d/%d)",
		len(cases), s.accuracy(), s.rejectRecall(), s.rejectGot, s.rejectWant, s.falseRate(), s.falseRejects, s.okWant,
		s.needsAccuracy(), s.needsGot, s.needsWant)
}
