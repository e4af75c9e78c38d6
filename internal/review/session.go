// Package review walks a person through the changed items of a rewrite in
// file order — accept, edit, ask again with a note, skip, accept the rest,
// quit — before anything is written. Their own edits go through the guard
// too: a claim their resume does not support is theirs to vouch for, and
// once they do it counts as a fact for the rest of the review.
//
// A Session is pure state; Lines (one answer per line) and the terminal UI
// in review/tui drive it, and a Journal keeps its answers on disk.
package review

import (
	"errors"
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// Decision is what became of an item.
type Decision string

// Decisions.
const (
	Pending  Decision = ""
	Accepted Decision = "accepted"
	Edited   Decision = "edited"
	Skipped  Decision = "skipped"
)

// Item is one changed item under review.
type Item struct {
	Result rewrite.ItemResult // the run's outcome; asking again appends candidates
	Prompt string             // the template that produced it (tailor runs several)
	// Heading names where the item sits: "Engineer, Acme (2020 – 2022)".
	Heading string
	// Shown is the candidate on offer: the run's final one, or the latest
	// answer to asking again.
	Shown    rewrite.Candidate
	Decision Decision
	Final    string // what is written, once accepted or edited
}

// NewItem puts a run's item up for review.
func NewItem(r rewrite.ItemResult, prompt, heading string) *Item {
	it := &Item{Result: r, Prompt: prompt, Heading: heading, Shown: rewrite.Candidate{Text: r.Final}}
	if n := len(r.Candidates); n > 0 && r.Candidates[n-1].Text == r.Final {
		it.Shown = r.Candidates[n-1]
	}
	return it
}

// Changed reports whether a run's item has a candidate worth reviewing: one
// the guard let through that differs from the original.
func Changed(r rewrite.ItemResult) bool {
	return (r.Status == rewrite.StatusRewritten || r.Status == rewrite.StatusNeedsInput) && r.Final != r.Original
}

// Placeholders lists the placeholders in the shown candidate ([X%], [N
// users]): they must be filled before it can be written.
func (it *Item) Placeholders() []string { return placeholders(it.Shown.Findings) }

func placeholders(fs []guard.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Kind == guard.KindPlaceholder {
			out = append(out, f.Text)
		}
	}
	return out
}

// Action is a kind of answer.
type Action string

// Actions.
const (
	Accept     Action = "accept"      // write the shown candidate
	Edit       Action = "edit"        // write Text instead, if the guard (or the person) vouches for it
	Again      Action = "again"       // Result holds one more candidate, asked for with Note
	Skip       Action = "skip"        // keep the original
	AcceptRest Action = "accept_rest" // accept every remaining item without placeholders
	Confirm    Action = "confirm"     // yes: the edit's claims are true (Save: add it to the facts file)
	Deny       Action = "deny"        // no: drop the edit
	Quit       Action = "quit"        // stop and write what was accepted
	Discard    Action = "discard"     // stop and write nothing
)

// Answer is one thing the person did. It is what the journal stores, so it
// carries what asking again returned: continuing a review asks nothing
// again.
type Answer struct {
	Action Action              `json:"action"`
	ID     string              `json:"id,omitempty"` // the item it answered
	Text   string              `json:"text,omitempty"`
	Note   string              `json:"note,omitempty"`
	Result *rewrite.ItemResult `json:"result,omitempty"`
	Save   bool                `json:"save,omitempty"`
}

// Question is an edit waiting for "is this true?": the guard found claims
// in it that the source does not support.
type Question struct {
	Text   string
	Claims []guard.Finding
}

// Outcome is what an answer did, for the person to read.
type Outcome struct {
	Note     string
	Ask      *Question       // an edit to confirm before it counts
	Warnings []guard.Finding // the guard's warnings on an accepted edit
}

// Refusal is an answer the session cannot take as it stands (accepting a
// candidate with a placeholder, an empty edit); nothing changed.
type Refusal struct{ Reason string }

func (r *Refusal) Error() string { return r.Reason }

func refuse(format string, a ...any) error { return &Refusal{Reason: fmt.Sprintf(format, a...)} }

// Judge is the guard's verdict on a person's text for an item, with the
// facts they vouched for during the review.
type Judge func(it *Item, text string, facts []string) (guard.Verdict, error)

// MaxEdit bounds a person's text for one item, MaxNote their note when
// asking again.
const (
	MaxEdit = 8000
	MaxNote = 500
)

// Session is a review in progress.
type Session struct {
	Items []*Item
	// Facts are the texts vouched for during the review; Save those of
	// them to add to the facts file.
	Facts, Save []string
	// CanSave: there is a facts file to add to.
	CanSave bool
	// Record, when set, is called with each answer the session took.
	Record func(Answer) error

	judge    Judge
	cur      int
	question *Question
	state    state
}

type state int

const (
	reviewing state = iota
	done            // every item answered
	quit            // stopped; write what was accepted
	discarded       // stopped; write nothing
)

// New starts a review of items, in the order given (file order).
func New(items []*Item, judge Judge) *Session {
	s := &Session{Items: items, judge: judge}
	s.advance()
	return s
}

// Current is the item to answer, nil once the review is over.
func (s *Session) Current() *Item {
	if s.state != reviewing {
		return nil
	}
	return s.Items[s.cur]
}

// Position is the current item's index, from 0.
func (s *Session) Position() int { return s.cur }

// Question is the edit waiting for "is this true?", if any.
func (s *Session) Question() *Question { return s.question }

// Over reports whether the review ended; Discarded whether it ended with
// nothing to write.
func (s *Session) Over() bool      { return s.state != reviewing }
func (s *Session) Discarded() bool { return s.state == discarded }

// Do takes an answer for the current item.
func (s *Session) Do(a Answer) (Outcome, error) {
	if it := s.Current(); it != nil {
		a.ID = it.Result.ID
	}
	out, err := s.apply(a)
	if err != nil {
		return out, err
	}
	if s.Record != nil {
		if err := s.Record(a); err != nil {
			return out, fmt.Errorf("save the review journal: %w", err)
		}
	}
	return out, nil
}

func (s *Session) apply(a Answer) (Outcome, error) {
	if s.state != reviewing {
		return Outcome{}, refuse("the review is over")
	}
	it := s.Items[s.cur]
	switch a.Action {
	case Quit:
		s.state, s.question = quit, nil
		return Outcome{}, nil
	case Discard:
		s.state, s.question = discarded, nil
		return Outcome{}, nil
	case Confirm, Deny:
		if s.question == nil {
			return Outcome{}, refuse("there is no edit to confirm")
		}
	default:
		if s.question != nil {
			return Outcome{}, refuse("first answer whether your edit is true")
		}
	}
	switch a.Action {
	case Accept:
		if ph := it.Placeholders(); len(ph) > 0 {
			return Outcome{}, refuse("fill %s first: edit the text, or skip the item", strings.Join(ph, ", "))
		}
		it.Decision, it.Final = Accepted, it.Shown.Text
		s.advance()
		return Outcome{Note: "accepted"}, nil
	case Skip:
		it.Decision = Skipped
		s.advance()
		return Outcome{Note: "skipped: the original stays"}, nil
	case Edit:
		return s.edit(it, a.Text)
	case Confirm:
		if a.Save && !s.CanSave {
			return Outcome{}, refuse("there is no facts file to add it to (give one with --facts)")
		}
		q := s.question
		s.question = nil
		s.Facts = append(s.Facts, q.Text)
		note := "edited; what it states counts as a fact for the rest of this review"
		if a.Save {
			s.Save = append(s.Save, q.Text)
			note = "edited; what it states counts as a fact, and goes into your facts file"
		}
		it.Decision, it.Final = Edited, q.Text
		s.advance()
		return Outcome{Note: note}, nil
	case Deny:
		s.question = nil
		return Outcome{Note: "edit dropped: edit again, ask again or skip"}, nil
	case Again:
		return s.again(it, a)
	case AcceptRest:
		return s.acceptRest(), nil
	}
	return Outcome{}, refuse("unknown answer %q", a.Action)
}

func (s *Session) edit(it *Item, text string) (Outcome, error) {
	text = strings.TrimSpace(text)
	switch {
	case text == "":
		return Outcome{}, refuse("an empty edit: skip the item to keep the original")
	case len(text) > MaxEdit:
		return Outcome{}, refuse("the edit is %d bytes; at most %d", len(text), MaxEdit)
	}
	v, err := s.judge(it, text, s.Facts)
	if err != nil {
		return Outcome{}, err
	}
	if ph := placeholders(v.Findings); len(ph) > 0 {
		return Outcome{}, refuse("your edit still has %s: fill it, or skip the item", strings.Join(ph, ", "))
	}
	if errs := v.Errors(); len(errs) > 0 {
		s.question = &Question{Text: text, Claims: errs}
		return Outcome{Ask: s.question}, nil
	}
	it.Decision, it.Final = Edited, text
	s.advance()
	var warn []guard.Finding
	for _, f := range v.Findings {
		if f.Severity == guard.Warning {
			warn = append(warn, f)
		}
	}
	return Outcome{Note: "edited", Warnings: warn}, nil
}

func (s *Session) again(it *Item, a Answer) (Outcome, error) {
	r := a.Result
	if r == nil {
		return Outcome{}, errors.New("asking again returned nothing")
	}
	it.Result.Candidates = append(it.Result.Candidates, r.Candidates...)
	it.Result.Attempts += r.Attempts
	it.Result.Usage.Add(r.Usage)
	if r.Notes != "" {
		it.Result.Notes = r.Notes
	}
	switch r.Status {
	case rewrite.StatusRewritten, rewrite.StatusNeedsInput, rewrite.StatusUnchanged:
		before := it.Shown.Text
		it.Shown = rewrite.Candidate{Text: r.Final}
		if n := len(r.Candidates); n > 0 {
			it.Shown = r.Candidates[n-1]
		}
		switch {
		case it.Shown.Text == before:
			return Outcome{Note: "the same rewrite came back; edit it yourself, or skip"}, nil
		case r.Status == rewrite.StatusUnchanged:
			return Outcome{Note: "the new candidate is your original text"}, nil
		}
		return Outcome{Note: "a new candidate"}, nil
	case rewrite.StatusKeptOriginal:
		var why []string
		for _, c := range r.Candidates {
			for _, f := range c.Findings {
				if f.Severity == guard.Error {
					why = append(why, f.Detail)
				}
			}
		}
		return Outcome{Note: "every new candidate was rejected (" + strings.Join(why, "; ") + "); the last one stays on offer"}, nil
	case rewrite.StatusUnsupported:
		return Outcome{Note: r.Notes}, nil
	}
	return Outcome{Note: "asking again failed: " + r.Error}, nil
}

func (s *Session) acceptRest() Outcome {
	n, left := 0, 0
	for _, it := range s.Items[s.cur:] {
		if it.Decision != Pending {
			continue
		}
		if len(it.Placeholders()) > 0 {
			left++
			continue
		}
		it.Decision, it.Final = Accepted, it.Shown.Text
		n++
	}
	s.advance()
	note := fmt.Sprintf("accepted %d", n)
	if left > 0 {
		note += fmt.Sprintf("; %d with placeholders to fill or skip", left)
	}
	return Outcome{Note: note}
}

// advance moves to the first item not yet answered, or ends the review.
func (s *Session) advance() {
	for i, it := range s.Items {
		if it.Decision == Pending {
			s.cur = i
			return
		}
	}
	s.state = done
}

// Replay takes answers a journal kept, without recording them again, and
// returns how many it took. It stops at the first that does not fit (the
// item it answered is not the current one, or it is refused); a stop or
// quit is not replayed, so a continued review goes on.
func (s *Session) Replay(answers []Answer) int {
	n := 0
	for _, a := range answers {
		if a.Action == Quit || a.Action == Discard {
			break
		}
		it := s.Current()
		if it == nil || a.ID != it.Result.ID {
			break
		}
		if _, err := s.apply(a); err != nil {
			break
		}
		n++
	}
	return n
}

// Finals maps each accepted or edited item that changes to the text to
// write; nothing when the review was discarded.
func (s *Session) Finals() map[string]string {
	out := map[string]string{}
	if s.state == discarded {
		return out
	}
	for _, it := range s.Items {
		if (it.Decision == Accepted || it.Decision == Edited) && it.Final != it.Result.Original {
			out[it.Result.ID] = it.Final
		}
	}
	return out
}

// Tally counts decisions: "2 accepted, 1 edited, 1 skipped, 1 not answered".
func (s *Session) Tally() string {
	n := map[Decision]int{}
	for _, it := range s.Items {
		n[it.Decision]++
	}
	var parts []string
	for _, d := range []Decision{Accepted, Edited, Skipped} {
		if n[d] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[d], d))
		}
	}
	if n[Pending] > 0 {
		parts = append(parts, fmt.Sprintf("%d not answered", n[Pending]))
	}
	if len(parts) == 0 {
		return "nothing to review"
	}
	return strings.Join(parts, ", ")
}
