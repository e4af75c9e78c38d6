package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/resume"
)

var now = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func lintMD(t *testing.T, md string) *Report {
	t.Helper()
	d, err := resume.Parse(resume.Markdown, []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	return Lint(d, Options{Source: md, Format: resume.Markdown, Now: now})
}

func rules(r *Report) map[string]int {
	m := map[string]int{}
	for _, f := range r.Findings {
		m[f.Rule]++
	}
	return m
}

func guideStyle(t *testing.T) string {
	b, err := os.ReadFile("testdata/guide-style.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestGuideStyleIsClean: a resume written the guide's way raises no
// warning.
func TestGuideStyleIsClean(t *testing.T) {
	r := lintMD(t, guideStyle(t))
	if r.HasWarnings() || r.Score != 100 {
		for _, f := range r.Findings {
			t.Errorf("%s: %s %s", f.Rule, f.Item, f.Message)
		}
	}
}

// TestEachRule: for every rule, an edit of the clean resume that triggers
// it, while the clean resume does not.
func TestEachRule(t *testing.T) {
	clean := guideStyle(t)
	cases := []struct {
		rule, from, to string
	}{
		{"header-missing", "· [GitHub](https://github.com/mellis-dev) ", ""},
		{"missing-section", "## Skills", "## Hobbies"},
		{"summary-length", "Mentored six engineers and shortened the review cycle from three days to one.", "Mentored engineers. Ran reviews. Led standups. Wrote docs."},
		{"vague-phrase", "Senior backend engineer with nine years", "Results-driven senior backend engineer with nine years"},
		{"first-person", "Works daily in Go", "I work daily in Go"},
		{"weak-opener", "- Designed REST APIs in Go", "- Responsible for REST APIs in Go"},
		{"no-metric", "- Shipped a Python reporting service that replaced 30 manual spreadsheets for 200 analysts.", "- Shipped a Python reporting service for analysts."},
		{"bullet-count", "- Added Redis caching to the dashboard API, cutting median response time by 64%.\n", ""},
		{"tense", "- Designed REST APIs in Go", "- Design REST APIs in Go"},
		{"long-bullet", "cutting p95 latency from 430 ms to 180 ms for 4M customers.", "cutting p95 latency from 430 ms to 180 ms for 4M customers across every region, every product line and every partner integration we had at the time, including the legacy ones nobody wanted to touch."},
		{"repeated-verb", "- Designed REST APIs", "- Built REST APIs"},
		{"unanchored-skill", "- Observability: Prometheus, Grafana", "- Observability: Prometheus, Grafana, Datadog"},
		{"gpa-below-threshold", "GPA: 3.7/4.0", "GPA: 3.2/4.0"},
		{"education-date", "Corvallis, OR | 2015", "Corvallis, OR | June 2015"},
		{"experience-dates", "Seattle, WA | July 2015 – May 2017", "Seattle, WA | 2015 – 2017"},
		{"reverse-chronological", "Seattle, WA | July 2015 – May 2017", "Seattle, WA | July 2018 – May 2019"},
		{"format-advice", "", ""},
	}
	base := rules(lintMD(t, clean))
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			if c.rule == "format-advice" {
				if base[c.rule] == 0 {
					t.Error("format-advice gave no advice")
				}
				return
			}
			if base[c.rule] != 0 {
				t.Errorf("%s fires on the clean resume", c.rule)
			}
			if c.from != "" && !strings.Contains(clean, c.from) {
				t.Fatalf("%s: fixture lacks %q", c.rule, c.from)
			}
			edited := strings.Replace(clean, c.from, c.to, 1)
			if c.rule == "repeated-verb" {
				edited = strings.Replace(edited, "- Moved batch jobs", "- Built batch jobs", 1)
				edited = strings.Replace(edited, "- Wrote Terraform", "- Built Terraform", 1)
			}
			got := rules(lintMD(t, edited))
			if got[c.rule] == 0 {
				t.Errorf("%s did not fire on the edited resume (got %v)", c.rule, got)
			}
		})
	}
}

func TestDisableAndThresholds(t *testing.T) {
	md := strings.Replace(guideStyle(t), "GPA: 3.7/4.0", "GPA: 3.2/4.0", 1)
	d, _ := resume.Parse(resume.Markdown, []byte(md))
	if r := Lint(d, Options{Disable: []string{"gpa-below-threshold"}, Now: now}); rules(r)["gpa-below-threshold"] != 0 {
		t.Error("disable ignored")
	}
	if r := Lint(d, Options{GPAMin: 3.0, Now: now}); rules(r)["gpa-below-threshold"] != 0 {
		t.Error("threshold ignored")
	}
	if r := Lint(d, Options{BulletsMax: 3, Now: now}); rules(r)["bullet-count"] == 0 {
		t.Error("bullets_max ignored")
	}
}

func TestLinesAndScore(t *testing.T) {
	md := strings.Replace(guideStyle(t), "- Designed REST APIs in Go", "- Responsible for REST APIs in Go", 1)
	r := lintMD(t, md)
	for _, f := range r.Findings {
		if f.Rule == "weak-opener" {
			line := strings.Split(md, "\n")[f.Line-1]
			if !strings.Contains(line, "Responsible for REST APIs") {
				t.Errorf("line %d is %q", f.Line, line)
			}
		}
	}
	if r.Score != 97 || len(r.Deductions) != 1 || r.Deductions[0].Points != 3 {
		t.Errorf("score %d %+v", r.Score, r.Deductions)
	}
}

// sample is a resume read from a file.
type sample struct {
	path, src string
	format    resume.Format
	doc       *resume.Document
}

// sampleResumes reads the JSON Resume samples, the bundled examples and
// the extra files.
func sampleResumes(t *testing.T, extra ...string) []sample {
	t.Helper()
	files, _ := filepath.Glob("../../../shared/data/jsonresume/*.resume.json")
	files = append(append(files, "../../examples/resume.md", "../../examples/resume.json"), extra...)
	var out []sample
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		format := resume.DetectFormat(f, b)
		d, err := resume.Parse(format, b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out = append(out, sample{f, string(b), format, d})
	}
	return out
}

// TestSharedSamples: the bundled examples and the JSON Resume samples lint
// without crashing; their findings are printed for reading (go test -v).
func TestSharedSamples(t *testing.T) {
	for _, s := range sampleResumes(t) {
		r := Lint(s.doc, Options{Source: s.src, Format: s.format, Now: now})
		t.Logf("%s: score %d, %d findings", filepath.Base(s.path), r.Score, len(r.Findings))
		for _, x := range r.Findings {
			if testing.Verbose() {
				t.Logf("  %d %s %s %s: %s", x.Line, x.Severity, x.Rule, x.Item, x.Message)
			}
		}
	}
}

// BenchmarkLintTwoPages: a two-page resume (the guide-style fixture with its
// experience doubled, about 900 words); the budget is 5 ms.
func BenchmarkLintTwoPages(b *testing.B) {
	src, _ := os.ReadFile("testdata/guide-style.md")
	s := string(src)
	exp := s[strings.Index(s, "### Senior Backend Engineer"):strings.Index(s, "## Skills")]
	s = strings.Replace(s, "## Skills", exp+"## Skills", 1)
	d, _ := resume.Parse(resume.Markdown, []byte(s))
	Lint(d, Options{Source: s, Now: now})
	for b.Loop() {
		d, _ := resume.Parse(resume.Markdown, []byte(s))
		Lint(d, Options{Source: s, Now: now})
	}
	b.ReportMetric(float64(len(strings.Fields(s))), "words")
}

// TestLabelIsNoVerb: a bullet that opens with a label ("Route types:") is
// not a present-tense verb in a past role.
func TestLabelIsNoVerb(t *testing.T) {
	clean := guideStyle(t)
	md := strings.Replace(clean, "- Designed REST APIs in Go", "- Route types: REST APIs in Go", 1)
	if md == clean {
		t.Fatal("fixture lacks the bullet")
	}
	if got := rules(lintMD(t, md))["tense"]; got != 0 {
		t.Error("a label was read as a present-tense verb")
	}
}

// TestYearsOverlapOnce: roles held at the same time count their years once.
func TestYearsOverlapOnce(t *testing.T) {
	md := "# Jo Doe\n\n## Experience\n\n### Lead Engineer, Acme (Jan 2016 - Dec 2020)\n\n- Built the API.\n\n" +
		"### Contract Developer, Globex (Jan 2017 - Dec 2019)\n\n- Built the app.\n\n### Software Engineer, Initech (Jan 2021 - Dec 2021)\n\n- Wrote tests.\n"
	d, err := resume.Parse(resume.Markdown, []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	l := &linter{doc: d, opts: Options{Now: now}}
	if y := l.yearsOfExperience(); y < 5.8 || y > 6.2 {
		t.Errorf("%.1f years, want 6 (2016-2021, the contract inside it)", y)
	}
}
