package lexicon

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed evidence/practices.txt
var evidenceData string

// evidenceRule: a practice shown when every group matches a word of one
// sentence.
type evidenceRule struct {
	practice string
	groups   [][]string // alternatives; a trailing "*" is a prefix
}

var (
	evidenceOnce  sync.Once
	evidenceRules []evidenceRule
	evidenceErr   error
	// evidenceFirst holds every alternative of every rule's first group,
	// to skip sentences no rule can match
	evidenceWords map[string]bool
	evidencePre   []string
)

func parseEvidence(data string) ([]evidenceRule, error) {
	var out []evidenceRule
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, body, ok := strings.Cut(line, "<=")
		if !ok {
			return nil, fmt.Errorf("evidence/practices.txt:%d: want \"practice <= group ; group\"", n+1)
		}
		r := evidenceRule{practice: strings.TrimSpace(name)}
		for _, g := range strings.Split(body, ";") {
			var alts []string
			for _, a := range strings.Split(g, "|") {
				if a = strings.TrimSpace(a); a != "" {
					alts = append(alts, a)
				}
			}
			if len(alts) == 0 {
				return nil, fmt.Errorf("evidence/practices.txt:%d: empty group", n+1)
			}
			r.groups = append(r.groups, alts)
		}
		out = append(out, r)
	}
	return out, nil
}

func loadEvidence() {
	// the embedded rules are valid (TestEvidence); bad rules read as none
	evidenceRules, evidenceErr = parseEvidence(evidenceData)
	evidenceWords = map[string]bool{}
	for _, r := range evidenceRules {
		for _, g := range r.groups {
			for _, a := range g {
				if p, ok := strings.CutSuffix(a, "*"); ok {
					evidencePre = append(evidencePre, p)
				} else {
					evidenceWords[a] = true
				}
			}
		}
	}
}

// Evidence lists the practices a lowercase text describes without naming
// them: "automated build, test and deploy" shows CI/CD, "wrote the tests
// before the code" TDD. Each is a canonical lexicon name.
func (l *Lexicon) Evidence(lower string) []string {
	evidenceOnce.Do(loadEvidence)
	var out []string
	for _, sentence := range strings.FieldsFunc(lower, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == ';' || r == '\n' }) {
		words := strings.FieldsFunc(sentence, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80)
		})
		relevant := words[:0:0]
		for _, w := range words {
			if evidenceWords[w] || hasAnyPrefix(w, evidencePre) {
				relevant = append(relevant, w)
			}
		}
		if len(relevant) < 2 {
			continue
		}
		for _, r := range evidenceRules {
			if l.Lookup(r.practice) != nil && r.matches(relevant) && !slices.Contains(out, l.Lookup(r.practice).Name) {
				out = append(out, l.Lookup(r.practice).Name)
			}
		}
	}
	return out
}

func (r evidenceRule) matches(words []string) bool {
	for _, g := range r.groups {
		found := false
		for _, w := range words {
			for _, a := range g {
				if p, ok := strings.CutSuffix(a, "*"); ok && strings.HasPrefix(w, p) || a == w {
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func hasAnyPrefix(w string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
