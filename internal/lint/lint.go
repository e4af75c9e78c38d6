package lint

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// Options tune the rules; zero values take the guide's defaults.
type Options struct {
	Disable         []string
	SummaryMinLines int
	SummaryMaxLines int
	BulletsMin      int
	BulletsMax      int
	LongBulletWords int
	RepeatedVerb    int
	GPAMin          float64
	Lexicon         *lexicon.Lexicon
	// Source is the file's text, to give each finding its line; Format
	// is the file's format.
	Source string
	Format resume.Format
	// Now dates "Present" for ordering and years of experience.
	Now time.Time
}

// orDefault sets a zero *v to d.
func orDefault[T comparable](v *T, d T) {
	var zero T
	if *v == zero {
		*v = d
	}
}

// Defaults are the guide's thresholds; a zero field of Options takes the
// one here, and the configuration's defaults (lint.*) are these.
var Defaults = Options{SummaryMinLines: 3, SummaryMaxLines: 4, BulletsMin: 3, BulletsMax: 5, LongBulletWords: 35, RepeatedVerb: 3, GPAMin: 3.5}

func (o *Options) defaults() {
	orDefault(&o.SummaryMinLines, Defaults.SummaryMinLines)
	orDefault(&o.SummaryMaxLines, Defaults.SummaryMaxLines)
	orDefault(&o.BulletsMin, Defaults.BulletsMin)
	orDefault(&o.BulletsMax, Defaults.BulletsMax)
	orDefault(&o.LongBulletWords, Defaults.LongBulletWords)
	orDefault(&o.RepeatedVerb, Defaults.RepeatedVerb)
	orDefault(&o.GPAMin, Defaults.GPAMin)
	if o.Lexicon == nil {
		o.Lexicon = lexicon.Default()
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
}

// Finding is one problem, traceable to an item and a line.
type Finding struct {
	Rule       string   `json:"rule"`
	Severity   Severity `json:"severity"`
	Item       string   `json:"item"`
	Line       int      `json:"line"`
	Message    string   `json:"message"`
	Suggestion string   `json:"suggestion"`
	section    string
}

// Deduction is what one rule cost the score.
type Deduction struct {
	Rule   string `json:"rule"`
	Count  int    `json:"count"`
	Points int    `json:"points"`
}

// Report is a lint run.
type Report struct {
	Score      int         `json:"score"`
	Findings   []Finding   `json:"findings"`
	Deductions []Deduction `json:"deductions"`
}

// HasWarnings reports a finding at warning or error.
func (r *Report) HasWarnings() bool {
	for _, f := range r.Findings {
		if f.Severity != Info {
			return true
		}
	}
	return false
}

type linter struct {
	ctx   context.Context
	doc   *resume.Document
	opts  Options
	out   []Finding
	lines *lineIndex
	off   map[string]bool
	rd    *claims.Reader
}

// reader is the guard's claim reader over the linter's lexicon.
func (l *linter) reader() *claims.Reader {
	if l.rd == nil {
		l.rd = claims.MustNew(claims.Options{Lexicon: l.opts.Lexicon.Extra()})
	}
	return l.rd
}

// Lint runs every enabled rule over doc.
func Lint(doc *resume.Document, opts Options) *Report {
	r, _ := LintContext(context.Background(), doc, opts)
	return r
}

// LintContext is Lint that stops when ctx is cancelled, returning its error
// (a 5 MiB resume takes seconds; Ctrl-C should not wait for it).
func LintContext(ctx context.Context, doc *resume.Document, opts Options) (*Report, error) {
	opts.defaults()
	l := &linter{ctx: ctx, doc: doc, opts: opts, lines: newLineIndex(opts.Source, opts.Format), off: map[string]bool{}}
	for _, id := range opts.Disable {
		l.off[id] = true
	}
	items := doc.Items()
	l.header()
	l.sections()
	l.summary()
	l.bullets(items)
	l.roles()
	l.skills(items)
	l.education()
	l.formatAdvice()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sort.SliceStable(l.out, func(i, j int) bool {
		a, b := sectionRank(l.out[i].section), sectionRank(l.out[j].section)
		if a != b {
			return a < b
		}
		return l.out[i].Line < l.out[j].Line
	})
	return score(l.out), nil
}

// stopped reports a cancelled run; the loops over items ask it, and a
// cancelled run's rules find nothing more.
func (l *linter) stopped() bool { return l.ctx.Err() != nil }

// Sections, in the order reports group them.
var sectionOrder = append([]string{"header", "resume"}, resume.Sections...)

func sectionRank(s string) int {
	for i, x := range sectionOrder {
		if x == s {
			return i
		}
	}
	return len(sectionOrder)
}

func (l *linter) add(rule, item, section, msg, suggestion string, lineHint string) {
	if l.off[rule] {
		return
	}
	f := Finding{Rule: rule, Severity: ruleByID(rule).Severity, Item: item, Message: msg, Suggestion: suggestion, section: section}
	f.Line = l.lines.findIn(section, lineHint)
	l.out = append(l.out, f)
}

func score(fs []Finding) *Report {
	r := &Report{Score: 100, Findings: fs}
	if r.Findings == nil {
		r.Findings = []Finding{}
	}
	per := map[string]*Deduction{}
	var order []string
	for _, f := range fs {
		d, ok := per[f.Rule]
		if !ok {
			d = &Deduction{Rule: f.Rule}
			per[f.Rule] = d
			order = append(order, f.Rule)
		}
		d.Count++
		d.Points = min(MaxPerRule, d.Points+Weights[f.Severity])
	}
	for _, id := range order {
		if d := per[id]; d.Points > 0 {
			r.Deductions = append(r.Deductions, *d)
			r.Score -= d.Points
		}
	}
	r.Score = max(0, r.Score)
	if r.Deductions == nil {
		r.Deductions = []Deduction{}
	}
	return r
}

// --- header and sections

var (
	githubRe   = lazy.Regexp(`(?i)github\.com|gitlab\.com`)
	linkedinRe = lazy.Regexp(`(?i)linkedin\.com`)
)

func (l *linter) header() {
	h := l.doc.Header
	var missing []string
	essential := false
	check := func(ok bool, name string, vital bool) {
		if !ok {
			missing = append(missing, name)
			essential = essential || vital
		}
	}
	var github, linkedin, portfolio bool
	for _, link := range h.Links {
		label := strings.ToLower(link.Label)
		switch {
		case githubRe().MatchString(link.URL) || label == "github" || label == "gitlab":
			github = true
		case linkedinRe().MatchString(link.URL) || label == "linkedin":
			linkedin = true
		default:
			portfolio = true
		}
	}
	check(h.Name != "", "name", true)
	check(h.Headline != "", "headline", false)
	check(h.Location != "", "location", false)
	check(h.Phone != "", "phone", false)
	check(h.Email != "", "e-mail", true)
	check(github, "GitHub link", false)
	check(portfolio, "portfolio link", false)
	check(linkedin, "LinkedIn link", false)
	if len(missing) == 0 {
		return
	}
	sev := Warning
	if essential {
		sev = Error
	}
	l.add("header-missing", "header", "header", "the header has no "+joinAnd(missing),
		"add "+joinAnd(missing)+": recruiters look for a headline matched to the role and links they can verify", h.Name)
	l.out[len(l.out)-1].Severity = sev
}

func (l *linter) sections() {
	d := l.doc
	type sec struct {
		name     string
		present  bool
		optional bool
	}
	for _, s := range []sec{
		{"summary", d.Summary != "", false}, {"experience", len(d.Roles) > 0, false}, {"skills", len(d.Skills) > 0, false},
		{"education", len(d.Education) > 0, false}, {"projects", len(d.Projects) > 0, true}, {"certifications", len(d.Certifications) > 0, true},
	} {
		if s.present || s.optional && len(d.Roles) >= 2 {
			continue
		}
		l.add("missing-section", s.name, s.name, "no "+s.name+" section", sectionAdvice[s.name], "")
		if s.optional {
			l.out[len(l.out)-1].Severity = Info
		}
	}
}

var sectionAdvice = map[string]string{
	"summary":        "open with a three-to-four-line summary: title, years, domain, core tools and one quantified result",
	"experience":     "list roles newest first with title, company, location, month-and-year dates and three to five bullets",
	"skills":         "add a grouped skills section (languages, frameworks, databases, cloud and DevOps)",
	"education":      "add degree, institution, location and graduation year",
	"projects":       "with little experience, show deployed projects or open-source work with what they solved",
	"certifications": "cloud and infrastructure certifications help where your history does not show a platform",
}

// --- summary and prose

var sentenceRe = lazy.Regexp(`[.!?]+(\s|$)`)

func sentences(s string) int {
	n := len(sentenceRe().FindAllStringIndex(strings.TrimSpace(s), -1))
	if n == 0 && strings.TrimSpace(s) != "" {
		n = 1
	}
	if t := strings.TrimSpace(s); t != "" && !strings.ContainsAny(t[len(t)-1:], ".!?") {
		n++
	}
	return n
}

func (l *linter) summary() {
	s := l.doc.Summary
	if s == "" {
		return
	}
	n := sentences(s)
	if n < l.opts.SummaryMinLines || n > l.opts.SummaryMaxLines {
		l.add("summary-length", resume.SecSummary, resume.SecSummary,
			fmt.Sprintf("the summary runs %d sentences; the guide wants %d to %d lines", n, l.opts.SummaryMinLines, l.opts.SummaryMaxLines),
			"keep title and years, domain, core tools and one or two quantified results: `bulletproof rewrite FILE --prompt summary-focus`", s)
	}
	l.prose(resume.SecSummary, resume.SecSummary, s)
}

// prose runs the vague-phrase and first-person rules on one text.
func (l *linter) prose(item, section, s string) {
	for _, v := range english.FindVague(s) {
		l.add("vague-phrase", item, section, fmt.Sprintf("%q is a claim no one can check", v.Phrase),
			"replace it with evidence: a tool you used or a result you measured", s)
	}
	if fp := english.FirstPerson(s); len(fp) > 0 {
		var words []string
		for _, p := range fp {
			words = append(words, s[p[0]:p[1]])
		}
		l.add("first-person", item, section, fmt.Sprintf("first person (%s)", strings.Join(dedupe(words), ", ")),
			"drop I, me and my: start with the verb (\"Led ...\")", s)
	}
}

// --- bullets

func (l *linter) bullets(items []resume.Item) {
	counts := map[string][]resume.Item{}
	for _, it := range items {
		if l.stopped() {
			return
		}
		if it.Section != resume.SecExperience && it.Section != resume.SecProjects || strings.HasSuffix(it.ID, ".description") {
			if it.Section == resume.SecProjects && strings.HasSuffix(it.ID, ".description") {
				l.prose(it.ID, it.Section, it.Text)
			}
			continue
		}
		text := it.Text
		l.prose(it.ID, it.Section, text)
		if o, _, ok := english.WeakOpener(text); ok {
			sugg := fmt.Sprintf("open with a verb of the same weight, such as %q", strings.Fields(o.Noun)[0])
			l.add("weak-opener", it.ID, it.Section, fmt.Sprintf("opens with %q", o.Phrase), sugg, text)
		}
		c := l.reader().Read(text)
		if len(c.Quantities) == 0 && len(c.Placeholders) == 0 && len(c.Percentiles) == 0 && it.Section == resume.SecExperience {
			l.add("no-metric", it.ID, it.Section, "states no measurable result",
				"add the number that shows the outcome (latency, throughput, uptime, cost, time saved), or mark the gap with `bulletproof rewrite FILE --prompt measurable-impact`", text)
		}
		if n := len(strings.Fields(text)); n > l.opts.LongBulletWords {
			l.add("long-bullet", it.ID, it.Section, fmt.Sprintf("%d words; keep bullets under %d", n, l.opts.LongBulletWords),
				"cut to action, method and result; move detail to another bullet", text)
		}
		if it.Section == resume.SecExperience {
			if it.Past && !english.OpensWithLabel(text) {
				if w := firstWord(text); w != "" {
					if _, form, ok := english.LookupVerb(w); ok && (form == english.FormBase || form == english.FormThird || form == english.FormIng) {
						l.add("tense", it.ID, it.Section, fmt.Sprintf("%q is present tense in a role you have left", w),
							fmt.Sprintf("use the past tense: %q", english.PastTense(w)), text)
					}
				}
			}
			if w := firstWord(text); w != "" {
				key := strings.ToLower(w)
				if v, _, ok := english.LookupVerb(key); ok {
					key = v.Base
				}
				counts[key] = append(counts[key], it)
			}
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		its := counts[k]
		if len(its) < l.opts.RepeatedVerb {
			continue
		}
		for _, it := range its[l.opts.RepeatedVerb-1:] {
			l.add("repeated-verb", it.ID, it.Section, fmt.Sprintf("%d bullets open with %q", len(its), firstWord(its[0].Text)),
				"vary the verb to say more precisely what you did (designed, migrated, automated, cut...)", it.Text)
		}
	}
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ",.;:")
}

// --- roles

func (l *linter) roles() {
	var prev time.Time
	for i, r := range l.doc.Roles {
		id := fmt.Sprintf("experience.%d", i)
		head := r.Title
		if n := len(r.Bullets); n < l.opts.BulletsMin || n > l.opts.BulletsMax {
			l.add("bullet-count", id, resume.SecExperience, fmt.Sprintf("%s has %d %s; the guide wants %d to %d", describeRole(r), n, pick(n == 1, "bullet", "bullets"), l.opts.BulletsMin, l.opts.BulletsMax),
				"keep the three to five bullets with the strongest results", head)
		}
		switch {
		case r.Start == "":
			l.add("experience-dates", id, resume.SecExperience, describeRole(r)+" has no dates", "add start and end as month and year (March 2021 – Present)", head)
		case !r.Current() && r.End == "" && !isPeriod(r.Start):
			l.add("experience-dates", id, resume.SecExperience, fmt.Sprintf("%s: %q has no end date", describeRole(r), r.Start),
				"give start and end as month and year (June 2019 – February 2022), or Present", head)
		case !rangeHasMonths(r):
			l.add("experience-dates", id, resume.SecExperience, fmt.Sprintf("%s: %q has no month", describeRole(r), strings.TrimSpace(r.Start+" – "+r.End)),
				"give month and year (June 2019 – February 2022)", head)
		}
		start, ok := parseDate(r.Start)
		if !ok {
			continue
		}
		if i > 0 && !prev.IsZero() && start.After(prev) {
			l.add("reverse-chronological", id, resume.SecExperience, describeRole(r)+" started after the role above it",
				"list roles newest first", head)
		}
		prev = start
	}
}

func describeRole(r resume.Role) string {
	if r.Company != "" {
		return r.Title + " at " + r.Company
	}
	return r.Title
}

// --- skills

func (l *linter) skills(items []resume.Item) {
	// what the prose shows, as the guard judges it (EKS shows AWS)
	var prose []claims.Claims
	var texts []string
	for _, it := range items {
		if l.stopped() {
			return
		}
		if it.Section != resume.SecSkills && it.Section != resume.SecCertifications && !it.Whole {
			prose = append(prose, l.reader().Read(it.Text))
			texts = append(texts, it.Text)
		}
	}
	sup := l.reader().Support(prose...)
	lower := newOccurrences(strings.ToLower(strings.Join(texts, "\n")))
	for i, g := range l.doc.Skills {
		for _, skill := range g.Items {
			if l.stopped() {
				return
			}
			ms := l.opts.Lexicon.Find("Skills: " + skill)
			anchored := len(ms) > 0
			for _, m := range ms {
				anchored = anchored && sup.Has(m.Entry.Name)
			}
			if len(ms) == 0 { // not a technology: "code review", "P&L management"
				anchored = lower.first(strings.ToLower(skill), 0, false) >= 0
			}
			if !anchored {
				l.add("unanchored-skill", fmt.Sprintf("skills.%d", i), resume.SecSkills, fmt.Sprintf("%q is listed but no bullet, project or summary shows it", skill),
					"add a bullet that shows where you used it, or drop it from the list", skill)
			}
		}
	}
}

// --- education

var (
	gpaNumRe = lazy.Regexp(`^\s*([0-9](?:\.[0-9]+)?)\s*(?:/\s*([0-9](?:\.[0-9]+)?))?`)
)

func (l *linter) education() {
	for i, e := range l.doc.Education {
		id := fmt.Sprintf("education.%d", i)
		if m := gpaNumRe().FindStringSubmatch(e.GPA); m != nil {
			gpa, _ := strconv.ParseFloat(m[1], 64)
			scale := 4.0
			if m[2] != "" {
				scale, _ = strconv.ParseFloat(m[2], 64)
			}
			if scale > 0 && gpa/scale*4 < l.opts.GPAMin {
				l.add("gpa-below-threshold", id, resume.SecEducation, fmt.Sprintf("GPA %s is below %.1f", e.GPA, l.opts.GPAMin),
					"leave the GPA out; relevant coursework and projects say more", e.GPA)
			}
		}
		// JSON Resume stores ISO dates by schema; a theme decides how they show
		if l.opts.Format == resume.JSONResume {
			continue
		}
		grad := e.End
		if grad == "" {
			grad = e.Start
		}
		if hasMonth(grad) {
			l.add("education-date", id, resume.SecEducation, fmt.Sprintf("graduation date %q has a month or day", grad),
				"give the year only (Graduated 2021)", grad)
		}
	}
}

// --- format advice

func (l *linter) formatAdvice() {
	years := l.yearsOfExperience()
	order := l.doc.Order
	pos := func(k string) int {
		for i, x := range order {
			if x == k {
				return i
			}
		}
		return -1
	}
	exp, sk, proj := pos(resume.SecExperience), pos(resume.SecSkills), pos(resume.SecProjects)
	switch {
	case years >= 3:
		l.add("format-advice", "resume", "resume", fmt.Sprintf("%s of engineering experience: a reverse-chronological layout suits you", yearsText(years)),
			"lead with experience; keep skills below it", "")
	case exp >= 0 && (sk > exp || sk < 0) && (proj > exp || proj < 0):
		l.add("format-advice", "resume", "resume", fmt.Sprintf("%s of engineering experience: a hybrid layout shows more", yearsText(years)),
			"move skills and projects above experience, and link code and demos", "")
	}
}

func yearsText(y float64) string {
	switch n := int(y + 0.5); n {
	case 0:
		return "less than a year"
	case 1:
		return "about 1 year"
	default:
		return fmt.Sprintf("about %d years", n)
	}
}

// techTitleRe picks the roles that count as engineering experience, so a
// career changer's years as a restaurant manager do not make them senior.
var techTitleRe = lazy.Regexp(`(?i)engineer|developer|programmer|software|data|analyst|scientist|architect|devops|sre|admin|technical|\bit\b|security|qa|test`)

// yearsOfExperience counts the time the engineering roles cover, once: a
// contract held while employed, or two titles at once, add no years.
func (l *linter) yearsOfExperience() float64 {
	type span struct{ s, e time.Time }
	var spans []span
	for _, r := range l.doc.Roles {
		if !techTitleRe().MatchString(r.Title) {
			continue
		}
		s, ok := parseDate(r.Start)
		if !ok {
			continue
		}
		e := l.opts.Now
		if !r.Current() {
			if d, ok := parseDate(r.End); ok {
				e = d
			}
		}
		if e.After(s) {
			spans = append(spans, span{s, e})
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.s.Compare(b.s) })
	total := 0.0
	var cur span
	for i, sp := range spans {
		switch {
		case i == 0:
			cur = sp
		case sp.s.After(cur.e):
			total += cur.e.Sub(cur.s).Hours() / 24 / 365.25
			cur = sp
		case sp.e.After(cur.e):
			cur.e = sp.e
		}
	}
	if len(spans) > 0 {
		total += cur.e.Sub(cur.s).Hours() / 24 / 365.25
	}
	return total
}

// --- helpers

func pick(one bool, a, b string) string {
	if one {
		return a
	}
	return b
}

func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if k := strings.ToLower(x); !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}
