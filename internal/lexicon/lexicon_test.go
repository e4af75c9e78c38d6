package lexicon

import (
	"strings"
	"testing"
)

func names(ms []Mention) string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Entry.Name+"="+m.Text)
	}
	return strings.Join(out, "; ")
}

func TestTableSize(t *testing.T) {
	l := Default()
	if n := len(l.Entries()); n < 800 {
		t.Errorf("%d entries, want at least 800", n)
	}
	cats := map[string]int{}
	for _, e := range l.Entries() {
		cats[e.Category]++
	}
	for _, c := range []string{"language", "framework", "database", "messaging", "cloud", "cloud-service", "cicd", "observability", "iac", "testing", "protocol", "practice"} {
		if cats[c] == 0 {
			t.Errorf("no %s entries", c)
		}
	}
	t.Logf("%d entries in %d categories", len(l.Entries()), len(cats))
}

// TestRequiredSpellings: the aliases and flags the product promises.
func TestRequiredSpellings(t *testing.T) {
	l := Default()
	alias := map[string]string{
		"k8s": "Kubernetes", "Postgres": "PostgreSQL", "Golang": "Go", "GH Actions": "GitHub Actions",
		"nodejs": "Node.js", "node.js": "Node.js", "dotnet": ".NET", "csharp": "C#", "Amazon Web Services": "AWS",
		"EKS": "Amazon EKS", "mTLS": "mTLS", "JWT": "JWT", "OAuth 2.0": "OAuth 2.0", "gRPC": "gRPC", "GraphQL": "GraphQL",
	}
	for a, want := range alias {
		e := l.Lookup(a)
		if e == nil || e.Name != want {
			t.Errorf("Lookup(%q) = %v, want %s", a, e, want)
		}
	}
	for _, w := range []string{"Go", "Spring", "React", "Swift", "Rust", "Express", "Vault", "Helm", "Make", "Chef", "Puppet", "Spark", "Airflow", "Temporal", "Slack", "Unity", "Next", "Node", "R", "C"} {
		e := l.Lookup(w)
		if e == nil {
			t.Errorf("%s missing", w)
			continue
		}
		if !e.Ambiguous(w) {
			t.Errorf("%s (%s) is not marked ambiguous", w, e.Name)
		}
	}
	entails := map[string][]string{"EKS": {"Kubernetes", "AWS"}, "Redshift": {"AWS"}, "PySpark": {"Apache Spark", "Python"}, "Spring Boot": {"Spring"}}
	for from, tos := range entails {
		got := map[string]bool{}
		for _, e := range l.Entailed(l.Lookup(from)) {
			got[e.Name] = true
		}
		for _, to := range tos {
			if !got[to] {
				t.Errorf("%s does not entail %s (entails %v)", from, to, got)
			}
		}
	}
	if es := l.Entailed(l.Lookup("Kubernetes")); len(es) != 0 {
		for _, e := range es {
			if e.Name == "Amazon EKS" {
				t.Error("Kubernetes entails EKS: entails must be one way")
			}
		}
	}
}

func TestFind(t *testing.T) {
	l := Default()
	cases := []struct{ text, want string }{
		{"Built services in Go and Postgres on k8s", "Go=Go; PostgreSQL=Postgres; Kubernetes=k8s"},
		{"Led the go-live of the billing system", ""},
		{"Wrote services to go faster", ""},
		{"Go microservices with gRPC", "Go=Go; Microservices=microservices; gRPC=gRPC"},
		{"Used python3 and Java 17, C++ and C#", "Python=python; Java=Java; C++=C++; C#=C#"},
		{"Skills: go, rust, C", "Go=go; Rust=rust; C=C"},
		{"skills: go, rust, c", "Go=go; Rust=rust"}, // single letters count only in capitals
		{"Plan C was chosen by the R&D team", ""},
		{"Programmed in C and R", "C=C; R=R"},
		{"Built React dashboards and reacted to incidents", "React=React"},
		{"We react to alerts quickly", ""},
		{"Spring 2023 hiring push", ""},
		{"REST APIs with Spring Boot", "REST=REST APIs; Spring Boot=Spring Boot"},
		{"Deployed Helm charts; took the helm of the team", "Helm=Helm charts"},
		{"Packaged it as a chart for Helm; at the helm of the team", "Helm=Helm"},
		{"docker agile selenium circleci jenkins", "Docker=docker; Agile=agile; Selenium=selenium; CircleCI=circleci; Jenkins=jenkins"},
		{"Wrote Node.js and Vue.js apps; each node in the cluster", "Node.js=Node.js; Vue.js=Vue.js"},
		{"See github.com/someone/kafka-tools or mail kafka@example.com", ""},
		{"Migrated to Go from Python", "Go=Go; Python=Python"},
		{"Used Excel and excel at planning", "Microsoft Excel=Excel"},
		{"Used Go to build services and used React to render them", "Go=Go; React=React"},
		{"Planned the Spring hiring push with recruiting", ""},
		{"Flux reconciles all clusters from the platform Git repo", "Flux=Flux; Git=Git"},
		{"Flux in demand made planning hard", ""},
		{"Disabled the AD account; ran ad campaigns", "Microsoft Active Directory=AD"},
		{"AWS Certified Solutions Architect; Azure Solutions Architect Expert", "AWS=AWS; Azure=Azure"},
	}
	for _, c := range cases {
		if got := names(l.Find(c.text)); got != c.want {
			t.Errorf("Find(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := map[string]string{
		"X | nonsense | | |":   "unknown category",
		" | language | | |":    "empty name",
		"X | tool | | weird |": "unknown flag",
		"X | tool | | | | |":   "fields",
	}
	for line, want := range cases {
		_, err := Parse("x.txt", []byte("# c\n"+line+"\n"))
		if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), "x.txt:2:") {
			t.Errorf("%q: %v", line, err)
		}
	}
	es, _ := Parse("a", []byte("A | tool | Same | |\nB | tool | same | |\n"))
	if _, err := New(es); err == nil || !strings.Contains(err.Error(), "already names") {
		t.Errorf("duplicate alias: %v", err)
	}
	es, _ = Parse("a", []byte("A | tool | | | B\nB | tool | | | A\n"))
	if _, err := New(es); err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Errorf("cycle: %v", err)
	}
	es, _ = Parse("a", []byte("A | tool | | | Nope\n"))
	if _, err := New(es); err == nil || !strings.Contains(err.Error(), "unknown") {
		t.Errorf("dangling: %v", err)
	}
}

func TestExtend(t *testing.T) {
	extra, err := Parse("extra.txt", []byte("Zorblax | database | zbx | | PostgreSQL\nPostgreSQL | database | Pgsqlish | |\n"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := Default().Extend(extra)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(l.Find("Moved zbx data to Pgsqlish")); got != "Zorblax=zbx; PostgreSQL=Pgsqlish" {
		t.Errorf("got %q", got)
	}
	if len(l.Entailed(l.Lookup("zorblax"))) != 1 {
		t.Error("entails of an extra entry lost")
	}
	if Default().Lookup("zbx") != nil {
		t.Error("Extend changed the default lexicon")
	}
}

func BenchmarkFind(b *testing.B) {
	l := Default()
	s := "Architected and shipped Go and PostgreSQL microservices behind Kubernetes and Amazon Web Services (AWS) Application Load Balancers, cutting p95 API latency from 420 ms to 180 ms."
	b.ReportAllocs()
	for b.Loop() {
		l.Find(s)
	}
}

// TestEvidence: the practice rules parse, name lexicon practices, and show
// what they should from a description, and not from less.
func TestEvidence(t *testing.T) {
	evidenceOnce.Do(loadEvidence)
	if evidenceErr != nil {
		t.Fatal(evidenceErr)
	}
	l := Default()
	for _, r := range evidenceRules {
		if e := l.Lookup(r.practice); e == nil || !e.IsPractice() {
			t.Errorf("evidence for %q: not a lexicon practice", r.practice)
		}
	}
	for _, c := range []struct{ text, want string }{
		{"automated build, test and deployment for 25 services", "CI/CD"},
		{"wrote the tests before the code for every billing rule", "Test-Driven Development"},
		{"ran two-week sprints with daily standups", "Scrum"},
		{"published a kafka event for every order state change", "Event-Driven Architecture"},
		{"priced against a control group", "A/B Testing"},
		{"defined an error budget for the api", "Service Level Objectives"},
		{"wrote integration tests for 25 services", "Test Automation"},
		{"performed manual exploratory testing before each release", ""},
		{"automatisierte regressionstests aufgebaut", "Test Automation"},
		{"split the monolith into services", ""},
		{"wrote a failing test before each change to the pricing engine", "Test-Driven Development"},
		{"paired with a teammate every day on the ledger rewrite", "Pair Programming"},
		{"split traffic 50/50 between two checkout variants", "A/B Testing"},
		{"ran the failing tests before the release", ""},
	} {
		got := strings.Join(l.Evidence(c.text), ",")
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("Evidence(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	if _, err := parseEvidence("CI/CD build ; test"); err == nil {
		t.Error("a rule without <= parsed")
	}
}
