package guard

import (
	"path/filepath"
	"testing"
)

// TestDevSix scores testdata/corpus/dev6-*.jsonl. dev6-fixed holds the
// pairs of a sixth blind development set (written by someone who never saw
// the code) that the guard got wrong at first measurement and gets right
// since; dev6-variants the cases written for those mechanisms (compound
// modifiers after "no", versions after "clusters", calendar spans, arrows,
// ratio metrics, complements, shares of a whole, subjects bound to what
// they measure, claim tokens raised). Every pair is held.
func TestDevSix(t *testing.T) {
	for _, file := range []string{"dev6-fixed.jsonl", "dev6-variants.jsonl"} {
		cases := loadCases(t, filepath.Join("testdata", "corpus", file))
		s := score(cases)
		t.Logf("%s: %d cases; accuracy %.3f, reject recall %.3f (%d/%d), false rejects %.3f (%d/%d)",
			file, len(cases), s.accuracy(), s.rejectRecall(), s.rejectGot, s.rejectWant, s.falseRate(), s.falseRejects, s.okWant)
		for _, c := range cases {
			t.Run(c.ID, func(t *testing.T) {
				if v := testGuard.Check(c.Source, c.Rewrite, c.Facts...); v.Decision != c.Expect {
					t.Errorf("%s", describeMiss(c, v, "got "+string(v.Decision)+", want "+string(c.Expect)))
				}
			})
		}
	}
}
