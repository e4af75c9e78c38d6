package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/jsontree"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/resume"

	"go.yaml.in/yaml/v3"

	"github.com/bulletproof-cli/bulletproof/llm"
)

// A promptfoo prompt is rendered the way promptfoo renders it, so the
// same suite sends the same text: vars that name files are read, a var's
// last newline is dropped, {{var}} references between vars are resolved,
// and then either every string of a JSON prompt is rendered (and the JSON
// written back with two-space indents) or, for text, the vars themselves
// are rendered and then the prompt.

// prepareVars gives a cell's vars as prompts and assertions see them.
func (s *Suite) prepareVars(vars map[string]any) (map[string]any, error) {
	out := make(map[string]any, len(vars))
	for k, v := range vars {
		out[k] = v
	}
	for k, v := range out {
		switch x := v.(type) {
		case string:
			if !strings.HasPrefix(x, "file://") {
				continue
			}
			text, err := s.fileVar(x)
			if err != nil {
				return nil, fmt.Errorf("vars.%s: %w", k, err)
			}
			out[k] = text
		case []any:
			// a list that is not expanded (facts) may name files too
			var list []any
			for i, e := range x {
				ref, ok := e.(string)
				if !ok || !strings.HasPrefix(ref, "file://") {
					continue
				}
				if list == nil {
					list = append([]any(nil), x...)
				}
				text, err := s.fileVar(ref)
				if err != nil {
					return nil, fmt.Errorf("vars.%s[%d]: %w", k, i, err)
				}
				list[i] = text
			}
			if list != nil {
				out[k] = list
			}
		}
	}
	for k, v := range out {
		if str, ok := v.(string); ok {
			out[k] = strings.TrimSuffix(str, "\n")
		}
	}
	resolveVarRefs(out)
	return out, nil
}

// fileVar reads a var given as file://path: text as it stands (trimmed),
// YAML as JSON, a Word or PDF file's text (a resume or a job ad).
func (s *Suite) fileVar(ref string) (string, error) {
	p := s.path(ref)
	switch ext := strings.ToLower(filepath.Ext(p)); ext {
	case ".js", ".cjs", ".mjs", ".ts", ".py":
		return "", fmt.Errorf("%s: vars from scripts are not supported", ref)
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp3", ".wav", ".mp4":
		return "", fmt.Errorf("%s: images and audio vars are not supported", ref)
	}
	b, err := s.read(p)
	if err != nil {
		return "", fmt.Errorf("cannot read %s: %w", strings.TrimPrefix(ref, "file://"), err)
	}
	switch strings.ToLower(filepath.Ext(p)) {
	case ".yaml", ".yml":
		var v any
		if err := yaml.Unmarshal(b, &v); err != nil {
			return "", fmt.Errorf("%s: %w", ref, err)
		}
		j, err := jsonMarshal(v, 0)
		return string(j), err
	}
	text, err := resume.PlainText(b)
	if err != nil {
		return "", fmt.Errorf("%s: %w", strings.TrimPrefix(ref, "file://"), err)
	}
	return strings.TrimSpace(text), nil
}

var varRefRe = lazy.Regexp(`\{\{\s*(\w+)\s*\}\}`)

// resolveVarRefs fills "{{other}}" inside string vars with other's value,
// up to five rounds, as promptfoo does before rendering.
func resolveVarRefs(vars map[string]any) {
	for range 5 {
		changed := false
		for k, v := range vars {
			s, ok := v.(string)
			if !ok {
				continue
			}
			m := varRefRe().FindStringSubmatchIndex(s)
			if m == nil {
				continue
			}
			name := s[m[2]:m[3]]
			val, ok := vars[name]
			if !ok || val == nil {
				continue
			}
			vars[k] = s[:m[0]] + fmt.Sprint(jsValue(val)) + s[m[1]:]
			changed = true
		}
		if !changed {
			return
		}
	}
}

// renderPrompt renders a prompt's source with prepared vars.
func renderPrompt(src string, vars map[string]any) (string, error) {
	if j, ok := parseOrderedJSON(src); ok {
		rendered, err := j.render(vars)
		if err != nil {
			return "", err
		}
		var b strings.Builder
		rendered.write(&b, "")
		return b.String(), nil
	}
	rv := make(map[string]any, len(vars))
	for k, v := range vars {
		rv[k] = v
		if s, ok := v.(string); ok && !referencesUndefined(s, vars) {
			r, err := renderTemplate(autoRaw(s), vars)
			if err != nil {
				return "", fmt.Errorf("vars.%s: %w", k, err)
			}
			rv[k] = r
		}
	}
	return renderTemplate(autoRaw(src), rv)
}

var partialTag = lazy.Regexp(`(?m)({%[^%]*$|{{[^}]*$|{#[^#]*$)`)
var rawBlock = lazy.Regexp(`{%\s*raw\s*%}`)
var endRawBlock = lazy.Regexp(`{%\s*endraw\s*%}`)

// autoRaw leaves text with an unclosed tag ("{{" and no "}}" on its line)
// as it is, as promptfoo does, instead of failing to parse it.
func autoRaw(s string) string {
	if partialTag().MatchString(s) && !(rawBlock().MatchString(s) && endRawBlock().MatchString(s)) {
		return "{% raw %}" + s + "{% endraw %}"
	}
	return s
}

var identRe = lazy.Regexp(`^[A-Za-z_]\w*`)

var tplVarRe = lazy.Regexp(`\{\{[\s]*([^{}\s|]+)[\s]*(?:\|[^}]+)?\}\}|\{%[\s]*(?:if|for)[\s]+([^{}\s]+)[\s]*.*?%\}`)

func referencesUndefined(s string, vars map[string]any) bool {
	for _, m := range tplVarRe().FindAllStringSubmatch(s, -1) {
		name := m[1]
		if name == "" {
			name = m[2]
		}
		root := identRe().FindString(name)
		if root != "" && root != "env" {
			if _, ok := vars[root]; !ok {
				return true
			}
		}
	}
	return false
}

// chatMessages reads a rendered prompt as chat messages: a JSON array of
// {role, content}, or YAML starting "- role:"; anything else is one user
// message.
func chatMessages(rendered string) ([]llm.Message, error) {
	t := strings.TrimSpace(rendered)
	var v any
	switch {
	case strings.HasPrefix(t, "- role:"):
		if err := yaml.Unmarshal([]byte(rendered), &v); err != nil {
			return nil, fmt.Errorf("the chat prompt is not valid YAML: %w", err)
		}
	default:
		if err := json.Unmarshal([]byte(rendered), &v); err != nil {
			if looksLikeJSON(t) {
				return nil, fmt.Errorf("the chat prompt is not valid JSON: %w", err)
			}
			return []llm.Message{{Role: "user", Content: rendered}}, nil
		}
	}
	list, ok := v.([]any)
	if !ok {
		return []llm.Message{{Role: "user", Content: rendered}}, nil
	}
	msgs := make([]llm.Message, 0, len(list))
	for i, e := range list {
		m, ok := e.(map[string]any)
		role, _ := m["role"].(string)
		if !ok || role == "" {
			return nil, fmt.Errorf("message %d of the chat prompt has no role", i+1)
		}
		msgs = append(msgs, llm.Message{Role: role, Content: contentText(m["content"])})
	}
	if len(msgs) == 0 {
		return nil, errors.New("the chat prompt has no messages")
	}
	return msgs, nil
}

// contentText flattens OpenAI content parts to their text.
func contentText(c any) string {
	switch x := c.(type) {
	case string:
		return x
	case nil:
		return ""
	case []any:
		return strings.Join(llm.TextParts(x), "\n")
	}
	b, _ := jsonMarshal(c, 0)
	return string(b)
}

func looksLikeJSON(t string) bool {
	if strings.HasPrefix(t, "{") && strings.HasSuffix(t, "}") {
		return true
	}
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		after := strings.TrimLeft(t[1:], " \t\r\n")
		if after == "" || after == "]" {
			return true
		}
		return strings.ContainsAny(after[:1], "\"{[-0123456789") || strings.HasPrefix(after, "true") || strings.HasPrefix(after, "false") || strings.HasPrefix(after, "null")
	}
	return false
}

// ojson is a JSON value that keeps its keys in order, as JavaScript
// objects do, so a JSON prompt is written back as promptfoo writes it.
type ojson struct {
	kind  byte // o(bject), a(rray), s(tring), n(umber), b(ool), z (null)
	keys  []string
	vals  []*ojson
	str   string
	num   json.Number
	truth bool
}

func parseOrderedJSON(s string) (*ojson, bool) {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	v, err := jsontree.Read(dec, ojsonTree{})
	if err != nil {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false
	}
	return v, true
}

// ojsonTree makes ojson nodes for jsontree.Read.
type ojsonTree struct{}

func (ojsonTree) Object(keys []string, vals []*ojson) *ojson {
	return &ojson{kind: 'o', keys: keys, vals: vals}
}

func (ojsonTree) Array(vals []*ojson) *ojson { return &ojson{kind: 'a', vals: vals} }

func (ojsonTree) Scalar(v any) *ojson {
	switch t := v.(type) {
	case string:
		return &ojson{kind: 's', str: t}
	case json.Number:
		return &ojson{kind: 'n', num: t}
	case bool:
		return &ojson{kind: 'b', truth: t}
	}
	return &ojson{kind: 'z'} // null: numbers come as json.Number
}

// render fills every string with the vars.
func (j *ojson) render(vars map[string]any) (*ojson, error) {
	switch j.kind {
	case 's':
		r, err := renderTemplate(j.str, vars)
		if err != nil {
			return nil, err
		}
		return &ojson{kind: 's', str: r}, nil
	case 'o', 'a':
		out := &ojson{kind: j.kind, keys: j.keys}
		for _, v := range j.vals {
			r, err := v.render(vars)
			if err != nil {
				return nil, err
			}
			out.vals = append(out.vals, r)
		}
		return out, nil
	}
	return j, nil
}

// write is JSON.stringify(v, null, 2).
func (j *ojson) write(b *strings.Builder, indent string) {
	switch j.kind {
	case 'o', 'a':
		open, close := "{", "}"
		if j.kind == 'a' {
			open, close = "[", "]"
		}
		if len(j.vals) == 0 {
			b.WriteString(open + close)
			return
		}
		b.WriteString(open + "\n")
		inner := indent + "  "
		for i, v := range j.vals {
			b.WriteString(inner)
			if j.kind == 'o' {
				b.WriteString(jsString(j.keys[i]) + ": ")
			}
			v.write(b, inner)
			if i < len(j.vals)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString(indent + close)
	case 's':
		b.WriteString(jsString(j.str))
	case 'n':
		f, err := j.num.Float64()
		if err != nil {
			b.WriteString(j.num.String())
		} else {
			b.WriteString(jsNumberText(f))
		}
	case 'b':
		fmt.Fprint(b, j.truth)
	default:
		b.WriteString("null")
	}
}

// compact is JSON.stringify(v).
func (j *ojson) compact() string {
	var b strings.Builder
	var w func(*ojson)
	w = func(j *ojson) {
		switch j.kind {
		case 'o', 'a':
			open, close := "{", "}"
			if j.kind == 'a' {
				open, close = "[", "]"
			}
			b.WriteString(open)
			for i, v := range j.vals {
				if i > 0 {
					b.WriteString(",")
				}
				if j.kind == 'o' {
					b.WriteString(jsString(j.keys[i]) + ":")
				}
				w(v)
			}
			b.WriteString(close)
		default:
			j.write(&b, "")
		}
	}
	w(j)
	return b.String()
}

// yamlToOJSON converts a YAML document to JSON, keeping key order.
func yamlToOJSON(n *yaml.Node) (*ojson, error) {
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return &ojson{kind: 'z'}, nil
		}
		return yamlToOJSON(n.Content[0])
	case yaml.AliasNode:
		return yamlToOJSON(n.Alias)
	case yaml.MappingNode:
		o := &ojson{kind: 'o'}
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := yamlToOJSON(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			o.keys, o.vals = append(o.keys, n.Content[i].Value), append(o.vals, v)
		}
		return o, nil
	case yaml.SequenceNode:
		a := &ojson{kind: 'a'}
		for _, c := range n.Content {
			v, err := yamlToOJSON(c)
			if err != nil {
				return nil, err
			}
			a.vals = append(a.vals, v)
		}
		return a, nil
	}
	var v any
	if err := n.Decode(&v); err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case nil:
		return &ojson{kind: 'z'}, nil
	case bool:
		return &ojson{kind: 'b', truth: x}, nil
	case int:
		return &ojson{kind: 'n', num: json.Number(fmt.Sprint(x))}, nil
	case float64:
		return &ojson{kind: 'n', num: json.Number(jsNumberText(x))}, nil
	case string:
		return &ojson{kind: 's', str: x}, nil
	}
	return &ojson{kind: 's', str: n.Value}, nil
}

// jsString quotes as JSON.stringify does (no HTML escapes, U+2028 kept).
func jsString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	out := strings.TrimSuffix(buf.String(), "\n")
	return strings.NewReplacer(`\u2028`, "\u2028", `\u2029`, "\u2029").Replace(out)
}
