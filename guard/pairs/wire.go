package pairs

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// A pairs file is mostly plain lines of four string fields, and
// encoding/json's reflection was a seventh of `guard --pairs`. decodeInput
// reads that common shape directly; any line it is unsure of (numbers or
// null where strings go, a key spelled in other case, a repeated key, raw
// invalid UTF-8, nesting beyond a few levels) goes to json.Unmarshal, which
// decides, so the two always agree (FuzzDecodeInput).

// decodeInput reads line as Unmarshal would into Input.
func decodeInput(line []byte) (Input, error) {
	if in, ok := fastInput(line); ok {
		return in, nil
	}
	var in Input
	err := json.Unmarshal(line, &in)
	return in, err
}

type wireScanner struct {
	b []byte
	i int
}

func fastInput(line []byte) (Input, bool) {
	s := wireScanner{b: line}
	var in Input
	var seen [4]bool
	s.space()
	if !s.byte('{') {
		return in, false
	}
	s.space()
	if s.byte('}') {
		return in, s.end()
	}
	for {
		s.space()
		key, ok := s.str()
		if !ok {
			return in, false
		}
		s.space()
		if !s.byte(':') {
			return in, false
		}
		s.space()
		k := fieldOf(key)
		if k >= 0 && seen[k] {
			return in, false
		}
		switch k {
		case 0, 1, 2:
			v, ok := s.str()
			if !ok {
				return in, false
			}
			switch k {
			case 0:
				in.ID = v
			case 1:
				in.Source = &v
			case 2:
				in.Rewrite = &v
			}
		case 3:
			facts, ok := s.strings()
			if !ok {
				return in, false
			}
			in.Facts = facts
		case -1:
			if !s.skip(0) {
				return in, false
			}
		default: // another case of a known key: Unmarshal folds case
			return in, false
		}
		if k >= 0 {
			seen[k] = true
		}
		s.space()
		if s.byte('}') {
			return in, s.end()
		}
		if !s.byte(',') {
			return in, false
		}
	}
}

// fieldOf: 0–3 for id, source, rewrite, facts; -2 for those in other case;
// -1 for any other key.
func fieldOf(key string) int {
	for i, name := range [...]string{"id", "source", "rewrite", "facts"} {
		if key == name {
			return i
		}
		if bytes.EqualFold([]byte(key), []byte(name)) {
			return -2
		}
	}
	if !utf8.ValidString(key) || bytes.ContainsAny([]byte(key), "\u017f\u212a") {
		return -2 // (ſ and the Kelvin sign fold to s and k)
	}
	return -1
}

func (s *wireScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *wireScanner) byte(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

func (s *wireScanner) end() bool {
	s.space()
	return s.i == len(s.b)
}

// str reads a JSON string as Unmarshal decodes it; raw invalid UTF-8 is
// left to Unmarshal.
func (s *wireScanner) str() (string, bool) {
	if !s.byte('"') {
		return "", false
	}
	start := s.i
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			v := string(s.b[start:s.i])
			s.i++
			return v, true
		case c == '\\':
			return s.escaped(start)
		case c < 0x20:
			return "", false
		case c < utf8.RuneSelf:
			s.i++
		default:
			r, n := utf8.DecodeRune(s.b[s.i:])
			if r == utf8.RuneError && n == 1 {
				return "", false
			}
			s.i += n
		}
	}
	return "", false
}

func (s *wireScanner) escaped(start int) (string, bool) {
	out := append(make([]byte, 0, s.i-start+16), s.b[start:s.i]...)
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			s.i++
			return string(out), true
		case c < 0x20:
			return "", false
		case c == '\\':
			if s.i+1 >= len(s.b) {
				return "", false
			}
			s.i += 2
			switch s.b[s.i-1] {
			case '"', '\\', '/':
				out = append(out, s.b[s.i-1])
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := s.hex4()
				if !ok {
					return "", false
				}
				if utf16.IsSurrogate(r) {
					// a valid pair joins; anything else is U+FFFD and
					// the next escape stands on its own (as Unmarshal)
					if s.i+1 < len(s.b) && s.b[s.i] == '\\' && s.b[s.i+1] == 'u' {
						save := s.i
						s.i += 2
						r2, ok := s.hex4()
						if dec := utf16.DecodeRune(r, r2); ok && dec != utf8.RuneError {
							out = utf8.AppendRune(out, dec)
							continue
						}
						s.i = save
					}
					r = utf8.RuneError
				}
				out = utf8.AppendRune(out, r)
			default:
				return "", false
			}
		case c < utf8.RuneSelf:
			out = append(out, c)
			s.i++
		default:
			r, n := utf8.DecodeRune(s.b[s.i:])
			if r == utf8.RuneError && n == 1 {
				return "", false
			}
			out = append(out, s.b[s.i:s.i+n]...)
			s.i += n
		}
	}
	return "", false
}

func (s *wireScanner) hex4() (rune, bool) {
	if s.i+4 > len(s.b) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(s.b[s.i:s.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	s.i += 4
	return rune(v), true
}

// strings reads an array of strings (null stays a nil slice).
func (s *wireScanner) strings() ([]string, bool) {
	if s.literal("null") {
		return nil, true
	}
	if !s.byte('[') {
		return nil, false
	}
	out := []string{}
	s.space()
	if s.byte(']') {
		return out, true
	}
	for {
		s.space()
		v, ok := s.str()
		if !ok {
			return nil, false
		}
		out = append(out, v)
		s.space()
		if s.byte(']') {
			return out, true
		}
		if !s.byte(',') {
			return nil, false
		}
	}
}

func (s *wireScanner) literal(w string) bool {
	if bytes.HasPrefix(s.b[s.i:], []byte(w)) {
		s.i += len(w)
		return true
	}
	return false
}

// skip passes over the value of a key the pair does not use (a label, a
// note), validating it; deep nesting goes to Unmarshal.
func (s *wireScanner) skip(depth int) bool {
	if s.i >= len(s.b) || depth > 8 {
		return false
	}
	switch c := s.b[s.i]; {
	case c == '"':
		_, ok := s.str()
		return ok
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		return s.number()
	case c == '[' || c == '{':
		s.i++
		closer := byte(']')
		if c == '{' {
			closer = '}'
		}
		s.space()
		if s.byte(closer) {
			return true
		}
		for {
			s.space()
			if c == '{' {
				if _, ok := s.str(); !ok {
					return false
				}
				s.space()
				if !s.byte(':') {
					return false
				}
				s.space()
			}
			if !s.skip(depth + 1) {
				return false
			}
			s.space()
			if s.byte(closer) {
				return true
			}
			if !s.byte(',') {
				return false
			}
		}
	}
	return false
}

// number checks JSON's number grammar.
func (s *wireScanner) number() bool {
	s.byte('-')
	digits := func() int {
		n := 0
		for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
			s.i++
			n++
		}
		return n
	}
	if s.byte('0') {
		// no leading zeros
	} else if digits() == 0 {
		return false
	}
	if s.byte('.') && digits() == 0 {
		return false
	}
	if s.i < len(s.b) && (s.b[s.i] == 'e' || s.b[s.i] == 'E') {
		s.i++
		if !s.byte('+') {
			s.byte('-')
		}
		if digits() == 0 {
			return false
		}
	}
	return true
}

// appendOutput writes o as json.Marshal does, without its reflection.
func appendOutput(dst []byte, o Output) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendString(dst, o.ID)
	dst = append(dst, `,"verdict":`...)
	dst = appendString(dst, string(o.Verdict))
	if o.Findings == nil {
		return append(dst, `,"findings":null}`...)
	}
	dst = append(dst, `,"findings":[`...)
	for i, f := range o.Findings {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, `{"kind":`...)
		dst = appendString(dst, string(f.Kind))
		dst = append(dst, `,"code":`...)
		dst = appendString(dst, f.Code)
		dst = append(dst, `,"text":`...)
		dst = appendString(dst, f.Text)
		dst = append(dst, `,"start":`...)
		dst = strconv.AppendInt(dst, int64(f.Start), 10)
		dst = append(dst, `,"end":`...)
		dst = strconv.AppendInt(dst, int64(f.End), 10)
		dst = append(dst, `,"severity":`...)
		dst = appendString(dst, string(f.Severity))
		dst = append(dst, `,"detail":`...)
		dst = appendString(dst, f.Detail)
		dst = append(dst, '}')
	}
	return append(dst, "]}"...)
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does: HTML-safe, U+2028 and
// U+2029 escaped, invalid UTF-8 as U+FFFD.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += n
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += n
			start = i
			continue
		}
		i += n
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
