package guard

import (
	"path/filepath"
	"testing"
)

// TestDevTwo scores testdata/corpus/dev2-*.jsonl. dev2-everyday and
// dev2-hard are 600 pairs written from the guard's public contract by
// someone who never saw its code (281 everyday rewrites across 18 roles,
// 319 hard ones), used as a development set after a first measurement
// (everyday: accuracy 0.890, reject recall 0.928, false rejects 0.126,
// needs_input 0.938; hard: 0.934, 0.977, 0.094, 0.923). dev2-variants are
// 400 variants of the mechanisms those misses called for, written while
// fixing them. The thresholds hold the figures reached; the two pairs still
// missed (a percentile named beside a placeholder, which the guard rejects
// as a claim) are a disagreement with the labels, not a bug.
func TestDevTwo(t *testing.T) {
	for _, set := range []struct {
		file                        string
		accuracy, recall, needs, fr float64
	}{
		{"dev2-hard.jsonl", 0.99, 0.99, 0.92, 0.01},
		{"dev2-everyday.jsonl", 0.99, 0.99, 0.93, 0.01},
		{"dev2-variants.jsonl", 0.99, 0.98, 0.95, 0.01},
	} {
		cases := loadCases(t, filepath.Join("testdata", "corpus", set.file))
		s := score(cases)
		t.Logf("%s: %d cases; accuracy %.3f, reject recall %.3f (%d/%d), false rejects %.3f (%d/%d), needs_input accuracy %.3f (%d/%d)",
			set.file, len(cases), s.accuracy(), s.rejectRecall(), s.rejectGot, s.rejectWant, s.falseRate(), s.falseRejects, s.okWant,
			s.needsAccuracy(), s.needsGot, s.needsWant)
		bad := s.accuracy() < set.accuracy || s.rejectRecall() < set.recall || s.falseRate() > set.fr || s.needsAccuracy() < set.needs
		if testing.Verbose() || bad {
			for _, m := range s.misses {
				t.Log(m)
			}
		}
		if bad {
			t.Errorf("%s below the thresholds (accuracy %.3f, reject recall %.3f, false rejects %.3f, needs_input %.3f)",
				set.file, set.accuracy, set.recall, set.fr, set.needs)
		}
	}
}
