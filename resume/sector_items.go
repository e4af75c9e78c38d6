package resume

import "strings"

// sectorItem: item i stands inside an entry's heading, as hh.ru sets an
// employer's industry and its branches ("Информационные технологии,
// интернет" over "• Разработка программного обеспечения", then the post):
// short items between heading lines are a field of the employer, not what
// was done there.
func sectorItem(e *entry, bs []*Block, i int) bool {
	if len(e.head) == 0 || len(e.bullets) > 0 || !e.dated() {
		return false
	}
	j := i
	for j > 0 && bs[j-1].Kind == BlockListItem {
		j--
	}
	if j == 0 || bs[j-1] != e.head[len(e.head)-1] {
		return false
	}
	k := i
	for ; k < len(bs) && bs[k].Kind == BlockListItem; k++ {
		if !sectorName(bs[k]) {
			return false
		}
	}
	// the post comes next, then what was done in sentences
	return k+1 < len(bs) && bs[k].Kind == BlockParagraph && headerLike(bs[k]) && !fullStop(bs[k].Text) &&
		bs[k+1].Kind == BlockParagraph && fullStop(bs[k+1].Text)
}

// sectorName: an item that only names a field of work: a few words, no
// sentence, no label.
func sectorName(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	return b.Level == 0 && wordCount(t) <= 5 && !fullStop(t) && !strings.ContainsAny(t, ":：") && !hasDate(t)
}

// postAfterSector: paragraph i, right under the industry items of an
// entry that has told nothing yet, is its post ("QA Lead").
func postAfterSector(e *entry, bs []*Block, i int) bool {
	if _, ok := e.fields["sector"]; !ok || i == 0 || e.hasBody() || bs[i-1].Kind != BlockListItem {
		return false
	}
	return bs[i].Kind == BlockParagraph && headerLike(bs[i]) && !fullStop(bs[i].Text)
}
