package resume

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// Entries that are not roles of their own, though they sit among roles: a
// company heading over the several titles held there, and a degree on a
// timeline of jobs.

// headParts are an entry's heading parts without its dates and field lines.
func (e *entry) headParts() []headerPart {
	return e.partsOf(e.head)
}

// namingParts are the heading parts of the lines that name the entry
// (namingHead).
func (e *entry) namingParts() []headerPart {
	return e.partsOf(e.namingHead())
}

func (e *entry) partsOf(head []*Block) []headerPart {
	var lines []string
	for _, b := range head {
		if e.fieldLine(b) {
			continue
		}
		lines = append(lines, headText(b))
	}
	parts, _, _ := splitHeader(lines, true)
	return parts
}

// namedParts drops locations: what names the role or the company.
func namedParts(parts []headerPart) []headerPart {
	var out []headerPart
	for _, p := range parts {
		if !isLocation(p.text) {
			out = append(out, p)
		}
	}
	return out
}

// groupCompanies finds company headings over several roles ("**Lumen
// Learning Co.** | 2014 - 2025" and a line about the company, then three
// "Title | City | dates" lines; "Vantage Networks, Seattle WA – 2004-Present"
// over "Title – 2015-Present" lines): the heading names only a company, the
// entries under it have one heading line that names a role, and none of
// them names a company of its own. The entries under it take its company;
// the heading is no role.
func groupCompanies(es []*entry) {
	for i := 0; i < len(es); i++ {
		g := es[i]
		// "Bellhaven Insurance" over "8 years", then dated roles (a
		// LinkedIn export): a company and how long in all, over its roles
		if n := durationGroup(es, i); n > 0 {
			g.skip = true
			co := strings.TrimSpace(headText(g.head[0]))
			for _, e := range es[i+1 : i+1+n] {
				e.group = co
			}
			i += n
			continue
		}
		// "Acme Health, Roanoke" over "2015 to Present", then dated roles
		// in that span: the employer over its units (spanGroup)
		if n := spanGroup(es, i); n > 0 {
			g.skip = true
			co := namedParts(g.partsOf(g.head[:1]))[0].text
			for _, e := range es[i+1 : i+1+n] {
				e.group = co
			}
			i += n
			continue
		}
		// (a line about the company under its name is no role's: "Bluestem
		// Media - Lawrence" over "Regional news publisher")
		if len(g.namingHead()) != 1 || len(g.bullets)+len(g.prose) > 1 || g.listRole || len(g.fields) > 0 || g.oneLine {
			continue
		}
		named := groupHeadName(g.namingParts())
		if len(named) != 1 || titleRe().MatchString(named[0].text) {
			continue
		}
		// ("Weitere Angaben auch unter http://..." over the jobs: a
		// sentence that sends the reader to a link names no employer)
		if t := headText(g.head[0]); strings.Contains(t, "://") && wordCount(t) > 3 {
			continue
		}
		var under []*entry
		for _, e := range es[i+1:] {
			if len(e.namingHead()) != 1 || e.group != "" || len(e.fields) > 0 {
				break
			}
			parts := namedParts(e.namingParts())
			if len(parts) == 0 || !titleRe().MatchString(parts[0].text) || anyCompanyLike(parts) {
				break
			}
			under = append(under, e)
		}
		if len(under) < 1 || len(under) == 1 && g.hasBody() {
			continue
		}
		g.skip = true
		for _, e := range under {
			e.group = named[0].text
			// the line about the role under its title is its summary,
			// no part of the title
			if n := len(e.namingHead()); n < len(e.head) {
				e.prose = append(slices.Clone(e.head[n:]), e.prose...)
				e.head = e.head[:n]
			}
		}
		i += len(under)
	}
}

// durationGroup: entry i is two lines, a name and how long in all ("8
// years"), with no dates and nothing under it, over dated entries whose
// one named part is a title; how many such entries follow it.
func durationGroup(es []*entry, i int) int {
	g := es[i]
	// (LinkedIn's page: "Full-time · 7 yrs 6 mos", then the place)
	if len(g.head) < 2 || len(g.head) > 3 || g.hasBody() || g.dated() || g.listRole || len(g.fields) > 0 ||
		len(g.head) == 3 && !placeLine(strings.TrimSpace(g.head[2].Text)) {
		return 0
	}
	if !durationLine(strings.TrimSpace(g.head[1].Text)) {
		return 0
	}
	// (a place under it is no name of its; a name may end in its country,
	// "Tala Lending Philippines")
	named := namedParts(g.headParts())
	if len(g.head) == 3 {
		named = g.headParts()[:min(1, len(g.headParts()))]
	}
	if len(named) != 1 || titleRe().MatchString(named[0].text) {
		return 0
	}
	n := 0
	for _, e := range es[i+1:] {
		parts := namedParts(e.headParts())
		if !e.dated() || e.group != "" || len(parts) != 1 || !titleRe().MatchString(parts[0].text) {
			break
		}
		n++
	}
	return n
}

func anyCompanyLike(parts []headerPart) bool {
	for _, p := range parts {
		if companyLike(p.text) {
			return true
		}
	}
	return false
}

// groupTitle is a grouped role's title: its heading's named parts as
// written ("Senior Manager, Site Reliability Engineering").
// A client named before the title ("Tillpoint : Lead Engineer") gives way
// to the part that names a role.
func groupTitle(e *entry) string {
	var ts []string
	parts := namedParts(e.headParts())
	for _, p := range parts {
		if titleRe().MatchString(p.text) && len(parts) > 1 && e.term() != nil {
			return p.text
		}
		ts = append(ts, p.text)
	}
	return strings.Join(ts, ", ")
}

// degreeEntry: on a timeline of jobs, a line that names a degree or a school
// and no role, with nothing under it to tell ("**2010**: Promotion, Fakultät
// Biologie, Technische Universität Dresden").
func degreeEntry(e *entry) bool {
	// a table row under a column of positions ("Position": "BA") names a role
	if len(e.bullets) > 0 || len(e.head) == 0 || slices.Contains(e.columns, "company") || slices.Contains(e.columns, "title") {
		return false
	}
	// (a line only of dates over it, "2020-2025" over "**B.Sc. ...**",
	// names nothing: the line under it does)
	t := e.head[0].Text
	if _, dateOnly := ParseDateRange(t); (dateOnly || e.event) && len(e.head) > 1 {
		t = e.head[1].Text
	}
	t = openingDegreeLine(e, t)
	if (qualificationOpens(t) || trainingEarns(t) || courseOpens(undatedLine(t))) && !e.roleLikeField() {
		return true
	}
	if !(degreeRe().MatchString(t) || institutionRe().MatchString(t) || completionEnd(t)) || e.roleLikeField() || termJobAtSchool(e) {
		return false
	}
	if !degreeRe().MatchString(t) && schoolEmployerRe().MatchString(t) {
		return false
	}
	// "자바 웹개발자 양성과정 수료": a course completed, whatever trade it
	// trains for
	if completionEnd(t) {
		return true
	}
	// "Grader — Lakehead University" over a paragraph of what was done:
	// a job held at a school, its title before the dash naming no degree
	if len(e.prose) > 0 && !degreeRe().MatchString(t) {
		if l, _, ok := strings.Cut(t, " — "); ok && !institutionRe().MatchString(l) {
			return false
		}
	}
	// "Weiterbildung Full-Stack Developer, Coding School", "Ausbildung
	// KFZ-Mechatroniker, Berufsschule": a course opens the line and a
	// school is named; the role word is the trade it trains for
	if trainingWords[strings.ToLower(firstWord(t))] && schoolNamed(t) {
		return true
	}
	for _, b := range e.head {
		if titleRe().MatchString(b.Text) {
			return false
		}
	}
	return true
}

// schoolEmployerRe: a body that runs schools ("a school district", "the
// School Board") employs; nobody studies there.
var schoolEmployerRe = lazy.Regexp(`(?i)\bschool (district|board|system|authority)s?\b|\bschulamt\b|\bschulbehörde\b`)

// trainingWords open a line that names a course of training by the trade
// or field it trains for.
var trainingWords = map[string]bool{"weiterbildung": true, "fortbildung": true, "ausbildung": true, "umschulung": true,
	"studium": true, "formation": true, "formación": true, "formação": true, "lehre": true, "berufslehre": true}

// timelineLine is the one line a timeline's entry is: its only heading
// line, or the line under a term of dates alone (<dt>2019 – 2020</dt>
// <dd>Trainee, Acme GmbH</dd>). Nil when the entry is more than that.
func timelineLine(e *entry) *Block {
	if e.hasBody() {
		return nil
	}
	switch len(e.head) {
	case 1:
		return e.head[0]
	case 2:
		if _, dateOnly := ParseDateRange(e.head[0].Text); dateOnly && e.term() == e.head[0] {
			return e.head[1]
		}
	}
	return nil
}

func (e *entry) roleLikeField() bool {
	_, ok := e.fields["title"]
	return ok
}

// timeline: most entries are one dated line with nothing under it ("**2011
// - 2013:** Trainee, Acme GmbH"), as in a CV's chronology.
func timeline(es []*entry) bool {
	n := 0
	for _, e := range es {
		if timelineLine(e) != nil && e.dated() {
			n++
		}
	}
	return n >= 3 && n*2 >= len(es)
}

// noRole: on a timeline, a line that names no role and no company and has
// nothing under it ("**2011**: Elternzeit", a parental leave).
func noRole(e *entry) bool {
	l := timelineLine(e)
	if l == nil || e.roleLikeField() {
		return false
	}
	// (an employer read from under the line names one: link_employer.go)
	if _, ok := e.fields["company"]; ok && e.listRole {
		return false
	}
	// (a table's row under a header that names its employer or title
	// column, "| *Employer* | *Dates* |", names one, whatever the name)
	if l.Kind == BlockTableRow && (slices.Contains(e.columns, "company") || slices.Contains(e.columns, "title")) {
		return false
	}
	// "2019-  Harborlight ------ Boston, MA": a name with the place it is
	// in is an employer
	parts := e.headParts()
	named := namedParts(parts)
	if len(named) == 1 && len(parts) > len(named) && leaderRe().MatchString(l.Text) {
		return false
	}
	return len(named) <= 1 && !e.roleLike()
}

// labelsOnly: entries that name no role, no company and no dates
// ("#### Backend" over what was done there), in a section beside roles
// that have dates: what they hold is told about skills, not jobs.
func labelsOnly(es []*entry) bool {
	for _, e := range es {
		if e.dated() || e.roleLike() || e.listRole || e.implicit {
			return false
		}
	}
	return len(es) > 0
}

// mergeRepeats: a role listed twice in a section (a summary table of
// engagements, then the main ones in detail) is one role, where it is
// first listed, with the bullets of both: the same company over the same
// months.
func (in *interp) mergeRepeats(es []*entry) {
	type key struct{ company, start, end string }
	first := map[key]*entry{}
	for _, e := range es {
		if e.skip {
			continue
		}
		r, ok := in.roleOf(e)
		if d, okd := ParseDate(r.Start); !ok || r.Company == "" || !okd || !d.HasMonth() {
			continue
		}
		k := key{strings.ToLower(r.Company), normDate(r.Start), normDate(r.End)}
		if f, seen := first[k]; seen && !concurrent(in, f, e, r) {
			f.merged = append(f.merged, e)
			e.skip = true
			continue
		}
		first[k] = e
	}
}

// concurrent: two rows with nothing under them that name different titles
// at one company over the same months ("Visualisation Developer", "Data
// Researcher") are two roles held together, not one listed twice.
//
// So are two roles each told under its own heading, one right after the
// other, with titles that share no name ("Research Assistant", then
// "Teaching Assistant" in the same department over the same years).
func concurrent(in *interp, f, e *entry, r Role) bool {
	fr, _ := in.roleOf(f)
	if fr.Title == "" || r.Title == "" || nameKey(fr.Title) == nameKey(r.Title) {
		return false
	}
	if f.hasBody() != e.hasBody() {
		return false
	}
	if f.hasBody() {
		a, b := nameKey(fr.Title), nameKey(r.Title)
		return !strings.Contains(a, b) && !strings.Contains(b, a)
	}
	return true
}

// overviewOnly: every entry of an experience section is a dated role at a
// company with nothing under it (a table of roles over the section that
// details them: "Pracovní zkušenosti (přehled)", then "Pracovní
// zkušenosti").
func (in *interp) overviewOnly(es []*entry) bool {
	n := 0
	for _, e := range es {
		if e.skip {
			continue
		}
		r, ok := in.roleOf(e)
		if !ok || e.hasBody() && !rowTextOnly(e) || r.Company == "" || normDate(r.Start) == "" {
			return false
		}
		n++
	}
	return n >= 2
}

// flushOverview reads the roles of a held overview section: those that es,
// the next experience section's entries, repeat (the same company from
// the same month) are read there with their bullets, not twice, in the
// overview's order; it says whether it read es too.
func (in *interp) flushOverview(es []*entry) bool {
	held := in.overview
	if held == nil {
		return false
	}
	in.overview = nil
	type key struct{ company, start string }
	detailed := map[key]*entry{}
	for _, e := range es {
		// (either name: a detail heading may be read the other way
		// round, the company taken for the title)
		if r, ok := in.roleOf(e); ok && !e.skip {
			for _, k := range []key{{nameKey(r.Company), normDate(r.Start)}, {nameKey(r.Title), normDate(r.Start)}} {
				if detailed[k] == nil {
					detailed[k] = e
				}
			}
		}
	}
	// (an undated detail under only the company's name: the held row
	// keeps its dates and title and takes the detail's items)
	// (and one that names neither, at a held row's place in the order
	// the others keep: heldByOrder)
	in.overview = held
	byOrder := in.heldByOrder(es)
	in.overview = nil
	for _, e := range es {
		in.overview = held
		h := in.heldByName(e)
		in.overview = nil
		if byOrder[e] != nil {
			h = byOrder[e]
		}
		if h != nil && !h.hasBody() && len(h.merged) == 0 {
			h.merged = append(h.merged, e)
			e.skip = true
		}
	}
	repeats := map[*entry]bool{}
	for _, e := range held {
		r, _ := in.roleOf(e)
		if d := detailed[key{nameKey(r.Company), normDate(r.Start)}]; d != nil {
			repeats[d] = true
		}
	}
	foldProjects(es, repeats)
	var out []*entry
	read := map[*entry]bool{}
	for _, e := range held {
		r, _ := in.roleOf(e)
		d := detailed[key{nameKey(r.Company), normDate(r.Start)}]
		switch {
		case d == nil:
			out = append(out, e)
		case !read[d]:
			out = append(out, d)
			read[d] = true
		}
	}
	if es == nil {
		in.experienceEntries(out)
		return false
	}
	for _, e := range es {
		if !read[e] {
			out = append(out, e)
		}
	}
	in.experienceEntries(out)
	return true
}

// foldProjects: under a company told in detail after the overview, the
// entries that follow it and repeat no row of the overview, undated or
// dated within the company's span ("音楽教室向けレッスン管理サービス" over
// "2023年6月 ～ 現在"), are its projects: their items are the company's.
func foldProjects(es []*entry, repeats map[*entry]bool) {
	var host *entry
	for _, e := range es {
		switch {
		case e.skip:
		case repeats[e]:
			host = e
		case host != nil && (!e.dated() || headSpanned(host, e)):
			host.merged = append(host.merged, e)
			e.skip = true
		default:
			host = nil
		}
	}
}

// headSpanned: e's dates lie within host's.
func headSpanned(host, e *entry) bool {
	for _, b := range e.head {
		if _, ok := FindDateRange(b.Text); ok {
			return host.spans(b)
		}
	}
	return false
}

// normDate: "2023/06", "2023-06" and "June 2023" are one date; every
// word for now is one.
func normDate(s string) string {
	if d, ok := ParseDate(s); ok {
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	if IsPresent(s) {
		return "now"
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// completionEnd: a line that ends saying a course or school was finished
// ("… 양성과정 수료", "… 졸업", "… 修了", "… 毕业").
func completionEnd(t string) bool {
	t = strings.TrimSpace(t)
	if i := strings.LastIndexAny(t, "(（"); i > 0 && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
		t = strings.TrimSpace(t[:i])
	}
	for _, w := range []string{"수료", "졸업", "修了", "卒業", "毕业", "畢業", "结业"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// durationLine: a line that only says how long, maybe after how the job
// was held ("8 years", "Full-time · 7 yrs 6 mos").
func durationLine(d string) bool {
	if w, rest, ok := strings.Cut(d, "·"); ok && workTypeRe().MatchString(strings.TrimSpace(w)) {
		d = strings.TrimSpace(rest)
	}
	return d != "" && durationRe().FindString(d) == d
}

// firstWord is t's first word, without the punctuation around it.
func firstWord(t string) string {
	w, _, _ := strings.Cut(strings.TrimSpace(t), " ")
	return strings.Trim(w, ",;:.*_()")
}
