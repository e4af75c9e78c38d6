package resume

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// builder accumulates a document while a reader walks lines; the Markdown
// and plain-text readers share it and differ only in how they find headings.
type builder struct {
	d       *Document
	section string // a Sec* key, "header", or "other"
	other   *Section
	role    *Role
	proj    *Project
	edu     *Education
	group   *SkillGroup
	summary []string
	// roleLines counts non-bullet lines seen since the role began (text
	// format: title, company, dates).
	lastBullet *string
	// text is set for plain text, where a blank line after an entry's
	// content ends the entry (there are no ### headings to do it)
	text bool
}

func newBuilder() *builder { return &builder{d: &Document{}, section: "header"} }

func (b *builder) startSection(title string) {
	b.flush()
	key := sectionKey(title)
	if key == "" {
		b.d.Other = append(b.d.Other, Section{Title: strings.TrimSpace(title)})
		b.other = &b.d.Other[len(b.d.Other)-1]
		b.section = "other"
		b.d.Order = append(b.d.Order, fmt.Sprintf("other.%d", len(b.d.Other)-1))
		return
	}
	b.section = key
	if !slices.Contains(b.d.Order, key) {
		b.d.Order = append(b.d.Order, key)
	}
}

// flush ends the open entry.
func (b *builder) flush() {
	if b.section == SecSummary && len(b.summary) > 0 {
		s := strings.TrimSpace(strings.Join(b.summary, "\n"))
		s = joinParagraphLines(s)
		if b.d.Summary != "" {
			s = b.d.Summary + "\n\n" + s
		}
		b.d.Summary = s
		b.summary = nil
	}
	if b.role != nil {
		b.d.Roles = append(b.d.Roles, *b.role)
		b.role = nil
	}
	if b.proj != nil {
		b.d.Projects = append(b.d.Projects, *b.proj)
		b.proj = nil
	}
	if b.edu != nil {
		b.d.Education = append(b.d.Education, *b.edu)
		b.edu = nil
	}
	if b.group != nil {
		b.d.Skills = append(b.d.Skills, *b.group)
		b.group = nil
	}
	b.lastBullet = nil
}

// joinParagraphLines joins wrapped lines within paragraphs.
func joinParagraphLines(s string) string {
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// subheading starts an entry in the current section (### in Markdown).
func (b *builder) subheading(h string) {
	switch b.section {
	case SecExperience:
		b.flush()
		t, c := splitRoleHeading(h)
		b.role = &Role{Title: t, Company: c}
	case SecProjects:
		b.flush()
		p := Project{Name: strings.TrimSpace(h)}
		if m := mdLinkRe.FindStringSubmatch(p.Name); m != nil {
			p.Name, p.URL = m[1], m[2]
		}
		b.proj = &p
	case SecEducation:
		b.flush()
		b.edu = educationHeading(h)
	case SecSkills:
		b.flush()
		b.group = &SkillGroup{Name: strings.TrimSpace(h)}
	case "other":
		b.other.Lines = append(b.other.Lines, "### "+h)
	default:
		b.line(h)
	}
}

func educationHeading(h string) *Education {
	h = strings.ReplaceAll(h, "**", "")
	e := &Education{}
	if i := strings.LastIndex(h, ","); i > 0 && looksLikeDate(h[i+1:]) {
		e.Start, e.End = parseDates(strings.TrimSpace(h[i+1:]))
		h = h[:i]
	}
	deg, inst := splitFirst(h, " — ", " – ", " | ", " @ ", ", ")
	e.Institution = inst
	if t, a, ok := strings.Cut(deg, " in "); ok {
		e.StudyType, e.Area = strings.TrimSpace(t), strings.TrimSpace(a)
	} else {
		e.StudyType = deg
	}
	return e
}

// line handles one content line of the current section.
func (b *builder) line(raw string) {
	l := strings.TrimSpace(raw)
	if b.section == "other" {
		b.other.Lines = append(b.other.Lines, strings.TrimRight(raw, " \t"))
		return
	}
	if l == "" {
		if b.section == SecSummary {
			b.summary = append(b.summary, "")
		}
		b.lastBullet = nil
		if b.text {
			b.endEntryAtBlank()
		}
		return
	}
	// a wrapped bullet continues on an indented line
	if b.lastBullet != nil && !isBullet(raw) && (strings.HasPrefix(raw, "  ") || strings.HasPrefix(raw, "\t")) {
		*b.lastBullet += " " + l
		return
	}
	bullet := isBullet(raw)
	text := strings.TrimSpace(stripBullet(l))
	switch b.section {
	case "header":
		b.headerLine(l)
	case SecSummary:
		b.summary = append(b.summary, text)
	case SecExperience:
		b.experienceLine(text, bullet)
	case SecSkills:
		if b.group != nil && bullet {
			b.group.Items = append(b.group.Items, splitItems(text)...)
			return
		}
		b.flush()
		g := parseSkillLine(text, SkillGroup{})
		b.d.Skills = append(b.d.Skills, g)
	case SecProjects:
		b.projectLine(text, bullet)
	case SecEducation:
		b.educationLine(text, bullet)
	case SecCertifications:
		b.d.Certifications = append(b.d.Certifications, parseCertLine(text))
	}
}

// endEntryAtBlank closes a plain-text entry that already has content.
func (b *builder) endEntryAtBlank() {
	switch {
	case b.role != nil && len(b.role.Bullets) > 0,
		b.proj != nil && (b.proj.Description != "" || len(b.proj.Bullets) > 0 || b.proj.URL != ""),
		b.edu != nil && (b.edu.Institution != "" || len(b.edu.Bullets) > 0):
		b.flush()
	}
}

func (b *builder) headerLine(l string) {
	h := &b.d.Header
	if h.Name == "" {
		h.Name = strings.Trim(l, "#* ")
		return
	}
	if h.Headline == "" && h.Email == "" && h.Phone == "" && len(h.Links) == 0 && h.Location == "" && !looksLikeContact(l) {
		h.Headline = l
		return
	}
	for _, p := range contactParts(l) {
		classifyContact(h, p)
	}
}

func (b *builder) experienceLine(text string, bullet bool) {
	if b.role == nil {
		if bullet {
			b.role = &Role{}
		} else {
			t, c := splitRoleHeading(text)
			b.role = &Role{Title: t, Company: c}
			return
		}
	}
	r := b.role
	if bullet {
		r.Bullets = append(r.Bullets, text)
		b.lastBullet = &r.Bullets[len(r.Bullets)-1]
		return
	}
	if len(r.Bullets) > 0 {
		// prose after bullets starts the next role (plain text without ###)
		b.flush()
		t, c := splitRoleHeading(text)
		b.role = &Role{Title: t, Company: c}
		return
	}
	if r.Start == "" {
		if loc, s, e, ok := splitDatesLocation(text); ok {
			r.Start, r.End = s, e
			if loc != "" {
				r.Location = joinNonEmpty(", ", r.Location, loc)
			}
			return
		}
		if r.Company == "" && r.Summary == "" {
			c, loc := splitFirst(text, " | ", " · ", " • ", " — ", " – ")
			r.Company, r.Location = c, loc
			return
		}
		if r.Location == "" && r.Summary == "" && len(text) < 40 && !strings.HasSuffix(text, ".") {
			r.Location = text
			return
		}
	}
	r.Summary = joinNonEmpty(" ", r.Summary, text)
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

var techLabelRe = regexp.MustCompile(`(?i)^(tech|technologies|tech stack|stack|built with|tools|keywords)\s*:\s*`)

func (b *builder) projectLine(text string, bullet bool) {
	p := b.proj
	if p == nil || !bullet && len(p.Bullets) > 0 {
		name, desc := splitFirst(strings.ReplaceAll(text, "**", ""), " — ", " – ", ": ", " - ")
		np := Project{Name: name, Description: desc}
		if m := mdLinkRe.FindStringSubmatch(name); m != nil {
			np.Name, np.URL = m[1], m[2]
		}
		if bullet { // "- **Name** — what it does": a project on one line
			b.flush()
			b.d.Projects = append(b.d.Projects, np)
			return
		}
		b.flush()
		b.proj = &np
		return
	}
	switch {
	case bullet:
		p.Bullets = append(p.Bullets, text)
		b.lastBullet = &p.Bullets[len(p.Bullets)-1]
	case p.URL == "" && domainRe.MatchString(text):
		p.URL = text
	case techLabelRe.MatchString(text) && len(p.Keywords) == 0:
		p.Keywords = splitItems(techLabelRe.ReplaceAllString(text, ""))
	case p.Start == "" && p.Description == "" && looksLikeDate(text):
		p.Start, p.End = parseDates(text)
	default:
		p.Description = joinNonEmpty(" ", p.Description, text)
	}
}

var (
	gpaRe     = regexp.MustCompile(`(?i)^GPA\s*:?\s*`)
	coursesRe = regexp.MustCompile(`(?i)^(relevant\s+)?(coursework|courses)\s*:\s*`)
)

func (b *builder) educationLine(text string, bullet bool) {
	if b.edu == nil || !bullet && b.edu.Institution != "" && b.edu.Start != "" && !gpaRe.MatchString(text) && !coursesRe.MatchString(text) && !looksLikeDate(text) {
		b.flush()
		b.edu = educationHeading(text)
		return
	}
	e := b.edu
	switch {
	case gpaRe.MatchString(text) && e.GPA == "":
		e.GPA = strings.TrimSpace(gpaRe.ReplaceAllString(text, ""))
	case coursesRe.MatchString(text) && len(e.Courses) == 0:
		e.Courses = splitItems(coursesRe.ReplaceAllString(text, ""))
	case bullet:
		e.Bullets = append(e.Bullets, text)
		b.lastBullet = &e.Bullets[len(e.Bullets)-1]
	default:
		if loc, s, en, ok := splitDatesLocation(text); ok && e.Start == "" {
			e.Start, e.End = s, en
			if loc != "" {
				e.Location = loc
			}
			return
		}
		if e.Institution == "" {
			inst, loc := splitFirst(text, " | ", " · ")
			e.Institution, e.Location = inst, loc
			return
		}
		if e.Location == "" {
			e.Location = text
			return
		}
		e.Bullets = append(e.Bullets, text)
	}
}

func (b *builder) done() *Document {
	b.flush()
	if b.other != nil {
		for i := range b.d.Other {
			b.d.Other[i].Lines = trimBlankLines(b.d.Other[i].Lines)
		}
	}
	return b.d
}

func trimBlankLines(ls []string) []string {
	for len(ls) > 0 && strings.TrimSpace(ls[0]) == "" {
		ls = ls[1:]
	}
	for len(ls) > 0 && strings.TrimSpace(ls[len(ls)-1]) == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

var (
	h1Re = regexp.MustCompile(`^#\s+(.+?)\s*#*\s*$`)
	h2Re = regexp.MustCompile(`^##\s+(.+?)\s*#*\s*$`)
	h3Re = regexp.MustCompile(`^###+\s+(.+?)\s*#*\s*$`)
)

// ParseMarkdown reads a Markdown resume: "# Name", "## Section" headings,
// "### Title — Company" roles with a dates line, and -, * or • bullets.
func ParseMarkdown(src string) *Document {
	b := newBuilder()
	for _, raw := range strings.Split(normalizeNewlines(src), "\n") {
		switch {
		case h1Re.MatchString(raw) && b.section == "header" && b.d.Header.Name == "":
			b.d.Header.Name = h1Re.FindStringSubmatch(raw)[1]
		case h2Re.MatchString(raw) && !h3Re.MatchString(raw):
			b.startSection(h2Re.FindStringSubmatch(raw)[1])
		case h1Re.MatchString(raw):
			b.startSection(h1Re.FindStringSubmatch(raw)[1])
		case h3Re.MatchString(raw):
			b.subheading(h3Re.FindStringSubmatch(raw)[1])
		default:
			b.line(raw)
		}
	}
	return b.done()
}

func normalizeNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
