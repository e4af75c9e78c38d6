package resume

import (
	"bytes"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// Pandoc's fenced divs ("::: {.job}" ... ":::") wrap a resume's entries for
// its stylesheet. The fences are no text: a fence line is blanked before
// the Markdown is parsed, so that it ends the paragraph above it as pandoc
// reads it, and every offset stays where it was.

// divFenceRe: a fenced div's opening or closing line.
var divFenceRe = lazy.Regexp(`^ {0,3}:{3,}[ \t]*(\{[^{}\n]*\}|[\w-]+)?[ \t]*:*[ \t]*\r?$`)

// blankDivFences returns body with its div fences blanked, copying it only
// when it has one; lines in code fences are kept.
func blankDivFences(body []byte) []byte {
	if !bytes.Contains(body, []byte(":::")) {
		return body
	}
	out := body
	copied := false
	fence := ""
	for at := 0; at < len(body); {
		end := bytes.IndexByte(body[at:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += at
		}
		line := body[at:end]
		t := bytes.TrimLeft(line, " ")
		switch {
		case fence != "":
			if bytes.HasPrefix(t, []byte(fence)) {
				fence = ""
			}
		case bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")):
			fence = string(t[:3])
		case divFenceRe().Match(line):
			if !copied {
				out, copied = append([]byte(nil), body...), true
			}
			for i := at; i < end; i++ {
				if out[i] != '\r' {
					out[i] = ' '
				}
			}
		}
		at = end + 1
	}
	return out
}
