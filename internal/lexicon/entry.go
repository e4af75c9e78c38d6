package lexicon

import (
	"fmt"
	"strings"
)

// Categories an entry may have.
var Categories = []string{
	"language", "framework", "library", "runtime", "database", "cache", "search", "messaging",
	"cloud", "cloud-service", "container", "iac", "cicd", "vcs", "observability", "testing",
	"build", "protocol", "security", "data", "ml", "mobile", "frontend", "os", "tool",
	"platform", "practice", "compliance",
}

// Entry is one technology.
type Entry struct {
	Name          string
	Category      string
	Aliases       []string
	CaseSensitive bool
	Bundle        bool     // named for the set of what it entails (ELK)
	Entails       []string // canonical names this one directly implies
	ambiguous     []string // normalised spellings that are also ordinary words
	id            int      // index in its lexicon's entries
}

// IsPractice reports whether the entry is a practice or compliance regime
// rather than a tool (CI/CD, TDD, PCI DSS).
func (e *Entry) IsPractice() bool { return e.Category == "practice" || e.Category == "compliance" }

// Surfaces returns the name and every alias, as declared.
func (e *Entry) Surfaces() []string { return append([]string{e.Name}, e.Aliases...) }

// Ambiguous reports whether the spelling s of this entry is also an ordinary
// word.
func (e *Entry) Ambiguous(s string) bool { return e.isAmbiguous(normalize(s)) }

func (e *Entry) isAmbiguous(norm string) bool {
	for _, a := range e.ambiguous {
		if a == norm {
			return true
		}
	}
	return false
}

func (e *Entry) markAmbiguous(s string) {
	if n := normalize(s); !e.isAmbiguous(n) {
		e.ambiguous = append(e.ambiguous, n)
	}
}

// Parse reads entries in the lexicon line format. name is used in errors
// ("tools.txt:12: ...").
func Parse(name string, data []byte) ([]*Entry, error) {
	var out []*Entry
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, i+1, err)
		}
		out = append(out, e)
	}
	return out, nil
}

func parseLine(line string) (*Entry, error) {
	f := strings.Split(line, "|")
	if len(f) > 5 {
		return nil, fmt.Errorf("%d fields, want at most 5 (name | category | aliases | flags | entails)", len(f))
	}
	for len(f) < 5 {
		f = append(f, "")
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	e := &Entry{}
	name, amb := strings.CutPrefix(f[0], "~")
	e.Name = strings.TrimSpace(name)
	if e.Name == "" {
		return nil, fmt.Errorf("empty name")
	}
	if amb {
		e.markAmbiguous(e.Name)
	}
	e.Category = f[1]
	if !validCategory(e.Category) {
		return nil, fmt.Errorf("%s: unknown category %q (one of %s)", e.Name, e.Category, strings.Join(Categories, ", "))
	}
	for _, a := range splitList(f[2]) {
		a, amb := strings.CutPrefix(a, "~")
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		if amb {
			e.markAmbiguous(a)
		}
		e.Aliases = append(e.Aliases, a)
	}
	for _, flag := range strings.Fields(strings.ReplaceAll(f[3], ",", " ")) {
		switch flag {
		case "case":
			e.CaseSensitive = true
		case "ambiguous":
			e.markAmbiguous(e.Name)
		case "bundle":
			e.Bundle = true
		default:
			return nil, fmt.Errorf("%s: unknown flag %q (known: case, ambiguous, bundle)", e.Name, flag)
		}
	}
	for _, n := range splitList(f[4]) {
		e.Entails = append(e.Entails, strings.TrimSpace(strings.TrimPrefix(n, "~")))
	}
	return e, nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func validCategory(c string) bool {
	for _, k := range Categories {
		if k == c {
			return true
		}
	}
	return false
}
