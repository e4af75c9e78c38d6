// Package tui is the full-screen review: one changed item at a time, its
// original and the candidate as a word diff, the guard's findings, and the
// keys to accept, edit, ask again, skip, accept the rest or quit. It drives
// a review.Session; the line-based review.Lines does the same for scripts.
package tui

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/bulletproof-cli/bulletproof/internal/review"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// Meta is what the screen says about the run.
type Meta struct {
	File   string // the resume
	Output string // where accepted text is written
	Engine string // "openai · gpt-4o-mini"
	Facts  string // the facts file vouched-for edits may go to, if any
}

// mode is what the keys do now.
type mode int

const (
	browsing mode = iota // an item on offer
	editing              // the person writes their own text
	noting               // a note for asking again
	asking               // a request in flight
	quitting             // write what was accepted, or nothing?
)

// Model is the review screen.
type Model struct {
	s    *review.Session
	ask  review.Asker
	ctx  context.Context
	meta Meta

	width, height int
	mode          mode
	help          bool
	flash         string   // what the last answer did
	warnings      []string // the guard's warnings on it
	flashBad      bool
	note          string // the note of the request in flight
	cancelAsk     context.CancelFunc

	editor  textarea.Model
	noteBox textinput.Model
	spin    spinner.Model

	interrupted bool
	err         error
}

// New makes the screen for a session.
func New(ctx context.Context, s *review.Session, ask review.Asker, meta Meta) Model {
	ed := textarea.New()
	ed.ShowLineNumbers = false
	ed.Prompt = "│ "
	ed.CharLimit = review.MaxEdit
	ed.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"))
	st := ed.Styles()
	st.Cursor.Blink = false
	ed.SetStyles(st)
	nb := textinput.New()
	nb.Prompt = "note: "
	nb.Placeholder = "optional, e.g. shorter, or keep 'helped'"
	nb.CharLimit = review.MaxNote
	nst := nb.Styles()
	nst.Cursor.Blink = false
	nb.SetStyles(nst)
	return Model{s: s, ask: ask, ctx: ctx, meta: meta, width: 80, height: 24, editor: ed, noteBox: nb,
		spin: spinner.New(spinner.WithSpinner(spinner.Line))}
}

// Interrupted reports whether the person stopped with Ctrl-C (the review
// stays in its journal, nothing is written).
func (m Model) Interrupted() bool { return m.interrupted }

// Err is a failure that ended the screen (the journal could not be written).
func (m Model) Err() error { return m.err }

// Init implements tea.Model.
func (m Model) Init() tea.Cmd {
	if m.s.Over() {
		return tea.Quit
	}
	return nil
}

type askedMsg struct{ result rewrite.ItemResult }

type editedMsg struct {
	text string
	err  error
}

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case askedMsg:
		m.cancelAsk()
		m.mode = browsing
		if m.ctx.Err() != nil {
			m.interrupted = true
			return m, tea.Quit
		}
		r := msg.result
		return m.answer(review.Answer{Action: review.Again, Note: m.note, Result: &r})
	case editedMsg:
		if msg.err != nil {
			m.say(true, "the editor failed: "+msg.err.Error())
			return m, nil
		}
		m.editor.SetValue(msg.text)
		return m, nil
	case spinner.TickMsg:
		if m.mode != asking {
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case tea.KeyPressMsg:
		if msg.Code == 'c' && msg.Mod.Contains(tea.ModCtrl) { // alt+ctrl+c too: ESC then ctrl+c arrives so
			if m.cancelAsk != nil {
				m.cancelAsk()
			}
			m.interrupted = true
			return m, tea.Quit
		}
		return m.key(msg)
	}
	return m.typed(msg)
}

// typed hands msg to the box being typed in: the editor or the note.
func (m Model) typed(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.mode {
	case editing:
		m.editor, cmd = m.editor.Update(msg)
	case noting:
		m.noteBox, cmd = m.noteBox.Update(msg)
	}
	return m, cmd
}

func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := msg.String()
	switch m.mode {
	case editing:
		switch k {
		case "esc":
			m.mode = browsing
			m.editor.Blur()
			return m, nil
		case "enter":
			m.mode = browsing
			m.editor.Blur()
			return m.answer(review.Answer{Action: review.Edit, Text: m.editor.Value()})
		case "ctrl+o":
			return m, m.openEditor()
		}
		return m.typed(msg)
	case noting:
		switch k {
		case "esc":
			m.mode = browsing
			m.noteBox.Blur()
			return m, nil
		case "enter":
			m.noteBox.Blur()
			return m.startAsking(strings.TrimSpace(m.noteBox.Value()))
		}
		return m.typed(msg)
	case asking:
		return m, nil
	case quitting:
		switch k {
		case "y", "enter":
			return m.answer(review.Answer{Action: review.Quit})
		case "n":
			return m.answer(review.Answer{Action: review.Discard})
		case "esc":
			m.mode = browsing
		}
		return m, nil
	}
	if m.s.Question() != nil {
		switch k {
		case "y":
			return m.answer(review.Answer{Action: review.Confirm})
		case "f":
			return m.answer(review.Answer{Action: review.Confirm, Save: true})
		case "n", "esc":
			return m.answer(review.Answer{Action: review.Deny})
		}
		return m, nil
	}
	if m.help {
		m.help = false
		return m, nil
	}
	switch k {
	case "a":
		return m.answer(review.Answer{Action: review.Accept})
	case "s":
		return m.answer(review.Answer{Action: review.Skip})
	case "A":
		return m.answer(review.Answer{Action: review.AcceptRest})
	case "e":
		m.mode = editing
		m.flash, m.warnings = "", nil
		m.editor.SetValue(m.s.Current().Shown.Text)
		m.resize()
		return m, m.editor.Focus()
	case "r":
		m.mode = noting
		m.flash, m.warnings = "", nil
		m.noteBox.SetValue("")
		return m, m.noteBox.Focus()
	case "q", "esc":
		m.mode = quitting
		return m, nil
	case "?":
		m.help = true
		return m, nil
	}
	return m, nil
}

// answer hands an answer to the session and shows what it did.
func (m Model) answer(a review.Answer) (tea.Model, tea.Cmd) {
	o, err := m.s.Do(a)
	var ref *review.Refusal
	switch {
	case errors.As(err, &ref):
		m.say(true, ref.Reason)
		return m, nil
	case err != nil:
		m.err = err
		return m, tea.Quit
	}
	m.mode = browsing
	m.say(false, o.Note)
	for _, f := range o.Warnings {
		m.warnings = append(m.warnings, f.Detail)
	}
	if m.s.Over() {
		return m, tea.Quit
	}
	return m, nil
}

func (m *Model) say(bad bool, s string) {
	m.flash, m.flashBad, m.warnings = s, bad, nil
}

func (m Model) startAsking(note string) (tea.Model, tea.Cmd) {
	m.mode, m.note = asking, note
	ctx, cancel := context.WithCancel(m.ctx)
	m.cancelAsk = cancel
	it, facts, ask := m.s.Current(), append([]string(nil), m.s.Facts...), m.ask
	return m, tea.Batch(m.spin.Tick, func() tea.Msg {
		return askedMsg{ask(ctx, it, note, facts)}
	})
}

// openEditor hands the text to $VISUAL or $EDITOR in a temporary file.
func (m Model) openEditor() tea.Cmd {
	ed := os.Getenv("VISUAL")
	if ed == "" {
		ed = os.Getenv("EDITOR")
	}
	if ed == "" {
		return func() tea.Msg { return editedMsg{err: errors.New("set $EDITOR to edit long text in your editor")} }
	}
	f, err := os.CreateTemp("", "bulletproof-edit-*.txt")
	if err != nil {
		return func() tea.Msg { return editedMsg{err: err} }
	}
	_, err = f.WriteString(m.editor.Value() + "\n")
	f.Close()
	if err != nil {
		os.Remove(f.Name())
		return func() tea.Msg { return editedMsg{err: err} }
	}
	args := strings.Fields(ed)
	c := exec.Command(args[0], append(args[1:], f.Name())...)
	return tea.ExecProcess(c, func(err error) tea.Msg {
		defer os.Remove(f.Name())
		if err != nil {
			return editedMsg{err: err}
		}
		b, err := os.ReadFile(f.Name())
		if len(b) > review.MaxEdit {
			b = b[:review.MaxEdit]
		}
		return editedMsg{text: strings.TrimSpace(string(b)), err: err}
	})
}

// resize fits the inputs to the window.
func (m *Model) resize() {
	w := max(20, m.width-4)
	m.editor.SetWidth(w)
	// as tall as the text wrapped, plus a line to grow into
	lines := lipgloss.Height(lipgloss.Wrap(m.editor.Value(), max(10, w-len(m.editor.Prompt)), ""))
	m.editor.SetHeight(max(2, min(lines+1, m.height-14)))
	m.noteBox.SetWidth(w - len(m.noteBox.Prompt))
}

// Run shows the review on a terminal until it ends, the person quits or
// stops with Ctrl-C (review.ErrInterrupted).
func Run(ctx context.Context, s *review.Session, ask review.Asker, meta Meta, opts ...tea.ProgramOption) error {
	m := New(ctx, s, ask, meta)
	final, err := tea.NewProgram(m, append([]tea.ProgramOption{tea.WithContext(ctx)}, opts...)...).Run()
	if errors.Is(err, tea.ErrProgramKilled) || errors.Is(err, context.Canceled) {
		return review.ErrInterrupted
	}
	if err != nil {
		return err
	}
	fm := final.(Model)
	if fm.err != nil {
		return fm.err
	}
	if fm.interrupted {
		return review.ErrInterrupted
	}
	return nil
}
