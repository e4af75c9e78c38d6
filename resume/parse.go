package resume

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Input errors; the command layer maps them to exit code 2.
var (
	ErrEmpty     = errors.New("the file is empty")
	ErrBinary    = errors.New("this is a binary file, not a resume: give a " + formatsRead + " file")
	ErrNotUTF8   = errors.New("the file is not UTF-8 text: save it as UTF-8 and try again")
	ErrNoContent = errors.New("no resume sections found: add headings such as Summary, Experience and Skills")
)

// DetectFormat picks a format from the content's magic bytes (Word, PDF),
// then the file name, then the content.
func DetectFormat(name string, data []byte) Format {
	if f, ok := sniffBinary(data); ok {
		return f
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return JSONResume
	case ".md", ".markdown", ".mdown":
		return Markdown
	case ".adoc", ".asciidoc", ".rst", ".rest":
		// AsciiDoc ("== Careers", "** nested item") and reStructuredText
		// (underlined titles, ".." comments): the plain-text reader knows
		// their headings, lists and tables, and a "**bold**" in them says
		// no Markdown
		return Text
	case ".org":
		// Emacs org-mode: its own reader, inside the plain-text format
		return Text
	case ".tex", ".html", ".htm", ".yaml", ".yml", ".toml":
		if opensWithTOMLFence(data) {
			return Markdown
		}
		// (a YAML or TOML resume may open with a "# ..." comment,
		// which is no Markdown heading)
		return Text
	case ".txt", ".text":
		// a ".txt" written in Markdown ("## Experience", "### Title")
		// unless its text is indented under the headings, which Markdown
		// would read as code
		// (or set in Markdown's bold, "**Должность:** Designer", line
		// after line)
		if (markdownHeadings(data) >= 3 || boldLines(data) >= 8) && indentedBlocks(data) < 2 {
			return Markdown
		}
		return Text
	}
	t := bytes.TrimSpace(data)
	if len(t) > 0 && t[0] == '{' {
		return JSONResume
	}
	// an org-mode file opens with its keywords ("#+TITLE: ...")
	if orgTitleRe().Match(t) && looksLikeOrg(t) {
		return Text
	}
	// headings, bold, links or front matter say Markdown
	if bytes.HasPrefix(t, []byte("---\n")) || bytes.HasPrefix(t, []byte("---\r\n")) {
		return Markdown
	}
	for _, l := range strings.Split(string(t), "\n") {
		if strings.HasPrefix(l, "# ") || strings.HasPrefix(l, "## ") || strings.HasPrefix(l, "### ") || strings.HasPrefix(l, "#### ") ||
			strings.Contains(l, "**") || strings.Contains(l, "](") {
			return Markdown
		}
	}
	return Text
}

// orgTitleRe: a text that opens with org-mode's keywords.
var orgTitleRe = lazy.Regexp(`^#\+(?i:title|author|options|startup|latex_class):`)

// indentedBlocks counts the blocks that open with a tab or four spaces
// after a blank line, up to 2: Markdown would read them as code.
func indentedBlocks(data []byte) int {
	n, blank := 0, false
	for _, l := range bytes.Split(data, []byte("\n")) {
		t := bytes.TrimRight(l, " \t\r")
		if len(t) == 0 {
			blank = true
			continue
		}
		if blank && (l[0] == '\t' || bytes.HasPrefix(l, []byte("    "))) {
			if n++; n >= 2 {
				return n
			}
		}
		blank = false
	}
	return n
}

// markdownHeadings counts ATX heading lines ("## Experience"), up to 3.
// boldLines counts the lines that open with Markdown's bold ("**Label:**
// value", "**Designer**").
func boldLines(data []byte) int {
	n := 0
	for _, l := range bytes.Split(data, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if bytes.HasPrefix(l, []byte("**")) && len(l) > 4 && bytes.Contains(l[2:], []byte("**")) && l[2] != ' ' && l[2] != '*' {
			n++
		}
	}
	return n
}

func markdownHeadings(data []byte) int {
	n := 0
	for _, l := range bytes.Split(data, []byte("\n")) {
		l = bytes.TrimRight(l, " \t\r")
		i := 0
		for i < len(l) && i < 7 && l[i] == '#' {
			i++
		}
		if i >= 1 && i <= 6 && i < len(l) && l[i] == ' ' && len(l) > i+1 {
			if n++; n >= 3 {
				return n
			}
		}
	}
	return n
}

// CheckText rejects input that cannot be a resume or job ad: empty, binary,
// or not UTF-8.
func CheckText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return ErrBinary
	}
	if !utf8.Valid(data) {
		return ErrNotUTF8
	}
	return nil
}

// Parse reads a resume in the given format (DetectFormat picks one). The
// document keeps the bytes it was read from, so Splice can edit them.
func Parse(format Format, data []byte) (*Document, error) {
	if format == Docx || format == PDF {
		d, err := parseBinary(format, data)
		if err != nil {
			return nil, err
		}
		if err := checkContent(d); err != nil {
			return nil, err
		}
		return d, nil
	}
	if err := CheckText(data); err != nil {
		if err == ErrBinary {
			if kind := binaryKind(data); kind != nil {
				return nil, kind
			}
		}
		return nil, err
	}
	// a byte-order mark reads as spaces, so every offset stays where it is
	body := data
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		body = append([]byte("   "), data[3:]...)
	}
	var d *Document
	switch format {
	case JSONResume:
		var err error
		if d, err = ParseJSONResume(body); err != nil {
			return nil, err
		}
		d.src = data
	case Markdown, Text:
		if looksLikeHTMLPage(body) || format == Text && looksLikeHTMLFragment(body) {
			// a web page's resume (resume.html): its markup read as a
			// Markdown file's raw HTML is
			d = Interpret(Markdown, htmlBlocks(body, 0, len(body), newLineIndex(body), false), data)
			d.Syntax = "HTML"
			break
		}
		if format == Markdown {
			d = Interpret(Markdown, markdownBlocks(body), data)
			break
		}
		if looksLikeOrg(body) {
			d = Interpret(Text, orgBlocks(body), data)
			d.Syntax = "org-mode"
			break
		}
		// a resume written as TOML (a Hugo theme's data file)
		if bs, ok := tomlResumeBlocks(body); ok {
			d = Interpret(Text, bs, data)
			d.Syntax = "TOML"
			break
		}
		// a resume written as YAML (resume.yaml, RenderCV)
		if bs, ok := yamlResumeBlocks(body); ok {
			d = Interpret(Text, bs, data)
			d.Syntax = "YAML"
			break
		}
		if looksLikeLaTeX(body) {
			d = Interpret(Text, latexBlocks(body), data)
			d.Syntax = "LaTeX"
			break
		}
		d = Interpret(Text, textBlocks(body, 0, len(body)), data)
	default:
		return nil, fmt.Errorf("unknown format %q", format)
	}
	if err := checkContent(d); err != nil {
		return nil, err
	}
	return d, nil
}

// checkContent refuses a document in which nothing was found.
func checkContent(d *Document) error {
	if d.Summary == "" && len(d.Roles) == 0 && len(d.Skills) == 0 && len(d.Projects) == 0 && len(d.Education) == 0 && len(d.Certifications) == 0 {
		return ErrNoContent
	}
	return nil
}

// Write renders d in a format.
func Write(format Format, d *Document) ([]byte, error) {
	switch format {
	case JSONResume:
		return WriteJSONResume(d)
	case Markdown:
		return WriteMarkdown(d), nil
	case Text:
		return WriteText(d), nil
	case Docx:
		return WriteDocx(d)
	case PDF:
		return nil, ErrPDFOutput
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

// Clone returns a deep copy of d that shares nothing mutable with it.
func (d *Document) Clone() *Document {
	c := *d
	c.Header.Links = append([]Link(nil), d.Header.Links...)
	c.Roles = make([]Role, len(d.Roles))
	for i, r := range d.Roles {
		r.Bullets = append([]string(nil), r.Bullets...)
		c.Roles[i] = r
	}
	c.Skills = make([]SkillGroup, len(d.Skills))
	for i, g := range d.Skills {
		g.Items = append([]string(nil), g.Items...)
		c.Skills[i] = g
	}
	c.Projects = make([]Project, len(d.Projects))
	for i, p := range d.Projects {
		p.Bullets = append([]string(nil), p.Bullets...)
		p.Keywords = append([]string(nil), p.Keywords...)
		c.Projects[i] = p
	}
	c.Education = make([]Education, len(d.Education))
	for i, e := range d.Education {
		e.Courses = append([]string(nil), e.Courses...)
		e.Bullets = append([]string(nil), e.Bullets...)
		c.Education[i] = e
	}
	c.Certifications = append([]Certification(nil), d.Certifications...)
	c.Other = make([]Section, len(d.Other))
	for i, s := range d.Other {
		s.Lines = append([]string(nil), s.Lines...)
		c.Other[i] = s
	}
	c.Order = append([]string(nil), d.Order...)
	return &c
}
