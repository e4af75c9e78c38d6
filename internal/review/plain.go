package review

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// Asker asks the engine once more for an item, with the person's note and
// the facts they vouched for.
type Asker func(ctx context.Context, it *Item, note string, facts []string) rewrite.ItemResult

// ErrNoMoreAnswers: the input ended before the review did.
var ErrNoMoreAnswers = errors.New("the answers ended before the review did")

// ErrInterrupted: the review was stopped (Ctrl-C) before it ended.
var ErrInterrupted = errors.New("review interrupted")

// actionHelp asks Plain for its help; the session never sees it.
const actionHelp Action = "help"

// MaxLine bounds one answer line.
const MaxLine = 64 << 10

// PlainHelp is the answers Plain reads.
const PlainHelp = `answers, one per line:
  a          accept the candidate
  e TEXT     write TEXT instead (the guard checks it)
  r [NOTE]   ask again, with an optional note ("shorter", "keep 'helped'")
  s          skip: keep the original
  A          accept this and every remaining item (those with placeholders wait)
  q          write what was accepted so far, and stop
  q!         stop, writing nothing
  ?          this help
after an edit that states what your resume does not:
  y          it is true: use it, and count it as a fact for this review
  f          it is true: also add it to the facts file
  n          it is not: drop the edit`

// Lines runs a review over lines of text, for scripts and for terminals
// that cannot show the full-screen review.
type Lines struct {
	In  io.Reader
	Out io.Writer
	Ask Asker
	// Echo writes each answer after the prompt, for a transcript when In
	// is not a terminal echoing what is typed.
	Echo bool
}

// Run writes each item to Out and reads one answer per line from In, until
// the review ends (nil), the input ends (ErrNoMoreAnswers) or ctx is
// cancelled (ErrInterrupted). Answers taken are already in the session
// (and its journal) either way.
func (p Lines) Run(ctx context.Context, s *Session) error {
	in, out, ask := p.In, p.Out, p.Ask
	lines := make(chan string)
	var readErr error // set before lines closes
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		sc.Buffer(nil, MaxLine)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		readErr = sc.Err()
	}()
	fmt.Fprintf(out, "%s\n", PlainHelp)
	shown := -1
	for !s.Over() {
		if q := s.Question(); q != nil {
			writeQuestion(out, q, s.CanSave)
		} else if s.Position() != shown {
			writeItem(out, s)
			shown = s.Position()
		}
		fmt.Fprint(out, "> ")
		var line string
		select {
		case <-ctx.Done():
			fmt.Fprintln(out)
			return ErrInterrupted
		case l, ok := <-lines:
			if !ok {
				fmt.Fprintln(out)
				if errors.Is(readErr, bufio.ErrTooLong) {
					return fmt.Errorf("an answer line is over %d KiB: %w", MaxLine>>10, ErrNoMoreAnswers)
				}
				if readErr != nil {
					return fmt.Errorf("read the answers: %w: %w", readErr, ErrNoMoreAnswers)
				}
				return ErrNoMoreAnswers
			}
			line = strings.TrimSpace(l)
			if p.Echo {
				fmt.Fprint(out, oneLine(line, 200))
			}
			fmt.Fprintln(out)
		}
		a, err := parseAnswer(line, s.Question() != nil)
		if err != nil {
			fmt.Fprintf(out, "  %v\n", err)
			continue
		}
		if a.Action == actionHelp {
			fmt.Fprintf(out, "%s\n", PlainHelp)
			continue
		}
		if a.Action == Again {
			it := s.Current()
			fmt.Fprintf(out, "  asking again…\n")
			r := ask(ctx, it, a.Note, s.Facts)
			if ctx.Err() != nil {
				return ErrInterrupted
			}
			a.Result = &r
			shown = -1 // show the new candidate
		}
		o, err := s.Do(a)
		var ref *Refusal
		switch {
		case errors.As(err, &ref):
			fmt.Fprintf(out, "  ✗ %s\n", ref.Reason)
			continue
		case err != nil:
			return err
		}
		writeOutcome(out, o)
	}
	return nil
}

// parseAnswer reads one answer line.
func parseAnswer(line string, asking bool) (Answer, error) {
	cmd, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	if asking {
		switch line {
		case "y", "yes":
			return Answer{Action: Confirm}, nil
		case "f":
			return Answer{Action: Confirm, Save: true}, nil
		case "n", "no":
			return Answer{Action: Deny}, nil
		case "q":
			return Answer{Action: Quit}, nil
		case "q!":
			return Answer{Action: Discard}, nil
		}
		return Answer{}, fmt.Errorf("is it true? answer y, f (yes, and add it to the facts file) or n")
	}
	switch cmd {
	case "a":
		if arg == "" {
			return Answer{Action: Accept}, nil
		}
	case "s":
		if arg == "" {
			return Answer{Action: Skip}, nil
		}
	case "A":
		if arg == "" {
			return Answer{Action: AcceptRest}, nil
		}
	case "q":
		if arg == "" {
			return Answer{Action: Quit}, nil
		}
	case "q!":
		if arg == "" {
			return Answer{Action: Discard}, nil
		}
	case "e":
		if arg == "" {
			return Answer{}, fmt.Errorf("e needs the text to write: e Cut p99 latency from 420 ms to 180 ms.")
		}
		return Answer{Action: Edit, Text: arg}, nil
	case "r":
		if len(arg) > MaxNote {
			return Answer{}, fmt.Errorf("the note is %d bytes; at most %d", len(arg), MaxNote)
		}
		return Answer{Action: Again, Note: arg}, nil
	case "?", "h", "help":
		return Answer{Action: actionHelp}, nil
	}
	if line == "" {
		return Answer{}, fmt.Errorf("an empty line: answer a, e TEXT, r [NOTE], s, A, q or q! (? for help)")
	}
	return Answer{}, fmt.Errorf("unknown answer %q: answer a, e TEXT, r [NOTE], s, A, q or q! (? for help)", oneLine(line, 40))
}

func writeItem(w io.Writer, s *Session) {
	it := s.Current()
	r := it.Result
	fmt.Fprintf(w, "\n[%d/%d] %s\n", s.Position()+1, len(s.Items), Printable(Where(it)))
	writeIndented(w, "  - ", r.Original)
	writeIndented(w, "  + ", it.Shown.Text)
	for _, l := range FindingLines(it.Shown.Findings) {
		fmt.Fprintf(w, "  %s\n", Printable(l))
	}
	if r.Notes != "" {
		fmt.Fprintf(w, "  note: %s\n", oneLine(Printable(r.Notes), 300))
	}
}

// Where names an item for a reader: its heading ("Engineer, Acme (2020 –
// 2022)") or its id, and the prompt.
func Where(it *Item) string {
	w := it.Heading
	if w == "" {
		w = it.Result.ID
	}
	if it.Prompt != "" {
		w += " · " + it.Prompt
	}
	return w
}

func writeQuestion(w io.Writer, q *Question, canSave bool) {
	fmt.Fprintf(w, "  your edit states what your resume does not:\n")
	for _, f := range q.Claims {
		fmt.Fprintf(w, "    ? %s\n", Printable(f.Detail))
	}
	if canSave {
		fmt.Fprintf(w, "  is it true? y yes · f yes, and add it to the facts file · n no\n")
	} else {
		fmt.Fprintf(w, "  is it true? y yes · n no\n")
	}
}

func writeOutcome(w io.Writer, o Outcome) {
	if o.Note != "" {
		fmt.Fprintf(w, "  %s\n", Printable(o.Note))
	}
	for _, f := range o.Warnings {
		fmt.Fprintf(w, "  ! %s\n", Printable(f.Detail))
	}
}

func writeIndented(w io.Writer, prefix, s string) {
	for _, l := range strings.Split(Printable(s), "\n") {
		fmt.Fprintf(w, "%s%s\n", prefix, l)
	}
}

// FindingLines are the guard's findings on a shown candidate that a
// reviewer acts on, one line each: placeholders to fill, warnings
// (ownership), and information (a dropped metric, a derived figure).
func FindingLines(fs []guard.Finding) []string {
	var out []string
	for _, f := range fs {
		switch {
		case f.Kind == guard.KindPlaceholder:
			out = append(out, "→ fill in "+f.Text)
		case f.Severity == guard.Warning:
			out = append(out, "! "+f.Detail)
		case f.Severity == guard.Info:
			out = append(out, "· "+f.Detail)
		case f.Severity == guard.Error:
			out = append(out, "✗ "+f.Detail)
		}
	}
	return out
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
