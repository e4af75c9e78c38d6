package resume

// formRowAfterBody: b is a form's "Label: value" row for a field cur lacks,
// under a dated role that was itself set out in such rows (its heading a
// labelled row, "Dates: 2019 -- 2021") and has told what was done: the
// role's rows go on after its list; a row of dates, or of a field it has,
// starts the next.
func formRowAfterBody(cur *entry, b *Block) bool {
	if !cur.dated() || !cur.hasBody() || b.Kind != BlockParagraph || dated(b) {
		return false
	}
	return newFormField(cur, b)
}

// formRowInHead: b is a form's "Label: value" row for a field cur lacks,
// under a dated role set out in such rows that has told nothing yet: a
// row of the role's heading however long its value ("Occupation or
// position held: Test engineer (QA Automation Engineer)"), no prose that
// would end the heading before the role's list.
func formRowInHead(cur *entry, b *Block) bool {
	if cur.hasBody() || !cur.dated() || b.Kind != BlockParagraph || b.Cont || fullStop(b.Text) {
		return false
	}
	return newFormField(cur, b)
}

// newFormField: cur's heading is a labelled row, and b labels a field other
// than its dates that cur has neither among its fields nor its heading.
func newFormField(cur *entry, b *Block) bool {
	if len(cur.head) == 0 || fieldLabel(cur.head[0].Text) == "" {
		return false
	}
	f := fieldLabel(b.Text)
	if f == "" || f == "dates" || f == "start" || f == "end" {
		return false
	}
	if _, seen := cur.fields[f]; seen {
		return false
	}
	for _, h := range cur.head {
		if fieldLabel(h.Text) == f {
			return false
		}
	}
	return true
}
