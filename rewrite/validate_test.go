package rewrite

import (
	"context"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/resume"
)

var (
	bulletItem  = resume.Item{ID: "experience.0.bullets.0", Section: resume.SecExperience, Text: "Cut p95 latency from 420 ms to 180 ms on the billing API."}
	summaryItem = resume.Item{ID: "summary", Section: resume.SecSummary, Text: "Backend engineer with six years of Go. Builds payment services."}
	skillsItem  = resume.Item{ID: "skills", Section: resume.SecSkills, Whole: true, Text: "Languages: Go, SQL\nData: PostgreSQL, Redis"}
)

func TestCheckReply(t *testing.T) {
	cases := []struct {
		name string
		item resume.Item
		in   string
		want string // "" means invalid
	}{
		{"plain", bulletItem, "Cut p95 latency on the billing API from 420 ms to 180 ms.", "Cut p95 latency on the billing API from 420 ms to 180 ms."},
		{"list marker", bulletItem, "- Cut latency from 420 ms to 180 ms.", "Cut latency from 420 ms to 180 ms."},
		{"the item's own inner list", resume.Item{ID: bulletItem.ID, Section: bulletItem.Section, Text: "Worked for clients:\n• Acme: built the API."}, "Worked for clients:\n• Acme: built the API reliably.", "Worked for clients:\n• Acme: built the API reliably."},
		{"quoted", bulletItem, `"Cut latency from 420 ms to 180 ms."`, "Cut latency from 420 ms to 180 ms."},
		{"null", bulletItem, "null", ""},
		{"None", bulletItem, "None", ""},
		{"empty", bulletItem, "   ", ""},
		{"NUL", bulletItem, "Cut latency\x00 from 420 ms.", ""},
		{"BEL", bulletItem, "Cut latency\x07 from 420 ms.", ""},
		{"ESC", bulletItem, "Cut \x1b[31mlatency\x1b[0m from 420 ms.", ""},
		{"bidi override", bulletItem, "Cut latency \u202efrom 420 ms.", ""},
		{"tab becomes space", bulletItem, "Cut latency\tfrom 420 ms to 180 ms.", "Cut latency from 420 ms to 180 ms."},
		{"section injected", bulletItem, "Cut latency from 420 ms to 180 ms.\n\n## Interests\n- Chess", ""},
		{"two lines", bulletItem, "Cut latency from 420 ms.\nAnd to 180 ms.", ""},
		{"heading alone", bulletItem, "## Interests", ""},
		{"quote", bulletItem, "> Cut latency from 420 ms to 180 ms.", ""},
		{"table", bulletItem, "| Cut | latency |", ""},
		{"html", bulletItem, "Cut latency <script>alert(1)</script> from 420 ms.", ""},
		{"image", bulletItem, "Cut latency ![x](http://example.com/x.png) from 420 ms.", ""},
		{"fence", bulletItem, "```\nCut latency\n```\n```", ""},
		{"chatty preamble", bulletItem, "Sure! Here is the rewrite: Cut p95 latency from 420 ms to 180 ms on the billing API.", "Cut p95 latency from 420 ms to 180 ms on the billing API."},
		{"preamble line", bulletItem, "Here's a tighter version:\n\nCut p95 latency from 420 ms to 180 ms.", "Cut p95 latency from 420 ms to 180 ms."},
		{"rewritten bullet label", bulletItem, "Rewritten bullet: Cut p95 latency from 420 ms to 180 ms.", "Cut p95 latency from 420 ms to 180 ms."},
		{"sign-off", bulletItem, "Cut p95 latency from 420 ms to 180 ms. Let me know if you want another version!", "Cut p95 latency from 420 ms to 180 ms."},
		{"sign-off line", bulletItem, "Cut p95 latency from 420 ms to 180 ms.\n\nI hope this helps!", "Cut p95 latency from 420 ms to 180 ms."},
		// a first-person paragraph keeps its own "I added …" sentence
		{"own first-person sentence", resume.Item{ID: "experience.0.bullets.0", Section: resume.SecExperience,
			Text: "I review patches for the sensor subsystem. I added a generic driver for humidity sensors."},
			"I review sensor-subsystem patches. I added a generic driver for humidity sensors.", "I review sensor-subsystem patches. I added a generic driver for humidity sensors."},
		{"model's first-person note", resume.Item{ID: "experience.0.bullets.0", Section: resume.SecExperience, Text: "Reviewed patches for the sensor subsystem."},
			"Reviewed sensor-subsystem patches. I added a stronger verb.", "Reviewed sensor-subsystem patches."},
		{"chatty, two candidates", bulletItem, "Sure! Here are two options:\n1. Cut latency from 420 ms.\n2. Reduced latency to 180 ms.", ""},
		{"chatty, still talking", bulletItem, "Sure! Here is the rewrite you asked for, as requested: here is the rewrite", ""},
		{"colon in a bullet is not chatter", bulletItem, "Billing API: cut p95 latency from 420 ms to 180 ms.", "Billing API: cut p95 latency from 420 ms to 180 ms."},
		{"I opener is not chatter", bulletItem, "I cut latency from 420 ms to 180 ms.", "I cut latency from 420 ms to 180 ms."},
		{"megabyte", bulletItem, strings.Repeat("Cut latency. ", 80000), ""},
		{"just over the cap", bulletItem, strings.Repeat("x", maxCandidateLength(bulletItem.Text)+1), ""},
		{"at the cap", bulletItem, strings.Repeat("x", maxCandidateLength(bulletItem.Text)), strings.Repeat("x", maxCandidateLength(bulletItem.Text))},
		{"summary paragraph joined", summaryItem, "Backend engineer with six years of Go.\nBuilds payment services.", "Backend engineer with six years of Go. Builds payment services."},
		{"summary two paragraphs", summaryItem, "Backend engineer.\n\nBuilds payment services.", ""},
		{"summary with a list", summaryItem, "Backend engineer:\n- Go\n- payments", ""},
		{"summary with a heading", summaryItem, "Backend engineer.\n## Skills", ""},
		{"skills lines", skillsItem, "- Data: PostgreSQL, Redis\n- Languages: Go, SQL", "Data: PostgreSQL, Redis\nLanguages: Go, SQL"},
		{"skills with a heading", skillsItem, "Data: PostgreSQL, Redis\n# Interests", ""},
		{"Great is no chatter without its exclamation", resume.Item{Text: "Great Lakes ingest pipeline on Kafka."}, "Great Lakes ingest pipeline on Kafka, rebuilt.", "Great Lakes ingest pipeline on Kafka, rebuilt."},
		{"the source's own label stays", resume.Item{Text: "Result: cut p95 latency by 40%."}, "Result: cut p95 latency 40%.", "Result: cut p95 latency 40%."},
		{"talk without a preamble", bulletItem, "Sure here is the rewrite you wanted: cut latency.", ""},
		{"the source's own words are no talk", resume.Item{Text: "Shipped the rewrite of the billing engine."}, "Shipped the rewrite of the billing engine in Go.", "Shipped the rewrite of the billing engine in Go."},
		{"chatty skills lines", skillsItem, "Here are the reordered skills:\nData: PostgreSQL, Redis\nLanguages: Go, SQL", "Data: PostgreSQL, Redis\nLanguages: Go, SQL"},
		{"a two-line highlight may stay two lines", resume.Item{Text: "Built the API.\nRan it for 3 years."}, "Built the API.\nRan it for three years.", "Built the API.\nRan it for three years."},
		{"unicode kept", bulletItem, "Réduit la latence de 420 ms à 180 ms — API 中文.", "Réduit la latence de 420 ms à 180 ms — API 中文."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := checkReply(c.in, c.item)
			if c.want == "" {
				if err == nil {
					t.Fatalf("accepted %q as %q", shorten(c.in, 60), shorten(got, 60))
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("checkReply(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
}

// TestInvalidRepliesNeverReplaceAnItem: whatever an engine answers, an item
// changes only to a clean one-line rewrite; an invalid answer is fed back
// with its reason and, after the last attempt, the item keeps its text.
func TestInvalidRepliesNeverReplaceAnItem(t *testing.T) {
	bad := []string{"null", `{"rewrite": null}`, "", "\x00\x07\x1b[2J", "Cut it.\n\n## Interests\n- Chess",
		"Sure! Here are some options:\n- A\n- B", strings.Repeat("A", 1<<20), `{"rewrite": "x\u0007y"}`}
	for _, b := range bad {
		e := &scripted{replies: func(resume.Item, int) string { return b }}
		res := (&Pipeline{Engine: e, MaxAttempts: 3, Concurrency: 2}).Run(context.Background(), parse(t), tpl(t, "tighten-bullets"), Options{})
		for _, it := range res.Items {
			if it.Final != it.Original || it.Status != StatusKeptOriginal {
				t.Errorf("reply %q: %s became %q (%s)", shorten(b, 30), it.ID, shorten(it.Final, 40), it.Status)
			}
			if len(it.Candidates) == 0 || it.Candidates[0].Findings[0].Code != CodeInvalidReply {
				t.Errorf("reply %q: %s has no invalid_reply candidate: %+v", shorten(b, 30), it.ID, it.Candidates)
				continue
			}
			if n := len(it.Candidates[0].Text); n > maxCandidateLength(it.Original)+10 {
				t.Errorf("a %d-byte rejected reply was kept whole", n)
			}
		}
	}
	// the reason went back to the engine, and a varying bad reply used
	// every attempt before the item kept its text
	n := 0
	e := &scripted{replies: func(_ resume.Item, a int) string {
		switch a {
		case 1:
			return "null"
		case 2:
			return "## Interests"
		}
		return "Built the reporting service."
	}}
	res := (&Pipeline{Engine: e, MaxAttempts: 3, Concurrency: 1}).Run(context.Background(), parse(t), tpl(t, "tighten-bullets"), Options{})
	for _, r := range e.seen {
		if len(r.History) > 0 && strings.Contains(r.History[0].Feedback, "no rewrite") {
			n++
		}
	}
	if n == 0 {
		t.Error("the invalid reply's reason was not fed back")
	}
	if it := res.Items[2]; it.Status != StatusUnchanged || it.Attempts != 3 {
		t.Errorf("%+v", it)
	}
}

func FuzzCheckReply(f *testing.F) {
	for _, s := range []string{"Built it.", "## x", "Sure! Here: x", "a\n\nb", "\x1b[1m", "- x\n- y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, it := range []resume.Item{bulletItem, summaryItem, skillsItem} {
			out, err := checkReply(s, it)
			if err != nil {
				continue
			}
			if out == "" || len([]rune(out)) > maxCandidateLength(it.Text) {
				t.Fatalf("checkReply(%q) = %q", s, out)
			}
			if !it.Whole && strings.Contains(out, "\n") {
				t.Fatalf("a one-line item got %q", out)
			}
			for _, l := range strings.Split(out, "\n") {
				if structure(l) != "" {
					t.Fatalf("structure left in %q", out)
				}
			}
		}
	})
}

// TestRenderRemovesEscapes: whatever a model or server sent, the text report
// prints no escape sequence but the palette's own.
func TestRenderRemovesEscapes(t *testing.T) {
	r := &Result{Prompt: "tighten-bullets", Engine: "fake", Items: []ItemResult{{
		ID: "experience.0.bullets.0", Original: "Built it.", Final: "Built it.", Status: StatusKeptOriginal,
		Notes: "note \x1b]0;pwned\x07", Error: "server said \x1b[2J",
		Candidates: []Candidate{{Text: "Built \x1b[31mit\x1b[0m.", Verdict: "reject", Findings: []guard.Finding{{Severity: guard.Error, Detail: "bad \x1b[1m"}}}},
	}}}
	var b strings.Builder
	RenderText(&b, r, false)
	RenderMarkdown(&b, r)
	if strings.ContainsRune(b.String(), 0x1b) || strings.ContainsRune(b.String(), 0x07) {
		t.Errorf("escape printed:\n%q", b.String())
	}
	if r.Items[0].Candidates[0].Text != "Built \x1b[31mit\x1b[0m." {
		t.Error("rendering changed the result")
	}
}
