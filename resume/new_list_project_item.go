package resume

import "strings"

// A projects section that heads its projects with headings may end one
// with a list of its own, written with another marker ("#### 社区团购小程序"
// over "- 职责描述：" items, then "* 舆情监测平台:" over its bullets): in
// Markdown a change of marker starts a new list, and an item there that
// names a thing before its colon, over items of its own, is one more
// project, not a label of the heading's.

// newListProjectItem: top-level item i, under a heading's project that
// holds items already, opens a new list (its marker differs from the
// item before it at its level) and is a colon-named thing over nested
// items.
func newListProjectItem(src []byte, bs []*Block, i int) bool {
	b := bs[i]
	if b.Kind != BlockListItem || i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || bs[i+1].Level <= b.Level {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") || wordCount(t) > 6 || !colonName(t) {
		return false
	}
	prev := -1
	for j := i - 1; j >= 0 && bs[j].Kind == BlockListItem; j-- {
		if bs[j].Level == b.Level {
			prev = j
			break
		}
	}
	if prev < 0 {
		return false
	}
	m, pm := bulletMarker(src, b), bulletMarker(src, bs[prev])
	return m != 0 && pm != 0 && m != pm
}

// colonName: an item's words before its colon name a thing, no label a
// role's or a project's part goes by ("Achievements:", "Tech stack:",
// "Description:").
func colonName(t string) bool {
	name := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ":："))
	name = strings.Trim(name, "*_ ")
	if name == "" || fullStop(t) || labelHeadings[strings.ToLower(name)] || stackLabelRe().MatchString(name) || descLabelRe().MatchString(name) {
		return false
	}
	_, field := fieldNames[strings.ToLower(name)]
	return !field
}

// bulletMarker: the bullet character ('-', '*' or '+') list item b was
// written with in src, 0 for none (a number, or no source).
func bulletMarker(src []byte, b *Block) byte {
	j := b.Span.Start
	if j <= 0 || j > len(src) {
		return 0
	}
	for j > 0 && (src[j-1] == ' ' || src[j-1] == '\t') {
		j--
	}
	if j == 0 {
		return 0
	}
	c := src[j-1]
	if c != '-' && c != '*' && c != '+' {
		return 0
	}
	k := j - 1
	for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t') {
		k--
	}
	if k > 0 && src[k-1] != '\n' {
		return 0
	}
	return c
}
