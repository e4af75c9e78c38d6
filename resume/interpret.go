package resume

import (
	"fmt"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Interpret reads blocks into a Document: the one place that decides
// sections, roles, dates, header and bullets, whatever the format. src is
// the source the blocks' spans point into; Splice edits it.
func Interpret(format Format, blocks []Block, src []byte) *Document {
	in := &interp{format: format, src: src, used: map[*Block]bool{},
		d: &Document{Format: format, src: src, places: map[string]place{}}}
	in.adoc = format == Text && adocSource(src)
	in.run(blocks)
	return in.d
}

type interp struct {
	format      Format
	adoc        bool // AsciiDoc read as text: a paragraph's lines wrap, as Markdown's do
	src         []byte
	d           *Document
	bs          []*Block
	used        map[*Block]bool
	nameBlock   *Block
	fmName      string
	headerProse []*Block
	level       int // the heading level sections are at; 7 for bold or capital lines
	heads       []headInfo
	knownLevels []bool // knownHeadingLevel's answers by level, read once
	// knownExperience: a section is titled as experience, so a section of
	// another title is not taken for one by its dates alone
	knownExperience bool
	// the kinds of the document's sections (a section of other facts
	// reads its labelled paragraphs as none of these)
	kinds    map[string]bool
	lastKind string // the kind of the section read last
	// eventYear: the year heading over each month heading of a calendar
	// timeline (calendarBody), which dates the event under it
	eventYear  map[*Block]*Block
	datedRoles bool // a section titled as experience has dated entries
	guessing   bool // guessKind is reading entries to judge a section
	// textHeadsAfterGap: the plain text's section names stand after blank
	// lines, so one inside a block of lines is not a heading
	textHeadsAfterGap bool
	baseIndent        int // plain text: the indent of the leftmost lines (a converter may indent them all)
	// indentHeads: plain text whose section names stand at the margin with
	// their sections indented under them
	indentHeads bool
	// termListsSeen: termLists's answer, read once (0 unread, 1 no, 2 yes)
	termListsSeen int
	// capsHeads: text or Markdown whose known section names stand in bold
	// capitals ("**EDUCATION**"): a bold label in small letters that ends
	// in a colon ("**Leadership & Extracurricular Achievements:**") is a
	// label inside a section, not one of them
	capsHeads bool
	// numberedHeads: plain text whose section names are numbered at the
	// margin ("4. Esperienze lavorative", "5. Istruzione"), written in
	// small letters: a numbered name of a section is its heading
	numberedHeads bool
	// plainHeads: Markdown with no heading at all, its section names
	// plain lines standing alone (a page pasted from a word processor)
	plainHeads bool
	// afterPage: the block right after a page footer left out ("Page 1
	// of 3"), which may go on with the lines before the page break
	afterPage map[*Block]bool
	// marks: the symbols that open known section names in plain text
	// ("■職務経歴"), counted; nil until asked
	marks map[rune]int
	// overview: the entries of an experience section that only lists
	// roles (a table of them), held until the next section tells whether
	// it details them
	overview []*entry
}

// headMark is the symbol a line opens with ("■", "◆", "▶"), or 0.
func headMark(t string) rune {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t))
	if unicode.Is(unicode.So, r) {
		return r
	}
	return 0
}

// markedHead: plain text whose known section names open with one symbol
// ("■職務要約", "■学歴"): a short line opening with it is a section's
// name too, one the table does not know ("■活かせる経験・知識").
func (in *interp) markedHead(b *Block) bool {
	if in.marks == nil {
		in.marks = map[rune]int{}
		for _, x := range in.bs {
			if m := headMark(x.Text); m != 0 && x.Kind == BlockParagraph {
				if k, ok := sectionKind(x.Text); ok && k != kindContact {
					in.marks[m]++
				}
			}
		}
	}
	m := headMark(b.Text)
	return m != 0 && in.marks[m] >= 2 && utf8.RuneCountInString(strings.TrimSpace(b.Text)) <= 24 && !fullStop(b.Text)
}

// datesUnder: the line right under block i (no blank between) holds
// only dates ("**Lead Engineer - Acme**" over "June 2021 - Present"): the
// two head a role, and the bold line names no section.
func datesUnder(bs []*Block, i int) bool {
	if i+1 >= len(bs) || bs[i+1].Kind != BlockParagraph || !bs[i+1].Cont || bs[i+1].Line != bs[i].Line+1 {
		return false
	}
	_, only := ParseDateRange(strings.TrimSpace(bs[i+1].Text))
	return only
}

// indentedUnder: the block after block i is indented deeper than it.
func (in *interp) indentedUnder(i int) bool {
	return i+1 < len(in.bs) && in.bs[i+1].Indent > in.bs[i].Indent
}

// countIndentHeads counts known section names at the margin with indented
// lines under them.
func (in *interp) countIndentHeads() int {
	n := 0
	for i, b := range in.bs {
		if b.Kind != BlockParagraph || b.Indent != in.baseIndent || !in.indentedUnder(i) {
			continue
		}
		if _, known := sectionKind(b.Text); known {
			n++
		}
	}
	return n
}

// baseIndent is the indent of the leftmost lines: the smallest indent that
// a fifth of the paragraph lines have (a converter may indent them all, and
// leave a stray line at the margin).
func baseIndent(bs []*Block) int {
	count := map[int]int{}
	n := 0
	for _, b := range bs {
		if b.Kind == BlockParagraph {
			count[b.Indent]++
			n++
		}
	}
	for indent := 0; indent <= 16; indent++ {
		if count[indent]*5 >= n && count[indent] > 0 {
			return indent
		}
	}
	return 0
}

// plainHeads: no block is a heading, and two lines or more that stand
// alone as paragraphs name known sections ("Experiência Profissional",
// "Educação").
func plainHeads(bs []*Block) bool {
	n := 0
	for i, b := range bs {
		if b.Kind == BlockHeading {
			return false
		}
		alone := b.Kind == BlockParagraph && b.Level == 0 && !b.Quote && !b.Cont && (i+1 == len(bs) || !bs[i+1].Cont)
		if _, known := sectionKind(b.Text); alone && known && wordCount(b.Text) <= 4 {
			n++
		}
	}
	return n >= 2
}

// textHeadsAfterGap: most plain lines that are section names stand after a
// blank line.
func textHeadsAfterGap(bs []*Block) bool {
	gap, block := 0, 0
	for _, b := range bs {
		if b.Kind != BlockParagraph || b.Caps || wordCount(b.Text) > 6 {
			continue
		}
		if _, ok := sectionKind(b.Text); ok {
			if b.Cont {
				block++
			} else {
				gap++
			}
		}
	}
	return gap >= 2 && gap > block
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
	es          []*entry // its entries as experience, read once
	// parent: the heading over a section that a subheading opened by
	// naming it ("### Ausbildung" under "## Erfahrung")
	parent *Block
}

// trailingRuleRe: the dashes a plain-text heading is ruled out with
// ("SKILLS ---------").
var trailingRuleRe = lazy.Regexp(`\s*[-=_~*]{3,}\s*$|^\s*[*=#~]{3,}\s*`)

var pageFooterRe = lazy.Regexp(`(?i)^.{0,60}\bpage \d+( of \d+)?$`)

// pseudoLevel is the level of lines that act as headings: a known section
// name alone on a line, bold or in capitals, or with a colon.
const pseudoLevel = 7

func (in *interp) run(blocks []Block) {
	blocks = append([]Block(nil), blocks...) // the caller's blocks stay as given
	footer := false
	fmTitle := ""
	for i := range blocks {
		if footer && blocks[i].Kind != BlockRule && blocks[i].Kind != BlockParagraph || footer && blocks[i].Kind == BlockParagraph && !pageFooterRe().MatchString(blocks[i].Text) {
			if in.afterPage == nil {
				in.afterPage = map[*Block]bool{}
			}
			in.afterPage[&blocks[i]] = true
			footer = false
		}
		b := &blocks[i]
		// a heading that reads as a sentence or a contact line is content
		// set large ("#### I am just starting...", "#### E-mail: x")
		if b.Kind == BlockHeading && i > 0 {
			t := b.Text
			contact := anyEmailRe().MatchString(t) || contactLabelRe().MatchString(t) || strings.Contains(t, "://") || strings.Contains(t, "www.")
			sentence := strings.HasSuffix(strings.TrimSpace(t), ".") && wordCount(t) >= 6 && !strings.ContainsAny(t, "|｜—–·") && !abbrevEnd(t)
			if _, known := sectionKind(t); !known && !dated(b) && (contact || sentence || wordCount(t) > 12) {
				b.Kind, b.Level = BlockParagraph, 0
			}
		}
		switch b.Kind {
		case BlockFrontMatter:
			in.frontMatterHeader(b)
			if m := fmTitleRe().FindStringSubmatch(b.Text); m != nil && fmTitle == "" {
				fmTitle = strings.Trim(strings.TrimSpace(m[1]), `"'`)
			}
		case BlockCode, BlockHTML:
		case BlockParagraph:
			// a page footer ("Jane Doe - page 1") is no content
			if pageFooterRe().MatchString(b.Text) {
				footer = true
				continue
			}
			fallthrough
		default:
			switch b.Style {
			case verbatimStyle:
				in.d.verbatim = append(in.d.verbatim, b.Span)
				switch b.YAMLQuote {
				case '"':
					in.d.yamlDQ = append(in.d.yamlDQ, b.Span)
				case '\'':
					in.d.yamlSQ = append(in.d.yamlSQ, b.Span)
				}
			case htmlStyle:
				in.d.htmlSpans = append(in.d.htmlSpans, b.Span)
			case latexStyle:
				in.d.latexSpans = append(in.d.latexSpans, b.Span)
			case orgStyle:
				in.d.orgSpans = append(in.d.orgSpans, b.Span)
			}
			in.bs = append(in.bs, b)
		}
	}
	if in.format == Markdown {
		joinSpacedLines(in.bs)
	}
	in.datesHeadingsAsLines()
	in.textHeadsAfterGap = in.format == Text && textHeadsAfterGap(in.bs)
	in.baseIndent = baseIndent(in.bs)
	in.indentHeads = in.format == Text && in.countIndentHeads() >= 2
	in.capsHeads = (in.format == Text || in.format == Markdown) && in.countCapsHeads() >= 2
	in.plainHeads = in.format == Markdown && plainHeads(in.bs)
	in.numberedHeads = in.format == Text && in.countNumberedHeads() >= 3
	in.level = in.sectionLevel()
	// a page whose front matter titles it as experience ("title: Mi
	// trayectoria profesional") and whose headings name no section: its
	// body is that section, its headings the jobs
	if k, ok := sectionKind(fmTitle); ok && k == SecExperience && in.format == Markdown && !in.anyKnownHeading() {
		top := 0
		for _, b := range in.bs {
			if b.Kind == BlockHeading && (top == 0 || b.Level < top) {
				top = b.Level
			}
		}
		if top > 0 {
			in.level = top - 1
			in.d.Sections = nil
			in.section(&section{kind: SecExperience, known: true, title: fmTitle, blocks: in.bs})
			return
		}
	}
	if start, stop, top := in.datedHeadingsBody(); start >= 0 {
		in.level = top - 1
		// (a company's block right over the first job's heading is the
		// job's, not the header's: companyPreface)
		if k, _ := companyPreface(in.bs[:start]); k >= 0 {
			start = k
		}
		in.header(in.bs[:start])
		if len(in.headerProse) > 0 {
			in.summary(in.headerProse)
		}
		in.section(&section{kind: SecExperience, blocks: in.bs[start:stop]})
		if stop < len(in.bs) {
			// the sections after the jobs, titled at the jobs' level
			in.level = top
			for _, s := range in.sections(stop) {
				in.section(s)
			}
		}
		return
	}
	if start, stop, level, title := in.calendarHeadings(); start >= 0 {
		in.calendarBody(start, stop, level, title)
		return
	}
	zoneEnd := in.headerZoneEnd()
	// jobs listed before any heading are a section of their own
	headerEnd := zoneEnd
	timeline := in.timelineStart(zoneEnd)
	if timeline >= 0 {
		headerEnd = timeline
	}
	in.header(in.bs[:headerEnd])
	secs := in.sections(zoneEnd)
	if in.format == Text {
		secs = sidebarRuns(secs)
	}
	if timeline >= 0 {
		secs = append([]*section{{kind: SecExperience, blocks: in.bs[timeline:zoneEnd]}}, secs...)
	}
	if len(secs) == 0 {
		in.headingless(zoneEnd)
	}
	hasSummary := false
	in.datedRoles = in.anyDatedRoles(secs)
	in.kinds = map[string]bool{}
	for _, s := range secs {
		in.kinds[s.kind] = true
		hasSummary = hasSummary || s.kind == SecSummary
		in.knownExperience = in.knownExperience || s.known && s.kind == SecExperience
	}
	if !hasSummary && len(in.headerProse) > 0 {
		in.summary(in.headerProse)
	}
	for _, s := range secs {
		in.section(s)
	}
	in.flushOverview(nil)
	if in.d.Header.Name == "" {
		in.nameFromProse()
	}
}

// datesHeadingsAsLines: a heading of only dates right under a job's
// heading, with text (no other heading) after it ("## Consultant at
// Lechfeld AG" over "### Jan 2016 - Feb 2019" over paragraphs), is that
// job's dates line set large: a line of the job's heading, as "**Jan 2016
// - Feb 2019**" would be. (Between two headings, "#### medrouter.io" over
// "###### 2023-2024" over "#### CTO", the headings are read together.)
func (in *interp) datesHeadingsAsLines() {
	for i := 1; i < len(in.bs); i++ {
		b, p := in.bs[i], in.bs[i-1]
		if b.Kind != BlockHeading || p.Kind != BlockHeading || p.Level >= b.Level || !dateRangeOnly(b.Text) {
			continue
		}
		if i+1 < len(in.bs) && in.bs[i+1].Kind == BlockHeading {
			continue
		}
		if _, known := sectionKind(p.Text); known || dateRangeOnly(p.Text) || calendarYear(in.bs, i) {
			continue
		}
		b.Kind, b.Level = BlockParagraph, 0
	}
}

// fmTitleRe: a YAML front matter's title.
var fmTitleRe = lazy.Regexp(`(?m)^title:[ \t]*(.+?)[ \t]*$`)

// anyKnownHeading: a block reads as a heading with a section name the
// table knows.
func (in *interp) anyKnownHeading() bool {
	for i := range in.bs {
		if l, k, ok := in.headLevel(i); l > 0 && ok && k != "" {
			return true
		}
	}
	return false
}

// anyDatedRoles: a section titled as experience holds a dated entry.
func (in *interp) anyDatedRoles(secs []*section) bool {
	for _, s := range secs {
		if s.kind != SecExperience {
			continue
		}
		if s.es == nil {
			s.es = in.entries(s.blocks, SecExperience)
		}
		for _, e := range s.es {
			if e.dated() {
				return true
			}
		}
	}
	return false
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
	case BlockListItem:
		// plain text: "1. FORMACIÓN ACADÉMICA", a section's name in
		// capitals, numbered as the sections are, at the margin
		if in.format == Text && b.Level == 0 && (b.Caps || in.numberedHeads) && !b.Quote && b.Indent <= in.baseIndent {
			if k, ok := sectionKind(b.Text); ok && k != kindContact && k != kindUnknown {
				return pseudoLevel, k, true
			}
		}
	case BlockParagraph:
		// in Markdown a heading line stands alone; plain text (a fence's
		// too) has no paragraphs to go by
		markdown := in.format == Markdown && b.Style != verbatimStyle
		// ("####### Education" may stand inside a paragraph: seven
		// hashes make no heading)
		hashed := strings.HasPrefix(b.Text, "#")
		// ("**ОБРАЗОВАНИЕ**  " over its first line after a hard break: a
		// known name in bold capitals opens its section all the same)
		capsName := false
		if b.Strong && b.Caps && !b.Cont {
			_, capsName = sectionKind(b.Text)
		}
		// ("`6. 项目经历`": a line set in code as its siblings are, "`1.
		// Web 前端`" among the skills, names a section when the table
		// knows the name)
		code := markdown && codeLine(b)
		if b.Quote || b.Level > 0 || markdown && !hashed && !capsName && !code && (b.Cont || i+1 < len(in.bs) && in.bs[i+1].Cont && in.bs[i+1].Kind == BlockParagraph) {
			return 0, "", false
		}
		t := strings.TrimSpace(b.Text)
		// AsciiDoc's description term alone on its line ("Technologie::"
		// over a list) labels the list under it inside an entry, however
		// a section would be named
		if in.adoc && adocTermAlone(t) {
			return 0, "", false
		}
		// ("Опыт работы — 8 лет 2 месяца": the length after the name is
		// no word of it)
		words := len(strings.Fields(trimDurationTail(t)))
		if words == 0 || words > 6 {
			return 0, "", false
		}
		// "######Experience:": hashes with no space are no heading in
		// CommonMark, but the writer meant one
		// ("💼 Experience ([Full Version](...))": a profile README's
		// heading, an emoji before the name)
		marked := b.Strong || b.Caps || code || strings.HasSuffix(t, ":") || strings.HasPrefix(t, "#") || emojiLed(t)
		if in.capsHeads && boldLine(b) && !b.Caps && strings.HasSuffix(strings.TrimRight(t, "*_"), ":") {
			return 0, "", false
		}
		if k, ok := sectionKind(t); ok {
			// a plain line inside a block of lines, where the document's
			// headings stand after a blank line, is content ("Projects" as
			// a company between a title and its dates)
			// (but a name of two words after a finished sentence is one:
			// "...dos indicadores." over "Experiências Anteriores")
			afterSentence := i > 0 && words >= 2 && fullStop(in.bs[i-1].Text) && !fullStop(t)
			if marked || in.plainHeads || in.format != Markdown && (!b.Cont || !in.textHeadsAfterGap || afterSentence) {
				return pseudoLevel, k, true
			}
			return 0, "", false
		}
		// plain text: a short line in capitals (or set off by a tab) with no
		// date is a heading (not "CGPA: 8.5/10", a label and its value, nor
		// "CMS:", a label in a list); so
		// is a line after a blank whose last noun names a section
		// ("Selected Open Source Projects and Publications")
		if in.format == Text && !b.Cont && in.markedHead(b) {
			return pseudoLevel, kindUnknown, false
		}
		if in.format != Markdown && b.Indent <= in.baseIndent && !hasContact(t) && !strings.Contains(t, ":") {
			if (b.Caps && !(in.format == Text && (datesClose(in.bs, i) || datesOver(in.bs, i))) || b.Strong && in.format == Text && !datesUnder(in.bs, i) || in.format == Text && !b.Cont && headNounKind(t) != "") && !dated(b) {
				return pseudoLevel, kindUnknown, false
			}
			// a document whose headings stand at the margin over indented
			// sections: a short line there with indented lines under it
			if in.indentHeads && b.Indent == in.baseIndent && !b.Cont && in.indentedUnder(i) && !dated(b) && !fullStop(t) && wordCount(t) <= 5 && !strings.ContainsAny(t, "\t,") {
				return pseudoLevel, kindUnknown, false
			}
			if in.termListTitle(i) {
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
	// ("**Technologies:**" under each job: a label the entries repeat,
	// not a section's title; a section is named once)
	var labels map[string]bool
	for i := range in.bs {
		if l, k, ok := in.headLevel(i); l > 0 && ok && k != "" {
			if l == pseudoLevel && in.format == Markdown {
				n := normTitle(in.bs[i].Text)
				if labels[n] {
					continue
				}
				if labels == nil {
					labels = map[string]bool{}
				}
				labels[n] = true
			}
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
	// no title the table knows: titles whose last noun names a section
	// ("Relevant Work Experience")
	for _, b := range in.bs {
		if b.Kind == BlockHeading && headNounKind(b.Text) != "" {
			counts[b.Level]++
		}
	}
	for l := 1; l <= 6; l++ {
		if counts[l] > n {
			best, n = l, counts[l]
		}
	}
	if best > 0 {
		return best
	}
	seen := false
	for i, b := range in.bs {
		if b.Kind != BlockHeading {
			continue
		}
		if !seen { // the first heading is the name
			seen = true
			continue
		}
		// ("## Ferrovie Lagunari" over "### Sviluppatore | Marzo 2022 -
		// Presente": a dated heading right under one a level up is that
		// one's job line, no section's title)
		if i > 0 && in.bs[i-1].Kind == BlockHeading && in.bs[i-1].Level == b.Level-1 && dated(b) {
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
		// plain text whose sections are underlined: a known section name
		// in capitals after a blank line, left without its rule, is one
		// all the same ("OTRAS EXPERIENCIAS PROFESIONALES")
		if in.format == Text && ok && k != "" && k != kindContact && in.bs[i].Caps && !in.bs[i].Cont {
			return true
		}
		return in.level == pseudoLevel && (ok || in.format != Markdown)
	}
	if in.level == pseudoLevel {
		// (a Markdown heading at a level a known section's heading uses
		// is a section's too, "## 📊 GitHub Stats" beside "## 🎓
		// Education" in a README whose other sections are emoji lines)
		return ok && k != "" || in.format == Markdown && in.bs[i].Kind == BlockHeading && in.knownHeadingLevel(l)
	}
	return l <= in.level
}

// knownHeadingLevel: some Markdown heading at level l names a known
// section.
func (in *interp) knownHeadingLevel(l int) bool {
	if in.knownLevels == nil {
		in.knownLevels = make([]bool, 7)
		for j, b := range in.bs {
			if b.Kind == BlockHeading && b.Level >= 1 && b.Level <= 6 {
				if hl, k, ok := in.headLevel(j); hl == b.Level && ok && k != "" && k != kindContact {
					in.knownLevels[b.Level] = true
				}
			}
		}
	}
	return l >= 1 && l <= 6 && in.knownLevels[l]
}

// headerZoneEnd is where the first section starts: a heading with a known
// section name, or an unknown one at the section level (the document's
// title and the first other heading, the name, aside).
func (in *interp) headerZoneEnd() int {
	nameSeen := false
	for i, b := range in.bs {
		l, k, ok := in.headLevel(i)
		if l == 0 {
			// a line under the document's title ("# Resume") holds the name:
			// the next heading is a section's
			nameSeen = nameSeen || i > 0 && b.Kind == BlockParagraph
			continue
		}
		if ok && k != "" {
			return i
		}
		if (b.Kind == BlockHeading || i == 0) && !nameSeen && !in.companyHeading(i) {
			if !docTitleRe().MatchString(cleanName(b.Text)) {
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

// companyHeading: in a document whose headings are all unknown names at
// one level ("## Exercism", "## Tidewell"), a heading with a dated entry
// right under it is a job's, not the person's name.
func (in *interp) companyHeading(i int) bool {
	b := in.bs[i]
	if b.Kind != BlockHeading || b.Level != in.level {
		return false
	}
	for j := range in.bs {
		if _, k, ok := in.headLevel(j); ok && k != "" && k != kindContact {
			return false
		}
	}
	for j := i + 1; j < len(in.bs) && j <= i+3; j++ {
		n := in.bs[j]
		// ("## Radio Cantábrica" over "### Desarrolladora Web | Mayo
		// 2023 - Presente": the job's title and dates a level down)
		if n.Kind == BlockHeading {
			return j == i+1 && n.Level == b.Level+1 && dated(n) && headerLike(n)
		}
		if n.Kind == BlockParagraph && dated(n) && headerLike(n) {
			return true
		}
	}
	return false
}

// sections splits the blocks after the header zone.
func (in *interp) sections(from int) []*section {
	var out []*section
	var cur, kept *section
	for i := from; i < len(in.bs); i++ {
		b := in.bs[i]
		if l := in.strayEntryHead(cur, i); l > 0 {
			// a job's heading underlined as the sections are: one of
			// the section's entries, at their level
			b.Level = l
			if in.heads != nil {
				in.heads[i].level = l
			}
		} else if i == from || in.isSectionHead(i) && !in.roleHeadInText(cur, i) {
			_, k, ok := in.headLevel(i)
			cur = &section{kind: k, known: ok, title: strings.TrimSpace(trailingRuleRe().ReplaceAllString(b.Text, "")), head: b}
			out = append(out, cur)
			kept = nil
			if ok && k == kindOther {
				kept = cur
			}
			continue
		}
		if s := in.skillsSubsection(cur, i); s != nil {
			cur = s
			out = append(out, cur)
			continue
		}
		if s := in.projectsLabelItem(cur, i); s != nil {
			cur = s
			out = append(out, cur)
			continue
		}
		if s := in.namedSubsection(cur, i); s != nil {
			cur = s
			out = append(out, cur)
			continue
		}
		if s := in.eduAsideSubsection(cur, i); s != nil {
			cur = s
			out = append(out, cur)
			continue
		}
		if s := in.keptSubsection(kept, cur, i); s != nil {
			cur = s
			out = append(out, cur)
			continue
		}
		if cur == nil {
			if !in.used[b] {
				in.headerProse = append(in.headerProse, b)
			}
			continue
		}
		// "【職務要約】" over a paragraph, then "【会社】株式会社ミドリ通販"
		// lines with no heading of their own: the jobs start where a line
		// names a company
		if cur.kind == SecSummary && b.Kind == BlockParagraph && !b.Cont && fieldLabel(bracketLabel(b.Text)) == "company" {
			cur = &section{kind: SecExperience}
			out = append(out, cur)
		}
		cur.blocks = append(cur.blocks, b)
	}
	if n := len(out); n > 0 {
		out[n-1].blocks = closingMark(in.closingContacts(out[n-1].blocks))
	}
	return out
}

// closingMark cuts the word that closes a Japanese or Korean document
// ("以上", "이상": "that is all"), alone on the last line, from the last
// section: it ends the document and tells nothing.
func closingMark(bs []*Block) []*Block {
	if n := len(bs); n > 0 && bs[n-1].Kind == BlockParagraph {
		switch strings.TrimSpace(bs[n-1].Text) {
		case "以上", "이상":
			return bs[:n-1]
		}
	}
	return bs
}

// countCapsHeads counts the lines in bold capitals that name a known
// section.
func (in *interp) countCapsHeads() int {
	n := 0
	for _, b := range in.bs {
		if b.Kind == BlockParagraph && boldLine(b) && b.Caps && !b.Cont && b.Level == 0 {
			if k, ok := sectionKind(b.Text); ok && k != kindUnknown {
				n++
			}
		}
	}
	return n
}

// labelledOnto: an entry whose heading is only a label ("Leadership &
// Extracurricular Achievements:") over items tells of the entry before
// it: its items are that one's.
func labelledOnto(es []*entry) []*entry {
	out := es[:0:0]
	for _, e := range es {
		if n := len(out); n > 0 && len(e.head) == 1 && len(e.bullets) > 0 && len(e.prose) == 0 && e.head[0].Kind == BlockParagraph {
			t := strings.TrimRight(strings.TrimSpace(e.head[0].Text), "*_ ")
			if strings.HasSuffix(t, ":") && !dated(e.head[0]) && wordCount(t) <= 6 {
				out[n-1].bullets = append(out[n-1].bullets, e.bullets...)
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// boldLine: a line all in bold, read so or still marked ("**EDUCATION**"
// in plain text).
func boldLine(b *Block) bool {
	if b.Strong {
		return true
	}
	t := strings.TrimSpace(b.Text)
	return len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(t[2:len(t)-2], "**")
}

// headingless: a file of bullets or lines with no sections is one role.
func (in *interp) headingless(from int) {
	var bullets []*Block
	// where the lines are marked as items, the unmarked ones (a grid of
	// skills, a heading line) are not bullets
	items := false
	for _, b := range in.bs {
		items = items || b.Kind == BlockListItem
	}
	for _, b := range in.bs {
		if b == in.nameBlock || in.used[b] && b.Kind == BlockHeading || items && b.Kind == BlockParagraph {
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
	// a few short lines, none a sentence ("Dokuz Eylül Üniversitesi 4.
	// Sınıf Öğrencisi", "KORDON Yazılım - Yazılım Test Uzman
	// Yardımcısı"): a school is a line of education, a line naming a
	// title a role; nothing here is a bullet
	if !items && in.shortLines(bullets) {
		d := in.d
		for _, b := range bullets {
			e := newEntry(b)
			switch {
			case institutionRe().MatchString(b.Text) || degreeRe().MatchString(b.Text):
				in.education(e)
				d.Order = appendOnce(d.Order, SecEducation)
			case titleRe().MatchString(b.Text):
				if len(d.Roles) == 0 {
					d.Sections = append(d.Sections, SectionInfo{Kind: SecExperience, Line: b.Line})
					d.Order = appendOnce(d.Order, SecExperience)
				}
				in.role(e)
			}
		}
		if len(d.Roles) > 0 {
			return
		}
	}
	// "Name: Pavel", "About me: I want to be a programmer", "Skills: C#":
	// lines that are all labels and values tell about the person, not a job
	if !items && allLabelled(bullets) {
		in.labelledSummary(bullets)
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

// shortLines: two to six lines, each its own paragraph, none a sentence
// or a label, and one names a title.
func (in *interp) shortLines(bs []*Block) bool {
	if len(bs) < 2 || len(bs) > 6 {
		return false
	}
	titled := false
	for _, b := range bs {
		t := strings.TrimSpace(b.Text)
		if b.Cont || fullStop(t) || wordCount(t) > 10 || strings.ContainsAny(t, ":：") {
			return false
		}
		titled = titled || titleRe().MatchString(t) && !institutionRe().MatchString(t)
	}
	return titled
}

// labelledRe: a line that opens with a short label and a colon.
var labelledRe = lazy.Regexp(`^[\p{L}][\p{L} ./()@-]{0,30}:(\s|$)`)

// allLabelled: every line opens with a label ("mail: x", "contacts:").
func allLabelled(bs []*Block) bool {
	for _, b := range bs {
		if !labelledRe().MatchString(strings.TrimSpace(b.Text)) {
			return false
		}
	}
	return len(bs) >= 2
}

// labelledSummary reads "Label: value" lines: contacts go to the header,
// and the longest value of words ("About me: I want to be...") is the
// summary, its label left as written.
func (in *interp) labelledSummary(bs []*Block) {
	var best rich
	for _, b := range bs {
		t := strings.TrimSpace(b.Text)
		if hasContact(t) {
			in.contactLine(t)
			continue
		}
		lead := len(b.Text) - len(strings.TrimLeft(b.Text, " \t"))
		m := labelledRe().FindString(t)
		r := richOf(b).slice(lead+len(m), len(b.Text)).trim()
		if k, _ := sectionKind(m); k == SecSummary && wordCount(r.text) >= 3 {
			best = r
			break
		}
		if wordCount(r.text) >= 5 && len(r.text) > len(best.text) {
			best = r
		}
	}
	if best.text != "" {
		in.d.Summary = best.text
		in.place(SecSummary, best)
		in.d.Sections = append(in.d.Sections, SectionInfo{Kind: SecSummary, Line: best.line})
		in.d.Order = appendOnce(in.d.Order, SecSummary)
	}
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
	if at := tabDutyValue(x.text); at > 0 {
		x = x.slice(at, len(x.text)) // a form's duty row: its value tells what was done
	}
	if !hasWordChar(x.text) {
		return // "", or an icon ("💼") a page lays out beside a job
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
	if (kind == SecProjects || s.kind == kindUnknown && kind != SecExperience) && in.detailsOverview(s) {
		kind = SecExperience // "경력기술서" under a table of the roles
	}
	in.lastKind = kind
	if kind != SecExperience {
		in.flushOverview(nil)
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
		if !s.known && s.head != nil && !hasSubheading(s.blocks, in.level) && !in.opensWithEntry(s.blocks) && !namesCompanyFirst(s.blocks) {
			// a section known by its content: its title names the role
			// ("### michelada.io" over a dates line and bullets)
			h := *s.head
			h.Kind, h.Strong = BlockParagraph, true
			blocks = append([]*Block{&h}, blocks...)
		}
		es := s.es
		if es == nil || len(blocks) != len(s.blocks) {
			es = in.entries(blocks, SecExperience)
		}
		if in.datedHead(s) && hasSubheading(s.blocks, in.level) && !in.datedSubheadings(s.blocks, SecExperience) {
			// "## Acme Ltd (2020 - now)" over "### 1. Web shop": the
			// heading is the role, the subheadings its projects
			h := *s.head
			h.Kind, h.Strong = BlockParagraph, true
			e := newEntry(&h)
			in.fill(e, s.blocks)
			es = []*entry{e}
		}
		if co := in.sectionCompany(s, len(blocks) != len(s.blocks)); co != "" {
			for _, e := range es {
				if e.group == "" && e.labelCompany == "" {
					e.labelCompany = co
				}
			}
		}
		es = termCards(es)
		groupCompanies(es)
		stackedTitles(es)
		in.mergeRepeats(es)
		es = clientEngagements(es)
		if in.flushOverview(es) {
			break
		}
		if in.overviewOnly(es) {
			in.overview = es
			break
		}
		in.experienceEntries(es)
	case SecProjects:
		es := dropOverviewRows(in.entries(s.blocks, SecProjects))
		groups := in.employerGroups(es)
		for i, e := range es {
			if groups != nil && groups[i] != nil {
				for _, b := range groups[i] {
					pe := newEntry(b)
					pe.product = true
					in.project(pe)
				}
				continue
			}
			// (beside employers' products, an employer's heading over
			// prose alone tells of the employer: no project)
			if groups != nil && len(e.bullets) == 0 && len(e.head) == 1 && e.head[0].Kind == BlockHeading && in.namesEmployer(strings.TrimSpace(e.head[0].Text)) {
				continue
			}
			in.project(e)
		}
	case SecEducation:
		blocks, projects := eduProjects(eduGroupHeads(s.blocks))
		edu, certs := certItems(blocks)
		for _, e := range schoolEvents(eduProseOnto(labelledOnto(in.entries(edu, SecEducation)))) {
			if e.skip {
				continue
			}
			in.education(e)
		}
		if len(projects) > 0 {
			for _, e := range in.entries(projects, SecProjects) {
				in.project(e)
			}
			d.Order = appendOnce(d.Order, SecProjects)
		}
		if len(certs) > 0 {
			in.certifications(certs)
			d.Order = appendOnce(d.Order, SecCertifications)
		}
	case SecSkills:
		skills, certs := skillCerts(s.blocks)
		in.skills(skills)
		if len(certs) > 0 {
			d.Order = appendOnce(d.Order, SecSkills)
			in.certifications(certs)
			d.Order = appendOnce(d.Order, SecCertifications)
		}
	case SecCertifications:
		in.certifications(s.blocks)
	case kindContact:
		in.contacts(s)
		return
	default:
		if certs := labelledCerts(s.blocks); len(certs) > 0 {
			in.certifications(certs)
			d.Order = appendOnce(d.Order, SecCertifications)
		}
		// ("*Education:* AAS, Pharmacy Technology, Missoula College")
		if edu, certs := labelledParagraphs(s.blocks); s.kind == kindOther {
			if in.kinds[SecEducation] {
				edu = nil
			}
			if in.kinds[SecCertifications] {
				certs = nil
			}
			for _, e := range in.entries(edu, SecEducation) {
				if !e.skip {
					in.education(e)
				}
			}
			if len(edu) > 0 {
				d.Order = appendOnce(d.Order, SecEducation)
			}
			if len(certs) > 0 {
				in.certifications(certs)
				d.Order = appendOnce(d.Order, SecCertifications)
			}
		}
		in.other(s)
		return
	}
	if kind == SecSummary && d.Summary == "" {
		return
	}
	d.Order = appendOnce(d.Order, kind)
}

// experienceEntries reads an experience section's entries: roles, and
// degrees listed among them.
func (in *interp) experienceEntries(es []*entry) {
	onTimeline := timeline(es)
	if in.datedRoles && labelsOnly(es) {
		es = nil
	}
	shareFields(es)
	shareLeadingFields(es)
	in.dropClosingPointer(es)
	for _, e := range es {
		switch {
		case e.skip, onTimeline && noRole(e):
		case onTimeline && timelineLine(e) != nil && contactsLine(timelineLine(e).Text):
		case onTimeline && timelineLine(e) != nil && certOpens(undatedLine(timelineLine(e).Text)):
			in.certifications([]*Block{timelineLine(e)})
			in.d.Order = appendOnce(in.d.Order, SecCertifications)
		case degreeEntry(e):
			in.education(e)
			in.d.Order = appendOnce(in.d.Order, SecEducation)
		default:
			in.role(e)
		}
	}
}

// dropClosingPointer: dated roles told with no text at all, then one
// paragraph after the last that links elsewhere ("Voor meer info verwijs
// ik je graag door naar mijn <a href=...>Linkedin</a>."): the line closes
// the list, pointing to more; it tells nothing done in the last role.
func (in *interp) dropClosingPointer(es []*entry) {
	if len(es) < 3 {
		return
	}
	last := es[len(es)-1]
	if len(last.bullets) > 0 || len(last.prose) != 1 || !last.dated() || !in.holdsLink(last.prose[0]) && !pointsElsewhere(last.prose[0].Text) {
		return
	}
	for _, e := range es[:len(es)-1] {
		if e.hasBody() || !e.dated() {
			return
		}
	}
	last.prose = nil
	last.role = nil // read again without it
}

// holdsLink: the block's source holds a link (Markdown's, HTML's or a
// bare address).
func (in *interp) holdsLink(b *Block) bool {
	if b.Span.End > len(in.src) || b.Span.Start >= b.Span.End {
		return false
	}
	s := strings.ToLower(string(in.src[b.Span.Start:b.Span.End]))
	return strings.Contains(s, "](") || strings.Contains(s, "<a ") || strings.Contains(s, "://")
}

// opensWithEntry: the section's first line heads an entry of its own (a
// definition term, a title line), so the section's title is no role's.
func (in *interp) opensWithEntry(bs []*Block) bool {
	for i, b := range bs {
		switch b.Kind {
		case BlockRule, BlockHTML, BlockCode:
			continue
		case BlockTerm:
			return true
		case BlockListItem:
			return b.Level == 0 && in.listRole(bs, i, SecExperience)
		case BlockParagraph:
			_, dateOnly := ParseDateRange(b.Text)
			return headerLike(b) && !dateOnly && (b.Strong || strongStart(b) || dated(b))
		}
		return false
	}
	return false
}

// namesCompanyFirst: the section's first line names an employer of its
// own ("MIT Dept. of Electrical Engineering" under "Teaching"), so the
// section's title is a label, not the employer.
func namesCompanyFirst(bs []*Block) bool {
	for _, b := range bs {
		switch b.Kind {
		case BlockRule, BlockHTML, BlockCode:
			continue
		case BlockParagraph, BlockTerm:
			parts, _, _ := splitHeader([]string{headText(b)}, true)
			return anyCompanyLike(parts)
		}
		return false
	}
	return false
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

// sectionCompany: in a document with no section titled as experience,
// a section of an unknown title that holds roles is titled with their
// employer ("## Booking.com" over "- **Mobile Engineer**"); "" otherwise,
// or when the title was read as the role itself (asRole).
func (in *interp) sectionCompany(s *section, asRole bool) string {
	if asRole || s.known || in.knownExperience || s.head == nil || s.head.Kind != BlockHeading || in.datedHead(s) {
		return ""
	}
	t := strings.TrimSpace(cleanName(s.title))
	if t == "" || wordCount(t) > 5 || headNounKind(t) != "" || titleRe().MatchString(t) || experienceWordRe().MatchString(t) || strings.ContainsAny(t, ":：") {
		return ""
	}
	return t
}

// certWordRe: a column header that names certificates or licences.
var certWordRe = lazy.Regexp(`(?i)certifica|zertifi|licen[cs]e|lizenz|сертифик|证书|資格|자격`)

// certNameRe: a line that names a certificate ("Oracle Certified
// Professional", "Zertifikat", "AWS Certification").
var certNameRe = lazy.Regexp(`(?i)\bcertified\b|\bcertificat|\bcertificado|\bcertificação|zertifi|\blicen[cs]ed?\b|сертифик|证书|資格|자격증`)

// certColumn: the blocks hold a table whose header row names a column of
// certificates.
func certColumn(bs []*Block) bool {
	for _, b := range bs {
		if b.Kind != BlockTableRow || !b.Head {
			continue
		}
		for _, c := range b.Cells {
			if certWordRe().MatchString(c) {
				return true
			}
		}
	}
	return false
}

// datedHead: a section of an unknown title whose heading is a name with
// its dates ("## Acme Ltd (2020 - now)"), a job at the sections' level.
func (in *interp) datedHead(s *section) bool {
	if s.known || s.head == nil || s.head.Kind != BlockHeading || headNounKind(s.title) != "" {
		return false
	}
	dr, ok := FindDateRange(s.title)
	if !ok || dr.Start == "" {
		return false
	}
	// "Awards (2015 - 2020)": a section's name with the years it covers
	rest := strings.Trim(s.title[:dr.Pos]+" "+s.title[dr.EndPos:], " ()（）[]|,-–—:")
	if _, known := sectionKind(rest); known || headNounKind(rest) != "" {
		return false
	}
	parts, _, _ := splitHeader([]string{s.title}, true)
	return len(namedParts(parts)) > 0 && wordCount(s.title) <= 12
}

// guessKind decides an unknown section by its content: dated entries with
// bullets are experience (when another section is titled so and this one
// does not follow it, only if each names a role or a company: grants, talks
// and courses have dates too); degrees are education, short
// lists skills; then the title's last noun ("Selected Open Source Projects");
// anything else is kept as written.
func (in *interp) guessKind(s *section) string {
	noun := headNounKind(s.title)
	// "Technical Projects", "Engineering Projects" beside a section titled
	// as experience: its last noun names projects, and they are dated and
	// bulleted as jobs are (without one, "Recent Projects" may be the
	// jobs, a consultant's clients)
	if noun == SecProjects && in.knownExperience {
		return SecProjects
	}
	// "Selected Talks", "Ключові досягнення" beside a section titled as
	// experience: talks, awards and achievements have their dates and
	// their places as jobs do, and are none
	notJobs := noun == kindOther && in.knownExperience
	// under a section titled as experience elsewhere, dated entries are
	// jobs only when every one names a role or a company
	// (not under a heading that names the one working, "Freelancer":
	// its lines need name no role)
	roleTitled := in.roleTitledSection(s)
	strict := in.knownExperience && noun != SecExperience && in.lastKind != SecExperience && !roleTitled
	if in.datedHead(s) && !strict && !notJobs {
		return SecExperience
	}
	// "== Développeuse Java à Capgemini (Nantes)" over a line of only its
	// dates, after jobs: one more job, its heading a level too high
	if in.lastKind == SecExperience && !notJobs && len(s.blocks) > 0 && s.blocks[0].Kind == BlockParagraph && titleAtCompany(s.title) {
		if _, dateOnly := ParseDateRange(s.blocks[0].Text); dateOnly {
			return SecExperience
		}
	}
	// in a document whose headings all name employers, each with a line
	// of only its dates right under it ("## Veriyol Yazılım" over
	// "**03.2024 - Devam**"): a job
	if !in.knownExperience && s.head != nil && len(s.blocks) > 0 && s.blocks[0].Kind == BlockParagraph {
		_, dateOnly := ParseDateRange(s.blocks[0].Text)
		if i := slices.Index(in.bs, s.head); i >= 0 && dateOnly && in.companyHeading(i) {
			return SecExperience
		}
	}
	// a table with a column of certificates ("| Jahr | Zertifikat |"):
	// its dated rows are certificates, not jobs; under a title of
	// qualifications ("Qualifikationen") they are read as certificates,
	// each its certificate's cell (certCell), elsewhere ("Writing &
	// Talks" over tables of talks and of certificates) kept as written
	if certColumn(s.blocks) {
		if qualificationsTitle(s.title) {
			return SecCertifications
		}
		return kindOther
	}
	// a heading over a table is no label over roles here: the table may
	// list certificates with their dates
	in.guessing = true
	es := in.entries(s.blocks, SecExperience)
	in.guessing = false
	dated, bullets, roles, certs := 0, 0, 0, 0
	stamped, told := 0, 0 // dated entries and bullets, whatever they name
	for _, e := range es {
		if e.dated() {
			stamped++
		}
		told += len(e.bullets)
	}
	for _, e := range es {
		if e.dated() {
			if strict && !e.roleLike() {
				dated = 0
				break
			}
			dated++
			if e.namesRole() {
				roles++
			}
			if len(e.head) > 0 && certNameRe().MatchString(e.head[0].Text) {
				certs++
			}
		}
		bullets += len(e.bullets)
	}
	// "Juni 2019: Oracle Certified Professional": dated certificates
	if dated >= 1 && certs*2 >= dated && bullets == 0 {
		return SecCertifications
	}
	// "Zusatzqualifikationen" over "05/2019" and "Red Hat Certified
	// System Administrator", "03/2016" and "ITIL 4 Foundation": a title
	// of further qualifications over names, each dated and told of by
	// nothing more, lists certificates
	if stamped >= 2 && stamped == len(es) && told == 0 && qualificationsTitle(s.title) && namesOnly(es) {
		return SecCertifications
	}
	if courseListing(s.title, bullets) || in.staysList(s, es, dated, bullets) {
		return kindOther
	}
	// one dated entry that names a role, told of in prose, will do too
	// ("**Mentor** · Remote", "Mar 2023 - Present", a paragraph)
	// (so will one right after a job, with no section titled as
	// experience: headings that each name an employer, one of whose
	// titles, "Consultoría tecnológica & Desarrollo web", names no role)
	if dated >= 1 && !notJobs && (bullets > 0 || dated >= 2 || roleTitled || roles >= 1 && !in.knownExperience || in.lastKind == SecExperience && !in.knownExperience && told+len(es[0].prose) > 0) && dated*2 >= len(es) {
		return SecExperience
	}
	// degrees and schools: education; short lists of names: skills
	edu, schools, lists, lines := 0, 0, 0, 0
	for _, b := range s.blocks {
		switch b.Kind {
		case BlockParagraph, BlockListItem, BlockTableRow:
			lines++
			if degreeRe().MatchString(b.Text) || institutionRe().MatchString(b.Text) {
				edu++
			}
			if m := degreeRe().FindStringIndex(b.Text); institutionRe().MatchString(b.Text) || m != nil && m[0] == 0 {
				schools++
			}
			if listLike(b.Text) {
				lists++
			}
		}
	}
	switch {
	case lines > 0 && edu*2 >= lines && schools > 0 && !teachingTitles[normTitle(s.title)]:
		// degrees, and a school or a line that opens with a degree: not
		// "Supervised 3 masters students (2020)"
		// (nor under "Teaching": the students supervised and the courses
		// taught name their schools and degrees, none the person's own)
		return SecEducation
	case lines > 0 && lists == lines:
		return SecSkills
	case noun != "" && noun != SecExperience:
		return noun
	}
	return kindOther
}

// headNouns: the last word of a title that says what its section holds
// whatever words come before ("Selected Open Source Projects and
// Publications", "Relevant Engineering Experience").
var headNouns = map[string]string{
	"projects": SecProjects, "project": SecProjects, "experience": SecExperience, "experiences": SecExperience,
	"certifications": SecCertifications, "certificates": SecCertifications, "education": SecEducation,
	"projets": SecProjects, "projekte": SecProjects, "proyectos": SecProjects, "projetos": SecProjects,
	"skills": SecSkills, "achievements": kindOther, "awards": kindOther, "honors": kindOther, "publications": kindOther,
	"activities": kindOther, "activity": kindOther, "volunteering": kindOther, "interests": kindOther, "languages": kindOther, "references": kindOther, "talks": kindOther,
	// Ukrainian and Russian put the noun last too ("Ключові досягнення")
	"досягнення": kindOther, "достижения": kindOther, "проєкти": SecProjects, "проекти": SecProjects, "проекты": SecProjects,
}

// leadNouns: the first word of a title in a Romance language, where the
// words after it only qualify it ("Proyectos técnicos públicos",
// "Projets personnels choisis", "Logros destacados"); written without
// accents, as the word is looked up.
var leadNouns = map[string]string{
	"proyectos": SecProjects, "projets": SecProjects, "projetos": SecProjects, "progetti": SecProjects,
	"logros": kindOther, "realisations": kindOther, "realizacoes": kindOther, "premios": kindOther, "prix": kindOther,
	"premi": kindOther, "publicaciones": kindOther, "publications": kindOther, "publicacoes": kindOther, "pubblicazioni": kindOther,
	"charlas": kindOther, "conferences": kindOther, "palestras": kindOther,
}

func headNounKind(title string) string {
	n := normTitle(title)
	for _, sep := range []string{" and ", " & ", " / ", ", "} {
		n, _, _ = strings.Cut(n, sep)
	}
	ws := strings.Fields(n)
	if len(ws) < 2 || len(ws) > 6 {
		return ""
	}
	if k, ok := headNouns[ws[len(ws)-1]]; ok {
		return k
	}
	return leadNouns[foldAccents(ws[0])]
}

// listLike: "Kotlin, Java, PostgreSQL, AWS": short names and separators.
func listLike(t string) bool {
	if selfNamed(t) {
		// "Boas práticas: Clean Architecture, SOLID, TDD": a named list
		i := strings.IndexAny(t, ":：")
		_, n := utf8.DecodeRuneInString(t[i:])
		t = t[i+n:]
	}
	items := splitItems(t)
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		switch strings.ToLower(it) {
		case "...", "…", "etc", "etc.":
			continue // "Go, Python, ...": the list goes on
		}
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
			if in.educationRow(b) {
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
			if in.schoolingField(b) {
				continue
			}
			in.contacts1(in.rawLine(b), true)
		}
	}
}

// schoolingField reads a personal details field that names the person's
// schooling or certificates ("- **Università**: Politecnico di Milano —
// Laurea in Informatica", "Certifications: AWS SAA") as an education or a
// certificate entry: the value after its label.
func (in *interp) schoolingField(b *Block) bool {
	if b.Level > 0 || b.Quote {
		return false
	}
	label, value, ok := strings.Cut(b.Text, ":")
	if !ok || wordCount(label) > 3 || strings.Contains(label, "/") {
		return false
	}
	kind := schoolLabelKind(label)
	if kind == "" || !hasWordChar(value) {
		return false
	}
	x := richOf(b).slice(len(label)+1, len(b.Text)).trim()
	if x.text == "" {
		return false
	}
	cell := &Block{Kind: BlockParagraph, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: b.Line}
	if kind == SecEducation {
		in.education(newEntry(cell))
	} else {
		in.certifications([]*Block{cell})
	}
	in.d.Order = appendOnce(in.d.Order, kind)
	return true
}

// schoolLabelKind: a field's label that names schooling (a section name
// of education, or the school: "University", "Università", "Universita'")
// gives education, one that names certificates gives certifications.
func schoolLabelKind(label string) string {
	n := strings.TrimRight(normTitle(label), "'’")
	if k, ok := sectionNames()[n]; ok && (k == SecEducation || k == SecCertifications) {
		return k
	}
	switch foldAccents(n) {
	case "university", "universita", "universitat", "universidad", "universidade", "universite", "uniwersytet", "университет",
		"degree", "laurea", "titolo di studio", "studio", "hochschule", "abschluss", "diploma", "titulo", "titre", "diplome", "学校", "大学":
		return SecEducation
	}
	return ""
}

// educationRow reads a personal details row that names the person's
// schooling ("| 最終学歴 | 西都工業大学 情報工学部 |", "| Education |
// BSc, ... |") as an education entry: its second cell.
func (in *interp) educationRow(b *Block) bool {
	if len(b.Cells) != 2 {
		return false
	}
	if k, ok := sectionKind(b.Cells[0]); !ok || k != SecEducation {
		return false
	}
	at := len(b.Cells[0]) + len(" | ")
	if at+len(b.Cells[1]) > len(b.Text) || b.Text[at:at+len(b.Cells[1])] != b.Cells[1] {
		return false
	}
	x := richOf(b).slice(at, at+len(b.Cells[1])).trim()
	if x.text == "" {
		return false
	}
	cell := &Block{Kind: BlockParagraph, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: b.Line}
	in.education(newEntry(cell))
	in.d.Order = appendOnce(in.d.Order, SecEducation)
	return true
}

// hasWordChar: the text has a letter or a digit.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// roleHeadInText: in plain text whose headings all stand at the margin
// over indented text (a page dumped by a text browser), a heading the
// section table does not know that names a job title ("Data Analyst
// Intern"), under a section of experience or of what the kind of work
// was ("Volunteering"), heads a role, not a section.
func (in *interp) roleHeadInText(cur *section, i int) bool {
	if cur == nil || in.format != Text || !in.indentHeads || !(cur.kind == SecExperience || cur.known && cur.kind == kindOther) {
		return false
	}
	b := in.bs[i]
	if _, _, ok := in.headLevel(i); ok {
		return false
	}
	t := strings.TrimSpace(b.Text)
	// (a name whose last noun names a section is that section's:
	// "Private Projekte" after "Sprachen" and the skills under it)
	if headNounKind(t) != "" {
		return false
	}
	// (under "Volunteering" any name heads one of its entries: "Teaching
	// Volunteer")
	titled := titleRe().MatchString(t) || cur.kind == kindOther
	return (b.Kind == BlockHeading || b.Kind == BlockParagraph) && titled && wordCount(t) <= 6 && !fullStop(t) && !strings.HasSuffix(t, ":")
}

// strayEntryHead: in a section of dated entries, each under a heading one
// level below the section's ("April 2016 - current: Architect, Halberd"
// underlined with dots under "Experience" underlined with dashes), a
// heading at the section's level that the section table does not know
// and that is dated as its siblings are ("June 2001 - May 2004, Tallis
// Consulting" underlined with dashes, the writer's slip) is one more
// entry, not a section: the siblings' level, or 0.
func (in *interp) strayEntryHead(cur *section, i int) int {
	b := in.bs[i]
	if cur == nil || b.Kind != BlockHeading || b.Level != in.level || in.level == pseudoLevel ||
		!(cur.kind == SecExperience || cur.kind == SecEducation) || cur.head == nil || cur.head.Kind != BlockHeading {
		return 0
	}
	if _, _, ok := in.headLevel(i); ok || !dated(b) {
		return 0
	}
	first := datedFirst(b)
	for _, p := range cur.blocks {
		if p.Kind == BlockHeading && p.Level > b.Level && dated(p) && datedFirst(p) == first {
			return p.Level
		}
	}
	return 0
}

// countNumberedHeads counts the items of plain text at the margin that
// are a known section's name and nothing else ("5. Istruzione"): where
// the sections are numbered, each stands on its own line in order.
func (in *interp) countNumberedHeads() int {
	n, last := 0, 0
	for _, b := range in.bs {
		if b.Kind != BlockListItem || b.Level != 0 || b.Quote || b.Cont || b.Indent > in.baseIndent {
			continue
		}
		k, ok := sectionKind(b.Text)
		if !ok || k == kindContact || k == kindUnknown {
			continue
		}
		num := in.itemNumber(b)
		if num <= last {
			continue
		}
		n, last = n+1, num
	}
	return n
}

// itemNumber is the number an ordered item of plain text opens with ("4."
// before "Esperienze lavorative"), read from the source before its text;
// 0 when it has none.
func (in *interp) itemNumber(b *Block) int {
	i := b.Span.Start
	if i <= 0 || i > len(in.src) {
		return 0
	}
	j := i
	for j > 0 && (in.src[j-1] == ' ' || in.src[j-1] == '\t') {
		j--
	}
	if j == 0 || in.src[j-1] != '.' && in.src[j-1] != ')' {
		return 0
	}
	j--
	n, mul := 0, 1
	for j > 0 && in.src[j-1] >= '0' && in.src[j-1] <= '9' && mul <= 100 {
		n += int(in.src[j-1]-'0') * mul
		mul *= 10
		j--
	}
	if mul == 1 || j > 0 && in.src[j-1] != '\n' && in.src[j-1] != ' ' && in.src[j-1] != '\t' {
		return 0
	}
	return n
}

// codeLine: the block is one code span and nothing else ("`6. 项目经历`").
func codeLine(b *Block) bool {
	if len(b.Groups) != 1 || !b.Groups[0].Code {
		return false
	}
	g := b.Groups[0].Text
	return strings.TrimSpace(b.Text[:g.Start]) == "" && strings.TrimSpace(b.Text[g.End:]) == ""
}

// emojiLed: t opens with a pictograph ("💼 Experience"), as a profile
// README marks its headings.
func emojiLed(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	if !unicode.Is(unicode.So, r) || r < 0x2600 || r > 0x27BF && r < 0x1F000 {
		return false
	}
	// (its variation selector, "🛠️", and the joined parts of one, "🧑‍💻")
	for n < len(t) {
		r, k := utf8.DecodeRuneInString(t[n:])
		if r != '\ufe0f' && r != '\u200d' && !unicode.Is(unicode.So, r) {
			break
		}
		n += k
	}
	return n < len(t) && t[n] == ' '
}
