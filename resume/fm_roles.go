package resume

import (
	"bytes"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"html"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"go.yaml.in/yaml/v3"
)

// A personal site may keep its jobs in the page's front matter, for a
// template to lay out (Hugo's "experiences:" list, the Academic theme's
// [[experience]] tables), with nothing in the page's body. Those jobs are
// read into blocks like the Markdown reader's: a heading, then per job its
// heading lines (title, company, dates, place) and its bullets, each block
// pointing at the value's own bytes so that a rewrite lands there.

// fmListKeys name a front matter list of jobs.
var fmListKeys = map[string]bool{"experience": true, "experiences": true, "work": true, "jobs": true, "employment": true,
	"positions": true, "career": true, "work_experience": true, "workexperience": true, "companies": true}

// blockScalarRe: YAML's block indicators, ">", "|-", "|2-", ">+1".
var blockScalarRe = lazy.Regexp(`^[|>]([+-]?[1-9]?|[1-9][+-])$`)

// fmListKey: a key that holds the jobs, in English or named as an
// experience section is in any language ("experiência profissional",
// "berufserfahrung").
func fmListKey(k string) bool {
	kl := strings.ToLower(k)
	if fmListKeys[kl] {
		return true
	}
	kind, known := sectionKind(strings.ReplaceAll(kl, "_", " "))
	return known && kind == SecExperience
}

// fmField says what a key inside a job holds: "head" (title, company, dates,
// place), "text" (a description: prose, or Markdown items), "list" (a list
// of bullets), or "" (anything else: a link, a logo).
func fmField(key, parent string) string {
	// "highlights_md", "items_list": a template's variant of the key
	for _, suf := range []string{"_md", "_markdown", "_list", "_html"} {
		key = strings.TrimSuffix(key, suf)
	}
	switch key {
	case "title", "position", "role", "job", "job_title", "jobtitle", "company", "employer", "org", "organisation", "organization",
		"dates", "date", "period", "duration", "years", "year", "start", "end", "date_start", "date_end", "startdate", "enddate",
		"start_date", "end_date", "from", "to", "location", "place", "city", "timerange", "time_range", "daterange", "date_range",
		"institution", "institute", "school", "university", "degree", "qualification", "studytype", "area", "subject",
		"year_month", "yearmonth":
		return "head"
	case "name", "bullet", "pos", "com", "loc", "sub":
		// a JSON Resume's company, or organization: {name: ...}; RenderCV's
		// one-line entry ("- bullet: AWS Certified, 2023"); NewFuture's CV
		// template's line under the title ("sub: Acme Inc.")
		return "head"
	case "writeup", "description", "maindescription", "summary", "details", "detail", "content", "text", "body":
		return "text"
	case "highlights", "bullets", "achievements", "responsibilities", "tasks", "task", "items", "duties", "accomplishments",
		"points", "bullet_points", "bulletpoints", "key_points", "contributions", "summaries":
		return "list"
	// the same in other languages: empresa, cargo, fechas, descripcion...
	case "empresa", "compañía", "compania", "entreprise", "société", "unternehmen", "firma", "arbeitgeber", "azienda",
		"cargo", "puesto", "poste", "titre", "stelle", "position_de", "ruolo", "posizione", "qualifica", "função", "funcao",
		"fechas", "fecha", "periodo", "período", "période", "zeitraum", "datum", "data", "datas",
		"lugar", "ubicación", "ubicacion", "lieu", "ort", "luogo", "local", "localização", "ciudad", "ville", "stadt",
		"centro", "universidad", "universidade", "école", "schule", "titulo", "título", "diplôme", "abschluss",
		"nombre", "nome", "nom", "año", "anio", "ano", "année", "annee", "jahr", "anno",
		// Dutch: functie, werkgever, periode, plaats, opleiding, instelling
		"functie", "werkgever", "bedrijf", "organisatie", "periode", "plaats", "locatie", "standplaats",
		"opleiding", "instelling", "diploma", "naam", "jaar":
		return "head"
	case "descripcion", "descripción", "descrição", "descricao", "beschreibung", "descrizione", "resumen", "resumo", "résumé",
		"omschrijving", "beschrijving":
		return "text"
	case "logros", "tareas", "funciones", "responsabilidades", "aufgaben", "tâches", "taches", "missions", "réalisations",
		"realizações", "atividades", "attività", "erfolge",
		// Italian: a job's "esperienza" (what was done there), "mansioni", "compiti"
		"esperienza", "mansioni", "compiti", "responsabilità", "risultati",
		// Dutch: a job's "taken", "werkzaamheden", "verantwoordelijkheden", "resultaten"
		"taken", "werkzaamheden", "verantwoordelijkheden", "resultaten", "prestaties":
		return "list"
	}
	if rest, ok := fmUnprefixed(key); ok {
		return fmField(rest, parent)
	}
	return ""
}

// fmTaglineKeys hold an entry's one-line sketch (the Jekyll resume
// theme's "quote:").
var fmTaglineKeys = map[string]bool{"quote": true, "tagline": true}

// fmLine is one line of the front matter with where it sits.
type fmLine struct {
	text   string // without the line end
	start  int    // source offset of the line
	indent int
}

// frontMatterLines splits [from, to) into lines.
func frontMatterLines(src []byte, from, to int) []fmLine {
	var out []fmLine
	for i := from; i < to; {
		j := bytes.IndexByte(src[i:to], '\n')
		end := to
		if j >= 0 {
			end = i + j
		}
		t := yamlUncommented(strings.TrimRight(string(src[i:end]), "\r"))
		out = append(out, fmLine{text: t, start: i, indent: len(t) - len(strings.TrimLeft(t, " \t"))})
		if j < 0 {
			break
		}
		i = end + 1
	}
	return out
}

// fmBuilder collects one job's blocks: its heading lines first, then its
// text, whatever order the keys come in.
type fmBuilder struct {
	lines      lineIndex
	out        []Block
	head, body []Block
	jobs       int
	startAt    int  // the heading line that holds a start date waiting for its end, or -1
	degrees    bool // the list read is of degrees, whose descriptions are no bullets
	entries    bool // the list read is of projects or certificates
	data       bool // a whole data file, not a page's front matter
	implied    bool // the jobs read are under a key that names no section
	lastHead   Span // the section title last written as a heading
	basic      byte // '"' inside a TOML multi-line basic string ('"""'), whose escapes are JSON's
}

// value makes a block of the bytes [start, end), quotes taken off.
func (fb *fmBuilder) value(src []byte, start, end int) (Block, bool) {
	for start < end && (src[start] == ' ' || src[start] == '\t') {
		start++
	}
	for end > start && (src[end-1] == ' ' || src[end-1] == '\t' || src[end-1] == '\r') {
		end--
	}
	// a YAML tag before the value ("!!timestamp 2017-03-01", "!!str 2020")
	if end-start > 2 && src[start] == '!' {
		if j := bytes.IndexByte(src[start:end], ' '); j > 0 {
			start += j
			for start < end && src[start] == ' ' {
				start++
			}
		}
	}
	// YAML's null ("end: null", "end: ~") is no value
	if t := src[start:end]; string(t) == "null" || string(t) == "~" || string(t) == "Null" || string(t) == "NULL" {
		return Block{}, false
	}
	q := fb.basic
	if q == 0 && end-start >= 2 && (src[start] == '"' || src[start] == '\'') && src[end-1] == src[start] {
		q = src[start]
		start, end = start+1, end-1
	}
	if end <= start {
		return Block{}, false
	}
	t := string(src[start:end])
	b := Block{Text: t, Span: Span{start, end}, Line: fb.lines.line(start), Style: verbatimStyle,
		Pieces: literalPieces(t, Span{start, end}), YAMLQuote: q}
	// a quoted scalar reads without its escapes ("\"", "''")
	var r rich
	switch {
	case q == '"' && strings.IndexByte(t, '\\') >= 0:
		r = jsonStringRich(src, Span{start, end}, b.Line)
	case q == '\'' && strings.Contains(t, "''"):
		var rb richBuilder
		run := start
		for i := start; i < end; i++ {
			if src[i] == '\'' && i+1 < end && src[i+1] == '\'' {
				if i > run {
					rb.add(string(src[run:i]), Span{run, i}, PieceLiteral)
				}
				rb.add("'", Span{i, i + 2}, PieceMarkup)
				i++
				run = i + 1
			}
		}
		if end > run {
			rb.add(string(src[run:end]), Span{run, end}, PieceLiteral)
		}
		r = rb.rich(b.Line)
	case strings.IndexByte(t, '&') >= 0 && strings.IndexByte(t, ';') >= 0:
		// an HTML entity in a value a template puts on a page ("Developer
		// &mdash; Acme") reads as the character it stands for
		var ok bool
		if r, ok = entityRich(src, Span{start, end}, b.Line); !ok {
			return b, true
		}
	default:
		return b, true
	}
	b.Text, b.Pieces = r.text, r.pieces
	return b, true
}

// entityRich reads the bytes sp with their HTML entities ("&mdash;",
// "&#46;") as the characters they stand for; false when there are none.
func entityRich(src []byte, sp Span, line int) (rich, bool) {
	var rb richBuilder
	run, found := sp.Start, false
	for i := sp.Start; i < sp.End; i++ {
		if src[i] != '&' {
			continue
		}
		j := bytes.IndexByte(src[i:min(sp.End, i+32)], ';')
		if j <= 1 {
			continue
		}
		ent := string(src[i : i+j+1])
		un := html.UnescapeString(ent)
		if un == ent {
			continue
		}
		if i > run {
			rb.add(string(src[run:i]), Span{run, i}, PieceLiteral)
		}
		rb.add(un, Span{i, i + j + 1}, PieceMarkup)
		found = true
		i += j
		run = i + 1
	}
	if !found {
		return rich{}, false
	}
	if sp.End > run {
		rb.add(string(src[run:sp.End]), Span{run, sp.End}, PieceLiteral)
	}
	return rb.rich(line), true
}

// addHead adds a heading line; an end date joins its start date
// ("date_start" and "date_end" read as one range).
func (fb *fmBuilder) addHead(b Block, key string) {
	if fmEndKeys[key] && fb.startAt >= 0 {
		st := fb.head[fb.startAt]
		var rb richBuilder
		rb.addRich(richOf(&st))
		rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + 3}, Src: Span{st.Span.End, b.Span.Start}, Kind: PieceFixed})
		rb.b.WriteString(" - ")
		rb.addRich(richOf(&b))
		r := rb.rich(st.Line)
		st.Text, st.Pieces, st.Span = r.text, r.pieces, Span{st.Span.Start, b.Span.End}
		fb.head[fb.startAt] = st
		fb.startAt = -1
		return
	}
	// a key that names the title, company or dates heads the job however
	// long its value ("Azienda Sanitaria ... presso il Registro ...")
	b.Kind, b.Cont, b.Strong = BlockParagraph, len(fb.head) > 0, true
	if fmStartKeys[key] {
		fb.startAt = len(fb.head)
	}
	fb.head = append(fb.head, b)
}

// noEnd: an end key left empty (date_end = "") says the job goes on; its
// start is read as an open range ("2020-10-01–").
func (fb *fmBuilder) noEnd(key string) {
	if !fmEndKeys[key] || fb.startAt < 0 {
		return
	}
	st := fb.head[fb.startAt]
	var rb richBuilder
	rb.addRich(richOf(&st))
	rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + len("–")}, Src: Span{st.Span.End, st.Span.End}, Kind: PieceFixed})
	rb.b.WriteString("–")
	r := rb.rich(st.Line)
	st.Text, st.Pieces = r.text, r.pieces
	fb.head[fb.startAt] = st
	fb.startAt = -1
}

var (
	fmStartKeys = map[string]bool{"start": true, "date_start": true, "startdate": true, "start_date": true, "from": true}
	fmEndKeys   = map[string]bool{"end": true, "date_end": true, "enddate": true, "end_date": true, "to": true}
)

// addText adds a description line: a Markdown item ("* Built...") is a
// bullet, and so is a line whose marker is glued to its capital
// ("*Data analysis, forecasting", no star closing it); anything else prose.
func (fb *fmBuilder) addText(b Block, cont bool) {
	if m := fmTextBullet(b.Text); m != "" {
		t := b.Text[len(m):]
		sp := Span{b.Span.Start + len(m), b.Span.End}
		b.Text, b.Span, b.Pieces, b.Kind = t, sp, literalPieces(t, sp), BlockListItem
		fb.body = append(fb.body, b)
		return
	}
	// a line right under an item's, with no marker, goes on with the item
	// ("* Bouwen en onderhouden van maatwerk webtoepassingen voor" over
	// "KMO-klanten.")
	if n := len(fb.body); cont && n > 0 && fb.body[n-1].Kind == BlockListItem && len(fb.body[n-1].Pieces) > 0 {
		last := &fb.body[n-1]
		r := joinRich([]rich{richOf(last), richOf(&b)}, " ")
		last.Text, last.Pieces, last.Groups, last.Span.End = r.text, r.pieces, r.groups, b.Span.End
		return
	}
	// (a description's line is the job's text, never a line of its
	// heading, however short)
	b.Kind, b.Cont, b.Desc = BlockParagraph, cont, true
	fb.body = append(fb.body, b)
}

func (fb *fmBuilder) addItem(b Block) {
	b.Kind = BlockListItem
	fb.body = append(fb.body, b)
}

// endJob writes the job out, set apart from the one before by a rule.
func (fb *fmBuilder) endJob() {
	if len(fb.head) == 0 && len(fb.body) == 0 {
		return
	}
	if fb.jobs > 0 {
		fb.out = append(fb.out, Block{Kind: BlockRule, Line: fb.head0Line()})
	}
	fb.jobs++
	fb.out = append(append(fb.out, fb.head...), fb.body...)
	fb.head, fb.body, fb.startAt = nil, nil, -1
}

func (fb *fmBuilder) head0Line() int {
	if len(fb.head) > 0 {
		return fb.head[0].Line
	}
	return fb.body[0].Line
}

// frontMatterRoles reads the jobs in front matter fm, YAML or TOML.
func frontMatterRoles(src []byte, fm Block, lines lineIndex) []Block {
	if len(fm.Pieces) == 0 {
		return nil
	}
	body := fm.Pieces[0].Src
	ls := frontMatterLines(src, body.Start, body.End)
	fb := &fmBuilder{lines: lines, startAt: -1}
	if fm.Style == "+++" {
		fb.toml(src, ls, false)
	} else {
		fb.yaml(src, ls)
	}
	if fb.jobs == 0 {
		return nil
	}
	return fb.out
}

// heading adds the section's heading: the list's key as written.
func (fb *fmBuilder) heading(src []byte, start, end int) {
	if b, ok := fb.value(src, start, end); ok {
		b.Kind, b.Level = BlockHeading, 2
		// a key's underscores ("work_experience") read as the spaces of
		// the title it stands for
		if strings.IndexByte(b.Text, '_') >= 0 && !strings.Contains(b.Text, " ") {
			b.Text = strings.ReplaceAll(b.Text, "_", " ")
		}
		fb.out = append(fb.out, b)
	}
}

// yaml reads a top-level list of jobs ("experiences:" over "- title: ...").
func (fb *fmBuilder) yaml(src []byte, ls []fmLine) {
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		key, rest, ok := strings.Cut(l.text, ":")
		k := strings.TrimSpace(key)
		if !ok || strings.TrimSpace(rest) != "" || strings.HasPrefix(k, "-") {
			continue
		}
		// a data file's sections ("- title: Professional Experience",
		// "kind: experience", "entries:"): the entries of a section whose
		// kind is experience are jobs, headed by that kind
		if kl := strings.ToLower(k); (kl == "entries" || kl == "items" || kl == "contents" || kl == "content") && !fmListKeys[kl] {
			if at, end, ok := yamlSiblingValue(ls, i, []string{"kind", "type", "layout"}); ok {
				// (a title that names activities or involvement holds none,
				// whatever its kind)
				title := ""
				if ta, te, ok := yamlSiblingValue(ls, i, []string{"title", "name", "heading"}); ok {
					title = string(src[ta:te])
				}
				tk, known := sectionKind(title)
				kind, byType := sectionKind(string(src[at:end]))
				// al-folio's cv.yml: the type is a layout ("type:
				// time_table"), the title names the section
				if !byType && known {
					kind = tk
					if ta, te, ok := yamlSiblingValue(ls, i, []string{"title", "name", "heading"}); ok {
						at, end = ta, te
					}
				}
				// (its projects too, once jobs or degrees are read, as
				// RenderCV's are)
				entries := fb.jobs > 0 && kind == SecProjects
				if (kind == SecExperience || kind == SecEducation || entries) && !(known && tk == kindOther) {
					fb.heading(src, at, end)
					fb.degrees, fb.entries = kind == SecEducation, entries
					i = fb.yamlJobs(src, ls, i+1, l.indent)
					fb.degrees, fb.entries = false, false
				}
			} else if at, end, kind, ok := yamlHeaderKind(src, ls, i); ok && (kind == SecExperience || kind == SecEducation) {
				// a data file's sections named by a header, the entries
				// kept in subsections ("- header: Working Experience" over
				// "subsections:" over "- header: Full-time" over
				// "entries:"): the subsections of one section under one
				// heading
				if fb.lastHead != (Span{at, end}) {
					fb.heading(src, at, end)
					fb.lastHead = Span{at, end}
				}
				fb.degrees = kind == SecEducation
				i = fb.yamlJobs(src, ls, i+1, l.indent)
				fb.degrees = false
			}
			continue
		}
		// (RenderCV's cv.sections keeps the degrees beside the jobs, and
		// its projects and certificates too)
		edu := fb.jobs > 0 && yamlEducationKey(k)
		if !fmListKey(k) && !edu && !(fb.jobs > 0 && yamlEntriesKey(k)) {
			// a data file's list under a key that names no section
			// ("main:"), its entries shaped as jobs
			// (and the lists beside it that are shaped so too, "main:"
			// then "others:", a template's two groups of the same jobs)
			if fb.data && l.indent == 0 && (fb.jobs == 0 && !yamlSectionKey(k) || fb.implied && yamlOtherKey(k)) && yamlJobsShaped(ls, i+1, l.indent) {
				if !fb.implied {
					fb.impliedHeading(l.start, l.start+len(k))
				}
				fb.implied = true
				i = fb.yamlJobs(src, ls, i+1, l.indent)
			}
			continue
		}
		fb.heading(src, l.start+l.indent, l.start+l.indent+len(k))
		fb.degrees, fb.entries = edu, !edu && !fmListKey(k)
		i = fb.yamlJobs(src, ls, i+1, l.indent)
		fb.degrees, fb.entries = false, false
	}
}

// yamlHeaderKeys name a data file's section or subsection.
var yamlHeaderKeys = []string{"header", "title", "name", "heading"}

// yamlHeaderKind finds the title of the section that holds the entries
// key on line i: its own mapping's header, or, where that names no kind
// ("Full-time", "2019-pres."), the header of the mapping that holds it, up
// to three levels out. It returns where the title sits and its kind.
func yamlHeaderKind(src []byte, ls []fmLine, i int) (int, int, string, bool) {
	for range 3 {
		if at, end, ok := yamlSiblingValue(ls, i, yamlHeaderKeys); ok {
			if kind, known := sectionKind(string(src[at:end])); known {
				return at, end, kind, kind != kindOther
			}
		}
		// the key line of the mapping's parent ("subsections:")
		ind, up := ls[i].indent, -1
		for j := i - 1; j >= 0; j-- {
			t := strings.TrimSpace(ls[j].text)
			if t == "" || strings.HasPrefix(t, "#") {
				continue
			}
			dash := strings.HasPrefix(t, "- ")
			if ls[j].indent < ind && !(dash && ls[j].indent+2 == ind) {
				up = j
				break
			}
		}
		if up < 0 || !strings.HasSuffix(strings.TrimSpace(ls[up].text), ":") {
			break
		}
		i = up
	}
	return 0, 0, "", false
}

// yamlOtherKey: a key that names no section, or only "other" ones
// ("others:", "more:").
func yamlOtherKey(k string) bool {
	kind, known := sectionKind(strings.ReplaceAll(strings.ToLower(k), "_", " "))
	return !known || kind == kindOther
}

// yamlEducationKey: a key that names an education section ("education",
// "formación").
func yamlEducationKey(k string) bool {
	kind, known := sectionKind(strings.ReplaceAll(strings.ToLower(k), "_", " "))
	return known && kind == SecEducation
}

// yamlEntriesKey: a key that names a section of projects or certificates
// ("projeler", "certificates"), whose entries are read as the jobs are.
func yamlEntriesKey(k string) bool {
	kind, known := sectionKind(strings.ReplaceAll(strings.ToLower(k), "_", " "))
	return known && (kind == SecProjects || kind == SecCertifications)
}

// yamlSiblingValue finds, beside the key on line i, a key of keys at the
// same indent in the same mapping ("kind: experience" beside "entries:"):
// where its value sits.
func yamlSiblingValue(ls []fmLine, i int, keys []string) (int, int, bool) {
	ind := ls[i].indent
	look := func(j int) (int, int, bool) {
		t := strings.TrimSpace(ls[j].text)
		t = strings.TrimPrefix(t, "- ")
		k, v, ok := strings.Cut(t, ":")
		if !ok || !slices.Contains(keys, strings.ToLower(strings.TrimSpace(k))) || strings.TrimSpace(v) == "" {
			return 0, 0, false
		}
		at := ls[j].start + strings.Index(ls[j].text, ":") + 1
		end := ls[j].start + len(strings.TrimRight(ls[j].text, " \t"))
		for at < end && src0(ls[j].text, at-ls[j].start) == ' ' {
			at++
		}
		if end-at >= 2 && (ls[j].text[at-ls[j].start] == '"' || ls[j].text[at-ls[j].start] == '\'') {
			at, end = at+1, end-1
		}
		return at, end, end > at
	}
	for j := i - 1; j >= 0; j-- {
		if strings.TrimSpace(ls[j].text) == "" {
			continue
		}
		dash := strings.HasPrefix(strings.TrimSpace(ls[j].text), "- ")
		if ls[j].indent == ind || dash && ls[j].indent+2 == ind {
			if at, end, ok := look(j); ok {
				return at, end, true
			}
		}
		if ls[j].indent < ind && !(dash && ls[j].indent+2 == ind) || dash && ls[j].indent+2 == ind {
			break
		}
	}
	for j := i + 1; j < len(ls); j++ {
		if strings.TrimSpace(ls[j].text) == "" || ls[j].indent > ind {
			continue
		}
		if ls[j].indent < ind {
			break
		}
		if at, end, ok := look(j); ok {
			return at, end, true
		}
	}
	return 0, 0, false
}

// blockIndicator is a value with a comment after it taken off ("| # keeps
// the line breaks"): YAML lets a block scalar's indicator carry one.
func blockIndicator(v string) string {
	if i := strings.Index(v, " #"); i >= 0 {
		return strings.TrimSpace(v[:i])
	}
	return v
}

func src0(t string, i int) byte {
	if i < 0 || i >= len(t) {
		return 0
	}
	return t[i]
}

// yamlJobs reads the list's items from line i on, up to the next key as far
// in as the list's own (at keyIndent); it returns the last line read.
func (fb *fmBuilder) yamlJobs(src []byte, ls []fmLine, i, keyIndent int) int {
	itemIndent := -1
	parent, parentIndent := "", -1
	// an employer's roles listed under it ("org: Acme" over "roles:" over
	// "- title: ..."): each a job, headed by the employer's lines too
	var orgHead []Block
	posIndent, posItemIndent, posJobs := -1, -1, 0
	fieldIndent := -1  // where the fields of a bullet written as a mapping stand
	fieldText := false // that bullet's text is read
	for ; i < len(ls); i++ {
		l := ls[i]
		t := strings.TrimSpace(l.text)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		dash := strings.HasPrefix(t, "- ") || t == "-"
		if l.indent < keyIndent || l.indent == keyIndent && !dash {
			break
		}
		at, indent := l.start+l.indent, l.indent
		if dash && (itemIndent < 0 || l.indent == itemIndent) {
			itemIndent = l.indent
			fb.endJob()
			parent, parentIndent = "", -1
			orgHead, posIndent, posItemIndent, posJobs = nil, -1, -1, 0
			at += 2
			indent += 2
			t = strings.TrimSpace(t[1:])
			if t == "" {
				continue
			}
		} else if itemIndent < 0 {
			break
		}
		if posIndent >= 0 && l.indent <= posIndent {
			posIndent = -1
		}
		if dash && posIndent >= 0 && l.indent > posIndent && (posItemIndent < 0 || l.indent == posItemIndent) {
			posItemIndent = l.indent
			if posJobs > 0 {
				fb.endJob()
				fb.head = append([]Block(nil), orgHead...)
			}
			posJobs++
			parent, parentIndent = "", -1
			at += 2
			indent += 2
			t = strings.TrimSpace(t[1:])
			if t == "" {
				continue
			}
		}
		if indent <= parentIndent {
			parent, parentIndent = "", -1
		}
		if fieldIndent >= 0 && l.indent >= fieldIndent && !dash {
			// a field of a bullet written as a mapping ("years: 2016"
			// under "- name: Subtitles for..."): never the job's own;
			// its text key gives the bullet when the first key did not
			if k, v, ok := yamlItemField(t); ok && !fieldText && l.indent == fieldIndent && yamlItemTextKeys[k] && v != "" {
				if b, ok := fb.value(src, l.start+l.indent+len(k)+1, l.start+len(l.text)); ok {
					fb.addItem(b)
					fieldText = true
				}
			}
			continue
		}
		fieldIndent = -1
		if dash && indent > itemIndent+2 && parent != "" {
			// an item of a list inside the job ("highlights:" over "- ...");
			// a description written as a list is one too
			if f := fmField(parent, ""); f == "list" || f == "text" && !fb.degrees {
				from := at + 2
				// an item written as a block scalar ("- >-" over its lines):
				// one bullet, its lines joined
				if blockScalarRe().MatchString(blockIndicator(strings.TrimSpace(t[1:]))) {
					var parts []rich
					j := i + 1
					for ; j < len(ls) && (strings.TrimSpace(ls[j].text) == "" || ls[j].indent > l.indent); j++ {
						if b, ok := fb.value(src, ls[j].start+ls[j].indent, ls[j].start+len(ls[j].text)); ok {
							parts = append(parts, richOf(&b))
						}
					}
					i = j - 1
					if r := joinRich(parts, " "); len(r.pieces) > 0 {
						fb.addItem(Block{Text: r.text, Pieces: r.pieces, Span: r.span(), Line: r.line, Style: verbatimStyle})
					}
					continue
				}
				// an item written as a mapping ("- name: ..." over "years:
				// ..."): one bullet, its text the value of its text key
				if k, v, ok := yamlItemField(t[2:]); ok && (yamlItemTextKeys[k] || yamlItemHasFields(ls, i)) {
					fieldIndent, fieldText = l.indent+2, yamlItemTextKeys[k] && v != ""
					if !fieldText {
						continue
					}
					from = at + 2 + len(k) + 1
				}
				if b, ok := fb.value(src, from, l.start+len(l.text)); ok {
					fb.addItem(b)
				}
			}
			continue
		}
		key, val, ok := strings.Cut(t, ":")
		if !ok {
			// a certificate or project written as a line of its own
			// ("- AWS Solutions Architect, 2023")
			if fb.entries && dash && l.indent == itemIndent {
				if b, ok := fb.value(src, at, l.start+len(l.text)); ok {
					fb.addHead(b, "")
				}
			}
			continue
		}
		k := strings.ToLower(strings.TrimSpace(key))
		v := strings.TrimSpace(val)
		valStart := at + len(key) + 1
		kind := fmField(k, parent)
		if kind == "" && fb.entries && fmTaglineKeys[k] {
			// a project's tagline is what it is; a job's is about the employer
			kind = "text"
		}
		switch {
		case v == "" && posIndent < 0 && (slices.Contains(positionsKeys, k) || nestedPostKeys[k] && yamlPostItems(ls, i, l.indent)):
			orgHead, posIndent, posItemIndent, posJobs = append([]Block(nil), fb.head...), indent, -1, 0
		case v == "":
			parent, parentIndent = k, indent
		case blockScalarRe().MatchString(blockIndicator(v)):
			// a block of text on the lines under the key
			j := i + 1
			first := true
			for ; j < len(ls) && (strings.TrimSpace(ls[j].text) == "" || ls[j].indent > indent); j++ {
				if kind != "text" || strings.TrimSpace(ls[j].text) == "" {
					first = first || strings.TrimSpace(ls[j].text) == ""
					continue
				}
				if b, ok := fb.value(src, ls[j].start+ls[j].indent, ls[j].start+len(ls[j].text)); ok {
					fb.addText(b, !first)
					first = false
				}
			}
			i = j - 1
		case kind == "head":
			if b, ok := fb.value(src, valStart, l.start+len(l.text)); ok && !fmBareURL(b.Text) {
				fb.addHead(b, k)
			} else if !ok {
				fb.noEnd(k)
			}
		case kind == "text":
			if b, ok := fb.value(src, valStart, l.start+len(l.text)); ok {
				if items, ok := yamlHTMLItems(b); ok && !fb.degrees {
					for _, it := range items {
						fb.addItem(it)
					}
				} else {
					fb.addText(b, false)
				}
			}
		}
	}
	fb.endJob()
	return i - 1
}

// toml reads [[experience]] tables; in a whole TOML file (file), the
// lists of other sections too (a data file's [[entries]], a template's
// [[education.list]] under [education] with its title).
func (fb *fmBuilder) toml(src []byte, ls []fmLine, file bool) {
	in := false
	section := ""
	titles := map[string]Span{} // a table's title = "..." value
	table := ""
	lang := tomlFirstLang(ls)
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		t := strings.TrimSpace(l.text)
		if strings.HasPrefix(t, "[") {
			fb.endJob()
			name := strings.Trim(t, "[] ")
			table = strings.ToLower(name)
			if !file {
				in = strings.HasPrefix(t, "[[") && fmListKeys[strings.ToLower(name)]
				if in && fb.jobs == 0 && len(fb.out) == 0 {
					at := l.start + strings.Index(l.text, name)
					fb.heading(src, at, at+len(name))
				}
				continue
			}
			in = false
			if !strings.HasPrefix(t, "[[") {
				continue
			}
			sec, at, end, ok := fb.tomlSection(l, name, titles)
			if !ok {
				continue
			}
			in = true
			if sec != section {
				section = sec
				if end > at {
					fb.heading(src, at, end)
				}
			}
			continue
		}
		if !in || t == "" || strings.HasPrefix(t, "#") {
			if file && !in && table != "" && strings.HasPrefix(t, "title") {
				if key, _, ok := strings.Cut(t, "="); ok && strings.TrimSpace(key) == "title" {
					at := l.start + strings.IndexByte(l.text, '=') + 1
					if b, ok := fb.value(src, at, l.start+len(l.text)); ok {
						titles[table] = b.Span
					}
				}
			}
			continue
		}
		key, val, ok := strings.Cut(t, "=")
		if !ok {
			continue
		}
		k := strings.ToLower(tomlKeyName(key))
		other := false
		if base, l, ok := tomlLangKey(k); ok {
			k, other = base, l != lang
		}
		kind := fmField(k, "")
		if other {
			kind = ""
		} else if kind == "list" && tomlMultiline(val) {
			// a list field written as one multi-line string: its lines
			kind = "text"
		}
		if kind == "" && fb.entries && fmTaglineKeys[k] {
			kind = "text"
		}
		if kind == "text" && fmPrefixedLabel(k, val) {
			kind = "head"
		}
		valStart := l.start + l.indent + len(key) + 1
		v := strings.TrimSpace(val)
		if strings.HasPrefix(v, `"""`) || strings.HasPrefix(v, `'''`) {
			q := v[:3]
			open := valStart + strings.Index(src2str(src, valStart, l.start+len(l.text)), q) + 3
			if q == `"""` {
				fb.basic = '"'
			}
			// """text""" on one line, or lines up to the closing quotes
			if rest := v[3:]; strings.Contains(rest, q) {
				if b, ok := fb.value(src, open, open+strings.Index(rest, q)); ok && kind == "text" {
					fb.addText(b, false)
				}
				fb.basic = 0
				continue
			}
			first := true
			if b, ok := fb.value(src, open, l.start+len(l.text)); ok && kind == "text" {
				fb.addText(b, false)
				first = false
			}
			j := i + 1
			for ; j < len(ls); j++ {
				lt := ls[j].text
				end := ls[j].start + len(lt)
				closing := strings.Contains(lt, q)
				if closing {
					end = ls[j].start + strings.Index(lt, q)
				}
				if kind == "text" {
					if b, ok := fb.value(src, ls[j].start+ls[j].indent, end); ok {
						fb.addText(b, !first)
						first = false
					} else {
						first = true
					}
				}
				if closing {
					break
				}
			}
			i = j
			fb.basic = 0
			continue
		}
		switch kind {
		case "head":
			if b, ok := fb.value(src, valStart, l.start+len(l.text)); ok && !fmBareURL(b.Text) {
				fb.addHead(b, k)
			} else if !ok {
				fb.noEnd(k)
			}
		case "text":
			if b, ok := fb.value(src, valStart, l.start+len(l.text)); ok {
				fb.addText(b, false)
			}
		}
	}
	fb.endJob()
}

func src2str(src []byte, from, to int) string { return string(src[from:to]) }

// yamlResumeBlocks reads a resume written as YAML (RenderCV's
// cv.sections.experience, a JSON Resume's work list in YAML): the whole
// file as front matter for the header, then its jobs.
func yamlResumeBlocks(src []byte) ([]Block, bool) {
	var m any
	end := len(src)
	if err := yaml.Unmarshal(src, &m); err != nil {
		// (a file broken further down reads up to the key that breaks)
		cut, ok := yamlSoundPrefix(src, err)
		if !ok {
			return nil, false
		}
		m, end = nil, cut
		if yaml.Unmarshal(src[:cut], &m) != nil {
			return nil, false
		}
	}
	// (a list of sections at the top: al-folio's cv.yml)
	switch m.(type) {
	case map[string]any, []any:
	default:
		return nil, false
	}
	lines := newLineIndex(src)
	fb := &fmBuilder{lines: lines, startAt: -1, data: true}
	ls := frontMatterLines(src, 0, end)
	if _, ok := m.([]any); ok {
		fb.yamlBareJobs(src, ls)
	}
	if fb.jobs == 0 {
		fb.yaml(src, ls)
	}
	if fb.jobs == 0 {
		return nil, false
	}
	return wholeData(src, "---", fb.out), true
}

// wholeData is a data file (YAML, TOML) read as one front matter block,
// kept verbatim, and the blocks read from it.
func wholeData(src []byte, style string, read []Block) []Block {
	t := string(src)
	whole := Block{Kind: BlockFrontMatter, Text: t, Line: 1, Span: Span{0, len(src)}, Style: style,
		Pieces: []Piece{{Text: Span{0, len(t)}, Src: Span{0, len(src)}, Kind: PieceFixed}}}
	return append([]Block{whole}, read...)
}

// fmBareURL: a value that is only an address (a logo's, a site's); a
// Markdown link ("[notario](https://...)") names its thing.
func fmBareURL(t string) bool {
	if !strings.Contains(t, "://") {
		return false
	}
	return !(strings.HasPrefix(t, "[") && strings.Contains(t, "]("))
}

// tomlListNames name a table's list of entries, not a section
// ("[[education.list]]", a data file's "[[entries]]").
var tomlListNames = map[string]bool{"list": true, "entries": true, "items": true, "entry": true}

// tomlSection says which section the list of tables name heads holds
// entries of (a whole TOML file's): its name, and where its heading's
// text sits (the parent table's title, or the name), or false for a list
// of no section read (a page's columns of links). A data file's bare
// [[entries]] are jobs, with no heading.
func (fb *fmBuilder) tomlSection(l fmLine, name string, titles map[string]Span) (string, int, int, bool) {
	segs := strings.Split(strings.ToLower(name), ".")
	sec := segs[len(segs)-1]
	if tomlListNames[sec] {
		if len(segs) == 1 {
			fb.degrees, fb.entries = false, false
			return sec, 0, 0, true
		}
		sec = segs[len(segs)-2]
	}
	parent := strings.Join(segs[:len(segs)-1], ".")
	if !tomlListNames[segs[len(segs)-1]] {
		parent = strings.ToLower(name)
	}
	// ("career_jobs": the key's last word names its section)
	kind, word := dataKeyKind(sec)
	at := l.start + strings.Index(strings.ToLower(l.text), sec) + len(sec) - len(word)
	end := at + len(word)
	if sp, ok := titles[parent]; ok {
		at, end = sp.Start, sp.End
	}
	switch kind {
	case SecExperience:
		fb.degrees, fb.entries = false, false
	case SecEducation:
		fb.degrees, fb.entries = true, false
	case SecProjects, SecCertifications:
		fb.degrees, fb.entries = false, true
	default:
		return "", 0, 0, false
	}
	return sec, at, end, true
}

// tomlResumeBlocks reads a resume written as TOML (a Hugo theme's data
// file of [[entries]], a template's [education] with its [[education.list]]):
// the whole file as front matter for the header, then its entries.
func tomlResumeBlocks(src []byte) ([]Block, bool) {
	if !looksLikeTOML(src) {
		return nil, false
	}
	var m map[string]any
	if err := toml.Unmarshal(src, &m); err != nil {
		return nil, false
	}
	fb := &fmBuilder{lines: newLineIndex(src), startAt: -1}
	fb.toml(src, frontMatterLines(src, 0, len(src)), true)
	if fb.jobs == 0 {
		return nil, false
	}
	return wholeData(src, "+++", fb.out), true
}

// looksLikeTOML: the file's first line that is no comment opens a table
// ("[[entries]]") or sets a key ("name = ...").
func looksLikeTOML(src []byte) bool {
	for line := range bytes.Lines(src) {
		t := strings.TrimSpace(string(line))
		if t == "" || t[0] == '#' {
			continue
		}
		if t[0] == '[' {
			return strings.HasSuffix(t, "]")
		}
		k, _, ok := strings.Cut(t, "=")
		k = strings.TrimSpace(k)
		return ok && k != "" && !strings.ContainsAny(k, " \t:")
	}
	return false
}
