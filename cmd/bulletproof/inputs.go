package main

import (
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/resume"
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
