package resume

import (
	"encoding/json"
	"fmt"
)

// hh.ru's resume API writes education as one object holding its lists:
// "primary" the degrees, "additional" the courses taken beside them
// (a course is a certification here, as a page would list it), with
// "attestation" (tests passed) read the same way.
var (
	hhDegreeLists = []string{"primary", "elementary"}
	hhCourseLists = []string{"additional", "attestation"}
)

// hhEducation reports whether o is such an object: one with a degree or
// course list and no degree of its own.
func hhEducation(o *object) bool {
	if o == nil || firstStr(o, degreeKeys) != "" || firstStr(o, schoolKeys) != "" {
		return false
	}
	for _, k := range append(append([]string(nil), hhDegreeLists...), hhCourseLists...) {
		if len(indexedObjects(o.arr(k))) > 0 {
			return true
		}
	}
	return false
}

// hhEducationLists reads the degree lists of such an object as entries
// and its course lists as certifications: the course's name is its
// "result", given by the school in "name" (its year, a number, is left
// out so that a rewrite never has to change it).
func (d *Document) hhEducationLists(o *object, path string, lineOf func(string) int, entry func(id, path string)) {
	for _, k := range hhDegreeLists {
		for _, it := range indexedObjects(o.arr(k)) {
			e, p := it.v, fmt.Sprintf("%s.%s.%d", path, k, it.i)
			ed := Education{LineNo: lineOf(p), StudyType: firstStr(e, degreeKeys), Area: firstStr(e, areaKeys), Institution: firstStr(e, schoolKeys),
				GPA: firstStr(e, scoreKeys), raw: e}
			if ed.Area == "" {
				ed.Area = e.str("result")
			}
			ed.Start, ed.End, _ = jsonDates(e)
			if ed.End == "" {
				ed.End = hhYear(e)
			}
			d.Education = append(d.Education, ed)
		}
	}
	for _, k := range hhCourseLists {
		for _, it := range indexedObjects(o.arr(k)) {
			e, p := it.v, fmt.Sprintf("%s.%s.%d", path, k, it.i)
			c := Certification{Name: e.str("result"), Issuer: e.str("name"), raw: e}
			if c.Name == "" {
				continue
			}
			entry(fmt.Sprintf("certifications.%d", len(d.Certifications)), p)
			c.LineNo = lineOf(p)
			d.Certifications = append(d.Certifications, c)
		}
	}
}

// hhYear is an entry's "year", written as a number or a string.
func hhYear(o *object) string {
	switch v := o.get("year").(type) {
	case json.Number:
		return v.String()
	case string:
		return v
	}
	return ""
}
