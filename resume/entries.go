package resume

import (
	"fmt"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// An entry is one role, project or degree: the lines that head it (a
// heading, a bold line, a dates line, a table row, a list item) and its body
// (bullets, prose).
type entry struct {
	// product: a product listed under its employer's heading, a project
	// even when only named
	product   bool
	head      []*Block
	bullets   []*Block
	prose     []*Block
	fields    map[string]rich // from "**Zeitraum:** 2016 - heute" items: company, dates, location, title, institution, degree
	listRole  bool            // the entry is a list item; its nested items are its bullets
	subLabels bool            // labels ("**Обязанности:**") have opened what was done, bold lines over items label parts of it
	oneLine   bool            // a role told on one line, its heading, dates and text ("Title, Co (2012-2016): did X")
	columns   []string        // a table row's columns: what each holds, from the header row
	implicit  bool            // bullets with no heading line before them
	line      int
	labels    []int // the levels of labels that introduce nested bullets ("Aufgaben:")
	// stackFields: items in bold naming the role's tools, read as fields
	// ("**Технологии**: Go, Kafka"): they count among its field items
	stackFields int
	group       string // the company of a heading over several roles (groupCompanies)
	skip        bool   // a company heading over roles: no role itself
	// termBlock: the definition-list term the entry is one definition of
	termBlock *Block
	merged    []*entry // the same role listed again further on (mergeRepeats)
	role      *Role    // the role read from it, once (roleOf)
	// labelCompany: the company named by a heading over this entry's own,
	// for an entry that names none
	labelCompany string
	isRole       bool
	// paragraph: a job told in a paragraph opening with its dates
	// (datedParagraphStart): its lines are one text
	paragraph bool
	// datedSeen: the head lines dated() has read, and the last of them,
	// so that a head growing line by line is read once, not once a line
	datedSeen int
	datedLast *Block
	// labelLines: a label item that heads the lines after it (labelHeadsLines)
	labelLines bool
	// heldDates: the dates line (a timeline's year) over the list-item
	// roles this one is among, which dates each of them
	heldDates *Block
	// siblingFields: labels that sibling entries of the section hold as
	// fields beside their labelled lists ("Responsabilidades"), lower case
	siblingFields map[string]bool
	// event: an event under a calendar's month heading (calendarBody),
	// the heading naming only when: the lines under it name what
	event bool
	// leadFields: labels in bold the section's roles open their items
	// with as fields (shareLeadingFields), lower case
	leadFields map[string]bool
}

// term is the definition-list term the entry stands under, if any.
func (e *entry) term() *Block {
	if e.termBlock != nil {
		return e.termBlock
	}
	if len(e.head) > 0 && e.head[0].Kind == BlockTerm {
		return e.head[0]
	}
	return nil
}

func (e *entry) hasBody() bool { return len(e.bullets) > 0 || len(e.prose) > 0 }

// datedFirst: the line opens with its dates ("**2010**: Promotion", a
// timeline's line).
func datedFirst(b *Block) bool {
	r, ok := FindDateRange(b.Text)
	return ok && strings.Trim(b.Text[:r.Pos], "*_[( \t") == ""
}

// datedLast: the line closes with its date ("VCA Basis ..... 2015",
// "UX Certificate, 2020").
func datedLast(b *Block) bool {
	r, ok := FindDateRange(b.Text)
	return ok && strings.TrimRight(b.Text[r.EndPos:], " \t.)]") == ""
}

// spans: the entry's dates hold b's.
func (e *entry) spans(b *Block) bool {
	var outer DateRange
	for _, h := range e.head {
		if r, ok := FindDateRange(h.Text); ok {
			outer = r
			break
		}
	}
	inner, ok := FindDateRange(b.Text)
	if !ok || outer.Start == "" {
		return false
	}
	os, ok1 := ParseDate(outer.Start)
	is, ok2 := ParseDate(inner.Start)
	if !ok1 || !ok2 || is.Before(os) {
		return false
	}
	if outer.Current || outer.End == "" {
		return true
	}
	oe, ok1 := ParseDate(outer.End)
	ie, ok2 := ParseDate(firstNonEmpty(inner.End, inner.Start))
	return ok1 && ok2 && !oe.Before(ie)
}

func (e *entry) dated() bool {
	if _, ok := e.fields["dates"]; ok {
		return true
	}
	from := 0
	if e.datedSeen > 0 && e.datedSeen <= len(e.head) && e.head[e.datedSeen-1] == e.datedLast {
		from = e.datedSeen // (the head only grew since: its earlier lines held no date)
	}
	for _, b := range e.head[from:] {
		if _, ok := FindDateRange(b.Text); ok {
			e.datedSeen = 0
			return true
		}
	}
	if len(e.head) > 0 {
		e.datedSeen, e.datedLast = len(e.head), e.head[len(e.head)-1]
	}
	return false
}

// roleLike: a heading line names a role ("Engineer", "Entwickler") or a
// company ("Acme Inc").
func (e *entry) roleLike() bool {
	if _, ok := e.fields["title"]; ok {
		return true
	}
	for _, b := range e.head {
		if titleRe().MatchString(b.Text) {
			return true
		}
		parts, _, _ := splitHeader([]string{headText(b)}, true)
		for _, p := range parts {
			if companyLike(p.text) {
				return true
			}
		}
	}
	return false
}

// namesRole: a heading line opens with a role's name ("Mentor (Go
// Track) · Remote").
func (e *entry) namesRole() bool {
	if _, ok := e.fields["title"]; ok {
		return true
	}
	named := namedParts(e.headParts())
	return len(named) > 0 && titleRe().MatchString(named[0].text) && !degreeRe().MatchString(named[0].text)
}

func newEntry(b *Block) *entry {
	e := &entry{fields: map[string]rich{}}
	if b != nil {
		e.head = []*Block{b}
		e.line = b.Line
	}
	return e
}

// entries splits a section's blocks into entries: by subheadings when it
// has them, else by table rows, definition terms, list items or heading
// lines.
func (in *interp) entries(bs []*Block, kind string) []*entry {
	sub := 0
	for _, b := range bs {
		if b.Kind == BlockHeading && (b.Level > in.level || in.level == pseudoLevel) && (sub == 0 || b.Level < sub) {
			sub = b.Level
		}
	}
	if sub > 0 {
		return in.headingEntries(bs, sub, kind)
	}
	if kind == SecExperience {
		if es := labelledItemEntries(bs); es != nil {
			return es
		}
	}
	bs = dateColumnBlocks(bs)
	var rows []*Block
	var head *Block
	dated := false
	for _, b := range bs {
		if b.Kind == BlockTableRow && b.Head {
			head = b
		}
		if b.Kind == BlockTableRow && !b.Head {
			rows = append(rows, b)
			if _, ok := FindDateRange(b.Text); ok {
				dated = true
			}
		}
	}
	columns := columnKinds(head)
	if kind == SecProjects {
		columns = projectColumns(head, columns)
	}
	if len(rows) > 0 && (dated || kind == SecEducation || kind == SecProjects && slices.Contains(columns, "description")) {
		var out []*entry
		var cur *entry
		for _, b := range bs {
			switch {
			case b.Kind == BlockTableRow && !b.Head && cur != nil && len(b.Cells) > 1 && strings.TrimSpace(b.Cells[0]) == "" && !hasDate(b.Text):
				// "| | _M. Sc., Software Systems_" under "| *2011-2013* |
				// Tampere University": a row with its first cell empty goes
				// on with the row above
				cur.head = append(cur.head, b)
			case b.Kind == BlockTableRow && !b.Head && loneLabelRow(b):
				// "<td>Formación :</td>" alone over the rows: it names
				// what they hold, as a header would
				cur = nil
			case b.Kind == BlockTableRow && !b.Head:
				cur = newEntry(b)
				cur.columns = columns
				cur.bullets = cellBullets(b, cur.columns)
				if items, row := cellListItems(in.src, b); len(items) > 0 {
					cur.bullets, cur.head[0] = items, row
				} else if items, row := cellBreakItems(in.src, b); len(items) > 0 && len(cur.bullets) == 0 {
					cur.bullets, cur.head[0] = items, row
				}
				if d := descriptionCell(b, cur.columns); len(cur.bullets) == 0 && d != nil && kind == SecExperience {
					cur.bullets = []*Block{d}
				}
				out = append(out, cur)
			case b.Kind == BlockListItem && cur != nil:
				// a list under a row tells of it (a layout table per job)
				cur.bullets = append(cur.bullets, b)
			case b.Kind == BlockParagraph && len(rows) > 1 && kind == SecExperience && rowNamed(out, b) != nil:
				// a line naming one of the table's jobs heads that job's
				// details (a <details> per job, summed up as "Acme — Engineer")
				cur = rowNamed(out, b)
			case b.Kind == BlockParagraph && cur != nil && kind == SecExperience && !b.Quote && (len(rows) == 1 || b.Desc):
				// a paragraph under a table of one job tells what was done
				// there ("主要职责：容器平台开发..."); so do the lines of a
				// cell that spans the table under a row (Desc)
				cur.prose = append(cur.prose, b)
			}
		}
		return out
	}
	return in.lineEntries(bs, kind)
}

var columnWords = map[string][]string{
	"dates": {"period", "dates", "date", "duration", "years", "year", "when", "期間", "時期", "在籍期間", "기간", "年月", "时间", "時間", "zeitraum", "période", "periodo", "período", "fecha", "재직기간", "근무기간", "在职时间", "thời gian"},
	// a column that only numbers the rows ("STT", "No.", "#")
	"number":  {"stt", "no", "no.", "#", "nr", "nr.", "番号", "순번", "序号", "№"},
	"company": {"company", "employer", "organization", "organisation", "会社", "会社名", "회사", "회사명", "公司", "직장", "직장명", "근무처", "勤務先", "unternehmen", "firma", "entreprise", "empresa", "institute", "institution", "school", "university", "学校", "학교", "nơi cộng tác", "nơi làm việc", "công ty"},
	"title":   {"role", "title", "position", "job", "仕事", "職種", "역할", "직책", "직위", "직급", "职位", "役職", "poste", "rolle", "cargo", "puesto", "degree", "学位", "학위", "vị trí", "chức vụ"},
	"description": {"description", "details", "content", "内容", "내용", "핵심 내용", "備考", "비고", "概要", "主な業務", "responsibilities", "achievements", "beschreibung", "descripción", "담당업무", "업무", "工作内容", "mô tả", "what it does", "about", "contribution", "accomplishment", "what i did", "beitrag", "réalisation", "logros",
		// the column of duties ("Tätigkeiten", written "Taetigkeiten" without umlauts)
		"tätigkeiten", "taetigkeiten", "aufgaben", "tâches", "mansioni", "funciones", "tareas", "atividades", "обязанности"},
}

// cellListItems: a cell that ends in an HTML list ("[Acme](...) -
// __Engineer__ <ul><li>Built X</li><li>Ran Y</li></ul>") gives one bullet
// per <li>, each placed on its own text, and the row with that cell cut
// before its list, so what names the job is read from the rest.
func cellListItems(src []byte, row *Block) ([]*Block, *Block) {
	r := richOf(row)
	var out []*Block
	first, open := -1, -1
	for _, p := range r.pieces {
		if p.Kind != PieceMarkup || p.Src.End > len(src) {
			continue
		}
		tag := strings.ToLower(string(src[p.Src.Start:p.Src.End]))
		switch {
		case strings.HasPrefix(tag, "<ul") || strings.HasPrefix(tag, "<ol"):
			if first < 0 {
				first = p.Text.Start
			}
		case strings.HasPrefix(tag, "<li"):
			if first < 0 {
				first = p.Text.Start
			}
			open = p.Text.End
		case strings.HasPrefix(tag, "</li") && open >= 0:
			if x := r.slice(open, p.Text.Start).trim(); x.text != "" {
				out = append(out, &Block{Kind: BlockListItem, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: row.Line})
			}
			open = -1
		}
	}
	// (the last item's closing tags, at the cell's end, may be left out
	// of the row's text: the item runs to the cell's end)
	if open >= 0 {
		end := len(r.text)
		if k := strings.Index(r.text[open:], " | "); k >= 0 {
			end = open + k
		}
		if x := r.slice(open, end).trim(); x.text != "" {
			out = append(out, &Block{Kind: BlockListItem, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: row.Line})
		}
	}
	if len(out) == 0 {
		return nil, row
	}
	// the cells from the list on are the list's: each cell keeps what
	// comes before it
	return out, cellsBefore(row, first, false)
}

// cellsBefore is the row with each cell cut where the row's text reaches
// offset first (the items read out of it start there); trim takes the
// spaces off what each cell keeps.
func cellsBefore(row *Block, first int, trim bool) *Block {
	cut := *row
	cut.Cells = slices.Clone(row.Cells)
	at := 0
	for i, c := range row.Cells {
		k := strings.Index(row.Text[at:], c)
		if k < 0 {
			break
		}
		start := at + k
		if start+len(c) > first {
			cut.Cells[i] = c[:max(0, first-start)]
			if trim {
				cut.Cells[i] = strings.TrimSpace(cut.Cells[i])
			}
		}
		at = start + len(c)
	}
	return &cut
}

// descriptionCell: the cell of a job's row under a description column
// ("Mô tả", "Description") told as a sentence, in one piece: it is what
// was done there, one item, placed on the cell's text. A few words
// ("백엔드 개발", "決済システム構築"), or a list of short ones, name the
// work, no sentence to rewrite.
func descriptionCell(row *Block, columns []string) *Block {
	offs := cellOffsets(row)
	if len(columns) != len(row.Cells) || offs == nil {
		return nil
	}
	for i, kind := range columns {
		cell, at := row.Cells[i], offs[i]
		if kind != "description" {
			continue
		}
		x := richOf(row).slice(at, at+len(cell)).trim()
		if !cjkToldCell(x.text) && (wordCount(x.text) < 5 && !sentenceCell(x.text) || shortParts(x.text, "/,;、，", 5)) {
			return nil
		}
		return &Block{Kind: BlockListItem, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: row.Line}
	}
	return nil
}

// sentenceCell: a short cell that is still a sentence told of the job
// ("Wrote simulation tooling for port traffic studies."), not a label.
func sentenceCell(t string) bool {
	return wordCount(t) >= 5 && strings.HasSuffix(t, ".") && unicode.IsUpper([]rune(t)[0])
}

// cellOffsets gives where each of a row's cells starts in its text (the
// cells joined by " | "), or nil where they do not lie there as written:
// an item read from a cell is placed on the cell's own bytes.
func cellOffsets(row *Block) []int {
	offs := make([]int, len(row.Cells))
	off := 0
	for i, cell := range row.Cells {
		if off+len(cell) > len(row.Text) || row.Text[off:off+len(cell)] != cell {
			return nil
		}
		offs[i] = off
		off += len(cell) + len(" | ")
	}
	return offs
}

// labelRow: a table row of two cells, the first a short label
// ("상세내용", "Company").
func labelRow(b *Block) bool {
	if b.Kind != BlockTableRow || b.Head || len(b.Cells) != 2 {
		return false
	}
	l := strings.TrimSpace(b.Cells[0])
	return l != "" && wordCount(l) <= 2 && utf8.RuneCountInString(l) <= 20 && !dated(b) && strings.HasPrefix(b.Text, b.Cells[0]+" | ")
}

// labelRow reads a label row into the entry: a column name the job tables
// know ("회사명", "Position", "Period") makes a field of the value; a
// description's ("내용", "상세내용") an item placed on the value; any other
// ("기술스택") tells of the job, kept as written.
func (e *entry) labelRow(b *Block) {
	kind := columnKinds(&Block{Cells: b.Cells[:1]})[0]
	r := richOf(b)
	v := r.slice(len(b.Cells[0])+len(" | "), len(r.text)).trim()
	switch kind {
	case "company", "title", "dates":
		if _, seen := e.fields[kind]; !seen {
			e.fields[kind] = v
		}
	case "description":
		e.bullets = append(e.bullets, &Block{Kind: BlockListItem, Text: v.text, Pieces: v.pieces, Groups: v.groups, Span: v.span(), Line: b.Line})
	default:
		e.prose = append(e.prose, b)
	}
}

// cellBullets: a description cell written as bullets ("• Led 6 engineers<br>
// • Cut costs by 20%") gives one bullet each.
func cellBullets(row *Block, columns []string) []*Block {
	offs := cellOffsets(row)
	if len(columns) != len(row.Cells) || offs == nil {
		return nil
	}
	for i, kind := range columns {
		cell, at := row.Cells[i], offs[i]
		// a column the header does not name ("What I did") will do when
		// it holds two bullets or more
		if kind != "description" && (kind != "" || strings.Count(cell, "• ") < 2) || !strings.HasPrefix(cell, "• ") {
			continue
		}
		r := richOf(row)
		var out []*Block
		marks := strings.Split(cell, "• ")
		from := at
		for _, m := range marks[1:] {
			from += len("• ")
			x := r.slice(from, from+len(m)).trim()
			from += len(m)
			if x.text == "" {
				continue
			}
			out = append(out, &Block{Kind: BlockListItem, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: row.Line})
		}
		return out
	}
	return nil
}

// tableProject reads a row of a projects table whose header names a
// description column: the first other column names the project.
func (in *interp) tableProject(p *Project, pi int, e *entry) {
	row := e.head[0]
	r := richOf(row)
	offs := cellOffsets(row)
	if offs == nil {
		return
	}
	for i, kind := range e.columns {
		cell, at := row.Cells[i], offs[i]
		c := strings.TrimSpace(cell)
		switch {
		case kind == "description" && p.Description == "":
			x := r.slice(at, at+len(cell)).trim()
			p.Description = x.text
			in.place(fmt.Sprintf("projects.%d.description", pi), x)
		case kind == "dates":
			if dr, ok := FindDateRange(c); ok {
				p.Start, p.End = dr.Start, dr.End
			}
		case p.Name == "":
			p.Name = strings.Trim(c, "*_ ")
			if u := linkTarget(in.src, row); u != "" {
				p.URL = u
			}
		}
	}
}

// projectColumns: in a table of projects whose first column names them
// ("Project", "Name"), a column headed "What" (or "Summary", "Purpose")
// tells what each one is, as a description column does.
func projectColumns(head *Block, columns []string) []string {
	if head == nil || len(head.Cells) < 2 || slices.Contains(columns, "description") {
		return columns
	}
	switch normTitle(head.Cells[0]) {
	case "project", "projects", "name", "projekt", "proyecto", "projet", "progetto", "projeto", "проект", "项目", "プロジェクト", "프로젝트":
	default:
		return columns
	}
	for i, c := range head.Cells[1:] {
		switch normTitle(c) {
		case "what", "summary", "purpose", "was", "qué", "quoi", "что":
			if columns[i+1] == "" {
				out := slices.Clone(columns)
				out[i+1] = "description"
				return out
			}
		}
	}
	return columns
}

// columnKinds reads a table's header row: which column holds what.
func columnKinds(head *Block) []string {
	if head == nil {
		return nil
	}
	out := make([]string, len(head.Cells))
	for i, c := range head.Cells {
		n := normTitle(c)
		for kind, words := range columnWords {
			for _, w := range words {
				if n == w || strings.Contains(n, w) && len(w) > 3 {
					out[i] = kind
				}
			}
		}
	}
	return out
}

// headingEntries: each subheading at the entry level starts an entry;
// deeper headings are labels inside it.
func (in *interp) headingEntries(bs []*Block, level int, kind string) []*entry {
	var out []*entry
	var cur *entry
	var body []*Block
	flush := func() {
		if cur != nil && !cur.dated() && kind == SecExperience {
			datesUnderHeading(cur, &body)
			datesFieldUnder(cur, body)
		}
		if cur != nil && kind == SecExperience && projectsUnderRole(cur, body) {
			// "### Senior Engineer at Lotus" over "_2019 September -
			// Present_", then "#### Crewtrack (September 2019 - present)"
			// and the like: the role, dated, over the projects done in
			// it; what they tell is the role's
			cur.head = append(cur.head, body[0])
			in.fill(cur, body[1:])
			body = nil
			return
		}
		if cur != nil {
			// "#### Webentwicklung" over "**2013 - 2015:** Title, Company"
			// lines, "### Recent engagements" over dated "####" headings or
			// a table of dated rows: a label over entries
			if degreeOverLines(cur, body) {
				in.fill(cur, body)
			} else if !cur.dated() && (datedLines(body) >= 2 || in.roleItems(body, kind) || kind == SecExperience && datedLeadItems(cur, body)) && !in.datedSubheadings(body, kind) && tenureLead(body) < 0 {
				subs := in.lineEntries(body, kind)
				// "### Tidewell" over "- **Lead Mobile Engineer**" items
				// that name no company: the heading names it
				if co := itemsCompany(cur, subs); co != "" {
					for _, e := range subs {
						if e.listRole && e.group == "" {
							e.labelCompany = co
						}
					}
				}
				out = append(out[:len(out)-1], subs...)
			} else if !cur.dated() && !in.guessing && tenureLead(body) < 0 && (labelsEntries(body, level) || in.datedSubheadings(body, kind) || kind == SecProjects && projectGroup(body, level)) {
				subs := in.entries(body, kind)
				// "### Accenture LP, New York, NY" over its titles: the
				// company of those that name none
				if co := labelCompany(cur); co != "" {
					for _, e := range subs {
						e.labelCompany = co
					}
				}
				out = append(out[:len(out)-1], subs...)
			} else if subs := in.companySubheads(cur, body, level, kind); subs != nil {
				out = append(out[:len(out)-1], subs...)
			} else if subs := in.companyOverTitles(body, kind); !cur.dated() && subs != nil {
				// "Lakehead Grain Cooperative" over its address, then its
				// titles, each dated
				co := strings.TrimSpace(headText(cur.head[0]))
				for _, e := range subs {
					if _, seen := e.fields["company"]; !seen {
						e.labelCompany = co
					}
				}
				out = append(out[:len(out)-1], subs...)
			} else if k := particularsOver(body); cur.dated() && !in.guessing && kind == SecExperience && len(body) > k && body[k].Kind == BlockHeading && in.datedSubheadings(body[k:], kind) && groupHead(cur) != "" {
				// "=== Kakao Style Corp. (2017.09 ~ )" right over dated
				// "==== Ledger (2021.02 ~ )" headings: an employer and its
				// years over the roles held there (what the company is,
				// "事業内容：...", may come between)
				co := groupHead(cur)
				subs := in.entries(body[k:], kind)
				for _, e := range subs {
					e.labelCompany = co
				}
				out = append(out[:len(out)-1], subs...)
			} else if k := siblingHeads(body, kind); cur.dated() && k >= 0 {
				// "### Acme — Staff Engineer <sub>2023 – now</sub>" over
				// bold dated lines that head earlier roles ("**Gaon Pay —
				// Senior Engineer** <sub>2020 – 2023</sub>"): siblings
				in.fill(cur, body[:k])
				out = append(out, in.lineEntries(body[k:], kind)...)
			} else {
				in.fill(cur, body)
			}
		}
		body = nil
	}
	var intro []*Block
	var preface *entry // the company block the headings now stand under
	// "#### 1. Company / 2020.07 ~ present" ... "#### 2. ...": where the
	// dated headings are numbered, an unnumbered, undated one between them
	// ("#### API Gateway") is a part of the role above (a project), not one
	// of its own
	numbered := 0
	for _, b := range bs {
		if b.Kind == BlockHeading && b.Level == level && numberedHead(b) && dated(b) {
			numbered++
		}
	}
	for i, b := range bs {
		if numbered >= 2 && kind == SecExperience && b.Kind == BlockHeading && b.Level == level && cur != nil && numberedHead(cur.head[0]) &&
			cur.dated() && !numberedHead(b) && !dated(b) {
			if _, known := sectionKind(b.Text); !known {
				body = append(body, b)
				continue
			}
		}
		if b.Kind == BlockHeading && b.Level <= level {
			// a heading that is only dates completes the heading before it
			if cur != nil && len(body) == 0 && !cur.dated() {
				if _, ok := ParseDateRange(b.Text); ok {
					cur.head = append(cur.head, b)
					continue
				}
			}
			// "#### Tiketto.eu", "###### 2021-2023", "#### Ведущий инженер":
			// a heading of the same level right under a heading and its
			// dates, with nothing between, names the same role's title
			if cur != nil && len(body) == 1 && len(cur.head) == 1 && cur.head[0].Kind == BlockHeading && cur.head[0].Level == b.Level &&
				body[0].Kind == BlockHeading && body[0].Level > b.Level && !dated(b) && !labelHeadings[normTitle(b.Text)] {
				if _, dateOnly := ParseDateRange(strings.TrimSpace(body[0].Text)); dateOnly {
					if _, known := sectionKind(b.Text); !known {
						cur.head = append(cur.head, body[0], b)
						body = nil
						continue
					}
				}
			}
			// a definition list's term of dates right over the heading
			// (<dt>2018 – 2022</dt><dd><h3>Title, Company</h3>...) dates
			// it, not the entry above
			var term *Block
			if cur == nil {
				intro, term = popDateTerm(intro)
			} else {
				body, term = popDateTerm(body)
			}
			// a company's block over a rule right over the heading names
			// the employer of the headings from here on (companyPreface)
			if kind == SecExperience && term == nil {
				if cur == nil {
					if k, name := companyPreface(intro); k >= 0 {
						preface, intro = prefaceEntry(intro[k:], name), intro[:k]
					}
				} else if k, name := companyPreface(body); k >= 0 {
					preface, body = prefaceEntry(body[k:], name), body[:k]
				}
			}
			flush()
			cur = newEntry(b)
			// a calendar's month heading: its year dates the event
			if y := in.eventYear[b]; y != nil {
				cur.fields["dates"] = richOf(y).trim()
				cur.event = true
			}
			underPreface(cur, preface)
			if term != nil {
				cur.head = append(cur.head, term)
			}
			out = append(out, cur)
			continue
		}
		if cur == nil {
			intro = append(intro, b)
			continue
		}
		// "* 舆情监测平台:" over its bullets, a list of its own after a
		// heading's project's items: one more project
		if kind == SecProjects && b.Level == 0 && len(body) > 0 && newListProjectItem(in.src, bs, i) {
			flush()
			cur = newEntry(b)
			cur.listRole = true
			out = append(out, cur)
			continue
		}
		body = append(body, b)
	}
	flush()
	if len(intro) > 0 {
		pre := in.entries(intro, kind)
		var keep []*entry
		for i, e := range pre {
			// (an undated entry is kept when a label heading follows it)
			if (e.dated() || e.listRole || i == len(pre)-1 && len(out) > 0 && labelEntry(out[0])) && !leadInItem(e) {
				keep = append(keep, e)
			}
		}
		out = append(keep, out...)
	}
	// a label heading ("### Meilensteine ###", "#### Key achievements")
	// starts no entry: what it holds is the entry's above
	var joined []*entry
	for _, e := range out {
		if n := len(joined); n > 0 && labelEntry(e) {
			joined[n-1].merged = append(joined[n-1].merged, e)
			joined[n-1].prose = append(joined[n-1].prose, e.prose...)
			continue
		}
		if n := len(joined); n > 0 && joinFieldHeading(joined[n-1], e) {
			continue
		}
		joined = append(joined, e)
	}
	return joined
}

// datesUnderHeading: "**Architect** @ Acme" over a subheading that tells
// of the job ("Lead of the Android group"), a line of dates alone, then
// label subheadings ("Main work:") with none of their own: the dates are
// the entry's, moved from body to its head. Where each subheading has its
// dates line (a company over its titles), or there is only one, they stay.
func datesUnderHeading(cur *entry, body *[]*Block) {
	bs := *body
	if len(bs) < 4 || bs[0].Kind != BlockHeading || bs[1].Kind != BlockParagraph || bs[1].Cont {
		return
	}
	if _, only := ParseDateRange(bs[1].Text); !only {
		return
	}
	subs := 0
	for i := 2; i < len(bs); i++ {
		if bs[i].Kind != BlockHeading || bs[i].Level != bs[0].Level {
			continue
		}
		subs++
		if i+1 < len(bs) && bs[i+1].Kind == BlockParagraph {
			if _, only := ParseDateRange(bs[i+1].Text); only {
				return
			}
		}
	}
	if subs == 0 {
		return
	}
	cur.head = append(cur.head, bs[1])
	*body = append(bs[:1:1], bs[2:]...)
}

// datesFieldUnder: "### 株式会社ミドリ通販" over "時期: 2021/04 - 現在"
// and "従業員数: 約300名" (a Japanese 職務経歴書's company block, or
// "Period: 2019 - 2021" under an English one): the labelled lines right
// under the heading, before anything else, are its particulars; a dates
// field among them dates the heading's role, and what follows (a
// project's table, 【担当業務】 lists) tells of that role.
func datesFieldUnder(cur *entry, body []*Block) {
	for _, b := range body {
		if b.Kind == BlockRule {
			continue
		}
		if b.Kind != BlockParagraph || fieldLabel(b.Text) == "" {
			return
		}
		if fieldLabel(b.Text) == "dates" && dated(b) {
			cur.fieldLine(b)
			return
		}
	}
}

func labelEntry(e *entry) bool {
	return len(e.head) == 1 && e.head[0].Kind == BlockHeading && (labelHeadings[normTitle(e.head[0].Text)] || stackHeading(e.head[0].Text))
}

// labelledTools: "CMS & technologies associées : WordPress, Wix": a short
// label, then names.
func labelledTools(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 || wordCount(t[:c]) > 4 || strings.TrimSpace(t[c+1:]) == "" {
		return false
	}
	for _, p := range strings.FieldsFunc(t[c+1:], func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
		if wordCount(p) > 5 {
			return false
		}
	}
	return true
}

// stackHeading: a label heading that names a role's tools ("####
// Technologies & outils :", "#### Tech stack"): the items under it are
// the role's particulars, not what was done.
func stackHeading(t string) bool {
	n := strings.TrimRight(normTitle(t), " :：")
	if jaStackLabel(n) {
		return true
	}
	if n == "" || wordCount(n) > 4 {
		return false
	}
	for _, p := range strings.FieldsFunc(n, func(r rune) bool { return r == '&' || r == '/' || r == ',' }) {
		p = strings.TrimSpace(p)
		for _, w := range []string{"and ", "et ", "und ", "y ", "e "} {
			p = strings.TrimPrefix(p, w)
		}
		if !stackLabelRe().MatchString(p) {
			return false
		}
	}
	return true
}

// labelHeadings name a part of a role, not a role.
var labelHeadings = map[string]bool{"meilensteine": true, "erfolge": true, "aufgaben": true, "tätigkeiten": true, "verantwortlichkeiten": true,
	"achievements": true, "key achievements": true, "responsibilities": true, "key responsibilities": true, "highlights": true,
	"accomplishments": true, "key accomplishments": true, "milestones": true, "réalisations": true, "missions": true, "tâches": true,
	"logros": true, "responsabilidades": true, "funciones": true, "realizações": true, "atividades": true, "responsabilità": true,
	"主要业绩": true, "工作内容": true, "主な実績": true, "業務内容": true, "주요 성과": true, "담당 업무": true, "주요 업무": true}

// siblingHeads: where bold dated lines that each head a role start among
// a dated entry's blocks (two at least), or -1.
func siblingHeads(bs []*Block, kind string) int {
	if kind != SecExperience {
		return -1
	}
	first, n := -1, 0
	for i, b := range bs {
		if b.Kind == BlockParagraph && !b.Cont && (b.Strong || strongStart(b)) && dated(b) && headerLike(b) && wordCount(b.Text) <= 14 && !stackFieldLine(b.Text) {
			if first < 0 {
				first = i
			}
			n++
		}
	}
	if n < 2 {
		return -1
	}
	return first
}

// roleItems: a top-level item of the blocks is a role of its own that
// names a role in bold ("- **Mobile Engineer**" over its dates).
func (in *interp) roleItems(bs []*Block, kind string) bool {
	if kind != SecExperience {
		return false
	}
	for i, b := range bs {
		if b.Kind == BlockListItem && b.Level == 0 && itemNamesRole(b) && !underBracketLabel(bs, i) && in.listRole(bs, i, kind) {
			return true
		}
	}
	return false
}

// itemsCompany is the company a heading names over list-item roles that
// name none: the heading's first part, unless it names a role; "" when
// no such roles are under it.
func itemsCompany(head *entry, subs []*entry) string {
	named := namedParts(head.headParts())
	if len(named) == 0 || titleRe().MatchString(named[0].text) || experienceWordRe().MatchString(named[0].text) {
		return ""
	}
	for _, e := range subs {
		if !e.listRole || e.group != "" {
			continue
		}
		if r := namedParts(e.headParts()); len(r) == 1 && titleRe().MatchString(r[0].text) {
			return named[0].text
		}
	}
	return ""
}

// datedSubheadings: the blocks under an undated heading hold deeper
// headings that head dated entries of their own ("## Professional
// Journey" over "### Title" with a "**Company** | *2023 - Present*" line
// each): the heading is a label over them.
func (in *interp) datedSubheadings(bs []*Block, kind string) bool {
	if !hasSubheading(bs, 0) {
		return false
	}
	n := 0
	for _, e := range in.entries(bs, kind) {
		if len(e.head) > 0 && e.head[0].Kind == BlockHeading && e.dated() {
			n++
		}
	}
	return n >= 2
}

// labelCompany is the company a label heading names: its first part, when
// it reads as a company or stands beside a place.
// groupHead: an entry's heading names one thing and no title, its dates
// aside ("카카오스타일 주식회사 (2017.09 ~ )"): that name, or "".
func groupHead(e *entry) string {
	if len(e.head) != 1 {
		return ""
	}
	t := e.head[0].Text
	dr, ok := FindDateRange(t)
	if !ok {
		return ""
	}
	// (full-width brackets too: "株式会社ホテル汐見ヶ丘（2011年4月〜現在）")
	name := strings.Trim(strings.TrimSpace(t[:dr.Pos]), " ([|,-–—:（【")
	rest := strings.Trim(strings.TrimSpace(t[dr.EndPos:]), " )]~-–—）】〜")
	// ("2019 – 2025 « Start'ups d'État » à la DINUM": the dates first,
	// the name after them)
	most := 6
	if name == "" && dr.Pos == 0 {
		name, rest, most = strings.Trim(rest, " ([|,-–—:"), "", 10
	}
	if name == "" || rest != "" || titleRe().MatchString(name) || wordCount(name) > most {
		return ""
	}
	return name
}

func labelCompany(label *entry) string {
	parts := label.headParts()
	named := namedParts(parts)
	if len(named) == 0 || titleRe().MatchString(named[0].text) {
		return ""
	}
	if companyLike(named[0].text) || len(named) < len(parts) {
		return named[0].text
	}
	return ""
}

// labelsEntries: the blocks under a heading hold dated headings deeper
// down, or dated table rows.
// A dated heading right under the label is the label's own dates
// ("##### March 2023 - December 2024" under "### Company - Title").
// projectGroup: an undated heading in a projects section right over two
// deeper headings or more that are no labels ("** Kloksoft" over "***
// Tijdlijn" and "*** Sportclub apps"): an employer or a theme over its
// projects, each heading one.
func projectGroup(bs []*Block, level int) bool {
	if len(bs) == 0 || bs[0].Kind != BlockHeading || bs[0].Level <= level {
		return false
	}
	sub, n := bs[0].Level, 0
	for _, b := range bs {
		if b.Kind != BlockHeading || b.Level != sub {
			continue
		}
		if labelHeadings[normTitle(b.Text)] {
			return false
		}
		n++
	}
	return n >= 2
}

func labelsEntries(bs []*Block, level int) bool {
	lead := true
	for _, b := range bs {
		if b.Kind != BlockHeading {
			lead = false
		}
		if (b.Kind == BlockHeading && b.Level > level && !lead || b.Kind == BlockTableRow && !b.Head) && dated(b) {
			return true
		}
	}
	return false
}

// bodyLinesOut: in plain text, lines indented under the role's line that
// read as things done ("Verwaltung der Kubernetes-Cluster für rund 60
// Microservices"), not as a title or a place, are its body, though short
// and without a full stop.
func (e *entry) bodyLinesOut() {
	if len(e.head) < 2 || e.head[0].Kind != BlockParagraph {
		return
	}
	n := len(e.head)
	for n > 1 && bodyLine(e.head[n-1], e.head[0].Indent) {
		n--
	}
	if n < len(e.head) {
		e.prose = append(slices.Clone(e.head[n:]), e.prose...)
		e.head = e.head[:n]
	}
}

func bodyLine(b *Block, indent int) bool {
	t := strings.TrimSpace(b.Text)
	if b.Kind != BlockParagraph || b.Indent <= indent || b.Strong || b.Emph || wordCount(t) < 5 || dated(b) || isLocation(t) || strings.ContainsAny(t, "|｜") {
		return false
	}
	ws := strings.Fields(t)
	if titleRe().MatchString(strings.Join(ws[:2], " ")) {
		return false // "IT-Leiter inkl. Budgetplanung und ...": the title
	}
	lower := 0
	for _, w := range strings.Fields(withoutCompanyForms(t)) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return lower >= 2
}

// unwrapHead: the lines of a wrapped paragraph that its prose continues
// are prose, though they looked like a heading's ("Fondata nel 2001 da
// quattro soci, Nexora impiegava" over "fino alla sua acquisizione nel
// 2018..."; "Built the billing API in Go and" over "ran its on-call").
func (e *entry) unwrapHead() {
	e.bodyLinesOut()
	if len(e.prose) == 0 || !e.prose[0].Cont || !startsLower(e.prose[0].Text) {
		return
	}
	n, next := len(e.head), e.prose[0].Line
	for n > 1 {
		h := e.head[n-1]
		if h.Kind != BlockParagraph || h.Strong || h.Emph || wordCount(h.Text) < 5 || h.Line != next-1 {
			break
		}
		n, next = n-1, h.Line
		if !h.Cont {
			break // the paragraph's first line
		}
	}
	e.prose = append(slices.Clone(e.head[n:]), e.prose...)
	e.head = e.head[:n]
}

// startsUpper: the line opens with a capital.
func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t))
	return unicode.IsUpper(r)
}

// startsLower: the line goes on with a sentence begun above it.
func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(t))
	return unicode.IsLower(r)
}

// datedLines counts the paragraph lines that are dated heading lines. A
// dates field ("Zeitraum: 2020 - heute") is not one: it gives the dates
// of the entry it stands in, where a dated line would head one.
func datedLines(bs []*Block) int {
	n := 0
	for _, b := range bs {
		if b.Kind == BlockParagraph && dated(b) && headerLike(b) && fieldLabel(b.Text) != "dates" {
			n++
		}
	}
	return n
}

// fill sorts the blocks under an entry's heading into more heading lines,
// bullets, fields and prose.
func (in *interp) fill(e *entry, bs []*Block) {
	inHead, stack := true, false
	hi := headItems(e, bs)
	if hi > 0 {
		inHead = false
	}
	for i, b := range bs {
		if i < hi {
			if b.Level == 0 && strings.TrimSpace(b.Text) != "" {
				e.head = append(e.head, b)
			}
			continue
		}
		switch b.Kind {
		case BlockListItem:
			// under "#### Technologies & outils", "**ERP** : SAP Business
			// One": a label and the tools it names, the role's
			// particulars (a bare list of tools there stays an item)
			if stack && labelledTools(strings.TrimSpace(b.Text)) {
				continue
			}
			if inHead && sectorItem(e, bs, i) {
				if _, seen := e.fields["sector"]; !seen {
					e.fields["sector"] = richOf(b).trim()
				}
				continue
			}
			inHead = false
			// "【在籍期間】" over "- 2021/04 ~ 現在" alone: a label and its
			// value, a field of the entry, no bullet
			if labelledValue(bs, i) {
				if _, dateOnly := ParseDateRange(strings.TrimSpace(b.Text)); dateOnly && !e.dated() {
					e.fields["dates"] = richOf(b).trim()
				}
				continue
			}
			// "【チーム編成】" over "- PM 1 人", beside "【チームでの役割】"
			// over what was done: the job's particulars
			if particularItem(bs, i) {
				continue
			}
			in.item(e, bs, i, false)
		case BlockParagraph:
			// ("**Coordiné** el desarrollo de varias aplicaciones:" over
			// items: a sentence that opens the list, no heading line)
			t := strings.TrimSpace(b.Text)
			intro := (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && wordCount(t) > 5 && i+1 < len(bs) && bs[i+1].Kind == BlockListItem
			if inHead && (headerLike(b) || e.event && eventLine(b)) && !intro {
				e.head = append(e.head, b)
				continue
			}
			inHead = false
			if stackUnderLabel(bs, i) {
				continue
			}
			e.prose = append(e.prose, b)
		case BlockHeading:
			stack = stackHeading(b.Text)
			// a deeper heading right under the entry's own may hold its dates
			// or place ("##### March 2023 - Present"); later ones are labels
			if inHead && (dated(b) || isLocation(b.Text)) {
				e.head = append(e.head, b)
				continue
			}
			// "<h3>Stajyer</h3>" and its dates over "<h4>Ondokuz Mayıs
			// Üniversitesi Hastanesi</h4>": the employer of a title that
			// names none
			if inHead && len(e.head) > 0 && e.head[0].Kind == BlockHeading && titleRe().MatchString(e.head[0].Text) && !headNamesCompany(e.head[0]) &&
				!labelHeadings[normTitle(b.Text)] && wordCount(b.Text) <= 10 && !fullStop(b.Text) {
				if _, known := sectionKind(b.Text); !known {
					if _, seen := e.fields["company"]; !seen {
						e.fields["company"] = richOf(b).trim()
					}
					continue
				}
			}
			// "<h4>Bank S.A. 2016 - 2021</h4>" over "<h6>DevOps</h6>": an
			// employer and its dates, then the post held there, one
			// level in
			if inHead && len(e.head) == 1 && e.head[0].Kind == BlockHeading && b.Level > e.head[0].Level && dated(e.head[0]) &&
				!titleRe().MatchString(e.head[0].Text) && !dated(b) && !labelHeadings[normTitle(b.Text)] && !stack &&
				wordCount(b.Text) <= 8 && !fullStop(b.Text) && !strings.ContainsAny(b.Text, ":：") {
				_, known := sectionKind(b.Text)
				_, seen := e.fields["title"]
				if !known && !seen {
					e.fields["title"] = richOf(b).trim()
					continue
				}
			}
			inHead = false
		case BlockTerm:
			inHead = false
		}
	}
}

var (
	fieldRe    = lazy.Regexp(`^([\p{L}][\p{L} ./-]{0,30}?)\s*[:：]\s*(.*)$`)
	fieldNames = map[string]string{
		"company": "company", "employer": "company", "organization": "company", "organisation": "company", "client": "company",
		"unternehmen": "company", "firma": "company", "arbeitgeber": "company", "empresa": "company", "entreprise": "company", "société": "company",
		"公司": "company", "会社": "company", "役割": "title", "회사": "company", "포지션": "title", "직무": "title",
		"dates": "dates", "date": "dates", "period": "dates", "duration": "dates", "zeitraum": "dates", "dauer": "dates", "période": "dates",
		"periodo": "dates", "período": "dates", "fecha": "dates", "fechas": "dates", "studiendauer": "dates", "时间": "dates", "期間": "dates", "기간": "dates",
		"재직 기간": "dates", "재직기간": "dates", "근무 기간": "dates", "근무기간": "dates", "在职时间": "dates", "任职时间": "dates", "工作时间": "dates", "在籍期間": "dates",
		"部署": "department", "所属部署": "department",
		"勤務期間": "dates", "時期": "dates", "在籍": "dates", "tenure": "dates", "periode": "dates", "okres": "dates", "tarih": "dates", "thời gian": "dates",
		"jabatan": "title", "posisi": "title", "stanowisko": "title", "pozisyon": "title", "görev": "title", "unvan": "title", "chức vụ": "title",
		"perusahaan": "company", "şirket": "company", "pracodawca": "company", "công ty": "company", "lokasi": "location", "miejsce": "location", "employment period": "dates", "dates of employment": "dates", "duración": "dates", "duração": "dates", "durée": "dates",
		// why the person left tells of the role, it is nothing they did
		"reason for leaving": "leaving", "işten ayrılma nedeni": "leaving", "ayrılma nedeni": "leaving", "motivo de salida": "leaving",
		"grund des ausscheidens": "leaving", "退職理由": "leaving", "离职原因": "leaving", "퇴사 사유": "leaving", "퇴사사유": "leaving",
		"supervisor": "supervisor", "advisor": "supervisor", "adviser": "supervisor", "betreuer": "supervisor", "betreuerin": "supervisor",
		"supervisore": "supervisor", "supervisora": "supervisor", "relatore": "supervisor", "tutor aziendale": "supervisor", "encadrant": "supervisor",
		"encadrante": "supervisor", "orientador": "supervisor", "orientadora": "supervisor", "导师": "supervisor", "指導教員": "supervisor", "지도교수": "supervisor",
		"location": "location", "ort": "location", "standort": "location", "lieu": "location", "ubicación": "location", "地点": "location",
		// where the job was, in more languages ("**Lokalizacja:** Poznań")
		"lokalizacja": "location", "miasto": "location", "localización": "location", "localidad": "location", "localização": "location",
		"località": "location", "sede": "location", "locatie": "location", "standplaats": "location", "местоположение": "location",
		"город": "location", "локация": "location", "місто": "location", "konum": "location", "lokalita": "location", "sijainti": "location",
		"地點": "location", "所在地": "location", "근무지": "location",
		"position": "title", "role": "title", "title": "title", "job title": "title", "position title": "title", "job": "title",
		"employer name": "company", "company name": "company", "organization name": "company", "major": "area", "field of study": "area", "campo": "area", "field": "area", "research area": "area", "área": "area", "domaine": "area", "titel": "title", "stelle": "title", "rôle": "title",
		"poste": "title", "cargo": "title", "puesto": "title", "должность": "title", "компания": "company", "компанія": "company", "посада": "title", "отдел": "department", "подразделение": "department", "职位": "title", "役職": "title", "직책": "title",
		"university": "institution", "universität": "institution", "hochschule": "institution", "school": "institution", "institution": "institution",
		"université": "institution", "universidad": "institution", "degree": "degree", "abschluss": "degree", "diplôme": "degree", "titulo": "degree", "título": "degree",
		// the Europass CV's labels, in English and Italian
		"dates (from – to)": "dates", "dates (from - to)": "dates", "date (da – a)": "dates", "date (da - a)": "dates",
		"name and address of employer": "company", "nome e indirizzo del datore di lavoro": "company",
		"occupation or position held": "title", "lavoro o posizione ricoperti": "title", "tipo di impiego": "title",
		"type of business or sector": "sector", "tipo di azienda o settore": "sector", "tipo di attività o settore": "sector",
		"name and type of organisation providing education and training": "institution", "nome e tipo di istituto di istruzione o formazione": "institution",
		"title of qualification awarded": "degree", "qualifica conseguita": "degree",
		"principal subjects / occupational skills covered": "area", "principali materie / abilità professionali oggetto dello studio": "area",
		// and in Spanish, German and French
		"profesión o cargo desempeñado": "title", "nombre del empleador": "company", "nombre y dirección del empleador": "company",
		"tipo de empresa o sector": "sector", "cualificación o título obtenido": "degree", "título de la cualificación obtenida": "degree",
		"nombre de la institución de formación": "institution", "nombre y tipo del centro de estudios": "institution",
		"datum (von-bis)": "dates", "datum (von – bis)": "dates", "datum (von - bis)": "dates", "name und adresse des arbeitgebers": "company",
		"tätigkeitsbereich oder branche": "sector", "beruf oder funktion": "title", "name und art der bildungseinrichtung": "institution",
		"bezeichnung der erworbenen qualifikation": "degree", "dates (de - à)": "dates", "dates (de – à)": "dates",
		"nom et adresse de l'employeur": "company", "fonction ou poste occupé": "title", "type ou secteur d'activité": "sector",
		"functie of positie": "title", "naam en adres werkgever": "company", "type bedrijf of sector": "sector",
		"naam van de kwalificatie": "degree", "naam en type organisatie": "institution", "naam en type onderwijsinstelling": "institution",
		// and in Romanian
		"perioada": "dates", "perioadă": "dates", "funcția sau postul ocupat": "title", "numele și adresa angajatorului": "company",
		"tipul activității sau sectorul de activitate": "sector", "calificarea / diploma obținută": "degree",
		"disciplinele principale studiate / competențe profesionale dobândite": "area", "tipul activității sau sectorul": "sector",
		"numele și tipul instituției de învățământ / furnizorului de formare": "institution", "numele și tipul instituției": "institution",
		// a data export's dates in two fields (start_end.go) and its names
		"started on": "start", "start date": "start", "finished on": "end", "end date": "end",
		"school name": "institution", "degree name": "degree",
	}
	// tabFieldRe: a label, tabs, then its value: a row of a form laid out
	// in columns (the Europass CV's "Tipo di impiego<TAB>Analista")
	tabFieldRe = lazy.Regexp(`^([^\t:：]{2,70}?)[ ]*\t+[ \t]*(\S.*)$`)
	barFieldRe = lazy.Regexp(`^([^|:：]{2,70}?)[ ]*\|[ ]*(\S.*)$`)
)

// tabField: the field a "label<TAB>value" line's label names, with the
// value's offset in t; "" when the label names none (a duty label's row,
// "Principali mansioni e responsabilità<TAB>Analisi ...", keeps its value
// as what was done).
func tabField(t string) (field string, at int) {
	re := tabFieldRe
	switch {
	case strings.Contains(t, "\t"):
	case strings.Contains(t, "|"):
		// "Beruf oder Funktion     | Teamleiterin": a form's label
		// column parted from its values by a bar
		re = barFieldRe
	case strings.Contains(t, "  "):
		return spaceField(t)
	default:
		// (most lines: no regexp asked)
		return leadLabelField(t)
	}
	m := re().FindStringSubmatchIndex(t)
	if m == nil {
		return "", 0
	}
	return fieldNames[strings.ToLower(t[m[2]:m[3]])], m[4]
}

// tabDutyValue: where the value of a duty label's tab row starts
// ("Main activities and responsibilities<TAB>Built ..."), or 0.
func tabDutyValue(t string) int {
	if !strings.Contains(t, "\t") {
		return spaceDutyValue(t)
	}
	m := tabFieldRe().FindStringSubmatchIndex(t)
	if m == nil || !dutyLabelRe().MatchString(t[m[2]:m[3]]) {
		return 0
	}
	return m[4]
}

// fieldLine takes a heading line that is a field ("Position: Researcher")
// or a bare label ("Summary of Responsibilities:") out of the parts.
func (e *entry) fieldLine(b *Block) bool {
	t := bracketLabel(strings.TrimSpace(b.Text))
	if b.Kind == BlockTableRow {
		return false
	}
	if f, at := tabField(t); f != "" {
		if _, seen := e.fields[f]; !seen {
			r := richOf(b).trim()
			e.fields[f] = r.slice(len(r.text)-len(t)+at, len(r.text)).trim()
		}
		return true
	}
	if f, at := longFieldLabel(t); f != "" {
		if _, seen := e.fields[f]; !seen {
			r := richOf(b).trim()
			e.fields[f] = r.slice(len(r.text)-len(t)+at, len(r.text)).trim()
		}
		return true
	}
	if c := strings.IndexAny(t, ":："); c < 0 || c > 48 {
		return false
	}
	// ("<h4>Clínica Dental Los Farallones:</h4>" over its duties: a
	// heading that opens the entry names it, colon or not; it labels no
	// value)
	if labelItem(t) {
		return b.Kind != BlockHeading || len(e.head) == 0 || e.head[0] != b
	}
	if m := fieldRe().FindStringSubmatch(t); m != nil {
		if f, ok := fieldNames[strings.ToLower(strings.TrimSpace(m[1]))]; ok && strings.TrimSpace(m[2]) != "" {
			if _, seen := e.fields[f]; !seen {
				r := richOf(b)
				e.fields[f] = r.slice(len(t)-len(m[2]), len(r.text)).trim()
			}
			return true
		}
	}
	return false
}

// item sorts one list item: a field ("Zeitraum: 2016 - heute"), a label
// that only introduces the items under it ("Aufgaben:"), or a bullet.
// labelledValue: item i is the one item under a label line ("【雇用形態】",
// "Stack:") and only a value: dates, a few words, or names split by
// slashes or commas ("TypeScript / NestJS / Next.js").
// bracketLabelRe: a label in lenticular brackets before its value, as
// Japanese resumes write it ("【会社】株式会社ミドリ通販").
var bracketLabelRe = lazy.Regexp(`^(\s*)【([^】]{1,12})】`)

// bracketLabel is t with a bracketed label written as "label：", so the
// label reads as one; t itself otherwise. The label's length is kept
// ("【" and "】" are three bytes each, like "：" and a space and more), so
// offsets into the value still hold: the value starts where it did.
func bracketLabel(t string) string {
	m := bracketLabelRe().FindStringSubmatchIndex(t)
	if m == nil {
		return t
	}
	label := t[m[4]:m[5]]
	return t[:m[2]] + label + "：" + strings.Repeat(" ", len("【")+len("】")-len("：")) + t[m[1]:]
}

// fieldLabel: the field a line's label names ("Cargo: Analista" is the
// title), or "".
func fieldLabel(t string) string {
	if m := fieldRe().FindStringSubmatch(unmarkedLabel(bracketLabel(strings.TrimSpace(t)))); m != nil && strings.TrimSpace(m[2]) != "" {
		return fieldNames[strings.ToLower(strings.TrimSpace(m[1]))]
	}
	f, _ := longFieldLabel(strings.TrimSpace(t))
	return f
}

// markedLabelRe: a label set in emphasis marks that a plain-text reader
// keeps ("*Zeitraum:* 2020 - heute" in AsciiDoc, "_Period:_ 2019").
var markedLabelRe = lazy.Regexp(`^([*_]{1,2})([^*_:：]{1,30}[:：])([*_]{1,2})\s*`)

// unmarkedLabel is t with the marks around its label taken off, so the
// label reads as one.
func unmarkedLabel(t string) string {
	if m := markedLabelRe().FindStringSubmatch(t); m != nil && m[1] == m[3] {
		return m[2] + " " + t[len(m[0]):]
	}
	return t
}

func labelledValue(bs []*Block, i int) bool {
	if i == 0 || i+1 < len(bs) && bs[i+1].Kind == BlockListItem {
		return false
	}
	lb := bs[i-1]
	lt := strings.TrimSpace(lb.Text)
	bracketed := strings.HasPrefix(lt, "【") && strings.HasSuffix(lt, "】")
	if lb.Kind != BlockParagraph || !(bracketed || labelItem(lt)) || utf8.RuneCountInString(lt) > 24 {
		return false
	}
	t := strings.TrimSpace(bs[i].Text)
	if _, dateOnly := ParseDateRange(t); dateOnly {
		return true
	}
	// ("【業務内容】" over "- ホール接客、レジ、開店準備" alone: under a
	// label of what was done, its one item is what was done)
	if fullStop(t) || strings.HasSuffix(t, "。") || bracketDuty(lb) || dutyLabelRe().MatchString(lt) {
		return false
	}
	if utf8.RuneCountInString(t) <= 12 && wordCount(t) <= 3 {
		return true
	}
	return shortParts(withoutAsides(t), "/,、，|", 2)
}

func (in *interp) item(e *entry, bs []*Block, i int, nestedOnly bool) {
	b := bs[i]
	t := strings.TrimSpace(b.Text)
	// a list-item role's first item under it naming only a company or a
	// school ("* Summer 2021: Research Assistant" over "* Lakeview
	// University") is its employer
	// ("* Spring 2024: Template Collaborator" over "* Open Source
	// Collective": a name in capitals will do when the item's own line
	// names no company; where it does, the item tells more)
	// (or a longer line of units and places: orgItem)
	// ("* 역할 : 사내 그룹웨어 API 개발, 퍼블리싱", a labelled line, says
	// what was done)
	// ("* Delta Water Authority (example.org)": the name with its site
	// or town in brackets after it)
	// ("* [Lesní stezky s.r.o.](…)": a Czech or Polish company form ends
	// the name)
	name := t
	if e.listRole && len(e.bullets) == 0 && strings.HasSuffix(t, ")") {
		name = strings.TrimSpace(parenTailRe().ReplaceAllString(t, ""))
	}
	if e.listRole && len(e.bullets) == 0 && len(e.head) == 1 && b.Level > e.head[0].Level && !selfNamed(t) && name != "" &&
		(wordCount(name) <= 8 && !titleRe().MatchString(t) && (companyLike(name) || endsWithCompanyForm(name) || nameLike(name) || capsNameFirst(name) || wholeLink(in.src, b)) || orgItem(t)) && !headNamesCompany(e.head[0]) {
		if _, seen := e.fields["company"]; !seen {
			e.fields["company"] = richOf(b).trim()
			return
		}
		if e.secondOrgItem(b, t) {
			return
		}
	}
	// the mirror: "* Summer 2024: Kessler Logistik GmbH" over "* Junior
	// Web Developer (Werkstudent)": the first item under a role that
	// names only its employer, naming only a role, is its title
	if listTitleItem(e, bs, i) {
		e.fields["title"] = richOf(b).trim()
		return
	}
	// "* CIRURGIÃ-DENTISTA" over "* Clínica Sorriso" and "* 2021-2023":
	// an item under a list-item role that is only its dates (before what
	// was done there or after it)
	if e.listRole && len(e.head) == 1 && b.Level > e.head[0].Level && !e.dated() {
		if _, dateOnly := ParseDateRange(t); dateOnly {
			e.fields["dates"] = richOf(b).trim()
			return
		}
	}
	// "- **委託窓口管理業務(自治体担当)**" in bold over items: the name of a
	// part of the work (part_labels.go), not the role's title
	if boldPartLabel(bs, i) {
		e.labels = append(e.labels, b.Level)
		return
	}
	// "**Nubank**" over "* **Engenheira de Software**" and "* 2022 -
	// atual": items that are only the role's title or its dates, before
	// any bullet, head the entry with its line
	if len(e.bullets) == 0 && len(e.labels) == 0 && len(e.head) > 0 && e.head[0].Kind != BlockListItem && !e.listRole && e.headItem(b, datesNext(bs, i)) {
		// (a title no word of which names a job, known by its place
		// alone, is set as the title, so the line over it stays the
		// employer)
		if _, dateOnly := ParseDateRange(t); !dateOnly && !titleRe().MatchString(t) {
			if _, seen := e.fields["title"]; !seen {
				e.fields["title"] = richOf(b).trim()
				return
			}
		}
		e.head = append(e.head, b)
		return
	}
	if c := strings.IndexAny(t, ":："); c < 0 || c > 48 {
		// no label: a bullet (the common case, without the expression)
	} else if descItem(t) {
		// "Tech stack :: Linux, Gin, PostgreSQL": a description item, as
		// org-mode and AsciiDoc write one, is a field of the role
		return
	} else if strongStart(b) && stackLine(t) && stackLabelRe().MatchString(strings.TrimSpace(t[:c])) {
		// "**Tecnologías**: LlamaIndex, Polars": a bold label naming the
		// tools is a field of the role, as "**Zeitraum:** 2016" is
		e.stackFields++
		return
	} else if in.markedLabel(b, c) && stackLabelRe().MatchString(strings.TrimSpace(t[:c])) && strings.TrimSpace(t[c:]) != ":" && !fullStop(t) {
		// "*Tech Stack:* `Java` `Gradle` `Redis`": a label set apart
		// naming the tools, whatever the names are parted by
		e.stackFields++
		return
	} else if in.markedLabel(b, c) && descLabelRe().MatchString(strings.TrimSpace(t[:c])) && underLabel(e, b) {
		// "*Mô tả:* Hệ thống backend ..." under a project's name that
		// labels its particulars: what the project is, not what was done
		return
	} else if m := fieldRe().FindStringSubmatch(t); m != nil {
		if f, ok := fieldNames[strings.ToLower(strings.TrimSpace(m[1]))]; ok && strings.TrimSpace(m[2]) != "" {
			if _, seen := e.fields[f]; !seen {
				r := richOf(b)
				e.fields[f] = r.slice(len(t)-len(m[2]), len(r.text)).trim()
				return
			}
		}
	}
	// "- **参画期間**: 2020年12月1日から…" under a role already dated: a
	// part's period (part_labels.go)
	if repeatedPeriod(e, t) {
		return
	}
	// "__Supervisors__: ..." after "__Institution__:" and "__Field__:"
	if in.formRowItem(bs, i) {
		return
	}
	// "- 開発手法：スクラム" beside what was done: a project's particulars
	if jaFieldItem(t) {
		return
	}
	// "- 技術スタック" over "  - Nginx": a label naming the tools
	if stackLabelItem(bs, i) {
		e.labels = append(e.labels, b.Level)
		return
	}
	if (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && (len(strings.Fields(t)) <= 4 || subEntryName(bs, i)) && i+1 < len(bs) && bs[i+1].Kind == BlockListItem && bs[i+1].Level > b.Level || nestedLabel(e, bs, i) {
		e.labels = append(e.labels, b.Level)
		return
	}
	if groupLabelItem(bs, i) && !(in.format != Docx && in.format != PDF && orderedItem(in.src, b)) || catchAllItem(bs, i) {
		e.labels = append(e.labels, b.Level)
		return
	}
	if subPeriodItem(bs, i) {
		return
	}
	e.bullets = append(e.bullets, b)
}

// subEntryName: item i is a project's or a client's name in bold, its
// colon after it ("**Dự án ParkEasy (03/2025 – 08/2025):**"), over items
// that open with labels ("*Mô tả:* ...", "*Tech Stack:* ..."): it labels
// the particulars under it and is no bullet.
func subEntryName(bs []*Block, i int) bool {
	b := bs[i]
	if !b.Strong || wordCount(b.Text) > 12 || i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || bs[i+1].Level <= b.Level {
		return false
	}
	return selfNamed(bs[i+1].Text)
}

// markedLabel: the item opens with its label set in emphasis, the colon
// at c inside the marks or right after them ("*Mô tả:* ...", "**Stack**:
// ...").
func (in *interp) markedLabel(b *Block, c int) bool {
	if len(b.Groups) == 0 {
		return false
	}
	g := b.Groups[0]
	lead := len(b.Text) - len(strings.TrimLeft(b.Text, " \t"))
	if g.Text.Start != lead || g.Text.End < lead+c || g.Text.End > lead+c+len("：") || g.Outer.Start >= len(in.src) {
		return false
	}
	return in.src[g.Outer.Start] == '*' || in.src[g.Outer.Start] == '_'
}

// underLabel: item b sits beside or under a label of the entry.
func underLabel(e *entry, b *Block) bool {
	for _, l := range e.labels {
		if l <= b.Level {
			return true
		}
	}
	return false
}

// descLabelRe: a label over what a project or product is ("Description",
// "Mô tả", "Beschreibung"), not over what was done in it.
var descLabelRe = lazy.Regexp(`(?i)^(description|project description|about|descripci[oó]n|descri[cç][aã]o|beschreibung|projektbeschreibung|mô tả|mô tả dự án|описание|опис|descrizione|omschrijving|opis|açıklama|deskripsi|项目描述|项目简介|简介|概要|프로젝트 설명|설명)$`)

// descItem: "Languages :: Go, Python", a description list's item (org-mode,
// AsciiDoc) with a label of three words at most and a value after it.
func descItem(t string) bool {
	k := strings.Index(t, " :: ")
	return k > 0 && wordCount(t[:k]) <= 3 && strings.TrimSpace(t[k+4:]) != ""
}

// fieldItemsOnly: every list item of bs is a short label with a short value
// ("Компания: «Ладога Софт»", "Технологии: React, TypeScript"), two at
// least, none a sentence.
func fieldItemsOnly(bs []*Block, stackFields int) bool {
	n := stackFields
	for _, b := range bs {
		if b.Kind != BlockListItem {
			continue
		}
		t := strings.TrimSpace(b.Text)
		if !fieldItem(t) {
			return false
		}
		n++
	}
	return n >= 2
}

// fieldItem: a list item that is a short label with a short value
// ("Технологии: Go, Kafka"), no sentence.
func fieldItem(t string) bool {
	// (a label of a word or two, as a field's is: not a place named
	// before what was done there, "Hospital Clínico San Cecilio:
	// Neurologie")
	m := labelledRe().FindString(t)
	// ("Funciones: Limpieza de bases de datos" tells what was done)
	return m != "" && wordCount(m) <= 2 && !dutyLabelRe().MatchString(m) && !fullStop(t) && wordCount(t[len(m):]) > 0 && wordCount(t[len(m):]) <= 6
}

// leadingFields: how many of a role's first items are bold labels with a
// short value ("**Роль**: Backend", "**Технологии**: Go, Kafka") before
// the items that tell what was done: those are the role's particulars.
// Two at least, and in bold, so that one "Impact: cut costs 30%" item
// stays a bullet. A label the section's roles hold so (shared,
// shareLeadingFields) is a field whatever its value's length, and alone
// ("**Роль**: Тестирование" under an intern's company field).
func leadingFields(bs []*Block, stackFields int, shared map[string]bool) int {
	n, long, known := 0, false, true
	for _, b := range bs {
		t := strings.TrimSpace(b.Text)
		if b.Kind != BlockListItem || !strongStart(b) {
			break
		}
		if !fieldItem(t) {
			if !sharedFieldItem(t, shared) {
				break
			}
			long = true
		}
		known = known && shared[fieldName(t)]
		n++
	}
	if n+stackFields < 2 && !(n > 0 && known) || n == len(bs) && !long {
		return 0 // (all of them: fieldItemsOnly's call)
	}
	return n
}

// headItem: a list item that is only a date range the entry lacks, or
// only a title in bold the entry's heading does not name.
func (e *entry) headItem(b *Block, datesNext bool) bool {
	t := strings.TrimSpace(b.Text)
	if _, dateOnly := ParseDateRange(t); dateOnly {
		return !e.dated()
	}
	// not in bold, the title is known by the dates item after it
	// (in bold with the dates item after it, the place says it is the
	// title, whatever words it uses: "**Desenvolvimento desktop**" over
	// "* 2011 - 2013")
	placed := b.Strong && datesNext && !e.dated()
	if !(b.Strong || datesNext && !e.dated()) || wordCount(t) > 6 || fullStop(t) || !placed && !titleRe().MatchString(t) {
		return false
	}
	for _, h := range e.head {
		if titleRe().MatchString(h.Text) {
			return false
		}
	}
	return true
}

// capsNameFirst: a name in capitals, then what it is ("DOCE DE COCO,
// Doces artesanais").
func capsNameFirst(t string) bool {
	first, rest, ok := strings.Cut(t, ", ")
	return ok && isCaps(first) && wordCount(first) <= 5 && wordCount(rest) <= 3 && !fullStop(t)
}

// datesNext: the item after item i is only a date range.
func datesNext(bs []*Block, i int) bool {
	if i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || bs[i+1].Level != bs[i].Level {
		return false
	}
	_, dateOnly := ParseDateRange(strings.TrimSpace(bs[i+1].Text))
	return dateOnly
}

// headNamesCompany: an entry's heading line names its company ("since
// 2019: Fellow, National Health Institute").
func headNamesCompany(b *Block) bool {
	parts, _, _ := splitHeader([]string{headText(b)}, true)
	_, company, _ := roleFields(parts)
	return company != ""
}

// nameLike: a short name in capitals ("Open Source Collective"), no
// sentence, label or figure.
func nameLike(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 5 || strings.ContainsAny(t, ":：0123456789") || fullStop(t) {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameJoiners[w] {
			return false
		}
	}
	return true
}

var nameJoiners = map[string]bool{"of": true, "and": true, "&": true, "for": true, "de": true, "du": true, "der": true, "für": true, "the": true}

// bulletBlocks are the entry's bullets. Where labels introduce its bullets
// ("- 담당업무:" over the duties), an item beside them that is a label and
// its value ("- 포지션: 백엔드 개발자", "- 사용기술: Node.js") is a field.
// A role with no label of its own reads such an item as its siblings do
// (siblingFields): one section, one way of writing.
func (e *entry) bulletBlocks() []*Block {
	if len(e.labels) == 0 && len(e.siblingFields) == 0 {
		return e.bullets
	}
	var out []*Block
	for _, b := range e.bullets {
		if len(e.labels) > 0 && slices.Contains(e.labels, b.Level) && labelField(b) {
			continue
		}
		if len(e.labels) == 0 && labelField(b) && e.siblingFields[fieldName(b.Text)] {
			continue
		}
		out = append(out, b)
	}
	return out
}

// labelField: an item that is a label and its value, no sentence.
func labelField(b *Block) bool {
	return selfNamed(b.Text) && !strings.HasSuffix(strings.TrimSpace(b.Text), ".")
}

// fieldName is the label of a "Label: value" line, in lower case.
func fieldName(t string) string {
	t = strings.TrimSpace(t)
	if i := strings.IndexAny(t, ":："); i >= 0 {
		t = t[:i]
	}
	return strings.ToLower(strings.TrimSpace(t))
}

// shareFields: where two entries of a section or more hold one label as a
// field beside their labelled lists ("**Logros clave**:" over items,
// "**Responsabilidades**: Liderazgo del equipo"), the entries without
// labels are told the label, so they read it as a field too.
func shareFields(es []*entry) {
	seen := map[string]int{}
	for _, e := range es {
		if len(e.labels) == 0 {
			continue
		}
		own := map[string]bool{}
		for _, b := range e.bullets {
			if slices.Contains(e.labels, b.Level) && labelField(b) {
				own[fieldName(b.Text)] = true
			}
		}
		for n := range own {
			seen[n]++
		}
	}
	fields, once := map[string]bool{}, map[string]bool{}
	for n, c := range seen {
		if c >= 2 {
			fields[n] = true
		}
		once[n] = true
	}
	if len(once) == 0 {
		return
	}
	// (an entry whose items are all a label in bold and its value,
	// "**Компания**: …", "**Роль**: …", is a form filled as a sibling's
	// is: a label one sibling holds as a field is a field there too)
	for _, e := range es {
		if len(e.labels) != 0 {
			continue
		}
		if allLabelFields(e.bullets) {
			e.siblingFields = once
		} else if len(fields) > 0 {
			e.siblingFields = fields
		}
	}
}

// allLabelFields: items, each a label in bold and its value.
func allLabelFields(bs []*Block) bool {
	for _, b := range bs {
		if b.Kind != BlockListItem || !strongStart(b) || !labelField(b) {
			return false
		}
	}
	return len(bs) > 0
}

// headerLike: a line that heads an entry rather than telling about it:
// dates, bold or italic, or short without a full stop.
func headerLike(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	if dutyLine(t) || adocTermAlone(t) && !hasDate(t) || bracketedRemark(t) {
		return false
	}
	words := wordCount(t)
	// a sentence that mentions a date is prose ("Seit November 2023 arbeite ich bei...")
	// ("Gráfica Pinheirinho | Assistente de TI – Suporte (2014 – 2016)."
	// is a role on one line, its full stop after the dates)
	pipedRole := strings.ContainsAny(t, "|｜") && endsWithRange(strings.TrimSuffix(t, ".")) || commaRoleLine(t)
	// "In March 2021 Quillfeather was acquired by Marigold, Inc.": a
	// sentence that opens on when it happened
	if !b.Strong && !b.Emph && !strongStart(b) && datedSentence(t) {
		return false
	}
	if _, ok := FindDateRange(t); ok && (words <= 16 || words <= 30 && (strings.ContainsAny(t, "|｜·•—–") || strongStart(b))) && !(words > 8 && fullStop(t) && !b.Strong && !strongStart(b) && !pipedRole) {
		return true
	}
	if b.Strong || b.Emph || b.Kind == BlockTerm || (strongStart(b) && !boldLedSentence(b) || markedStart(b) || endsWithRange(t)) && words <= 16 {
		return true
	}
	return words <= 8 && !fullStop(t) && !cjkClauses(t) && !exclaimed(t) && !firstPersonLine(t)
}

// datedSentence: t opens with a preposition and a single date ("In March
// 2021", "Im Mai 2019", "En 2018"; a word may come first, "Led in May
// 2023"), then tells what happened in at least
// four more words, and ends with a period (a company's "Inc." too): a
// sentence, not a role's heading ("From 2019 to 2021 Engineer, Acme
// Inc." opens on a range and is one).
func datedSentence(t string) bool {
	if !strings.HasSuffix(t, ".") {
		return false
	}
	r, ok := FindDateRange(t)
	if !ok || !r.Single() {
		return false
	}
	before := strings.Fields(t[:r.Pos])
	if len(before) == 0 || len(before) > 2 {
		return false
	}
	switch strings.ToLower(before[len(before)-1]) {
	case "in", "on", "during", "after", "before", "by", "until", "im", "am", "nach", "en", "durante", "pendant", "après", "nel", "em", "w":
	default:
		return false
	}
	return wordCount(t[r.EndPos:]) >= 4
}

// exclaimed: a line with a "!" or "?" that closes a word in small
// letters ("Great people, great community!", "What a time that was!") is
// said, not a heading ("Yahoo!" names a company).
func exclaimed(t string) bool {
	for k := 0; k < len(t); k++ {
		if t[k] != '!' && t[k] != '?' || k+1 < len(t) && t[k+1] != ' ' && t[k+1] != '*' && t[k+1] != '_' {
			continue
		}
		w := strings.TrimRight(t[:k], "!?")
		w = w[strings.LastIndexAny(w, " \t")+1:]
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// headsNextDates: bs[i] is a heading line that closes with its dates
// ("Barnskötare hos Förskolan Kotten AB 2016 – 2019"), or an undated one
// over a dates line that opens with them, one more undated heading line
// between at most.
func headsNextDates(bs []*Block, i int) bool {
	for j := i; j < len(bs) && j <= i+2; j++ {
		b := bs[j]
		t := strings.TrimSpace(b.Text)
		if !headerLike(b) || fullStop(t) {
			return false
		}
		if dated(b) {
			r, _ := FindDateRange(t)
			return j > i && datedFirst(b) || j == i && !r.Single() && r.EndPos == len(t)
		}
	}
	return false
}

// cjkClauses: a line of Chinese, Japanese or Korean told in clauses (two
// commas or more and a score of characters) is a sentence, however few
// the spaces in it, or closing on a semicolon ("在项目中期加入, 团队为三个研究生和我, 他们负责...").
// One comma will do when a long clause follows it ("除此之外,参与了公司
// 小程序组件库的搭建与维护"), not a title after a company.
func cjkClauses(t string) bool {
	// ("结果: 三个月注册用户超过 3000 人，日均订单稳定在 150 单左右；": a
	// semicolon closes a clause told, as no title holds one)
	if strings.Contains(t, "；") && cjkCount(t) >= 12 {
		return true
	}
	commas := strings.Count(t, ",") + strings.Count(t, "，") + strings.Count(t, "、")
	if commas == 0 || commas == 1 && cjkCount(t[strings.LastIndexAny(t, ",，、"):]) < 12 {
		return false
	}
	return cjkCount(t) >= 20
}

// cjkCount: how many Chinese, Japanese or Korean characters t holds.
func cjkCount(t string) int {
	n := 0
	for _, r := range t {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			n++
		}
	}
	return n
}

// openRangeRe: "(??? — Current)", "(2019 – present)" at the end of a line.
var openRangeRe = lazy.Regexp(`\(([^()]{0,20}?)\s*[—–-]+\s*([^()]{1,24})\)\s*$`)

// endsWithRange: the line ends with a bracketed range whose end is a date
// or a word for now, even when its start is not written ("???").
func endsWithRange(t string) bool {
	m := openRangeRe().FindStringSubmatch(t)
	if m == nil {
		return false
	}
	_, isDate := ParseDate(m[2])
	return isDate || IsPresent(m[2])
}

// markedStart: a plain-text line that opens with a run set apart by
// emphasis markers ("*Computer Operator.* Acme, Seattle WA."), as a
// Markdown line opens with bold.
func markedStart(b *Block) bool {
	return b.Pieces == nil && markedRun(b.Text) > 0
}

// markedRun is the length of "*...*" or "_..._" at the start of t, or 0.
func markedRun(t string) int {
	if len(t) < 3 || t[0] != '*' && t[0] != '_' || t[1] == ' ' {
		return 0
	}
	i := strings.IndexByte(t[1:], t[0])
	if i <= 0 || t[i] == ' ' || i+2 < len(t) && t[i+2] != ' ' {
		return 0
	}
	return i + 2
}

// fullStop: the text ends with a full stop that is not an
// abbreviation's ("Pinterest Inc.", "Acme Co.", "L.L.C.").
func fullStop(t string) bool {
	if strings.HasSuffix(t, "。") {
		return true
	}
	if !strings.HasSuffix(t, ".") || endsWithCompanyForm(t) {
		return false
	}
	w := t[strings.LastIndexAny(t, " \t(")+1 : len(t)-1]
	if strings.Contains(w, ".") {
		return false
	}
	// "Seattle WA.", "Golden CO.": a state's code
	if len(w) == 2 && isUpperASCII(w[0]) && isUpperASCII(w[1]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return !(unicode.IsUpper(r) && utf8.RuneCountInString(w) <= 4 && coSuffixRe().MatchString(w))
}

// wordCount counts words, not the separators between them.
func wordCount(t string) int {
	n := 0
	for _, f := range strings.Fields(t) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// leadLine: a line that starts an entry even right after another heading
// line: bold at its start, in capitals, a term, or with dates.
func leadLine(b *Block) bool {
	if b.Kind == BlockTerm || b.Strong || b.Caps {
		return true
	}
	for _, g := range b.Groups {
		if g.Text.Start == 0 && g.Text.End > 0 {
			if strongStart(b) {
				return true
			}
		}
	}
	return false
}

// strongStart: the line opens with bold text ("**Title** @ Org").
func strongStart(b *Block) bool {
	if len(b.Pieces) == 0 || len(b.Groups) == 0 {
		return false
	}
	g := b.Groups[0]
	return g.Text.Start == 0 && (g.Inner.Start-g.Outer.Start == 2 || g.Bold)
}

// lineEntries: sections without subheadings, entry by entry as the lines
// go: a heading line after a body, or a second dates line, starts the next.
func (in *interp) lineEntries(bs []*Block, kind string) []*entry {
	topItem := topItemLevel(bs)
	if kind == SecExperience && in.format == Text {
		if es := in.indentTree(bs); es != nil {
			return es
		}
	}
	if kind == SecExperience {
		if es := in.placeItems(bs); es != nil {
			return es
		}
	}
	if kind == SecExperience && in.format == Text {
		if es := splitColumnRoles(bs); es != nil {
			return es
		}
	}
	var out []*entry
	var cur *entry
	var periodOf *entry    // the role whose period labels ("Depuis 2024:") head the lines now
	var employer *entry    // the employer's item whose nested items now head roles
	employerLines := false // (and they are a title and dates each, employerOverDatedLines)
	var school *entry      // the school's item whose nested items now name degrees
	sep := false
	start := func(b *Block) *entry {
		cur = newEntry(b)
		out = append(out, cur)
		sep = false
		return cur
	}
	oneLines := false
	credits := -1 // the end of a catalogue of work introduced by a line (creditList)
	if kind == SecExperience {
		for _, b := range bs {
			if _, _, ok := oneLineRole(b); ok && b.Kind == BlockParagraph {
				oneLines = true
				break
			}
		}
	}
	quoteEnd := 0 // the end of a quotation between the jobs (quotedRun)
	for i, b := range bs {
		if i < quoteEnd {
			continue
		}
		if in.format == Text && kind == SecExperience && cur != nil && cur.hasBody() && cur.dated() {
			if j := quotedRun(bs, i); j > i {
				quoteEnd = j
				continue
			}
		}
		// beside roles told on one line, "Farmers Weekly: regular
		// contributor on soils..." is one too: a name, then what was done
		// for it
		if oneLines && b.Kind == BlockParagraph && b.Level == 0 && !b.Quote && !dated(b) {
			// ("Other print and online news, features and content:" over
			// them introduces them)
			if t := strings.TrimSpace(b.Text); strings.HasSuffix(t, ":") && wordCount(t) > 3 && (cur == nil || cur.hasBody()) {
				// (and where they are a catalogue of work, creditList,
				// none of them is a role)
				credits = creditList(bs, i)
				continue
			}
			if i < credits {
				continue
			}
			if head, text, ok := namedLine(b); ok {
				start(head).prose = append(cur.prose, text)
				cur.oneLine = true
				continue
			}
		}
		// "RANA-NET: red ibérica de seguimiento, 2018-2021.": a project
		// named, then told, on its line; one a line
		if kind == SecProjects && b.Kind == BlockParagraph && b.Level == 0 && !b.Quote && !b.Strong {
			head, text, ok := namedLine(b)
			// (a dashed name line over a paragraph of its own is a
			// project's heading, told under it)
			if !ok && (i+1 == len(bs) || bs[i+1].Kind != BlockParagraph || bs[i+1].Level != 0 || dashNamed(bs[i+1])) {
				head, text, ok = dashNamedLine(b)
			}
			if ok {
				start(head).prose = append(cur.prose, text)
				cur.oneLine = true
				continue
			}
		}
		// "Broadcast: Assistant producer, Greenway Films (2012-2016):
		// researched and produced...": a role and what was done there on
		// one line
		if kind == SecExperience && b.Kind == BlockParagraph && b.Level == 0 && !b.Quote {
			if head, text, ok := oneLineRole(b); ok {
				start(head).prose = append(cur.prose, text)
				cur.oneLine = true
				continue
			}
			if head, text, ok := datesFirstRole(b); ok {
				start(head).prose = append(cur.prose, text)
				cur.oneLine = true
				continue
			}
		}
		switch b.Kind {
		case BlockRule:
			sep = true
		case BlockListItem:
			// the roles nested under an employer's item (employerOverItems)
			if employer != nil && b.Level == employer.head[0].Level+1 && (nestedRoleItem(bs, i) || employerLines && datedTitleLine(b)) {
				e := start(b)
				e.listRole, e.group = true, employerName(employer)
				continue
			}
			// the degrees nested under a school's item (schoolOverDegrees)
			if school != nil && b.Level == school.head[0].Level+1 && degreeItem(b) {
				e := start(b)
				e.listRole = true
				e.fields["institution"] = richOf(school.head[0]).trim()
				continue
			}
			// "**Ferrovia Digitale** — Milan" over "- *Engineering
			// Manager (2020 – 2023)*" items with bullets under them: the
			// line names the company of the roles listed under it
			if b.Level == 0 && kind == SecExperience && cur != nil && !cur.listRole && !cur.implicit && len(cur.bullets) == 0 && len(cur.head) == 1 && in.listRole(bs, i, kind) {
				// ("**Full-time · Remote · 3 yrs**" and a line about the
				// company over "- **Mobile Engineer**" items: a line that
				// names nothing heads no role)
				co := companyOver(cur, b)
				meta := workTypeLine(cur.head[0])
				if meta {
					co = ""
				}
				// ("Santiago, Chile | 2004 – 2010" over dated items: a line
				// of a place and the span of them all heads none either)
				placeSpan := co == "" && !cur.hasBody() && cur.dated() && len(namedParts(cur.headParts())) == 0 && dated(b)
				// ("2026" over "- Podcasteuse **La Forge Lente**" and "-
				// Freelance", each over what was done: a timeline's year
				// over the roles it saw, each dated by it)
				yearOver := !cur.hasBody() && dateOnlyHead(cur) && headedItems(bs, i)
				if co != "" && !cur.hasBody() || co == "" && !cur.dated() && (meta || len(namedParts(cur.headParts())) == 0) && itemNamesRole(b) || placeSpan || yearOver {
					cur.skip = true
					year := cur.head[0]
					e := start(b)
					e.listRole, e.group = true, co
					if yearOver {
						e.heldDates = year
						e.fields["dates"] = richOf(e.heldDates).trim()
					}
					continue
				}
			}
			// (a list of degrees indented as a whole under its heading, or
			// of projects each named first, "iban-check: a library…" or in
			// bold: its shallowest items are its top)
			if (b.Level == 0 || b.Level == topItem && (kind == SecEducation || kind == SecProjects && (namedProjectLine(b.Text) || strongStart(b) || in.linkOnly(b)))) && (cur == nil || cur.listRole || cur.implicit && !cur.hasBody()) && in.listRole(bs, i, kind) {
				group := ""
				var held *Block
				// (a role nested under an employer's item hands its
				// company on to none after it)
				if cur != nil && cur.listRole && employer == nil {
					group, held = cur.group, cur.heldDates
				}
				e := start(b)
				e.listRole, e.group, e.labelLines = true, group, labelHeadsLines(bs, i)
				if held != nil && !dated(b) {
					e.heldDates = held
					e.fields["dates"] = richOf(held).trim()
				}
				employer, school = nil, nil
				employerLines = false
				if kind == SecExperience && employerOverItems(bs, i) {
					e.skip, employer = true, e
				} else if kind == SecExperience && employerOverDatedLines(bs, i) {
					e.skip, employer, employerLines = true, e, true
				}
				if kind == SecEducation && schoolOverDegrees(bs, i) {
					e.skip, school = true, e
				}
				continue
			}
			if cur == nil {
				start(nil).implicit = true
			}
			if cur.listRole && b.Level == 0 && !flatListHeaded(bs, i) {
				// an item beside list-item entries that is not one
				cur = nil
				start(nil).implicit = true
			}
			if kind == SecExperience && !cur.listRole && sectorItem(cur, bs, i) {
				if _, seen := cur.fields["sector"]; !seen {
					cur.fields["sector"] = richOf(b).trim()
				}
				continue
			}
			in.item(cur, bs, i, cur.listRole)
		case BlockTerm:
			_, dated := FindDateRange(b.Text)
			// a term heads an entry when it has dates, names a degree, or
			// is defined ("Kestrel Mobile Ltd" over ": *Client : Title*")
			defined := i+1 < len(bs) && bs[i+1].Kind == BlockParagraph && bs[i+1].Level > b.Level
			if dated || defined && kind != SecSkills || kind == SecEducation && !strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
				start(b)
			}
		case BlockParagraph, BlockTableRow:
			// the post right under an employer's industries
			if cur != nil && postAfterSector(cur, bs, i) {
				cur.head = append(cur.head, b)
				continue
			}
			// a form's row under an entry ("Tipo di impiego<TAB>Analista"):
			// the label names the field its value fills, whatever dates
			// the value mentions ("dal 2020 responsabile"); a second row
			// of dates starts the next entry
			if cur != nil && b.Kind == BlockParagraph {
				if f, _ := tabField(strings.TrimSpace(b.Text)); f != "" && (f != "dates" || !cur.dated()) && cur.fieldLine(b) {
					continue
				}
			}
			// a table of label and value under a dated job ("회사명 |
			// (주)누리에듀", "상세내용 | API 설계 및 운영"): the label says
			// what the value is
			if cur != nil && kind == SecExperience && cur.dated() && labelRow(b) {
				cur.labelRow(b)
				continue
			}
			// an entry's text set apart by the source (a \cventry's last
			// argument), however short
			if b.Desc && cur != nil && kind != SecEducation {
				cur.prose = append(cur.prose, b)
				continue
			}
			// "• **Vértice Consultoria – 2018 – 2021**" over "**Cargo:**
			// Analista": a field line under a list-item role is its own
			// ("Cargo: Estagiária" when it has a title: the next role there)
			if cur != nil && cur.listRole && kind == SecExperience && b.Level == 0 && !dated(b) && fieldLabel(b.Text) != "" {
				f := fieldLabel(b.Text)
				if _, seen := cur.fields[f]; seen && f == "title" && cur.hasBody() {
					e := start(cur.head[0])
					e.listRole, e.group = true, cur.group
				}
				if cur.fieldLine(b) {
					continue
				}
			}
			// under a dated heading, before what was done: "**Должность:**
			// Designer" is a field of it; "**Обязанности:**" a label, and
			// so, after such a label, is a short bold line over items
			// ("**Designer**" over what was done as designer)
			if cur != nil && kind == SecExperience && cur.dated() && !cur.listRole && !dated(b) && !b.Cont && (b.Strong || strongStart(b)) {
				t := strings.TrimSpace(b.Text)
				if !cur.hasBody() && fieldLabel(t) != "" && cur.fieldLine(b) {
					continue
				}
				if labelItem(t) && !cur.hasBody() || labelItem(t) && cur.subLabels {
					cur.subLabels = true
					continue
				}
				if cur.subLabels && b.Strong && wordCount(t) <= 4 && i+1 < len(bs) && bs[i+1].Kind == BlockListItem {
					continue
				}
			}
			// "Main activities and responsibilities:" right over the items
			// of a dated role, bold or not: a label of its list, heading
			// no role of its own
			// (so is "_Görev Alanları:_" set in emphasis after a paragraph
			// that tells what the place was)
			if cur != nil && kind == SecExperience && cur.dated() && !cur.listRole && (!cur.hasBody() || len(cur.bullets) == 0 && (b.Strong || b.Emph)) &&
				!dated(b) && labelItem(b.Text) && i+1 < len(bs) && bs[i+1].Kind == BlockListItem {
				continue
			}
			// ("**Atividades:** Evolução dos sistemas...": a labelled line
			// under it tells what was done there)
			if cur != nil && cur.listRole && kind == SecExperience && b.Level == 0 && !b.Cont && !dated(b) && len(cur.fields) > 0 && labelledRe().MatchString(strings.TrimSpace(b.Text)) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// the lines after a label item that heads them
			if cur != nil && cur.labelLines && !cur.hasBody() && b.Level == cur.head[0].Level {
				cur.head = append(cur.head, b)
				continue
			}
			if b.Level > 0 && cur != nil {
				// a term with several definitions, each with its dates: one
				// entry each, at the term's company ("Kestrel Mobile Ltd"
				// over contracts for clients) or school (over its degrees,
				// each dated: an undated line is the degree's own)
				if term := cur.term(); term != nil && !b.Cont && cur.dated() && headerLike(b) && len(cur.head) >= 2 && (kind == SecExperience || kind == SecEducation && dated(b)) {
					if cur.head[0] == term {
						cur.head, cur.group = cur.head[1:], strings.TrimSpace(term.Text)
					}
					start(b).group = strings.TrimSpace(term.Text)
					cur.termBlock = term
					continue
				}
				// a definition's text, or the lines of a list item's own
				if !cur.hasBody() && (headerLike(b) || !b.Cont && len(cur.head) == 1 && cur.head[0].Kind == BlockTerm) {
					cur.head = append(cur.head, b)
				} else {
					cur.prose = append(cur.prose, b)
				}
				continue
			}
			if kind == SecEducation {
				in.educationLine(&cur, &out, b, sep)
				sep = false
				continue
			}
			// "canlog: Open-source CAN logger": a project on one line
			// (first in the section, or after another such project: under
			// a project's own heading, "简介: ..." labels its description)
			if kind == SecProjects && namedProjectLine(b.Text) && (cur == nil || namedProjectLine(cur.head[0].Text)) {
				start(b)
				continue
			}
			// a PDF's column of dates beside the text ("10. 4. 2017 –
			// 21. 4. 2017\tHK Net s.r.o., ..."): each line a role, however
			// its text ends
			if kind == SecExperience && b.Kind == BlockParagraph && !b.Cont && b.Level == 0 && dateColumnLine(b.Text) {
				start(b)
				continue
			}
			// "2024 - 2024" right under a dated role's text, no blank line
			// between: the next role's dates, not more of the text
			if b.Cont && cur != nil && kind == SecExperience && cur.hasBody() && cur.dated() && dated(b) && headerLike(b) && datedFirst(b) && wordCount(b.Text) <= 8 {
				start(b)
				continue
			}
			// plain text with no blank lines (a LinkedIn PDF's text): after
			// a role's finished sentence, a heading line right over the
			// next role's dates ("Enfermeira" over "junho de 2014 - ...",
			// or a company over a title over them) starts that role
			if b.Cont && cur != nil && kind == SecExperience && in.format == Text && len(cur.prose) > 0 && cur.dated() &&
				fullStop(cur.prose[len(cur.prose)-1].Text) && headsNextDates(bs, i) {
				start(b)
				continue
			}
			if b.Cont && cur != nil && (cur.hasBody() || !headerLike(b) || cur.paragraph && wordCount(cur.head[0].Text) >= 8 || kind == SecProjects && hangsUnderHead(cur, b)) {
				// under a role told on one line, a line that opens with a
				// capital after a finished sentence is an item of its own
				// (so is one under a dated role in plain text with no blank
				// lines, its text right under its heading: its sentences,
				// each opening a line, are items; paragraphs set apart by
				// blank lines are one item each)
				if (cur.oneLine || in.format == Text && cur.dated() && kind == SecExperience && len(cur.prose) > 0 && cur.prose[0].Cont && !cur.paragraph) && len(cur.prose) > 0 && fullStop(cur.prose[len(cur.prose)-1].Text) && startsUpper(b.Text) {
					c := *b
					c.Cont = false
					b = &c
				}
				cur.prose = append(cur.prose, b)
				continue
			}
			// "Técnico de redes en Calzados Ribera" over "Administrador de
			// sistemas en Nubalia": undated roles, one a line
			if b.Cont && cur != nil && kind == SecExperience && !cur.hasBody() && len(cur.head) == 1 && !cur.dated() &&
				titleAtCompany(b.Text) && titleAtCompany(cur.head[0].Text) {
				start(b)
				continue
			}
			if b.Cont && cur != nil && !(dated(b) && cur.dated()) {
				cur.head = append(cur.head, b)
				continue
			}
			// plain text: a short undated line indented under the entry's
			// heading, after its first lines ("Project Portfolio"), labels
			// what follows inside the entry
			if in.format == Text && cur != nil && cur.hasBody() && len(cur.head) > 0 && b.Indent > cur.head[0].Indent && !dated(b) && wordCount(b.Text) <= 4 && !fullStop(b.Text) {
				continue
			}
			// "**Backend Developer**" under a heading of only a company and
			// its dates, nothing told yet: the title completes the heading
			// (so does a plain line of a title in plain text, plainTitleUnder)
			if cur != nil && !b.Cont && (b.Strong || in.format == Text && plainTitleUnder(bs, i)) && !cur.hasBody() && cur.dated() && len(cur.head) == 2 && !dated(b) &&
				titleRe().MatchString(b.Text) && !strings.ContainsAny(b.Text, ":：") && !titleRe().MatchString(cur.head[0].Text) {
				if _, dateOnly := ParseDateRange(cur.head[1].Text); dateOnly {
					cur.head = append(cur.head, b)
					continue
				}
			}
			// "事業内容: 受託開発" under a heading of only a company and its
			// dates, nothing told yet: a line of what the company is, no
			// title of the heading
			if cur != nil && kind == SecExperience && !b.Cont && !cur.hasBody() && companyParticular(cur, b) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// "**Kullanılan Teknolojiler:** Go, Python" under a heading, or
			// "**İşten Ayrılma Nedeni:** ..." after the entry's text: a
			// labelled line tells of the entry, it heads none
			if cur != nil && kind == SecExperience && strongStart(b) && labelledRe().MatchString(strings.TrimSpace(b.Text)) && !dated(b) && cur.dated() &&
				(cur.hasBody() || stackLine(strings.TrimSpace(b.Text))) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// a bare label after an entry's bullets ("Line Manager:", its
			// value lost to markup) tells of that entry, heading no other
			// ("Tech:" over a list, after a dated role's lines: the items are
			// that role's too)
			if cur != nil && len(cur.bullets) > 0 && labelItem(b.Text) && !dated(b) && (i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || cur.dated() && !b.Strong && wordCount(b.Text) <= 2) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// a paragraph of its own after a project's description
			// ("相关技术：C, Qt") names its tools: kept as written, no
			// project of its own
			if cur != nil && kind == SecProjects && len(cur.prose) > 0 && !b.Cont && stackLine(strings.TrimSpace(b.Text)) && !dated(b) {
				continue
			}
			// "Environnement: Python, Django, ..." after a role's bullets,
			// or after what a dated role tells in prose, names its tools
			if cur != nil && (len(cur.bullets) > 0 || cur.dated() && cur.hasBody()) && stackLine(strings.TrimSpace(b.Text)) && !dated(b) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// "C, Bash, Python, Rust | Gitlab" after what a dated role
			// tells, with no dates of its own or right under it: the
			// role's tools, heading no role
			if cur != nil && kind == SecExperience && (cur.hasBody() || len(cur.head) >= 2) && !dated(b) && !b.Strong &&
				toolNames(strings.TrimSpace(b.Text)) && (i+1 >= len(bs) || !dated(bs[i+1])) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// "*Depuis Janvier 2024:*" under a dated role, in its span,
			// before or between its lists: a period of that role, which
			// labels what follows, no role of its own
			if cur != nil && kind == SecExperience && cur.dated() && dated(b) && cur.spans(b) && len(cur.head) > 0 && b.Line > cur.head[0].Line && dateLabel(b.Text) {
				periodOf = cur
				continue
			}
			// and what such a period tells, undated, is that role's
			if cur != nil && periodOf == cur && !dated(b) && !b.Strong && !strongStart(b) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// "Registre agricole — recensement (01/2019 – 12/2019)" under a
			// dated role, before its bullets, in its span and naming no
			// title: a project of the role, not a role
			if cur != nil && kind == SecExperience && b.Cont && len(cur.bullets) == 0 && cur.dated() && dated(b) && !titleRe().MatchString(b.Text) && !datedFirst(b) && cur.spans(b) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// a form's row after a dated role's list (europecv's
			// \ecvitem{Name and address of employer}{...} under its
			// \ecvitem{Main activities}{\begin{itemize}...}): a field the
			// role, itself told in such rows, has not had yet is its own
			if cur != nil && kind == SecExperience && formRowAfterBody(cur, b) && cur.fieldLine(b) {
				continue
			}
			// a line of links after an entry's bullets, before a rule or
			// the end ("[Google Play](https://...)"), tells more of it
			if cur != nil && cur.hasBody() && !b.Strong && in.linksOnly(b) && endsGroup(bs, i) {
				cur.prose = append(cur.prose, b)
				continue
			}
			// a job told in a paragraph that opens with its dates, as the
			// others do (datedParagraphStart)
			if in.format == Text && kind == SecExperience && datedParagraphStart(bs, i) {
				start(b).paragraph = true
				continue
			}
			if cur != nil && formRowInHead(cur, b) {
				cur.head = append(cur.head, b)
				continue
			}
			if in.format == Text && kind == SecExperience && cur != nil && cur.hasBody() && cur.dated() && !cur.listRole && headOverDateLine(bs, i) {
				start(b)
				continue
			}
			if !headerLike(b) || !b.Cont && proseRun(bs, i) || kind == SecExperience && datedStage(cur, bs, i) {
				if cur == nil {
					continue // prose before any entry
				}
				cur.prose = append(cur.prose, b)
				continue
			}
			// plain text: "Fennimore Search" over "Engineer (2019--Present)",
			// a blank line, then "Building the ads auction" right over its
			// dash items: a line that opens what a dated role did, not a
			// role of its own (the next role's heading, or the section's
			// end, follows the items)
			if in.format == Text && kind == SecExperience && cur != nil && !b.Cont && !sep && !cur.hasBody() && !cur.listRole && !cur.implicit &&
				cur.dated() && len(cur.head) >= 2 && !dated(b) && taglineOverItems(bs, i) {
				cur.prose = append(cur.prose, b)
				continue
			}
			_, dated := FindDateRange(b.Text)
			_, dateOnly := ParseDateRange(b.Text)
			switch {
			case cur == nil, cur.hasBody(), sep, cur.listRole, cur.implicit,
				// plain text: a blank line after a full heading starts the next entry
				// (a dates line right under an undated heading completes it: "\location{Jan 2019 – Present}")
				!b.Cont && in.format == Text && len(cur.head) >= 2 && (cur.dated() || !dated || b.Line != cur.head[len(cur.head)-1].Line+1 && !in.afterPage[b] && !spanLine(b)) && !(!cur.dated() && !cur.hasBody() && spanBelow(bs, i)) &&
					!(!dated && spanLine(cur.head[len(cur.head)-1]) && !cur.hasBody() && !fullStop(b.Text) && wordCount(b.Text) <= 8) &&
					!(!dated && datesTitleHead(cur)),
				// a paragraph that opens as the last one did ("**Name**" over
				// "(2024 essay, link)", twice)
				!b.Cont && len(cur.head) >= 2 && sameLook(b, cur.head[0]),
				// (but a job's own keys in front matter stay one job: "company =
				// \"X (Gießen, May 2011 to August 2013)\"" then its dates)
				dated && cur.dated() && !(b.Style == verbatimStyle && b.Cont && b.Strong),
				// (plain text: "ACCOUNT EXECUTIVE" after a blank line under a
				// line of only dates, nothing else yet, is the title those
				// dates are of)
				leadLine(b) && cur.dated() && !dateOnly && !(in.format == Text && b.Caps && !cur.hasBody() && dateOnlyHead(cur)):
				start(b)
			default:
				cur.head = append(cur.head, b)
			}
		}
	}
	return out
}

// taglineOverItems: line i sits right over list items (no blank line
// between), and after them comes the section's end or a heading whose
// dates follow within its next lines: the line and its items are all of
// one entry, the next one dated as the last was.
func taglineOverItems(bs []*Block, i int) bool {
	// (a plain text line is a block of its own: the next line's)
	if i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || bs[i+1].Line != bs[i].Line+1 {
		return false
	}
	j := i + 1
	for j < len(bs) && (bs[j].Kind == BlockListItem || bs[j].Level > 0 || bs[j].Cont && bs[j].Kind == BlockParagraph && !dated(bs[j])) {
		j++
	}
	if j == len(bs) {
		return true
	}
	for k := j; k < len(bs) && k < j+3; k++ {
		if bs[k].Kind == BlockListItem || k > j && !bs[k].Cont {
			return false
		}
		if dated(bs[k]) {
			return true
		}
	}
	return false
}

// oneLineRole splits a line that names a role, its dates in brackets,
// then a colon and a sentence of what was done ("Assistant producer,
// Greenway Films (2012-2016): researched and produced short segments")
// into the role's heading and its text.
func oneLineRole(b *Block) (head, text *Block, ok bool) {
	t := b.Text
	dr, found := FindDateRange(t)
	if !found || dr.Pos == 0 {
		return nil, nil, false
	}
	// the range closes a bracket, then a colon
	end := dr.EndPos
	for end < len(t) && t[end] == ' ' {
		end++
	}
	if end >= len(t) || t[end] != ')' || !strings.Contains(t[max(0, dr.Pos-2):dr.Pos+1], "(") {
		return nil, nil, false
	}
	rest := strings.TrimLeft(t[end+1:], " ")
	if !strings.HasPrefix(rest, ":") {
		return nil, nil, false
	}
	at := len(t) - len(rest) + 1
	if wordCount(t[at:]) < 5 || wordCount(t[:dr.Pos]) < 2 || wordCount(t[:dr.Pos]) > 16 {
		return nil, nil, false
	}
	return splitParagraph(b, 0, at-1, at, len(t))
}

// datesFirstRole splits a paragraph that opens with a role's dates, then a
// colon, the employer and the title, and after a full stop what was done
// there ("С июня 2019 по март 2022: ООО «Сигнал», ведущий инженер.
// Разработка ПО...", "2016 – 2019: Acme GmbH, Entwickler. Aufbau der ...")
// into the role's heading (its dates with the names) and its text.
func datesFirstRole(b *Block) (head, text *Block, ok bool) {
	t := b.Text
	dr, found := FindDateRange(t)
	if !found || dr.Pos != 0 || dr.End == "" && !dr.Current {
		return nil, nil, false
	}
	at := dr.EndPos
	for at < len(t) && (t[at] == ' ' || t[at] == ')' || t[at] == ']') {
		at++
	}
	if at >= len(t) || t[at] != ':' {
		return nil, nil, false
	}
	at++
	// the names end at the first full stop that closes no abbreviation
	// and that a capital follows
	stop := -1
	for k := at; k+2 < len(t); k++ {
		if t[k] != '.' || t[k+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t[k+2:])
		if !unicode.IsUpper(r) || abbrevEnd(t[at:k+1]) {
			continue
		}
		stop = k
		break
	}
	if stop < 0 {
		return nil, nil, false
	}
	names := t[at:stop]
	if n := wordCount(names); n < 2 || n > 12 || !strings.ContainsAny(names, ",–—|") || wordCount(t[stop+1:]) < 3 {
		return nil, nil, false
	}
	return splitParagraph(b, 0, stop, stop+1, len(t))
}

// namedLineRe: a name of up to four capitalised words, a colon, then
// words about it ("Carbon Brief: freelance features on land use").
// A number before the name, as the sections are numbered ("3.1
// HUMEDAL-ADAPT: ..."), is neither.
var namedLineRe = lazy.Regexp(`^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(\p{Lu}[\p{L}&.'-]*(?: \p{Lu}[\p{L}&.'-]*){0,3}):\s+(\S.*)$`)

// namedLine splits "Name: what was done for it" into a heading and its
// text; not a field ("Location: Leeds") nor a label over nothing.
func namedLine(b *Block) (head, text *Block, ok bool) {
	t := b.Text
	m := namedLineRe().FindStringSubmatchIndex(t)
	if m == nil || wordCount(t[m[4]:]) < 5 || fieldLabel(t) != "" || labelItem(t) {
		return nil, nil, false
	}
	return splitParagraph(b, m[2], m[3], m[4], len(t))
}

// dashNamedLine splits "Projekt Salka - system rezerwacji sal dla
// recepcji" (a project's name, a dash, then what it is, as plain text
// writes it) into a heading and its text: the name a few words from a
// capital, with no sentence in it, the text a sentence of five words.
func dashNamedLine(b *Block) (head, text *Block, ok bool) {
	t := b.Text
	at, n := -1, 0
	for _, sep := range []string{" - ", " – ", " — "} {
		if i := strings.Index(t, sep); i > 0 && (at < 0 || i < at) {
			at, n = i, len(sep)
		}
	}
	if at < 0 {
		return nil, nil, false
	}
	name, rest := t[:at], t[at+n:]
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(name))
	if !unicode.IsUpper(r) || len(strings.Fields(name)) > 4 || strings.ContainsAny(name, ".,;:()") || wordCount(rest) < 5 || looksLikeDate(name) || dated(b) {
		return nil, nil, false
	}
	return splitParagraph(b, 0, at, at+n, len(t))
}

// dashNamed: b is such a line.
func dashNamed(b *Block) bool {
	_, _, ok := dashNamedLine(b)
	return ok
}

// indentTree reads plain text laid out by indentation alone: an employer
// at the section's margin, its titles with their dates indented under it,
// and what was done indented deeper ("Itaú Unibanco" over "\tTech Leader |
// mar/2023 - atual" over a paragraph, then "\tDesenvolvedor Pleno | ...").
// nil when the lines are not so laid out.
func (in *interp) indentTree(bs []*Block) []*entry {
	margin, titles := -1, -1
	for _, b := range bs {
		if b.Kind != BlockParagraph && b.Kind != BlockListItem {
			return nil
		}
		if margin < 0 || b.Indent < margin {
			margin = b.Indent
		}
	}
	n := 0
	for i, b := range bs {
		switch {
		case b.Kind != BlockParagraph:
		case b.Indent == margin:
			// an employer, with a dated title indented right under it
			if dated(b) || wordCount(b.Text) > 8 || fullStop(b.Text) || i+1 >= len(bs) || bs[i+1].Indent <= margin || !dated(bs[i+1]) {
				return nil
			}
		case dated(b) && headerLike(b):
			if titles >= 0 && b.Indent != titles {
				return nil
			}
			titles = b.Indent
			n++
		}
	}
	if n < 2 || titles <= margin {
		return nil
	}
	var out []*entry
	var cur *entry
	var employer *Block
	for i, b := range bs {
		switch {
		case b.Kind == BlockParagraph && b.Indent == margin:
			employer, cur = b, nil
		case b.Kind == BlockParagraph && b.Indent == titles && dated(b) && headerLike(b):
			cur = newEntry(b)
			out = append(out, cur)
			if employer == nil {
				break
			}
			// "Acme Corp, Berlin": the company, and the place
			cur.group = strings.TrimSpace(employer.Text)
			parts, _, _ := splitHeader([]string{employer.Text}, true)
			if named := namedParts(parts); len(named) > 0 && len(named) < len(parts) {
				cur.group = named[0].text
				for _, p := range parts {
					if at := strings.Index(employer.Text, p.text); isLocation(p.text) && at >= 0 {
						cur.fields["location"] = richOf(employer).slice(at, at+len(p.text)).trim()
						break
					}
				}
			}
		case cur == nil:
			// a line between an employer and its first title
		case b.Kind == BlockListItem:
			in.item(cur, bs, i, false)
		default:
			cur.prose = append(cur.prose, b)
		}
	}
	return out
}

// anyLinkRe: a Markdown link or image, or an org link ("[[url][text]]"), anywhere.
var anyLinkRe = lazy.Regexp(`!?\[[^\]]*\]\([^)]*\)|\[\[[^\]\n]*\](?:\[[^\]\n]*\])?\]`)

// linksOnly: the line's source is links and separators, nothing else.
func (in *interp) linksOnly(b *Block) bool {
	if b.Span.End > len(in.src) || b.Span.Start >= b.Span.End || dated(b) {
		return false
	}
	s := string(in.src[b.Span.Start:b.Span.End])
	rest := anyLinkRe().ReplaceAllString(s, "")
	// (kramdown's "{: .download-btn }" after a link sets its looks)
	rest = kramdownIALRe().ReplaceAllString(rest, "")
	return rest != s && strings.Trim(rest, " \t\r\n•·|/,-–—") == ""
}

// kramdownIALRe: a kramdown attribute list ("{: .class }", "{:#id}").
var kramdownIALRe = lazy.Regexp(`\{:[^{}\n]*\}`)

// endsGroup: nothing but a rule, a heading or the end follows block i.
func endsGroup(bs []*Block, i int) bool {
	for _, b := range bs[i+1:] {
		switch b.Kind {
		case BlockRule, BlockHeading:
			return true
		case BlockHTML, BlockCode:
			continue
		}
		return false
	}
	return true
}

// companyOver is the company a heading line names over a list item that
// names a role, set apart in italics or bold or with its dates, or "".
func companyOver(head *entry, item *Block) string {
	if !(item.Emph || item.Strong || strongStart(item) || dated(item)) {
		return ""
	}
	parts, _, _ := splitHeader([]string{headText(item)}, true)
	named := namedParts(parts)
	if len(named) == 0 || !titleRe().MatchString(named[0].text) {
		return ""
	}
	over := namedParts(head.headParts())
	if len(over) == 0 || titleRe().MatchString(over[0].text) {
		return ""
	}
	for _, p := range over[1:] {
		if titleRe().MatchString(p.text) {
			return ""
		}
	}
	return over[0].text
}

// workTypeLine: a line that tells how the job was held, with the place
// and how long ("Full-time · Amsterdam, Netherlands · 3 yrs"): it names
// no company.
func workTypeLine(b *Block) bool {
	for _, seg := range strings.FieldsFunc(b.Text, func(r rune) bool { return strings.ContainsRune("·•|,–—()", r) }) {
		if workTypeRe().MatchString(strings.TrimSpace(seg)) {
			return true
		}
	}
	return false
}

// itemNamesRole: a list item set apart in bold or italics that names a
// role ("- **Lead Mobile Engineer**").
func itemNamesRole(b *Block) bool {
	if !(b.Strong || b.Emph || strongStart(b)) {
		return false
	}
	named := namedParts(func() []headerPart { p, _, _ := splitHeader([]string{headText(b)}, true); return p }())
	return len(named) > 0 && titleRe().MatchString(named[0].text)
}

// sameLook: both lines are wholly bold, or both open in bold.
func sameLook(a, b *Block) bool {
	return a.Strong && b.Strong || strongStart(a) && strongStart(b)
}

// proseRun: the lines from i on that continue one another read as a
// paragraph, not as heading lines: more than one line, none bold, italic or
// dated, more than 12 words, ending with a full stop.
func proseRun(bs []*Block, i int) bool {
	b := bs[i]
	if b.Kind != BlockParagraph || b.Strong || b.Emph || strongStart(b) || markedStart(b) || endsWithRange(b.Text) || dated(b) || roleHeadLine(b) || hangingHead(bs, i) {
		return false
	}
	words := wordCount(b.Text)
	j := i + 1
	for ; j < len(bs) && bs[j].Kind == BlockParagraph && bs[j].Cont; j++ {
		if bs[j].Strong || bs[j].Emph || dated(bs[j]) && !yearInSentence(bs, i, j) {
			return false
		}
		words += wordCount(bs[j].Text)
	}
	return j > i+1 && words > 12 && fullStop(strings.TrimSpace(bs[j-1].Text))
}

func hasDate(t string) bool {
	_, ok := FindDateRange(t)
	return ok
}

func dated(b *Block) bool {
	_, ok := FindDateRange(b.Text)
	return ok
}

// sentenceDate: the item names a thing, then after its colon tells of it
// in a finished sentence that mentions one date inside ("**SaaS
// backend**: billing and credits, launched in June 2025."): what was
// done, dated, not a role's heading ("Acme – Intern (2004): support" has
// its date before the colon, in the heading).
func sentenceDate(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	r, ok := FindDateRange(t)
	if !ok || !r.Single() || !fullStop(t) || wordCount(t) <= 6 || strings.TrimRight(t[r.EndPos:], " \t.)]") == "" {
		return false
	}
	c := strings.IndexAny(t, ":：")
	return c > 0 && c < r.Pos
}

// listRole: a top-level item is an entry of its own when items are nested
// under it, or it holds dates (or, for projects, always).
func (in *interp) listRole(bs []*Block, i int, kind string) bool {
	b := bs[i]
	// the item's own lines under it ("TrialPath" over "Developer  2014 –
	// Present") may hold its dates
	j := i + 1
	for ; j < len(bs) && bs[j].Kind == BlockParagraph && bs[j].Level > b.Level; j++ {
		if dated(bs[j]) && headerLike(bs[j]) {
			return true
		}
	}
	if j < len(bs) && bs[j].Kind == BlockListItem && bs[j].Level > b.Level {
		return !labelItem(b.Text) || colonNamedItems(bs, i)
	}
	if labelHeadsLines(bs, i) {
		return true
	}
	if _, ok := FindDateRange(b.Text); ok && !sentenceDate(b) {
		return true
	}
	switch kind {
	case SecProjects:
		return !flatListHeaded(bs, i)
	case SecEducation:
		return degreeRe().MatchString(b.Text) || institutionRe().MatchString(b.Text) || schoolListItem(bs, i)
	}
	return false
}

// dateOnlyHead: the entry is headed by one line of dates alone ("2026",
// "2019 – 2021").
func dateOnlyHead(e *entry) bool {
	if len(e.head) != 1 || e.head[0].Kind != BlockParagraph {
		return false
	}
	_, only := ParseDateRange(strings.TrimSpace(e.head[0].Text))
	return only
}

// headedItems: the top-level items from bs[i] on, up to the next line
// that is no item, each have items nested under them and are short, no
// sentence: each names what its nested items were done for (a role on
// a timeline), not a bullet of its own.
func headedItems(bs []*Block, i int) bool {
	n := 0
	for j := i; j < len(bs) && bs[j].Kind == BlockListItem; j++ {
		b := bs[j]
		if b.Level != bs[i].Level {
			continue
		}
		t := strings.TrimSpace(b.Text)
		if j+1 >= len(bs) || bs[j+1].Kind != BlockListItem || bs[j+1].Level <= b.Level || wordCount(t) > 10 || fullStop(t) || strings.HasSuffix(t, ":") || labelItem(t) {
			return false
		}
		n++
	}
	return n > 0
}

// schoolListItem: an education section's flat list of one-line entries
// ("Letras - UFSC ( Incompleto )" beside "Técnico em Informática pelo
// CEFET-MG"): where one item of the list names a degree or a school, each
// short item of it is an entry too, not a line of the one before.
func schoolListItem(bs []*Block, i int) bool {
	b := bs[i]
	if wordCount(b.Text) > 12 || strings.HasSuffix(strings.TrimSpace(b.Text), ".") || strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
		return false
	}
	lo, hi := i, i+1
	for lo > 0 && bs[lo-1].Kind == BlockListItem {
		lo--
	}
	for hi < len(bs) && bs[hi].Kind == BlockListItem {
		hi++
	}
	named := false
	for _, o := range bs[lo:hi] {
		if o.Level != b.Level {
			return false
		}
		named = named || degreeRe().MatchString(o.Text) || institutionRe().MatchString(o.Text)
	}
	return named && hi-lo >= 2
}

// flatListHeaded: bs[i] is an undated item of a flat list whose first item
// alone is dated ("<li>Стажерка-програмістка в … (2022 рік)</li>" then
// three items of what was done there): the first item heads the entry,
// the others are its bullets.
func flatListHeaded(bs []*Block, i int) bool {
	item := func(j int) bool { return j >= 0 && j < len(bs) && bs[j].Kind == BlockListItem && bs[j].Level == 0 }
	if !item(i) {
		return false
	}
	first := i
	for item(first - 1) {
		first--
	}
	last := i
	for item(last + 1) {
		last++
	}
	if first == i || last-first < 2 || !dated(bs[first]) {
		return false
	}
	for _, b := range bs[first+1 : last+1] {
		if dated(b) {
			return false
		}
	}
	return true
}

// labelHeadsLines: a bold item that is a label ("<li><b>Junior
// Developer:</b></li>") with the lines that tell of it after it, outside
// the list, one of them dated ("Pixelforge (July 2018 - 2021)").
func labelHeadsLines(bs []*Block, i int) bool {
	b := bs[i]
	if !b.Strong || !labelItem(b.Text) || i+1 >= len(bs) || bs[i+1].Kind != BlockParagraph || bs[i+1].Level != b.Level {
		return false
	}
	for _, n := range bs[i+1:] {
		if n.Kind != BlockParagraph {
			return false
		}
		if dated(n) {
			return true
		}
	}
	return false
}

func labelItem(t string) bool {
	t = strings.TrimSpace(t)
	return (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && len(strings.Fields(t)) <= 4
}

// educationLine: a new degree starts where a line brings what the current
// one already has (a second date, degree or school).
func (in *interp) educationLine(cur **entry, out *[]*entry, b *Block, sep bool) {
	t := b.Text
	c := *cur
	dr, date := FindDateRange(t)
	deg := degreeRe().MatchString(t)
	inst := schoolNamed(t)
	has := func(named func(string) bool) bool {
		for _, h := range c.head {
			if named(h.Text) {
				return true
			}
		}
		return false
	}
	// a wrapped line continues its degree; in plain text, where each line
	// is a line of its own, not when it brings a second date or school
	// "| BS | Chemical Engineering | UC Riverside |" over "| MPH | ...":
	// rows of a table written without its header's rule, one degree each
	row := c != nil && b.Cont && pipeRow(b.Text) && len(c.head) > 0 && pipeRow(c.head[len(c.head)-1].Text)
	// ("**B.A., Business** -- Evergreen State College, 2015\" over
	// "**Certificate, Supply Chain** -- Bellevue College, 2019": after a
	// hard break, a bold line with its own dates and school is a second
	// degree, as in plain text)
	// (so is "2005 - 2011 | **Diplom-Ingenieur**, TH Erlangen" after a
	// hard break, opening with its dates as the degree before did)
	second := b.Cont && date && c != nil && c.dated() && (deg || inst) && (has(degreeRe().MatchString) || has(schoolNamed)) &&
		(in.boldAfterHardBreak(b) || dr.Pos == 0 && len(c.head) > 0 && opensDated(c.head[0].Text) && in.afterHardBreak(b))
	second = second || b.Cont && date && c != nil && c.dated() && len(c.head) > 0 && twinDatedLine(c.head[len(c.head)-1], b)
	if c != nil && b.Cont && !c.hasBody() && !row && !second && (in.format == Markdown || !(date && c.dated() && !underDateColumn(b, c) || inst && has(schoolNamed)) || divisionOf(b, c)) {
		c.head = append(c.head, b)
		return
	}
	if c != nil && !sep && c.recordField(b) {
		c.head = append(c.head, b)
		return
	}
	if c == nil || sep || row || len(c.bullets) > 0 || date && c.dated() || deg && has(degreeRe().MatchString) || inst && has(schoolNamed) ||
		strongStart(b) && (has(degreeRe().MatchString) || has(schoolNamed)) {
		e := newEntry(b)
		*out = append(*out, e)
		*cur = e
		return
	}
	c.head = append(c.head, b)
}

// pipeRow: a line set out as a table's row ("| BS | Chemistry | UCR |"),
// not its rule ("|:---|:---|").
func pipeRow(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 3 && hasWordChar(t)
}

// --- reading entries into the model

var (
	// role words, in the languages of the table of section names
	titleRe = sync.OnceValue(func() *vocab {
		return newVocab(
			"engineer engineers engineering developer developers programmer architect manager lead leader intern internship trainee apprentice "+
				"analyst scientist researcher research fellow assistant associate consultant specialist designer administrator admin director head vp "+
				"president cto ceo cfo coo founder co-founder cofounder owner officer coordinator technician operator supervisor worker staff member professor "+
				"lecturer teacher tutor instructor sre devops qa tester support representative agent cashier stocker barista writer editor maintainer "+
				"contributor freelancer contractor partner captain mentor mentee scholar postdoc postdoctoral post-doc se sde swe principal technologist evangelist "+
				"ingénieur ingénieure développeur développeuse developpeur chef stagiaire alternant alternante architecte responsable directeur directrice analyste "+
				"postdoctorant postdoctorante post-doctorant post-doctorante chercheur chercheuse enseignant enseignante maître maîtresse chargé chargée vacataire "+
				"technicien administrateur entwickler entwicklerin ingenieur ingenieurin berater beraterin leiter leiterin praktikant praktikantin werkstudent hilfskraft "+
				"werkstudentin softwareentwickler softwareentwicklerin projektmanager projektmanagerin geschäftsführer geschäftsführerin "+
				"desarrollador desarrolladora ingeniero ingeniera programador programadora jefe líder lider practicante pasante pasantía consultor consultora "+
				"arquitecto arquitecta gerente desenvolvedor desenvolvedora engenheiro engenheira estagiário estagiária sviluppatore ingegnere "+
				"разработчик инженер программист руководитель стажер аналитик розробник інженер исследователь сотрудник преподаватель доцент "+
				"менеджер директор специалист ассистент консультант дизайнер учитель дослідник викладач тимлид техлид тестировщик "+
				"tutorin lehrer lehrerin gründer gründerin mitgründer mitgründerin mitarbeiter mitarbeiterin postdoktorand postdoktorandin "+
				"autor autorin author candidate doktorand doktorandin assistenz referent referentin sachbearbeiter sachbearbeiterin visiting "+
				"insegnante docente tirocinante assistente ricercatore ricercatrice amministratore consulente programmatore programmatrice "+
				"direttore direttrice impiegato impiegata collaboratore collaboratrice borsista dottorando dottoranda stagista sviluppatrice "+
				"analista coordenador coordenadora coordinador coordinadora gestor gestora asistente assistente "+
				"especialista supervisor supervisora auxiliar professor professora profesor profesora monitor monitora diretor diretora "+
				"assegnista ricercatore becario becaria investigador investigadora uzman uzmanı stajyer mühendis mühendisi geliştirici müdür müdürü yönetici yöneticisi danışman "+
				"danışmanı analist asistan programista programistka inżynier specjalista specjalistka kierownik praktykant praktykantka "+
				"stażysta stażystka analityk tester testerka pengembang insinyur magang manajer konsultan administrador administradora "+
				// the titles of the care and law trades ("RN III / Charge
				// Nurse", "Staff Attorney")
				"nurse rn lpn attorney lawyer paralegal clerk pharmacist physician therapist executive",
			"工程师 开发 后端 前端 全栈 运维 负责人 经理 组长 总监 实习生 研究员 助理 架构师 主管 专员 设计师 讲师 エンジニア 開発 講師 取締役 プログラマ マネージャー リーダー 担当 "+
				"アルバイト スタッフ 助手 インターン 契約社員 派遣社員 "+
				"엔지니어 개발자 프로그래머 연구원 연수생 팀장 인턴 멘티 멘토 책임 매니저 대표 디자이너 운영 교수 위원 이사 실장 간호사 강사 교사 주임 수석 访问学生 访问学者").
			// German compounds end with the role: "Truppführer", "Webentwickler"
			withEnds("entwickler", "entwicklerin", "führer", "führerin", "leiter", "leiterin", "berater", "beraterin", "ingenieur",
				"ingenieurin", "developer", "engineer", "manager", "designer", "architekt", "architektin",
				// "Systemadministrator", "Netzwerktechniker", "Fachinformatiker", "Datenanalystin"
				"administrator", "administratorin", "techniker", "technikerin", "informatiker", "informatikerin", "analyst", "analystin",
				"spezialist", "spezialistin", "koordinator", "koordinatorin", "betreuer", "betreuerin", "assistent", "assistentin",
				"lehrer", "lehrerin", "gründer", "gründerin",
				// "Projektmitarbeiterin", "Wissenschaftlicher Mitarbeiter"
				"mitarbeiter", "mitarbeiterin",
				// "Küchenchef", "Souschef", "Abteilungschefin": the head of a
				// kitchen or a department
				"chef", "chefin")
	})
	remoteRe    = lazy.Regexp(`(?i)^\(?(remote|remoto|hybrid|híbrido|hibrido|on-?site|télétravail|remote job|various|à distance|fully remote)\b`)
	cityStateRe = lazy.Regexp(`^\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,2}(,\s*|,? )(AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|BC|QC|AB)( \d{5})?$`)
	countryRe   = sync.OnceValue(func() *vocab {
		return newVocab(
			"usa u.s. u.s.a. uk germany deutschland france india china japan korea canada morocco egypt finland poland colombia argentina paraguay "+
				"vietnam spain españa portugal italy netherlands sweden ukraine russia brazil mexico méxico nigeria ireland switzerland austria belgium "+
				"australia singapore israel turkey greece chile peru perú venezuela pakistan bangladesh indonesia philippines kenya latam emea europe "+
				"united-states united-kingdom south-africa new-zealand", "")
	})
	degreeWordRe = lazy.Regexp(`(?i)(\b(b\.?\s?s\.?c?|b\.?\s?sc|bscs|b\.?\s?e|b\.?\s?a|b\.?a\.?sc|b\.?tech|m\.?\s?s\.?c?|m\.?\s?sc|m\.?\s?a|mba|m\.?tech|ph\.?\s?d|msci|bachelor'?s?|master'?s?|doctor(ate)?|diploma|diplom|licence|licenciatura|ingeniería|ingénieur|engineer'?s degree|associate'?s? degree|associate of (science|arts|applied science)|high ?school|class x{1,2}i*|degree|diplôme|bachelor|master|program|programme|bootcamp|course|studium|promotion (im|zum|zur)|abitur|(fach)?hochschulreife|matura|weiterbildung|fortbildung|mestrado|bacharelado|doutorado|doctorat|doktorat|dottorato|graduação|técnico em|grado|máster|maestría|doctorado|laurea)\b|学士|硕士|博士|本科|学사|학사|석사|박사|修士|(бакалавр|магистр|магістр)(атура|атури|атуры|ант|а|ы|ом|е|ів)?([^\p{L}]|$))`)
	// schools, as words (a word-set lookup: this is asked of most lines)
	institutionRe = sync.OnceValue(func() *vocab {
		return newVocab("university universität universite université universidad universidade università college institute school "+
			"academy polytechnic hochschule école ecole instituto istituto institut instituut instytut институт інститут politecnico escuela gymnasium lycée facultad faculty fakultät faculté faculdade üniversitesi üniversite universitas uniwersytet politechnika университет університет "+
			"fachschule berufsschule oberschule realschule gesamtschule akademie akademia akademi "+
			// East Slavic schools: colleges, lyceums, polytechnics, academies
			"коледж колледж ліцей лицей гімназія гимназия політехніка политехника академія академия технікум техникум училище школа",
			"大学 大學 学院 대학교 대학 高校 学校").withEnds("akademie", "hochschule", "fachschule", "berufsschule", "oberschule", "realschule", "gesamtschule", "техникум", "технікум")
	})
	tagRe = lazy.Regexp(`(?i)^(tech|technologies|tech stack|stack|built with|tools|keywords|technologies used|tecnologías)\s*:\s*`)
	// leaders between a heading's fields: dashes, or dots as a table of
	// contents sets them ("2019 – 2022 ........ Specjalista")
	leaderRe  = lazy.Regexp(`\s*(-{3,}|\.{4,}|…{2,})\s*`)
	yearsAsRe = lazy.Regexp(`(?i)^(\d+\s+years?\s+)?(as|als|comme|como)\s+`)
)

// headerParts splits an entry's heading lines into parts, taking the dates
// out.
type headerPart struct {
	text  string
	first bool // from the first heading line
	paren bool // was in parentheses
	after string
}

func splitHeader(lines []string, roles bool) (parts []headerPart, dr DateRange, dated bool) {
	for li, l := range lines {
		l = leaderRe().ReplaceAllString(l, " | ")
		if !dated {
			if r, ok := FindDateRange(l); ok {
				dr, dated = r, true
				// take the brackets around the dates too: "(2021 – present)"
				before := strings.TrimRight(l[:r.Pos], " ")
				after := strings.TrimLeft(l[r.EndPos:], " ")
				for _, pr := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}, {"{", "}"}} {
					if strings.HasSuffix(before, pr[0]) && strings.HasPrefix(after, pr[1]) {
						before, after = before[:len(before)-len(pr[0])], after[len(pr[1]):]
						continue
					}
					// "(2022-2024, Canada)": the brackets go, what they held stays a part
					o, c := strings.LastIndex(before, pr[0]), strings.Index(after, pr[1])
					if o >= 0 && c >= 0 && !strings.Contains(before[o:], pr[1]) && !strings.Contains(after[:c], pr[0]) {
						before = before[:o] + " | " + before[o+len(pr[0]):]
						after = after[:c] + " | " + after[c+len(pr[1]):]
					}
				}
				l = before + " | " + after
			}
		}
		if strings.ContainsAny(l, "0123456789") {
			l = durationRe().ReplaceAllString(l, " | ")
		}
		for _, p := range splitParts(l, roles) {
			p.first = li == 0
			parts = append(parts, p)
		}
	}
	return parts, dr, dated
}

// workTypeRe: how the job was held ("Full-time", "Part-time · Remote"),
// which names neither the role nor the company.
var workTypeRe = lazy.Regexp(`(?i)^(full[- ]?time|part[- ]?time|temporary|permanent|seasonal|apprenticeship|tempo integral|meio período|tiempo completo|medio tiempo|vollzeit|teilzeit|temps plein|temps partiel)$`)

// dateLabelRe: what is left of "Expected Graduation: May 2026" once the
// date is out.
var dateLabelRe = lazy.Regexp(`(?i)^(expected|anticipated|graduat\w*|completed|since|from|until|dates?|period|zeitraum|période|periodo)( graduation| date)?\s*:?$`)

var (
	// "at" between a title and its employer, Polish ("w", "we") and Russian or
	// Ukrainian ("в") among them
	roleSeps   = lazy.Regexp(`(?i)\s+(at|@|chez|à|bei|en|hos|w|we|в)\s+|\s*@\s*`)
	parenRe    = lazy.Regexp(`^(.*?)\s*[(（]([^)）]*)[)）]\s*$`)
	commaRe    = lazy.Regexp(`,\s+`)
	coSuffixRe = lazy.Regexp(`(?i)^(ltd|ltda|inc|llc|gmbh|co|corp|s\.a|plc|pvt|ag|srl|sarl|sas|bv|nv|kg|cia)\b`)
)

// splitParts cuts one line at its separators: pipes and dashes first, then
// "at", then " - ", then commas (not before "Ltd" or "Inc").
func splitParts(l string, roles bool) []headerPart {
	var out []headerPart
	add := func(s, after string, paren bool) {
		s = trimPart(s)
		if s != "" && !dateLabelRe().MatchString(s) && !workTypeRe().MatchString(s) {
			out = append(out, headerPart{text: s, paren: paren, after: after})
		}
	}
	for _, seg := range splitPrimary(l) {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		if isLocation(strings.Trim(seg, " ,")) {
			add(seg, "", false)
			continue
		}
		if m := roleSep(seg); m != nil && (roles || strings.Contains(seg[m[0]:m[1]], "@") || degreeRe().MatchString(seg[:m[0]]) && institutionRe().MatchString(seg[m[1]:])) {
			add(seg[:m[0]], "at", false)
			seg = seg[m[1]:]
		}
		for _, sub := range strings.Split(seg, " - ") {
			pieces := commaSplit(sub)
			for _, p := range pieces {
				if m := parenRe().FindStringSubmatch(p); m != nil && !isLocation(p) && titleRe().MatchString(m[2]) && !titleRe().MatchString(m[1]) {
					add(m[1], "", false)
					add(m[2], "", true)
					continue
				}
				add(p, "", false)
			}
		}
	}
	return out
}

// roleSep finds "at" between a title and a company: the first one
// followed by a name, not a phrase ("Ingeniero en prácticas en el
// Ayuntamiento": the second "en").
func roleSep(seg string) []int {
	for _, m := range roleSeps().FindAllStringIndex(seg, 4) {
		next := strings.Fields(seg[m[1]:])
		if len(next) == 0 {
			continue
		}
		w := next[0]
		article := articles[w] && len(next) > 1
		if article {
			w = next[1]
		}
		elided := 0
		if !article {
			elided = elidedArticle(w)
			w = w[elided:]
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "*_[(\"'")); unicode.IsLower(r) {
			continue
		}
		if article {
			// the article goes with the separator: "en el Ayuntamiento"
			m[1] += strings.Index(seg[m[1]:], next[0]) + len(next[0])
		} else if elided > 0 {
			// and so does one glued to the name: "à l'IUT"
			m[1] += strings.Index(seg[m[1]:], next[0]) + elided
		}
		return m
	}
	return nil
}

var articles = map[string]bool{"the": true, "el": true, "la": true, "los": true, "las": true, "le": true, "les": true, "l'": true,
	"der": true, "die": true, "das": true, "o": true, "a": true, "il": true, "lo": true}

// isLocation: "Remote", "Austin, TX", "Giza - Egypt", "Paris, France".
func isLocation(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || nordicCompany(p) {
		return false
	}
	// cheap looks first: the expressions only where they can match
	if c := p[0] | 0x20; (c == 'r' || c == 'h' || c == 'o' || c == 't' || c == 'v' || c == 'f' || c == '(' || p[0] >= 0x80) && remoteRe().MatchString(p) {
		return true
	}
	if n := len(p); n >= 4 && (isUpperASCII(p[n-1]) && isUpperASCII(p[n-2]) || isDigit(p[n-1])) && cityStateRe().MatchString(p) {
		return true
	}
	return countryRe().MatchString(p) && len(strings.Fields(p)) <= 4 && !companyLike(p) && !titleRe().MatchString(p)
}

var (
	companyEnds = sync.OnceValue(func() *vocab {
		return newVocab("inc llc ltd limited gmbh ag corp corporation company s.a sa sas sarl bv nv plc pvt group lab labs technologies technology "+
			"tech solutions systems software studio agency consulting bank media analytics logistics network networks digital global university "+
			"institute school college", "")
	})
	companyCJK = []string{"有限公司", "公司", "株式会社", "주식회사", "研究中心", "研究所", "集团", "大学", "大学校", "대학교"}
)

// companyLike: the part ends like an organisation's name ("Acme Inc",
// "Harbor & Finch Co., Ltd", "東都工業大学", "주식회사 X").
func companyLike(p string) bool {
	p = strings.TrimSpace(p)
	if m := parenRe().FindStringSubmatch(p); m != nil && m[1] != "" {
		p = m[1] // "Laiblock Inc (part time job)"
	}
	p = strings.TrimSpace(strings.TrimRight(p, ".)"))
	if strings.HasPrefix(p, "(주)") || strings.HasPrefix(p, "株式会社") || strings.Contains(strings.ToLower(p), "co., ltd") {
		return true
	}
	for _, c := range companyCJK {
		if strings.HasSuffix(p, c) {
			return true
		}
	}
	if nordicCompany(p) {
		return true
	}
	// "ЗАО «СамараПрибор»", "ФГУП «Исток»", "ТОВ «Альфа»": a Russian or
	// Ukrainian legal form before the name
	if f, rest, ok := strings.Cut(p, " "); ok && postSovietForms[f] && rest != "" {
		return true
	}
	ws := vocabWords(p)
	if len(ws) > 0 && companyEnds().words[strings.Trim(ws[len(ws)-1], ".-'")] {
		return true
	}
	// a German firm named by what it is, the head of its last compound
	// ("ein großer Ingenieur- und IT-Dienstleister", "Softwareunternehmen")
	if len(ws) > 0 && (strings.HasSuffix(ws[len(ws)-1], "dienstleister") || strings.HasSuffix(ws[len(ws)-1], "unternehmen")) {
		return true
	}
	// "University of Northgate", "Dept. of Electrical Engineering"
	return len(ws) > 0 && len(ws) <= 8 && (institutionRe().MatchString(p) || orgWordRe().MatchString(p)) && !degreeRe().MatchString(p)
}

// postSovietForms are the legal forms a Russian, Ukrainian or Belarusian
// company's name opens with.
var postSovietForms = map[string]bool{"ООО": true, "ОАО": true, "ЗАО": true, "АО": true, "ПАО": true, "НАО": true, "ОДО": true, "ЧУП": true,
	"ФГУП": true, "ГУП": true, "МУП": true, "ФГБУ": true, "ГБУ": true, "ФГУ": true, "ФГБОУ": true, "НПП": true, "НПО": true, "НПФ": true, "ИП": true,
	"ТОВ": true, "ПАТ": true, "ПрАТ": true, "ПП": true, "ДП": true, "КП": true, "ТзОВ": true, "ФОП": true}

// departmentOnly: the part names a department, not the organisation.
func departmentOnly(p string) bool {
	if !orgWordRe().MatchString(p) || institutionRe().MatchString(p) {
		return false
	}
	ws := vocabWords(p)
	return !companyEnds().words[strings.Trim(ws[len(ws)-1], ".-'")]
}

// orgWordRe: words that name a part of an organisation, not a role.
var orgWordRe = lazy.Regexp(`(?i)\b(dept\.?|department|division|faculty|laborator(y|io|ium)|laboratoire|labor|hospital|hôpital|klinik|clínica|clinic|office of|cent(er|re) for)\b`)

// trimPart drops separators and stray brackets around a part, keeping
// brackets that pair up ("Data Analyst (Contract)").
func trimPart(s string) string {
	for {
		t := strings.Trim(s, " \t*_:：,;|·•-–—/")
		// a pictograph beside a part ("📅", "📍 Remote") names nothing
		t = strings.TrimFunc(t, func(r rune) bool { return unicode.Is(unicode.So, r) || r == '\ufe0f' || r == ' ' })
		for _, pr := range [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}, {"【", "】"}, {"{", "}"}} {
			if strings.Count(t, pr[0]) != strings.Count(t, pr[1]) {
				t = strings.TrimPrefix(strings.TrimSuffix(t, pr[1]), pr[0])
			} else if strings.HasPrefix(t, pr[0]) && strings.HasSuffix(t, pr[1]) && strings.Count(t, pr[0]) == 1 {
				t = t[len(pr[0]) : len(t)-len(pr[1])]
			}
		}
		// "Computer Operator." ends a sentence; "Acme Inc." keeps its dot
		if strings.HasSuffix(t, ".") && fullStop(t) {
			t = strings.TrimSuffix(t, ".")
		}
		if t == s {
			return t
		}
		s = t
	}
}

// splitPrimary cuts a heading line at its strong separators: pipes, a
// dash or a dot with a space beside it, "; ", a full-width comma, a tab, a
// gap of three spaces.
func splitPrimary(l string) []string {
	var out []string
	last := 0
	space := func(i int) bool { return i >= 0 && i < len(l) && (l[i] == ' ' || l[i] == '\t') }
	for i := 0; i < len(l); {
		r, n := utf8.DecodeRuneInString(l[i:])
		cut := 0
		switch r {
		case '|', '｜', '，', '\t':
			cut = n
		case '—', '–':
			if space(i-1) || space(i+n) {
				cut = n
			}
		case '-':
			// "Title -- Company": a double hyphen set apart
			if space(i-1) && strings.HasPrefix(l[i:], "-- ") {
				cut = 2
			}
		case '·', '•':
			if space(i-1) && space(i+n) {
				cut = n
			}
		case ';':
			if space(i + 1) {
				cut = n
			}
		case ':':
			// "Telco Group : Deployment Consulting": a colon set apart
			if space(i-1) && space(i+1) {
				cut = n
			}
		case ' ':
			if strings.HasPrefix(l[i:], "   ") {
				cut = len(l[i:]) - len(strings.TrimLeft(l[i:], " "))
			}
		}
		if cut == 0 {
			i += n
			continue
		}
		out = append(out, l[last:i])
		i += cut
		last = i
	}
	return append(out, l[last:])
}

// commaSplit splits at commas, keeping "Co., Ltd" and "Raleigh, NC" whole.
func commaSplit(s string) []string {
	idx := commaRe().FindAllStringIndex(s, -1)
	var out []string
	last := 0
	for _, m := range idx {
		rest := s[m[1]:]
		if coSuffixRe().MatchString(rest) {
			continue
		}
		// "University of California, Berkeley": a school and its campus
		if institutionRe().MatchString(s[last:m[0]]) && !strings.Contains(rest, ",") && len(strings.Fields(rest)) <= 2 && !degreeRe().MatchString(rest) && !isLocation(rest) {
			continue
		}
		if isLocation(strings.TrimSpace(s[last:])) {
			break
		}
		out = append(out, s[last:m[0]])
		last = m[1]
	}
	return append(out, s[last:])
}

// roleFields reads title, company and location from heading parts: a
// role word marks the title ("Engineer", "Entwickler", "工程师"), an
// organisation's ending the company ("Inc", "GmbH", "有限公司"), and "Title
// at Company" says both.
func roleFields(parts []headerPart) (title, company, location string) {
	// a website beside a role ("www.csl.sri.com") names neither (a
	// company may be called "cactus.io")
	var kept []headerPart
	for _, p := range parts {
		if !(strings.HasPrefix(strings.ToLower(p.text), "www.") || strings.Contains(p.text, "://")) {
			kept = append(kept, p)
		}
	}
	parts = kept
	used := make([]bool, len(parts))
	take := func(i int) string { used[i] = true; return parts[i].text }
	for i, p := range parts {
		if p.after == "at" && i+1 < len(parts) {
			title, company = take(i), take(i+1)
			break
		}
	}
	for i, p := range parts {
		if !used[i] && isLocation(p.text) && !companyLike(p.text) {
			if location == "" {
				location = take(i)
			} else {
				used[i] = true
			}
		}
	}
	if title == "" {
		for pass := 0; pass < 2 && title == ""; pass++ {
			for i, p := range parts {
				if !used[i] && titleRe().MatchString(p.text) && (pass == 1 || !companyLike(p.text)) {
					title = yearsAsRe().ReplaceAllString(take(i), "")
					break
				}
			}
		}
	}
	// the organisation before its department ("Physics Department,
	// University of Westvale": the university)
	for pass := 0; pass < 2 && company == ""; pass++ {
		for i, p := range parts {
			if !used[i] && companyLike(p.text) && (pass == 1 || !departmentOnly(p.text)) {
				company = take(i)
				break
			}
		}
	}
	for i, p := range parts {
		if used[i] || p.paren {
			continue
		}
		switch {
		case company == "" && title != "":
			company = take(i)
		case title == "" && company != "":
			title = take(i)
		case title == "" && company == "":
			// neither says which: "Title, Company", as most people write
			// it, unless a company stands in capitals ("NORDLICHT
			// CONSULTING *Grafikdesign*")
			if isCaps(p.text) && len(parts) > i+1 && !isCaps(parts[i+1].text) && !used[i+1] {
				company = take(i)
				continue
			}
			title = take(i)
		}
	}
	return strings.TrimSpace(yearsAsRe().ReplaceAllString(title, "")), strings.TrimSpace(company), strings.TrimSpace(location)
}

// role reads an entry as a role.
func (in *interp) role(e *entry) {
	r, ok := in.roleOf(e)
	if !ok {
		return
	}
	ri := len(in.d.Roles)
	bullets := e.bulletBlocks()
	// "Роль: Backend-разработка", "Технологии: Go, Kafka": where every
	// item is a label and its short value, they tell the role's
	// particulars, nothing done there
	if fieldItemsOnly(bullets, e.stackFields) {
		bullets = nil
	}
	bullets = withoutStackItems(bullets[leadingFields(bullets, e.stackFields, e.leadFields):])
	for _, b := range bullets {
		in.bullet(&r, ri, richOf(b))
	}
	for _, more := range e.merged {
		stack := stackHeading(more.head[0].Text)
		for _, b := range more.bulletBlocks() {
			if stack && labelledTools(strings.TrimSpace(b.Text)) {
				continue
			}
			in.bullet(&r, ri, richOf(b))
		}
	}
	if len(r.Bullets) == 0 {
		in.proseItems(&r, ri, e)
		// (a row of a table of jobs, told in prose under its own heading
		// further on: what is told there is its items)
		if !e.hasBody() {
			for _, more := range e.merged {
				in.proseItems(&r, ri, more)
			}
		}
	}
	in.d.Roles = append(in.d.Roles, r)
}

// proseItems: a role told in prose, with no list, has one item per
// paragraph, so the prompts can rewrite it; prose before a list stays the
// role's summary.
func (in *interp) proseItems(r *Role, ri int, e *entry) {
	var bs []*Block
	told := -1 // where the prose after a lone label starts (label_splits_prose.go)
	for k := 0; k < len(e.prose); k++ {
		b := e.prose[k]
		t := strings.TrimSpace(b.Text)
		if told < 0 && len(bs) > 0 && k+1 < len(e.prose) && !b.Cont && !e.prose[k+1].Cont && loneLabel(t) {
			told = len(bs)
		}
		// a stack line wrapped over lines of plain text ("Tecnologie
		// utilizzate: Debian GNU/Linux, NFS per la condivisione dei file,
		// LibreOffice per la" over "creazione dei documenti, CUPS"): its
		// lines go with it; so do a list of names' wrapped lines in any
		// format ("Python 2/3, Django, ..., CSS," over "PostgreSQL, git,
		// subversion." under "Skills used:")
		if !b.Cont && k+1 < len(e.prose) && e.prose[k+1].Cont {
			run := k + 1
			whole := t
			for run < len(e.prose) && e.prose[run].Cont {
				whole += " " + strings.TrimSpace(e.prose[run].Text)
				run++
			}
			if in.format == Text && stackLine(whole) || wrappedNameList(whole, e.prose, k) {
				k = run - 1
				continue
			}
		}
		// (a line of links alone, "[[https://git.example/x][Source]]",
		// points elsewhere: it tells nothing done)
		listed := (itemList(t) || toolNames(t)) && !asideList(t) && !toldAmongLines(e.prose, k)
		if !e.fieldLine(b) && !stackLine(t) && !listed && !strings.HasPrefix(t, "[^") && !in.linksOnly(b) {
			bs = append(bs, b)
		}
	}
	if told > 0 && told < len(bs) {
		bs = bs[told:]
	}
	// beside a paragraph that tells what was done, a bold label with a
	// short phrase and no full stop ("**İşten Ayrılma Nedeni:** Daha
	// güncel teknolojiler") is a field, no item
	if len(bs) >= 2 {
		var told []*Block
		for k, b := range bs {
			t := strings.TrimSpace(b.Text)
			wrapped := k+1 < len(bs) && bs[k+1].Cont
			if strongStart(b) && labelledRe().MatchString(t) && !fullStop(t) && wordCount(t) <= 10 && !b.Cont && !wrapped {
				continue
			}
			told = append(told, b)
		}
		if len(told) > 0 {
			bs = told
		}
	}
	// (a data file's description is laid out by its template, where a
	// line break is no break: only its blank lines part paragraphs)
	if in.format == Text && !in.adoc && !(len(bs) > 0 && bs[0].Desc) {
		bs = lineRuns(bs)
	}
	for _, x := range mergeWrapped(bs) {
		if m := deflistMarkRe().FindString(x.text); m != "" {
			x = x.slice(len(m), len(x.text)) // a definition the parser left as text
		}
		in.bullet(r, ri, x)
	}
	if len(r.Bullets) > 0 {
		r.Summary = ""
	}
}

// roleOf reads an entry's heading, fields and prose into a role, without
// its bullets; false when the entry is no role.
func (in *interp) roleOf(e *entry) (Role, bool) {
	if e.role != nil {
		return *e.role, e.isRole
	}
	r, ok := in.readRole(e)
	e.role, e.isRole = &r, ok
	return r, ok
}

func (in *interp) readRole(e *entry) (Role, bool) {
	e.unwrapHead()
	r := Role{LineNo: e.line}
	var lines []string
	for _, b := range e.head {
		if e.fieldLine(b) {
			continue
		}
		lines = append(lines, headText(b))
	}
	parts, dr, dated := splitHeader(lines, true)
	e.proseFields()
	if !dated {
		dr, dated = e.fieldDates()
	}
	if dated {
		r.Start, r.End, r.open = dr.Start, dr.End, dr.Open
		if dr.Current && r.End == "" {
			r.open = true
		}
	}
	r.Title, r.Company, r.Location = roleFields(parts)
	if e.group != "" {
		r.Title, r.Company = groupTitle(e), e.group
	}
	if f, ok := e.fields["company"]; ok {
		if r.Company != "" && r.Title == "" {
			r.Title = r.Company
		}
		r.Company = f.text
	}
	if f, ok := e.fields["title"]; ok {
		// the title is given: the first other part is the company, unless
		// a field names it
		r.Title, r.Company = f.text, ""
		if co, ok := e.fields["company"]; ok {
			r.Company = co.text
		}
		for _, p := range parts {
			switch {
			case isLocation(p.text):
				r.Location = firstNonEmpty(r.Location, p.text)
			case r.Company == "" && !p.paren:
				r.Company = p.text
			}
		}
	}
	if f, ok := e.fields["location"]; ok {
		r.Location = f.text
	}
	if r.Company == "" && e.labelCompany != "" {
		r.Company = e.labelCompany
	}
	if len(e.head) == 1 && e.head[0].Kind == BlockTableRow && len(e.columns) == len(e.head[0].Cells) {
		r.Title, r.Company, r.Location = "", "", ""
		in.tableRole(&r, e)
	}
	var prose []string
	for _, b := range e.prose {
		prose = append(prose, b.Text)
	}
	if len(prose) > 0 {
		r.Summary = strings.Join(prose, " ")
	}
	if r.LineNo == 0 {
		r.LineNo = firstLine(e)
	}
	// "10+ years of experience" under an Experience heading is no role,
	// nor a line that is only a link
	// ("Ruby developer at pinecrest.io" with its dates names both)
	linkOnly := hasContact(r.Title+" "+r.Company) && wordCount(r.Title+" "+r.Company) <= 3 && !(dated && r.Title != "" && r.Company != "")
	if !e.hasBody() && len(e.merged) == 0 && (r.Title+r.Company == "" || experienceWordRe().MatchString(r.Title+" "+r.Company) || linkOnly) {
		return r, false
	}
	// "9:14" (a time a page left in) is no role, nor "MSc at Cranfield",
	// an undated degree where a title would be
	if t := r.Title + r.Company; t != "" && !strings.ContainsFunc(t, unicode.IsLetter) || r.Start == "" && r.Title != "" && degreeRe().MatchString(r.Title) && wordCount(r.Title) <= 2 && !titleRe().MatchString(r.Title) {
		return r, false
	}
	// "### 過去の職歴（詳細）" over a link to the rest: a heading about
	// experience, with no dates and no bullets, is no role
	if r.Start == "" && len(e.bullets) == 0 && len(e.merged) == 0 && experienceWordRe().MatchString(r.Title+" "+r.Company) {
		return r, false
	}
	return r, true
}

// lineRuns marks where a run of prose lines is a list written without
// markers, one thing done a line ("Verwaltung der Kubernetes-Cluster" over
// "Einrichtung von GitLab-Pipelines"): every line opens with a capital and
// none leaves its sentence open. Such lines are no longer continuations.
func lineRuns(bs []*Block) []*Block {
	out := slices.Clone(bs)
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && out[j].Kind == BlockParagraph && out[j].Cont {
			j++
		}
		if j-i >= 2 && listedLines(out[i:j]) {
			for k := i + 1; k < j; k++ {
				c := *out[k]
				c.Cont = false
				out[k] = &c
			}
		}
		i = j
	}
	return out
}

func listedLines(bs []*Block) bool {
	for k, b := range bs {
		t := strings.TrimSpace(b.Text)
		if !startsUpper(t) {
			return false
		}
		if k == len(bs)-1 {
			break
		}
		ws := strings.Fields(t)
		last := ws[len(ws)-1]
		if strings.ContainsAny(last[len(last)-1:], ",;:-–—&/") || len(last) <= 3 && strings.ToLower(last) == last && !strings.HasSuffix(last, ".") {
			return false // "... in Go and" over the rest of its sentence
		}
	}
	return true
}

var deflistMarkRe = lazy.Regexp(`^:\s+`)

// titleAtCompany: a line that is a job title, a word for "at", then an
// employer ("Técnico de redes en Calzados Ribera", "Engineer at Acme").
func titleAtCompany(t string) bool {
	m := titleAtRe().FindStringSubmatch(strings.TrimSpace(t))
	return m != nil && wordCount(t) <= 10 && (titleRe().MatchString(m[1]) || strings.HasPrefix(strings.ToLower(m[1]), "técnic")) && !titleRe().MatchString(m[3])
}

var titleAtRe = lazy.Regexp(`^(\S.*?)\s+(en|at|@|bei|chez|à|presso|em|na|w|в|hos)\s+(\S.*)$`)

// itemList: "Python 2 and 3, Django, Pillow, PostgreSQL, Apache, git." (a
// definition under "Skills used:") names things, it tells nothing done.
func itemList(t string) bool {
	// (an aside's commas list inside one item: "Linux-Servern (Debian, Ubuntu)")
	parts := outerCommaParts(strings.TrimSuffix(t, "."))
	if len(parts) < 3 {
		return false
	}
	named := 0
	for _, p := range parts {
		if wordCount(p) > 4 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(p)); startsUpper(p) || unicode.IsDigit(r) {
			named++
		}
	}
	return named*2 > len(parts) // names, not "architecture, leadership, product dev"
}

// spanLine: a line of only dates and how long they last ("Январь 2026 —
// Август 2026 8 месяцев", as hh.ru's export sets it under the employer
// and its industry): it completes the heading above it, blank line or not,
// and so does the post right under it.
func spanLine(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	s := trimDurationTail(t)
	// (not LinkedIn's "Jan 2019 - Present (3 years)", whose lines go
	// company, title, dates)
	if s == t || strings.ContainsAny(t[len(s):], "()（）·") {
		return false
	}
	_, dateOnly := ParseDateRange(s)
	return dateOnly
}

// spanBelow: the lines from i on are short ones of a heading that end
// in a span line, no list item or sentence between: the employer's
// place, industry and dates (hh.ru's export) all head one role.
func spanBelow(bs []*Block, i int) bool {
	for k := i; k < len(bs) && k < i+5; k++ {
		b := bs[k]
		if b.Kind != BlockParagraph {
			return false
		}
		if spanLine(b) {
			return true
		}
		if fullStop(b.Text) || wordCount(b.Text) > 8 || dated(b) {
			return false
		}
	}
	return false
}

// dateLabel: a line of only its dates, with a word of time before them
// and a colon after ("Depuis Janvier 2024:", "Since March 2021:").
func dateLabel(t string) bool {
	t = strings.Trim(t, " *_")
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	r, ok := FindDateRange(t)
	return ok && wordCount(t[:r.Pos]) <= 1 && strings.Trim(t[r.EndPos:], " :：") == ""
}

// toolNames: a line of names only that reads as tools, not as a title,
// company and place ("C, Bash, Python, Rust | Gitlab", "C++14, Bash,
// Boost (Asio, Log)", "C99, XML, libelf, libdwarf."): the names are set
// apart by bars too, or one holds a digit, a "+" or "#", or is an acronym.
func toolNames(t string) bool {
	if !itemList(t) && !(strings.Count(t, ",")+strings.Count(t, " | ") >= 2 && shortParts(strings.TrimSuffix(t, "."), ",|", 4)) {
		return false
	}
	if strings.Contains(t, " | ") {
		return true
	}
	for _, p := range strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == '(' || r == ')' || r == '|' }) {
		p = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), "."))
		if strings.ContainsAny(p, "+#0123456789") || len(p) >= 2 && len(p) <= 5 && isCaps(p) {
			return true
		}
	}
	return false
}

// cjkSentence: Chinese or Japanese told in sentences, not names: a full
// stop or semicolon inside, or a clause of ten characters or more.
func cjkSentence(v string) bool {
	if strings.ContainsAny(v, "。；") {
		return true
	}
	for _, p := range strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune("，、,;", r) }) {
		if cjkCount(p) >= 10 {
			return true
		}
	}
	return false
}

// stackLine: "Technologies: React Native, TypeScript, GraphQL." names the
// tools, it tells nothing done.
func stackLine(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 || wordCount(t[:c]) > 3 || dutyLabelRe().MatchString(t[:c]) {
		return false
	}
	// ("任务: 店铺新品上架后曝光不足，复购率明显低于同类店铺，需要在两个月内提升新品销量与老客回购。":
	// clauses of a sentence, whose words no spaces part)
	if cjkSentence(t[c+1:]) {
		return false
	}
	if shortParts(t[c+1:], ",;，、·•|", 4) {
		return true
	}
	// "Tecnologie utilizzate: Amazon AWS (VPC per la creazione di reti
	// virtuali sicure), containerizzazione Docker": a stack label over a
	// list, its tools told of at length
	if stackLabelRe().MatchString(strings.TrimSpace(t[:c])) && len(strings.FieldsFunc(t[c+1:], func(r rune) bool { return r == ',' || r == ';' })) >= 3 {
		return true
	}
	// "Tecnologias: Python": a stack label over one tool
	v := strings.TrimSpace(t[c+1:])
	return v != "" && wordCount(v) <= 3 && stackLabelRe().MatchString(strings.TrimSpace(t[:c]))
}

// stackLabelRe: a label that names the tools used.
var stackLabelRe = lazy.Regexp(`(?i)^((tech|technolog(y|ies)|tech[- ]?stack|technical stack|stack|tools|tecnolog[ií]as?|tecnologi[ae]|technologien|technologie(ën)?|environnement|environnement technique|stack technique|stack tecnol[oó]gico|environment|technical environment|ferramentas|herramientas|outils|werkzeuge|strumenti|teknologi|технологии|технології|технологія|стек|стек технологий|інструменти|инструменты|stos|stos technologiczny|narzędzia|công nghệ|công cụ)( used| utilizzat[ei]| utilizad[ao]s| usad[ao]s| utilisées| verwendet)?|verwendete technologien|(使用)?技术栈?|技術棧|(使用)?技術|技術スタック|기술( ?스택)?|사용 ?기술)$`)

// shortParts: s splits at any of seps into two parts or more, none longer
// than max words.
func shortParts(s, seps string, max int) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if wordCount(p) > max {
			return false
		}
	}
	return true
}

// dutyLabelRe: a label over what was done ("主要职责", "Responsibilities",
// "Aufgaben"), not over the tools.
var dutyLabelRe = lazy.Regexp(`(?i)职责|職責|工作内容|工作描述|工作內容|業務|업무|담당|responsibilit|responsabilit|mansioni|main activities|activiteiten|verantwoordelijkheden|\bduties\b|\btasks?\b|aufgaben|tätigkeiten\b|zuständigkeiten|tâches|funciones|responsabilidades|atividades|обязанности`)

var experienceWordRe = lazy.Regexp(`(?i)\bexperiences?\b|職歴|経歴|경력|经历|工作经验|\berfahrung|\bexpériences?\b|\bexperiencia\b`)

// tableRole reads a row whose header says what each column holds.
func (in *interp) tableRole(r *Role, e *entry) {
	cells := e.head[0].Cells
	var rest []headerPart
	for i, kind := range e.columns {
		c := strings.TrimSpace(cells[i])
		switch kind {
		case "dates":
			if dr, ok := columnRange(c); ok {
				r.Start, r.End, r.open = dr.Start, dr.End, dr.Open
			}
		case "company":
			r.Company = c
		case "title":
			r.Title = c
		case "description":
			if len(e.bullets) == 0 {
				r.Summary = c
			}
		case "number":
		default:
			rest = append(rest, headerPart{text: c})
		}
	}
	// the other columns name the role, unless the table names its company
	// and tells what was done: then they tell more of it
	if r.Title == "" && r.Company != "" && r.Summary != "" {
		return
	}
	if r.Title == "" || r.Company == "" {
		t, co, loc := roleFields(rest)
		r.Title, r.Company, r.Location = firstNonEmpty(r.Title, t), firstNonEmpty(r.Company, co), loc
	}
}

// columnRange reads a cell of a dates column; there two dates side by side
// with no dash between ("Sep 2017 Ongoing", "Feb 2015 Aug 2017") are a
// range, the column saying they are dates.
func columnRange(c string) (DateRange, bool) {
	dr, ok := FindDateRange(c)
	if !ok || dr.End != "" || dr.Current {
		return dr, ok
	}
	rest := strings.TrimSpace(c[dr.EndPos:])
	if rest == "" {
		return dr, ok
	}
	if both, dateOnly := ParseDateRange(c[:dr.EndPos] + " – " + rest); dateOnly {
		return both, true
	}
	return dr, ok
}

func firstLine(e *entry) int {
	for _, bs := range [][]*Block{e.head, e.bullets, e.prose} {
		if len(bs) > 0 {
			return bs[0].Line
		}
	}
	return 0
}

// headText is a heading line's text, a table row's cells as parts, and
// two emphasised runs side by side as two parts ("**Company** *Title*").
func headText(b *Block) string {
	if b.Kind == BlockTableRow {
		// (a cell of one or two digits numbers the rows, "STT" or "#": it
		// names nothing)
		var cells []string
		for _, c := range b.Cells {
			if t := strings.TrimSpace(c); t == "" || len(t) > 2 || strings.TrimFunc(t, unicode.IsDigit) != "" {
				cells = append(cells, c)
			}
		}
		return strings.Join(cells, " | ")
	}
	t := b.Text
	if len(b.Groups) >= 2 {
		var cuts []int
		for i := 1; i < len(b.Groups); i++ {
			prev, g := b.Groups[i-1], b.Groups[i]
			if prev.Text.End <= g.Text.Start && strings.TrimSpace(t[prev.Text.End:g.Text.Start]) == "" && emphasisGroup(b, prev) && emphasisGroup(b, g) {
				cuts = append(cuts, g.Text.Start)
			}
		}
		// "**COMPANY *Title* (2020 - 2023)**": a run set apart inside another
		for i, in := range b.Groups {
			for _, out := range b.Groups[i+1:] {
				if out.Text.Start <= in.Text.Start && in.Text.End <= out.Text.End && in.Text != out.Text && emphasisGroup(b, in) && emphasisGroup(b, out) {
					if in.Text.Start > out.Text.Start {
						cuts = append(cuts, in.Text.Start)
					}
					if in.Text.End < out.Text.End {
						cuts = append(cuts, in.Text.End)
					}
				}
			}
		}
		slices.Sort(cuts)
		cuts = slices.Compact(cuts)
		for i := len(cuts) - 1; i >= 0; i-- {
			t = t[:cuts[i]] + " | " + t[cuts[i]:]
		}
	}
	// "`Mokpo Labs`_ 풀스택 프로그래머 2019.3 --", "[Acme](https://acme.io)
	// Backend Engineer": a name linked where the line opens, words after it,
	// is a part of its own (the employer its link points to)
	if g, ok := leadingLink(b); ok && !strings.Contains(t[:g], " | ") {
		if rest := strings.TrimSpace(t[g:]); rest != "" && !strings.ContainsAny(rest[:1], ",:;|–—-({") {
			t = t[:g] + " | " + t[g:]
		}
	}
	// plain text: "*Title.* Company": the marked run is a part of its own
	if n := markedRun(t); n > 0 && b.Pieces == nil {
		t = t[1:n-1] + " | " + t[n:]
	}
	t = strings.TrimSpace(t)
	if numberOpensDate(t, numberingRe().FindString(t)) {
		return t
	}
	return numberingRe().ReplaceAllString(t, "")
}

// leadingLink: the block opens with a link or a reference (not emphasis,
// not code): where its text ends.
func leadingLink(b *Block) (int, bool) {
	if len(b.Groups) == 0 || b.Kind == BlockTableRow {
		return 0, false
	}
	// (a link closes with more than it opens: "](url)", "`_")
	g := b.Groups[0]
	open, close := g.Inner.Start-g.Outer.Start, g.Outer.End-g.Inner.End
	if g.Text.Start != 0 || g.Element || open < 1 || close <= open || g.Text.End >= len(b.Text) {
		return 0, false
	}
	return g.Text.End, true
}

// emphasisGroup: the container is bold or italic (its delimiter is * or _).
func emphasisGroup(b *Block, g Group) bool {
	if g.Element {
		return true
	}
	for _, p := range b.Pieces {
		if p.Src.Start == g.Outer.Start {
			// a delimiter run of one to three, closed by as many (a link's
			// "](url)" is longer than its "[")
			open := g.Inner.Start - g.Outer.Start
			return p.Src.Len() > 0 && open > 0 && open <= 3 && g.Outer.End-g.Inner.End == open && p.Kind == PieceMarkup && p.Text.Len() == 0
		}
	}
	return false
}

// project reads an entry as a project.
func (in *interp) project(e *entry) {
	d := in.d
	p := Project{LineNo: e.line}
	pi := len(d.Projects)
	if len(e.head) == 1 && e.head[0].Kind == BlockTableRow && len(e.columns) == len(e.head[0].Cells) {
		in.tableProject(&p, pi, e)
		d.Projects = append(d.Projects, p)
		return
	}
	var desc []rich
	first := projectDatesLine(e, &p)
	for i, b := range e.head {
		t := strings.TrimSpace(b.Text)
		switch {
		case i < first:
			// (the dates over the name: projectDatesLine)
		case i == first && strings.ContainsAny(t, "|｜\t") && !strings.Contains(withoutRange(t), " — ") && !strings.Contains(withoutRange(t), " – "):
			// "ledgerlite | Rust, SQLite\t2023": columns, not a description
			parts := splitPrimary(t)
			// "2020--2024 | ANR VOTEX | Coordinatrice" (a \cventry):
			// dates first, the name after them
			if r, dateOnly := ParseDateRange(strings.TrimSpace(parts[0])); dateOnly && len(parts) > 1 {
				p.Start, p.End = r.Start, r.End
				parts = parts[1:]
			}
			p.Name = strings.Trim(strings.TrimSpace(parts[0]), "*_ ")
			if u := linkTarget(in.src, b); u != "" {
				p.URL = u
			}
			for _, part := range parts[1:] {
				part = strings.TrimSpace(part)
				if r, ok := ParseDateRange(part); ok && p.Start == "" {
					p.Start, p.End = r.Start, r.End
				} else if len(p.Keywords) == 0 && len(splitItems(part)) >= 2 && !strings.HasSuffix(part, ".") {
					p.Keywords = splitItems(part)
				}
			}
		case i == first:
			// "**2020.01 - 2020.12** **Name** **Role**": dates first
			if r, ok := FindDateRange(t); ok && r.Pos == 0 {
				p.Start, p.End = r.Start, r.End
				t = strings.TrimSpace(t[r.EndPos:])
			}
			// "Name, Role (??? — Current)": the bracketed range is its dates
			if m := openRangeRe().FindStringSubmatchIndex(t); m != nil && endsWithRange(t) {
				p.End = t[m[4]:m[5]]
				if r, ok := FindDateRange(t[m[0]:m[1]]); ok {
					p.Start, p.End = r.Start, r.End
				}
				t = strings.TrimSpace(t[:m[0]])
			}
			name, rest := splitFirst(t, " — ", " – ", ": ", " - ")
			// "bokladan ...... Booking app for the laundry room": a name,
			// a leader, then what it is
			if n, r, ok := leaderCut(t); ok && wordCount(r) >= 3 && len(n) < len(name) {
				name, rest = n, r
			}
			// "Title : Fly ash in pavements": a form's label over the name
			if projectNameLabel(name) && rest != "" {
				name, rest = rest, ""
			}
			// "Open-Source: kafka-contract-kit": one word after the
			// name is a name still (a kind, then the project's own), no
			// description
			if rest != "" && !strings.ContainsAny(strings.TrimSpace(rest), " \t") && strings.HasSuffix(t, ": "+rest) {
				name, rest = t, ""
			}
			p.Name = strings.Trim(name, "*_ ")
			if rest != "" {
				// (AsciiDoc's "name:: text" leaves the list's second colon)
				p.Name = strings.TrimRight(p.Name, ":")
			} else if n := strings.TrimRight(p.Name, ":："); n != p.Name && e.listRole && len(e.bullets) > 0 {
				// "* Storefront:" over its bullets: the colon leads to them
				p.Name = strings.Trim(n, "*_ ")
			}
			if u := linkTarget(in.src, b); u != "" {
				p.URL = u
			}
			// "[Name] - [2024/1] - [2024/5]": a rest that is only a range
			// (bracketed or not) gives the dates, it describes nothing; a
			// lone date may be the end of a range split at its dash
			if r, ok := ParseDateRange(strings.NewReplacer("[", "", "]", "").Replace(strings.TrimSpace(rest))); ok && !r.Single() && p.Start == "" {
				p.Start, p.End = r.Start, r.End
				rest = ""
			}
			// the rest of the name's line describes the project, unless a
			// paragraph under it does (the line then reads as a title), or
			// it is a few words over bullets: the part the person played
			// ("Dompet Kas RT – Pengembang Tunggal"), the bullets telling
			// the rest
			if rest != "" && len(e.prose) == 0 && t == strings.TrimSpace(b.Text) && !(len(e.bullets) > 0 && shortTagline(rest)) {
				r := richOf(b)
				desc = append(desc, r.slice(len(r.text)-len(rest), len(r.text)).trim())
			}
		case p.URL == "" && domainRe().MatchString(t):
			p.URL = t
		case tagRe().MatchString(t) && len(p.Keywords) == 0:
			p.Keywords = splitItems(tagRe().ReplaceAllString(t, ""))
		case b.Emph && len(p.Keywords) == 0 && strings.Contains(t, ",") && len(strings.Fields(t)) <= 8:
			p.Keywords = splitItems(t)
		default:
			if r, ok := FindDateRange(t); ok && p.Start == "" && len(strings.Fields(t)) <= 8 {
				p.Start, p.End = r.Start, r.End
				continue
			}
			desc = append(desc, richOf(b))
		}
	}
	for _, b := range e.prose {
		if tagRe().MatchString(b.Text) && len(p.Keywords) == 0 {
			p.Keywords = splitItems(tagRe().ReplaceAllString(b.Text, ""))
			continue
		}
		// a line that is only dates ("2022") under the description gives
		// the project's dates, however long the description above it
		if r, dateOnly := ParseDateRange(strings.TrimSpace(b.Text)); dateOnly && p.Start == "" {
			p.Start, p.End = r.Start, r.End
			continue
		}
		// (links and tools after the items: project_after_items.go)
		if afterItems(e, b, desc) {
			continue
		}
		desc = append(desc, richOf(b))
	}
	if len(desc) > 0 {
		r := joinRich(desc, " ").trim()
		p.Description = r.text
		in.place(fmt.Sprintf("projects.%d.description", pi), r)
	}
	for _, b := range e.bullets {
		x := richOf(b).trim()
		if x.text == "" {
			continue
		}
		in.place(fmt.Sprintf("projects.%d.bullets.%d", pi, len(p.Bullets)), x)
		p.Bullets = append(p.Bullets, x.text)
	}
	// (one with its dates is a project told in its line alone, and so is
	// one headed by a heading of its own)
	if p.Description == "" && len(p.Bullets) == 0 && p.URL == "" && !e.listRole && !e.product && len(e.head) <= 1 && len(d.Projects) > 0 && p.Start == "" &&
		(len(e.head) == 0 || e.head[0].Kind != BlockHeading) {
		return // a closing line ("The End"), not a project
	}
	d.Projects = append(d.Projects, p)
}

// linkTarget finds the first link's target in a block's source.
func linkTarget(src []byte, b *Block) string {
	if b.Span.End > len(src) || b.Span.Start >= b.Span.End {
		return ""
	}
	s := string(src[b.Span.Start:b.Span.End])
	if i := strings.Index(s, "]("); i >= 0 {
		if j := strings.IndexByte(s[i+2:], ')'); j >= 0 {
			return s[i+2 : i+2+j]
		}
	}
	return ""
}

var (
	gpaRe     = lazy.Regexp(`(?i)^(c?gpa|grade|note|score)\s*(of\s*)?:?\s*`)
	coursesRe = lazy.Regexp(`(?i)^(relevant\s+)?(coursework|courses|course work|schwerpunkte|主修课程|cours pertinents)\s*[:：]\s*`)
)

// education reads an entry as a degree.
func (in *interp) education(e *entry) {
	d := in.d
	ed := Education{LineNo: e.line}
	ei := len(d.Education)
	var lines []string
	// (one definition of a school's term, "Lviv Polytechnic" over ":
	// Master, Computer Science, 2019" and ": Bachelor, ..., 2017": the
	// term names the school of each)
	if e.group != "" {
		lines = append(lines, e.group)
	}
	var courses *rich
	for _, b := range e.head {
		t := strings.TrimSpace(b.Text)
		switch {
		case gpaRe().MatchString(t) && ed.GPA == "":
			ed.GPA = strings.TrimSpace(gpaRe().ReplaceAllString(t, ""))
		case coursesRe().MatchString(t) && courses == nil:
			r := richOf(b)
			c := r.cutPrefix(len(coursesRe().FindString(t)))
			courses = &c
		// ("Degree: BSc, May 2016" keeps its date for the range)
		case fieldLabel(t) != "" && (!hasDate(t) || fieldLabel(t) != "degree" && fieldLabel(t) != "institution") && e.fieldLine(b):
		default:
			lines = append(lines, headText(b))
		}
	}
	parts, dr, dated := splitHeader(lines, false)
	if !dated {
		dr, dated = e.fieldDates()
	}
	if dated {
		ed.Start, ed.End = dr.Start, dr.End
	}
	// a link line ("[Download CV (PDF)](cv.pdf)") that names no degree,
	// school or dates is no education
	if !dated && len(e.bullets) == 0 && in.linkHeaded(e) && !degreeRe().MatchString(strings.Join(lines, " ")) && !institutionRe().MatchString(strings.Join(lines, " ")) {
		return
	}
	var rest []string
	for _, p := range parts {
		switch {
		case gpaRe().MatchString(p.text) && ed.GPA == "":
			ed.GPA = strings.TrimSpace(gpaRe().ReplaceAllString(p.text, ""))
		case ed.StudyType == "" && (degreeRe().MatchString(p.text) && !schoolNamed(p.text) || qualificationOpens(p.text) || trainingEarns(p.text)):
			setDegree(&ed, p.text)
		case ed.Institution == "" && schoolNamed(p.text):
			ed.Institution = p.text
		default:
			rest = append(rest, p.text)
		}
	}
	for _, p := range rest {
		switch {
		case ed.Institution == "" && !isLocation(p):
			ed.Institution = p
		case ed.StudyType == "" && ed.Area == "" && !isLocation(p) && len(e.bullets) == 0:
			setDegree(&ed, p)
		default:
			ed.Location = joinNonEmpty(", ", ed.Location, p)
		}
	}
	if f, ok := e.fields["institution"]; ok {
		ed.Institution = f.text
	}
	if f, ok := e.fields["degree"]; ok {
		setDegree(&ed, f.text)
	}
	if f, ok := e.fields["area"]; ok && ed.Area == "" {
		ed.Area = f.text
	}
	if f, ok := e.fields["location"]; ok {
		ed.Location = f.text
	}
	for i, b := range e.bullets {
		t := strings.TrimSpace(b.Text)
		switch {
		case i == 0 && ed.StudyType == "" && ed.Area == "" && degreeRe().MatchString(t) && !institutionRe().MatchString(t) && len(strings.Fields(t)) <= 8:
			// "**School** | City | 2026" over "* Bachelor of Science in X"
			setDegree(&ed, t)
		case gpaRe().MatchString(t) && ed.GPA == "" && (len(strings.Fields(t)) <= 4 || strings.Contains(t, ":")):
			ed.GPA = strings.TrimSpace(gpaRe().ReplaceAllString(t, ""))
		case coursesRe().MatchString(t) && courses == nil:
			r := richOf(b)
			c := r.cutPrefix(len(coursesRe().FindString(t)))
			courses = &c
		default:
			x := richOf(b).trim()
			in.place(fmt.Sprintf("education.%d.bullets.%d", ei, len(ed.Bullets)), x)
			ed.Bullets = append(ed.Bullets, x.text)
		}
	}
	if courses != nil && courses.text != "" {
		ed.Courses = splitItems(courses.text)
		ed.coursesText = courses.text
		in.place(fmt.Sprintf("education.%d.courses", ei), *courses)
	}
	d.Education = append(d.Education, ed)
}

// linkHeaded: one of the entry's heading lines is only links.
func (in *interp) linkHeaded(e *entry) bool {
	for _, b := range e.head {
		if in.linksOnly(b) {
			return true
		}
	}
	return false
}

func setDegree(e *Education, s string) {
	if t, a, ok := strings.Cut(s, " in "); ok {
		e.StudyType, e.Area = strings.TrimSpace(t), strings.TrimSpace(a)
		return
	}
	e.StudyType = strings.TrimSpace(s)
}

// skills reads groups: "Name: items" lines, a heading over its items, or
// a table's rows.
func (in *interp) skills(bs []*Block) {
	d := in.d
	var matrix *Block // the header of a table whose columns are the groups
	var name *rich
	var under []*Block // item lines under the current heading
	add := func(r rich, line int) {
		if r.text == "" {
			return
		}
		g := parseSkillLine(r.text, SkillGroup{})
		g.LineNo = line
		g.text = r.text
		in.place(fmt.Sprintf("skills.%d", len(d.Skills)), r)
		d.Skills = append(d.Skills, g)
	}
	flush := func() {
		if name != nil && len(under) > 0 {
			var items []rich
			for _, run := range mergeWrapped(under) {
				items = append(items, run.trim())
			}
			add(joinFixed(*name, ": ", joinRich(items, ", ")), name.line)
		}
		under = nil
	}
	gridEnd := 0 // a grid of tools read ends before this block
	for i, b := range bs {
		if b.Quote || i < gridEnd {
			continue
		}
		// "* Backend:" over deeper items names them, as a heading would
		if b.Kind == BlockListItem && labelItem(b.Text) && i+1 < len(bs) && bs[i+1].Kind == BlockListItem && bs[i+1].Level > b.Level {
			flush()
			n := richOf(b).trim()
			n = n.slice(0, len(strings.TrimRight(n.text, ":： "))).trim()
			name = &n
			continue
		}
		switch b.Kind {
		case BlockHeading, BlockTerm:
			flush()
			n := richOf(b).trim()
			name = &n
		case BlockTableRow:
			flush()
			name = nil
			if tools, end, ok := toolGrid(bs, i); ok {
				d.Skills = append(d.Skills, SkillGroup{Items: tools, LineNo: b.Line, fixed: true})
				gridEnd = end
				continue
			}
			// "| Languages | Technologies | Qualities |" over one item per
			// cell: each column is a group; read, not rewritten in place
			if b.Head && len(b.Cells) >= 3 {
				if groups := matrixSkills(bs[i:]); groups != nil {
					d.Skills = append(d.Skills, groups...)
					matrix = b
				}
				continue
			}
			if b.Head || len(b.Cells) == 0 || matrix != nil && len(b.Cells) == len(matrix.Cells) {
				continue
			}
			row := richOf(b)
			first := row.slice(0, len(b.Cells[0])).trim()
			if len(b.Cells) == 1 || first.text == "" {
				add(row.slice(len(b.Cells[0])+3, len(row.text)).trim(), b.Line)
				continue
			}
			// "| **Python** | ![](/img/skill_5.png) |": a level shown as a
			// picture leaves the row its tool's name alone
			rest := row.slice(len(b.Cells[0])+3, len(row.text)).trim()
			if strings.Trim(rest.text, " |") == "" {
				add(first, b.Line)
				continue
			}
			add(joinFixed(first, ": ", rest), b.Line)
		case BlockParagraph, BlockListItem:
			// (a wrapped line of prose under the name goes on with it,
			// whatever colon it holds: "I build scrapers defensively: ...")
			if name != nil && (!selfNamed(b.Text) || b.Cont && len(under) > 0) {
				under = append(under, b)
				continue
			}
			flush()
			// (a self-named line under a heading ends the heading's own
			// run: a line after it is not joined to the heading across it)
			name = nil
			// a LaTeX table's row of a name and its items ("Languages &
			// Go, Java \\"), its cells joined by the reader: "Name: items"
			if cut, ok := rowJoin(b); ok {
				row := richOf(b)
				add(joinFixed(row.slice(0, cut).trim(), ": ", row.slice(cut+3, len(row.text)).trim()), b.Line)
				continue
			}
			add(richOf(b).trim(), b.Line)
		}
	}
	flush()
}

// rowJoin finds the one " | " a LaTeX reader put between a row's two
// cells, where the text has no other.
func rowJoin(b *Block) (int, bool) {
	if b.Style != latexStyle || strings.Count(b.Text, " | ") != 1 {
		return 0, false
	}
	for _, p := range b.Pieces {
		if p.Kind == PieceFixed && b.Text[p.Text.Start:p.Text.End] == " | " {
			return p.Text.Start, true
		}
	}
	return 0, false
}

// matrixSkills reads a table whose header names a group per column and
// whose rows hold one item per cell (bs[0] is the header row).
func matrixSkills(bs []*Block) []SkillGroup {
	head := bs[0]
	groups := make([]SkillGroup, len(head.Cells))
	for i, c := range head.Cells {
		if wordCount(c) > 3 {
			return nil
		}
		groups[i] = SkillGroup{Name: strings.TrimSpace(c), LineNo: head.Line, fixed: true}
	}
	for _, b := range bs[1:] {
		if b.Kind != BlockTableRow || len(b.Cells) != len(head.Cells) {
			break
		}
		for i, c := range b.Cells {
			if c = strings.TrimSpace(c); c != "" {
				if wordCount(c) > 4 {
					return nil
				}
				groups[i].Items = append(groups[i].Items, c)
			}
		}
	}
	return groups
}

var selfNamedRe = lazy.Regexp(`^[^:：]{1,30}[:：](\s|$)`)

// selfNamed: a skills line with its own name ("Languages: Go, Python").
func selfNamed(t string) bool {
	m := selfNamedRe().FindString(strings.TrimSpace(t))
	return m != "" && len(strings.Fields(m)) <= 4
}

// certifications reads one certificate per line, item or row.
func (in *interp) certifications(bs []*Block) {
	d := in.d
	bs = bs[:ownHeadAt(bs)]
	bs = certHeadings(bs)
	var prev *Block // the line before, in a run of lines
	top := topItemLevel(bs)
	courses := coursePairs(bs)
	// "#### EF SET English Certificate" over its issuer and dates in bold
	// lines: each heading names a certificate, the lines under it tell of
	// it
	byHead, headLevel := false, 0
	for _, b := range bs {
		if b.Kind == BlockListItem || b.Kind == BlockTableRow {
			byHead = false
			break
		}
		if b.Kind == BlockHeading && (!byHead || b.Level < headLevel) {
			byHead, headLevel = true, b.Level
		}
	}
	proseTo := -1 // the prose run being passed over ends before this block
	stamp := ""   // a date line over the name to come
	var head *Block
	for i, b := range bs {
		if b.Quote {
			continue
		}
		if b.Kind == BlockTableRow && b.Head {
			head = b
		}
		if b.Kind == BlockTableRow && !b.Head {
			if r, date, ok := certCell(head, b); ok {
				c := parseCertLine(r.text)
				c.LineNo, c.text = b.Line, r.text
				if c.Date == "" {
					c.Date = date
				}
				if u := linkTarget(in.src, b); u != "" && c.URL == "" {
					c.URL = u
				}
				in.place(fmt.Sprintf("certifications.%d", len(d.Certifications)), r)
				d.Certifications = append(d.Certifications, c)
				prev = b
				continue
			}
		}
		// a sentence of some length wrapped over lines, with words in
		// small letters and no figure, among certificates is text from
		// another column (a PDF's summary set beside its sidebar), no
		// certificate
		if i < proseTo {
			continue
		}
		if b.Kind == BlockParagraph && !b.Cont && !byHead {
			if end := proseRunEnd(bs, i); end > i {
				proseTo = end
				continue
			}
		}
		switch b.Kind {
		case BlockParagraph, BlockListItem, BlockTableRow, BlockHeading:
			if b.Kind == BlockHeading && !byHead {
				continue
			}
			// (a deeper heading under one tells of it: "#### 12 Agustus 2020")
			if byHead && (b.Kind != BlockHeading || b.Level > headLevel) {
				if c := lastCert(d); c != nil && c.Date == "" && dated(b) && wordCount(b.Text) <= 8 {
					if r, ok := FindDateRange(b.Text); ok {
						c.Date = r.Start
					}
				}
				continue
			}
			if b.Head || b.Kind == BlockListItem && b.Level > top {
				continue
			}
			if len(d.Certifications) > 0 && (wrappedDashItem(bs, i, prev) || courses && b.Cont) {
				prev = b
				continue
			}
			// a wrapped line goes on with the certificate above; lines
			// that open with their dates ("2016.05   GAIQ") are one each
			// (either of two will do, so that a rewrite that drops one
			// date keeps them apart); so are lines of some words where
			// one of two ends with its date ("VCA Basis ........ 2015"), a
			// certificate told whole ("Developer" alone under a line is
			// the rest of its name)
			// a line only of a date under a certificate's name
			// ("정보처리기사" over "2017년 11월") is when it was earned,
			// and never a certificate, even under a name that has its
			// own date ("AWS Developer, 2023" over a data file's "year:")
			if b.Kind == BlockParagraph && b.Cont && prev != nil && len(d.Certifications) > 0 {
				if _, dateOnly := ParseDate(strings.TrimSpace(b.Text)); dateOnly {
					if c := &d.Certifications[len(d.Certifications)-1]; c.Date == "" {
						c.Date = strings.TrimSpace(b.Text)
					}
					prev = b
					continue
				}
			}
			// ("Issued Aug 2020 · Expires Aug 2023" under the issuer, as
			// LinkedIn writes it: when it was earned; the line over it
			// names the issuer)
			if b.Kind == BlockParagraph && b.Cont && prev != nil && len(d.Certifications) > 0 && i+1 < len(bs) && bs[i+1].Cont &&
				certIssuedRe().MatchString(strings.TrimSpace(bs[i+1].Text)) && !certIssuedRe().MatchString(strings.TrimSpace(b.Text)) {
				prev = b
				continue
			}
			if b.Kind == BlockParagraph && b.Cont && prev != nil && len(d.Certifications) > 0 {
				if m := certIssuedRe().FindStringSubmatch(strings.TrimSpace(b.Text)); m != nil && hasDate(m[1]) {
					if c := &d.Certifications[len(d.Certifications)-1]; c.Date == "" {
						c.Date = strings.TrimSpace(strings.Split(m[1], "·")[0])
					}
					prev = b
					continue
				}
			}
			// ("Started On: Jan 2022" under "Authority: Microsoft", an
			// export's record: a field of the dates is when it was earned)
			if b.Kind == BlockParagraph && b.Cont && prev != nil && len(d.Certifications) > 0 {
				if f := fieldLabel(b.Text); f == "start" || f == "end" || f == "dates" {
					if c := &d.Certifications[len(d.Certifications)-1]; c.Date == "" && f != "end" {
						_, v, _ := strings.Cut(b.Text, ":")
						c.Date = strings.TrimSpace(v)
					}
					prev = b
					continue
				}
			}
			if b.Kind == BlockParagraph && b.Cont && len(d.Certifications) > 0 && (hangsUnderName(b, prev) || issuerUnder(b, prev)) {
				prev = b
				continue
			}
			if b.Kind == BlockParagraph && b.Cont && len(d.Certifications) > 0 && !datedFirst(b) && (prev == nil || !datedFirst(prev)) && !namesOwnCert(b, prev) &&
				!(wordCount(b.Text) >= 3 && (datedLast(b) || prev != nil && datedLast(prev))) {
				prev = b
				continue
			}
			// a line only of a date over the name that goes on from it (a
			// data file's "year_month" before its "title") is when that
			// one was earned
			if dateOver(bs, i) {
				stamp = strings.TrimSpace(b.Text)
				prev = b
				continue
			}
			prev = b
			r := richOf(b).trim()
			if b.Kind == BlockTableRow {
				r = joinRich([]rich{r}, "")
			}
			if r.text == "" {
				continue
			}
			// (certificates run together with middle dots: cert_dot_list.go)
			parts := certParts(r)
			for _, r := range parts {
				c := parseCertLine(r.text)
				if br, bc, ok := boxCert(b); ok && len(parts) == 1 {
					r, c = br, bc
				}
				c.LineNo = b.Line
				c.text = r.text
				if u := linkTarget(in.src, b); u != "" && c.URL == "" && len(parts) == 1 {
					c.URL = u
				}
				if c.Date == "" && stamp != "" && b.Cont {
					c.Date = stamp
				}
				in.place(fmt.Sprintf("certifications.%d", len(d.Certifications)), r)
				d.Certifications = append(d.Certifications, c)
			}
			stamp = ""
		}
	}
}

// proseRunEnd: the paragraph at i and the lines that continue it read as
// a sentence told over two lines or more (twelve words or more, a full
// stop at the end, three words or more in small letters, no figure):
// where the run ends; i when they do not.
func proseRunEnd(bs []*Block, i int) int {
	j := i + 1
	for j < len(bs) && bs[j].Kind == BlockParagraph && bs[j].Cont {
		j++
	}
	if j-i < 2 {
		return i
	}
	var sb strings.Builder
	for _, b := range bs[i:j] {
		sb.WriteString(strings.TrimSpace(b.Text))
		sb.WriteByte(' ')
	}
	t := strings.TrimSpace(sb.String())
	if wordCount(t) < 12 || !fullStop(t) || strings.IndexFunc(t, unicode.IsDigit) >= 0 {
		return i
	}
	lower := 0
	for _, w := range strings.Fields(t) {
		if lowerWord(w) {
			lower++
		}
	}
	if lower < 3 {
		return i
	}
	return j
}

// certHeadings: where a certificates section opens with a heading
// ("### MARKETING - Définissez votre stratégie ... - OpenClassrooms" over
// "**Année de délivrance** : 2025" and its keywords), its headings of that
// level are the certificates, each one's lines what is told of it; bs as
// it is otherwise.
func certHeadings(bs []*Block) []*Block {
	i := 0
	for i < len(bs) && bs[i].Kind == BlockRule {
		i++
	}
	if i < len(bs) && boldCertHead(bs, i) {
		// "**CKA: Certified Kubernetes Administrator**" over "*The Linux
		// Foundation*" and a link: a bold name over the lines that tell
		// of it
		var out []*Block
		for j := i; j < len(bs); j++ {
			if (bs[j].Strong || strongStart(bs[j])) && !bs[j].Cont && bs[j].Kind == BlockParagraph {
				if !boldCertHead(bs, j) {
					return bs
				}
				out = append(out, bs[j])
			}
		}
		if len(out) >= 2 {
			return out
		}
		return bs
	}
	if i == len(bs) || bs[i].Kind != BlockHeading {
		return bs
	}
	level := bs[i].Level
	if groupHeadings(bs[i:], level) {
		return bs
	}
	var out []*Block
	for _, b := range bs[i:] {
		if b.Kind == BlockHeading && b.Level == level {
			h := *b
			h.Kind, h.Level = BlockParagraph, 0
			out = append(out, &h)
		}
	}
	if len(out) < 2 {
		return bs
	}
	return out
}

// groupHeadings: every heading of the level (two at least) is a group's
// name over a list of certificates ("### Datos y nube" over "- **Google
// Cloud Professional Data Engineer** — Google Cloud" and more), or a
// year's heading over one or more ("### 2022" over "- Hackathon winner"),
// naming none itself: the items are the certificates.
func groupHeadings(bs []*Block, level int) bool {
	n := 0
	for j, b := range bs {
		if b.Kind != BlockHeading || b.Level != level {
			continue
		}
		if certNameRe().MatchString(b.Text) || j+1 >= len(bs) || bs[j+1].Kind != BlockListItem {
			return false
		}
		// (a year's heading, "### 2020", names no certificate: one item
		// under it will do)
		if _, year := ParseDate(strings.TrimSpace(b.Text)); !year && (j+2 >= len(bs) || bs[j+2].Kind != BlockListItem) {
			return false
		}
		n++
	}
	return n >= 2
}

// boldCertHead: bs[i] is a line in bold (or opening with it) that opens a paragraph, the
// paragraph going on under it.
func boldCertHead(bs []*Block, i int) bool {
	b := bs[i]
	return b.Kind == BlockParagraph && (b.Strong || strongStart(b)) && !b.Cont && i+1 < len(bs) && bs[i+1].Kind == BlockParagraph && bs[i+1].Cont && !bs[i+1].Strong
}

// degreeRe finds a degree's name ("B.S.", "Master", "学士"), but not a US
// state's code after a city ("Cambridge, MA", "Jackson, MS 39201"), which
// is a place.
func degreeRe() degreeMatcher { return degreeMatcher{degreeWordRe()} }

type degreeMatcher struct{ re *regexp.Regexp }

func (d degreeMatcher) FindStringIndex(s string) []int {
	for _, m := range d.re.FindAllStringIndex(s, -1) {
		if !stateCode(s, m) && !insideWord(s, m) {
			return m
		}
	}
	return nil
}

func (d degreeMatcher) MatchString(s string) bool { return d.FindStringIndex(s) != nil }

// stateCode: s[m[0]:m[1]] is two capitals after "City, " with nothing but a
// zip code or a separator after them.
func stateCode(s string, m []int) bool {
	w := s[m[0]:m[1]]
	if len(w) != 2 || !isUpperASCII(w[0]) || !isUpperASCII(w[1]) || !cityBeforeRe().MatchString(s[:m[0]]) {
		return false
	}
	rest := strings.TrimLeft(s[m[1]:], " ")
	return rest == "" || isDigit(rest[0]) || strings.ContainsAny(rest[:1], "|)·-,;/") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

var cityBeforeRe = lazy.Regexp(`\p{Lu}[\p{L}.'-]*,\s*$`)

// numberedHead: a heading that opens with its number ("1. Acme", "2) Beta").
func numberedHead(b *Block) bool {
	return numberedHeadRe().MatchString(strings.TrimSpace(b.Text))
}

var numberedHeadRe = lazy.Regexp(`^\d{1,2}[.)]\s`)

// shortTagline: at most three words, no sentence.
func shortTagline(s string) bool {
	s = strings.TrimSpace(s)
	return len(strings.Fields(s)) <= 3 && !strings.HasSuffix(s, ".")
}

// certIssuedRe: a certificate's date line, "Issued Aug 2020", "Issued
// Mar 2023 · Expires Mar 2026", "Ausgestellt: März 2021".
var certIssuedRe = lazy.Regexp(`(?i)^(?:issued|earned|awarded|obtained|ausgestellt|délivré|emitido|expedido|rilasciato)(?:\s+on)?\s*:?\s+(.+)$`)

// withoutRange is t with its date range taken out ("June 2020 – Present"
// holds a dash that parts nothing).
func withoutRange(t string) string {
	if r, ok := FindDateRange(t); ok && r.EndPos > r.Pos {
		return t[:r.Pos] + t[r.EndPos:]
	}
	return t
}

// lastCert is the certificate read last, if any.
func lastCert(d *Document) *Certification {
	if len(d.Certifications) == 0 {
		return nil
	}
	return &d.Certifications[len(d.Certifications)-1]
}

// dateColumnBlocks: a column of dates set beside the entries (a page's
// left <div> of "03 / 2014 – heute" lines, its right <div> of the jobs)
// reads as two or more lines of dates only, one after another, then as
// many undated entry lines, each opening a paragraph (the dates open the
// section, so that other sections cost one look): each date goes
// with its entry, in order, as a line of its heading.
func dateColumnBlocks(bs []*Block) []*Block {
	first, k := -1, 0
	for i, b := range bs {
		if b.Kind == BlockRule || b.Kind == BlockHTML {
			continue
		}
		if b.Kind != BlockParagraph || len(b.Text) > 40 {
			break
		}
		if _, dateOnly := ParseDateRange(strings.TrimSpace(b.Text)); !dateOnly {
			break
		}
		if first < 0 {
			first = i
		}
		k++
	}
	if k < 2 {
		return bs
	}
	var heads []int
	for i := first + k; i < len(bs); i++ {
		b := bs[i]
		if b.Kind != BlockParagraph || b.Cont {
			continue
		}
		if dated(b) {
			return bs
		}
		heads = append(heads, i)
	}
	if len(heads) != k {
		return bs
	}
	out := make([]*Block, 0, len(bs))
	out = append(out, bs[:first]...)
	next := 0
	for i := first + k; i < len(bs); i++ {
		out = append(out, bs[i])
		if next < k && i == heads[next] {
			d := *bs[first+next]
			d.Cont = true
			out = append(out, &d)
			next++
		}
	}
	return out
}

// projectsUnderRole: an undated heading that names a role ("Senior Java
// Engineer at Lotus Fieldware"), a line of only its dates right under it,
// then subheadings, each dated and none naming a role: projects of that
// role, not roles of their own.
func projectsUnderRole(cur *entry, body []*Block) bool {
	if cur.dated() || len(cur.head) != 1 || cur.head[0].Kind != BlockHeading || len(body) < 2 ||
		body[0].Kind != BlockParagraph || body[0].Cont || !titleRe().MatchString(cur.head[0].Text) {
		return false
	}
	if !datesAlone(body[0].Text) {
		return false
	}
	subs := 0
	for _, b := range body[1:] {
		if b.Kind != BlockHeading {
			continue
		}
		if b.Level <= cur.head[0].Level || !dated(b) || titleRe().MatchString(b.Text) {
			return false
		}
		subs++
	}
	return subs > 0
}

// linkOnly: a Markdown block that is one link and nothing else ("[Virtual
// piano](https://...)"): a project named by where it lives.
func (in *interp) linkOnly(b *Block) bool {
	if in.format != Markdown || b.Span.End > len(in.src) || b.Span.Start >= b.Span.End {
		return false
	}
	s := string(in.src[b.Span.Start:b.Span.End])
	i := strings.Index(s, "](")
	return strings.HasPrefix(s, "[") && strings.HasSuffix(s, ")") && i > 0 && !strings.Contains(s[i+2:], "](") && !strings.ContainsAny(s[i+2:len(s)-1], " ()")
}

// splitParagraph cuts paragraph b into a head, [headFrom, headTo) of its
// text, and a rest, [restFrom, restTo), each keeping its own byte span.
func splitParagraph(b *Block, headFrom, headTo, restFrom, restTo int) (*Block, *Block, bool) {
	r := richOf(b)
	h, x := r.slice(headFrom, headTo).trim(), r.slice(restFrom, restTo).trim()
	mk := func(r rich) *Block {
		return &Block{Kind: BlockParagraph, Text: r.text, Pieces: r.pieces, Groups: r.groups, Line: b.Line, Span: r.span(), Indent: b.Indent}
	}
	return mk(h), mk(x), true
}
