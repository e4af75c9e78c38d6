package main

import (
	"encoding/json"

	"github.com/bulletproof-cli/bulletproof/internal/usage"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// checkWritable refuses, before any work, an output that cannot be
// written: a PDF (read only), a PDF rewritten in place, or a PDF written
// to a name that says no format.
func checkWritable(in resume.Format, output string, inPlace bool) error {
	if inPlace && in == resume.PDF {
		return usage.Errorf("a PDF cannot be rewritten in place: use --output with a .md, .txt, .json or .docx name")
	}
	if output == "" {
		return nil
	}
	to, named := formatOfName(output)
	switch {
	case named && to == resume.PDF:
		return usage.Errorf("%s: a PDF cannot be written; write .md, .txt, .json or .docx instead (and export the PDF from that)", output)
	case !named && in == resume.PDF:
		return usage.Errorf("a PDF cannot be written back: give --output a .md, .txt, .json or .docx name")
	}
	return nil
}

// writeJSON writes v to stdout as indented JSON, <, > and & as they are.
func writeJSON(a *app, v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
