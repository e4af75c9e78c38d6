package resume

import (
	"fmt"
	"regexp"
	"strings"
)

// Interpret reads blocks into a Document: the one place that decides
// sections, roles, dates, header and bullets, whatever the format. src is
// the source the blocks' spans point into; Splice edits it.
func Interpret(format Format, blocks []Block, src []byte) *Document {
	in := &interp{format: format, src: src, used: map[*Block]bool{},
		d: &Document{Format: format, src: src, places: map[string]place{}}}
	in.run(blocks)
	return in.d
}

type interp struct {
	format      Format
	src         []byte
	d           *Document
	bs          []*Block
	used        map[*Block]bool
	nameBlock   *Block
	fmName      string
	headerProse []*Block
	level       int // the heading level sections are at; 7 for bold or capital lines
	heads       []headInfo
}

// headInfo is what headLevel says of a block, worked out once.
type headInfo struct {
	level int
	kind  string
	known bool
}

// section is a run of blocks under one section heading.
type section struct {
	kind, title string
	head        *Block
	blocks      []*Block
	known       bool
}

var pageFooterRe = regexp.MustCompile(`(?i)^.{0,60}\bpage \d+( of \d+)?$`)

// pseudoLevel is the level of lines that act as headings: a known section
// name alone on a line, bold or in capitals, or with a colon.
const pseudoLevel = 7

func (in *interp) run(blocks []Block) {
	blocks = append([]Block(nil), blocks...) // the caller's blocks stay as given
	for i := range blocks {
		b := &blocks[i]
		// a heading that reads as a sentence or a contact line is content
		// set large ("#### I am just starting...", "#### E-mail: x")
		if b.Kind == BlockHeading && i > 0 {
			t := b.Text
			contact := anyEmailRe.MatchString(t) || contactLabelRe.MatchString(t) || strings.Contains(t, "://") || strings.Contains(t, "www.")
			sentence := strings.HasSuffix(strings.TrimSpace(t), ".") && wordCount(t) >= 6 && !strings.ContainsAny(t, "|｜—–·")
			if _, known := sectionKind(t); !known && !dated(b) && (contact || sentence || wordCount(t) > 12) {
				b.Kind, b.Level = BlockParagraph, 0
			}
		}
		switch b.Kind {
		case BlockFrontMatter:
			in.frontMatterHeader(b)
		case BlockCode, BlockHTML:
		case BlockParagraph:
			// a page footer ("Jane Doe - page 1") is no content
			if pageFooterRe.MatchString(b.Text) {
				continue
			}
			fallthrough
		default:
			if b.Style == verbatimStyle {
				in.d.verbatim = append(in.d.verbatim, b.Span)
			}
			in.bs = append(in.bs, b)
		}
	}
	in.level = in.sectionLevel()
	zoneEnd := in.headerZoneEnd()
	in.header(in.bs[:zoneEnd])
	secs := in.sections(zoneEnd)
	if len(secs) == 0 {
		in.headingless(zoneEnd)
	}
	hasSummary := false
	for _, s := range secs {
		hasSummary = hasSummary || s.kind == SecSummary
	}
	if !hasSummary && len(in.headerProse) > 0 {
		in.summary(in.headerProse)
	}
	for _, s := range secs {
		in.section(s)
	}
}

// headLevel says whether block i reads as a heading: its level (1..6, or
// pseudoLevel), its section kind, and whether that kind is known.
func (in *interp) headLevel(i int) (int, string, bool) {
	if in.heads == nil {
		in.heads = make([]headInfo, len(in.bs))
		for j := range in.bs {
			l, k, ok := in.headLevel1(j)
			in.heads[j] = headInfo{l, k, ok}
		}
	}
	h := in.heads[i]
	return h.level, h.kind, h.known
}

func (in *interp) headLevel1(i int) (int, string, bool) {
	b := in.bs[i]
	switch b.Kind {
	case BlockHeading:
		k, ok := sectionKind(b.Text)
		return b.Level, k, ok
	case BlockParagraph:
		// in Markdown a heading line stands alone; plain text has no paragraphs to go by
		if b.Quote || b.Level > 0 || in.format == Markdown && (b.Cont || i+1 < len(in.bs) && in.bs[i+1].Cont && in.bs[i+1].Kind == BlockParagraph) {
			return 0, "", false
		}
		t := strings.TrimSpace(b.Text)
		words := len(strings.Fields(t))
		if words == 0 || words > 6 {
			return 0, "", false
		}
		if k, ok := sectionKind(t); ok {
			if in.format != Markdown || b.Strong || b.Caps || strings.HasSuffix(t, ":") {
				return pseudoLevel, k, true
			}
			return 0, "", false
		}
		// plain text: a short line in capitals with no date is a heading
		// (not "CGPA: 8.5/10", a label and its value)
		if in.format != Markdown && b.Caps && b.Indent == 0 && !hasContact(t) && !strings.Contains(strings.TrimRight(t, ": "), ":") {
			if _, ok := FindDateRange(t); !ok {
				return pseudoLevel, kindUnknown, false
			}
		}
	}
	return 0, "", false
}

// sectionLevel picks the level sections are at: the one where the most
// known section names are (ties to the higher level); without any, the
// commonest heading level after the first heading.
func (in *interp) sectionLevel() int {
	counts := map[int]int{}
	for i := range in.bs {
		if l, k, ok := in.headLevel(i); l > 0 && ok && k != "" {
			counts[l]++
		}
	}
	best, n := 0, 0
	for l := 1; l <= pseudoLevel; l++ {
		if counts[l] > n {
			best, n = l, counts[l]
		}
	}
	if best > 0 {
		return best
	}
	seen := false
	for _, b := range in.bs {
		if b.Kind != BlockHeading {
			continue
		}
		if !seen { // the first heading is the name
			seen = true
			continue
		}
		counts[b.Level]++
	}
	for l := 1; l <= 6; l++ {
		if counts[l] > n {
			best, n = l, counts[l]
		}
	}
	return best
}

// isSectionHead: block i starts a section (after the header zone).
func (in *interp) isSectionHead(i int) bool {
	if in.level == 0 || in.bs[i] == in.nameBlock || in.used[in.bs[i]] {
		return false
	}
	l, k, ok := in.headLevel(i)
	if l == 0 {
		return false
	}
	if l == pseudoLevel {
		return in.level == pseudoLevel && (ok || in.format != Markdown)
	}
	if in.level == pseudoLevel {
		return ok && k != ""
	}
	return l <= in.level
}

// headerZoneEnd is where the first section starts: a heading with a known
// section name, or an unknown one at the section level (the document's
// title and the first other heading, the name, aside).
func (in *interp) headerZoneEnd() int {
	nameSeen := false
	for i, b := range in.bs {
		l, k, ok := in.headLevel(i)
		if l == 0 {
			continue
		}
		if ok && k != "" {
			return i
		}
		if (b.Kind == BlockHeading || i == 0) && !nameSeen {
			if !docTitleRe.MatchString(cleanName(b.Text)) {
				nameSeen = true
			}
			continue
		}
		if l == in.level {
			return i
		}
	}
	return len(in.bs)
}

// sections splits the blocks after the header zone.
func (in *interp) sections(from int) []*section {
	var out []*section
	var cur *section
	for i := from; i < len(in.bs); i++ {
		b := in.bs[i]
		if i == from || in.isSectionHead(i) {
			_, k, ok := in.headLevel(i)
			cur = &section{kind: k, known: ok, title: strings.TrimSpace(b.Text), head: b}
			out = append(out, cur)
			continue
		}
		if cur == nil {
			if !in.used[b] {
				in.headerProse = append(in.headerProse, b)
			}
			continue
		}
		cur.blocks = append(cur.blocks, b)
	}
	return out
}

// headingless: a file of bullets or lines with no sections is one role.
func (in *interp) headingless(from int) {
	var bullets []*Block
	for _, b := range in.bs {
		if b == in.nameBlock || in.used[b] && b.Kind == BlockHeading {
			continue
		}
		switch b.Kind {
		case BlockListItem, BlockParagraph:
			if b.Kind == BlockParagraph && b.Cont && len(bullets) > 0 && bullets[len(bullets)-1].Kind == BlockParagraph {
				// a wrapped line joins the line before it
				bullets = append(bullets, b)
				continue
			}
			bullets = append(bullets, b)
		}
	}
	in.headerProse = nil
	if len(bullets) == 0 {
		return
	}
	// an implicit section: the whole input
	d := in.d
	d.Sections = append(d.Sections, SectionInfo{Kind: SecExperience, Line: bullets[0].Line})
	d.Order = appendOnce(d.Order, SecExperience)
	r := Role{LineNo: bullets[0].Line}
	ri := len(d.Roles)
	for _, b := range mergeWrapped(bullets) {
		in.bullet(&r, ri, b)
	}
	d.Roles = append(d.Roles, r)
}

// mergeWrapped joins paragraph lines that continue one another.
func mergeWrapped(bs []*Block) []rich {
	var out []rich
	var run []rich
	flush := func() {
		if len(run) > 0 {
			out = append(out, joinRich(run, " "))
			run = nil
		}
	}
	for i, b := range bs {
		if !(i > 0 && b.Kind == BlockParagraph && b.Cont && bs[i-1].Kind == BlockParagraph) {
			flush()
		}
		run = append(run, richOf(b))
	}
	flush()
	return out
}

func (in *interp) bullet(r *Role, ri int, x rich) {
	x = x.trim()
	if x.text == "" {
		return
	}
	id := fmt.Sprintf("experience.%d.bullets.%d", ri, len(r.Bullets))
	r.Bullets = append(r.Bullets, x.text)
	in.place(id, x)
}

// place records where an item's text sits.
func (in *interp) place(id string, r rich) {
	sp := r.span()
	in.d.places[id] = place{text: r.text, line: r.line, span: sp, pieces: r.pieces, groups: r.groups}
}

func appendOnce(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// section reads one section by its kind.
func (in *interp) section(s *section) {
	d := in.d
	kind := s.kind
	if kind == kindUnknown {
		kind = in.guessKind(s)
	}
	info := SectionInfo{Kind: kind, Title: s.title}
	if s.head != nil {
		info.Line = s.head.Line
	}
	d.Sections = append(d.Sections, info)
	switch kind {
	case SecSummary:
		in.summary(s.blocks)
	case SecExperience:
		blocks := s.blocks
		if !s.known && s.head != nil && !hasSubheading(s.blocks, in.level) {
			// a section known by its content: its title names the role
			// ("### michelada.io" over a dates line and bullets)
			h := *s.head
			h.Kind, h.Strong = BlockParagraph, true
			blocks = append([]*Block{&h}, blocks...)
		}
		for _, e := range in.entries(blocks, SecExperience) {
			in.role(e)
		}
	case SecProjects:
		for _, e := range in.entries(s.blocks, SecProjects) {
			in.project(e)
		}
	case SecEducation:
		for _, e := range in.entries(s.blocks, SecEducation) {
			in.education(e)
		}
	case SecSkills:
		in.skills(s.blocks)
	case SecCertifications:
		in.certifications(s.blocks)
	case kindContact:
		in.contacts(s)
		return
	default:
		in.other(s)
		return
	}
	if kind == SecSummary && d.Summary == "" {
		return
	}
	d.Order = appendOnce(d.Order, kind)
}

// hasSubheading: the blocks hold a heading below the section level.
func hasSubheading(bs []*Block, level int) bool {
	for _, b := range bs {
		if b.Kind == BlockHeading && b.Level > level {
			return true
		}
	}
	return false
}

// guessKind decides an unknown section by its content: dated entries with
// bullets are experience; anything else is kept as written.
func (in *interp) guessKind(s *section) string {
	es := in.entries(s.blocks, SecExperience)
	dated, bullets := 0, 0
	for _, e := range es {
		if e.dated() {
			dated++
		}
		bullets += len(e.bullets)
	}
	if dated >= 1 && (bullets > 0 || dated >= 2) && dated*2 >= len(es) {
		return SecExperience
	}
	// degrees and schools: education; short lists of names: skills
	edu, lists, lines := 0, 0, 0
	for _, b := range s.blocks {
		switch b.Kind {
		case BlockParagraph, BlockListItem, BlockTableRow:
			lines++
			if degreeRe.MatchString(b.Text) || institutionRe.MatchString(b.Text) {
				edu++
			}
			if listLike(b.Text) {
				lists++
			}
		}
	}
	switch {
	case lines > 0 && edu*2 >= lines:
		return SecEducation
	case lines > 0 && lists == lines:
		return SecSkills
	}
	return kindOther
}

// listLike: "Kotlin, Java, PostgreSQL, AWS": short names and separators.
func listLike(t string) bool {
	items := splitItems(t)
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if len(strings.Fields(it)) > 3 || strings.HasSuffix(it, ".") {
			return false
		}
	}
	return true
}

// summary joins paragraphs (lines of one paragraph with spaces, paragraphs
// with a blank line).
func (in *interp) summary(bs []*Block) {
	var paras []rich
	var cur []rich
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, joinRich(cur, " ").trim())
			cur = nil
		}
	}
	for _, b := range bs {
		switch b.Kind {
		case BlockParagraph, BlockListItem, BlockTerm:
			if !b.Cont || b.Kind != BlockParagraph {
				flush()
			}
			if hasContact(b.Text) && len(strings.Fields(b.Text)) <= 8 {
				in.contactLine(b.Text)
				continue
			}
			cur = append(cur, richOf(b))
		default:
			flush()
		}
	}
	flush()
	if len(paras) == 0 {
		return
	}
	r := joinRich(paras, "\n\n")
	if in.d.Summary != "" {
		// a second summary section: its own text, kept apart
		return
	}
	in.d.Summary = r.text
	in.place(SecSummary, r)
}

// other keeps a section as written.
func (in *interp) other(s *section) {
	d := in.d
	sec := Section{Title: strings.TrimSpace(cleanName(s.title))}
	if isCaps(sec.Title) {
		sec.Title = titleCase(sec.Title)
	}
	for _, b := range s.blocks {
		switch b.Kind {
		case BlockListItem:
			sec.Lines = append(sec.Lines, strings.Repeat("  ", b.Level)+"- "+b.Text)
		case BlockRule:
		default:
			if b.Text != "" {
				sec.Lines = append(sec.Lines, b.Text)
			}
		}
		if b.Quote && hasContact(b.Text) {
			in.contactLine(b.Text)
		}
	}
	d.Other = append(d.Other, sec)
	d.Order = append(d.Order, fmt.Sprintf("other.%d", len(d.Other)-1))
}

// contacts reads a contact or personal-details section into the header.
func (in *interp) contacts(s *section) {
	name := normTitle(s.title) == "name"
	for _, b := range s.blocks {
		switch {
		case name && in.d.Header.Name == "" && b.Kind != BlockRule:
			in.d.Header.Name = cleanName(b.Text)
		case b.Kind == BlockTableRow:
			if b.Head {
				continue
			}
			cells := in.rawCells(b)
			if len(cells) == 2 {
				in.contacts1(strings.TrimSpace(cells[0])+": "+strings.TrimSpace(cells[1]), true)
				continue
			}
			for _, c := range cells {
				in.contacts1(c, true)
			}
		case b.Kind == BlockParagraph || b.Kind == BlockListItem:
			in.contacts1(in.rawLine(b), true)
		}
	}
}
