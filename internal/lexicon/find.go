package lexicon

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Mention is one technology found in a text.
type Mention struct {
	Entry      *Entry
	Start, End int    // byte offsets in the text
	Text       string // as written
	Form       string // the declared spelling it matched
	Ambiguous  bool   // the spelling is also an ordinary word; context made it a technology
}

// Find returns the technologies mentioned in text, in order. Spellings that
// are also ordinary words count only in technology context (see context.go).
// Text inside URLs and e-mail addresses is skipped.
func (l *Lexicon) Find(text string) []Mention { return l.AppendFind(make([]Mention, 0, 8), text) }

// AppendFind is Find appending to dst, for callers that reuse a buffer.
func (l *Lexicon) AppendFind(dst []Mention, text string) []Mention {
	return l.AppendFindLower(dst, text, "")
}

// AppendFindLower is AppendFind for a caller that has text with its ASCII
// letters lowercased already (LowerASCII; "" when it has not).
func (l *Lexicon) AppendFindLower(dst []Mention, text, lower string) []Mention {
	buf := bufPool.Get().(*normBuf)
	defer bufPool.Put(buf)
	norm, offs := normTextInto(buf, text)
	out := dst
	n := len(norm)
	for i := 0; i < n; {
		if !wordStart(norm, i) {
			i++
			continue
		}
		j := i
		if norm[j] == '.' {
			j++
		}
		for j < n && isAlnum(norm[j]) {
			j++
		}
		cands := l.index.get(norm[i:j])
		// "python3": the version digits are not part of the key
		if k := j; isDigit(norm[j-1]) {
			for k > i && isDigit(norm[k-1]) {
				k--
			}
			if k-i >= 3 {
				cands = append(cands[:len(cands):len(cands)], l.index.get(norm[i:k])...)
			}
		}
		matched := false
		for _, s := range cands {
			end := i + len(s.norm)
			// (the last byte first: "aws" opens 149 spellings)
			if end > n || norm[end-1] != s.norm[len(s.norm)-1] || string(norm[i:end]) != s.norm || !wordEnd(norm, end, s.norm) {
				continue
			}
			start, stop := int(offs[i]), int(offs[end])
			written := text[start:stop]
			if s.entry.CaseSensitive && !declaredCase(s.entry, written) && !(s.ambiguous && len(written) >= 3 && (labelledLine(text, start) || documentNounAfter(norm, end))) {
				continue // ("Skills: python, excel": a list of tools names Excel in any case)
			}
			if inAddress(text, start, stop) {
				continue
			}
			out = append(out, Mention{Entry: s.entry, Start: start, End: stop, Text: written, Form: s.form, Ambiguous: s.ambiguous})
			i = end
			matched = true
			break
		}
		if !matched {
			i = max(j, i+1)
		}
	}
	return resolveAmbiguous(text, lower, out)
}

// documentNounAfter: a kind of document follows the word at end ("11
// excel reports", "excel macros"): the word names the tool that makes it.
func documentNounAfter(norm []byte, end int) bool {
	rest := strings.TrimLeft(string(norm[end:min(len(norm), end+16)]), " ")
	for _, w := range []string{"report", "spreadsheet", "sheet", "workbook", "macro", "model", "formula", "template", "file", "dashboard"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// wordStart: a spelling may begin at a letter or digit (or a '.' before
// letters, for ".NET") that does not continue a word.
func wordStart(norm []byte, i int) bool {
	if i > 0 && (isAlnum(norm[i-1]) || norm[i-1] == '.' && i > 1 && isAlnum(norm[i-2])) {
		return false
	}
	if i > 0 && norm[i-1] >= utf8.RuneSelf {
		// ("läuft" holds no "uft"; but "使用Kafka" names Kafka: scripts
		// without spaces glue words)
		if r, _ := utf8.DecodeLastRune(norm[:i]); spacedLetter(r) {
			return false
		}
	}
	if isAlnum(norm[i]) {
		return true
	}
	return norm[i] == '.' && i+1 < len(norm) && isLetter(norm[i+1])
}

// wordEnd: a spelling must not run into a following letter. A digit may
// follow a spelling of three or more letters, as a version ("python3").
func wordEnd(norm []byte, end int, spelling string) bool {
	if end >= len(norm) {
		return true
	}
	c := norm[end]
	switch {
	case isLetter(c):
		return false
	case c >= utf8.RuneSelf:
		r, _ := utf8.DecodeRune(norm[end:])
		return !spacedLetter(r)
	case isDigit(c):
		last := spelling[len(spelling)-1]
		return isLetter(last) && len(spelling) >= 3
	case c == '.' || c == '+' || c == '#':
		// "Node.js" must not match "Node" then ".js"; "C++" not "C".
		return end+1 >= len(norm) || !isAlnum(norm[end+1]) && norm[end+1] != '+' && norm[end+1] != '#'
	}
	return true
}

func declaredCase(e *Entry, written string) bool {
	for _, s := range e.Surfaces() {
		if s == written {
			return true
		}
	}
	return false
}

// inAddress reports whether [start, stop) lies in a URL or e-mail address.
func inAddress(text string, start, stop int) bool {
	a, b := start, stop
	for a > 0 && !isSpaceByte(text[a-1]) {
		a--
	}
	for b < len(text) && !isSpaceByte(text[b]) {
		b++
	}
	tok := text[a:b]
	if strings.Contains(tok, "@") || strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") {
		return true
	}
	if strings.Contains(tok, "/") {
		for _, d := range []string{".com", ".org", ".net", ".io", ".dev", ".ai", ".co"} {
			if i := strings.Index(tok, d); i >= 0 && (i+len(d) == len(tok) || tok[i+len(d)] == '/') {
				return true
			}
		}
	}
	return false
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// normBuf holds normTextInto's output between calls.
type normBuf struct {
	norm []byte
	offs []int32
}

var bufPool = sync.Pool{New: func() any { return &normBuf{} }}

// normTextInto lowercases text and folds '-', '_' and white-space runs to
// one space, as normalize does for spellings, keeping for every byte of the
// result the offset of the text byte it came from (plus one past the end).
func normTextInto(buf *normBuf, text string) ([]byte, []int32) {
	norm := buf.norm[:0]
	offs := buf.offs[:0]
	defer func() { buf.norm, buf.offs = norm, offs }()
	space := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '-' || c == '_' || c == ' ' || c == '\t' || c == '\n' || c == '\r':
				if !space {
					norm = append(norm, ' ')
					offs = append(offs, int32(i))
				}
				space = true
				i++
				continue
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			norm = append(norm, c)
			offs = append(offs, int32(i))
			space = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '’' {
			norm = append(norm, '\'')
			offs = append(offs, int32(i))
		} else {
			var rb [utf8.UTFMax]byte
			m := utf8.EncodeRune(rb[:], toLowerRune(r))
			for k := 0; k < m; k++ {
				norm = append(norm, rb[k])
				offs = append(offs, int32(i))
			}
		}
		space = false
		i += size
	}
	offs = append(offs, int32(len(text)))
	return norm, offs
}

// spacedLetter: r is a letter of a script that sets words apart with
// spaces (Latin, Cyrillic, Greek), so a spelling cannot run into it.
func spacedLetter(r rune) bool {
	return unicode.IsLetter(r) && (unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Cyrillic, r) || unicode.Is(unicode.Greek, r))
}
