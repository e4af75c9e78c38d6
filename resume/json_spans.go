package resume

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// JSON Resume is edited at token level: every value's place in the file is
// known by its path ("work.0.highlights.2"), so a rewrite replaces one
// string's content and nothing else, keeping indentation, key order and
// escapes.

// jsonVal is where one value sits.
type jsonVal struct {
	span Span // the whole value, quotes or brackets included
	kind byte // '"' string, '{' object, '[' array, '0' anything else
}

// inner is a string's content without its quotes.
func (v jsonVal) inner() Span { return Span{v.span.Start + 1, v.span.End - 1} }

// jsonSpans reads where every value of a JSON document sits, by path.
func jsonSpans(data []byte) (map[string]jsonVal, error) {
	s := &spanScanner{data: data, dec: json.NewDecoder(bytes.NewReader(data)), out: map[string]jsonVal{}}
	s.dec.UseNumber()
	if err := s.value(""); err != nil {
		return nil, err
	}
	return s.out, nil
}

type spanScanner struct {
	data  []byte
	dec   *json.Decoder
	out   map[string]jsonVal
	depth int
}

// next is where the next token starts: past spaces, commas and colons.
func (s *spanScanner) next() int {
	i := int(s.dec.InputOffset())
	for i < len(s.data) {
		switch s.data[i] {
		case ' ', '\t', '\n', '\r', ',', ':':
			i++
			continue
		}
		break
	}
	return i
}

func (s *spanScanner) value(path string) error {
	s.depth++
	defer func() { s.depth-- }()
	if s.depth > 64 {
		return errTooDeep
	}
	start := s.next()
	tok, err := s.dec.Token()
	if err != nil {
		return err
	}
	join := func(k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			for s.dec.More() {
				kt, err := s.dec.Token()
				if err != nil {
					return err
				}
				k, _ := kt.(string)
				if err := s.value(join(k)); err != nil {
					return err
				}
			}
			if _, err := s.dec.Token(); err != nil {
				return err
			}
			s.out[path] = jsonVal{span: Span{start, int(s.dec.InputOffset())}, kind: '{'}
		case '[':
			for i := 0; s.dec.More(); i++ {
				if err := s.value(join(strconv.Itoa(i))); err != nil {
					return err
				}
			}
			if _, err := s.dec.Token(); err != nil {
				return err
			}
			s.out[path] = jsonVal{span: Span{start, int(s.dec.InputOffset())}, kind: '['}
		}
	case string:
		s.out[path] = jsonVal{span: Span{start, int(s.dec.InputOffset())}, kind: '"'}
	default:
		s.out[path] = jsonVal{span: Span{start, int(s.dec.InputOffset())}, kind: '0'}
	}
	return nil
}

var errTooDeep = jsonDepthError{}

type jsonDepthError struct{}

func (jsonDepthError) Error() string { return "the JSON is nested too deep" }

// jsonStringRich decodes a JSON string's content (src[in]) into plain text
// with its map: runs of plain characters are literal, each escape is markup
// that reads as the character it stands for.
func jsonStringRich(src []byte, in Span, line int) rich {
	var rb richBuilder
	s := src[in.Start:in.End]
	run := 0
	flush := func(i int) {
		if i > run {
			rb.add(string(s[run:i]), Span{in.Start + run, in.Start + i}, PieceLiteral)
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			continue
		}
		flush(i)
		n := 2
		var text string
		switch s[i+1] {
		case 'n':
			text = "\n"
		case 't':
			text = "\t"
		case 'r':
			text = "\r"
		case 'b':
			text = "\b"
		case 'f':
			text = "\f"
		case 'u':
			r, used := decodeJSONEscape(s[i:])
			text, n = string(r), used
		default:
			text = string(s[i+1])
		}
		rb.add(text, Span{in.Start + i, in.Start + i + n}, PieceMarkup)
		i += n - 1
		run = i + 1
	}
	flush(len(s))
	r := rb.rich(line)
	if len(r.pieces) == 0 {
		r.pieces = []Piece{{Src: Span{in.Start, in.Start}}}
	}
	return r
}

// decodeJSONEscape reads \uXXXX (and a following low surrogate) at s.
func decodeJSONEscape(s []byte) (rune, int) {
	hex := func(b []byte) (rune, bool) {
		if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(string(b[2:6]), 16, 32)
		return rune(v), err == nil
	}
	r, ok := hex(s)
	if !ok {
		return utf8.RuneError, 2
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex(s[6:]); ok {
			if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
				return d, 12
			}
		}
	}
	return r, 6
}
