package english

import (
	"sort"
	"strings"
	"testing"
)

func TestIsWord(t *testing.T) {
	for _, w := range []string{"payments", "Product", "containerized", "Refactoring", "observability", "January", "dashboards", "spearheaded"} {
		if !IsWord(w) {
			t.Errorf("%q should be a word", w)
		}
	}
	for _, w := range []string{"Zorblax", "Kestrelio", "flowforge", ""} {
		if IsWord(w) {
			t.Errorf("%q should not be a word", w)
		}
	}
}

func TestVerbs(t *testing.T) {
	cases := map[string]string{"build": "built", "Builds": "Built", "leading": "led", "ship": "shipped", "shipping": "shipped",
		"optimize": "optimized", "deploy": "deployed", "cut": "cut", "oversee": "oversaw", "drive": "drove", "apply": "applied", "rewrite": "rewrote"}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			if got := PastTense(in); got != want {
				t.Errorf("PastTense(%q) = %q, want %q", in, got, want)
			}
		})
	}
	for in, want := range map[string]string{"build": "building", "update": "updating", "run": "running", "write": "writing", "tie": "tying"} {
		if got := Gerund(in); got != want {
			t.Errorf("Gerund(%q) = %q, want %q", in, got, want)
		}
	}
	if p, ok := IngToPast("migrating"); !ok || p != "migrated" {
		t.Errorf("IngToPast(migrating) = %q %v", p, ok)
	}
	if _, ok := IngToPast("string"); ok {
		t.Error("string is not a gerund")
	}
	levels := map[string]Level{"helped": LevelSupport, "built": LevelExecute, "led": LevelLead, "architected": LevelLead, "contributed": LevelSupport}
	for w, lv := range levels {
		if v, _, ok := LookupVerb(w); !ok || v.Level != lv {
			t.Errorf("%s: %v %v", w, v.Level, ok)
		}
	}
}

func TestWeakOpener(t *testing.T) {
	cases := map[string]string{
		"Responsible for the API":     "responsible for",
		"was responsible for the API": "was responsible for",
		"Worked on X":                 "worked on",
		"Helped to build X":           "helped to",
		"Helped build X":              "helped",
		"Was part of X":               "was part of",
		"Was involved in X":           "was involved in",
		"Did X":                       "did",
		"Built X":                     "",
		"Didactic X":                  "",
		"Madeira X":                   "",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			o, _, ok := WeakOpener(in)
			if ok != (want != "") || ok && o.Phrase != want {
				t.Errorf("WeakOpener(%q) = %q %v, want %q", in, o.Phrase, ok, want)
			}
		})
	}
}

func TestPhrases(t *testing.T) {
	v := FindVague("A passionate problem-solver and team player; fast learner.")
	var got []string
	for _, p := range v {
		got = append(got, p.Phrase)
	}
	if strings.Join(got, "|") != "passionate problem-solver|team player|fast learner" {
		t.Errorf("%v", got)
	}
	if n := len(FirstPerson("I built my first API; Mike and I shipped it. myself")); n != 4 {
		t.Errorf("first person: %d", n)
	}
	if got := RemoveFiller("Successfully utilized various tools in order to ship, etc."); got != "used tools to ship" {
		t.Errorf("%q", got)
	}
	for _, s := range []string{"API", "api", "SaaS", "Q3"} {
		if !IsCommonTerm(s) {
			t.Errorf("%s should be common", s)
		}
	}
	if IsCommonTerm("ZQL") {
		t.Error("ZQL is not common")
	}
}

func TestIrregularVerbs(t *testing.T) {
	cases := map[string]string{"troubleshoot": "troubleshot", "Troubleshooting": "Troubleshot", "lead": "led", "undertake": "undertook",
		"Undertakes": "Undertook", "oversee": "oversaw", "set": "set", "get": "got", "getting": "got", "seek": "sought", "spin": "spun",
		"keep": "kept", "bring": "brought", "understand": "understood", "build": "built", "deploy": "deployed", "write": "wrote"}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			if got := PastTense(in); got != want {
				t.Errorf("PastTense(%q) = %q, want %q", in, got, want)
			}
		})
	}
	if p, ok := IngToPast("getting"); !ok || p != "got" {
		t.Errorf("IngToPast(getting) = %q %v", p, ok)
	}
	// ToPast converts only what is surely a verb in the present
	for w, want := range map[string]string{"Troubleshoot": "Troubleshot", "Set": "Set", "undertaking": "undertook", "Builds": "Built"} {
		if got, ok := ToPast(w); !ok || got != want {
			t.Errorf("ToPast(%q) = %q %v, want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{"Found", "Led", "Built", "left", "Java", "Design2", "Kubernetes"} {
		if got, ok := ToPast(w); ok {
			t.Errorf("ToPast(%q) = %q, want no conversion", w, got)
		}
	}
	if got := Gerund("get"); got != "getting" {
		t.Errorf("Gerund(get) = %q", got)
	}
	if v, ok := VerbOfNoun("Implementation"); !ok || v != "implement" {
		t.Errorf("VerbOfNoun = %q %v", v, ok)
	}
}

func TestIsEnglish(t *testing.T) {
	english := []string{"Built the billing API in Go.", "Java", "Kubernetes, Docker, Terraform", "Led migration to AWS",
		"Worked at Société Générale on the trading API", "Cut p95 latency from 420 ms to 180 ms", ""}
	other := []string{"Planning et gestion des projets informatiques", "Entwicklung von Microservices mit Go",
		"Desarrollo de APIs REST con Go y PostgreSQL", "Desenvolvimento de APIs em Go com PostgreSQL", "Sviluppo di microservizi nel cloud",
		"Ontwikkeling van microservices met Go", "负责后端服务的设计与开发", "负责 Kubernetes 和 Docker 集群运维", "백엔드 서비스 개발 및 운영",
		"バックエンドAPIの設計と開発", "Разработка микросервисов на Go",
		"betalingsintegraties onderhouden", "Schrijven van testscripts in Python.",
		"Sviluppo e manutenzione della business intelligence in Qlik Sense."}
	for _, s := range english {
		if !IsEnglish(s) {
			t.Errorf("%q not seen as English", s)
		}
	}
	for _, s := range other {
		if IsEnglish(s) {
			t.Errorf("%q seen as English", s)
		}
	}
}

// TestWordsSorted: inDict's binary search needs words.txt sorted by byte.
func TestWordsSorted(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(wordsData), "\n")
	if !sort.StringsAreSorted(lines) {
		t.Fatal("data/words.txt is not sorted (LC_ALL=C sort -u)")
	}
	for _, w := range []string{lines[0], lines[len(lines)/2], lines[len(lines)-1], "aardvark"} {
		if !inDict(w) {
			t.Errorf("%q not found", w)
		}
	}
	if inDict("zzzqqq") || inDict("") {
		t.Error("found a word not in the list")
	}
}
