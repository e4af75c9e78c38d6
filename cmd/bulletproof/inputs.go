package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/config"
	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"github.com/bulletproof-cli/bulletproof/internal/resume"
	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/prompts"
)

// readResume reads and parses a resume file, or stdin for "-".
func (a *app) readResume(path string) (*resume.Document, resume.Format, error) {
	doc, format, _, err := a.readResumeSource(path)
	return doc, format, err
}

// readResumeSource is readResume that also returns the bytes read.
func (a *app) readResumeSource(path string) (*resume.Document, resume.Format, []byte, error) {
	data, name, err := fileio.ReadContext(a.ctx, path, a.stdin)
	if err != nil {
		return nil, "", nil, err
	}
	doc, format, err := a.parseResume(a.ctx, name, data)
	return doc, format, data, err
}

// readText reads a text input (a job ad, facts, a rewrite): text as it
// is, or the text of a Word or PDF file.
func (a *app) readText(path string) (string, error) {
	data, name, err := fileio.ReadContext(a.ctx, path, a.stdin)
	if err != nil {
		return "", err
	}
	text, err := resume.PlainText(data)
	if err != nil {
		return "", &fileio.InputError{Path: name, Err: err}
	}
	return text, nil
}

// readFacts reads every facts file.
func (a *app) readFacts(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		t, err := a.readText(p)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// configAndLexicon loads the configuration and the lexicon it names.
func (a *app) configAndLexicon(cmd *cobra.Command) (*config.Config, *lexicon.Lexicon, error) {
	cfg, err := a.loadConfig(cmd)
	if err != nil {
		return nil, nil, err
	}
	lex, err := a.lexiconFor(cfg)
	return cfg, lex, err
}

// lexiconFor is the embedded lexicon plus guard.lexicon_extra.
func (a *app) lexiconFor(cfg *config.Config) (*lexicon.Lexicon, error) {
	lex := lexicon.Default()
	if cfg == nil || cfg.Guard.LexiconExtra == "" {
		return lex, nil
	}
	data, name, err := fileio.ReadContext(a.ctx, cfg.Guard.LexiconExtra, nil)
	if err != nil {
		return nil, fmt.Errorf("guard.lexicon_extra: %w", err)
	}
	// a binary file is named, not quoted into the error
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, usage.Errorf("guard.lexicon_extra: %s is a binary file, not a lexicon: point guard.lexicon_extra at a text file of entries, one a line (name | category | aliases | flags | entails)", name)
	}
	out, err := lexicon.LoadFile(name, data)
	if err != nil {
		return nil, usage.Errorf("guard.lexicon_extra: %w", err)
	}
	return out, nil
}

// guardFor is the guard over lex (the embedded lexicon plus
// guard.lexicon_extra) with the user's guard.ownership.
func guardFor(cfg *config.Config, lex *lexicon.Lexicon) *guard.Guard {
	return guard.MustNew(guard.Options{Lexicon: lex.Extra(), Ownership: guard.OwnershipMode(cfg.Guard.Ownership)})
}

// registry is the built-in templates plus those in prompts.dir.
func (a *app) registry(cfg *config.Config) (*prompts.Registry, error) {
	r := prompts.Builtin()
	if cfg == nil || cfg.Prompts.Dir == "" {
		return r, nil
	}
	files, err := filepath.Glob(filepath.Join(cfg.Prompts.Dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	if st, err := os.Stat(cfg.Prompts.Dir); err != nil || !st.IsDir() {
		return nil, usage.Errorf("prompts.dir %s: not a folder", cfg.Prompts.Dir)
	}
	more, _ := filepath.Glob(filepath.Join(cfg.Prompts.Dir, "*.yml"))
	files = append(files, more...)
	sort.Strings(files)
	for _, f := range files {
		data, _, err := fileio.Read(f, nil)
		if err != nil {
			return nil, err
		}
		t, err := prompts.Parse(f, data)
		if err != nil {
			return nil, usage.Wrap(err)
		}
		r.Add(t)
	}
	return r, nil
}

// plural is "1 item" / "3 items".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	if strings.HasSuffix(word, "s") {
		return fmt.Sprintf("%d %ses", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
