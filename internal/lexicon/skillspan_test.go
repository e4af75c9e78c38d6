package lexicon

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
)

const postings = "../../../shared/data/skillspan/train_postings.jsonl"

type posting struct {
	Title     string   `json:"title"`
	Text      string   `json:"text"`
	Knowledge []string `json:"knowledge_spans"`
}

func loadPostings(t *testing.T) []posting {
	t.Helper()
	f, err := os.Open(postings)
	if err != nil {
		t.Skipf("%s not present: %v", postings, err)
	}
	defer f.Close()
	var out []posting
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4<<20), 4<<20)
	for sc.Scan() {
		var p posting
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// loadLabels reads testdata/skillspan-labels.tsv: every unique knowledge
// span of the postings, hand-labelled tech, practice or other.
func loadLabels(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("testdata/skillspan-labels.tsv")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		class, span, ok := strings.Cut(l, "\t")
		if !ok {
			t.Fatalf("bad label line %q", l)
		}
		out[span] = class
	}
	return out
}

// TestSkillSpanRecall: of the knowledge spans the SkillSpan experts marked in
// 80 real postings that name a technology (hand-labelled "tech"), the share
// where Find reports a mention inside an occurrence of the span in the
// posting. Named practices (CI/CD, TDD, microservices) are reported apart.
func TestSkillSpanRecall(t *testing.T) {
	ps := loadPostings(t)
	labels := loadLabels(t)
	l := Default()
	want := map[string]int{}
	got := map[string]int{}
	missed := map[string]int{}
	for _, p := range ps {
		ms := l.Find(p.Text)
		for _, span := range p.Knowledge {
			class, ok := labels[span]
			if !ok {
				t.Fatalf("span %q has no label", span)
			}
			if class == "other" {
				continue
			}
			want[class]++
			if covered(p.Text, span, ms) {
				got[class]++
			} else if class == "tech" {
				missed[span]++
			}
		}
	}
	tech := float64(got["tech"]) / float64(want["tech"])
	practice := float64(got["practice"]) / float64(want["practice"])
	t.Logf("SkillSpan keyword recall: technologies %.3f (%d/%d); practices %.3f (%d/%d)",
		tech, got["tech"], want["tech"], practice, got["practice"], want["practice"])
	if tech < 0.95 || testing.Verbose() {
		var ks []string
		for k, n := range missed {
			ks = append(ks, k+" ×"+itoa(n))
		}
		sort.Strings(ks)
		t.Logf("missed technology spans: %s", strings.Join(ks, " | "))
	}
	if tech < 0.95 {
		t.Errorf("technology recall %.3f < 0.95", tech)
	}
}

// covered: some mention lies inside an occurrence of span in text.
func covered(text, span string, ms []Mention) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], span)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(span)
		for _, m := range ms {
			if m.Start < j && m.End > i {
				return true
			}
		}
		from = i + 1
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestSkillSpanPrecision: every mention Find reports in every fourth posting
// (20 postings) was labelled correct or wrong by hand in
// testdata/skillspan-precision.tsv. A mention without a label counts as
// wrong and is listed, so a change to the lexicon that adds mentions must
// label them.
func TestSkillSpanPrecision(t *testing.T) {
	ps := loadPostings(t)
	b, err := os.ReadFile("testdata/skillspan-precision.tsv")
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		labels[f[1]+"\t"+f[2]+"\t"+f[3]] = f[0]
	}
	l := Default()
	correct, total := 0, 0
	var unlabelled, wrong []string
	for i, p := range ps {
		if i%4 != 0 {
			continue
		}
		for _, m := range l.Find(p.Text) {
			total++
			key := itoa(i) + "\t" + itoa(m.Start) + "\t" + m.Text
			switch labels[key] {
			case "correct":
				correct++
			case "wrong":
				wrong = append(wrong, m.Text+"→"+m.Entry.Name)
			default:
				unlabelled = append(unlabelled, key+"\t"+m.Entry.Name)
			}
		}
	}
	prec := float64(correct) / float64(total)
	t.Logf("SkillSpan keyword precision on 20 hand-labelled postings: %.3f (%d/%d); wrong: %s", prec, correct, total, strings.Join(wrong, ", "))
	if len(unlabelled) > 0 {
		t.Logf("unlabelled mentions (label them in testdata/skillspan-precision.tsv):\n%s", strings.Join(unlabelled, "\n"))
	}
	if prec < 0.9 {
		t.Errorf("precision %.3f < 0.9", prec)
	}
}
