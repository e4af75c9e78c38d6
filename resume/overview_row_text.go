package resume

// A 職務経歴書 may sum its jobs up in a table whose last column says in a
// line what was done at each ("業務内容": "ガス導管の保安点検業務に従事")
// before the section that tells each job in detail. That line is the
// row's own: the table is still an overview of the jobs, and a job told
// again below is read there, its line in the table set aside.

// rowTextOnly: the entry is a table row whose items, if any, are read out
// of its own cells, with nothing under the row.
func rowTextOnly(e *entry) bool {
	if len(e.prose) > 0 || len(e.head) != 1 || e.head[0].Kind != BlockTableRow {
		return false
	}
	row := e.head[0].Span
	for _, b := range e.bullets {
		if b.Span.Start < row.Start || b.Span.End > row.End {
			return false
		}
	}
	return true
}
