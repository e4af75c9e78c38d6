package resume

import "strings"

// A plain-text entry set with a hanging indent, its name at one column
// and its lines under it deeper ("  Bike Share Demand Model - Python" over
// "        Forecast hourly demand ..."): the name heads what hangs under
// it, however long a sentence that is, and the entry ends where a line
// steps back out to the name's column, though no blank line parts them.

// hangingEntryEnds: a line at column lead, after out's last paragraph
// run, starts a new paragraph: the run opened at lead and its last line
// hangs deeper.
func hangingEntryEnds(out []Block, lead int) bool {
	n := len(out)
	if n < 2 || out[n-1].Kind != BlockParagraph || !out[n-1].Cont || out[n-1].Indent < lead+2 {
		return false
	}
	k := n - 1
	for k > 0 && out[k].Cont && out[k-1].Kind == BlockParagraph {
		k--
	}
	return out[k].Indent == lead
}

// hangingHead: paragraph line i has the line under it, of the same
// paragraph, hang deeper: it names what that line tells, no prose.
func hangingHead(bs []*Block, i int) bool {
	return i+1 < len(bs) && bs[i+1].Kind == BlockParagraph && bs[i+1].Cont && bs[i+1].Indent >= bs[i].Indent+2
}

// hangsUnderHead: in a projects section, a line hanging deeper than the
// one line that heads cur, opening with no dates, tells of the project,
// however it ends ("Simulação do layout ... de 2022. (revisto)").
func hangsUnderHead(cur *entry, b *Block) bool {
	return len(cur.head) == 1 && b.Indent >= cur.head[0].Indent+2 && !datedFirst(b)
}

// markupLine: the line is a tag and nothing else ("</table>"), as an HTML
// page read as text has them at any indent: it steps out of no entry.
func markupLine(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) > 2 && t[0] == '<' && t[len(t)-1] == '>' && !strings.Contains(t[1:len(t)-1], ">")
}
