package main

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/resume"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// outputFormat is the format a rewritten resume is written in: the one
// its --output name says, else the input's. A PDF is never written.
func outputFormat(path string, in resume.Format) (resume.Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown", ".mdown":
		return resume.Markdown, nil
	case ".txt", ".text":
		return resume.Text, nil
	case ".json":
		return resume.JSONResume, nil
	case ".docx":
		return resume.Docx, nil
	case ".pdf":
		return "", usageErr("%s: a PDF cannot be written; write .md, .txt, .json or .docx instead (export the PDF from that)", path)
	}
	if in == resume.PDF {
		return "", usageErr("a PDF cannot be written back: give --output a .md, .txt, .json or .docx name")
	}
	return in, nil
}

// checkWritable refuses, before any work, an output that cannot be
// written: a PDF, or a PDF rewritten in place.
func checkWritable(in resume.Format, output string, inPlace bool) error {
	if inPlace && in == resume.PDF {
		return usageErr("a PDF cannot be rewritten in place: use --output with a .md, .txt, .json or .docx name")
	}
	if output != "" {
		_, err := outputFormat(output, in)
		return err
	}
	return nil
}

// resumeBytes is the rewritten resume in the output's format. A Word file
// written as Word is edited in place: only the rewritten paragraphs' text
// changes, every other byte stays. Any other output is rendered.
func (a *app) resumeBytes(orig, edited *resume.Document, results []*rewrite.Result, in, out resume.Format) ([]byte, error) {
	if in != resume.Docx || out != resume.Docx {
		return resume.Write(out, edited)
	}
	finals := map[string]string{}
	for _, r := range results {
		for _, it := range r.Items {
			if it.Final != it.Original {
				finals[it.ID] = it.Final
			}
		}
	}
	data, err := orig.Splice(finals)
	var kept *resume.SpliceError
	if errors.As(err, &kept) {
		// the rest is written; these items keep their text
		a.notice("note: %v", err)
		return data, nil
	}
	return data, err
}
