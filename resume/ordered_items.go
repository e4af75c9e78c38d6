package resume

import "strings"

// A numbered list under a role ("1. **Rebuilt the settlement batch**" over
// what it took, AsciiDoc's ". *Alert pipeline* (2021)" over its details)
// counts the work that was done, most often in order of weight: each
// numbered item is a bullet of its own, even where short items over
// nested ones would otherwise name groups ("* Threat Intel Team"). Only a
// catch-all item ("Other", "기타", "Sonstiges") over nested items is a
// label: it names no work, its items do.

// orderedItem: list item b was written with a number or AsciiDoc's dots
// ("1. ", "2) ", ". ", ".. ") before it in src.
func orderedItem(src []byte, b *Block) bool {
	if b.Kind != BlockListItem || b.Span.Start <= 0 || b.Span.Start > len(src) {
		return false
	}
	j := b.Span.Start
	for j > 0 && (src[j-1] == ' ' || src[j-1] == '\t') {
		j--
	}
	if j == b.Span.Start || j == 0 || src[j-1] != '.' && src[j-1] != ')' {
		return false
	}
	close := src[j-1]
	k := j - 1
	for k > 0 && (src[k-1] >= '0' && src[k-1] <= '9' || close == '.' && src[k-1] == '.') {
		k--
	}
	if k == j-1 && close == ')' {
		return false
	}
	// the marker opens its line, after indentation only
	for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t') {
		k--
	}
	return k == 0 || src[k-1] == '\n'
}

// catchAllNames are the words a list's last group is named with when it
// holds what fits no other.
var catchAllNames = map[string]bool{"other": true, "others": true, "misc": true, "misc.": true, "miscellaneous": true, "etc": true,
	"etc.": true, "기타": true, "그 외": true, "その他": true, "其他": true, "其它": true, "sonstiges": true, "weiteres": true,
	"autres": true, "divers": true, "otros": true, "varios": true, "altro": true, "varie": true, "outros": true, "diversos": true,
	"прочее": true, "другое": true, "інше": true, "overig": true, "overige": true, "övrigt": true, "andet": true, "annet": true, "muut": true}

// catchAllItem: item i is only a catch-all name ("기타", "Other") with
// items nested under it.
func catchAllItem(bs []*Block, i int) bool {
	b := bs[i]
	if b.Kind != BlockListItem || i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || bs[i+1].Level <= b.Level {
		return false
	}
	t := strings.ToLower(strings.Trim(strings.TrimSpace(b.Text), ":：*_ "))
	return catchAllNames[t]
}
