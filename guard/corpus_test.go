package guard

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// corpusCase is one labelled (source, rewrite) pair in testdata/corpus.
type corpusCase struct {
	ID      string   `json:"id"`
	Source  string   `json:"source"`
	Facts   []string `json:"facts"`
	Rewrite string   `json:"rewrite"`
	Expect  Decision `json:"expect"`
	Kinds   []Kind   `json:"kinds"`
	Note    string   `json:"note"`
	file    string
}

// loadCorpus reads the development corpus: the first round's files (round
// two's hard-* and everyday-* files are scored by TestRoundTwo, the dev2-*
// files by TestDevTwo, the dev4-* files by TestDevFour, the dev6-* files by TestDevSix).
func loadCorpus(t testing.TB) []corpusCase {
	var out []corpusCase
	for _, c := range loadCases(t, "testdata/corpus/*.jsonl") {
		if !roundTwo(c.file) && !devTwo(c.file) && !devFour(c.file) && !devSix(c.file) {
			out = append(out, c)
		}
	}
	return out
}

func roundTwo(file string) bool {
	return strings.HasPrefix(file, "hard-") || strings.HasPrefix(file, "everyday-")
}

func devTwo(file string) bool { return strings.HasPrefix(file, "dev2-") }

func devFour(file string) bool { return strings.HasPrefix(file, "dev4-") }

func devSix(file string) bool { return strings.HasPrefix(file, "dev6-") }

func loadCases(t testing.TB, pattern string) []corpusCase {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	var out []corpusCase
	seen := map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		line := 0
		for sc.Scan() {
			line++
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			var c corpusCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s:%d: %v", f, line, err)
			}
			if seen[c.ID] {
				t.Fatalf("%s:%d: duplicate id %s", f, line, c.ID)
			}
			seen[c.ID] = true
			c.file = filepath.Base(f)
			out = append(out, c)
		}
		fh.Close()
	}
	return out
}

// TestCorpus measures the guard on the labelled corpus and fails when metric
// recall < 0.98, tool recall < 0.97 or false rejects > 0.02.
//
// Metric recall: of the cases labelled reject for an invented metric, the
// share the guard rejects with a metric error. Tool recall likewise. False
// rejects: of the cases labelled accept or needs_input, the share rejected.
func TestCorpus(t *testing.T) {
	cases := loadCorpus(t)
	s := score(cases)
	t.Logf("corpus: %d cases; decisions right %d (%.3f)", len(cases), s.right, float64(s.right)/float64(len(cases)))
	t.Logf("metric recall %.3f (%d/%d), tool recall %.3f (%d/%d), false rejects %.3f (%d/%d)",
		s.metricRecall(), s.metricGot, s.metricWant, s.toolRecall(), s.toolGot, s.toolWant, s.falseRate(), s.falseRejects, s.okWant)
	bad := s.metricRecall() < 0.98 || s.toolRecall() < 0.97 || s.falseRate() > 0.02
	if testing.Verbose() || bad {
		for _, m := range s.misses {
			t.Log(m)
		}
	}
	if s.metricRecall() < 0.98 {
		t.Errorf("metric recall %.3f < 0.98", s.metricRecall())
	}
	if s.toolRecall() < 0.97 {
		t.Errorf("tool recall %.3f < 0.97", s.toolRecall())
	}
	if s.falseRate() > 0.02 {
		t.Errorf("false rejects %.3f > 0.02", s.falseRate())
	}
}

type scores struct {
	metricWant, metricGot, toolWant, toolGot, okWant, falseRejects, right int
	rejectWant, rejectGot, needsWant, needsGot, total                     int
	misses                                                                []string
}

func (s scores) accuracy() float64     { return float64(s.right) / float64(max(1, s.total)) }
func (s scores) rejectRecall() float64 { return float64(s.rejectGot) / float64(max(1, s.rejectWant)) }
func (s scores) needsAccuracy() float64 {
	return float64(s.needsGot) / float64(max(1, s.needsWant))
}

func (s scores) metricRecall() float64 { return float64(s.metricGot) / float64(max(1, s.metricWant)) }
func (s scores) toolRecall() float64   { return float64(s.toolGot) / float64(max(1, s.toolWant)) }
func (s scores) falseRate() float64    { return float64(s.falseRejects) / float64(max(1, s.okWant)) }

// testGuard is a guard with the default options.
var testGuard = func() *Guard {
	g, err := New(Options{})
	if err != nil {
		panic(err)
	}
	return g
}()

func score(cases []corpusCase) scores {
	var s scores
	for _, c := range cases {
		v := testGuard.Check(c.Source, c.Rewrite, c.Facts...)
		errKinds := map[Kind]bool{}
		for _, f := range v.Errors() {
			errKinds[f.Kind] = true
		}
		s.total++
		if v.Decision == c.Expect {
			s.right++
		}
		switch c.Expect {
		case Reject:
			s.rejectWant++
			if v.Decision == Reject {
				s.rejectGot++
			}
		case NeedsInput:
			s.needsWant++
			if v.Decision == NeedsInput {
				s.needsGot++
			}
		}
		if c.Expect != Reject {
			s.okWant++
			if v.Decision == Reject {
				s.falseRejects++
				s.misses = append(s.misses, describeMiss(c, v, "false reject"))
			} else if v.Decision != c.Expect {
				s.misses = append(s.misses, describeMiss(c, v, "wrong decision"))
			}
			continue
		}
		if v.Decision != Reject && !slices.Contains(c.Kinds, KindMetric) && !slices.Contains(c.Kinds, KindTool) {
			s.misses = append(s.misses, describeMiss(c, v, "missed reject"))
		}
		for _, k := range []Kind{KindMetric, KindTool} {
			if !slices.Contains(c.Kinds, k) {
				continue
			}
			hit := v.Decision == Reject && errKinds[k]
			if k == KindMetric {
				s.metricWant++
				if hit {
					s.metricGot++
				}
			} else {
				s.toolWant++
				if hit {
					s.toolGot++
				}
			}
			if !hit {
				s.misses = append(s.misses, describeMiss(c, v, "missed "+string(k)))
			}
		}
	}
	return s
}

func describeMiss(c corpusCase, v Verdict, what string) string {
	var fs []string
	for _, f := range v.Findings {
		if f.Severity != Info || f.Kind == KindMetric {
			fs = append(fs, string(f.Severity)+":"+f.Code+":"+f.Text)
		}
	}
	return what + " [" + c.file + " " + c.ID + "] src=" + c.Source + " | facts=" + strings.Join(c.Facts, " / ") + " | rw=" + c.Rewrite + " | got " + string(v.Decision) + " " + strings.Join(fs, ", ") + " | note: " + c.Note
}
