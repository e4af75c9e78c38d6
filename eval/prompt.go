package eval

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/prompts"
)

// Prompt is one of the suite's prompts: a bulletproof template (a registry
// name or a template file), or promptfoo's kind — text or a JSON chat
// array rendered with Nunjucks and sent as it stands.
type Prompt struct {
	Label    string // how reports and a case's prompts: name it
	ID       string // promptfoo's id, when the suite gives one
	Raw      string // the Nunjucks source, or a registry name
	Template *prompts.Template
	line     int
}

// promptSeparator splits a .txt file into prompts, as promptfoo does.
const promptSeparator = "---"

// promptFileExts are the endings that make a one-line prompt a file name.
var promptFileExts = []string{".txt", ".json", ".jsonl", ".yaml", ".yml", ".md", ".j2", ".csv", ".js", ".cjs", ".mjs", ".ts", ".py"}

var registryNameRe = lazy.Regexp(`^[a-z0-9][a-z0-9-]*$`)

func (s *Suite) loadPrompts(n *yaml.Node) error {
	type entry struct {
		raw, label, id string
		line           int
	}
	var entries []entry
	bad := func(line int) error {
		return &SuiteError{File: s.File, Line: line, Key: "prompts", Msg: "give a prompt, a list of prompts, or {id|raw, label}"}
	}
	switch n.Kind {
	case 0:
		return &SuiteError{File: s.File, Key: "prompts", Msg: "name at least one prompt"}
	case yaml.ScalarNode:
		entries = append(entries, entry{raw: n.Value, line: n.Line})
	case yaml.SequenceNode:
		for _, e := range n.Content {
			switch e.Kind {
			case yaml.ScalarNode:
				entries = append(entries, entry{raw: e.Value, line: e.Line})
			case yaml.MappingNode:
				var v struct {
					ID     string         `yaml:"id"`
					Raw    string         `yaml:"raw"`
					Label  string         `yaml:"label"`
					Config map[string]any `yaml:"config"`
				}
				if err := decodeStrict(e, &v); err != nil {
					return &SuiteError{File: s.File, Line: e.Line, Key: "prompts", Msg: err.Error()}
				}
				if len(v.Config) > 0 {
					s.Notices = append(s.Notices, fmt.Sprintf("prompts: config on a prompt (line %d) is ignored: set it on the provider", e.Line))
				}
				raw := v.Raw
				if raw == "" {
					raw = v.ID
				}
				entries = append(entries, entry{raw: raw, label: v.Label, id: v.ID, line: e.Line})
			default:
				return bad(e.Line)
			}
		}
	case yaml.MappingNode: // {path or text: label}
		for i := 0; i+1 < len(n.Content); i += 2 {
			entries = append(entries, entry{raw: n.Content[i].Value, label: n.Content[i+1].Value, line: n.Content[i].Line})
		}
	default:
		return bad(n.Line)
	}
	for i, e := range entries {
		if strings.TrimSpace(e.raw) == "" {
			return &SuiteError{File: s.File, Line: e.line, Key: fmt.Sprintf("prompts[%d]", i), Msg: "empty prompt"}
		}
		ps, err := s.readPrompt(e.raw, e.label, e.id)
		if err != nil {
			return &SuiteError{File: s.File, Line: e.line, Key: fmt.Sprintf("prompts[%d]", i), Msg: err.Error()}
		}
		for j := range ps {
			ps[j].line = e.line
		}
		s.Prompts = append(s.Prompts, ps...)
	}
	return nil
}

// looksLikeFile follows promptfoo: file://…, or one line ending in a
// prompt file's extension or holding a glob.
func looksLikeFile(raw string) bool {
	if strings.HasPrefix(raw, "file://") {
		return true
	}
	if strings.Contains(raw, "\n") || strings.Contains(raw, "{{") {
		return false
	}
	t := strings.TrimSpace(raw)
	for _, ext := range promptFileExts {
		if strings.HasSuffix(t, ext) && !strings.Contains(t, " ") {
			return true
		}
	}
	return strings.ContainsAny(t, "*?[") && !strings.Contains(t, " ")
}

func (s *Suite) readPrompt(raw, label, id string) ([]Prompt, error) {
	if !looksLikeFile(raw) {
		if label == "" {
			label = raw
		}
		return []Prompt{{Label: label, ID: id, Raw: raw}}, nil
	}
	ref := strings.TrimPrefix(raw, "file://")
	path := s.path(ref)
	files := []string{path}
	if strings.ContainsAny(ref, "*?[") {
		m, err := filepath.Glob(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ref, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("no file matches %s", ref)
		}
		sort.Strings(m)
		files = m
	}
	var out []Prompt
	for _, f := range files {
		shown := f
		if rel, err := filepath.Rel(filepath.Dir(s.File), f); err == nil && !strings.HasPrefix(rel, "..") {
			shown = rel
		}
		ps, err := s.readPromptFile(f, shown, label, id)
		if err != nil {
			return nil, err
		}
		out = append(out, ps...)
	}
	return out, nil
}

func (s *Suite) readPromptFile(path, shown, label, id string) ([]Prompt, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".js", ".cjs", ".mjs", ".ts", ".py":
		return nil, fmt.Errorf("%s: prompt functions run the suite's code; not supported (write the prompt as text or a JSON chat)", shown)
	}
	b, err := s.read(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", shown, err)
	}
	text := strings.ReplaceAll(string(b), "\r\n", "\n")
	one := func(raw string) []Prompt {
		l := label
		if l == "" {
			l = shown + ": " + raw
		}
		return []Prompt{{Label: l, ID: id, Raw: raw}}
	}
	switch ext {
	case ".txt":
		var out []Prompt
		var buf []string
		flush := func() {
			raw := strings.TrimSpace(strings.Join(buf, "\n"))
			buf = nil
			if raw == "" {
				return
			}
			l := shown + ": " + raw
			if label != "" {
				l = label + ": " + l
			}
			out = append(out, Prompt{Label: l, ID: id, Raw: raw})
		}
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) == promptSeparator {
				flush()
			} else {
				buf = append(buf, line)
			}
		}
		flush()
		if len(out) == 0 {
			return nil, fmt.Errorf("%s holds no prompt", shown)
		}
		if label != "" && len(out) == 1 {
			out[0].Label = label
		}
		return out, nil
	case ".json":
		if j, ok := parseOrderedJSON(text); ok {
			return one(j.compact()), nil
		}
		return one(text), nil
	case ".jsonl":
		var out []Prompt
		lines := strings.Split(text, "\n")
		for _, l := range lines {
			if l == "" {
				continue
			}
			p := one(l)
			if label != "" && len(lines) > 1 {
				p[0].Label = label + ": " + l
			}
			out = append(out, p...)
		}
		return out, nil
	case ".yaml", ".yml":
		if t, ok, err := bulletproofTemplate(path, b); ok {
			if err != nil {
				return nil, err
			}
			l := label
			if l == "" {
				l = t.Name
			}
			return []Prompt{{Label: l, ID: id, Raw: t.Name, Template: t}}, nil
		}
		var n yaml.Node
		if err := yaml.Unmarshal(b, &n); err != nil {
			return one(text), nil
		}
		j, err := yamlToOJSON(&n)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", shown, err)
		}
		return one(j.compact()), nil
	case ".csv":
		return csvPrompts(shown, b, label)
	}
	return one(text), nil // .md, .j2 and the rest: the text as it stands
}

// bulletproofTemplate reports whether a YAML file is one of bulletproof's
// prompt templates (a mapping with name and user) and parses it.
func bulletproofTemplate(path string, b []byte) (*prompts.Template, bool, error) {
	var probe map[string]any
	if yaml.Unmarshal(b, &probe) != nil || probe["name"] == nil || probe["user"] == nil {
		return nil, false, nil
	}
	t, err := prompts.Parse(path, b)
	return t, true, err
}

// csvPrompts reads a prompts CSV: a prompt column (and label), or one
// prompt a line.
func csvPrompts(shown string, b []byte, label string) ([]Prompt, error) {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))))
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("%s: not a CSV of prompts", shown)
	}
	col, lcol := -1, -1
	for i, h := range rows[0] {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "prompt":
			col = i
		case "label":
			lcol = i
		}
	}
	start := 1
	if col < 0 {
		col, start = 0, 0
	}
	var out []Prompt
	for i, row := range rows[start:] {
		if col >= len(row) || strings.TrimSpace(row[col]) == "" {
			continue
		}
		l := fmt.Sprintf("Prompt %d - %s", i+1, row[col])
		switch {
		case lcol >= 0 && lcol < len(row) && row[lcol] != "":
			l = row[lcol]
		case label != "":
			l = label + ": " + row[col]
		}
		out = append(out, Prompt{Label: l, Raw: row[col]})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s holds no prompt", shown)
	}
	return out, nil
}

// registryName reports whether a prompt is one of bulletproof's templates
// by name.
func (p Prompt) registryName(reg *prompts.Registry) (*prompts.Template, bool) {
	if p.Template != nil {
		return p.Template, true
	}
	if reg == nil || !registryNameRe().MatchString(p.Raw) {
		return nil, false
	}
	t, err := reg.Lookup(p.Raw)
	return t, err == nil
}

// allowed reports whether a list of prompt references (a case's or a
// provider's prompts:) admits this prompt, by label or id, a trailing *
// wildcard, or a "ref:" prefix, as promptfoo matches them.
func (p Prompt) allowed(refs []string) bool {
	return refsAdmit(refs, p.Label, p.ID)
}

// refsAdmit reports whether refs admit a thing named name and, when set,
// also: nil refs admit everything, others when one matches either name.
func refsAdmit(refs []string, name, also string) bool {
	if refs == nil {
		return true
	}
	for _, ref := range refs {
		if matchRef(ref, name) || also != "" && matchRef(ref, also) {
			return true
		}
	}
	return false
}

func matchRef(ref, name string) bool {
	if name == ref {
		return true
	}
	if strings.HasSuffix(ref, "*") && strings.HasPrefix(name, strings.TrimSuffix(ref, "*")) {
		return true
	}
	return strings.HasPrefix(name, ref+":")
}
