package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/resume"
)

// scaledResume is the guide-style resume with its experience repeated to
// hold about n bullets: the shape of a long CV, for timing lint's scan.
func scaledResume(tb testing.TB, n int) string {
	tb.Helper()
	verbs := []string{"Built", "Designed", "Migrated", "Responsible for", "Worked on", "Led", "Helped with", "Automated"}
	objs := []string{"the ledger service in Go", "a Postgres partitioning scheme", "REST endpoints with OpenAPI",
		"Kafka consumers for billing events", "Redis caching, cutting p95 latency from 310 ms to 90 ms"}
	var b strings.Builder
	b.WriteString("# Jane Doe\nBackend Engineer | Go, PostgreSQL\nDenver, CO · 555-0100 · jane@example.com · [GitHub](https://github.com/jane)\n\n")
	b.WriteString("## Summary\nBackend engineer with six years of Go. Builds payment services. Cut batch time from 4 hours to 35 minutes.\n\n## Experience\n")
	for i := 0; i < n; i++ {
		if i%5 == 0 {
			fmt.Fprintf(&b, "\n### Backend Engineer — Company %d\nDenver, CO | March %d – June %d\n", i/5, 2000+i/5%20, 2001+i/5%20)
		}
		fmt.Fprintf(&b, "- %s %s, item %d.\n", verbs[i%len(verbs)], objs[i%len(objs)], i)
	}
	b.WriteString("\n## Skills\n- Languages: Go, SQL, Bash\n- Data: PostgreSQL, Redis, Kafka\n\n## Education\n### BS Computer Science — State University\n2015\n")
	return b.String()
}

// BenchmarkLint times lint at 1x, 10x and 100x a long resume's bullets;
// linear means each step costs about ten times the one before.
func BenchmarkLint(b *testing.B) {
	for _, n := range []int{400, 4000, 40000} {
		src := scaledResume(b, n)
		doc, err := resume.Parse(resume.Markdown, []byte(src))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("bullets=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Lint(doc, Options{Source: src, Format: resume.Markdown, Now: now})
			}
		})
	}
}
