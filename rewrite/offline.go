package rewrite

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Offline is the deterministic engine used when no model is configured. It
// does what rules can do without inventing anything: strong verbs of the same
// ownership for weak openers, past tense for past roles, filler out, one
// capitalisation and punctuation style, the ad's spelling for tools the item
// already names, placeholders where a metric belongs, and ordering of skills
// and certifications. It sends nothing anywhere. The guard checks it like any
// other engine.
type Offline struct {
	// Lexicon holds extra technologies in the lexicon's line format, as
	// guard.Options.Lexicon does, beside the embedded table.
	Lexicon []byte
}

// Name implements Engine.
func (Offline) Name() string { return "offline" }

// Model implements Engine.
func (Offline) Model() string { return "" }

// OfflinePrompts lists the prompts the offline engine serves.
var OfflinePrompts = []string{"tighten-bullets", "measurable-impact", "project-descriptions", "match-job-language", "align-skills", "certifications", "education-relevance"}

// Rewrite implements Engine.
func (o Offline) Rewrite(_ context.Context, req Request) (Reply, error) {
	lex, err := lexicon.Load(o.Lexicon) // built once per set of extra entries
	if err != nil {
		return Reply{}, fmt.Errorf("the offline engine's lexicon: %w", err)
	}
	in := req.Data.Input
	var out string
	switch req.Template.Name {
	case "tighten-bullets", "project-descriptions":
		if req.Item.Section == "summary" {
			return Reply{}, ErrUnsupported
		}
		out = tighten(in, req.Data.Tense, req.Style, lex)
	case "measurable-impact":
		out = addPlaceholder(tighten(in, req.Data.Tense, req.Style, lex), lex)
	case "match-job-language":
		out = jobSpelling(in, req.Data.Job, lex)
	case "align-skills":
		out = orderSkills(in, req.Data.Job, lex)
	case "certifications":
		out = orderCertifications(in, lex)
	case "education-relevance":
		if !strings.HasSuffix(req.Item.ID, ".courses") {
			return Reply{}, ErrUnsupported
		}
		out = orderCourses(in)
	default:
		return Reply{}, ErrUnsupported
	}
	return Reply{Raw: out, Text: out}, nil
}

// tighten applies the bullet rules: weak opener, "used X to", tense, filler,
// tool capitals, first capital, the document's full-stop style. It never
// makes a bullet worse: text that is not English passes through, a rule
// that cannot apply cleanly leaves the bullet as it is, and names keep
// their case.
func tighten(s, tense string, style Style, lex *lexicon.Lexicon) string {
	t := strings.TrimSpace(s)
	if t == "" || !english.IsEnglish(t) {
		return s
	}
	t = english.RemoveFiller(t)
	t = replaceWeakOpener(t)
	t = restructureUsed(t)
	if tense == "past" {
		t = pastTense(t, lex)
	}
	t = toolCapitals(t, lex)
	t = capitalizeFirst(t, lex)
	return punctuate(t, style)
}

// replaceWeakOpener swaps a weak opener for a verb of the same ownership,
// leaving the bullet alone where no swap reads cleanly.
func replaceWeakOpener(s string) string {
	o, rest, ok := english.WeakOpener(s)
	if !ok || rest == "" || strings.ContainsAny(rest[:1], ",;:.()-") {
		return s // "Responsible for, among other things, ..."
	}
	words := strings.Fields(rest)
	first := strings.Trim(words[0], ",.;")
	tail := strings.TrimSpace(strings.TrimPrefix(rest, words[0]))
	// a gerund follows: "worked on migrating X" -> "Migrated X"
	if past, ok := english.IngToPast(first); ok {
		if o.GerundStays {
			return s // "Tasked with getting X": asked, not done
		}
		if o.Gerund == "" {
			return join(past, tail)
		}
		return join(o.Gerund, rest)
	}
	// an infinitive follows "helped (to)": "helped build X" -> "Contributed to building X"
	if o.TakesInfinitive {
		if _, form, ok := english.LookupVerb(first); ok && form == english.FormBase {
			return join(o.Gerund, english.Gerund(first), tail)
		}
		if o.Phrase == "helped to" && english.IsWordExact(first) {
			return join(o.Gerund, english.Gerund(first), tail)
		}
		// "Helped customers migrate": someone else's verb follows; any
		// swap would garble it
		for _, w := range words[1:min(len(words), 4)] {
			if _, form, ok := english.LookupVerb(strings.Trim(w, ",.;")); ok && form == english.FormBase {
				return s
			}
		}
	}
	return join(o.Noun, rest)
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

var usedRe = lazy.Regexp(`(?i)^(used|using|utilized|leveraged)\s+(.+?)\s+to\s+([a-z]+)\s+(.+)$`)

// restructureUsed: "Used Redis to cache lookups, cutting X" -> "Cached
// lookups with Redis, cutting X".
func restructureUsed(s string) string {
	m := usedRe().FindStringSubmatch(s)
	if m == nil || len(strings.Fields(m[2])) > 4 {
		return s
	}
	verb := strings.ToLower(m[3])
	if _, _, known := english.LookupVerb(verb); !known && !english.IsWordExact(verb) {
		return s
	}
	obj, rest := m[4], ""
	if i := strings.IndexAny(obj, ",;"); i >= 0 {
		obj, rest = obj[:i], obj[i:]
	}
	end := ""
	if strings.HasSuffix(obj, ".") && rest == "" {
		obj, end = strings.TrimSuffix(obj, "."), "."
	}
	return english.Capitalize(english.PastTense(verb)) + " " + obj + " with " + m[2] + rest + end
}

var conjoinedNext = map[string]bool{"the": true, "a": true, "an": true, "them": true, "it": true, "their": true, "its": true, "new": true, "all": true, "our": true}

// roleNouns follow "Lead" when it names a role, not an action ("Lead
// engineer on ...").
var roleNouns = map[string]bool{"engineer": true, "developer": true, "architect": true, "designer": true, "analyst": true,
	"programmer": true, "consultant": true, "scientist": true, "maintainer": true, "author": true, "contributor": true,
	"instructor": true, "member": true, "role": true, "position": true, "assistant": true, "manager": true,
	"coordinator": true, "intern": true, "lead": true, "specialist": true, "associate": true, "officer": true,
	"fellow": true, "director": true, "supervisor": true, "technician": true, "volunteer": true, "tutor": true}

// pastTense turns a present-tense or gerund opener, and verbs joined to it
// by "and", into the past tense; "Design and implementation of X" becomes
// "Designed and implemented X" when both nouns have verbs. What it cannot
// convert cleanly it leaves as it is: a noun that opens the bullet ("Lead
// engineer on ...", "Design of ..."), a noun joined to a verb, a name
// ("Go services", "`make` targets"), a word already in the past.
func pastTense(s string, lex *lexicon.Lexicon) string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return s
	}
	if out, ok := nominalOpener(words); ok {
		return out
	}
	if english.OpensWithLabel(s) {
		return s // "Route types: relay/mesh", "design: theme"
	}
	lead := strings.Trim(words[0], ",.;:")
	if lead == "" || len(lead) > 1 && strings.ToUpper(lead) == lead || identifier(lead, lex) || techAt(s, lex) {
		return s
	}
	if strings.HasSuffix(words[0], ",") || len(words) == 1 {
		return s // "testing, network administration": a list of things done
	}
	past, ok := english.ToPast(lead)
	if !ok {
		return s
	}
	if v, _, known := english.LookupVerb(lead); known && v.Weak {
		return s
	}
	next := ""
	if len(words) > 1 {
		next = strings.ToLower(strings.Trim(words[1], ",.;:"))
	}
	switch {
	case next == "of" || strings.EqualFold(lead, "lead") && (roleNouns[strings.TrimSuffix(next, "s")] || next == "for" || next == "on" || next == "at"):
		return s // a noun: "Design of the API", "Lead engineer on payments"
	case roleNouns[strings.TrimSuffix(next, "s")]:
		return s // a job title: "Teaching assistant for CS 6350", "Support engineer"
	case next == "for" && forNouns[strings.ToLower(lead)]:
		return s // a noun: "Support for production deployment" (no "Supported for")
	case next == "and" || next == "&":
		if len(words) > 2 {
			w := strings.Trim(words[2], ",.;:")
			if _, _, isVerb := english.LookupVerb(w); !isVerb {
				if _, irregular := english.ToPast(w); !irregular {
					return s // "Design and implementation of": a noun joined to a verb
				}
			}
		}
	}
	words[0] = strings.Replace(words[0], lead, past, 1)
	for i := 1; i+1 < len(words); i++ {
		if strings.HasSuffix(words[i-1], ";") {
			// a second clause opens with its own verb: "...; deploy to staging"
			w := strings.Trim(words[i], ",.;:")
			if _, f, ok := english.LookupVerb(w); ok && (f == english.FormBase || f == english.FormThird) && !identifier(w, lex) {
				words[i] = strings.Replace(words[i], w, english.PastTense(w), 1)
			}
			continue
		}
		if words[i-1] != "and" && !strings.HasSuffix(words[i-1], ",") {
			continue
		}
		w := strings.Trim(words[i], ",.;:")
		_, f, ok := english.LookupVerb(w)
		if ok && (f == english.FormBase || f == english.FormThird) && conjoinedNext[strings.ToLower(words[i+1])] {
			words[i] = strings.Replace(words[i], w, english.PastTense(w), 1)
		} else if p, ok := english.ToPast(w); ok && i == 2 && words[1] == "and" {
			words[i] = strings.Replace(words[i], w, p, 1) // "Design and implement a gateway"
		} else if ok && words[i-1] == "and" && (f == english.FormBase || f == english.FormThird) {
			// "Analyze feedback and make improvements": a verb left in the
			// present would mix tenses; better the bullet as it was
			return s
		}
	}
	return strings.Join(words, " ")
}

// forNouns open a bullet as nouns when "for" follows them.
var forNouns = map[string]bool{"support": true, "help": true, "design": true, "research": true, "work": true}

// nominalOpener rewrites a bullet that opens with nouns of action and "of"
// ("Design and implementation of X", "Development of X") into past-tense
// verbs ("Designed and implemented X"), when every noun has a verb.
func nominalOpener(words []string) (string, bool) {
	var verbs []string
	i := 0
	for ; i < len(words); i++ {
		w := strings.ToLower(words[i])
		if w == "of" {
			break
		}
		if len(verbs) > 0 && len(verbs) == (i+1)/2 && (w == "and" || w == "&") {
			continue
		}
		base, ok := english.VerbOfNoun(w)
		if !ok || i > 0 && words[i-1] != "and" && words[i-1] != "&" {
			return "", false
		}
		// "Testing the API" is a verb already: only nouns before "of" count
		verbs = append(verbs, english.PastTense(base))
	}
	if i == len(words) || i == 0 || len(verbs) == 0 || i+1 == len(words) {
		return "", false
	}
	first := verbs[0]
	if c := words[0][0]; c >= 'A' && c <= 'Z' {
		first = english.Capitalize(first)
	}
	out := append([]string{first}, words[1:i]...)
	for k, j := 1, 1; j < i; j++ {
		if w := strings.ToLower(words[j]); w != "and" && w != "&" {
			out[j] = verbs[k]
			k++
		}
	}
	rest := append([]string(nil), words[i+1:]...)
	for j := 1; j < len(rest); j++ {
		// "Analysis of metrics and fixing issues": the second action in
		// the past too, or the bullet as it was, never mixed tenses
		w := strings.Trim(rest[j], ",.;:")
		if rest[j-1] != "and" {
			continue
		}
		if _, f, ok := english.LookupVerb(w); ok && f == english.FormIng {
			p, ok := english.ToPast(w)
			if !ok {
				return "", false
			}
			rest[j] = strings.Replace(rest[j], w, p, 1)
		}
	}
	return strings.Join(append(out, rest...), " "), true
}

// techAt reports whether s opens with a technology ("Go services",
// "Spring Boot APIs"), which no tense rule may touch.
func techAt(s string, lex *lexicon.Lexicon) bool {
	for _, m := range lex.Find(s) {
		if m.Start == 0 {
			return true
		}
	}
	return false
}

// toolCapitals writes a tool the way its makers do when the text has it all
// in lower case ("python" -> "Python").
func toolCapitals(s string, lex *lexicon.Lexicon) string {
	ms := lex.Find(s)
	keep := protectedSpans(s)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		// products only: "event-driven microservices" stays in lower case;
		// and never inside a URL, domain, path or code span
		if m.Entry.IsPractice() || overlaps(keep, m.Start, m.End) {
			continue
		}
		if m.Text == strings.ToLower(m.Text) && m.Form != strings.ToLower(m.Form) && strings.EqualFold(m.Text, m.Form) {
			s = s[:m.Start] + m.Form + s[m.End:]
		}
	}
	return s
}

func punctuate(s string, style Style) string {
	s = strings.TrimRight(s, " ")
	has := strings.HasSuffix(s, ".")
	switch {
	case s == "":
		return s
	case style.Period && !has && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?"):
		// a fragment ("Java", "Skills: Java, Go") is no sentence to end
		if fragment(s) || strings.ContainsAny(s[len(s)-1:], ":;,`") || endsInURL(s) {
			return s
		}
		return s + "."
	case !style.Period && has && !strings.HasSuffix(s, "etc."):
		return strings.TrimSuffix(s, ".")
	}
	return s
}

// addPlaceholder appends a result placeholder to a bullet that states no
// quantity, so the candidate sees where a metric belongs: only to an
// English, sentence-like bullet (see sentenceLike), never to a skill, an
// empty highlight or a list after a colon.
func addPlaceholder(s string, lex *lexicon.Lexicon) string {
	if !sentenceLike(s) || !english.IsEnglish(s) || recognition(s) || mostlyTools(s, lex) {
		return s
	}
	c := claims.MustNew(claims.Options{Lexicon: lex.Extra()}).Read(s)
	if len(c.Quantities) > 0 || len(c.Placeholders) > 0 {
		return s
	}
	period := strings.HasSuffix(s, ".")
	s = strings.TrimSuffix(s, ".")
	s += ", resulting in [measurable result, e.g. X% faster or N users]"
	if period {
		s += "."
	}
	return s
}

// jobSpelling rewrites each tool the item names in the job ad's spelling of
// the same tool (Postgres -> PostgreSQL). Tools the item does not name are
// never added.
func jobSpelling(s, job string, lex *lexicon.Lexicon) string {
	spelling := map[*lexicon.Entry]string{}
	for _, m := range lex.Find(job) {
		if _, ok := spelling[m.Entry]; !ok {
			spelling[m.Entry] = m.Text
		}
	}
	ms := lex.Find(s)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		sp, ok := spelling[m.Entry]
		// an ad written in lower case does not lower the candidate's
		// capitals, and a canonical name ("Go") never becomes an alias
		// ("Golang")
		if !ok || sp == m.Text || sp == strings.ToLower(sp) && m.Text != strings.ToLower(m.Text) ||
			m.Text == m.Entry.Name && sp != m.Entry.Name {
			continue
		}
		s = s[:m.Start] + sp + s[m.End:]
	}
	return s
}

// orderSkills reorders skill lines, and skills within a line, so that what
// the job names comes first, in the job's order; the rest keep their order.
func orderSkills(section, job string, lex *lexicon.Lexicon) string {
	rank := map[*lexicon.Entry]int{}
	for i, m := range lex.Find(job) {
		if _, ok := rank[m.Entry]; !ok {
			rank[m.Entry] = i
		}
	}
	score := func(item string) int {
		best := 1 << 30
		// read the skill as a list item, so "Go" counts as the language
		for _, m := range lex.Find("Skills: " + item) {
			if r, ok := rank[m.Entry]; ok && r < best {
				best = r
			}
		}
		return best
	}
	lines := strings.Split(section, "\n")
	lineScore := make([]int, len(lines))
	for i, l := range lines {
		name, items, hasName := strings.Cut(l, ":")
		if !hasName {
			items, name = name, ""
		}
		parts := splitList(items)
		sort.SliceStable(parts, func(a, b int) bool { return score(parts[a]) < score(parts[b]) })
		best := 1 << 30
		for _, p := range parts {
			best = min(best, score(p))
		}
		lineScore[i] = best
		if hasName {
			lines[i] = name + ": " + strings.Join(parts, ", ")
		} else {
			lines[i] = strings.Join(parts, ", ")
		}
	}
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return lineScore[idx[a]] < lineScore[idx[b]] })
	out := make([]string, len(lines))
	for i, k := range idx {
		out[i] = lines[k]
	}
	return strings.Join(out, "\n")
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// cloudNative categories lead the certifications a cloud-native role values.
var cloudNative = map[string]int{"cloud": 0, "cloud-service": 0, "container": 0, "iac": 0, "cicd": 1, "security": 1, "database": 2, "language": 2, "framework": 2}

// orderCertifications puts cloud, Kubernetes and infrastructure-as-code
// certifications first, then CI/CD and security, then languages and
// databases, then the rest, keeping the written order within each group.
func orderCertifications(section string, lex *lexicon.Lexicon) string {
	lines := strings.Split(section, "\n")
	rank := func(l string) int {
		best := 3
		for _, m := range lex.Find(l) {
			if r, ok := cloudNative[m.Entry.Category]; ok && r < best {
				best = r
			}
		}
		return best
	}
	sort.SliceStable(lines, func(a, b int) bool { return rank(lines[a]) < rank(lines[b]) })
	return strings.Join(lines, "\n")
}

var backendCourse = lazy.Regexp(`(?i)distributed|database|operating system|network|algorithm|data structure|cloud|systems|concurren|security|compiler|parallel|software engineering`)

// orderCourses puts the courses most relevant to backend work first.
func orderCourses(s string) string {
	parts := splitList(s)
	sort.SliceStable(parts, func(a, b int) bool {
		return backendCourse().MatchString(parts[a]) && !backendCourse().MatchString(parts[b])
	})
	return strings.Join(parts, ", ")
}

// recognition: a bullet that is itself a result ("Recognized with the
// county's service award"); a placeholder after it would read as nonsense.
func recognition(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	switch strings.ToLower(strings.Trim(first, ",.;:")) {
	case "recognized", "recognised", "awarded", "won", "named", "selected", "honored", "honoured", "nominated", "received":
		return true
	}
	return false
}

// mostlyTools: half the words or more name technologies ("Worked in C++,
// Java, MySQL, Node.js and React"): a list, whatever verb opens it.
func mostlyTools(s string, lex *lexicon.Lexicon) bool {
	return 2*len(lex.Find(s)) >= len(strings.Fields(s))
}

// sentenceLike: at least four words, two of them ordinary lower-case words
// (not a list of tools), and no ':' or ';' (after which a placeholder would
// dangle off a list or a second clause).
func sentenceLike(s string) bool {
	if len(strings.Fields(s)) < 4 || strings.ContainsAny(unprotected(s), ":;") {
		return false
	}
	// one sentence: a paragraph of several (a role told in prose) gets no
	// placeholder tacked onto its last
	t := strings.TrimSpace(unprotected(s))
	if strings.Count(strings.TrimSuffix(t, "."), ". ") > 0 {
		return false
	}
	// nor a list of things with no verb ("architecture, leadership, product dev")
	if strings.Count(t, ",") >= 2 && !hasVerb(t) {
		return false
	}
	return plainWords(s) >= 2
}

// hasVerb: some word of s is a verb in the past, in -ing or in the third
// person.
func hasVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		if _, form, ok := english.LookupVerb(strings.Trim(w, ",.;:()")); ok && form != english.FormBase {
			return true
		}
	}
	return false
}

// plainWords counts the ordinary lower-case English words in s.
func plainWords(s string) int {
	n := 0
	for _, w := range strings.Fields(unprotected(s)) {
		w = strings.Trim(w, ",.()")
		if w != "" && w == strings.ToLower(w) && english.IsWord(w) {
			n++
		}
	}
	return n
}

// unprotected is s with its URLs, domains, paths and code spans blanked.
func unprotected(s string) string {
	b := []byte(s)
	for _, sp := range protectedSpans(s) {
		for i := sp[0]; i < sp[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// endsInURL: a full stop after a URL would read as part of it.
func endsInURL(s string) bool {
	for _, sp := range protectedSpans(s) {
		if sp[1] == len(s) {
			return true
		}
	}
	return false
}

// fragment: not a sentence to end with a full stop: under three words
// ("Java"), a list after a colon, or no ordinary word and no verb.
func fragment(s string) bool {
	words := strings.Fields(s)
	if len(words) < 3 {
		return true
	}
	// a list after a colon ("Implemented caching: Redis")
	if i := strings.LastIndex(unprotected(s), ":"); i >= 0 && plainWords(s[i+1:]) == 0 {
		return true
	}
	return plainWords(s) == 0 && !english.IsVerb(strings.Trim(words[0], ",.;:"))
}
