package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"time"

	"github.com/bulletproof-cli/bulletproof/internal/fileio"
	"github.com/bulletproof-cli/bulletproof/resume"
	"github.com/bulletproof-cli/bulletproof/resume/pdftext"
)

// parseResume reads a resume's bytes in the format its content (or name)
// says. A PDF the built-in reader cannot read goes to poppler's pdftotext
// -layout when that is on PATH; -v says which read it.
func (a *app) parseResume(ctx context.Context, name string, data []byte) (*resume.Document, resume.Format, error) {
	format := resume.DetectFormat(name, data)
	doc, err := resume.Parse(format, data)
	if format == resume.PDF {
		switch {
		case err == nil:
			a.verbosef("%s: read with the built-in PDF reader", name)
		case errors.Is(err, pdftext.ErrCorrupt) || errors.Is(err, pdftext.ErrTimeout) || errors.Is(err, pdftext.ErrNoText) || errors.Is(err, resume.ErrNoContent):
			if text, perr := pdftotext(ctx, data); perr == nil {
				if d, lerr := resume.ParsePDFLayout(text); lerr == nil {
					a.verbosef("%s: the built-in PDF reader failed (%v); read with pdftotext -layout", name, err)
					return d, format, nil
				}
			} else {
				a.verbosef("%s: pdftotext fallback not used: %v", name, perr)
			}
		}
	}
	if err != nil {
		return nil, "", &fileio.InputError{Path: name, Err: err}
	}
	return doc, format, nil
}

// pdftotext runs poppler's pdftotext -layout on a PDF, bounded in time and
// output.
func pdftotext(ctx context.Context, pdf []byte) ([]byte, error) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		return nil, errors.New("pdftotext is not on PATH")
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	out := fileio.LimitedBuffer{Limit: fileio.MaxInput}
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("pdftotext: %w", err)
	}
	return out.Bytes(), nil
}

// verbosef writes a notice with -v.
func (a *app) verbosef(format string, args ...any) {
	if a.verbose {
		a.notice(format, args...)
	}
}
