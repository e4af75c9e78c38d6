package resume

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An entry is one role, project or degree: the lines that head it (a
// heading, a bold line, a dates line, a table row, a list item) and its body
// (bullets, prose).
type entry struct {
	head     []*Block
	bullets  []*Block
	prose    []*Block
	fields   map[string]rich // from "**Zeitraum:** 2016 - heute" items: company, dates, location, title, institution, degree
	listRole bool            // the entry is a list item; its nested items are its bullets
	columns  []string        // a table row's columns: what each holds, from the header row
	implicit bool            // bullets with no heading line before them
	line     int
}

func (e *entry) hasBody() bool { return len(e.bullets) > 0 || len(e.prose) > 0 }

func (e *entry) dated() bool {
	if _, ok := e.fields["dates"]; ok {
		return true
	}
	for _, b := range e.head {
		if _, ok := FindDateRange(b.Text); ok {
			return true
		}
	}
	return false
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
	if len(rows) > 0 && (dated || kind == SecEducation) {
		var out []*entry
		for _, r := range rows {
			e := newEntry(r)
			e.columns = columnKinds(head)
			out = append(out, e)
		}
		return out
	}
	return in.lineEntries(bs, kind)
}

var columnWords = map[string][]string{
	"dates":       {"period", "dates", "date", "duration", "years", "year", "when", "期間", "기간", "年月", "时间", "時間", "zeitraum", "période", "periodo", "período", "fecha"},
	"company":     {"company", "employer", "organization", "organisation", "会社", "会社名", "회사", "회사명", "公司", "unternehmen", "firma", "entreprise", "empresa", "institute", "institution", "school", "university", "学校", "학교"},
	"title":       {"role", "title", "position", "job", "仕事", "職種", "역할", "직책", "职位", "役職", "poste", "rolle", "cargo", "puesto", "degree", "学位", "학위"},
	"description": {"description", "details", "content", "内容", "내용", "핵심 내용", "備考", "비고", "概要", "主な業務", "responsibilities", "achievements", "beschreibung", "descripción"},
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
		if cur != nil {
			in.fill(cur, body)
		}
		body = nil
	}
	var intro []*Block
	for _, b := range bs {
		if b.Kind == BlockHeading && b.Level <= level {
			// a heading that is only dates completes the heading before it
			if cur != nil && len(body) == 0 && !cur.dated() {
				if _, ok := ParseDateRange(b.Text); ok {
					cur.head = append(cur.head, b)
					continue
				}
			}
			flush()
			cur = newEntry(b)
			out = append(out, cur)
			continue
		}
		if cur == nil {
			intro = append(intro, b)
			continue
		}
		body = append(body, b)
	}
	flush()
	if len(intro) > 0 {
		pre := in.lineEntries(intro, kind)
		var keep []*entry
		for _, e := range pre {
			if e.dated() || e.listRole {
				keep = append(keep, e)
			}
		}
		out = append(keep, out...)
	}
	return out
}

// fill sorts the blocks under an entry's heading into more heading lines,
// bullets, fields and prose.
func (in *interp) fill(e *entry, bs []*Block) {
	inHead := true
	for i, b := range bs {
		switch b.Kind {
		case BlockListItem:
			inHead = false
			in.item(e, bs, i, false)
		case BlockParagraph:
			if inHead && headerLike(b) {
				e.head = append(e.head, b)
				continue
			}
			inHead = false
			e.prose = append(e.prose, b)
		case BlockHeading:
			// a deeper heading right under the entry's own may hold its dates
			// or place ("##### March 2023 - Present"); later ones are labels
			if inHead && (dated(b) || isLocation(b.Text)) {
				e.head = append(e.head, b)
				continue
			}
			inHead = false
		case BlockTerm:
			inHead = false
		}
	}
}

var (
	fieldRe    = regexp.MustCompile(`^([\p{L}][\p{L} ./-]{0,30}?)\s*[:：]\s*(.*)$`)
	fieldNames = map[string]string{
		"company": "company", "employer": "company", "organization": "company", "organisation": "company", "client": "company",
		"unternehmen": "company", "firma": "company", "arbeitgeber": "company", "empresa": "company", "entreprise": "company", "société": "company",
		"公司": "company", "会社": "company", "회사": "company",
		"dates": "dates", "date": "dates", "period": "dates", "duration": "dates", "zeitraum": "dates", "dauer": "dates", "période": "dates",
		"periodo": "dates", "período": "dates", "fecha": "dates", "fechas": "dates", "studiendauer": "dates", "时间": "dates", "期間": "dates", "기간": "dates",
		"location": "location", "ort": "location", "standort": "location", "lieu": "location", "ubicación": "location", "地点": "location",
		"position": "title", "role": "title", "title": "title", "job title": "title", "titel": "title", "stelle": "title", "rôle": "title",
		"poste": "title", "cargo": "title", "puesto": "title", "职位": "title", "役職": "title", "직책": "title",
		"university": "institution", "universität": "institution", "hochschule": "institution", "school": "institution", "institution": "institution",
		"université": "institution", "universidad": "institution", "degree": "degree", "abschluss": "degree", "diplôme": "degree", "titulo": "degree", "título": "degree",
	}
)

// fieldLine takes a heading line that is a field ("Position: Researcher")
// or a bare label ("Summary of Responsibilities:") out of the parts.
func (e *entry) fieldLine(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	if b.Kind == BlockTableRow {
		return false
	}
	if c := strings.IndexAny(t, ":："); c < 0 || c > 48 {
		return false
	}
	if labelItem(t) {
		return true
	}
	if m := fieldRe.FindStringSubmatch(t); m != nil {
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
func (in *interp) item(e *entry, bs []*Block, i int, nestedOnly bool) {
	b := bs[i]
	t := strings.TrimSpace(b.Text)
	if c := strings.IndexAny(t, ":："); c < 0 || c > 48 {
		// no label: a bullet (the common case, without the expression)
	} else if m := fieldRe.FindStringSubmatch(t); m != nil {
		if f, ok := fieldNames[strings.ToLower(strings.TrimSpace(m[1]))]; ok && strings.TrimSpace(m[2]) != "" {
			if _, seen := e.fields[f]; !seen {
				r := richOf(b)
				e.fields[f] = r.slice(len(t)-len(m[2]), len(r.text)).trim()
				return
			}
		}
	}
	if (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")) && len(strings.Fields(t)) <= 4 && i+1 < len(bs) && bs[i+1].Kind == BlockListItem && bs[i+1].Level > b.Level {
		return
	}
	e.bullets = append(e.bullets, b)
}

// headerLike: a line that heads an entry rather than telling about it:
// dates, bold or italic, or short without a full stop.
func headerLike(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	words := wordCount(t)
	if _, ok := FindDateRange(t); ok && (words <= 16 || words <= 30 && (strings.ContainsAny(t, "|｜·•—–") || strongStart(b))) {
		return true
	}
	if b.Strong || b.Emph || b.Kind == BlockTerm || strongStart(b) && words <= 16 {
		return true
	}
	return words <= 8 && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "。")
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
	return g.Text.Start == 0 && g.Inner.Start-g.Outer.Start == 2
}

// lineEntries: sections without subheadings, entry by entry as the lines
// go: a heading line after a body, or a second dates line, starts the next.
func (in *interp) lineEntries(bs []*Block, kind string) []*entry {
	var out []*entry
	var cur *entry
	sep := false
	start := func(b *Block) *entry {
		cur = newEntry(b)
		out = append(out, cur)
		sep = false
		return cur
	}
	for i, b := range bs {
		switch b.Kind {
		case BlockRule:
			sep = true
		case BlockListItem:
			if b.Level == 0 && (cur == nil || cur.listRole || cur.implicit && !cur.hasBody()) && in.listRole(bs, i, kind) {
				start(b).listRole = true
				continue
			}
			if cur == nil {
				start(nil).implicit = true
			}
			if cur.listRole && b.Level == 0 {
				// an item beside list-item entries that is not one
				cur = nil
				start(nil).implicit = true
			}
			in.item(cur, bs, i, cur.listRole)
		case BlockTerm:
			_, dated := FindDateRange(b.Text)
			if dated || kind == SecEducation && !strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
				start(b)
			}
		case BlockParagraph, BlockTableRow:
			if b.Level > 0 && cur != nil && !cur.hasBody() {
				cur.head = append(cur.head, b) // a definition's text
				continue
			}
			if kind == SecEducation {
				in.educationLine(&cur, &out, b, sep)
				sep = false
				continue
			}
			if b.Cont && cur != nil && (cur.hasBody() || !headerLike(b)) {
				cur.prose = append(cur.prose, b)
				continue
			}
			if b.Cont && cur != nil && !(dated(b) && cur.dated()) {
				cur.head = append(cur.head, b)
				continue
			}
			if !headerLike(b) {
				if cur == nil {
					continue // prose before any entry
				}
				cur.prose = append(cur.prose, b)
				continue
			}
			_, dated := FindDateRange(b.Text)
			_, dateOnly := ParseDateRange(b.Text)
			switch {
			case cur == nil, cur.hasBody(), sep, cur.listRole, cur.implicit,
				// plain text: a blank line after a full heading starts the next entry
				!b.Cont && in.format != Markdown && len(cur.head) >= 2,
				dated && cur.dated(),
				leadLine(b) && cur.dated() && !dateOnly:
				start(b)
			default:
				cur.head = append(cur.head, b)
			}
		}
	}
	return out
}

func dated(b *Block) bool {
	_, ok := FindDateRange(b.Text)
	return ok
}

// listRole: a top-level item is an entry of its own when items are nested
// under it, or it holds dates (or, for projects, always).
func (in *interp) listRole(bs []*Block, i int, kind string) bool {
	b := bs[i]
	if i+1 < len(bs) && bs[i+1].Kind == BlockListItem && bs[i+1].Level > b.Level {
		return !labelItem(b.Text)
	}
	if _, ok := FindDateRange(b.Text); ok {
		return true
	}
	switch kind {
	case SecProjects:
		return true
	case SecEducation:
		return degreeRe.MatchString(b.Text) || institutionRe.MatchString(b.Text)
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
	_, date := FindDateRange(t)
	deg := degreeRe.MatchString(t)
	inst := institutionRe.MatchString(t)
	has := func(re *regexp.Regexp) bool {
		for _, h := range c.head {
			if re.MatchString(h.Text) {
				return true
			}
		}
		return false
	}
	// a wrapped line continues its degree; in plain text, where each line
	// is a line of its own, not when it brings a second date or school
	if c != nil && b.Cont && !c.hasBody() && (in.format == Markdown || !(date && c.dated() || inst && has(institutionRe))) {
		c.head = append(c.head, b)
		return
	}
	if c == nil || sep || len(c.bullets) > 0 || date && c.dated() || deg && has(degreeRe) || inst && has(institutionRe) ||
		strongStart(b) && (has(degreeRe) || has(institutionRe)) {
		e := newEntry(b)
		*out = append(*out, e)
		*cur = e
		return
	}
	c.head = append(c.head, b)
}

// --- reading entries into the model

var (
	// role words, in the languages of the table of section names
	titleRe = newVocab(
		"engineer engineers engineering developer developers programmer architect manager lead leader intern internship trainee apprentice "+
			"analyst scientist researcher research fellow assistant associate consultant specialist designer administrator admin director head vp "+
			"president cto ceo cfo coo founder co-founder cofounder owner officer coordinator technician operator supervisor worker staff member professor "+
			"lecturer teacher tutor instructor sre devops qa tester support representative agent cashier stocker barista writer editor maintainer "+
			"contributor freelancer contractor partner captain se sde swe principal "+
			"ingénieur ingénieure développeur développeuse developpeur chef stagiaire alternant alternante architecte responsable directeur directrice analyste "+
			"technicien administrateur entwickler entwicklerin ingenieur ingenieurin berater beraterin leiter leiterin praktikant praktikantin werkstudent "+
			"werkstudentin softwareentwickler softwareentwicklerin projektmanager projektmanagerin geschäftsführer geschäftsführerin "+
			"desarrollador desarrolladora ingeniero ingeniera programador programadora jefe líder lider practicante pasante pasantía consultor consultora "+
			"arquitecto arquitecta gerente desenvolvedor desenvolvedora engenheiro engenheira estagiário estagiária sviluppatore ingegnere "+
			"разработчик инженер программист руководитель стажер аналитик розробник інженер",
		"工程师 开发 负责人 经理 组长 总监 实习生 研究员 助理 架构师 主管 专员 设计师 讲师 エンジニア 開発 講師 取締役 プログラマ マネージャー リーダー 担当 "+
			"엔지니어 개발자 연구원 팀장 인턴 책임 매니저 대표 디자이너 운영")
	remoteRe    = regexp.MustCompile(`(?i)^\(?(remote|remoto|hybrid|híbrido|hibrido|on-?site|télétravail|remote job|various|à distance|fully remote)\b`)
	cityStateRe = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,2}(,\s*|,? )(AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|ON|BC|QC|AB)( \d{5})?$`)
	countryRe   = newVocab(
		"usa u.s. u.s.a. uk germany deutschland france india china japan korea canada morocco egypt finland poland colombia argentina paraguay "+
			"vietnam spain españa portugal italy netherlands sweden ukraine russia brazil mexico méxico nigeria ireland switzerland austria belgium "+
			"australia singapore israel turkey greece chile peru perú venezuela pakistan bangladesh indonesia philippines kenya latam emea europe "+
			"united-states united-kingdom south-africa new-zealand", "")
	degreeRe      = regexp.MustCompile(`(?i)(\b(b\.?\s?s\.?c?|b\.?\s?sc|bscs|b\.?\s?e|b\.?\s?a|b\.?a\.?sc|b\.?tech|m\.?\s?s\.?c?|m\.?\s?sc|m\.?\s?a|mba|m\.?tech|ph\.?\s?d|msci|bachelor'?s?|master'?s?|doctor(ate)?|diploma|diplom|licence|licenciatura|ingeniería|ingénieur|engineer'?s degree|associate'?s? degree|associate of (science|arts|applied science)|high school|class x{1,2}i*|degree|diplôme|bachelor|master|program|programme|bootcamp|course)\b|学士|硕士|博士|本科|学사|학사|석사|박사|修士)`)
	institutionRe = regexp.MustCompile(`(?i)(\b(university|universität|universite|université|universidad|universidade|università|college|institute|school|academy|polytechnic|hochschule|école|ecole|instituto|politecnico|escuela|gymnasium|lycée|facultad|faculty|fakultät|faculté|faculdade)\b|大学|大學|学院|대학교|대학|高校|学校)`)
	tagRe         = regexp.MustCompile(`(?i)^(tech|technologies|tech stack|stack|built with|tools|keywords|technologies used|tecnologías)\s*:\s*`)
	leaderRe      = regexp.MustCompile(`\s*-{3,}\s*`)
	yearsAsRe     = regexp.MustCompile(`(?i)^(\d+\s+years?\s+)?(as|als|comme|como)\s+`)
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
		l = leaderRe.ReplaceAllString(l, " | ")
		if !dated {
			if r, ok := FindDateRange(l); ok {
				dr, dated = r, true
				// take the brackets around the dates too: "(2021 – present)"
				before := strings.TrimRight(l[:r.Pos], " ")
				after := strings.TrimLeft(l[r.EndPos:], " ")
				for _, pr := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
					if strings.HasSuffix(before, pr[0]) && strings.HasPrefix(after, pr[1]) {
						before, after = before[:len(before)-len(pr[0])], after[len(pr[1]):]
					}
				}
				l = before + " | " + after
			}
		}
		if strings.ContainsAny(l, "0123456789") {
			l = durationRe.ReplaceAllString(l, " | ")
		}
		for _, p := range splitParts(l, roles) {
			p.first = li == 0
			parts = append(parts, p)
		}
	}
	return parts, dr, dated
}

// dateLabelRe: what is left of "Expected Graduation: May 2026" once the
// date is out.
var dateLabelRe = regexp.MustCompile(`(?i)^(expected|anticipated|graduat\w*|completed|since|from|until|dates?|period|zeitraum|période|periodo)( graduation| date)?\s*:?$`)

// durationRe: "(1년)", "(2 yrs 3 mos)", "· 3 years": how long, not a part
var durationRe = regexp.MustCompile(`(?i)[(（·]?\s*\d+\+?\s*(years?|yrs?|months?|mos?|년|개월|年|ヶ月|か月|个月|ans?|mois|jahre?|monate?|años?|meses?)(\s+\d+\s*(months?|mos?|개월|ヶ月|か月|个月|mois|monate?|meses?))?\s*[)）]?`)

var (
	roleSeps   = regexp.MustCompile(`(?i)\s+(at|@|chez|bei|en)\s+|\s*@\s*`)
	parenRe    = regexp.MustCompile(`^(.*?)\s*[(（]([^)）]*)[)）]\s*$`)
	commaRe    = regexp.MustCompile(`,\s+`)
	coSuffixRe = regexp.MustCompile(`(?i)^(ltd|inc|llc|gmbh|co|corp|s\.a|plc|pvt|ag)\b`)
)

// splitParts cuts one line at its separators: pipes and dashes first, then
// "at", then " - ", then commas (not before "Ltd" or "Inc").
func splitParts(l string, roles bool) []headerPart {
	var out []headerPart
	add := func(s, after string, paren bool) {
		s = trimPart(s)
		if s != "" && !dateLabelRe.MatchString(s) {
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
		if m := roleSeps.FindStringIndex(seg); m != nil && (roles || strings.Contains(seg[m[0]:m[1]], "@") || degreeRe.MatchString(seg[:m[0]]) && institutionRe.MatchString(seg[m[1]:])) {
			add(seg[:m[0]], "at", false)
			seg = seg[m[1]:]
		}
		for _, sub := range strings.Split(seg, " - ") {
			pieces := commaSplit(sub)
			for _, p := range pieces {
				if m := parenRe.FindStringSubmatch(p); m != nil && !isLocation(p) && titleRe.MatchString(m[2]) && !titleRe.MatchString(m[1]) {
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

// isLocation: "Remote", "Austin, TX", "Giza - Egypt", "Paris, France".
func isLocation(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return false
	}
	// cheap looks first: the expressions only where they can match
	if c := p[0] | 0x20; (c == 'r' || c == 'h' || c == 'o' || c == 't' || c == 'v' || c == 'f' || c == '(' || p[0] >= 0x80) && remoteRe.MatchString(p) {
		return true
	}
	if n := len(p); n >= 4 && (isUpperASCII(p[n-1]) && isUpperASCII(p[n-2]) || isDigit(p[n-1])) && cityStateRe.MatchString(p) {
		return true
	}
	return countryRe.MatchString(p) && len(strings.Fields(p)) <= 4 && !companyLike(p) && !titleRe.MatchString(p)
}

var (
	companyEnds = newVocab("inc llc ltd limited gmbh ag corp corporation company s.a sa sas sarl bv plc pvt group lab labs technologies technology "+
		"tech solutions systems software studio agency consulting bank media analytics logistics network networks digital global university "+
		"institute school college", "")
	companyCJK = []string{"有限公司", "公司", "株式会社", "주식회사", "研究中心", "研究所", "集团", "大学", "大学校", "대학교"}
)

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// companyLike: the part ends like an organisation's name ("Acme Inc",
// "Harbor & Finch Co., Ltd", "東都工業大学", "주식회사 X").
func companyLike(p string) bool {
	p = strings.TrimSpace(p)
	if m := parenRe.FindStringSubmatch(p); m != nil && m[1] != "" {
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
	ws := vocabWords(p)
	return len(ws) > 0 && companyEnds.words[strings.Trim(ws[len(ws)-1], ".-'")]
}

// trimPart drops separators and stray brackets around a part, keeping
// brackets that pair up ("Data Analyst (Contract)").
func trimPart(s string) string {
	for {
		t := strings.Trim(s, " \t*_:：,;|·•-–—/")
		for _, pr := range [][2]string{{"(", ")"}, {"[", "]"}, {"（", "）"}, {"【", "】"}} {
			if strings.Count(t, pr[0]) != strings.Count(t, pr[1]) {
				t = strings.TrimPrefix(strings.TrimSuffix(t, pr[1]), pr[0])
			} else if strings.HasPrefix(t, pr[0]) && strings.HasSuffix(t, pr[1]) && strings.Count(t, pr[0]) == 1 {
				t = t[len(pr[0]) : len(t)-len(pr[1])]
			}
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
		case '·', '•':
			if space(i-1) && space(i+n) {
				cut = n
			}
		case ';':
			if space(i + 1) {
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
	idx := commaRe.FindAllStringIndex(s, -1)
	var out []string
	last := 0
	for _, m := range idx {
		rest := s[m[1]:]
		if coSuffixRe.MatchString(rest) {
			continue
		}
		// "University of California, Berkeley": a school and its campus
		if institutionRe.MatchString(s[last:m[0]]) && !strings.Contains(rest, ",") && len(strings.Fields(rest)) <= 2 && !degreeRe.MatchString(rest) && !isLocation(rest) {
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
				if !used[i] && titleRe.MatchString(p.text) && (pass == 1 || !companyLike(p.text)) {
					title = yearsAsRe.ReplaceAllString(take(i), "")
					break
				}
			}
		}
	}
	if company == "" {
		for i, p := range parts {
			if !used[i] && companyLike(p.text) {
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
			// neither says which: "Title, Company", as most people write it
			title = take(i)
		}
	}
	return strings.TrimSpace(yearsAsRe.ReplaceAllString(title, "")), strings.TrimSpace(company), strings.TrimSpace(location)
}

// role reads an entry as a role.
func (in *interp) role(e *entry) {
	d := in.d
	r := Role{LineNo: e.line}
	var lines []string
	for _, b := range e.head {
		if e.fieldLine(b) {
			continue
		}
		lines = append(lines, headText(b))
	}
	parts, dr, dated := splitHeader(lines, true)
	if f, ok := e.fields["dates"]; ok && !dated {
		dr, dated = FindDateRange(f.text)
	}
	if dated {
		r.Start, r.End, r.open = dr.Start, dr.End, dr.Open
		if dr.Current && r.End == "" {
			r.open = true
		}
	}
	r.Title, r.Company, r.Location = roleFields(parts)
	if f, ok := e.fields["company"]; ok {
		if r.Company != "" && r.Title == "" {
			r.Title = r.Company
		}
		r.Company = f.text
	}
	if f, ok := e.fields["title"]; ok {
		// the title is given: the first other part is the company
		r.Title, r.Company = f.text, ""
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
	if len(e.head) == 1 && e.head[0].Kind == BlockTableRow && len(e.columns) == len(e.head[0].Cells) {
		r.Title, r.Company, r.Location = "", "", ""
		in.tableRole(&r, e)
	}
	ri := len(d.Roles)
	for _, b := range e.bullets {
		in.bullet(&r, ri, richOf(b))
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
	// "10+ years of experience" under an Experience heading is no role
	if !e.hasBody() && (r.Title+r.Company == "" || experienceWordRe.MatchString(r.Title+" "+r.Company)) {
		return
	}
	d.Roles = append(d.Roles, r)
}

var experienceWordRe = regexp.MustCompile(`(?i)\bexperience\b`)

// tableRole reads a row whose header says what each column holds.
func (in *interp) tableRole(r *Role, e *entry) {
	cells := e.head[0].Cells
	var rest []headerPart
	for i, kind := range e.columns {
		c := strings.TrimSpace(cells[i])
		switch kind {
		case "dates":
			if dr, ok := FindDateRange(c); ok {
				r.Start, r.End, r.open = dr.Start, dr.End, dr.Open
			}
		case "company":
			r.Company = c
		case "title":
			r.Title = c
		case "description":
			r.Summary = c
		default:
			rest = append(rest, headerPart{text: c})
		}
	}
	if r.Title == "" || r.Company == "" {
		t, co, loc := roleFields(rest)
		r.Title, r.Company, r.Location = firstNonEmpty(r.Title, t), firstNonEmpty(r.Company, co), loc
	}
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
		return strings.Join(b.Cells, " | ")
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
		for i := len(cuts) - 1; i >= 0; i-- {
			t = t[:cuts[i]] + " | " + t[cuts[i]:]
		}
	}
	return numberingRe.ReplaceAllString(strings.TrimSpace(t), "")
}

// emphasisGroup: the container is bold or italic (its delimiter is * or _).
func emphasisGroup(b *Block, g Group) bool {
	for _, p := range b.Pieces {
		if p.Src.Start == g.Outer.Start {
			return p.Src.Len() > 0 && p.Src.Start == g.Outer.Start && g.Inner.Start > g.Outer.Start && g.Inner.Start-g.Outer.Start <= 3 && p.Kind == PieceMarkup && p.Text.Len() == 0
		}
	}
	return false
}

// project reads an entry as a project.
func (in *interp) project(e *entry) {
	d := in.d
	p := Project{LineNo: e.line}
	pi := len(d.Projects)
	var desc []rich
	for i, b := range e.head {
		t := strings.TrimSpace(b.Text)
		switch {
		case i == 0:
			name, rest := splitFirst(t, " — ", " – ", ": ", " - ")
			p.Name = strings.Trim(name, "*_ ")
			if u := linkTarget(in.src, b); u != "" {
				p.URL = u
			}
			if rest != "" {
				r := richOf(b)
				desc = append(desc, r.slice(len(r.text)-len(rest), len(r.text)).trim())
			}
		case p.URL == "" && domainRe.MatchString(t):
			p.URL = t
		case tagRe.MatchString(t) && len(p.Keywords) == 0:
			p.Keywords = splitItems(tagRe.ReplaceAllString(t, ""))
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
		if tagRe.MatchString(b.Text) && len(p.Keywords) == 0 {
			p.Keywords = splitItems(tagRe.ReplaceAllString(b.Text, ""))
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
	if p.Description == "" && len(p.Bullets) == 0 && p.URL == "" && !e.listRole && len(e.head) <= 1 && len(d.Projects) > 0 {
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
	gpaRe     = regexp.MustCompile(`(?i)^(c?gpa|grade|note|score)\s*(of\s*)?:?\s*`)
	coursesRe = regexp.MustCompile(`(?i)^(relevant\s+)?(coursework|courses|course work|schwerpunkte|主修课程|cours pertinents)\s*[:：]\s*`)
)

// education reads an entry as a degree.
func (in *interp) education(e *entry) {
	d := in.d
	ed := Education{LineNo: e.line}
	ei := len(d.Education)
	var lines []string
	var courses *rich
	for _, b := range e.head {
		t := strings.TrimSpace(b.Text)
		switch {
		case gpaRe.MatchString(t) && ed.GPA == "":
			ed.GPA = strings.TrimSpace(gpaRe.ReplaceAllString(t, ""))
		case coursesRe.MatchString(t) && courses == nil:
			r := richOf(b)
			c := r.cutPrefix(len(coursesRe.FindString(t)))
			courses = &c
		default:
			lines = append(lines, headText(b))
		}
	}
	parts, dr, dated := splitHeader(lines, false)
	if f, ok := e.fields["dates"]; ok && !dated {
		dr, dated = FindDateRange(f.text)
	}
	if dated {
		ed.Start, ed.End = dr.Start, dr.End
	}
	var rest []string
	for _, p := range parts {
		switch {
		case gpaRe.MatchString(p.text) && ed.GPA == "":
			ed.GPA = strings.TrimSpace(gpaRe.ReplaceAllString(p.text, ""))
		case ed.StudyType == "" && degreeRe.MatchString(p.text) && !institutionRe.MatchString(p.text):
			setDegree(&ed, p.text)
		case ed.Institution == "" && institutionRe.MatchString(p.text):
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
	for i, b := range e.bullets {
		t := strings.TrimSpace(b.Text)
		switch {
		case i == 0 && ed.StudyType == "" && ed.Area == "" && degreeRe.MatchString(t) && !institutionRe.MatchString(t) && len(strings.Fields(t)) <= 8:
			// "**School** | City | 2026" over "* Bachelor of Science in X"
			setDegree(&ed, t)
		case gpaRe.MatchString(t) && ed.GPA == "" && (len(strings.Fields(t)) <= 4 || strings.Contains(t, ":")):
			ed.GPA = strings.TrimSpace(gpaRe.ReplaceAllString(t, ""))
		case coursesRe.MatchString(t) && courses == nil:
			r := richOf(b)
			c := r.cutPrefix(len(coursesRe.FindString(t)))
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
	for i, b := range bs {
		if b.Quote {
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
			if b.Head || len(b.Cells) == 0 {
				continue
			}
			row := richOf(b)
			first := row.slice(0, len(b.Cells[0])).trim()
			if len(b.Cells) == 1 || first.text == "" {
				add(row.slice(len(b.Cells[0])+3, len(row.text)).trim(), b.Line)
				continue
			}
			add(joinFixed(first, ": ", row.slice(len(b.Cells[0])+3, len(row.text)).trim()), b.Line)
		case BlockParagraph, BlockListItem:
			if name != nil && !selfNamed(b.Text) {
				under = append(under, b)
				continue
			}
			flush()
			add(richOf(b).trim(), b.Line)
		}
	}
	flush()
}

var selfNamedRe = regexp.MustCompile(`^[^:：]{1,30}[:：](\s|$)`)

// selfNamed: a skills line with its own name ("Languages: Go, Python").
func selfNamed(t string) bool {
	m := selfNamedRe.FindString(strings.TrimSpace(t))
	return m != "" && len(strings.Fields(m)) <= 4
}

// certifications reads one certificate per line, item or row.
func (in *interp) certifications(bs []*Block) {
	d := in.d
	for _, b := range bs {
		if b.Quote {
			continue
		}
		switch b.Kind {
		case BlockParagraph, BlockListItem, BlockTableRow:
			if b.Head || b.Kind == BlockListItem && b.Level > 0 {
				continue
			}
			if b.Kind == BlockParagraph && b.Cont && len(d.Certifications) > 0 {
				continue
			}
			r := richOf(b).trim()
			if b.Kind == BlockTableRow {
				r = joinRich([]rich{r}, "")
			}
			if r.text == "" {
				continue
			}
			c := parseCertLine(r.text)
			c.LineNo = b.Line
			c.text = r.text
			if u := linkTarget(in.src, b); u != "" && c.URL == "" {
				c.URL = u
			}
			in.place(fmt.Sprintf("certifications.%d", len(d.Certifications)), r)
			d.Certifications = append(d.Certifications, c)
		}
	}
}
