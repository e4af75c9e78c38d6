package resume

import "strings"

// formRowItem: item i opens with its label in marks ("__Supervisors__:
// [Prof. Gil] and [Dr. Arnedo]", "**Research output**: First-author
// paper ... (2025).") and follows, at its level under the role, only
// items so labelled, two of them at least naming known fields
// ("__Institution__: ...", "__Field__: ..."): the role is set out as a
// form, and this is one more of its rows, however long its value or
// unknown its label; nothing done. A label of duties stays what it is.
func (in *interp) formRowItem(bs []*Block, i int) bool {
	b := bs[i]
	if !in.markedLabelItem(b) || dutyLabelRe().MatchString(fieldName(b.Text)) {
		return false
	}
	known := 0
	for j := i - 1; j >= 0 && bs[j].Level >= b.Level; j-- {
		s := bs[j]
		if s.Level > b.Level {
			continue
		}
		if !in.markedLabelItem(s) {
			return false
		}
		if fieldLabel(s.Text) != "" {
			known++
		}
	}
	return known >= 2
}

// markedLabelItem: b is a list item that opens with a label in marks,
// its colon inside them or right after, a value after it.
func (in *interp) markedLabelItem(b *Block) bool {
	if b.Kind != BlockListItem {
		return false
	}
	t := strings.TrimSpace(b.Text)
	c := strings.IndexAny(t, ":：")
	if c <= 0 || c > 48 || strings.TrimSpace(strings.TrimLeft(t[c:], ":：")) == "" {
		return false
	}
	return in.markedLabel(b, c)
}
