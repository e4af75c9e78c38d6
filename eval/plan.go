package eval

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// planPrompt is a suite prompt, resolved: a bulletproof template (tpl),
// or promptfoo's text/chat kind (tpl nil).
type planPrompt struct {
	Prompt
	tpl *prompts.Template
}

// cell is one prompt × provider × case × repeat.
type cell struct {
	index  int
	prompt *planPrompt
	target *Target
	test   *Test
	name   string // the case's description
	repeat int
}

// plan expands a suite into its cases (prompt × provider × case); the
// cells are each case's repeats, made on demand so that memory does not
// grow with the repeat count.
type plan struct {
	cases   []cell // repeat 0 of each case
	repeat  int
	targets []*Target
	prompts []*planPrompt
	hash    string
}

func (p *plan) count() int { return len(p.cases) * p.repeat }

// cell returns cell i: case i / repeat, repeat i % repeat.
func (p *plan) cell(i int) cell {
	c := p.cases[i/p.repeat]
	c.index, c.repeat = i, i%p.repeat
	return c
}

func (s *Suite) plan(opts Options) (*plan, error) {
	p := &plan{repeat: s.Repeat}
	for i := range s.Prompts {
		pp := &planPrompt{Prompt: s.Prompts[i]}
		if t, ok := pp.registryName(opts.Registry); ok {
			pp.tpl = t
		}
		p.prompts = append(p.prompts, pp)
	}
	refs := make([]ProviderRef, len(s.Providers))
	for i, ref := range s.Providers {
		t, err := opts.Resolve(ref)
		if err != nil {
			return nil, &SuiteError{File: s.File, Line: ref.line, Key: fmt.Sprintf("providers[%d]", i), Msg: err.Error()}
		}
		t.Name, t.ID, t.Transform = ref.Name(), ref.ID, ref.Transform
		if ref.Delay > 0 {
			t.DelayMS = ref.Delay
		}
		refs[i] = ref
		p.targets = append(p.targets, t)
	}
	tests, err := s.expandTests()
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s|%d|%s", s.File, s.Repeat, s.Mode)
	for _, pp := range p.prompts {
		fmt.Fprintf(h, "|%s:%s", pp.Label, pp.Raw)
		if pp.tpl != nil {
			fmt.Fprintf(h, ":%s:%s", pp.tpl.System, pp.tpl.User)
		}
	}
	for ti := range tests {
		t := &tests[ti]
		b, _ := json.Marshal(t)
		h.Write(b)
		for vi, tg := range p.targets {
			ref := refs[vi]
			if !providerAllowed(ref, t.Providers) {
				continue
			}
			for _, pp := range p.prompts {
				if !pp.allowed(t.Prompts) || ref.Prompts != nil && !pp.allowed(ref.Prompts) {
					continue
				}
				if pp.tpl != nil {
					if _, ok := t.Vars["input"]; !ok && t.ProviderOutput == nil {
						return nil, &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: "vars.input",
							Msg: fmt.Sprintf("prompt %s is one of bulletproof's templates: every case it runs needs vars.input, the text to rewrite", pp.Label)}
					}
					if !pp.tpl.AppliesTo(section(t, pp.tpl)) {
						continue
					}
				} else if s.Mode == "guarded" && t.ProviderOutput == nil {
					if _, ok := t.Vars["input"]; !ok {
						return nil, &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: "vars.input",
							Msg: "mode: guarded judges every output against vars.input, the source text; give it, or use mode: raw"}
					}
				}
				p.cases = append(p.cases, cell{prompt: pp, target: tg, test: t, name: t.name + t.combo})
			}
		}
	}
	for _, tg := range p.targets {
		fmt.Fprintf(h, "|%s:%s:%s", tg.Name, tg.Type, tg.BaseURL)
	}
	if err := s.checkRunnable(tests, opts); err != nil {
		return nil, err
	}
	p.hash = hex.EncodeToString(h.Sum(nil))[:16]
	return p, nil
}

// providerAllowed reports whether a case's providers: admits a provider,
// by id or label.
func providerAllowed(ref ProviderRef, allowed []string) bool {
	return refsAdmit(allowed, ref.ID, ref.Label)
}

// checkRunnable refuses, before anything is sent, what a run could only
// fail at: python without trust, model-graded assertions without a grader.
func (s *Suite) checkRunnable(tests []Test, opts Options) error {
	for _, t := range tests {
		var walk func(list []Assertion) error
		walk = func(list []Assertion) error {
			for _, a := range list {
				base := baseType(a.Type)
				switch {
				case base == "assert-set":
					if err := walk(a.Assert); err != nil {
						return err
					}
				case base == "python" && !opts.Trust:
					return &SuiteError{File: fileOf(t.where, s.File), Line: a.line, Key: "assert", Msg: "python assertions run the suite's code on this machine: pass --trust-suite if you trust it"}
				case gradedHandlers[base] != nil && a.Provider == nil && t.Options.Provider == nil:
					return &SuiteError{File: fileOf(t.where, s.File), Line: a.line, Key: "assert",
						Msg: fmt.Sprintf("%s needs a grader: set defaultTest.options.provider in the suite, or pass --grader PROVIDER", a.Type)}
				}
			}
			return nil
		}
		if err := walk(t.Assert); err != nil {
			return err
		}
	}
	return nil
}

func baseType(t string) string {
	if len(t) > 4 && t[:4] == "not-" {
		return t[4:]
	}
	return t
}

// section is the case's section, or the prompt's first.
func section(t *Test, tpl *prompts.Template) string {
	if s, ok := t.Vars["section"].(string); ok && s != "" {
		return s
	}
	if tpl.AppliesTo(resume.SecExperience) {
		return resume.SecExperience
	}
	return tpl.Sections[0]
}
