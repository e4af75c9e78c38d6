package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMatchCommand(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	r := cli(t, "", "match", repo(t, "examples/resume.md"), "--job", repo(t, "examples/job.txt"), "--format", "json")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	var rep map[string]json.RawMessage
	json.Unmarshal([]byte(r.stdout), &rep)
	for _, k := range []string{"coverage", "job", "matched", "implied", "unanchored", "missing", "spelling"} {
		if _, ok := rep[k]; !ok {
			t.Errorf("match json lacks %q", k)
		}
	}
	r = cli(t, "", "match", repo(t, "examples/resume.md"), "--job", repo(t, "examples/job.txt"))
	for _, want := range []string{"You can claim these", "honest routes", "Postgres → PostgreSQL", "coverage"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	if strings.Contains(strings.ToLower(r.stdout), "add it to") {
		t.Error("the report tells the user to add a skill")
	}
	// job ad from stdin
	job, _ := os.ReadFile(repo(t, "examples/job.txt"))
	if r = cli(t, string(job), "match", repo(t, "examples/resume.md"), "--job", "-"); r.code != 0 {
		t.Errorf("stdin ad: %+v", r)
	}
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("\n\n"), 0o644)
	if r = cli(t, "", "match", repo(t, "examples/resume.md"), "--job", empty); r.code != 2 || !strings.Contains(r.stderr, "empty") {
		t.Errorf("empty ad: %+v", r)
	}
	barista := filepath.Join(dir, "barista.txt")
	os.WriteFile(barista, []byte("Barista wanted. You will make coffee, greet guests and keep the cafe tidy on weekend mornings."), 0o644)
	if r = cli(t, "", "match", repo(t, "examples/resume.md"), "--job", barista); r.code != 0 || !strings.Contains(r.stderr, "names no technology") {
		t.Errorf("no-tech ad: %+v", r)
	}
	german := filepath.Join(dir, "de.txt")
	os.WriteFile(german, []byte("Wir suchen einen erfahrenen Entwickler für unsere Plattform. Sie arbeiten mit Kubernetes und Kafka in einem agilen Team und entwickeln skalierbare Dienste für unsere Kunden."), 0o644)
	if r = cli(t, "", "match", repo(t, "examples/resume.md"), "--job", german); r.code != 0 || !strings.Contains(r.stderr, "not look like English") {
		t.Errorf("german ad: %+v", r)
	}
	if r = cli(t, "", "match", repo(t, "examples/resume.md")); r.code != 2 {
		t.Errorf("no --job: %+v", r)
	}
}

func TestTailorOffline(t *testing.T) {
	dir := isolate(t)
	t.Parallel()
	out := filepath.Join(dir, "tailored.md")
	r := cli(t, "", "tailor", repo(t, "examples/resume.md"), "--job", repo(t, "examples/job.txt"), "--output", out)
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	b, _ := os.ReadFile(out)
	s := string(b)
	if !strings.Contains(s, "Designed a PostgreSQL partitioning scheme") || !strings.Contains(s, "- Languages: Go, SQL, Python, Bash") {
		t.Errorf("tailored resume:\n%s", s)
	}
	if strings.Contains(s, "Rust") || strings.Contains(s, "gRPC") {
		t.Error("tailoring added a skill the candidate does not have")
	}
	r = cli(t, "", "tailor", repo(t, "examples/resume.md"), "--job", repo(t, "examples/job.txt"), "--format", "json")
	var v struct {
		Match    map[string]any
		Rewrites []struct{ Prompt string }
	}
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil || v.Match["coverage"] == nil || len(v.Rewrites) != 2 {
		t.Errorf("%v %s", err, r.stdout)
	}
}
