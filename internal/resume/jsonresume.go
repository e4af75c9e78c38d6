package resume

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// ParseJSONResume reads a JSON Resume (jsonresume.org schema). Fields the
// model does not hold are kept and written back unchanged.
func ParseJSONResume(data []byte) (*Document, error) {
	v, err := decodeJSON(data)
	if err != nil {
		return nil, jsonError(data, err)
	}
	root, ok := v.(*object)
	if !ok {
		return nil, errors.New("a JSON Resume must be a JSON object")
	}
	d := &Document{raw: root}
	if b := root.obj("basics"); b != nil {
		d.Header = Header{Name: b.str("name"), Headline: b.str("label"), Email: b.str("email"), Phone: b.str("phone")}
		if loc := b.obj("location"); loc != nil {
			d.Header.Location = joinNonEmpty(", ", loc.str("city"), loc.str("region"), loc.str("countryCode"))
		}
		if u := b.str("url"); u != "" {
			d.Header.Links = append(d.Header.Links, Link{URL: u})
		}
		for _, p := range b.arr("profiles") {
			if po, ok := p.(*object); ok {
				d.Header.Links = append(d.Header.Links, Link{Label: po.str("network"), URL: firstNonEmpty(po.str("url"), po.str("username"))})
			}
		}
		d.Summary = strings.TrimSpace(b.str("summary"))
	}
	for _, key := range root.keys {
		switch key {
		case "basics":
			if d.Summary != "" {
				d.Order = append(d.Order, SecSummary)
			}
		case "work":
			d.Order = append(d.Order, SecExperience)
			for _, w := range objects(root.arr("work")) {
				d.Roles = append(d.Roles, Role{Title: w.str("position"), Company: firstNonEmpty(w.str("name"), w.str("company")),
					Location: w.str("location"), Start: w.str("startDate"), End: w.str("endDate"), Summary: w.str("summary"),
					Bullets: w.strings("highlights"), raw: w})
			}
		case "skills":
			d.Order = append(d.Order, SecSkills)
			for _, s := range objects(root.arr("skills")) {
				d.Skills = append(d.Skills, SkillGroup{Name: s.str("name"), Level: s.str("level"), Items: s.strings("keywords"), raw: s})
			}
		case "projects":
			d.Order = append(d.Order, SecProjects)
			for _, p := range objects(root.arr("projects")) {
				d.Projects = append(d.Projects, Project{Name: p.str("name"), URL: p.str("url"), Description: p.str("description"),
					Start: p.str("startDate"), End: p.str("endDate"), Keywords: p.strings("keywords"), Bullets: p.strings("highlights"), raw: p})
			}
		case "education":
			d.Order = append(d.Order, SecEducation)
			for _, e := range objects(root.arr("education")) {
				d.Education = append(d.Education, Education{StudyType: e.str("studyType"), Area: e.str("area"), Institution: e.str("institution"),
					Start: e.str("startDate"), End: e.str("endDate"), GPA: e.str("score"), Courses: e.strings("courses"), raw: e})
			}
		case "certificates":
			d.Order = append(d.Order, SecCertifications)
			for _, c := range objects(root.arr("certificates")) {
				d.Certifications = append(d.Certifications, Certification{Name: c.str("name"), Issuer: c.str("issuer"), Date: c.str("date"), URL: c.str("url"), raw: c})
			}
		case "volunteer", "awards", "publications", "languages", "interests", "references":
			sec := otherSection(key, root.arr(key))
			if len(sec.Lines) > 0 {
				d.Other = append(d.Other, sec)
				d.Order = append(d.Order, fmt.Sprintf("other.%d", len(d.Other)-1))
			}
		}
	}
	return d, nil
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
		return fmt.Errorf("invalid JSON at line %d, column %d: %v", line, col, se)
	}
	if errors.Is(err, errUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
		line, col := lineCol(data, len(data))
		return fmt.Errorf("invalid JSON: it ends early at line %d, column %d", line, col)
	}
	return fmt.Errorf("invalid JSON: %v", err)
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

	if len(d.Roles) > 0 || root.get("work") != nil {
		var work []any
		for _, r := range d.Roles {
			o := r.raw.clone()
			if o == nil {
				o = newObject()
			}
			setStr(o, "name", r.Company)
			setStr(o, "position", r.Title)
			setStr(o, "location", r.Location)
			setStr(o, "startDate", r.Start)
			setStr(o, "endDate", r.End)
			setStr(o, "summary", r.Summary)
			setStrings(o, "highlights", r.Bullets)
			work = append(work, o)
		}
		root.set("work", orEmpty(work))
	}
	if len(d.Skills) > 0 || root.get("skills") != nil {
		var skills []any
		for _, g := range d.Skills {
			o := g.raw.clone()
			if o == nil {
				o = newObject()
			}
			setStr(o, "name", g.Name)
			setStr(o, "level", g.Level)
			setStrings(o, "keywords", g.Items)
			skills = append(skills, o)
		}
		root.set("skills", orEmpty(skills))
	}
	if len(d.Projects) > 0 || root.get("projects") != nil {
		var projects []any
		for _, p := range d.Projects {
			o := p.raw.clone()
			if o == nil {
				o = newObject()
			}
			setStr(o, "name", p.Name)
			setStr(o, "description", p.Description)
			setStr(o, "url", p.URL)
			setStr(o, "startDate", p.Start)
			setStr(o, "endDate", p.End)
			setStrings(o, "keywords", p.Keywords)
			setStrings(o, "highlights", p.Bullets)
			projects = append(projects, o)
		}
		root.set("projects", orEmpty(projects))
	}
	if len(d.Education) > 0 || root.get("education") != nil {
		var edu []any
		for _, e := range d.Education {
			o := e.raw.clone()
			if o == nil {
				o = newObject()
			}
			setStr(o, "institution", e.Institution)
			setStr(o, "area", e.Area)
			setStr(o, "studyType", e.StudyType)
			setStr(o, "startDate", e.Start)
			setStr(o, "endDate", e.End)
			setStr(o, "score", e.GPA)
			setStrings(o, "courses", e.Courses)
			edu = append(edu, o)
		}
		root.set("education", orEmpty(edu))
	}
	if len(d.Certifications) > 0 || root.get("certificates") != nil {
		var certs []any
		for _, c := range d.Certifications {
			o := c.raw.clone()
			if o == nil {
				o = newObject()
			}
			setStr(o, "name", c.Name)
			setStr(o, "date", c.Date)
			setStr(o, "issuer", c.Issuer)
			setStr(o, "url", c.URL)
			certs = append(certs, o)
		}
		root.set("certificates", orEmpty(certs))
	}
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
