package resume

import (
	"strings"
	"unicode/utf8"
)

// Org-mode's inline markup: emphasis (*bold*, /italic/, _underline_,
// +strike+, =code=, ~verbatim~), links ([[url][text]], [[url]]) and
// timestamps (<2021-05-01 Sat>) read as their plain text; the markup
// becomes pieces and groups, so an edit keeps it. A zero-width space is
// org's escape (it keeps a marker from opening emphasis): it reads as
// nothing, and writing puts one where a new text would open markup.

const zwsp = "\u200b"

// orgStyle marks blocks read from org-mode source.
const orgStyle = "org"

// orgMarkers open and close emphasis.
const orgMarkers = "*/_+=~"

// orgPre may stand before an opening marker; orgPost after a closing one.
func orgPre(c byte) bool  { return c == ' ' || c == '\t' || strings.IndexByte(`-({'"`, c) >= 0 }
func orgPost(c byte) bool { return c == ' ' || c == '\t' || strings.IndexByte(`-.,;:!?')}["\`, c) >= 0 }

// orgRich reads the inline markup of src[from:to], one line.
func orgRich(src []byte, from, to, line int) rich {
	var rb richBuilder
	orgInline(&rb, src, from, to)
	return rb.rich(line)
}

func orgInline(rb *richBuilder, src []byte, from, to int) {
	run := from
	flush := func(i int) {
		if i > run {
			rb.add(string(src[run:i]), Span{run, i}, PieceLiteral)
		}
	}
	for i := from; i < to; {
		c := src[i]
		switch {
		case c == 0xe2 && strings.HasPrefix(string(src[i:to]), zwsp):
			flush(i)
			rb.add("", Span{i, i + len(zwsp)}, PieceMarkup)
			i += len(zwsp)
			run = i
			continue
		case c == '[' && i+1 < to && src[i+1] == '[':
			flush(i)
			run = i
			if j := orgLink(rb, src, i, to); j > i {
				i, run = j, j
				continue
			}
		case c == '<' || c == '[':
			if d, j := orgTimestamp(src, i, to); j > i {
				flush(i)
				rb.add("", Span{i, i + 1}, PieceMarkup)
				rb.add(string(src[i+1:d]), Span{i + 1, d}, PieceLiteral)
				rb.add("", Span{d, j}, PieceMarkup)
				i, run = j, j
				continue
			}
		case strings.IndexByte(orgMarkers, c) >= 0 && (i == from || orgPre(src[i-1])):
			if j := orgEmphasisEnd(src, i, to); j > 0 {
				flush(i)
				code := c == '=' || c == '~'
				rb.add("", Span{i, i + 1}, PieceMarkup)
				at := rb.b.Len()
				if code {
					rb.add(string(src[i+1:j]), Span{i + 1, j}, PieceLiteral)
				} else {
					orgInline(rb, src, i+1, j)
				}
				rb.add("", Span{j, j + 1}, PieceMarkup)
				rb.groups = append(rb.groups, Group{Text: Span{at, rb.b.Len()}, Outer: Span{i, j + 1}, Inner: Span{i + 1, j}, Code: code, Bold: c == '*'})
				i, run = j+1, j+1
				continue
			}
		}
		_, n := utf8.DecodeRune(src[i:to])
		i += max(n, 1)
	}
	flush(to)
}

// orgEmphasisEnd finds the marker that closes the one at i, or -1.
func orgEmphasisEnd(src []byte, i, to int) int {
	m := src[i]
	if i+1 >= to || src[i+1] == ' ' || src[i+1] == '\t' {
		return -1
	}
	for j := i + 2; j < to; j++ {
		if src[j] == m && src[j-1] != ' ' && src[j-1] != '\t' && (j+1 == to || orgPost(src[j+1])) {
			return j
		}
	}
	return -1
}

// orgLink reads [[target][text]] or [[target]] at i; it returns the
// offset after it, or i when there is none. Its pieces go into rb.
func orgLink(rb *richBuilder, src []byte, i, to int) int {
	end := strings.Index(string(src[i:to]), "]]")
	if end < 0 {
		return i
	}
	end += i
	inner := string(src[i+2 : end])
	if strings.Contains(inner, "[[") {
		return i
	}
	target, desc, hasDesc := strings.Cut(inner, "][")
	ts, te := i+2, i+2+len(target)
	if !hasDesc {
		// the target is the text: a mailto: or file: scheme is markup
		if k := strings.Index(target, ":"); k > 0 && (target[:k] == "mailto" || target[:k] == "file" || target[:k] == "tel") {
			ts += k + 1
		}
		if ts >= te {
			return i
		}
		at := rb.b.Len()
		rb.add("", Span{i, ts}, PieceMarkup)
		rb.add(string(src[ts:te]), Span{ts, te}, PieceLiteral)
		rb.add("", Span{te, end + 2}, PieceMarkup)
		rb.groups = append(rb.groups, Group{Text: Span{at, rb.b.Len()}, Outer: Span{i, end + 2}, Inner: Span{ts, te}, Code: true})
		return end + 2
	}
	ds, de := te+2, te+2+len(desc)
	if ds >= de {
		return i
	}
	at := rb.b.Len()
	rb.add("", Span{i, ds}, PieceMarkup)
	orgInline(rb, src, ds, de)
	rb.add("", Span{de, end + 2}, PieceMarkup)
	rb.groups = append(rb.groups, Group{Text: Span{at, rb.b.Len()}, Outer: Span{i, end + 2}, Inner: Span{ds, de}})
	return end + 2
}

// orgTimestamp reads a timestamp at i (<2021-05-01>, [2021-05-01 Sat
// 10:00], <2019-03>): where its date ends and where it ends, or i, i.
func orgTimestamp(src []byte, i, to int) (int, int) {
	closer := byte('>')
	if src[i] == '[' {
		closer = ']'
	}
	j := i + 1
	digits := func(n int) bool {
		for k := 0; k < n; k++ {
			if j+k >= to || src[j+k] < '0' || src[j+k] > '9' {
				return false
			}
		}
		j += n
		return true
	}
	if !digits(4) || j >= to || src[j] != '-' {
		return i, i
	}
	j++
	if !digits(2) {
		return i, i
	}
	if j+2 < to && src[j] == '-' {
		j++
		if !digits(2) {
			return i, i
		}
	}
	d := j
	for j < to && src[j] != closer && src[j] != '\n' && src[j] != '<' && src[j] != '[' {
		j++
	}
	if j >= to || src[j] != closer {
		return i, i
	}
	return d, j + 1
}

// escapeOrg keeps plain text plain in org-mode: a zero-width space stands
// before a marker that would open emphasis, inside "[[" that would open a
// link, and before what would read as a heading, keyword or comment.
func escapeOrg(s string, atLineStart bool) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		opens := strings.IndexByte(orgMarkers, c) >= 0 && (i == 0 || orgPre(s[i-1])) &&
			i+1 < len(s) && s[i+1] != ' ' && s[i+1] != '\t' && strings.IndexByte(s[i+1:], c) >= 0
		if opens || i == 0 && atLineStart && (c == '#' || c == '*') {
			b.WriteString(zwsp)
		}
		b.WriteByte(c)
		if c == '[' && strings.HasPrefix(s[i+1:], "[") || (c == '[' || c == '<') && orgDateAhead(s[i+1:]) {
			b.WriteString(zwsp)
		}
	}
	return b.String()
}

// orgDateAhead: s opens with a year and a dash, as a timestamp does.
func orgDateAhead(s string) bool {
	if len(s) < 5 || s[4] != '-' {
		return false
	}
	for k := 0; k < 4; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}
