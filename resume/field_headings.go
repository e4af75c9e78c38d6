package resume

import "strings"

// An org or Markdown CV may give an entry's particulars each under a
// heading of its own, named for the field ("** Institution" over
// "University of the Plains", "### Company" over "Acme"), right after the
// entry's dated heading: such a heading starts no entry; its line is that
// field of the entry above.

// fieldHeadingKinds are the fields a heading of its own may name.
var fieldHeadingKinds = map[string]bool{"company": true, "institution": true, "location": true, "title": true, "department": true}

// fieldHeading says which field entry e's lone heading names, with the
// line under it that gives its value; "" when it names none or its value
// is more than a name.
func fieldHeading(e *entry) (string, *Block) {
	if len(e.head) == 0 || e.head[0].Kind != BlockHeading || len(e.bullets) > 0 || dated(e.head[0]) {
		return "", nil
	}
	f := fieldNames[strings.ToLower(strings.TrimSpace(headText(e.head[0])))]
	if !fieldHeadingKinds[f] {
		return "", nil
	}
	var lines []*Block
	lines = append(lines, e.head[1:]...)
	lines = append(lines, e.prose...)
	if len(lines) != 1 {
		return "", nil
	}
	t := strings.TrimSpace(lines[0].Text)
	if t == "" || wordCount(t) > 8 || fullStop(t) || dated(lines[0]) {
		return "", nil
	}
	return f, lines[0]
}

// joinFieldHeading makes the field that e's heading names a field of
// prev; false where e is no such heading or prev has that field already.
func joinFieldHeading(prev, e *entry) bool {
	f, b := fieldHeading(e)
	if f == "" || !prev.dated() {
		return false
	}
	if _, seen := prev.fields[f]; seen {
		return false
	}
	if prev.fields == nil {
		prev.fields = map[string]rich{}
	}
	prev.fields[f] = richOf(b).trim()
	prev.merged = append(prev.merged, e)
	return true
}
