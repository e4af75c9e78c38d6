package resume

import "strings"

// A 職務経歴書 sets under each company's name and dates what the company
// is ("事業内容: 受託開発", then "資本金: 300万円 従業員数: 約15名"): a
// labelled line of the employer, not the title of the job.

// companyParticular: b is a labelled line, undated and no known field,
// right under a heading of one name and a line of only its dates.
func companyParticular(cur *entry, b *Block) bool {
	if len(cur.head) != 2 || dated(b) || dated(cur.head[0]) || b.Kind != BlockParagraph || b.Level != 0 {
		return false
	}
	if _, dateOnly := ParseDateRange(cur.head[1].Text); !dateOnly {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return labelledRe().MatchString(t) && fieldLabel(t) == ""
}

// particularsOver: how many of body's first blocks are such lines
// ("事業内容：シティホテル運営", a full-width colon too), labelled,
// undated and no known field, over the subheadings of the posts held
// there.
func particularsOver(body []*Block) int {
	k := 0
	for k < len(body) && body[k].Kind == BlockParagraph && body[k].Level == 0 && !dated(body[k]) {
		t := strings.TrimSpace(body[k].Text)
		if !fieldRe().MatchString(t) || fieldLabel(t) != "" {
			return 0
		}
		k++
	}
	return k
}
