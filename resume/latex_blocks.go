package resume

import (
	"bytes"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strings"
	"sync"
)

// A resume kept as LaTeX source (often saved as resume.txt): its text is
// in the arguments of commands. \section{...} is a heading, \item a list
// item, a command with several arguments on lines of its own
// (\resumeSubheading{Company}{City}{Title}{Dates}) one line of its
// arguments, a table row its cells; comments, the preamble and layout
// commands are not read. Text keeps its place in the source, and an edit
// is written with LaTeX's escapes.

// latexStyle marks blocks read from LaTeX source.
const latexStyle = "latex"

// looksLikeLaTeX: the text is a LaTeX document.
func looksLikeLaTeX(src []byte) bool {
	if bytes.Contains(src, []byte(`\begin{document}`)) || bytes.Contains(src, []byte(`\documentclass`)) {
		return true
	}
	// a fragment a template \input's (a section file of Awesome-CV): a
	// sectioning command and an environment, each at the start of a line
	return latexFragmentRe().Match(src) && latexEnvRe().Match(src)
}

var (
	latexFragmentRe = lazy.Regexp(`(?m)^[ \t]*\\(section|subsection|cvsection|cvsubsection)\*?\s*\{`)
	latexEnvRe      = lazy.Regexp(`(?m)^[ \t]*\\begin\{[a-zA-Z*]+\}`)
)

var (
	latexSectionRe = lazy.Regexp(`^\\(section|subsection|cvsection)\*?\s*\{`)
	latexItemRe    = lazy.Regexp(`^\\item\b\s*(\[[^\]]*\])?`)
	latexCmdRe     = lazy.Regexp(`^\\[a-zA-Z]+\*?`)
)

// latexLayout are commands whose arguments are never text.
var latexLayout = map[string]bool{
	`\begin`: true, `\end`: true, `\vspace`: true, `\hspace`: true, `\usepackage`: true, `\newcommand`: true,
	`\renewcommand`: true, `\setlength`: true, `\addtolength`: true, `\titleformat`: true, `\pagestyle`: true,
	`\documentclass`: true, `\input`: true, `\include`: true, `\label`: true, `\color`: true, `\definecolor`: true,
	`\fancyhf`: true, `\fancyfoot`: true, `\fancyhead`: true, `\geometry`: true, `\hypersetup`: true, `\urlstyle`: true,
}

// latexLengths set a length given after them without braces.
var latexLengths = map[string]bool{`\itemsep`: true, `\parskip`: true, `\parsep`: true, `\topsep`: true, `\leftmargin`: true, `\itemindent`: true, `\labelsep`: true}

// latexInline are commands that style text in a line: a line that starts
// with one is read as a line of text.
var latexInline = map[string]bool{
	`\textbf`: true, `\textit`: true, `\emph`: true, `\underline`: true, `\href`: true, `\url`: true,
	`\textsc`: true, `\small`: true, `\large`: true, `\Large`: true, `\LARGE`: true, `\huge`: true, `\Huge`: true,
	`\scshape`: true, `\bfseries`: true, `\itshape`: true, `\normalsize`: true, `\footnotesize`: true,
	`\mbox`: true, `\hfill`: true, `\textcolor`: true, `\centering`: true, `\noindent`: true, `\faIcon`: true,
}

// latexBlocks reads LaTeX source into blocks.
func latexBlocks(src []byte) []Block {
	lines := newLineIndex(src)
	start := 0
	if i := bytes.Index(src, []byte(`\begin{document}`)); i >= 0 {
		start = i + len(`\begin{document}`)
	}
	end := len(src)
	if i := bytes.LastIndex(src, []byte(`\end{document}`)); i >= start {
		end = i
	}
	lr := &latexReader{src: src, lines: lines, header: true, cv: moderncvBody(src, start, end)}
	lr.macros = latexMacros(src, end)
	if start > 0 {
		lr.preamble(start)
	}
	// a cover letter set before the CV (moderncv's \recipient ...
	// \makeletterclosing) is no resume text: it is not read
	if ls, le, ok := latexLetter(src, start, end); ok {
		lr.region(start, ls)
		lr.region(le, end)
	} else {
		lr.region(start, end)
	}
	for i := range lr.out {
		lr.out[i].Style = latexStyle
	}
	return lr.out
}

type latexReader struct {
	src   []byte
	lines lineIndex
	out   []Block
	table bool // inside a tabular: rows split at \\ and cells at &
	// header: before the first \section, where a link's target is the
	// contact when its text is only a word ("GitHub")
	header bool
	// cv: the body sets its entries with \cventry (moderncv), where a
	// \subsection is a heading one level under a \section
	cv bool
	// macros: the author's own commands (\newcommand{\pu}{Purdue
	// University}, \newcommand{\jobdate}[2]{#1 -- #2}): where each one's
	// text is, and how many arguments it takes
	macros map[string]latexMacro
	depth  int // macros read inside macros, so far
}

// latexLetter finds a moderncv letter in [start, end): from its first
// letter command (\recipient, \opening, \makelettertitle) to the end of
// \makeletterclosing.
func latexLetter(src []byte, start, end int) (int, int, bool) {
	body := src[start:end]
	closing := bytes.Index(body, []byte(`\makeletterclosing`))
	if closing < 0 {
		return 0, 0, false
	}
	from := -1
	for _, c := range []string{`\recipient`, `\opening`, `\makelettertitle`} {
		if i := bytes.Index(body, []byte(c)); i >= 0 && i < closing && (from < 0 || i < from) {
			from = i
		}
	}
	if from < 0 {
		return 0, 0, false
	}
	// back to the start of the line the letter opens on
	if nl := bytes.LastIndexByte(body[:from], '\n'); nl >= 0 {
		from = nl + 1
	} else {
		from = 0
	}
	return start + from, start + closing + len(`\makeletterclosing`), true
}

// region reads the lines of [at, end).
func (lr *latexReader) region(at, end int) {
	for at < end {
		nl := bytes.IndexByte(lr.src[at:end], '\n')
		stop := end
		if nl >= 0 {
			stop = at + nl
		}
		at = lr.line(at, stop, end)
		if at <= stop {
			at = stop + 1
		}
	}
}

// latexHeaderCmds are the preamble's contact commands (moderncv and the
// like): \name{First}{Last}, \phone[mobile]{...}, \social[github]{user};
// europecv's \ecvname{Last, First}, \ecvemail{...}.
var latexHeaderCmdRe = lazy.Regexp(`(?m)^[ \t]*\\(?:ecv)?(name|firstname|familyname|title|address|phone|telephone|mobile|email|homepage|social|extrainfo)\b`)

// socialSites: where \social[site]{user} points.
var socialSites = map[string]string{"github": "github.com/", "linkedin": "linkedin.com/in/", "twitter": "twitter.com/", "gitlab": "gitlab.com/", "stackoverflow": "stackoverflow.com/users/"}

// preamble reads the contact commands before \begin{document}.
func (lr *latexReader) preamble(end int) {
	s := lr.src
	first := -1 // the block of \firstname, waiting for \familyname
	for _, m := range latexHeaderCmdRe().FindAllSubmatchIndex(s[:end], -1) {
		if bytes.Contains(s[m[0]:m[1]], []byte("%")) {
			continue
		}
		name := string(s[m[2]:m[3]])
		i := m[1]
		opt := ""
		optSpan := Span{i, i}
		if i < end && s[i] == '[' {
			if j := bytes.IndexByte(s[i:end], ']'); j > 0 {
				opt = strings.ToLower(string(s[i+1 : i+j]))
				optSpan = Span{i, i + j + 1}
				i += j + 1
			}
		}
		var rb richBuilder
		if site, ok := socialSites[opt]; ok && name == "social" {
			rb.add(site, optSpan, PieceFixed)
		}
		if name == "address" {
			rb.add("Address: ", Span{m[1], m[1]}, PieceFixed)
		}
		for i < end && s[i] == '{' {
			close := matchBrace(s, i, end)
			if close < 0 {
				break
			}
			r := lr.rich(i+1, close)
			// a web address is written as it is ("~anwankwo" is no space)
			if name == "homepage" && bytes.IndexByte(s[i+1:close], '\\') < 0 {
				t := strings.TrimSpace(string(s[i+1 : close]))
				at := i + 1 + bytes.Index(s[i+1:close], []byte(t))
				r = rich{text: t, pieces: literalPieces(t, Span{at, at + len(t)}), line: lr.lines.line(at)}
			}
			// "Updated: \today": when the file was built, no text
			if name == "extrainfo" && bytes.Contains(s[i+1:close], []byte(`\today`)) && wordCount(r.text) <= 2 {
				r = rich{}
			}
			if r.text != "" {
				if rb.b.Len() > 0 && name != "social" && !strings.HasSuffix(rb.b.String(), ": ") {
					sep := ", "
					if name == "name" {
						sep = " "
					}
					prev := rb.pieces[len(rb.pieces)-1].Src.End
					rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + len(sep)}, Src: Span{prev, r.span().Start}, Kind: PieceFixed})
					rb.b.WriteString(sep)
				}
				rb.addRich(r)
			}
			i = close + 1
		}
		// \ecvtelephone[+46 70 000 55 19]{}: europecv's mobile number,
		// given in the brackets
		if rb.b.Len() == 0 && name == "telephone" && optSpan.End-optSpan.Start > 2 {
			rb.addRich(lr.rich(optSpan.Start+1, optSpan.End-1))
		}
		if r := rb.rich(0); r.text != "" {
			// \firstname then \familyname: one name
			if name == "familyname" && first >= 0 && first == len(lr.out)-1 {
				fb := lr.out[first]
				r = joinFixed(richOf(&fb), " ", r)
				lr.out = lr.out[:first]
			}
			first = -1
			lr.emit(Block{Kind: BlockParagraph}, r)
			if name == "firstname" {
				first = len(lr.out) - 1
			}
		}
	}
}

// line reads the source line [at, stop); a command's arguments may go on
// over the next lines (up to end). It returns where reading goes on.
func (lr *latexReader) line(at, stop, end int) int {
	s := lr.src
	for at < stop && (s[at] == ' ' || s[at] == '\t') {
		at++
	}
	text := string(s[at:stop])
	switch {
	case strings.TrimSpace(text) == "" || text[0] == '%':
		return stop + 1
	case strings.HasPrefix(text, `\begin{tabular`):
		lr.table = true
		return stop + 1
	case strings.HasPrefix(text, `\end{tabular`):
		lr.table = false
		return stop + 1
	case lr.table:
		lr.row(at, stop)
		return stop + 1
	}
	if m := latexSectionRe().FindStringIndex(text); m != nil {
		open := at + m[1] - 1
		close := matchBrace(s, open, end)
		if close < 0 {
			return stop + 1
		}
		lr.header = false
		// (moderncv) a \subsection is one level under a \section
		level := 2
		if lr.cv && strings.HasPrefix(text[m[0]:], "\\subsection") {
			level = 3
		}
		r := lr.rich(open+1, close)
		// \cvsection{\faBriefcase}{Experience}: a template's section
		// command that takes an icon first, its title next
		if r.text == "" && close+1 < end && s[close+1] == '{' {
			if c2 := matchBrace(s, close+1, end); c2 > 0 {
				r, close = lr.rich(close+2, c2), c2
			}
		}
		if r.text != "" {
			lr.emit(Block{Kind: BlockHeading, Level: level}, r)
		}
		return close + 1
	}
	// "\normalsize\thinfont\item Ran practicals": style declarations
	// before an item
	k := declarations(text)
	if m := latexItemRe().FindStringIndex(text[k:]); m != nil {
		return lr.item(at+k+m[1], stop, end)
	}
	if m := latexCmdRe().FindString(text); m != "" && !latexInline[m] {
		return lr.command(at, m, end)
	}
	if r := lr.rich(at, stop); r.text != "" {
		lr.emit(Block{Kind: BlockParagraph}, r)
	}
	return stop + 1
}

// declarations is the length of the run of commands without arguments
// ("\normalsize\thinfont") that opens text.
func declarations(text string) int {
	k := 0
	for {
		m := latexCmdRe().FindString(text[k:])
		if m == "" || strings.HasPrefix(m, `\item`) {
			return k
		}
		j := k + len(m)
		if j < len(text) && (text[j] == '{' || text[j] == '[') {
			return k
		}
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		k = j
	}
}

// item reads "\item text" or "\item{...}" or "\resumeItem{...}{...}".
func (lr *latexReader) item(at, stop, end int) int {
	s := lr.src
	for at < stop && (s[at] == ' ' || s[at] == '\t') {
		at++
	}
	if at < stop && s[at] == '{' {
		if close := matchBrace(s, at, end); close > 0 {
			lr.emitItem(at+1, close)
			return close + 1
		}
	}
	// "\item \textbf{Designed} the service": styled text is the item's
	if at < stop && s[at] == '\\' {
		if m := latexCmdRe().Find(s[at:stop]); m != nil && !latexInline[string(m)] {
			return lr.command(at, string(m), end)
		}
	}
	lr.emitItem(at, stop)
	return stop + 1
}

func (lr *latexReader) emitItem(from, to int) {
	for _, p := range latexBreakItems(lr.src, from, to) {
		if r := lr.rich(p[0], p[1]); r.text != "" {
			lr.emit(Block{Kind: BlockListItem}, r)
		}
	}
}

// command reads a command at at with its brace arguments, which may run
// over several lines: a layout command is skipped; one whose name says it
// is an item gives its last argument as a list item; any other gives a
// line of its arguments.
func (lr *latexReader) command(at int, name string, end int) int {
	s := lr.src
	i := at + len(name)
	var args [][2]int
	for {
		j := i
		newlines := 0
		for j < end && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '%') {
			if s[j] == '\n' {
				newlines++
			}
			if s[j] == '%' {
				// a comment between arguments, one to a line ("{Acme} % Organization")
				if k := bytes.IndexByte(s[j:end], '\n'); k >= 0 {
					j += k
				} else {
					j = end
				}
			}
			j++
		}
		if j < end && s[j] == '[' && (len(args) == 0 || latexLayout[name]) {
			if k := bytes.IndexByte(s[j:end], ']'); k > 0 {
				i = j + k + 1
				continue
			}
		}
		// a blank line ends a paragraph, and the arguments with it
		if j >= end || s[j] != '{' || newlines >= 2 {
			break
		}
		close := matchBrace(s, j, end)
		if close < 0 {
			break
		}
		args = append(args, [2]int{j + 1, close})
		i = close + 1
	}
	nl := bytes.IndexByte(s[at:end], '\n')
	eol := end
	if nl >= 0 {
		eol = at + nl
	}
	// \begin{rSection}{Experience} (resume.cls): a section's heading
	if name == `\begin` && len(args) == 2 && strings.Contains(strings.ToLower(string(s[args[0][0]:args[0][1]])), "section") {
		if r := lr.rich(args[1][0], args[1][1]); r.text != "" {
			lr.header = false
			lr.emit(Block{Kind: BlockHeading, Level: 2}, r)
		}
		return i
	}
	// \itemsep -3pt: a length, no text
	if latexLengths[name] {
		return eol + 1
	}
	// \spacedhrule{0.9em}{-0.4em}, \nobreakvspace{0.4em}: a class's own
	// spacing command, its arguments only lengths, is layout too
	if latexLayout[strings.TrimSuffix(name, "*")] || len(args) == 0 || lengthsOnly(s, args) {
		// what follows on the line is read on
		if i < eol {
			return lr.line(i, eol, end)
		}
		return max(i, eol+1)
	}
	// \roottitle{Summary}, \cvsect{Experience}: a class's own section
	// command, alone on its line, its one argument a section's title
	if len(args) == 1 && !strings.Contains(strings.ToLower(name), "item") && strings.TrimSpace(string(s[i:max(i, eol)])) == "" {
		if r := lr.rich(args[0][0], args[0][1]); r.text != "" && !strings.Contains(r.text, "\n") {
			if _, known := sectionKind(r.text); known {
				lr.header = false
				lr.emit(Block{Kind: BlockHeading, Level: 2}, r)
				return i
			}
		}
	}
	// \cvitem{Label}{text} (moderncv) is a line of its arguments
	if strings.Contains(strings.ToLower(name), "item") && !(labelledItemCmd(name) && len(args) >= 2) {
		a := args[len(args)-1]
		lr.emitItem(a[0], a[1])
		return i
	}
	// \cventry{dates}{title}{employer}{city}{}{description}: a last
	// argument that holds a list or a sentence is read after the line
	// (friggeri-cv's \entry{dates}{title}{place}{description}: its last
	// always, however short)
	var body [2]int
	nested, labelOver := false, false
	if n := len(args); n >= 2 {
		a := args[n-1]
		t := string(s[a[0]:a[1]])
		words := len(strings.Fields(t))
		// (\headedsection{Employer}{City}{ \headedsubsection{Title}{Dates}{
		// \bodytext{...} } }: a last argument that holds entries of their
		// own, each command on its line, is read as lines)
		nested = commandLines(t)
		if k, ok := listAfterText(t); ok && !nested && n == 2 {
			// \cvline{dates}{Employer \begin{itemize}...}: the line, then
			// its list
			body = [2]int{a[0] + k, a[1]}
			args[n-1] = [2]int{a[0], a[0] + k}
		} else if labelledItemCmd(name) && n == 2 && strings.Contains(t, `\item`) {
			// \ecvitem{Main activities}{\begin{itemize}...}: the label's
			// line ("Main activities:"), then its list
			body = a
			args = args[:n-1]
			labelOver = true
		} else if nested || name == `\entry` && n == 4 && words > 0 || n >= 3 && (strings.Contains(t, `\item`) || strings.Contains(t, `\begin{`) || words >= 6 || n >= 5 && (words >= 3 || strings.HasSuffix(strings.TrimSpace(t), "."))) {
			body = a
			args = args[:n-1]
		}
	}
	defer func() {
		if body[1] > body[0] {
			if nested || strings.Contains(string(s[body[0]:body[1]]), `\item`) {
				lr.region(body[0], body[1])
			} else if r := lr.rich(body[0], body[1]); r.text != "" {
				lr.emit(Block{Kind: BlockParagraph, Desc: true}, r)
			}
		}
	}()
	// \cvitem{Label}{text}: "Label: text"
	sep := " | "
	if labelledItemCmd(name) {
		sep = ": "
	}
	var rb richBuilder
	for _, a := range args {
		r := lr.rich(a[0], a[1])
		if r.text == "" {
			continue
		}
		if rb.b.Len() > 0 {
			prev := rb.pieces[len(rb.pieces)-1].Src.End
			// (\inlineheadsection{Languages:}{...}: a label that ends
			// with its colon takes the text after a space)
			if sep == " | " && strings.HasSuffix(rb.b.String(), ":") {
				sep = " "
			}
			rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + len(sep)}, Src: Span{prev, r.span().Start}, Kind: PieceFixed})
			rb.b.WriteString(sep)
			if sep == ": " {
				sep = ", "
			}
		}
		rb.addRich(r)
	}
	if labelOver && rb.b.Len() > 0 {
		prev := rb.pieces[len(rb.pieces)-1].Src.End
		rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + 1}, Src: Span{prev, body[0]}, Kind: PieceFixed})
		rb.b.WriteString(":")
	}
	if r := rb.rich(0); r.text != "" {
		lr.emit(Block{Kind: BlockParagraph}, r)
	}
	return i
}

// row reads a table row: its cells, split at & and ending at \\.
func (lr *latexReader) row(at, stop int) {
	s := lr.src
	if i := bytes.Index(s[at:stop], []byte(`\\`)); i >= 0 {
		stop = at + i
	}
	var cells []rich
	from := at
	for i := at; i <= stop; i++ {
		if i == stop || s[i] == '&' && (i == 0 || s[i-1] != '\\') {
			if r := lr.rich(from, i); r.text != "" {
				cells = append(cells, r)
			}
			from = i + 1
		}
	}
	if len(cells) == 0 {
		return
	}
	var rb richBuilder
	for i, c := range cells {
		if i > 0 {
			rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + 3}, Src: Span{cells[i-1].span().End, c.span().Start}, Kind: PieceFixed})
			rb.b.WriteString(" | ")
		}
		rb.addRich(c)
	}
	lr.emit(Block{Kind: BlockParagraph}, rb.rich(0))
}

func (lr *latexReader) emit(b Block, r rich) {
	r = r.trim()
	if r.text == "" || len(r.pieces) == 0 {
		return
	}
	b.Text, b.Pieces, b.Groups = r.text, r.pieces, r.groups
	b.Span = Span{r.pieces[0].Src.Start, r.pieces[len(r.pieces)-1].Src.End}
	b.Line = lr.lines.line(b.Span.Start)
	b.Caps = isCaps(b.Text)
	lr.out = append(lr.out, b)
}

// latexChars are characters LaTeX writes as commands.
var latexChars = map[string]string{`\textbackslash`: `\`, `\textasciitilde`: "~", `\textasciicircum`: "^",
	`\o`: "ø", `\O`: "Ø", `\aa`: "å", `\AA`: "Å", `\ae`: "æ", `\AE`: "Æ", `\oe`: "œ", `\OE`: "Œ",
	`\ss`: "ß", `\l`: "ł", `\L`: "Ł", `\i`: "ı", `\ldots`: "…", `\textendash`: "–", `\textemdash`: "—",
	`\LaTeX`: "LaTeX", `\TeX`: "TeX", `\textbar`: "|", `\textbullet`: "•", `\cdot`: "·",
	// arrows set between dates ("2019 $\rightarrow$ 2021")
	`\rightarrow`: "→", `\to`: "→", `\longrightarrow`: "⟶", `\rightharpoonup`: "→", `\Rightarrow`: "→"}

// latexAccents: \'e \`e \^e \"e \~n \c{c} (\c is read with the letters:
// "\cventry" is a command).
const latexAccents = "'`^\"~"

var accentMarks = map[byte]string{'\'': "\u0301", '`': "\u0300", '^': "\u0302", '"': "\u0308", '~': "\u0303"}

// accented writes base with the accent, precomposed where the letter has
// one.
func accented(accent byte, base string) string {
	if base == "" {
		return ""
	}
	if base == "i" {
		base = "ı"
	}
	if r, ok := precomposed()[base+accentMarks[accent]]; ok {
		return r
	}
	return base + accentMarks[accent]
}

var precomposed = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, row := range []struct{ mark, bases, out string }{
		{"\u0301", "aeıouyAEIOUYnc", "áéíóúýÁÉÍÓÚÝńć"},
		{"\u0300", "aeıouAEIOU", "àèìòùÀÈÌÒÙ"},
		{"\u0302", "aeıouAEIOU", "âêîôûÂÊÎÔÛ"},
		{"\u0308", "aeıouyAEIOU", "äëïöüÿÄËÏÖÜ"},
		{"\u0303", "anoANO", "ãñõÃÑÕ"},
	} {
		b, o := []rune(row.bases), []rune(row.out)
		for k := range b {
			m[string(b[k])+row.mark] = string(o[k])
		}
	}
	return m
})

// latexEscapes are the characters written with a backslash.
const latexEscapes = `%&$#_{}`

// rich reads [from, to) as text: words as they are, commands and braces as
// markup, escapes as their character, a comment and a line break as a
// space, \href{url}{text} as its text.
func (lr *latexReader) rich(from, to int) rich {
	s := lr.src
	var rb richBuilder
	run := from
	flush := func(i int) {
		if i > run {
			rb.add(string(s[run:i]), Span{run, i}, PieceLiteral)
		}
	}
	space := func(a, b int) {
		if rb.b.Len() > 0 && !strings.HasSuffix(rb.b.String(), " ") {
			rb.add(" ", Span{a, b}, PieceMarkup)
		} else {
			rb.add("", Span{a, b}, PieceMarkup)
		}
	}
	for i := from; i < to; {
		c := s[i]
		switch {
		case c == '\\' && i+1 < to && strings.IndexByte(latexEscapes, s[i+1]) >= 0:
			flush(i)
			rb.add(string(s[i+1]), Span{i, i + 2}, PieceMarkup)
			i += 2
			run = i
		case c == '\\' && i+1 < to && strings.IndexByte(latexAccents, s[i+1]) >= 0:
			// \'e, \"{o}, \c{c}: the letter with its accent
			flush(i)
			j := i + 2
			base := ""
			if j+3 < to && string(s[j:j+4]) == `{\i}` {
				base, j = "i", j+4
			} else if j < to && s[j] == '{' && j+2 < to && s[j+2] == '}' {
				base, j = string(s[j+1]), j+3
			} else if j < to && s[j] != '{' && s[j] != '\\' {
				base, j = string(s[j]), j+1
			}
			rb.add(accented(s[i+1], base), Span{i, j}, PieceMarkup)
			i = j
			run = i
		case c == '\\' && i+1 < to && strings.IndexByte(",;: ", s[i+1]) >= 0:
			// \, \; \: and "\ " are spaces ("н.\,в.", "et al.\ wrote"),
			// not the punctuation they are written with
			flush(i)
			space(i, i+2)
			i += 2
			run = i
		case c == '\\' && i+1 < to && s[i+1] == '\\':
			// "\\*" is a line break too (no page break after it)
			flush(i)
			j := i + 2
			if j < to && s[j] == '*' {
				j++
			}
			// "\\[0.2cm]": the space after the break is layout
			if j < to && s[j] == '[' {
				if k := bytes.IndexByte(s[j:to], ']'); k > 0 && lengthsOnly(s, [][2]int{{j + 1, j + k}}) {
					j += k + 1
				}
			}
			space(i, j)
			i = j
			run = i
		case c == '\\':
			flush(i)
			m := latexCmdRe().Find(s[i:to])
			if m == nil {
				i++
				run = i
				continue
			}
			j := i + len(m)
			// the characters written as commands
			if ch, ok := latexChars[string(m)]; ok {
				if j+1 < to && s[j] == '{' && s[j+1] == '}' {
					j += 2
				}
				rb.add(ch, Span{i, j}, PieceMarkup)
				i = j
				run = i
				continue
			}
			// the author's own command reads as the text it stands for
			// (one piece: an edit replaces the command whole)
			if mac, ok := lr.macros[string(m)]; ok && lr.depth < 4 {
				if mac.params > 0 {
					if k, ok := lr.expand(&rb, mac, i, j, to); ok {
						i = k
						run = i
						continue
					}
				}
				def := mac.def
				if j+1 < to && s[j] == '{' && s[j+1] == '}' {
					j += 2
				}
				lr.depth++
				t := lr.rich(def.Start, def.End).text
				lr.depth--
				rb.add(t, Span{i, j}, PieceMarkup)
				i = j
				run = i
				continue
			}
			// \href{url}: the target is markup; the text that follows is read,
			// unless in the header it is only a word ("GitHub")
			if string(m) == `\href` && j < to && s[j] == '{' {
				if close := matchBrace(s, j, to); close > 0 {
					url := string(s[j+1 : close])
					if k := close + 1; lr.header && k < to && s[k] == '{' && strings.HasPrefix(url, "http") {
						if tclose := matchBrace(s, k, to); tclose > 0 && !strings.ContainsAny(lr.rich(k+1, tclose).text, ".@") {
							rb.add("", Span{i, j + 1}, PieceMarkup)
							rb.add(url, Span{j + 1, close}, PieceLiteral)
							rb.add("", Span{close, tclose + 1}, PieceMarkup)
							i = tclose + 1
							run = i
							continue
						}
					}
					j = close + 1
				}
			}
			// \textcolor{accent}{text}: the colour's name is no text
			if (string(m) == `\textcolor` || string(m) == `\colorbox`) && j < to {
				if j < to && s[j] == '[' {
					if k := bytes.IndexByte(s[j:to], ']'); k > 0 {
						j += k + 1
					}
				}
				if j < to && s[j] == '{' {
					if close := matchBrace(s, j, to); close > 0 {
						j = close + 1
					}
				}
			}
			if latexLayout[string(m)] {
				for j < to && (s[j] == '{' || s[j] == '[') {
					close := -1
					if s[j] == '{' {
						close = matchBrace(s, j, to)
					} else if k := bytes.IndexByte(s[j:to], ']'); k > 0 {
						close = j + k
					}
					if close < 0 {
						break
					}
					j = close + 1
				}
			}
			rb.add("", Span{i, j}, PieceMarkup)
			i = j
			run = i
		case c == '-' && i+1 < to && s[i+1] == '-':
			// "--" and "---" print as en and em dashes ("2016--18",
			// "2018---")
			flush(i)
			j, dash := i+2, "–"
			if j < to && s[j] == '-' {
				j, dash = j+1, "—"
			}
			rb.add(dash, Span{i, j}, PieceMarkup)
			i = j
			run = i
		case c == '{' || c == '}' || c == '$':
			flush(i)
			rb.add("", Span{i, i + 1}, PieceMarkup)
			i++
			run = i
		case c == '%':
			flush(i)
			nl := bytes.IndexByte(s[i:to], '\n')
			j := to
			if nl >= 0 {
				j = i + nl + 1
			}
			space(i, j)
			i = j
			run = i
		case c == '\n' || c == '\r' || c == '\t' || c == '~' || c == ' ' && i+1 < to && (s[i+1] == ' ' || s[i+1] == '\n'):
			flush(i)
			j := i
			for j < to && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '~') {
				j++
			}
			space(i, j)
			i = j
			run = i
		default:
			i++
		}
	}
	flush(to)
	return rb.rich(0).trim()
}

// matchBrace finds the brace that closes the one at open (before end), or
// -1.
func matchBrace(s []byte, open, end int) int {
	depth := 0
	for i := open; i < end; i++ {
		switch s[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// escapeLaTeX keeps plain text plain inside LaTeX.
func escapeLaTeX(s string, _ bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\textbackslash{}`)
		case r < 0x80 && strings.IndexByte(latexEscapes, byte(r)) >= 0:
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '^':
			b.WriteString(`\textasciicircum{}`)
		case r == '~':
			b.WriteString(`\textasciitilde{}`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// latexMacroRe: "\newcommand{\pu}{", "\newcommand*\cs{", a command
// defined without arguments.
var latexMacroRe = lazy.Regexp(`(?m)^[ \t]*\\(?:re)?newcommand\*?\s*(?:\{(\\[a-zA-Z]+)\}|(\\[a-zA-Z]+))\s*(?:\[([1-9])\]\s*)?\{`)

// latexMacro is an author's command: where its definition's text is and
// how many arguments it takes.
type latexMacro struct {
	def    Span
	params int
}

// latexMacros finds the author's commands without arguments in src[:end]
// and where the text of each is.
func latexMacros(src []byte, end int) map[string]latexMacro {
	if !bytes.Contains(src[:end], []byte(`newcommand`)) {
		return nil
	}
	var out map[string]latexMacro
	for _, m := range latexMacroRe().FindAllSubmatchIndex(src[:end], -1) {
		name := ""
		if m[2] >= 0 {
			name = string(src[m[2]:m[3]])
		} else {
			name = string(src[m[4]:m[5]])
		}
		open := m[1] - 1
		close := matchBrace(src, open, end)
		if close < 0 || latexLayout[name] || latexInline[name] {
			continue
		}
		if out == nil {
			out = map[string]latexMacro{}
		}
		params := 0
		if m[6] >= 0 {
			params = int(src[m[6]] - '0')
		}
		out[name] = latexMacro{def: Span{open + 1, close}, params: params}
	}
	return out
}

// lengthsOnly: every argument is a length or a number ("0.9em", "-0.4em",
// "2pt", "1.5").
func lengthsOnly(s []byte, args [][2]int) bool {
	for _, a := range args {
		t := strings.TrimSpace(string(s[a[0]:a[1]]))
		t = strings.TrimLeft(t, "+-")
		j := 0
		for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == '.') {
			j++
		}
		if j == 0 {
			return false
		}
		switch t[j:] {
		case "", "em", "ex", "pt", "mm", "cm", "in", "bp", "pc", "sp", "dd", "cc", "mu":
		default:
			return false
		}
	}
	return len(args) > 0
}

// commandLines: the text holds, at the start of a line, a command that
// takes a braced argument and is neither layout nor a style of the line
// ("\headedsubsection" over "{Title}", "\bodytext{"): entries or
// paragraphs of their own.
func commandLines(t string) bool {
	for at := 0; at < len(t); {
		nl := strings.IndexByte(t[at:], '\n')
		end := len(t)
		if nl >= 0 {
			end = at + nl
		}
		l := strings.TrimLeft(t[at:end], " \t")
		if m := latexCmdRe().FindString(l); m != "" && !latexInline[m] && !latexLayout[m] && !strings.HasPrefix(m, `\item`) {
			rest := strings.TrimLeft(t[end-len(l)+len(m):], " \t\r\n%")
			// ("\newline{}": no argument)
			if strings.HasPrefix(rest, "{") && !strings.HasPrefix(rest, "{}") {
				return true
			}
		}
		at = end + 1
	}
	return false
}

// expand reads a call of the author's command with arguments
// (\jobdate{2019}{2021} for \newcommand{\jobdate}[2]{#1 -- #2}) at
// [at, j) into rb: the definition's own text stands where the command is
// written, each argument's text where it sits. It returns where the call
// ends; false when the arguments are not all there or the definition
// uses them out of order (then the command is read as before).
func (lr *latexReader) expand(rb *richBuilder, mac latexMacro, at, j, to int) (int, bool) {
	s := lr.src
	var args [][2]int
	k := j
	for len(args) < mac.params {
		for k < to && (s[k] == ' ' || s[k] == '\t') {
			k++
		}
		if k >= to || s[k] != '{' {
			return 0, false
		}
		close := matchBrace(s, k, to)
		if close < 0 {
			return 0, false
		}
		args = append(args, [2]int{k + 1, close})
		k = close + 1
	}
	// the definition's parts between its #1 ... #n, in order
	def := s[mac.def.Start:mac.def.End]
	var segs [][2]int
	from, want := 0, byte('1')
	for p := 0; p+1 < len(def); p++ {
		if def[p] != '#' || def[p+1] < '1' || def[p+1] > '9' {
			continue
		}
		if def[p+1] != want {
			return 0, false
		}
		segs = append(segs, [2]int{mac.def.Start + from, mac.def.Start + p})
		want++
		from = p + 2
		p++
	}
	if len(segs) != mac.params {
		return 0, false
	}
	segs = append(segs, [2]int{mac.def.Start + from, mac.def.End})
	lr.depth++
	defer func() { lr.depth-- }()
	prev := at
	fixed := func(seg [2]int, end int) {
		t := lr.rich(seg[0], seg[1]).text
		raw := string(s[seg[0]:seg[1]])
		switch {
		case t != "":
			t = " " + t + " "
		case strings.TrimSpace(raw) != raw || strings.Contains(raw, `\\`) || strings.Contains(raw, "~"):
			t = " "
		}
		if strings.HasSuffix(rb.b.String(), " ") || rb.b.Len() == 0 {
			t = strings.TrimLeft(t, " ")
		}
		rb.add(t, Span{prev, end}, PieceMarkup)
	}
	for n, a := range args {
		fixed(segs[n], a[0])
		r := lr.rich(a[0], a[1])
		rb.addRich(r)
		prev = a[1]
		if len(r.pieces) > 0 {
			prev = max(prev, r.pieces[len(r.pieces)-1].Src.End)
		}
	}
	fixed(segs[len(segs)-1], k)
	return k, true
}
