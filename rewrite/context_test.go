package rewrite

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/resume"
)

const twoRoles = `# A
## Experience
### Engineer — Acme
2020 – 2022
- Moved billing events to Kafka, cutting lag from 9 s to 2 s.
- Built the reporting service.
### Engineer — Globex
2018 – 2020
- Ran the Terraform modules for 30 accounts.
- Wrote the audit exporter.
`

// TestContextAndScopeSources: what the context a prompt showed, and the
// resume with scope resume, let a rewrite state; read once per run, they
// judge as the per-item reading did.
func TestContextAndScopeSources(t *testing.T) {
	d, err := resume.Parse(resume.Markdown, []byte(twoRoles))
	if err != nil {
		t.Fatal(err)
	}
	reply := func(text string) *scripted {
		return &scripted{replies: func(it resume.Item, _ int) string {
			if strings.HasPrefix(it.Text, "Built the reporting") || strings.HasPrefix(it.Text, "Wrote the audit") {
				return text
			}
			return it.Text
		}}
	}
	status := func(r *Result, id string) Status {
		for _, it := range r.Items {
			if it.ID == id {
				return it.Status
			}
		}
		return "missing"
	}
	cases := []struct {
		prompt, scope, reply, id string
		want                     Status
	}{
		// role context: a tool of the same role, not its figure
		{"technical-depth", ScopeItem, "Built the reporting service on Kafka.", "experience.0.bullets.1", StatusRewritten},
		{"technical-depth", ScopeItem, "Built the reporting service, cutting lag to 2 s.", "experience.0.bullets.1", StatusKeptOriginal},
		{"technical-depth", ScopeItem, "Wrote the audit exporter on Kafka.", "experience.1.bullets.1", StatusKeptOriginal},
		// section context: a tool of another role in the section
		{"reduce-redundancy", ScopeItem, "Wrote the audit exporter on Kafka.", "experience.1.bullets.1", StatusRewritten},
		{"reduce-redundancy", ScopeItem, "Wrote the audit exporter for 30 accounts.", "experience.1.bullets.1", StatusKeptOriginal},
		// scope resume: the whole resume's figures too
		{"tighten-bullets", ScopeResume, "Wrote the audit exporter for 30 accounts.", "experience.1.bullets.1", StatusRewritten},
		{"tighten-bullets", ScopeItem, "Wrote the audit exporter for 30 accounts.", "experience.1.bullets.1", StatusKeptOriginal},
	}
	for _, c := range cases {
		t.Run(c.prompt+"/"+c.scope+"/"+c.reply, func(t *testing.T) {
			p := &Pipeline{Engine: reply(c.reply), MaxAttempts: 1, Concurrency: 3, Scope: c.scope}
			r := p.Run(context.Background(), d, tpl(t, c.prompt), Options{})
			if got := status(r, c.id); got != c.want {
				t.Errorf("%s: %s, want %s", c.id, got, c.want)
			}
		})
	}
}

// longDoc is a resume of n bullets in roles of five.
func longDoc(tb testing.TB, n int) *resume.Document {
	tb.Helper()
	var b strings.Builder
	b.WriteString("# A\n## Experience\n")
	for i := 0; i < n; i++ {
		if i%5 == 0 {
			fmt.Fprintf(&b, "### Engineer — Company %d\n2018 – 2020\n", i/5)
		}
		fmt.Fprintf(&b, "- Built service %d on Kafka and PostgreSQL, cutting p95 latency from %d ms to 90 ms.\n", i, 100+i)
	}
	d, err := resume.Parse(resume.Markdown, []byte(b.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func echo() *scripted {
	return &scripted{replies: func(it resume.Item, _ int) string { return it.Text }}
}

// TestScopeResumeReadsTheResumeOnce: scope resume costs about what item
// scope costs; rebuilding and re-reading the resume per item made it 100x.
// Both runs share the machine, so the ratio does not depend on its speed.
func TestScopeResumeReadsTheResumeOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("times two runs of 1,000 items")
	}
	d := longDoc(t, 1000)
	run := func(scope, prompt string) time.Duration {
		start := time.Now()
		(&Pipeline{Engine: echo(), MaxAttempts: 1, Concurrency: 2, Scope: scope}).Run(context.Background(), d, tpl(t, prompt), Options{})
		return time.Since(start)
	}
	run(ScopeItem, "tighten-bullets") // warm up
	item, whole := run(ScopeItem, "tighten-bullets"), run(ScopeResume, "tighten-bullets")
	if whole > 10*item+time.Second {
		t.Errorf("scope resume took %v, item scope %v", whole, item)
	}
	section := run(ScopeItem, "reduce-redundancy")
	if section > 20*item+2*time.Second {
		t.Errorf("section context took %v, item scope %v", section, item)
	}
}

// BenchmarkRun times a run at 100 and 1,000 bullets for each guard source:
// the item, the whole resume, the section the prompt shows.
func BenchmarkRun(b *testing.B) {
	for _, n := range []int{100, 1000} {
		d := longDoc(b, n)
		for _, c := range []struct{ scope, prompt string }{{ScopeItem, "tighten-bullets"}, {ScopeResume, "tighten-bullets"}, {ScopeItem, "reduce-redundancy"}} {
			b.Run(fmt.Sprintf("%s/%s/bullets=%d", c.prompt, c.scope, n), func(b *testing.B) {
				for b.Loop() {
					(&Pipeline{Engine: echo(), MaxAttempts: 1, Concurrency: 2, Scope: c.scope}).Run(context.Background(), d, tpl(b, c.prompt), Options{})
				}
			})
		}
	}
}

func TestWorkers(t *testing.T) {
	for _, c := range []struct{ conc, n, want int }{{4, 10, 4}, {4, 2, 2}, {0, 5, 1}, {1000, 5000, maxConcurrency}, {8, 0, 1}} {
		if got := workers(c.conc, c.n); got != c.want {
			t.Errorf("workers(%d, %d) = %d, want %d", c.conc, c.n, got, c.want)
		}
	}
}
