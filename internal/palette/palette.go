// Package palette is bulletproof's one color scheme: the escape codes
// every text report colors with. Whether a stream is colored at all
// (--color, NO_COLOR, TERM=dumb, a terminal) is the command's to decide;
// a report is told only yes or no.
package palette

// Palette is the escape codes a report uses; the zero value is plain text.
type Palette struct {
	Good  string // accepted, matched, added
	Bad   string // rejected, missing, removed, an error
	Warn  string // a warning, input needed
	Info  string // information
	Mark  string // the words a finding is about, inside a line
	Dim   string // ids, sources, what matters less
	Bold  string // headings
	Reset string // back to plain
}

// ANSI is the palette for terminals.
var ANSI = Palette{
	Good:  "\x1b[32m",
	Bad:   "\x1b[31m",
	Warn:  "\x1b[33m",
	Info:  "\x1b[36m",
	Mark:  "\x1b[31;4m",
	Dim:   "\x1b[2m",
	Bold:  "\x1b[1m",
	Reset: "\x1b[0m",
}

// For is ANSI when color is true, else plain text.
func For(color bool) Palette {
	if color {
		return ANSI
	}
	return Palette{}
}
