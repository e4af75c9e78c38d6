package tui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/review"
	"github.com/bulletproof-cli/bulletproof/internal/review/reviewtest"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

func judge(it *review.Item, text string, facts []string) (guard.Verdict, error) {
	return reviewtest.Judge(it.Result.Original, text, facts), nil
}

var result = reviewtest.Result

const heading = "Backend Engineer, Northwind Payments (2021 – Present)"

func items() []*review.Item {
	return []*review.Item{
		review.NewItem(result("experience.0.bullets.0", "Helped with the rollout of idempotency keys across the payments API, which cut duplicate charges.", "Contributed to rolling out idempotency keys across the payments API, cutting duplicate charges."), "tighten-bullets", heading),
		review.NewItem(result("experience.0.bullets.1", "Responsible for the billing API.", "Owned the billing API."), "tighten-bullets", heading),
		review.NewItem(result("experience.0.bullets.2", "Worked on making checkout faster.", "Made checkout [X%] faster by caching catalog lookups."), "tighten-bullets", heading),
		review.NewItem(result("experience.0.bullets.3", "Built the reporting service in Go.", "Built the Go reporting service."), "tighten-bullets", heading),
	}
}

var meta = Meta{File: "resume.md", Output: "resume.reviewed.md", Engine: "openai · gpt-4o-mini", Facts: "facts.txt"}

// fakeAsk answers asking again after a short wait, recording the notes.
type fakeAsk struct {
	mu    sync.Mutex
	notes []string
}

func (f *fakeAsk) ask(ctx context.Context, it *review.Item, note string, _ []string) rewrite.ItemResult {
	f.mu.Lock()
	f.notes = append(f.notes, note)
	f.mu.Unlock()
	select {
	case <-time.After(50 * time.Millisecond):
	case <-ctx.Done():
		return rewrite.ItemResult{ID: it.Result.ID, Status: rewrite.StatusError, Error: ctx.Err().Error()}
	}
	return result(it.Result.ID, it.Result.Original, "Owned the billing API end to end.")
}

// screens keeps the latest screen the program drew, taken on the
// program's own goroutine (a filter sees the model before each message).
type screens struct {
	mu   sync.Mutex
	last string
}

func (sc *screens) filter(m tea.Model, msg tea.Msg) tea.Msg {
	if mm, ok := m.(Model); ok {
		sc.mu.Lock()
		sc.last = ansi.Strip(mm.Screen())
		sc.mu.Unlock()
	}
	return msg
}

type ping struct{}

type program struct {
	*teatest.TestModel
	sc *screens
}

func start(t *testing.T, s *review.Session, ask review.Asker) program {
	t.Helper()
	sc := &screens{}
	tm := teatest.NewTestModel(t, New(context.Background(), s, ask, meta), teatest.WithInitialTermSize(80, 24),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii), tea.WithFilter(sc.filter)))
	return program{tm, sc}
}

// waitFor waits until the screen shows s.
func waitFor(t *testing.T, p program, s string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		p.Send(ping{}) // so the filter sees the model as the last message left it
		time.Sleep(10 * time.Millisecond)
		p.sc.mu.Lock()
		last := p.sc.last
		p.sc.mu.Unlock()
		if strings.Contains(last, s) {
			return
		}
	}
	p.sc.mu.Lock()
	defer p.sc.mu.Unlock()
	t.Fatalf("the screen never showed %q; last:\n%s", s, p.sc.last)
}

func send(tm program, k string) {
	switch k {
	case "enter":
		tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	case "esc":
		tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	case "ctrl+c":
		tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	case "ctrl+u":
		tm.Send(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	default:
		tm.Type(k)
	}
}

// TestScreens keeps golden screens of each state at 80x24.
func TestScreens(t *testing.T) {
	steps := []struct {
		name string
		do   func(m Model) Model
	}{
		{"item", func(m Model) Model { return m }},
		{"help", func(m Model) Model { return press(m, "?") }},
		{"placeholder refused", func(m Model) Model { return press(press(press(m, "a"), "s"), "a") }},
		{"editing", func(m Model) Model { return press(press(press(m, "a"), "s"), "e") }},
		{"is this true", func(m Model) Model {
			m = press(press(press(m, "a"), "s"), "e")
			m.editor.SetValue("Made checkout 30% faster by caching catalog lookups.")
			return press(m, "enter")
		}},
		{"note", func(m Model) Model { m = press(press(m, "a"), "r"); m.noteBox.SetValue("keep it short"); return m }},
		{"quit", func(m Model) Model { return press(press(m, "a"), "q") }},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			m := New(context.Background(), review.New(items(), judge), nil, meta)
			m = st.do(m)
			golden.RequireEqual(t, screenOf(t, m, 80, 24))
		})
	}
}

// screenOf is m's screen without colors, which must fill the window
// exactly: height lines, none wider than width.
func screenOf(t *testing.T, m Model, width, height int) string {
	t.Helper()
	got := ansi.Strip(m.Screen())
	if n := strings.Count(got, "\n") + 1; n != height {
		t.Errorf("%d lines, want %d", n, height)
	}
	for i, l := range strings.Split(got, "\n") {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("line %d is %d wide: %q", i+1, w, l)
		}
	}
	return got
}

// press sends one key straight to the model.
func press(m Model, k string) Model {
	var msg tea.KeyPressMsg
	switch k {
	case "enter":
		msg = tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		msg = tea.KeyPressMsg{Code: tea.KeyEscape}
	default:
		r := []rune(k)[0]
		msg = tea.KeyPressMsg{Code: r, Text: k}
	}
	next, _ := m.Update(msg)
	return next.(Model)
}

// TestProgram drives the real program: accept, ask again with a note while
// a spinner runs, skip, fill the placeholder by editing, and accept the
// last; the program ends by itself with the session's answers.
func TestProgram(t *testing.T) {
	s := review.New(items(), judge)
	fa := &fakeAsk{}
	tm := start(t, s, fa.ask)
	waitFor(t, tm, "1 of 4")
	send(tm, "a")
	waitFor(t, tm, "Owned the billing API.")
	send(tm, "r")
	waitFor(t, tm, "note:")
	send(tm, "shorter")
	send(tm, "enter")
	waitFor(t, tm, "end to end")
	send(tm, "s")
	waitFor(t, tm, "fill in [X%]")
	send(tm, "a")
	waitFor(t, tm, "fill [X%] first")
	send(tm, "e")
	waitFor(t, tm, "Your text")
	send(tm, "ctrl+u") // clear the line
	send(tm, "Made checkout faster by caching catalog lookups.")
	send(tm, "enter")
	waitFor(t, tm, "4 of 4")
	send(tm, "a")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if final.Interrupted() || final.Err() != nil || !s.Over() {
		t.Fatalf("interrupted %v err %v over %v", final.Interrupted(), final.Err(), s.Over())
	}
	if s.Tally() != "2 accepted, 1 edited, 1 skipped" {
		t.Errorf("tally %s", s.Tally())
	}
	if len(fa.notes) != 1 || fa.notes[0] != "shorter" {
		t.Errorf("notes %q", fa.notes)
	}
	want := map[string]string{
		"experience.0.bullets.0": items()[0].Result.Final,
		"experience.0.bullets.2": "Made checkout faster by caching catalog lookups.",
		"experience.0.bullets.3": "Built the Go reporting service.",
	}
	got := s.Finals()
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: %q, want %q", id, got[id], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("finals %v", got)
	}
}

// TestProgramCtrlC: Ctrl-C stops at once, with what was answered kept.
func TestProgramCtrlC(t *testing.T) {
	s := review.New(items(), judge)
	var recorded []review.Answer
	s.Record = func(a review.Answer) error { recorded = append(recorded, a); return nil }
	tm := start(t, s, (&fakeAsk{}).ask)
	waitFor(t, tm, "1 of 4")
	send(tm, "a")
	waitFor(t, tm, "2 of 4")
	send(tm, "ctrl+c")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if !final.Interrupted() || s.Over() || len(recorded) != 1 {
		t.Errorf("interrupted %v over %v recorded %d", final.Interrupted(), s.Over(), len(recorded))
	}
}

// TestQuitWritesNothing: q then n ends with nothing to write.
func TestQuitWritesNothing(t *testing.T) {
	s := review.New(items(), judge)
	tm := start(t, s, nil)
	waitFor(t, tm, "1 of 4")
	send(tm, "a")
	waitFor(t, tm, "2 of 4")
	send(tm, "q")
	waitFor(t, tm, "and stop?")
	send(tm, "n")
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if !s.Discarded() || len(s.Finals()) != 0 {
		t.Errorf("discarded %v finals %v", s.Discarded(), s.Finals())
	}
}

// TestScreenShowsNoEscapes: text from a model or a resume cannot drive the
// terminal.
func TestScreenShowsNoEscapes(t *testing.T) {
	r := result("experience.0.bullets.0", "Built the API.", "Built the API.\x1b[2J\x1b]0;owned\x07 \u202eevil")
	s := review.New([]*review.Item{review.NewItem(r, "tighten-bullets", "Acme\x1b[31m")}, judge)
	got := New(context.Background(), s, nil, meta).Screen()
	for _, bad := range []string{"\x1b[2J", "\x1b]0;", "\x07", "\u202e", "\x1b[31mAcme"} {
		if strings.Contains(got, bad) {
			t.Errorf("the screen carries %q", bad)
		}
	}
}

// TestNarrowScreen: a small window keeps every line within its width and
// every key in the help line.
func TestNarrowScreen(t *testing.T) {
	m := New(context.Background(), review.New(items(), judge), nil, meta)
	next, _ := m.Update(tea.WindowSizeMsg{Width: 50, Height: 14})
	m = next.(Model)
	for _, mm := range []Model{m, press(m, "?")} {
		screenOf(t, mm, 50, 14)
	}
	if got := ansi.Strip(m.Screen()); !strings.Contains(got, "? help") || !strings.Contains(got, "a accept") {
		t.Errorf("keys lost:\n%s", got)
	}
}

// TestEditorKey: ctrl+o in the editor hands the text to $EDITOR and takes
// back what it saved.
func TestEditorKey(t *testing.T) {
	script := filepath.Join(t.TempDir(), "ed.sh")
	os.WriteFile(script, []byte("#!/bin/sh\nsed -i 's/\\[X%\\] //' \"$1\"\n"), 0o755)
	t.Setenv("VISUAL", "")
	t.Setenv("EDITOR", script)
	s := review.New(items()[2:3], judge)
	p := start(t, s, nil)
	waitFor(t, p, "fill in [X%]")
	send(p, "e")
	waitFor(t, p, "Your text")
	p.Send(tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl})
	waitFor(t, p, "Made checkout faster by caching")
	send(p, "enter")
	p.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if got := s.Finals()["experience.0.bullets.2"]; got != "Made checkout faster by caching catalog lookups." {
		t.Errorf("final %q", got)
	}
}
