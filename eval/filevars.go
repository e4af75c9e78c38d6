package eval

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/resume"
)

// maxVarFile bounds a file a var names: a resume or a job ad is kilobytes.
const maxVarFile = 5 << 20

// loadFileVars replaces each var written file://PATH (alone or as a list
// item, as promptfoo writes it) with that file's text: a text file as it
// is, a Word or PDF file's text. PATH is relative to the file that holds
// the case.
func (s *Suite) loadFileVars(readFile func(string) ([]byte, error)) error {
	for i := range s.Tests {
		t := &s.Tests[i]
		file := fileOf(t.where, s.File)
		for k, v := range t.Vars {
			nv, err := fileVar(v, filepath.Dir(file), readFile)
			if err != nil {
				return &SuiteError{File: file, Line: t.line, Key: fmt.Sprintf("tests[%d].vars.%s", i, k), Msg: err.Error()}
			}
			t.Vars[k] = nv
		}
	}
	return nil
}

func fileVar(v any, dir string, readFile func(string) ([]byte, error)) (any, error) {
	switch x := v.(type) {
	case string:
		ref, ok := strings.CutPrefix(x, "file://")
		if !ok {
			return v, nil
		}
		path := ref
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, ref)
		}
		b, err := readFile(path)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", ref, err)
		}
		if len(b) > maxVarFile {
			return nil, fmt.Errorf("%s is larger than %d MiB", ref, maxVarFile>>20)
		}
		text, err := resume.PlainText(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ref, err)
		}
		return text, nil
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			ne, err := fileVar(e, dir, readFile)
			if err != nil {
				return nil, err
			}
			out[i] = ne
		}
		return out, nil
	}
	return v, nil
}
