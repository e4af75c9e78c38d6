package resume

import "github.com/bulletproof-cli/bulletproof/internal/lazy"

// "\item Organizar las bases de datos;\newline - Mantener el diccionario;
// \newline - Buscar literatura": one \item whose text breaks its line and
// opens the next with a dash holds a list of its own, one duty a line as
// the page shows it. R's vitae package writes the "\newline" its author
// typed escaped ("\textbackslash newline"), so the page shows the
// command's name where the break was meant; the dashes still part the
// duties. Each part is an item; the breaks and dashes between stay as
// written.

// latexBreakDashRe: a line break (\newline, \\, or its escaped name), then
// a dash and a space.
var latexBreakDashRe = lazy.Regexp(`(\\newline|\\\\|\\textbackslash\s*newline)\s*[-–]\s+`)

// latexBreakItems parts the item text src[from:to) at its breaks before a
// dash; one part where there are none.
func latexBreakItems(src []byte, from, to int) [][2]int {
	ms := latexBreakDashRe().FindAllIndex(src[from:to], -1)
	if len(ms) == 0 {
		return [][2]int{{from, to}}
	}
	var out [][2]int
	at := from
	for _, m := range ms {
		out = append(out, [2]int{at, from + m[0]})
		at = from + m[1]
	}
	return append(out, [2]int{at, to})
}
