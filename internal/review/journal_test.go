package review

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func header() Header {
	h := Header{Version: JournalVersion, Input: "/home/jane/resume.md", InputHash: "abc", Prompt: "tighten-bullets",
		Output: "/home/jane/out.md", Engine: "openai", Model: "gpt-4o-mini", Started: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
	for _, it := range fourItems() {
		h.Items = append(h.Items, JournalItem{Prompt: it.Prompt, Heading: it.Heading, Result: it.Result})
	}
	return h
}

func TestJournalRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.md.review.jsonl")
	j, err := CreateJournal(path, header())
	if err != nil {
		t.Fatal(err)
	}
	s := New(header().ReviewItems(), judgeBySource)
	s.Record = j.Append
	do(t, s, Answer{Action: Accept})
	do(t, s, Answer{Action: Edit, Text: "Owned the billing API for 3 teams."})
	do(t, s, Answer{Action: Confirm})
	j.Close()
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v: a journal holds resume text", st.Mode())
	}

	// a crash mid-line: the cut line is dropped, and cut off before appending
	f, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString(`{"action":"skip","id":"experience.0.bu`)
	f.Close()
	h, answers, j2, err := OpenJournal(path)
	if err != nil {
		t.Fatal(err)
	}
	if !h.Same(header()) || len(answers) != 3 || answers[2].Action != Confirm {
		t.Fatalf("header same %v, answers %+v", h.Same(header()), answers)
	}
	again := New(h.ReviewItems(), judgeBySource)
	again.Record = j2.Append
	if n := again.Replay(answers); n != 3 {
		t.Fatalf("replayed %d", n)
	}
	do(t, again, Answer{Action: Skip})
	j2.Close()
	if _, answers, err = ReadJournal(path); err != nil || len(answers) != 4 || answers[3].Action != Skip {
		t.Fatalf("%v %+v", err, answers)
	}
	if err := j2.Remove(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ReadJournal(path); !errors.Is(err, ErrNoJournal) {
		t.Errorf("after Remove: %v", err)
	}
}

func TestJournalSame(t *testing.T) {
	changed := func(f func(*Header)) Header { h := header(); f(&h); return h }
	for name, h := range map[string]Header{
		"file edited":   changed(func(h *Header) { h.InputHash = "def" }),
		"other prompt":  changed(func(h *Header) { h.Prompt = "measurable-impact" }),
		"other section": changed(func(h *Header) { h.Section = "summary" }),
		"other ad":      changed(func(h *Header) { h.JobHash = "123" }),
		"other file":    changed(func(h *Header) { h.Input = "/home/jane/cv.md" }),
	} {
		if h.Same(header()) {
			t.Errorf("%s: the same review", name)
		}
	}
	if !changed(func(h *Header) { h.Model = "other"; h.Started = time.Now() }).Same(header()) {
		t.Error("another model is not another review")
	}
}

func TestJournalNotAJournal(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"empty":     "",
		"text":      "hello\n",
		"no header": `{"action":"accept"}` + "\n",
		"future":    `{"version": 99}` + "\n",
		"cut":       `{"version": 1, "inp`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o600)
		if _, _, err := ReadJournal(p); err == nil || !strings.Contains(err.Error(), "remove it") {
			t.Errorf("%s: %v", name, err)
		}
	}
}
