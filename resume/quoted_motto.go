package resume

import "strings"

// quotedRun: a paragraph wholly in quotation marks ("\"Committed on a"
// over "personal and" ... over "higher goals.\""), a motto or a
// testimonial a sidebar sets between the jobs, tells nothing done and
// heads no job; where its lines end (i when block i opens none).
func quotedRun(bs []*Block, i int) int {
	b := bs[i]
	if b.Kind != BlockParagraph || b.Cont || b.Level != 0 {
		return i
	}
	t := strings.TrimSpace(b.Text)
	open := strings.TrimLeft(t, "\"“”")
	if len(open) == len(t) {
		return i
	}
	j := i + 1
	for j < len(bs) && bs[j].Kind == BlockParagraph && bs[j].Cont {
		j++
	}
	last := strings.TrimRight(strings.TrimSpace(bs[j-1].Text), " ")
	if !strings.HasSuffix(last, "\"") && !strings.HasSuffix(last, "”") {
		return i
	}
	// (one quotation, not two quoted names on a line: no quote mark
	// inside)
	whole := t
	for _, c := range bs[i+1 : j] {
		whole += " " + strings.TrimSpace(c.Text)
	}
	inner := strings.Trim(whole, "\"“” ")
	if strings.ContainsAny(inner, "\"“”") || dated(b) {
		return i
	}
	return j
}
