package resume

import (
	"bytes"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// rstExplicitRe: a reStructuredText explicit markup line at the margin: a
// comment or a directive (".. options=latex", ".. image:: x.png", ".. _a:"),
// never text of the resume.
var rstExplicitRe = lazy.Regexp(`^\.\.(\s+\S|\s*$)`)

// rstExplicit: where the line at at is explicit markup, the offset after
// it and the lines indented under it (its body), and how many lines that
// is; ok false when it is no such line.
func rstExplicit(src []byte, at, end int) (next, lines int, ok bool) {
	nl := bytes.IndexByte(src[at:end], '\n')
	if nl < 0 {
		nl = end - at
	}
	if !rstExplicitRe().Match(bytes.TrimRight(src[at:at+nl], " \t\r")) {
		return 0, 0, false
	}
	next, lines = min(at+nl+1, end), 1
	for next < end {
		nl := bytes.IndexByte(src[next:end], '\n')
		stop := end
		if nl >= 0 {
			stop = next + nl
		}
		ln := src[next:stop]
		if len(bytes.TrimSpace(ln)) == 0 || ln[0] != ' ' && ln[0] != '\t' {
			break
		}
		next, lines = min(stop+1, end), lines+1
	}
	return next, lines, true
}
