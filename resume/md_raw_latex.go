package resume

import (
	"bytes"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// Raw LaTeX in Markdown. R Markdown (the vitae package's templates, a
// knitted .Rmd) and pandoc pass a LaTeX environment written among the
// Markdown ("\begin{cventries}" ... "\end{cventries}", each \cventry an
// entry with its \item lines) and a lone command ("\pagebreak") to LaTeX
// as they are, as CommonMark passes raw HTML. A person reads the entries
// they set, not the commands: the Markdown reader hands such a paragraph,
// to the end of its environment, to the LaTeX reader, which keeps each
// text where it sits in the file.

// latexCmdLineRe: a line that is only LaTeX commands and their arguments
// ("\pagebreak", "\vspace{-4mm}").
var latexCmdLineRe = lazy.Regexp(`^(\\[a-zA-Z]+\*?(\{[^{}]*\}|\[[^\]]*\])*\s*)+$`)

// rawLaTeX reads n, a top-level paragraph, as LaTeX where it opens an
// environment or holds only commands; it reports whether it did.
func (mr *mdReader) rawLaTeX(n ast.Node) bool {
	ls := n.Lines()
	if ls.Len() == 0 {
		return false
	}
	start, stop := ls.At(0).Start, ls.At(ls.Len()-1).Stop
	first := strings.TrimSpace(string(mr.src[ls.At(0).Start:ls.At(0).Stop]))
	end := -1
	if env, ok := strings.CutPrefix(first, `\begin{`); ok {
		name, _, closed := strings.Cut(env, "}")
		if !closed || name == "" || name == "document" {
			return false
		}
		// to the end of the environment, across blank lines
		i := bytes.Index(mr.src[start:], []byte(`\end{`+name+`}`))
		if i < 0 {
			return false
		}
		end = start + i + len(`\end{`+name+`}`)
		if nl := bytes.IndexByte(mr.src[end:], '\n'); nl >= 0 {
			end += nl
		} else {
			end = len(mr.src)
		}
		end = max(end, stop)
	} else {
		for i := 0; i < ls.Len(); i++ {
			if !latexCmdLineRe().MatchString(strings.TrimSpace(string(mr.src[ls.At(i).Start:ls.At(i).Stop]))) {
				return false
			}
		}
		end = stop
	}
	lr := &latexReader{src: mr.src, lines: mr.lines, cv: moderncvBody(mr.src, start, end)}
	lr.region(start, end)
	for i := range lr.out {
		lr.out[i].Style = latexStyle
	}
	mr.out = append(mr.out, lr.out...)
	mr.latexEnd = end
	return true
}

// inRawLaTeX: n lies in raw LaTeX already read (its environment went on
// past a blank line).
func (mr *mdReader) inRawLaTeX(n ast.Node) bool {
	if mr.latexEnd == 0 {
		return false
	}
	for c := n; c != nil; c = c.FirstChild() {
		if c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
			return c.Lines().At(0).Start < mr.latexEnd
		}
	}
	return false
}
