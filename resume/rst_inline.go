package resume

import (
	"strings"
	"unicode/utf8"
)

// reStructuredText's inline markup in a plain-text line: strong emphasis
// (**Title chez Company**; a lone "*" is left as written), inline literals
// (``make``) and hyperlink references (`Name <url>`_, `Name`_) read as
// their text; the markup becomes pieces and groups, so an edit keeps it.
// A reference left open on the line (its target on the next) stays as
// written.

// rstMarked: the line holds what may open inline markup.
func rstMarked(t string) bool {
	return strings.Contains(t, "**") || strings.Contains(t, "`")
}

// rstPre may stand before an opening delimiter; rstPost after a closing one.
func rstPre(c byte) bool { return c == ' ' || c == '\t' || strings.IndexByte(`-:/'"<([{`, c) >= 0 }
func rstPost(c byte) bool {
	return c == ' ' || c == '\t' || strings.IndexByte(`-.,:;!?\/'")]}>`, c) >= 0
}

// rstRich reads the inline markup of src[from:to], one line; ok false when
// there is none.
func rstRich(src []byte, from, to, line int) (rich, bool) {
	var rb richBuilder
	run, found := from, false
	flush := func(i int) {
		if i > run {
			rb.add(string(src[run:i]), Span{run, i}, PieceLiteral)
		}
	}
	s := string(src[:to])
	for i := from; i < to; {
		c := src[i]
		if (c == '*' && strings.HasPrefix(s[i:], "**") || c == '`') && (i == from || rstPre(src[i-1])) {
			open, close, code := 1, 1, false
			switch {
			case strings.HasPrefix(s[i:], "**"):
				open, close = 2, 2
			case strings.HasPrefix(s[i:], "``"):
				open, close, code = 2, 2, true
			}
			if j, inner, after := rstEnd(s, i, to, open, close); j > 0 {
				flush(i)
				at := rb.b.Len()
				rb.add("", Span{i, i + open}, PieceMarkup)
				te := inner
				// `Name <url>`_: the target is markup
				if c == '`' && !code && src[j-1] == '>' {
					if lt := strings.LastIndex(s[i+open:j], "<"); lt > 0 {
						te = strings.TrimRight(s[:i+open+lt], " \t")
						if len(te) <= i+open {
							te = s[:j]
						}
					}
				}
				rb.add(string(src[i+open:len(te)]), Span{i + open, len(te)}, PieceLiteral)
				rb.add("", Span{len(te), after}, PieceMarkup)
				rb.groups = append(rb.groups, Group{Text: Span{at, rb.b.Len()}, Outer: Span{i, after}, Inner: Span{i + open, len(te)}, Code: code || c == '`'})
				i, run, found = after, after, true
				continue
			}
			// "**Stage de fin d'études au sein de" over "Silicore** à
			// Grenoble": strong emphasis that opens a line and closes on
			// the next one
			if i == from && open == 2 && c == '*' && to > i+2 && src[i+2] != ' ' && !strings.Contains(s[i+2:], "**") {
				rb.add("", Span{i, i + 2}, PieceMarkup)
				rb.add(string(src[i+2:to]), Span{i + 2, to}, PieceLiteral)
				rb.groups = append(rb.groups, Group{Text: Span{0, rb.b.Len()}, Outer: Span{i, to}, Inner: Span{i + 2, to}})
				return rb.rich(line), true
			}
		}
		if c == '*' && run == from && i > from && strings.HasPrefix(s[i:], "**") && src[i-1] != ' ' && (i+2 == to || rstPost(src[i+2])) &&
			!strings.Contains(s[from:i], "*") {
			flush(i)
			rb.add("", Span{i, i + 2}, PieceMarkup)
			rb.groups = append(rb.groups, Group{Text: Span{0, rb.b.Len()}, Outer: Span{from, i + 2}, Inner: Span{from, i}})
			i, run, found = i+2, i+2, true
			continue
		}
		_, n := utf8.DecodeRune(src[i:to])
		i += max(n, 1)
	}
	if !found {
		return rich{}, false
	}
	flush(to)
	return rb.rich(line), true
}

// rstEnd finds the delimiter that closes the one at i: where it starts,
// the text before it (s[:j], for slicing) and where the markup ends (a
// reference's "_" or "__" included); j is 0 when nothing closes it.
func rstEnd(s string, i, to, open, close int) (j int, inner string, after int) {
	c := s[i]
	st := i + open
	if st >= to || s[st] == ' ' || s[st] == '\t' || s[st] == c {
		return 0, "", 0
	}
	for k := st + 1; k+close <= to; k++ {
		if s[k] != c || s[k-1] == ' ' || s[k-1] == '\t' {
			continue
		}
		if close == 2 && (k+1 >= to || s[k+1] != c) {
			continue
		}
		e := k + close
		if c == '`' && close == 1 {
			// a reference: "`_" or "`__"; a bare `role` is interpreted text
			for e < to && s[e] == '_' && e-k-1 < 2 {
				e++
			}
		}
		if e < to && !rstPost(s[e]) {
			continue
		}
		if c == '*' && open == 1 && k+1 < to && s[k+1] == '*' {
			continue
		}
		return k, s[:k], e
	}
	return 0, "", 0
}
