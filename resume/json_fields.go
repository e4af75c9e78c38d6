package resume

import "strings"

// JSON resumes that people made up themselves name the same things with
// other keys: "info" for "basics", "bullets" for "highlights", "company"
// for "name", one "date" string for "startDate" and "endDate". These are
// the keys read, in order of preference; JSON Resume's own come first.
var (
	basicsKeys    = []string{"basics", "info", "personal", "personalInfo", "contact", "header"}
	workKeys      = []string{"work", "experience", "jobs", "employment", "positions", "workExperience"}
	roleTitleKeys = []string{"position", "title", "role", "jobTitle"}
	companyKeys   = []string{"name", "company", "employer", "organization", "organisation"}
	bulletKeys    = []string{"highlights", "bullets", "achievements", "responsibilities", "accomplishments", "tasks", "duties", "details", "items", "points", "bulletPoints", "descriptionPoints", "keyAchievements", "contributions"}
	startKeys     = []string{"startDate", "start", "from"}
	endKeys       = []string{"endDate", "end", "to"}
	rangeKeys     = []string{"date", "dates", "period", "time", "duration"}
	schoolKeys    = []string{"institution", "school", "university", "college", "name"}
	degreeKeys    = []string{"studyType", "degree"}
	areaKeys      = []string{"area", "major", "field", "fieldOfStudy"}
	scoreKeys     = []string{"score", "gpa", "grade"}
	urlKeys       = []string{"url", "link", "website", "homepage", "github"}
	summaryKeys   = []string{"summary", "objective", "about", "profile"}
	keywordKeys   = []string{"keywords", "technologies", "tech", "stack"}
)

// firstKey is the first of keys whose value in o is a non-empty string.
func firstKey(o *object, keys []string) string {
	for _, k := range keys {
		if s, ok := o.get(k).(string); ok && strings.TrimSpace(s) != "" {
			return k
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
	return b || h || set && !inc
}

// summaryBullets finds bullet lines written inside a string ("- Built
// X\n- Ran Y"): where each line's text sits, as slices of the string's
// text. At least two lines must be bullets.
func summaryBullets(r rich) []rich {
	var out []rich
	at := 0
	for _, line := range strings.SplitAfter(r.text, "\n") {
		start := at
		at += len(line)
		t := strings.TrimRight(line, "\r\n")
		lead := len(t) - len(strings.TrimLeft(t, " \t"))
		m := textBullet(t[lead:])
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
	return out
}
