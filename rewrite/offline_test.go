package rewrite

import (
	"testing"

	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

func TestTighten(t *testing.T) {
	lex := lexicon.Default()
	dot := Style{Period: true}
	cases := []struct {
		in, tense string
		style     Style
		want      string
	}{
		{"Responsible for the billing API", "past", dot, "Owned the billing API."},
		{"responsible for maintaining the billing API.", "past", dot, "Maintained the billing API."},
		{"Worked on the internal API", "past", dot, "Developed the internal API."},
		{"worked on migrating legacy ETL jobs", "past", dot, "Migrated legacy ETL jobs."},
		{"Helped with onboarding documentation", "past", dot, "Contributed to onboarding documentation."},
		{"helped to build dashboards for weekly reviews", "past", dot, "Contributed to building dashboards for weekly reviews."},
		{"Helped build the ingestion service", "past", dot, "Contributed to building the ingestion service."},
		{"was part of the release rotation", "past", dot, "Participated in the release rotation."},
		{"was involved in model evaluation experiments", "past", dot, "Contributed to model evaluation experiments."},
		{"Did regression testing before each release", "past", dot, "Performed regression testing before each release."},
		{"made a script to automate report generation", "past", dot, "Built a script to automate report generation."},
		{"used python to clean noisy event logs", "past", dot, "Cleaned noisy event logs with Python."},
		{"Used Redis to cache catalog lookups, cutting p95 from 310 ms to 90 ms.", "past", dot, "Cached catalog lookups with Redis, cutting p95 from 310 ms to 90 ms."},
		{"Build REST endpoints and document them with OpenAPI.", "past", dot, "Built REST endpoints and documented them with OpenAPI."},
		{"Leading a team of four engineers", "past", dot, "Led a team of four engineers."},
		{"Successfully utilized Kafka in order to stream events.", "past", dot, "Streamed events with Kafka."},
		{"Build REST endpoints.", "present", dot, "Build REST endpoints."},
		{"Built the API.", "past", Style{}, "Built the API"},
		{"Designed a Postgres schema", "past", dot, "Designed a Postgres schema."},
		{"Did not miss a single release deadline", "past", dot, "Did not miss a single release deadline."},
		{"Worked on-call for the payments team", "past", dot, "Worked on-call for the payments team."},
		{"Responsible for, among other things, the billing API", "past", dot, "Responsible for, among other things, the billing API."},
		{"Helped customers migrate to the new API", "past", dot, "Helped customers migrate to the new API."},
		{"Help maintain 20 microservices", "past", dot, "Contributed to maintaining 20 microservices."},
		{"Built event-driven microservices with code review", "past", dot, "Built event-driven microservices with code review."},
		{"Teaching assistant for CS 6350", "past", dot, "Teaching assistant for CS 6350."},
		{"Support for production deployment", "past", dot, "Support for production deployment."},
		{"testing, network administration.", "past", dot, "Testing, network administration."},
		{"Support engineer for the payments team", "past", dot, "Support engineer for the payments team."},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := tighten(c.in, c.tense, c.style, lex); got != c.want {
				t.Errorf("tighten(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

func TestAddPlaceholder(t *testing.T) {
	lex := lexicon.Default()
	if got := addPlaceholder("Migrated ETL jobs to Airflow.", lex); got != "Migrated ETL jobs to Airflow, resulting in [measurable result, e.g. X% faster or N users]." {
		t.Errorf("%q", got)
	}
	if got := addPlaceholder("Cut costs 40%.", lex); got != "Cut costs 40%." {
		t.Errorf("a bullet with a metric got a placeholder: %q", got)
	}
	if p := "web application architecture and implementation, leadership, product dev."; addPlaceholder(p, lex) != p {
		t.Errorf("a list of things got a placeholder: %q", addPlaceholder(p, lex))
	}
	if p := "Joined the billing team in its first year. Built the invoicing service in Go."; addPlaceholder(p, lex) != p {
		t.Errorf("a paragraph of two sentences got a placeholder: %q", addPlaceholder(p, lex))
	}
}

func TestJobSpelling(t *testing.T) {
	lex := lexicon.Default()
	job := "We use PostgreSQL, Kubernetes and Golang. Kafka a plus."
	cases := map[string]string{
		"Tuned Postgres queries on k8s.": "Tuned PostgreSQL queries on Kubernetes.",
		"Built Go services.":             "Built Go services.", // a canonical name stays
		"Wrote Python scripts.":          "Wrote Python scripts.",
		"Ran postgres.":                  "Ran PostgreSQL.",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			if got := jobSpelling(in, job, lex); got != want {
				t.Errorf("jobSpelling(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestOrderSkills(t *testing.T) {
	lex := lexicon.Default()
	got := orderSkills("Languages: Python, Go, Bash\nData: Redis, PostgreSQL\nTools: Jira", "Go and PostgreSQL; Redis a plus", lex)
	want := "Languages: Go, Python, Bash\nData: PostgreSQL, Redis\nTools: Jira"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestOrderCertificationsAndCourses(t *testing.T) {
	lex := lexicon.Default()
	got := orderCertifications("Scrum Master Certified — Scrum Alliance, 2019\nCertified Kubernetes Application Developer (CKAD) — CNCF, 2021\nAWS Certified Developer — Amazon, 2022", lex)
	if got[:9] != "Certified" && got[:3] != "AWS" {
		t.Errorf("cloud certifications not first:\n%s", got)
	}
	if got := orderCourses("Art History, Distributed Systems, Poetry, Database Design"); got != "Distributed Systems, Database Design, Art History, Poetry" {
		t.Errorf("%q", got)
	}
}
