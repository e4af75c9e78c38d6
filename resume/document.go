// Package resume is the Document model and its readers and writers:
// Markdown, plain text and JSON Resume. It does no I/O: readers take bytes,
// writers return them. Every rewritable piece of a document has a stable id
// such as "experience.0.bullets.2".
package resume

import (
	"fmt"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strconv"
	"strings"
)

// Format is a resume file format.
type Format string

// Formats.
const (
	Markdown   Format = "markdown"
	Text       Format = "text"
	JSONResume Format = "jsonresume"
)

// Document is a resume.
type Document struct {
	Header         Header
	Summary        string
	Roles          []Role
	Skills         []SkillGroup
	Projects       []Project
	Education      []Education
	Certifications []Certification
	Other          []Section
	// Order lists section keys (summary, experience, skills, projects,
	// education, certifications, other.N) as the source had them.
	Order []string
	// Format is the format the document was read from; Sections the
	// sections as read, with their lines (what inspect shows).
	Format   Format
	Sections []SectionInfo
	// Syntax names the markup read inside the format when it is not the
	// format's own ("YAML", "LaTeX", "HTML", "org-mode", "TOML"), so that
	// inspect can say what it read; writes still edit the bytes in place
	Syntax string

	raw    *object          // the JSON Resume it was read from, to keep unknown fields
	src    []byte           // the source it was read from, for Splice
	places map[string]place // where each item's text sits in src, by item id
	// jsonVals: where each value of a JSON Resume sits, by path
	jsonVals map[string]jsonVal
	// verbatim: stretches where the format's markup does not apply (a
	// resume inside a code fence): text goes there without escapes
	verbatim []Span
	// htmlSpans: text read from raw HTML, written with HTML's escapes
	htmlSpans []Span
	// latexSpans: text read from LaTeX source, written with its escapes
	latexSpans []Span
	// orgSpans: text read from org-mode source, written with its escape
	orgSpans []Span
	// yamlQuoted: YAML scalars written in double (") or single (')
	// quotes, whose text is written with the quotes' escapes
	yamlDQ, yamlSQ []Span
}

// SectionInfo is a section as read: its kind (a Sec* key, "header",
// "contact" or "other"), its title as written and its line.
type SectionInfo struct {
	Kind  string `json:"kind"`
	Title string `json:"title"`
	Line  int    `json:"line"`
}

// place is where an item's text sits in the source.
type place struct {
	text   string // the item's text as read
	line   int
	span   Span
	pieces []Piece
	groups []Group
	json   string // JSON Resume: the path of the string (or the entry) it came from
}

// Header is the top of a resume.
type Header struct {
	Name, Headline, Location, Phone, Email string
	Links                                  []Link
}

// Link is a URL with an optional label ("GitHub").
type Link struct{ Label, URL string }

// Role is one position held.
type Role struct {
	LineNo                   int // 1-based line where the entry starts in the source, 0 when unknown
	Title, Company, Location string
	Start, End               string // as written
	Summary                  string
	Bullets                  []string
	raw                      *object
	open                     bool // the source said it goes on ("2024–", "since 2019", a JSON Resume work without endDate)
}

// Current reports whether the role has not ended: its end says so
// ("Present", "aujourd'hui", "至今"), or it has a start and was written as
// going on.
func (r Role) Current() bool {
	if IsPresent(r.End) {
		return true
	}
	return strings.TrimSpace(r.End) == "" && strings.TrimSpace(r.Start) != "" && r.open
}

// SkillGroup is a named list of skills; Name may be empty.
type SkillGroup struct {
	LineNo int
	Name   string
	Level  string
	Items  []string
	raw    *object
	text   string // the line as written in the source
	// fixed: read from a layout an edit cannot be placed in (a column of
	// a table): shown and used, never offered for rewriting
	fixed bool
}

// Line renders the group as one line: "Languages: Go, Python" (as written
// when it was read from a file).
func (g SkillGroup) Line() string {
	if g.text != "" {
		return g.text
	}
	items := strings.Join(g.Items, ", ")
	if g.Name == "" {
		return items
	}
	return g.Name + ": " + items
}

// Project is a project entry.
type Project struct {
	LineNo                 int
	Name, URL, Description string
	Start, End             string
	Keywords               []string
	Bullets                []string
	raw                    *object
}

// Education is one degree or course of study.
type Education struct {
	LineNo                                 int
	StudyType, Area, Institution, Location string
	Start, End, GPA                        string
	Courses                                []string
	Bullets                                []string
	raw                                    *object
	coursesText                            string // the course list as written
}

// CoursesLine is the course list as one line.
func (e Education) CoursesLine() string {
	if e.coursesText != "" {
		return e.coursesText
	}
	return strings.Join(e.Courses, ", ")
}

// Degree renders study type and area: "Bachelor of Science in Computer Science".
func (e Education) Degree() string {
	switch {
	case e.StudyType == "":
		return e.Area
	case e.Area == "":
		return e.StudyType
	}
	return e.StudyType + " in " + e.Area
}

// Certification is one certificate.
type Certification struct {
	LineNo                  int
	Name, Issuer, Date, URL string
	raw                     *object
	text                    string // the line as written in the source
}

// Line renders the certification as one line: "Name — Issuer, 2023" (as
// written when it was read from a file).
func (c Certification) Line() string {
	if c.text != "" {
		return c.text
	}
	s := c.Name
	var rest []string
	if c.Issuer != "" {
		rest = append(rest, c.Issuer)
	}
	if c.Date != "" {
		rest = append(rest, c.Date)
	}
	if len(rest) > 0 {
		s += " — " + strings.Join(rest, ", ")
	}
	return s
}

// Section is a section kept as written.
type Section struct {
	Title string
	Lines []string
}

// Section keys, as used in item ids.
const (
	SecSummary        = "summary"
	SecExperience     = "experience"
	SecSkills         = "skills"
	SecProjects       = "projects"
	SecEducation      = "education"
	SecCertifications = "certifications"
)

// Sections are the section keys, in the guide's order: the one list that
// rewrite, the prompts, lint and the writers name sections from.
var Sections = []string{SecSummary, SecExperience, SecSkills, SecProjects, SecEducation, SecCertifications}

// Item is one rewritable piece of a document.
type Item struct {
	ID      string // stable: "experience.0.bullets.2", "summary", "skills"
	Section string // a Sec* key
	Text    string
	// Past is true when the item describes finished work, so a rewrite
	// should use the past tense.
	Past bool
	// Heading names where the item sits: "Senior Engineer, Acme (2021 – Present)".
	Heading string
	// Whole is true for a section-level item whose text is one line per
	// entry (skills groups, certifications).
	Whole bool
	// Line and Span say where the text sits in the source (0 and zero when
	// the document was not read from a file).
	Line int
	Span Span
}

// Items returns the document's rewritable pieces in document order: the
// summary, each role's bullets, project descriptions and bullets, skill
// groups, education bullets and course lists, and certifications; then the
// section-level items "skills" and "certifications".
func (d *Document) Items() []Item {
	var out []Item
	if d.Summary != "" {
		out = append(out, Item{ID: SecSummary, Section: SecSummary, Text: d.Summary, Heading: "Summary"})
	}
	for i, r := range d.Roles {
		h := roleHeading(r)
		for j, b := range r.Bullets {
			out = append(out, Item{ID: fmt.Sprintf("experience.%d.bullets.%d", i, j), Section: SecExperience, Text: b, Past: !r.Current(), Heading: h})
		}
	}
	for i, p := range d.Projects {
		if p.Description != "" {
			out = append(out, Item{ID: fmt.Sprintf("projects.%d.description", i), Section: SecProjects, Text: p.Description, Past: true, Heading: p.Name})
		}
		for j, b := range p.Bullets {
			out = append(out, Item{ID: fmt.Sprintf("projects.%d.bullets.%d", i, j), Section: SecProjects, Text: b, Past: true, Heading: p.Name})
		}
	}
	fixedSkills := false
	for i, g := range d.Skills {
		if g.fixed {
			fixedSkills = true
			continue
		}
		out = append(out, Item{ID: fmt.Sprintf("skills.%d", i), Section: SecSkills, Text: g.Line(), Heading: "Skills"})
	}
	for i, e := range d.Education {
		h := strings.TrimSpace(e.Degree() + ", " + e.Institution)
		if len(e.Courses) > 0 {
			out = append(out, Item{ID: fmt.Sprintf("education.%d.courses", i), Section: SecEducation, Text: e.CoursesLine(), Heading: h})
		}
		for j, b := range e.Bullets {
			out = append(out, Item{ID: fmt.Sprintf("education.%d.bullets.%d", i, j), Section: SecEducation, Text: b, Past: true, Heading: h})
		}
	}
	for i, c := range d.Certifications {
		out = append(out, Item{ID: fmt.Sprintf("certifications.%d", i), Section: SecCertifications, Text: c.Line(), Heading: "Certifications"})
	}
	if len(d.Skills) > 0 && !fixedSkills {
		out = append(out, Item{ID: SecSkills, Section: SecSkills, Text: d.sectionText(SecSkills), Heading: "Skills", Whole: true})
	}
	if len(d.Certifications) > 0 {
		out = append(out, Item{ID: SecCertifications, Section: SecCertifications, Text: d.sectionText(SecCertifications), Heading: "Certifications", Whole: true})
	}
	for i := range out {
		if p, ok := d.places[out[i].ID]; ok {
			out[i].Line, out[i].Span = p.line, p.span
		}
	}
	return out
}

func (d *Document) sectionText(sec string) string {
	var lines []string
	switch sec {
	case SecSkills:
		for _, g := range d.Skills {
			lines = append(lines, g.Line())
		}
	case SecCertifications:
		for _, c := range d.Certifications {
			lines = append(lines, c.Line())
		}
	}
	return strings.Join(lines, "\n")
}

func roleHeading(r Role) string {
	h := r.Title
	if r.Company != "" {
		h += ", " + r.Company
	}
	if r.Start != "" || r.End != "" {
		end := r.End
		if end == "" {
			end = "Present"
		}
		h += " (" + r.Start + " – " + end + ")"
	}
	return h
}

// Text is the whole document's prose as one text: summary, bullets,
// descriptions, skills and certifications, one per line. The guard reads it
// as facts when its scope is the whole resume.
func (d *Document) Text() string {
	var lines []string
	for _, it := range d.Items() {
		if !it.Whole {
			lines = append(lines, it.Text)
		}
	}
	return strings.Join(lines, "\n")
}

var idRe = lazy.Regexp(`^(summary|skills|certifications|experience\.(\d+)\.bullets\.(\d+)|projects\.(\d+)\.(description|bullets\.(\d+))|skills\.(\d+)|education\.(\d+)\.(courses|bullets\.(\d+))|certifications\.(\d+))$`)

// Set replaces the text of item id. Section-level items take one line per
// entry; a skills or certifications rewrite may reorder entries but not add
// or drop them.
func (d *Document) Set(id, text string) error {
	m := idRe().FindStringSubmatch(id)
	if m == nil {
		return fmt.Errorf("unknown item %q", id)
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	inRange := func(i, l int) error {
		if i >= l {
			return fmt.Errorf("item %q: no such entry", id)
		}
		return nil
	}
	text = strings.TrimSpace(text)
	switch {
	case id == SecSummary:
		d.Summary = text
	case id == SecSkills:
		return d.setSkills(text)
	case id == SecCertifications:
		return d.setCertifications(text)
	case m[2] != "":
		i, j := n(m[2]), n(m[3])
		if err := inRange(i, len(d.Roles)); err != nil {
			return err
		}
		if err := inRange(j, len(d.Roles[i].Bullets)); err != nil {
			return err
		}
		d.Roles[i].Bullets[j] = text
	case m[4] != "":
		i := n(m[4])
		if err := inRange(i, len(d.Projects)); err != nil {
			return err
		}
		if m[5] == "description" {
			d.Projects[i].Description = text
			return nil
		}
		j := n(m[6])
		if err := inRange(j, len(d.Projects[i].Bullets)); err != nil {
			return err
		}
		d.Projects[i].Bullets[j] = text
	case m[7] != "":
		i := n(m[7])
		if err := inRange(i, len(d.Skills)); err != nil {
			return err
		}
		d.Skills[i] = parseSkillLine(text, d.Skills[i])
		d.Skills[i].text = keepText(d.Skills[i].text, text)
	case m[8] != "":
		i := n(m[8])
		if err := inRange(i, len(d.Education)); err != nil {
			return err
		}
		if m[9] == "courses" {
			d.Education[i].Courses = splitItems(text)
			d.Education[i].coursesText = ""
			if d.places != nil {
				d.Education[i].coursesText = text
			}
			return nil
		}
		j := n(m[10])
		if err := inRange(j, len(d.Education[i].Bullets)); err != nil {
			return err
		}
		d.Education[i].Bullets[j] = text
	case m[11] != "":
		i := n(m[11])
		if err := inRange(i, len(d.Certifications)); err != nil {
			return err
		}
		c := parseCertLine(text)
		c.raw, c.URL = d.Certifications[i].raw, firstNonEmpty(c.URL, d.Certifications[i].URL)
		c.text, c.LineNo = keepText(d.Certifications[i].text, text), d.Certifications[i].LineNo
		d.Certifications[i] = c
	}
	return nil
}

func (d *Document) setSkills(text string) error {
	lines := nonEmptyLines(text)
	if len(lines) != len(d.Skills) {
		return fmt.Errorf("skills: %d lines for %d groups", len(lines), len(d.Skills))
	}
	byName := map[string]SkillGroup{}
	for _, g := range d.Skills {
		byName[strings.ToLower(g.Name)] = g
	}
	out := make([]SkillGroup, 0, len(lines))
	for i, l := range lines {
		prev := d.Skills[i]
		g := parseSkillLine(l, SkillGroup{})
		if p, ok := byName[strings.ToLower(g.Name)]; ok {
			prev = p
		}
		g.raw, g.Level, g.LineNo = prev.raw, prev.Level, prev.LineNo
		g.text = keepText(prev.text, l)
		out = append(out, g)
	}
	d.Skills = out
	return nil
}

func (d *Document) setCertifications(text string) error {
	lines := nonEmptyLines(text)
	if len(lines) != len(d.Certifications) {
		return fmt.Errorf("certifications: %d lines for %d certifications", len(lines), len(d.Certifications))
	}
	byName := map[string]Certification{}
	for _, c := range d.Certifications {
		byName[strings.ToLower(c.Name)] = c
	}
	out := make([]Certification, 0, len(lines))
	for i, l := range lines {
		c := parseCertLine(l)
		prev, ok := byName[strings.ToLower(c.Name)]
		if !ok {
			prev = d.Certifications[i]
		}
		c.raw, c.URL, c.LineNo = prev.raw, firstNonEmpty(c.URL, prev.URL), prev.LineNo
		c.text = keepText(prev.text, l)
		out = append(out, c)
	}
	d.Certifications = out
	return nil
}

// keepText: an entry read as written stays written as given.
func keepText(old, text string) string {
	if old == "" {
		return ""
	}
	return text
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(stripBullet(l))
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
