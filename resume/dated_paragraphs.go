package resume

// Plain text that tells each job in a paragraph of its own, the
// paragraph opening with the job's dates ("март 2006 - июнь 2006 ---
// перл-разработчик в компании Линия Технологий. Разработка ..."), its
// lines wrapped to the page's width: every such paragraph is a job, its
// first line the heading, the rest its text however its sentences fall
// on the lines.

// datedParagraphStart: block i opens a paragraph (a blank line above it)
// with its dates, and at least two other paragraphs among bs do so too.
func datedParagraphStart(bs []*Block, i int) bool {
	if !datedParagraphOpen(bs, i) {
		return false
	}
	n := 0
	for j := range bs {
		if j != i && datedParagraphOpen(bs, j) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

func datedParagraphOpen(bs []*Block, i int) bool {
	b := bs[i]
	return b.Kind == BlockParagraph && b.Level == 0 && !b.Cont && !b.Quote && !b.Strong && datedFirst(b) &&
		i+1 < len(bs) && bs[i+1].Kind == BlockParagraph && bs[i+1].Cont
}
