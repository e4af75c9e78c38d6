package resume

// dateColumnLine: a line that opens with its dates and a tab after them
// ("1. 7. 2019 – 31. 8. 2019\tŠkoda Auto a.s., ..."), a PDF's column of
// dates beside its text: each such line is an entry of its own, never the
// line before it going on.
func dateColumnLine(text string) bool {
	r, ok := FindDateRange(text)
	return ok && r.Pos == 0 && r.EndPos < len(text) && text[r.EndPos] == '\t'
}
