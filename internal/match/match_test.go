package match

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/internal/jobad"
	"github.com/bulletproof-cli/bulletproof/resume"
)

func compare(t *testing.T, resumePath, adPath string) *Report {
	t.Helper()
	rb, _ := os.ReadFile(resumePath)
	ab, _ := os.ReadFile(adPath)
	doc, err := resume.Parse(resume.Markdown, rb)
	if err != nil {
		t.Fatal(err)
	}
	ad, err := jobad.Parse(string(ab), nil)
	if err != nil {
		t.Fatal(err)
	}
	return Compare(doc, ad, nil)
}

func names[T any](xs []T, f func(T) string) string {
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

func TestExamples(t *testing.T) {
	r := compare(t, "../../examples/resume.md", "../../examples/job.txt")
	if got := names(r.Matched, func(m Matched) string { return m.Term }); got != "AWS,Amazon SQS,Apache Kafka,Go,PostgreSQL" {
		t.Errorf("matched %s", got)
	}
	if got := names(r.Unanchored, func(m Unanchored) string { return m.Term }); got != "Event-Driven Architecture,GitHub Actions,SQL,Terraform" {
		t.Errorf("unanchored %s", got)
	}
	if got := names(r.Missing, func(m Missing) string { return m.Term }); got != "Amazon EKS,Amazon RDS,CI/CD,Microservices,PCI DSS,Protocol Buffers,Rust,Service Level Objectives,gRPC" {
		t.Errorf("missing %s", got)
	}
	if len(r.Spelling) != 1 || r.Spelling[0] != (Spelling{Resume: "Postgres", Job: "PostgreSQL"}) {
		t.Errorf("spelling %+v", r.Spelling)
	}
	if r.Job.Years != 5 || r.Coverage <= 0 || r.Coverage >= 1 {
		t.Errorf("job %+v coverage %v", r.Job, r.Coverage)
	}
	for _, m := range r.Matched {
		if m.Term == "PostgreSQL" && (len(m.Evidence) < 2 || !m.Required) {
			t.Errorf("%+v", m)
		}
	}
}

func TestImpliedAndCoverage(t *testing.T) {
	r := compare(t, "testdata/data-eng.md", "testdata/data-eng-ad.txt")
	if got := names(r.Matched, func(m Matched) string { return m.Term }); got != "Apache Airflow" {
		t.Errorf("matched %s", got)
	}
	implied := names(r.Implied, func(m Implied) string { return m.Term + " via " + m.Via })
	if !strings.Contains(implied, "AWS via Amazon Redshift") || !strings.Contains(implied, "Apache Spark via PySpark") || !strings.Contains(implied, "Python via PySpark") {
		t.Errorf("implied %s", implied)
	}
	if got := names(r.Unanchored, func(m Unanchored) string { return m.Term }); got != "SQL,Snowflake,dbt" {
		t.Errorf("unanchored %s", got)
	}
	if got := names(r.Missing, func(m Missing) string { return m.Term }); got != "Apache Kafka,BigQuery" {
		t.Errorf("missing %s", got)
	}
	// required: Python, SQL, Spark, Airflow, AWS, Snowflake, BigQuery (2 each);
	// nice: dbt, Kafka (1 each). Shown or implied: Python, Spark, Airflow,
	// AWS = 8; listed only: SQL, Snowflake (2 x 0.5 x 2 = 2) and dbt (0.5).
	want := round2((8 + 2 + 0.5) / (14 + 2))
	if r.Coverage != want {
		t.Errorf("coverage %v, want %v", r.Coverage, want)
	}
}
