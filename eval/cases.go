package eval

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// tests: is a list of cases and file references, or one file reference.
// Files are .csv (one case a row), .yaml/.yml (a list of cases), .json (a
// list or one case) and .jsonl (a case a line); a reference may be a glob.

func (s *Suite) loadTests(n *yaml.Node) error {
	switch n.Kind {
	case 0:
		return nil // scenarios may stand alone; validate decides
	case yaml.ScalarNode:
		ts, err := s.testsFromRef(n.Value, n.Line, true)
		if err != nil {
			return err
		}
		s.Tests = ts
		return nil
	case yaml.SequenceNode:
	default:
		return &SuiteError{File: s.File, Line: n.Line, Key: "tests", Msg: "give a list of cases, or file://cases.csv (.yaml, .json, .jsonl)"}
	}
	for i, e := range n.Content {
		key := fmt.Sprintf("tests[%d]", i)
		switch e.Kind {
		case yaml.ScalarNode:
			ts, err := s.testsFromRef(e.Value, e.Line, false)
			if err != nil {
				return err
			}
			s.Tests = append(s.Tests, ts...)
		case yaml.MappingNode:
			if p := mapValue(e, "path"); p != nil && len(e.Content) <= 4 {
				ts, err := s.testsFromRef(p.Value, p.Line, true)
				if err != nil {
					return err
				}
				s.Tests = append(s.Tests, ts...)
				continue
			}
			var t Test
			if err := e.Decode(&t); err != nil {
				return &SuiteError{File: s.File, Key: key, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
			}
			t.where = fmt.Sprintf("%s:%d", s.File, t.line)
			if err := s.resolveVars(&t, key); err != nil {
				return err
			}
			s.Tests = append(s.Tests, t)
		default:
			return &SuiteError{File: s.File, Line: e.Line, Key: key, Msg: "give a case or a file reference"}
		}
	}
	return nil
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// testsFromRef loads the cases a file reference names. standalone is
// promptfoo's distinction: a file named on its own (tests: file://x.jsonl)
// gives unnamed rows "Row #N"; one in a list does so for CSV only.
func (s *Suite) testsFromRef(ref string, line int, standalone bool) ([]Test, error) {
	clean := strings.TrimPrefix(ref, "file://")
	switch {
	case strings.HasPrefix(clean, "http://"), strings.HasPrefix(clean, "https://"), strings.Contains(clean, "://"):
		return nil, &SuiteError{File: s.File, Line: line, Key: "tests", Msg: fmt.Sprintf("%s: only local files are read", ref)}
	}
	path := s.path(clean)
	switch strings.ToLower(filepath.Ext(clean)) {
	case ".csv", ".yaml", ".yml", ".json", ".jsonl":
	default:
		return nil, &SuiteError{File: s.File, Line: line, Key: "tests", Msg: fmt.Sprintf("%s: cases must be .csv, .yaml, .yml, .json or .jsonl", clean)}
	}
	files := []string{path}
	if strings.ContainsAny(clean, "*?[") {
		m, err := filepath.Glob(path)
		if err != nil {
			return nil, &SuiteError{File: s.File, Line: line, Key: "tests", Msg: err.Error()}
		}
		if len(m) == 0 {
			return nil, &SuiteError{File: s.File, Line: line, Key: "tests", Msg: fmt.Sprintf("no file matches %s", clean)}
		}
		sort.Strings(m)
		files = m
	}
	var out []Test
	for _, f := range files {
		b, err := s.read(f)
		if err != nil {
			return nil, &SuiteError{File: s.File, Line: line, Key: "tests", Msg: fmt.Sprintf("cannot read %s: %v", clean, err)}
		}
		ts, err := parseCases(f, b, standalone)
		if err != nil {
			return nil, err
		}
		for i := range ts {
			// a case's vars file is found next to the file that names it
			if err := s.resolveVarsIn(&ts[i], fmt.Sprintf("%s[%d]", filepath.Base(f), i), filepath.Dir(f)); err != nil {
				return nil, err
			}
		}
		out = append(out, ts...)
	}
	return out, nil
}

// parseCases reads cases from .csv, .yaml/.yml, .json or .jsonl.
func parseCases(path string, b []byte, standalone bool) ([]Test, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var out []Test
	rowName := func(ts []Test) {
		for i := range ts {
			if ts[i].Description == "" {
				ts[i].Description = fmt.Sprintf("Row #%d", i+1)
			}
		}
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl":
		for i, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			t, err := decodeJSONCase([]byte(line))
			if err != nil {
				return nil, &SuiteError{File: path, Line: i + 1, Msg: err.Error()}
			}
			t.line, t.where = i+1, fmt.Sprintf("%s:%d", path, i+1)
			out = append(out, t)
		}
		if standalone {
			rowName(out)
		}
	case ".json":
		var raw json.RawMessage
		if err := json.Unmarshal(b, &raw); err != nil {
			return nil, &SuiteError{File: path, Msg: err.Error()}
		}
		var list []json.RawMessage
		if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("[")) {
			if err := json.Unmarshal(raw, &list); err != nil {
				return nil, &SuiteError{File: path, Msg: err.Error()}
			}
		} else {
			list = []json.RawMessage{raw}
		}
		for i, r := range list {
			t, err := decodeJSONCase(r)
			if err != nil {
				return nil, &SuiteError{File: path, Msg: fmt.Sprintf("case %d: %v", i+1, err)}
			}
			t.where = path + ":0"
			out = append(out, t)
		}
		if standalone {
			rowName(out)
		}
	case ".yaml", ".yml":
		var n yaml.Node
		if err := yaml.Unmarshal(b, &n); err != nil {
			return nil, &SuiteError{File: path, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		}
		doc := &n
		if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
			doc = doc.Content[0]
		}
		items := []*yaml.Node{doc}
		if doc.Kind == yaml.SequenceNode {
			items = doc.Content
		}
		for _, it := range items {
			if it.Kind == 0 {
				continue
			}
			var t Test
			if err := it.Decode(&t); err != nil {
				return nil, &SuiteError{File: path, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
			}
			t.where = fmt.Sprintf("%s:%d", path, t.line)
			out = append(out, t)
		}
	case ".csv":
		ts, err := csvCases(path, b)
		if err != nil {
			return nil, err
		}
		out = ts
	default:
		return nil, &SuiteError{File: path, Msg: "cases must be .csv, .yaml, .yml, .json or .jsonl"}
	}
	return out, nil
}

func decodeJSONCase(b []byte) (Test, error) {
	var t Test
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	err := dec.Decode(&t)
	return t, err
}

// csvCases reads a CSV of cases the way promptfoo does: each column is a
// var, except __expected / __expectedN (one assertion each, "type:value"
// or a bare value meaning equals), __description, __prefix, __suffix,
// __metric, __threshold, __metadata:KEY and __config:__expectedN:threshold.
func csvCases(path string, b []byte) ([]Test, error) {
	rows, err := readCSV(b, false)
	if err != nil {
		rows, err = readCSV(b, true) // promptfoo retries with relaxed quotes
	}
	if err != nil {
		return nil, &SuiteError{File: path, Msg: err.Error()}
	}
	if len(rows) == 0 {
		return nil, &SuiteError{File: path, Msg: "no header row"}
	}
	head := rows[0]
	var out []Test
	for i, row := range rows[1:] {
		line := i + 2
		t := Test{Vars: map[string]any{}, line: line, where: fmt.Sprintf("%s:%d", path, line)}
		var metric string
		thresholds := map[int]float64{}
		for j, col := range head {
			col = strings.TrimSpace(col)
			val := ""
			if j < len(row) {
				val = row[j]
			}
			switch {
			case strings.HasPrefix(col, "__expected"):
				if v := strings.TrimSpace(val); v != "" {
					a := assertionFromString(v)
					a.line = line
					t.Assert = append(t.Assert, a)
				}
			case col == "__description":
				t.Description = val
			case col == "__prefix":
				t.Options.Prefix = val
			case col == "__suffix":
				t.Options.Suffix = val
			case col == "__metric":
				metric = val
			case col == "__threshold":
				if f, ok := finiteNumber(val); ok {
					t.Threshold = &f
				}
			case col == "__providerOutput":
				if val != "" {
					t.ProviderOutput = val
				}
			case strings.HasPrefix(col, "__metadata:"):
				key := strings.TrimPrefix(col, "__metadata:")
				if strings.TrimSpace(val) == "" {
					continue
				}
				if t.Metadata == nil {
					t.Metadata = map[string]any{}
				}
				if k, ok := strings.CutSuffix(key, "[]"); ok {
					var list []any
					for _, v := range splitUnescaped(val) {
						list = append(list, v)
					}
					t.Metadata[k] = list
				} else {
					t.Metadata[key] = val
				}
			case strings.HasPrefix(col, "__config:"):
				parts := strings.Split(strings.TrimPrefix(col, "__config:"), ":")
				if len(parts) != 2 {
					continue // promptfoo warns and ignores
				}
				idx := -1
				if parts[0] == "__expected" {
					idx = 0
				} else if n, err := strconv.Atoi(strings.TrimPrefix(parts[0], "__expected")); err == nil && n >= 1 && strings.HasPrefix(parts[0], "__expected") {
					idx = n - 1
				}
				if idx < 0 {
					return nil, &SuiteError{File: path, Line: 1, Key: col, Msg: "name __expected or __expectedN (N from 1)"}
				}
				if parts[1] != "threshold" {
					return nil, &SuiteError{File: path, Line: 1, Key: col, Msg: "the only setting is threshold"}
				}
				f, ok := finiteNumber(val)
				if !ok {
					return nil, &SuiteError{File: path, Line: line, Key: col, Msg: fmt.Sprintf("%q is not a number", val)}
				}
				thresholds[idx] = f
			case strings.HasPrefix(col, "__"):
				// promptfoo keeps unknown __ columns as vars
				t.Vars[col] = val
			default:
				t.Vars[col] = val
			}
		}
		for k := range t.Assert {
			t.Assert[k].Metric = metric
			if f, ok := thresholds[k]; ok {
				t.Assert[k].Threshold = &f
			}
		}
		if t.Description == "" {
			t.Description = fmt.Sprintf("Row #%d", i+1)
		}
		out = append(out, t)
	}
	return out, nil
}

func readCSV(b []byte, lazy bool) ([][]string, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.LazyQuotes = lazy
	return r.ReadAll()
}

func splitUnescaped(s string) []string {
	var out []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && s[i+1] == ',':
			cur.WriteByte(',')
			i++
		case s[i] == ',':
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(s[i])
		}
	}
	return append(out, strings.TrimSpace(cur.String()))
}

var finiteRe = lazy.Regexp(`^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$`)

func finiteNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if !finiteRe().MatchString(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

// promptfooTypes are the assertion types promptfoo knows; a CSV cell
// "type:value" names one of them (or one of bulletproof's), anything else
// is a value to equal.
var promptfooTypes = []string{
	"agent-rubric", "answer-relevance", "bleu", "classifier", "contains", "contains-all", "contains-any", "contains-html",
	"contains-json", "contains-sql", "contains-xml", "context-faithfulness", "context-recall", "context-relevance",
	"conversation-relevance", "cost", "equals", "factuality", "finish-reason", "g-eval", "gleu", "guardrails", "icontains",
	"icontains-all", "icontains-any", "is-html", "is-json", "is-refusal", "is-sql", "is-valid-function-call",
	"is-valid-openai-function-call", "is-valid-openai-tools-call", "is-xml", "javascript", "latency", "levenshtein",
	"llm-rubric", "pi", "meteor", "model-graded-closedqa", "model-graded-factuality", "moderation", "perplexity",
	"perplexity-score", "python", "regex", "rouge-n", "ruby", "similar", "similar:cosine", "similar:dot",
	"similar:euclidean", "starts-with", "skill-used", "trajectory:goal-success", "trajectory:tool-args-match",
	"trajectory:step-count", "trajectory:tool-sequence", "trajectory:tool-used", "trace-error-spans",
	"trace-span-count", "trace-span-duration", "search-rubric", "webhook", "word-count", "select-best", "human",
	"max-score", "assert-set",
}

// cellAssertionRe reads an __expected cell's type; compiled on first use.
var cellAssertionRe = sync.OnceValue(func() *regexp.Regexp {
	types := append([]string(nil), promptfooTypes...)
	types = append(types, bulletproofTypes...)
	for i, t := range types {
		types[i] = regexp.QuoteMeta(t)
	}
	return regexp.MustCompile(`^(not-)?(` + strings.Join(types, "|") + `)(?:\((\d+(?:\.\d+)?)\))?(?::([\s\S]*))?$`)
})

// assertionFromString reads one __expected cell.
func assertionFromString(s string) Assertion {
	for _, p := range []string{"javascript:", "fn:", "eval:"} {
		if v, ok := strings.CutPrefix(s, p); ok {
			return Assertion{Type: "javascript", Value: strings.TrimSpace(v)}
		}
	}
	if strings.HasPrefix(s, "file://") && isJSFile(strings.TrimPrefix(s, "file://")) {
		return Assertion{Type: "javascript", Value: s}
	}
	for _, p := range []string{"grade:", "llm-rubric:"} {
		if v, ok := strings.CutPrefix(s, p); ok {
			return Assertion{Type: "llm-rubric", Value: v}
		}
	}
	if v, ok := strings.CutPrefix(s, "python:"); ok {
		return Assertion{Type: "python", Value: strings.TrimSpace(v)}
	}
	if strings.HasPrefix(s, "file://") && (strings.HasSuffix(s, ".py") || strings.Contains(s, ".py:")) {
		return Assertion{Type: "python", Value: strings.TrimPrefix(s, "file://")}
	}
	m := cellAssertionRe().FindStringSubmatch(s)
	if m == nil {
		return Assertion{Type: "equals", Value: s}
	}
	typ := m[1] + m[2]
	var threshold *float64
	if f, ok := finiteNumber(m[3]); ok {
		threshold = &f
	}
	var value any
	hasValue := strings.Contains(s[len(m[1])+len(m[2]):], ":")
	if hasValue {
		value = m[4]
	}
	switch m[2] {
	case "contains-all", "contains-any", "icontains-all", "icontains-any":
		if hasValue && m[4] != "" {
			if list, err := splitCommaValues(m[4]); err == nil {
				vs := make([]any, len(list))
				for i, v := range list {
					vs[i] = v
				}
				value = vs
			}
		}
		return Assertion{Type: typ, Value: value}
	case "contains-json", "is-json":
		return Assertion{Type: typ, Value: value}
	case "answer-relevance", "classifier", "context-faithfulness", "context-recall", "context-relevance", "cost", "latency",
		"levenshtein", "perplexity-score", "perplexity", "rouge-n", "similar", "starts-with":
		if threshold == nil {
			d := 0.75
			if m[2] == "similar" {
				d = 0.8
			}
			threshold = &d
		}
	}
	if v, ok := value.(string); ok {
		value = strings.TrimSpace(v)
	}
	return Assertion{Type: typ, Value: value, Threshold: threshold}
}

func isJSFile(p string) bool {
	p, _, _ = strings.Cut(p, ":")
	for _, ext := range []string{".js", ".cjs", ".mjs", ".ts", ".cts", ".mts"} {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}

// splitCommaValues splits a contains-any/all value on commas; a field in
// double quotes may hold commas ("a, b",c), with \" or "" for a quote.
func splitCommaValues(s string) ([]string, error) {
	var out []string
	i := 0
	skipSpace := func() {
		for i < len(s) && strings.ContainsRune(" \t\r\n\f\v", rune(s[i])) {
			i++
		}
	}
	for i < len(s) {
		for i < len(s) { // separators: spaces and repeated commas
			skipSpace()
			if i < len(s) && s[i] == ',' {
				i++
				continue
			}
			break
		}
		if i >= len(s) {
			break
		}
		if s[i] == '"' {
			var f strings.Builder
			i++
			closed := false
			for i < len(s) {
				switch {
				case s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\'):
					f.WriteByte(s[i+1])
					i += 2
				case s[i] == '"' && i+1 < len(s) && s[i+1] == '"':
					f.WriteByte('"')
					i += 2
				case s[i] == '"':
					i++
					closed = true
				default:
					f.WriteByte(s[i])
					i++
				}
				if closed {
					break
				}
			}
			if !closed {
				return nil, fmt.Errorf("unterminated quoted field in %q", s)
			}
			out = append(out, f.String())
			skipSpace()
			if i < len(s) && s[i] != ',' {
				return nil, fmt.Errorf("expected a comma after a quoted field in %q", s)
			}
			continue
		}
		j := i
		for j < len(s) && s[j] != ',' {
			j++
		}
		out = append(out, strings.TrimSpace(s[i:j]))
		i = j
	}
	return out, nil
}

// resolveVars turns a case's vars as written — a mapping, or file
// references to YAML mappings — into its Vars.
func (s *Suite) resolveVars(t *Test, key string) error {
	return s.resolveVarsIn(t, key, filepath.Dir(s.File))
}

func (s *Suite) resolveVarsIn(t *Test, key, dir string) error {
	var refs []string
	switch v := t.RawVars.(type) {
	case nil:
		return nil
	case map[string]any:
		t.Vars = v
		t.RawVars = nil
		return nil
	case string:
		refs = []string{v}
	case []any:
		for _, e := range v {
			str, ok := e.(string)
			if !ok {
				return &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: key + ".vars", Msg: "give a mapping, or file references"}
			}
			refs = append(refs, str)
		}
	default:
		return &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: key + ".vars", Msg: "give a mapping of names to values"}
	}
	t.Vars = map[string]any{}
	for _, r := range refs {
		p := strings.TrimPrefix(r, "file://")
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		b, err := s.read(p)
		if err != nil {
			return &SuiteError{File: fileOf(t.where, s.File), Line: t.line, Key: key + ".vars", Msg: fmt.Sprintf("cannot read %s: %v", r, err)}
		}
		var m map[string]any
		if err := yaml.Unmarshal(b, &m); err != nil {
			return &SuiteError{File: p, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		}
		for k, v := range m {
			t.Vars[k] = v
		}
	}
	t.RawVars = nil
	return nil
}
