package resume

// degreeOverLines: a heading that names a degree ("Master of Science in
// Maschinenbau", moderncv's \subsection over its \cvline rows) over dated
// lines that name none (the school and years, then the thesis and the
// day it was handed in): one degree, those lines its particulars, never
// entries of their own.
func degreeOverLines(cur *entry, body []*Block) bool {
	if len(cur.head) != 1 || cur.head[0].Kind != BlockHeading || cur.dated() || !degreeRe().MatchString(cur.head[0].Text) {
		return false
	}
	if titleRe().MatchString(cur.head[0].Text) {
		return false
	}
	n := 0
	for _, b := range body {
		switch b.Kind {
		case BlockHeading, BlockListItem, BlockTableRow:
			return false
		}
		if degreeRe().MatchString(b.Text) {
			return false
		}
		if dated(b) {
			n++
		}
	}
	return n >= 2
}
