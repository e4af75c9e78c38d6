package resume

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ParseJSONResume reads a JSON Resume (jsonresume.org schema). Fields the
// model does not hold are kept; every rewritable string remembers where it
// sits, so writing edits it in place.
func ParseJSONResume(data []byte) (*Document, error) {
	v, err := decodeJSON(data)
	if err != nil {
		return nil, jsonError(data, err)
	}
	vals, err := jsonSpans(data)
	if err != nil {
		return nil, jsonError(data, err)
	}
	root, ok := v.(*object)
	if !ok {
		if root, ok = bareWorkList(v); !ok {
			return nil, errors.New("a JSON Resume must be a JSON object")
		}
		vals = underKey("work", vals)
	}
	lines := newLineIndex(data)
	d := &Document{raw: root, Format: JSONResume, src: data, places: map[string]place{}, jsonVals: vals}
	lineOf := func(path string) int {
		if v, ok := vals[path]; ok {
			return lines.line(v.span.Start)
		}
		return 0
	}
	// str places the string at path as item id
	str := func(id, path string) {
		v, ok := vals[path]
		if !ok || v.kind != '"' {
			return
		}
		r := jsonStringRich(data, v.inner(), lines.line(v.span.Start)).trim()
		d.places[id] = place{text: r.text, line: r.line, span: r.span(), pieces: r.pieces, groups: r.groups, json: path}
	}
	entry := func(id, path string) {
		d.places[id] = place{line: lineOf(path), span: vals[path].span, json: path}
	}
	// a resume kept under one key ({"resume": {...}}, {"cv": {...}}): read
	// what is under it, its paths starting with the key
	base := ""
	outer := root
	if wk, inner := wrappedResume(root); inner != nil {
		base, root = wk+".", inner
	}
	basicsKey, b := firstObject(root, basicsKeys)
	if b != nil {
		d.Header = Header{Name: firstStr(b, nameKeys), Headline: firstStr(b, []string{"label", "title", "headline"}), Email: b.str("email"), Phone: b.str("phone")}
		if loc := b.obj("location"); loc != nil {
			d.Header.Location = joinNonEmpty(", ", loc.str("city"), loc.str("region"), loc.str("countryCode"))
		} else {
			d.Header.Location = b.str("location")
		}
		for _, k := range []string{"url", "website", "homepage"} {
			if u := b.str(k); u != "" {
				d.Header.Links = append(d.Header.Links, Link{URL: u})
			}
		}
		for _, k := range []string{"github", "linkedin", "twitter", "gitlab"} {
			if u := b.str(k); u != "" {
				d.Header.Links = append(d.Header.Links, Link{Label: titleWord(k), URL: u})
			}
		}
		for _, p := range b.arr("profiles") {
			if po, ok := p.(*object); ok {
				d.Header.Links = append(d.Header.Links, Link{Label: po.str("network"), URL: firstNonEmpty(po.str("url"), po.str("username"))})
			}
		}
		if d.Summary = strings.TrimSpace(b.str("summary")); d.Summary != "" {
			str(SecSummary, base+basicsKey+".summary")
		}
	}
	// a home-grown file names its person at the top, beside its lists
	if d.Header.Name == "" {
		d.Header.Name = firstStr(root, nameKeys)
	}
	if d.Header.Headline == "" {
		d.Header.Headline = firstStr(root, []string{"headline", "label"})
	}
	// a summary of its own at the top ("summary", "objective")
	summaryKey := ""
	if d.Summary == "" {
		if k := firstKey(root, summaryKeys); k != "" {
			summaryKey = k
			d.Summary = strings.TrimSpace(root.str(k))
			str(SecSummary, base+k)
		}
	}
	section := func(kind, key string) {
		d.Order = appendOnce(d.Order, kind)
		d.Sections = append(d.Sections, SectionInfo{Kind: kind, Title: key, Line: lineOf(base + key)})
	}
	workKey := workKey(root)
	keys := rootKeys(root, base)
	projectsKey, projectsIn := sectionKeyBeside(root, outer, base, &keys, SecProjects, "projects")
	educationKey, educationIn := sectionKeyBeside(root, outer, base, &keys, SecEducation, "education")
	certsKey, certsIn := sectionKeyBeside(root, outer, base, &keys, SecCertifications, "certificates")
	moreEducation := moreEducationKeys(educationIn, educationKey, workKey, projectsKey, certsKey)
	for _, rk := range keys {
		// (root and base are those of the object the key is in)
		key := rk.key
		root, base = rk.o, rk.base
		switch {
		case key == basicsKey:
			if d.Summary != "" && summaryKey == "" {
				d.Order = append(d.Order, SecSummary)
				d.Sections = append(d.Sections, SectionInfo{Kind: SecSummary, Title: key + ".summary", Line: lineOf(base + key + ".summary")})
			}
		case key == summaryKey:
			section(SecSummary, key)
		case key == workKey:
			section(SecExperience, key)
			listKeys := siblingListKeys(indexedObjects(root.arr(key)))
			for _, it := range indexedObjects(root.arr(key)) {
				k, w := it.i, it.v
				if hidden(w) {
					continue
				}
				path := fmt.Sprintf("%s%s.%d", base, key, k)
				// one employer's roles listed inside its entry
				// ("positions": [{"position": ...}, ...])
				if pk, ps := firstKeyObjects(w, positionsKeys); len(ps) > 0 {
					company := firstStr(w, companyKeys)
					first := len(d.Roles)
					posKeys := siblingListKeys(ps)
					for _, p := range ps {
						if !hidden(p.v) {
							d.roleFromJSON(p.v, fmt.Sprintf("%s.%s.%d", path, pk, p.i), company, posKeys, lines, lineOf, str)
						}
					}
					d.employerBullets(w, path, first, str)
					continue
				}
				d.roleFromJSON(w, path, "", listKeys, lines, lineOf, str)
			}
		case key == "skills":
			if !standardSkills(root.arr(key)) {
				d.otherFromJSON(key, root.get(key), lineOf(base+key))
				continue
			}
			section(SecSkills, key)
			for _, it := range indexedObjects(root.arr("skills")) {
				k, s := it.i, it.v
				path := fmt.Sprintf("%sskills.%d", base, k)
				entry(fmt.Sprintf("skills.%d", len(d.Skills)), path)
				d.Skills = append(d.Skills, SkillGroup{LineNo: lineOf(path), Name: s.str("name"), Level: s.str("level"), Items: s.strings("keywords"), raw: s})
			}
		case key == projectsKey && root == projectsIn:
			section(SecProjects, key)
			for _, it := range indexedObjects(root.arr(key)) {
				k, p := it.i, it.v
				if hidden(p) {
					continue
				}
				path := fmt.Sprintf("%s%s.%d", base, key, k)
				pi := len(d.Projects)
				pr := Project{LineNo: lineOf(path), Name: firstStr(p, []string{"name", "title"}), URL: firstStr(p, urlKeys), Description: p.str("description"),
					Keywords: p.strings(firstKeyArr(p, keywordKeys)), raw: p}
				pr.Start, pr.End, _ = jsonDates(p)
				if pr.Description != "" {
					str(fmt.Sprintf("projects.%d.description", pi), path+".description")
				}
				bk, hs := firstStrings(p, bulletKeys)
				for _, it := range hs {
					str(fmt.Sprintf("projects.%d.bullets.%d", pi, len(pr.Bullets)), fmt.Sprintf("%s.%s.%d", path, bk, it.i))
					pr.Bullets = append(pr.Bullets, it.v)
				}
				d.Projects = append(d.Projects, pr)
			}
		case (key == educationKey || containsFold(moreEducation, key)) && root == educationIn:
			section(SecEducation, key)
			var paths []string
			var eds []*object
			if one := root.obj(key); hhEducation(one) {
				d.hhEducationLists(one, base+key, lineOf, entry)
				if len(d.Certifications) > 0 {
					d.Order = appendOnce(d.Order, SecCertifications)
				}
				continue
			} else if one != nil {
				// one degree, as an object
				paths, eds = append(paths, base+key), append(eds, one)
			}
			for _, it := range indexedObjects(root.arr(key)) {
				paths, eds = append(paths, fmt.Sprintf("%s%s.%d", base, key, it.i)), append(eds, it.v)
			}
			for i, e := range eds {
				if blankEntry(e) {
					continue
				}
				path := paths[i]
				ei := len(d.Education)
				ed := Education{LineNo: lineOf(path), StudyType: firstStr(e, degreeKeys), Area: firstStr(e, areaKeys), Institution: firstStr(e, schoolKeys),
					GPA: firstStr(e, scoreKeys), Courses: e.strings("courses"), raw: e}
				ed.Start, ed.End, _ = jsonDates(e)
				if len(ed.Courses) > 0 {
					entry(fmt.Sprintf("education.%d.courses", ei), path+".courses")
				}
				d.Education = append(d.Education, ed)
			}
		case key == certsKey && root == certsIn:
			section(SecCertifications, key)
			typed := typedCerts(root.arr(key))
			for k, v := range root.arr(key) {
				path := fmt.Sprintf("%s%s.%d", base, key, k)
				if typed && !certTyped(v) {
					continue // a course listed with the certificates
				}
				if o, ok := v.(*object); ok && blankEntry(o) {
					continue
				}
				c := certFromJSON(v)
				if c.Name == "" && c.raw == nil {
					continue
				}
				if c.raw != nil {
					entry(fmt.Sprintf("certifications.%d", len(d.Certifications)), path)
				} else {
					str(fmt.Sprintf("certifications.%d", len(d.Certifications)), path)
				}
				c.LineNo = lineOf(path)
				d.Certifications = append(d.Certifications, c)
			}
		case key == "volunteer", key == "awards", key == "publications", key == "languages", key == "interests", key == "references":
			sec := otherSection(key, root.arr(key))
			if len(sec.Lines) > 0 {
				d.Other = append(d.Other, sec)
				d.Order = append(d.Order, fmt.Sprintf("other.%d", len(d.Other)-1))
				d.Sections = append(d.Sections, SectionInfo{Kind: kindOther, Title: key, Line: lineOf(base + key)})
			}
		}
	}
	return d, nil
}

// moreEducationKeys are the keys beside the education key that hold
// education too: German CVs in JSON of their author's own split it as a
// page does ("Studium", "Schulbildung", "Weiterbildung"), each a list or
// one entry. A key named as an education heading holds it, or a key no
// section owns whose entries each name a school and a degree or course.
func moreEducationKeys(in *object, first string, taken ...string) []string {
	if first == "" || in == nil {
		return nil
	}
	var out []string
	for _, k := range in.keys {
		if k == first || containsFold(taken, k) || !holdsEntries(in, k) {
			continue
		}
		switch keyKind(k) {
		case SecEducation:
			if eduEntries(in, k) {
				out = append(out, k)
			}
		case "", kindOther:
			if eduShaped(in.arr(k)) {
				out = append(out, k)
			}
		}
	}
	return out
}

// eduEntries: the value at k is a list of objects or one object, as
// education entries are.
func eduEntries(o *object, k string) bool {
	if o.obj(k) != nil {
		return true
	}
	return len(indexedObjects(o.arr(k))) == len(o.arr(k))
}

// rootKey is a key of the object a resume's sections are read from, with
// the path of that object.
type rootKey struct {
	o         *object
	base, key string
}

// rootKeys are o's keys, in order.
func rootKeys(o *object, base string) []rootKey {
	out := make([]rootKey, 0, len(o.keys))
	for _, k := range o.keys {
		out = append(out, rootKey{o, base, k})
	}
	return out
}

// sectionKeyBeside finds the key of a section of kind in root, or, when
// root is a wrapper's object and has none, beside the wrapper in outer
// ({"experience": {"work": [...]}, "projects": [...]}); a key found there
// is added to keys. It returns the key and the object it is in; base is
// root's path.
func sectionKeyBeside(root, outer *object, base string, keys *[]rootKey, kind string, own ...string) (string, *object) {
	in, inBase := root, base
	k := sectionKey(root, kind, own...)
	if k == "" && outer != root {
		in, inBase = outer, ""
		if k = sectionKey(outer, kind, own...); k != "" {
			*keys = append(*keys, rootKey{outer, "", k})
		}
	}
	if k == "" {
		return "", in
	}
	// a section titled as on a page that holds only its list under a key
	// of its own ("Education": {"education": [...]}): the list is read
	// where it is, in the titled key's place
	if inner := in.obj(k); inner != nil {
		if ik := titledList(inner, kind, own...); ik != "" {
			for i, rk := range *keys {
				if rk.o == in && rk.key == k {
					(*keys)[i] = rootKey{inner, inBase + k + ".", ik}
				}
			}
			return ik, inner
		}
	}
	return k, in
}

// titledList is o's only key when it names a section of kind and holds a
// list: a titled section's own list.
func titledList(o *object, kind string, own ...string) string {
	if len(o.keys) != 1 {
		return titledPageList(o)
	}
	k := o.keys[0]
	if len(o.arr(k)) == 0 || (!containsFold(own, k) && keyKind(k) != kind) {
		return ""
	}
	return k
}

// sectionTitleKeys hold the title a page shows over a section.
var sectionTitleKeys = []string{"title", "heading", "header", "label", "titulo", "título", "titel", "titre", "titolo"}

// titledPageList is the list of a section written as a page lays it out,
// its title beside its one list ({"title": "Projetos", "items": [...]},
// {"heading": "Certifications", "list": [...], "intro": "..."}): the one
// key that holds a list when the others hold text and one is a title.
func titledPageList(o *object) string {
	list, titled := "", false
	for _, k := range o.keys {
		switch v := o.get(k).(type) {
		case string:
			titled = titled || containsFold(sectionTitleKeys, k) && strings.TrimSpace(v) != ""
		case []any:
			if list != "" || len(v) == 0 {
				return ""
			}
			list = k
		default:
			return ""
		}
	}
	if !titled {
		return ""
	}
	return list
}

// roleFromJSON reads one work entry at path into a role; company, when
// given, is the employer of an entry listed inside the employer's;
// listKeys are the keys its sibling entries hold their bullets under.
func (d *Document) roleFromJSON(w *object, path, company string, listKeys []string, lines lineIndex, lineOf func(string) int, str func(id, path string)) {
	ri := len(d.Roles)
	r := Role{LineNo: lineOf(path), Title: firstStr(w, roleTitleKeys), Company: firstStr(w, companyKeys),
		Location: w.str("location"), Summary: w.str("summary"), raw: w}
	if r.Company == r.Title {
		r.Company = firstStr(w, companyKeys[1:])
	}
	if company != "" {
		r.Company = company
	}
	// JSON Resume leaves endDate out of a current role
	r.Start, r.End, r.open = jsonDates(w)
	bk, hs := firstStrings(w, bulletKeys)
	if bk == "" {
		if bk = sentenceList(w); bk != "" {
			hs = indexedStrings(w.arr(bk))
		}
	}
	for _, it := range hs {
		if strings.TrimSpace(it.v) == "" {
			continue // an empty highlight holds nothing to rewrite
		}
		str(fmt.Sprintf("experience.%d.bullets.%d", ri, len(r.Bullets)), fmt.Sprintf("%s.%s.%d", path, bk, it.i))
		r.Bullets = append(r.Bullets, it.v)
	}
	// highlights written as objects ([{"text": "Built X"}]): their text
	if len(r.Bullets) == 0 {
		for _, k := range bulletKeys {
			for _, it := range indexedObjects(w.arr(k)) {
				if tk := firstKey(it.v, bulletTextKeys); tk != "" {
					str(fmt.Sprintf("experience.%d.bullets.%d", ri, len(r.Bullets)), fmt.Sprintf("%s.%s.%d.%s", path, k, it.i, tk))
					r.Bullets = append(r.Bullets, it.v.str(tk))
				}
			}
			if len(r.Bullets) > 0 {
				break
			}
		}
	}
	// each bullet written as its translations ("punkte": [{"de": "…",
	// "en": "…"}]): the first language's
	if len(r.Bullets) == 0 {
		if k := langItemList(w); k != "" {
			for _, it := range indexedObjects(w.arr(k)) {
				lk := langText(it.v)
				if strings.TrimSpace(it.v.str(lk)) == "" {
					continue
				}
				str(fmt.Sprintf("experience.%d.bullets.%d", ri, len(r.Bullets)), fmt.Sprintf("%s.%s.%d.%s", path, k, it.i, lk))
				r.Bullets = append(r.Bullets, it.v.str(lk))
			}
		}
	}
	// bullet lines written inside one string: the highlights' own, or
	// the summary's ("• Built X\n• Ran Y")
	if len(r.Bullets) == 0 {
		r.Bullets = d.stringBullets(fmt.Sprintf("experience.%d.bullets.", ri), path+"."+firstKey(w, append(append([]string(nil), bulletKeys...), "summary", "description")), lines)
	}
	// a role told in prose, with no list: its text is its one item, as
	// in Markdown, so the prompts can rewrite it
	// the key the other entries list their bullets under, holding one
	// string here ("atividades": "Sustentação ..."): a list of one
	if len(r.Bullets) == 0 {
		for _, k := range append(listKeys, labelStringKeys(w)...) {
			if t := strings.TrimSpace(w.str(k)); wordCount(t) >= 3 || unspacedLetters(t) >= 12 {
				r.Bullets = d.stringParagraphs(fmt.Sprintf("experience.%d.bullets.", ri), path+"."+k, lines)
				break
			}
		}
	}
	if len(r.Bullets) == 0 {
		for _, k := range []string{"summary", "description"} {
			if t := strings.TrimSpace(w.str(k)); wordCount(t) >= 3 || unspacedLetters(t) >= 12 {
				if r.Bullets = d.stringParagraphs(fmt.Sprintf("experience.%d.bullets.", ri), path+"."+k, lines); len(r.Bullets) > 0 {
					r.Summary = ""
				}
				break
			}
		}
	}
	d.Roles = append(d.Roles, r)
}

// certFromJSON reads a certificate written as an object or, in a
// home-grown list, as its bare name.
func certFromJSON(v any) Certification {
	switch c := v.(type) {
	case *object:
		return Certification{Name: firstStr(c, certNameKeys), Issuer: firstStr(c, certIssuerKeys), Date: firstStr(c, certDateKeys), URL: firstStr(c, urlKeys), raw: c}
	case string:
		return Certification{Name: strings.TrimSpace(c)}
	}
	return Certification{}
}

// bulletTextKeys hold a bullet's text in a highlight written as an object.
var bulletTextKeys = []string{"text", "description", "value", "highlight", "content", "name"}

// positionsKeys hold an employer's roles inside its work entry, in the
// languages people name their own keys in ("puestos", "cargos").
var positionsKeys = []string{"positions", "roles", "titles", "puestos", "cargos", "postes", "posizioni", "ruoli", "positionen", "stellen", "stanowiska"}

// firstKeyObjects is the first of keys that holds an array of objects.
func firstKeyObjects(o *object, keys []string) (string, []indexed[*object]) {
	for _, k := range keys {
		if os := indexedObjects(o.arr(k)); len(os) > 0 {
			return k, os
		}
	}
	return "", nil
}

// wrappedResume: the root holds one object that holds the resume (a work
// list under "resume", "cv", "data"), and no work list of its own.
func wrappedResume(root *object) (string, *object) {
	if workKey(root) != "" {
		return "", nil
	}
	for _, k := range root.keys {
		if inner := root.obj(k); inner != nil && workKey(inner) != "" {
			return k, inner
		}
	}
	return "", nil
}

// bareWorkList reads a file that is only a list of jobs (hugo-resume's
// data/experience.json) as a resume whose "work" the list is: every entry
// an object naming a title, so that any other array stays refused.
func bareWorkList(v any) (*object, bool) {
	arr, ok := v.([]any)
	if !ok || len(arr) == 0 {
		return nil, false
	}
	for _, e := range arr {
		o, ok := e.(*object)
		if !ok || firstKey(o, roleTitleKeys) == "" {
			return nil, false
		}
	}
	root := newObject()
	root.set("work", arr)
	return root, true
}

// underKey moves every path of vals under key, as the paths of a bare list
// read as that key's value are.
func underKey(key string, vals map[string]jsonVal) map[string]jsonVal {
	out := make(map[string]jsonVal, len(vals))
	for p, v := range vals {
		if p == "" {
			out[key] = v
			continue
		}
		out[key+"."+p] = v
	}
	return out
}

// stringBullets reads bullet lines written inside the string at path ("-
// Built X\n- Ran Y" in a work's summary, its highlights left empty): each
// placed where it sits in the string, under ids prefix+N.
func (d *Document) stringBullets(prefix, path string, lines lineIndex) []string {
	v, ok := d.jsonVals[path]
	if !ok || v.kind != '"' {
		return nil
	}
	var out []string
	for _, x := range summaryBullets(jsonStringRich(d.src, v.inner(), lines.line(v.span.Start))) {
		id := fmt.Sprintf("%s%d", prefix, len(out))
		d.places[id] = place{text: x.text, line: x.line, span: x.span(), pieces: x.pieces, groups: x.groups, json: path}
		out = append(out, x.text)
	}
	return out
}

// stringParagraphs reads the paragraphs of the string at path (split by a
// blank line) as items prefix+N, each placed where it sits in the string.
func (d *Document) stringParagraphs(prefix, path string, lines lineIndex) []string {
	v, ok := d.jsonVals[path]
	if !ok || v.kind != '"' {
		return nil
	}
	x := jsonStringRich(d.src, v.inner(), lines.line(v.span.Start))
	var out []string
	for from := 0; from < len(x.text); {
		to := strings.Index(x.text[from:], "\n\n")
		if to < 0 {
			to = len(x.text)
		} else {
			to += from
		}
		for _, p := range stringLines(x.slice(from, to).trim()) {
			if p.text == "" {
				continue
			}
			id := fmt.Sprintf("%s%d", prefix, len(out))
			d.places[id] = place{text: p.text, line: p.line, span: p.span(), pieces: p.pieces, groups: p.groups, json: path}
			out = append(out, p.text)
		}
		from = to + 2
	}
	return out
}

// stringLines splits a paragraph of a JSON string at its line breaks,
// each line one item, when every line ends a sentence and the next starts
// one ("Обработка обследований.\nПодготовка записок."): a form's text
// box is not wrapped by hand, so such a break is the writer's own. A line
// that runs on into the next keeps the paragraph whole.
func stringLines(p rich) []rich {
	var cuts []int
	for i := 0; i < len(p.text); i++ {
		if p.text[i] != '\n' {
			continue
		}
		prev := strings.TrimRight(p.text[:i], " \t\r")
		next := strings.TrimLeft(p.text[i+1:], " \t")
		r, _ := utf8.DecodeRuneInString(next)
		last, _ := utf8.DecodeLastRuneInString(prev)
		if !strings.ContainsRune(".!?;。！？；", last) || !unicode.IsUpper(r) && !unicode.Is(unicode.Han, r) && !unicode.IsDigit(r) {
			return []rich{p}
		}
		cuts = append(cuts, i)
	}
	var out []rich
	start := 0
	for _, c := range cuts {
		out = append(out, p.slice(start, c).trim())
		start = c + 1
	}
	return append(out, p.slice(start, len(p.text)).trim())
}

// standardSkills: the skills are JSON Resume's, a list of objects with a
// name and keywords (or none at all).
func standardSkills(arr []any) bool {
	for _, v := range arr {
		o, ok := v.(*object)
		if !ok {
			return false
		}
		if _, has := o.get("keywords").([]any); !has && o.get("keywords") != nil {
			return false
		}
	}
	return true
}

// otherFromJSON keeps a section of a home-grown shape as lines to show
// ("language: C#, Java"): read, not rewritten.
func (d *Document) otherFromJSON(key string, v any, line int) {
	sec := Section{Title: titleWord(key)}
	var walk func(label string, v any, depth int)
	walk = func(label string, v any, depth int) {
		if depth > 4 || len(sec.Lines) > 200 {
			return
		}
		switch t := v.(type) {
		case *object:
			if n := t.str("name"); n != "" {
				sec.Lines = append(sec.Lines, "- "+joinNonEmpty(": ", label, n))
				return
			}
			for _, k := range t.keys {
				walk(k, t.vals[k], depth+1)
			}
		case []any:
			var names []string
			for _, x := range t {
				switch y := x.(type) {
				case string:
					names = append(names, y)
				case *object:
					if n := y.str("name"); n != "" {
						names = append(names, n)
					}
				}
			}
			if len(names) > 0 {
				sec.Lines = append(sec.Lines, "- "+joinNonEmpty(": ", label, strings.Join(names, ", ")))
			}
		case string:
			sec.Lines = append(sec.Lines, "- "+joinNonEmpty(": ", label, t))
		}
	}
	walk("", v, 0)
	if len(sec.Lines) == 0 {
		return
	}
	d.Other = append(d.Other, sec)
	d.Order = append(d.Order, fmt.Sprintf("other.%d", len(d.Other)-1))
	d.Sections = append(d.Sections, SectionInfo{Kind: kindOther, Title: key, Line: line})
}

func firstKeyArr(o *object, keys []string) string {
	for _, k := range keys {
		if len(o.arr(k)) > 0 {
			return k
		}
	}
	return ""
}

type indexed[T any] struct {
	i int
	v T
}

// indexedObjects are an array's objects with their index in it.
func indexedObjects(arr []any) []indexed[*object] {
	var out []indexed[*object]
	for i, v := range arr {
		if o, ok := v.(*object); ok {
			out = append(out, indexed[*object]{i, o})
		}
	}
	return out
}

// indexedStrings are an array's strings with their index in it.
func indexedStrings(arr []any) []indexed[string] {
	var out []indexed[string]
	for i, v := range arr {
		if s, ok := v.(string); ok {
			out = append(out, indexed[string]{i, s})
		}
	}
	return out
}

func objects(arr []any) []*object {
	var out []*object
	for _, v := range arr {
		if o, ok := v.(*object); ok {
			out = append(out, o)
		}
	}
	return out
}

// otherSection renders a JSON Resume section we keep verbatim as readable
// lines for the Markdown and text writers.
func otherSection(key string, arr []any) Section {
	title := map[string]string{"volunteer": "Volunteer", "awards": "Awards", "publications": "Publications",
		"languages": "Languages", "interests": "Interests", "references": "References"}[key]
	s := Section{Title: title}
	for _, o := range objects(arr) {
		var head string
		switch key {
		case "volunteer":
			head = joinNonEmpty(" — ", o.str("position"), o.str("organization"))
		case "awards":
			head = joinNonEmpty(" — ", o.str("title"), joinNonEmpty(", ", o.str("awarder"), o.str("date")))
		case "publications":
			head = joinNonEmpty(" — ", o.str("name"), joinNonEmpty(", ", o.str("publisher"), o.str("releaseDate")))
		case "languages":
			head = joinNonEmpty(" — ", o.str("language"), o.str("fluency"))
		case "interests":
			head = joinNonEmpty(": ", o.str("name"), strings.Join(o.strings("keywords"), ", "))
		case "references":
			head = joinNonEmpty(" — ", o.str("name"), o.str("reference"))
		}
		if summary := o.str("summary"); summary != "" && key != "references" {
			head = joinNonEmpty(": ", head, summary)
		}
		if head != "" {
			s.Lines = append(s.Lines, "- "+head)
		}
	}
	return s
}

// jsonError turns a decoding error into one line naming where it happened.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := lineCol(data, int(se.Offset))
		return fmt.Errorf("invalid JSON at line %d, column %d: %w", line, col, se)
	}
	if errors.Is(err, errUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
		line, col := lineCol(data, len(data))
		return fmt.Errorf("invalid JSON: it ends early at line %d, column %d", line, col)
	}
	return fmt.Errorf("invalid JSON: %w", err)
}

var errUnexpectedEOF = errors.New("unexpected EOF")

func lineCol(data []byte, off int) (int, int) {
	if off > len(data) {
		off = len(data)
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

// WriteJSONResume renders d as a JSON Resume. A document read from JSON keeps
// every field it had, with the modelled ones updated; others are built.
func WriteJSONResume(d *Document) ([]byte, error) {
	root := d.raw.clone()
	if root == nil {
		root = newObject()
		root.set("$schema", "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json")
	}
	basics := root.obj("basics") // root is a clone: safe to change
	if basics == nil {
		basics = newObject()
		root.set("basics", basics)
	}
	setStr(basics, "name", d.Header.Name)
	setStr(basics, "label", d.Header.Headline)
	setStr(basics, "email", d.Header.Email)
	setStr(basics, "phone", d.Header.Phone)
	if d.raw == nil {
		var profiles []any
		for i, l := range d.Header.Links {
			if l.Label == "" && i == 0 {
				setStr(basics, "url", l.URL)
				continue
			}
			p := newObject()
			setStr(p, "network", l.Label)
			p.set("url", l.URL)
			profiles = append(profiles, p)
		}
		if d.Header.Location != "" {
			loc := newObject()
			city, region := splitFirst(d.Header.Location, ", ")
			setStr(loc, "city", city)
			setStr(loc, "region", region)
			basics.set("location", loc)
		}
		if len(profiles) > 0 {
			basics.set("profiles", profiles)
		}
	}
	setStr(basics, "summary", d.Summary)

	setEntries(root, "work", d.Roles, func(r Role) *object { return r.raw }, func(o *object, r Role) {
		setStr(o, "name", r.Company)
		setStr(o, "position", r.Title)
		setStr(o, "location", r.Location)
		setStr(o, "startDate", r.Start)
		setStr(o, "endDate", r.End)
		setStr(o, "summary", r.Summary)
		setStrings(o, "highlights", r.Bullets)
	})
	setEntries(root, "skills", d.Skills, func(g SkillGroup) *object { return g.raw }, func(o *object, g SkillGroup) {
		setStr(o, "name", g.Name)
		setStr(o, "level", g.Level)
		setStrings(o, "keywords", g.Items)
	})
	setEntries(root, "projects", d.Projects, func(p Project) *object { return p.raw }, func(o *object, p Project) {
		setStr(o, "name", p.Name)
		setStr(o, "description", p.Description)
		setStr(o, "url", p.URL)
		setStr(o, "startDate", p.Start)
		setStr(o, "endDate", p.End)
		setStrings(o, "keywords", p.Keywords)
		setStrings(o, "highlights", p.Bullets)
	})
	setEntries(root, "education", d.Education, func(e Education) *object { return e.raw }, func(o *object, e Education) {
		setStr(o, "institution", e.Institution)
		setStr(o, "area", e.Area)
		setStr(o, "studyType", e.StudyType)
		setStr(o, "startDate", e.Start)
		setStr(o, "endDate", e.End)
		setStr(o, "score", e.GPA)
		setStrings(o, "courses", e.Courses)
	})
	setEntries(root, "certificates", d.Certifications, func(c Certification) *object { return c.raw }, func(o *object, c Certification) {
		setStr(o, "name", c.Name)
		setStr(o, "date", c.Date)
		setStr(o, "issuer", c.Issuer)
		setStr(o, "url", c.URL)
	})
	compact, err := root.MarshalJSON()
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// setEntries writes the array at key: one object per item, made from the
// object the item was read from (its other keys kept) with fill's fields
// set; an array the document had stays, emptied, when no item is left.
func setEntries[T any](root *object, key string, items []T, raw func(T) *object, fill func(*object, T)) {
	if len(items) == 0 && root.get(key) == nil {
		return
	}
	var out []any
	for _, it := range items {
		o := raw(it).clone()
		if o == nil {
			o = newObject()
		}
		fill(o, it)
		out = append(out, o)
	}
	root.set(key, orEmpty(out))
}

func orEmpty(a []any) []any {
	if a == nil {
		return []any{}
	}
	return a
}

// setStr sets a string field, removing it when empty unless the source had it.
func setStr(o *object, k, v string) {
	if v == "" {
		if _, had := o.vals[k]; had {
			if _, isStr := o.vals[k].(string); isStr {
				o.set(k, "")
			}
		}
		return
	}
	o.set(k, v)
}

func setStrings(o *object, k string, vs []string) {
	if len(vs) == 0 {
		if _, had := o.vals[k]; !had {
			return
		}
	}
	arr := make([]any, 0, len(vs))
	for _, v := range vs {
		arr = append(arr, v)
	}
	o.set(k, arr)
}
