package rewrite

import (
	"context"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/llm/llmtest"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// TestAgainCarriesTheNote: asking again sends one request whose last turns
// are the candidate shown and the person's note, and the answer is judged.
func TestAgainCarriesTheNote(t *testing.T) {
	s := llmtest.New(t, "openai")
	s.Reply(`{"rewrite": "Contributed to the Kafka migration."}`)
	p := &Pipeline{Engine: modelEngine(t, s), MaxAttempts: 3, Concurrency: 1}
	target := Target{Doc: parse(t), Template: tpl(t, "tighten-bullets"), ID: "experience.0.bullets.1"}
	res := p.Again(context.Background(), target, "Supported the Kafka migration end to end.", "keep it short", nil)
	if res.Status != StatusRewritten || res.Final != "Contributed to the Kafka migration." || res.Original != "Helped with the Kafka migration." {
		t.Fatalf("%+v", res)
	}
	calls := s.Calls()
	if len(calls) != 1 {
		t.Fatalf("%d requests, want 1", len(calls))
	}
	msgs := calls[0].Messages
	shown, note := msgs[len(msgs)-2], msgs[len(msgs)-1]
	if shown.Role != "assistant" || !strings.Contains(shown.Content, "Supported the Kafka migration end to end.") {
		t.Errorf("shown turn: %+v", shown)
	}
	if note.Role != "user" || !strings.Contains(note.Content, `"keep it short"`) || strings.Contains(note.Content, "does not support") {
		t.Errorf("note turn: %+v", note)
	}
}

// TestAgainStillGuarded: a note cannot license an invention; the rejected
// answer is asked again with the guard's reasons after the note.
func TestAgainStillGuarded(t *testing.T) {
	e := &scripted{replies: func(_ resume.Item, attempt int) string {
		if attempt == 2 { // the note, then the first answer
			return `{"rewrite": "Led the Kafka migration across 40 services."}`
		}
		return `{"rewrite": "Contributed to the Kafka migration."}`
	}}
	p := &Pipeline{Engine: e, MaxAttempts: 3, Concurrency: 1}
	target := Target{Doc: parse(t), Template: tpl(t, "tighten-bullets"), ID: "experience.0.bullets.1"}
	res := p.Again(context.Background(), target, "Helped with the Kafka migration.", "say it was across 40 services", nil)
	if res.Status != StatusRewritten || res.Final != "Contributed to the Kafka migration." || len(res.Candidates) != 2 || res.Candidates[0].Verdict != guard.Reject {
		t.Fatalf("%+v", res)
	}
	last := e.seen[len(e.seen)-1].History
	if len(last) != 2 || !last[0].Asked || last[0].Feedback != "say it was across 40 services" || last[1].Asked {
		t.Errorf("history %+v", last)
	}
	// with the figure vouched for, the same answer stands
	e.seen = nil
	res = p.Again(context.Background(), target, "Helped with the Kafka migration.", "", []string{"The Kafka migration covered 40 services."})
	if res.Final != "Led the Kafka migration across 40 services." {
		t.Errorf("with the fact: %+v", res)
	}
}

func TestJudge(t *testing.T) {
	p := &Pipeline{Engine: &scripted{}, MaxAttempts: 1}
	target := Target{Doc: parse(t), Template: tpl(t, "tighten-bullets"), ID: "experience.0.bullets.0"}
	cases := []struct {
		name, text string
		facts      []string
		want       guard.Decision
	}{
		{"faithful", "Cut billing API latency from 420 ms to 180 ms.", nil, guard.Accept},
		{"derived", "Cut billing API latency 57%, from 420 ms to 180 ms.", nil, guard.Accept},
		{"invented", "Cut billing API latency from 420 ms to 180 ms for 2M users.", nil, guard.Reject},
		{"vouched", "Cut billing API latency from 420 ms to 180 ms for 2M users.", []string{"The billing API serves 2M users."}, guard.Accept},
		{"placeholder", "Cut billing API latency from 420 ms to 180 ms for [N] users.", nil, guard.NeedsInput},
		{"tool from elsewhere", "Cut billing API latency from 420 ms to 180 ms with Kafka.", nil, guard.Reject},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v, err := p.Judge(target, c.text, c.facts)
			if err != nil || v.Decision != c.want {
				t.Errorf("%v %+v, want %s", err, v, c.want)
			}
		})
	}
	// a prompt that shows the role's other bullets lets them support a tool
	withContext := target
	withContext.Template = tpl(t, "reduce-redundancy")
	if v, _ := p.Judge(withContext, "Cut billing API latency from 420 ms to 180 ms with Kafka.", nil); v.Decision != guard.Accept {
		t.Errorf("context: %+v", v)
	}
	if _, err := p.Judge(Target{Doc: parse(t), Template: target.Template, ID: "experience.9.bullets.0"}, "x", nil); err == nil {
		t.Error("no error for an unknown item")
	}
}
