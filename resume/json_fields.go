package resume

import (
	"strings"
	"unicode"
)

// JSON resumes that people made up themselves name the same things with
// other keys: "info" for "basics", "bullets" for "highlights", "company"
// for "name", one "date" string for "startDate" and "endDate". These are
// the keys read, in order of preference; JSON Resume's own come first.
var (
	nameKeys      = []string{"name", "fullName", "full_name", "nome", "nombre", "nom"}
	basicsKeys    = []string{"basics", "info", "personal", "personalInfo", "contact", "header"}
	workKeys      = []string{"work", "experience", "jobs", "employment", "positions", "workExperience", "employers"}
	roleTitleKeys = []string{"position", "title", "role", "jobTitle", "job_title", "job", "titel", "stelle", "posizione", "ruolo", "puesto", "cargo", "poste"}
	companyKeys   = []string{"name", "company", "employer", "organization", "organisation", "azienda", "empresa", "entreprise", "unternehmen", "firma", "arbeitgeber", "companyName", "company_name", "employerName"}
	bulletKeys    = []string{"highlights", "bullets", "achievements", "responsibilities", "accomplishments", "tasks", "duties", "details", "items", "points", "bulletPoints", "descriptionPoints", "keyAchievements", "contributions"}
	startKeys     = []string{"startDate", "start", "from", "startdatum", "beginn", "von"}
	endKeys       = []string{"endDate", "end", "to", "enddatum", "ende", "bis"}
	rangeKeys     = []string{"date", "dates", "range", "period", "time", "time_period", "duration", "periodo", "período", "période", "zeitraum", "datum"}
	schoolKeys    = []string{"institution", "school", "university", "college", "name", "istituto", "instituto", "instituição", "faculdade", "scuola", "universidad", "escuela", "école", "einrichtung", "hochschule", "schule", "schoolName", "school_name", "institutionName"}
	degreeKeys    = []string{"studyType", "degree", "titolo", "título", "titulo", "diplôme", "abschluss", "award", "qualification", "kurs", "course"}
	areaKeys      = []string{"area", "major", "field", "fieldOfStudy"}
	scoreKeys     = []string{"score", "gpa", "grade"}
	urlKeys       = []string{"url", "link", "website", "homepage", "github"}
	summaryKeys   = []string{"summary", "objective", "about", "profile"}
	keywordKeys   = []string{"keywords", "technologies", "tech", "stack"}
)

// keyKind reads a key as the heading it spells ("esperienze_professionali",
// "workExperience", "work-history"): people who make up their own
// JSON name its lists as they would title the sections of a page, in
// their own language, so the section table knows them.
func keyKind(key string) string {
	words := keyWords(key, false)
	k, _ := sectionKind(words)
	if k == "" {
		k = joinedCertKind(strings.Fields(words))
	}
	return k
}

// keyWords spells a key as words ("workExperience", "work_history" are
// "work Experience", "work history"), in lower case when lower is set.
func keyWords(key string, lower bool) string {
	var b strings.Builder
	prevLower := false
	for _, r := range key {
		switch {
		case r == '_' || r == '-' || r == '.':
			b.WriteByte(' ')
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			b.WriteByte(' ') // camelCase: a word starts
		}
		if lower {
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(r)
		}
		prevLower = unicode.IsLower(r)
	}
	return b.String()
}

// joinedCertKind reads a key that joins section names with no "and"
// ("CursosTreinamentosCertificacoes"): certificates listed with courses
// and trainings are a certificates section, as the heading "Courses &
// Certifications" is. Every word must name a section.
func joinedCertKind(words []string) string {
	if len(words) < 2 {
		return ""
	}
	cert := false
	for _, w := range words {
		switch k, _ := sectionKind(w); k {
		case SecCertifications:
			cert = true
		case kindOther:
		default:
			return ""
		}
	}
	if cert {
		return SecCertifications
	}
	return ""
}

// sectionKey is the root key that holds the section of kind: the first of
// own (JSON Resume's name) that the root has, or else the first key, in
// the file's order, whose name is a heading of that kind and that holds a
// list or an object.
func sectionKey(root *object, kind string, own ...string) string {
	for _, k := range own {
		if root.get(k) != nil {
			return k
		}
	}
	for _, k := range root.keys {
		if keyKind(k) == kind && holdsEntries(root, k) {
			return k
		}
	}
	// a list under a name no heading uses ("qualifications"): what its
	// entries hold says what it is
	if kind == SecEducation {
		for _, k := range root.keys {
			if keyKind(k) == "" && eduShaped(root.arr(k)) {
				return k
			}
		}
	}
	return ""
}

// workKey is the root key that holds the work entries: JSON Resume's
// "work", an English name for it, or a key named as an experience
// heading; the list must hold objects.
func workKey(root *object) string {
	// ("employment" beside an "experience" of skill lists, {"programming":
	// [...]}: the list whose entries name a post or an employer is the work)
	first := ""
	for _, k := range workKeys {
		if os := indexedObjects(root.arr(k)); len(os) > 0 {
			for _, o := range os {
				if firstKey(o.v, roleTitleKeys) != "" || firstKey(o.v, companyKeys) != "" {
					return k
				}
			}
			if first == "" {
				first = k
			}
		}
	}
	if first != "" {
		return first
	}
	for _, k := range root.keys {
		if keyKind(k) == SecExperience && len(indexedObjects(root.arr(k))) > 0 {
			return k
		}
	}
	// a list under a name no heading uses ("Berufe", "stations"): the one
	// whose entries name a post or an employer, not a school
	for _, k := range root.keys {
		if keyKind(k) != "" || eduShaped(root.arr(k)) {
			continue
		}
		for _, o := range indexedObjects(root.arr(k)) {
			if firstKey(o.v, roleTitleKeys) != "" || firstKey(o.v, companyKeys[1:]) != "" {
				return k
			}
		}
	}
	return ""
}

// holdsEntries: the value at k is a non-empty list or an object.
func holdsEntries(o *object, k string) bool {
	return len(o.arr(k)) > 0 || o.obj(k) != nil
}

// sentenceList is the one key of o, not a keyword list, whose array holds
// strings that are mostly sentences (three words or more, or a dozen letters unspaced): a work entry's
// bullets under a key of its author's own ("esperienza", "aufgaben"). Two
// such keys leave it undecided, so none is taken.
func sentenceList(o *object) string {
	found := ""
	for _, k := range o.keys {
		if containsFold(keywordKeys, k) {
			continue
		}
		ss := indexedStrings(o.arr(k))
		long := 0
		for _, s := range ss {
			// (a clause of Chinese or Japanese has no spaces: its letters
			// count, "负责内部数据看板的图表组件开发")
			if wordCount(s.v) >= 3 || unspacedLetters(s.v) >= 12 {
				long++
			}
		}
		if len(ss) == 0 || 2*long <= len(ss) {
			continue
		}
		if found != "" {
			// one list in two languages: the first language's
			if sameLangList(found, k) {
				continue
			}
			return ""
		}
		found = k
	}
	return found
}

// containsFold: keys holds k, ignoring case.
func containsFold(keys []string, k string) bool {
	for _, x := range keys {
		if strings.EqualFold(x, k) {
			return true
		}
	}
	return false
}

// firstKey is the first of keys whose value in o is a non-empty string;
// failing that, the first written in two languages, in the first
// language ("position_pt").
func firstKey(o *object, keys []string) string {
	for _, k := range keys {
		if s, ok := o.get(k).(string); ok && strings.TrimSpace(s) != "" {
			return k
		}
	}
	// a key its author capitalised ("Titel", "Unternehmen"): the same key
	for _, k := range keys {
		for _, ok := range o.keys {
			if ok != k && strings.EqualFold(ok, k) {
				if s, isStr := o.get(ok).(string); isStr && strings.TrimSpace(s) != "" {
					return ok
				}
			}
		}
	}
	for _, k := range keys {
		if v := langVariant(o, k); v != "" {
			if s, ok := o.get(v).(string); ok && strings.TrimSpace(s) != "" {
				return v
			}
		}
	}
	return ""
}

// firstStr is the value of firstKey.
func firstStr(o *object, keys []string) string {
	return o.str(firstKey(o, keys))
}

// firstStrings is the first of keys that holds an array with a string.
func firstStrings(o *object, keys []string) (string, []indexed[string]) {
	for _, k := range keys {
		if ss := indexedStrings(o.arr(k)); len(ss) > 0 {
			return k, ss
		}
	}
	return "", nil
}

// firstObject is the first of keys whose value in o is an object.
func firstObject(o *object, keys []string) (string, *object) {
	for _, k := range keys {
		if v := o.obj(k); v != nil {
			return k, v
		}
	}
	return "", nil
}

// jsonDates reads a start and end: their own keys, or one string that
// holds the range ("10/2019-Present").
func jsonDates(o *object) (start, end string, open bool) {
	start, end = firstStr(o, startKeys), firstStr(o, endKeys)
	if start != "" || end != "" {
		return start, end, start != "" && end == ""
	}
	if s := firstStr(o, rangeKeys); s != "" {
		if r, ok := FindDateRange(s); ok {
			return r.Start, r.End, r.Current && r.End == "" || r.Open
		}
		return s, "", false
	}
	return "", "", false
}

// hidden: the entry says it is not shown ("hide": true, "hidden": true,
// "include": false).
func hidden(o *object) bool {
	b, _ := o.get("hide").(bool)
	h, _ := o.get("hidden").(bool)
	inc, set := o.get("include").(bool)
	return b || h || set && !inc || blankEntry(o)
}

// blankEntry says an entry is a template's placeholder left unfilled
// ({"name": "", "date": "", "issuer": ""}): every value empty, at any
// depth. A resume started from a JSON Resume template keeps them in the
// sections it has nothing for; they are no certificate, job or degree.
func blankEntry(o *object) bool {
	if o == nil || len(o.keys) == 0 {
		return false
	}
	var blank func(v any) bool
	blank = func(v any) bool {
		switch x := v.(type) {
		case nil:
			return true
		case string:
			return strings.TrimSpace(x) == ""
		case []any:
			for _, e := range x {
				if !blank(e) {
					return false
				}
			}
			return true
		case *object:
			for _, k := range x.keys {
				if !blank(x.vals[k]) {
					return false
				}
			}
			return true
		}
		return false // a number or a flag is something written
	}
	return blank(o)
}

// summaryBullets finds bullet lines written inside a string ("- Built
// X\n- Ran Y"): where each line's text sits, as slices of the string's
// text. At least two lines must be bullets.
func summaryBullets(r rich) []rich {
	var out []rich
	at := 0
	// the line before the first marked one, when it is an item written
	// without its marker ("Migrated the NAS\n- set up ...\n- ran ..."),
	// not a lead-in ("Missions :") or a paragraph
	var first *rich
	for n, line := range strings.SplitAfter(r.text, "\n") {
		start := at
		at += len(line)
		t := strings.TrimRight(line, "\r\n")
		lead := len(t) - len(strings.TrimLeft(t, " \t"))
		m := textBullet(t[lead:])
		if m == "" && n == 0 && lead == 0 {
			if x := r.slice(start, start+len(t)).trim(); x.text != "" && !strings.HasSuffix(x.text, ":") && !strings.HasSuffix(x.text, ".") && wordCount(x.text) <= 16 {
				first = &x
			}
		}
		if m == "" && n == 1 {
			first = nil // the marked lines do not follow it
		}
		if m == "" || strings.TrimSpace(t[lead+len(m):]) == "" {
			continue
		}
		x := r.slice(start+lead+len(m), start+len(t)).trim()
		if x.text != "" {
			out = append(out, x)
		}
	}
	if len(out) < 2 {
		return nil
	}
	if first != nil {
		out = append([]rich{*first}, out...)
	}
	return out
}

// unspacedLetters counts the letters of scripts written without spaces
// between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese): a
// sentence in them is one "word" to wordCount, however long.
func unspacedLetters(t string) int {
	n := 0
	for _, r := range t {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			n++
		}
	}
	return n
}
