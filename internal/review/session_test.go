package review

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/review/reviewtest"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// judgeBySource judges a person's text by the item's original and the facts,
// as the pipeline's Judge does for a prompt without context.
func judgeBySource(it *Item, text string, facts []string) (guard.Verdict, error) {
	return reviewtest.Judge(it.Result.Original, text, facts), nil
}

// result is a run's item whose candidate the guard judged.
var result = reviewtest.Result

func fourItems() []*Item {
	return []*Item{
		NewItem(result("experience.0.bullets.0", "Helped with the Kafka migration.", "Contributed to the Kafka migration."), "tighten-bullets", "Engineer, Acme (2020 – 2022)"),
		NewItem(result("experience.0.bullets.1", "Responsible for the billing API.", "Owned the billing API."), "tighten-bullets", "Engineer, Acme (2020 – 2022)"),
		NewItem(result("experience.0.bullets.2", "Worked on making checkout faster.", "Made checkout [X%] faster."), "tighten-bullets", "Engineer, Acme (2020 – 2022)"),
		NewItem(result("experience.0.bullets.3", "Built the reporting service in Go.", "Built the Go reporting service."), "tighten-bullets", "Engineer, Acme (2020 – 2022)"),
	}
}

func do(t *testing.T, s *Session, a Answer) Outcome {
	t.Helper()
	o, err := s.Do(a)
	if err != nil {
		t.Fatalf("%s: %v", a.Action, err)
	}
	return o
}

func refused(t *testing.T, s *Session, a Answer, want string) {
	t.Helper()
	_, err := s.Do(a)
	var r *Refusal
	if !errors.As(err, &r) || !strings.Contains(r.Reason, want) {
		t.Fatalf("%s: got %v, want a refusal saying %q", a.Action, err, want)
	}
}

func TestSessionAnswers(t *testing.T) {
	var journal []Answer
	s := New(fourItems(), judgeBySource)
	s.Record = func(a Answer) error { journal = append(journal, a); return nil }
	do(t, s, Answer{Action: Accept})
	do(t, s, Answer{Action: Skip})
	// a placeholder cannot be accepted, nor edited in unfilled
	refused(t, s, Answer{Action: Accept}, "fill [X%] first")
	refused(t, s, Answer{Action: Edit, Text: "Made checkout [X%] faster with caching."}, "still has [X%]")
	refused(t, s, Answer{Action: Edit, Text: "  "}, "empty edit")
	// a figure the source lacks is the person's to vouch for
	o := do(t, s, Answer{Action: Edit, Text: "Made checkout 30% faster."})
	if o.Ask == nil || len(o.Ask.Claims) != 1 || o.Ask.Claims[0].Text != "30%" {
		t.Fatalf("no question: %+v", o)
	}
	refused(t, s, Answer{Action: Accept}, "first answer whether your edit is true")
	do(t, s, Answer{Action: Deny})
	if s.Question() != nil || s.Current().Result.ID != "experience.0.bullets.2" {
		t.Fatal("deny did not drop the edit")
	}
	do(t, s, Answer{Action: Edit, Text: "Made checkout 30% faster."})
	refused(t, s, Answer{Action: Confirm, Save: true}, "no facts file")
	do(t, s, Answer{Action: Confirm})
	if !reflect.DeepEqual(s.Facts, []string{"Made checkout 30% faster."}) || len(s.Save) != 0 {
		t.Errorf("facts %q save %q", s.Facts, s.Save)
	}
	// the vouched-for figure now supports the next edit
	o = do(t, s, Answer{Action: Edit, Text: "Built the Go reporting service; checkout got 30% faster."})
	if o.Ask != nil || !s.Over() || s.Discarded() {
		t.Fatalf("%+v over %v", o, s.Over())
	}
	want := map[string]string{
		"experience.0.bullets.0": "Contributed to the Kafka migration.",
		"experience.0.bullets.2": "Made checkout 30% faster.",
		"experience.0.bullets.3": "Built the Go reporting service; checkout got 30% faster.",
	}
	if got := s.Finals(); !reflect.DeepEqual(got, want) {
		t.Errorf("finals %v", got)
	}
	if s.Tally() != "1 accepted, 2 edited, 1 skipped" {
		t.Errorf("tally %q", s.Tally())
	}
	// refusals are not journalled; every answer names its item
	var actions []string
	for _, a := range journal {
		actions = append(actions, string(a.Action)+" "+a.ID[len(a.ID)-1:])
	}
	if strings.Join(actions, ",") != "accept 0,skip 1,edit 2,deny 2,edit 2,confirm 2,edit 3" {
		t.Errorf("journal %v", actions)
	}
	refused(t, s, Answer{Action: Accept}, "over")
}

func TestSessionAgain(t *testing.T) {
	s := New(fourItems()[2:3], judgeBySource)
	// the new candidate replaces the shown one and is answered again
	r := result("experience.0.bullets.2", "Worked on making checkout faster.", "Made checkout faster.")
	o := do(t, s, Answer{Action: Again, Note: "no placeholder", Result: &r})
	if s.Current().Shown.Text != "Made checkout faster." || o.Note != "a new candidate" || len(s.Current().Result.Candidates) != 2 {
		t.Fatalf("%+v %+v", o, s.Current())
	}
	// the same again: said so
	o = do(t, s, Answer{Action: Again, Result: &r})
	if !strings.Contains(o.Note, "same rewrite") {
		t.Errorf("%+v", o)
	}
	// every new candidate rejected: the shown one stays, and why is said
	bad := rewrite.ItemResult{ID: r.ID, Original: r.Original, Final: r.Original, Status: rewrite.StatusKeptOriginal,
		Candidates: []rewrite.Candidate{{Text: "Made checkout 50% faster.", Verdict: guard.Reject,
			Findings: []guard.Finding{{Kind: guard.KindMetric, Severity: guard.Error, Detail: `"50%" is not in the source`}}}}}
	o = do(t, s, Answer{Action: Again, Result: &bad})
	if s.Current().Shown.Text != "Made checkout faster." || !strings.Contains(o.Note, `"50%" is not in the source`) {
		t.Errorf("%+v", o)
	}
	failed := rewrite.ItemResult{ID: r.ID, Status: rewrite.StatusError, Error: "timeout"}
	if o = do(t, s, Answer{Action: Again, Result: &failed}); o.Note != "asking again failed: timeout" {
		t.Errorf("%+v", o)
	}
	do(t, s, Answer{Action: Accept})
	if got := s.Finals()[r.ID]; got != "Made checkout faster." {
		t.Errorf("final %q", got)
	}
}

func TestSessionAcceptRestAndQuit(t *testing.T) {
	t.Run("accept rest leaves placeholders", func(t *testing.T) {
		s := New(fourItems(), judgeBySource)
		do(t, s, Answer{Action: Skip})
		o := do(t, s, Answer{Action: AcceptRest})
		if o.Note != "accepted 2; 1 with placeholders to fill or skip" || s.Current().Result.ID != "experience.0.bullets.2" {
			t.Fatalf("%+v", o)
		}
		do(t, s, Answer{Action: Skip})
		if !s.Over() || len(s.Finals()) != 2 {
			t.Errorf("over %v finals %v", s.Over(), s.Finals())
		}
	})
	t.Run("quit writes what was accepted", func(t *testing.T) {
		s := New(fourItems(), judgeBySource)
		do(t, s, Answer{Action: Accept})
		do(t, s, Answer{Action: Quit})
		if !s.Over() || s.Discarded() || len(s.Finals()) != 1 || s.Tally() != "1 accepted, 3 not answered" {
			t.Errorf("finals %v tally %s", s.Finals(), s.Tally())
		}
	})
	t.Run("discard writes nothing", func(t *testing.T) {
		s := New(fourItems(), judgeBySource)
		do(t, s, Answer{Action: Accept})
		do(t, s, Answer{Action: Discard})
		if !s.Discarded() || len(s.Finals()) != 0 {
			t.Errorf("finals %v", s.Finals())
		}
	})
	t.Run("nothing to review", func(t *testing.T) {
		s := New(nil, judgeBySource)
		if !s.Over() || s.Current() != nil || s.Tally() != "nothing to review" {
			t.Error(s.Tally())
		}
	})
}

func TestSessionReplay(t *testing.T) {
	var journal []Answer
	s := New(fourItems(), judgeBySource)
	s.Record = func(a Answer) error { journal = append(journal, a); return nil }
	do(t, s, Answer{Action: Accept})
	do(t, s, Answer{Action: Edit, Text: "Owned the billing API for 3 teams."})
	do(t, s, Answer{Action: Confirm})
	do(t, s, Answer{Action: Quit})

	again := New(fourItems(), judgeBySource)
	if n := again.Replay(journal); n != 3 {
		t.Fatalf("replayed %d", n)
	}
	if again.Over() || again.Current().Result.ID != "experience.0.bullets.2" || len(again.Facts) != 1 {
		t.Errorf("after replay: over %v facts %v", again.Over(), again.Facts)
	}
	// a journal that does not fit stops where it stops fitting
	other := New(fourItems()[1:], judgeBySource)
	if n := other.Replay(journal); n != 0 {
		t.Errorf("replayed %d answers of another review", n)
	}
}

func TestSessionRecordError(t *testing.T) {
	s := New(fourItems(), judgeBySource)
	s.Record = func(Answer) error { return errors.New("disk full") }
	if _, err := s.Do(Answer{Action: Accept}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("%v", err)
	}
}
