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
	outsideCodeFences(body, func(at, end int) {
		if !divFenceRe().Match(body[at:end]) {
			return
		}
		if !copied {
			out, copied = append([]byte(nil), body...), true
		}
		for i := at; i < end; i++ {
			if out[i] != '\r' {
				out[i] = ' '
			}
		}
	})
	return out
}

// outsideCodeFences calls visit with the span of each line of body that
// no ``` or ~~~ code fence holds, in order.
func outsideCodeFences(body []byte, visit func(at, end int)) {
	fence := ""
	for at := 0; at < len(body); {
		end := bytes.IndexByte(body[at:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += at
		}
		t := bytes.TrimLeft(body[at:end], " ")
		switch {
		case fence != "":
			if bytes.HasPrefix(t, []byte(fence)) {
				fence = ""
			}
		case bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")):
			fence = string(t[:3])
		default:
			visit(at, end)
		}
		at = end + 1
	}
}
