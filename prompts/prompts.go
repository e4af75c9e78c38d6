// Package prompts holds bulletproof's prompt templates: one embedded file for
// each of the guide's ten AI prompts, a registry users can extend from a
// folder, and rendering to chat messages. It imports nothing of ours and does
// no I/O: user templates arrive as bytes.
//
// A template is a YAML file with name, title, description, the sections it
// applies to, its unit (each item, or a whole section), whether it needs a
// job ad, what context it shows the model, and a system and user message in
// Go's text/template syntax. Data is fenced: the item between <input> and
// </input>, a job ad between <job> and </job>, other text between <context>
// and </context>. User text is data, never template source.
package prompts

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"text/template"
	"unicode"

	"github.com/agnivade/levenshtein"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/resume"

	"go.yaml.in/yaml/v3"
)

//go:embed templates/*.yaml
var builtinFS embed.FS

// Units a template works on.
const (
	UnitItem    = "item"    // each bullet, summary or description alone
	UnitSection = "section" // a whole section at once, one line per entry
)

// Context kinds a template may ask for.
const (
	ContextNone    = "none"
	ContextRole    = "role"    // the other bullets of the same role or project
	ContextSection = "section" // every other item of the same section
	ContextResume  = "resume"  // the rest of the resume
)

// Template is one prompt.
type Template struct {
	Name        string   `yaml:"name" json:"name"`
	Title       string   `yaml:"title" json:"title"`
	Description string   `yaml:"description" json:"description"`
	Sections    []string `yaml:"sections" json:"sections"`
	Unit        string   `yaml:"unit" json:"unit"`
	NeedsJob    bool     `yaml:"needs_job" json:"needs_job"`
	Context     string   `yaml:"context" json:"context"`
	System      string   `yaml:"system" json:"-"`
	User        string   `yaml:"user" json:"-"`
	Origin      string   `yaml:"-" json:"origin"` // "builtin" or the file it came from

	system, user *template.Template
}

// Message is one chat message.
type Message struct {
	Role    string `json:"role"` // system, user, assistant
	Content string `json:"content"`
}

// Data is what a template renders. Fields map to template keys: .input,
// .section, .heading, .tense, .job, .context, .rules.
type Data struct {
	Input   string
	Section string
	Heading string
	Tense   string // "past", "present" or ""
	Job     string
	Context string
}

// Parse reads one template file. origin names it in errors.
func Parse(origin string, data []byte) (*Template, error) {
	var t Template
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("%s: %w", origin, err)
	}
	t.Origin = origin
	if err := t.validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", origin, err)
	}
	return &t, nil
}

var nameRe = lazy.Regexp(`^[a-z0-9][a-z0-9-]*$`)

func (t *Template) validate() error {
	if !nameRe().MatchString(t.Name) {
		return fmt.Errorf("name %q: use lowercase letters, digits and hyphens", t.Name)
	}
	if t.Unit == "" {
		t.Unit = UnitItem
	}
	if t.Unit != UnitItem && t.Unit != UnitSection {
		return fmt.Errorf("unit %q: want %q or %q", t.Unit, UnitItem, UnitSection)
	}
	if t.Context == "" {
		t.Context = ContextNone
	}
	switch t.Context {
	case ContextNone, ContextRole, ContextSection, ContextResume:
	default:
		return fmt.Errorf("context %q: want none, role, section or resume", t.Context)
	}
	if len(t.Sections) == 0 {
		return fmt.Errorf("sections: name at least one of %s", strings.Join(resume.Sections, ", "))
	}
	for _, s := range t.Sections {
		if !slices.Contains(resume.Sections, s) {
			return fmt.Errorf("sections: unknown %q (one of %s)", s, strings.Join(resume.Sections, ", "))
		}
	}
	if !strings.Contains(t.User, "<input>") || !strings.Contains(t.User, "</input>") {
		return fmt.Errorf("user: the item must be fenced between <input> and </input>")
	}
	if t.NeedsJob && !strings.Contains(t.User, "<job>") {
		return fmt.Errorf("user: a template that needs a job ad must fence it between <job> and </job>")
	}
	var err error
	if t.system, err = template.New(t.Name + ".system").Option("missingkey=error").Parse(t.System); err != nil {
		return fmt.Errorf("system: %w", err)
	}
	if t.user, err = template.New(t.Name + ".user").Option("missingkey=error").Parse(t.User); err != nil {
		return fmt.Errorf("user: %w", err)
	}
	// render once with sample data so that a broken template fails at load
	if _, err := t.Render(Data{Input: "x", Section: t.Sections[0], Tense: "past", Job: "x", Context: "x"}); err != nil {
		return err
	}
	return nil
}

// AppliesTo reports whether the template rewrites items of a section.
func (t *Template) AppliesTo(section string) bool { return slices.Contains(t.Sections, section) }

// fenceRe finds anything in data a model could read as a fence tag: the
// tags that delimit data, with spaces, slashes or invisible characters
// around the name and anything after it ("</input foo>", "</input/>",
// "</input\u200b>", "< / job >"), closed or not.
var fenceRe = lazy.Regexp(`(?i)<[\s/\p{Cf}]*(?:input|job|context)[^<>\n]{0,64}>?`)

// fence neutralises fence tags inside user data, so that a job ad cannot
// close its fence and speak as the user: their angle brackets become
// guillemets, and invisible characters in them go.
func fence(s string) string {
	return fenceRe().ReplaceAllStringFunc(s, func(m string) string {
		inner := strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Cf, r) {
				return -1
			}
			return r
		}, m[1:])
		if strings.HasSuffix(inner, ">") {
			inner = strings.TrimSuffix(inner, ">") + "›"
		}
		return "‹" + inner
	})
}

// Render produces the messages for one item. Values are inserted as data:
// text/template never parses them, and fence tags inside them are defused.
func (t *Template) Render(d Data) ([]Message, error) {
	vals := map[string]any{
		"input":   fence(strings.TrimSpace(d.Input)),
		"section": d.Section,
		"heading": fence(d.Heading),
		"tense":   d.Tense,
		"job":     fence(strings.TrimSpace(d.Job)),
		"context": fence(strings.TrimSpace(d.Context)),
		"rules":   "",
	}
	// a template that does not show the job or context must not have the
	// rules speak of them
	if !strings.Contains(t.User, ".job") {
		vals["job"] = ""
	}
	if !strings.Contains(t.User, ".context") {
		vals["context"] = ""
	}
	rules, err := exec(rulesTmpl(), vals)
	if err != nil {
		return nil, err
	}
	vals["rules"] = rules
	sys, err := exec(t.system, vals)
	if err != nil {
		return nil, fmt.Errorf("%s: system: %w", t.Name, err)
	}
	user, err := exec(t.user, vals)
	if err != nil {
		return nil, fmt.Errorf("%s: user: %w", t.Name, err)
	}
	return []Message{{Role: "system", Content: sys}, {Role: "user", Content: user}}, nil
}

func exec(t *template.Template, vals map[string]any) (string, error) {
	var b bytes.Buffer
	if err := t.Execute(&b, vals); err != nil {
		return "", err
	}
	return strings.TrimSpace(collapseBlankLines(b.String())), nil
}

var blankRunRe = lazy.Regexp(`\n{3,}`)

func collapseBlankLines(s string) string { return blankRunRe().ReplaceAllString(s, "\n\n") }

// Registry is a set of templates by name.
type Registry struct {
	byName map[string]*Template
}

// Builtin returns the ten embedded templates.
func Builtin() *Registry {
	r := &Registry{byName: map[string]*Template{}}
	files, _ := fs.Glob(builtinFS, "templates/*.yaml")
	for _, f := range files {
		b, _ := builtinFS.ReadFile(f)
		t, err := Parse("builtin:"+path.Base(f), b)
		if err != nil {
			panic(err) // the package tests load every builtin
		}
		t.Origin = "builtin"
		r.byName[t.Name] = t
	}
	return r
}

// Add adds or overrides a template.
func (r *Registry) Add(t *Template) { r.byName[t.Name] = t }

// Get finds a template by name.
func (r *Registry) Get(name string) (*Template, bool) {
	t, ok := r.byName[name]
	return t, ok
}

// Lookup finds a template or returns an error suggesting the closest name.
func (r *Registry) Lookup(name string) (*Template, error) {
	if t, ok := r.byName[name]; ok {
		return t, nil
	}
	msg := fmt.Sprintf("unknown prompt %q", name)
	if s := r.closest(name); s != "" {
		msg += fmt.Sprintf(": did you mean %q?", s)
	}
	return nil, fmt.Errorf("%s (see `bulletproof prompts list`)", msg)
}

// List returns the templates sorted by name.
func (r *Registry) List() []*Template {
	out := make([]*Template, 0, len(r.byName))
	for _, t := range r.byName {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func (r *Registry) closest(name string) string {
	best, bestD := "", 1<<30
	for n := range r.byName {
		d := levenshtein.ComputeDistance(name, n)
		if strings.Contains(n, name) || strings.Contains(name, n) {
			d = min(d, 2)
		}
		if d < bestD {
			best, bestD = n, d
		}
	}
	if bestD > max(3, len(name)/2) {
		return ""
	}
	return best
}
