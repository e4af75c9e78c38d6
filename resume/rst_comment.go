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
	// the body runs over blank lines to the next line at the margin (a
	// commented-out role's list, a blank line under its title); a bare
	// ".." over a blank line is an empty comment, which takes no body
	empty := len(bytes.TrimSpace(src[at:at+nl])) == 2
	blanks, blankEnd := 0, next
	for next < end {
		nl := bytes.IndexByte(src[blankEnd:end], '\n')
		stop := end
		if nl >= 0 {
			stop = blankEnd + nl
		}
		ln := src[blankEnd:stop]
		if len(bytes.TrimSpace(ln)) == 0 {
			if empty && lines == 1 || stop >= end {
				break
			}
			blanks, blankEnd = blanks+1, stop+1
			continue
		}
		if ln[0] != ' ' && ln[0] != '\t' {
			break
		}
		next, lines = min(stop+1, end), lines+blanks+1
		blanks, blankEnd = 0, next
	}
	return next, lines, true
}
