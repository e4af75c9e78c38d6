package resume

import (
	"strings"
	"unicode/utf8"
)

// nestedLabel: under a list-item role, an item two levels below the role's
// own item that is a short name over items of its own ("- 株式会社…" over
// "  - 需要予測プロダクト" over "    - 期間" over "      - 2022/01/01 ~
// 現在"): a label, like "Tech:" over its items, and no bullet; its items
// are.
func nestedLabel(e *entry, bs []*Block, i int) bool {
	b := bs[i]
	if !e.listRole || len(e.head) == 0 || e.head[0].Kind != BlockListItem || b.Level < e.head[0].Level+2 {
		return false
	}
	if i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || bs[i+1].Level <= b.Level {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return utf8.RuneCountInString(t) <= 16 && wordCount(t) <= 3 && !fullStop(t) && !strings.HasSuffix(t, "。")
}
