package review

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// asker answers every "ask again" with a fixed candidate, recording notes.
type asker struct {
	notes []string
	text  string
}

func (a *asker) ask(_ context.Context, it *Item, note string, _ []string) rewrite.ItemResult {
	a.notes = append(a.notes, note)
	return result(it.Result.ID, it.Result.Original, a.text)
}

// TestPlainTranscript drives a review line by line and keeps what the
// person reads as a golden file.
func TestPlainTranscript(t *testing.T) {
	in := strings.Join([]string{
		"a",                           // accept item 1
		"x",                           // unknown: asked again
		"r keep the ownership",        // item 2: ask again with a note
		"s",                           // skip the new candidate
		"a",                           // item 3 has a placeholder: refused
		"e Made checkout 30% faster.", // an edit with a new figure
		"y",                           // it is true
		"e Built the Go reporting service.",
	}, "\n") + "\n"
	var out strings.Builder
	ask := &asker{text: "Owned the billing API end to end."}
	s := New(fourItems(), judgeBySource)
	if err := (Lines{In: strings.NewReader(in), Out: &out, Ask: ask.ask, Echo: true}).Run(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	if len(ask.notes) != 1 || ask.notes[0] != "keep the ownership" {
		t.Errorf("notes %q", ask.notes)
	}
	if s.Tally() != "1 accepted, 2 edited, 1 skipped" {
		t.Errorf("tally %s", s.Tally())
	}
	golden.RequireEqual(t, out.String())
}

func TestPlainEnds(t *testing.T) {
	t.Run("input ends first", func(t *testing.T) {
		s := New(fourItems(), judgeBySource)
		err := Lines{In: strings.NewReader("a\ns\n"), Out: io.Discard}.Run(context.Background(), s)
		if !errors.Is(err, ErrNoMoreAnswers) || s.Over() || s.Tally() != "1 accepted, 1 skipped, 2 not answered" {
			t.Errorf("%v %s", err, s.Tally())
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		r, w := io.Pipe()
		defer w.Close()
		s := New(fourItems(), judgeBySource)
		s.Record = func(Answer) error { cancel(); return nil }
		go io.WriteString(w, "a\n")
		if err := (Lines{In: r, Out: io.Discard}).Run(ctx, s); !errors.Is(err, ErrInterrupted) || s.Tally() != "1 accepted, 3 not answered" {
			t.Errorf("%v %s", err, s.Tally())
		}
	})
	t.Run("q! and the facts file", func(t *testing.T) {
		s := New(fourItems(), judgeBySource)
		s.CanSave = true
		var out strings.Builder
		err := Lines{In: strings.NewReader("e Made checkout 30% faster.\nmaybe\nf\nq!\n"), Out: &out}.Run(context.Background(), s)
		if err != nil || !s.Discarded() || len(s.Save) != 1 || len(s.Finals()) != 0 {
			t.Errorf("%v discarded %v save %q", err, s.Discarded(), s.Save)
		}
		if !strings.Contains(out.String(), "is it true? answer y, f (yes, and add it to the facts file) or n") {
			t.Errorf("no hint after a bad answer:\n%s", out.String())
		}
	})
}

func TestParseAnswer(t *testing.T) {
	cases := []struct {
		line   string
		asking bool
		want   Answer
		err    string
	}{
		{"a", false, Answer{Action: Accept}, ""},
		{"e  Cut latency.  ", false, Answer{Action: Edit, Text: "Cut latency."}, ""},
		{"e", false, Answer{}, "e needs the text"},
		{"r", false, Answer{Action: Again}, ""},
		{"r shorter please", false, Answer{Action: Again, Note: "shorter please"}, ""},
		{"s", false, Answer{Action: Skip}, ""},
		{"A", false, Answer{Action: AcceptRest}, ""},
		{"q", false, Answer{Action: Quit}, ""},
		{"q!", false, Answer{Action: Discard}, ""},
		{"a now", false, Answer{}, "unknown answer"},
		{"", false, Answer{}, "empty line"},
		{"y", false, Answer{}, "unknown answer"},
		{"y", true, Answer{Action: Confirm}, ""},
		{"f", true, Answer{Action: Confirm, Save: true}, ""},
		{"n", true, Answer{Action: Deny}, ""},
		{"a", true, Answer{}, "is it true?"},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			got, err := parseAnswer(c.line, c.asking)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Errorf("err %v, want %q", err, c.err)
				}
				return
			}
			if err != nil || got != c.want {
				t.Errorf("%+v %v", got, err)
			}
		})
	}
}

// TestPlainShowsNoEscapes: a candidate carrying terminal escapes is shown
// without them (it could clear the screen or hide text).
func TestPlainShowsNoEscapes(t *testing.T) {
	r := result("experience.0.bullets.0", "Built the API.", "Built the API.\x1b[2J\x1b]0;owned\x07 \u202eevil")
	s := New([]*Item{NewItem(r, "tighten-bullets", "Acme\x1b[31m")}, judgeBySource)
	var out strings.Builder
	Lines{In: strings.NewReader("s\n"), Out: &out}.Run(context.Background(), s)
	if strings.ContainsAny(out.String(), "\x1b\x07\u202e") {
		t.Errorf("escapes shown: %q", out.String())
	}
}

func TestPlainLongLine(t *testing.T) {
	s := New(fourItems(), judgeBySource)
	err := Lines{In: strings.NewReader("a\ne " + strings.Repeat("x", MaxLine) + "\n"), Out: io.Discard}.Run(context.Background(), s)
	if !errors.Is(err, ErrNoMoreAnswers) || !strings.Contains(err.Error(), "over 64 KiB") || s.Tally() != "1 accepted, 3 not answered" {
		t.Errorf("%v %s", err, s.Tally())
	}
}
