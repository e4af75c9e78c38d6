package resume

import "strings"

// AsciiDoc's cell specifiers: a cell may open with how far it spans and
// how its content reads before its "|" ("2+a|", "a|", "3*|", ".2+^.^h|").
// An "a" cell holds AsciiDoc of its own (a list of what was done under a
// Europass table's "Main activities and responsibilities:"): its content is
// read as blocks, as the text outside the table is.

// adocCellSpec: the length of the cell specifier that opens t, up to its
// "|" (0 when t opens with "|" itself, -1 when t opens no cell); how many
// columns the cell spans; and its style letter (0 for none).
func adocCellSpec(t string) (n, cols int, style byte) {
	i, num := 0, 0
	digits := func() int {
		v, j := 0, i
		for i < len(t) && t[i] >= '0' && t[i] <= '9' && i-j < 3 {
			v = v*10 + int(t[i]-'0')
			i++
		}
		if i == j {
			return -1
		}
		return v
	}
	cols = 1
	if v := digits(); v >= 0 {
		num = v
		switch {
		case i < len(t) && t[i] == '*':
			// "3*|": the cell repeated, one column each
			i++
		case i < len(t) && t[i] == '+':
			cols = num
			i++
		case i < len(t) && t[i] == '.':
			// "2.3+|": columns, then rows
			i++
			if digits() < 0 || i >= len(t) || t[i] != '+' {
				return -1, 0, 0
			}
			cols = num
			i++
		default:
			return -1, 0, 0
		}
	} else if i < len(t) && t[i] == '.' {
		// ".2+|": rows only
		i++
		if digits() < 0 || i >= len(t) || t[i] != '+' {
			return -1, 0, 0
		}
		i++
	}
	// alignment: "<", "^", ">" then ".<", ".^", ".>"
	if i < len(t) && (t[i] == '<' || t[i] == '^' || t[i] == '>') {
		i++
	}
	if i+1 < len(t) && t[i] == '.' && (t[i+1] == '<' || t[i+1] == '^' || t[i+1] == '>') {
		i += 2
	}
	if i < len(t) && (t[i] == 'a' || t[i] == 'd' || t[i] == 'e' || t[i] == 'h' || t[i] == 'l' || t[i] == 'm' || t[i] == 's' || t[i] == 'v') {
		style = t[i]
		i++
	}
	if i >= len(t) || t[i] != '|' {
		return -1, 0, 0
	}
	if cols < 1 {
		cols = 1
	}
	return i, cols, style
}

// adocTableTitle: line t is a block title (".Current Job", ".2014-2017")
// right over a table, its attribute lines between: the table's caption,
// which the rendered page prints as "Table 1. Current Job" above it, and
// no line of the resume's own (never a role's title or dates).
func adocTableTitle(t string, src []byte, next, end int) bool {
	if len(t) < 2 || t[0] != '.' || t[1] == '.' || t[1] == ' ' || t[1] == '\t' {
		return false
	}
	for at := next; at < end; {
		stop := at
		for stop < end && src[stop] != '\n' {
			stop++
		}
		l := strings.TrimSpace(string(src[at:stop]))
		switch {
		case l == "|===":
			return true
		case adocAttrRe().MatchString(l) || strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]"):
			at = stop + 1
		default:
			return false
		}
	}
	return false
}
