package resume

// A plain-text CV set in two columns, dates at the margin and the text
// beside them, goes on under an entry's first line indented to the text
// ("08/2001 - 07/2003   Fachschule für Sozialpädagogik" over
// "                     Abschluss: staatlich anerkannte Erzieherin (2004)"):
// an indented line whose date does not open it is that entry's text, the
// year its degree was given, never a second entry.

// underDateColumn: b is an indented line going on under c's heading,
// which opens at the margin with its dates.
func underDateColumn(b *Block, c *entry) bool {
	if c == nil || len(c.head) == 0 || b.Kind != BlockParagraph || !b.Cont || b.Indent == 0 || datedFirst(b) {
		return false
	}
	h := c.head[0]
	if h.Kind != BlockParagraph || h.Indent != 0 || !datedFirst(h) {
		return false
	}
	// (indented past the dates: in the text's column)
	r, _ := FindDateRange(h.Text)
	return b.Indent > r.EndPos
}
