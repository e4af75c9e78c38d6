package resume

import (
	"bytes"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A resume written in Emacs org-mode (org-cv, ox-moderncv, or a plain org
// outline): "* " headings by their stars, "#+AUTHOR:"-style keywords for
// the header, a heading's :PROPERTIES: drawer for an entry's employer,
// dates and place, "- " lists and paragraphs. Drawers, source and example
// blocks, export settings and comments are not content. Text keeps its
// place in the source, and an edit is written with org's escape.

var (
	orgKeywordRe  = lazy.Regexp(`^[ \t]*#\+([A-Za-z_]+):[ \t]*`)
	orgHeadingRe  = lazy.Regexp(`^(\*+)[ \t]+`)
	orgTagsRe     = lazy.Regexp(`[ \t]+:[\p{L}\p{N}_@#%:]+:[ \t]*$`)
	orgTodoRe     = lazy.Regexp(`^(TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)[ \t]+`)
	orgPriorityRe = lazy.Regexp(`^\[#[A-Z0-9]\][ \t]*`)
	orgItemRe     = lazy.Regexp(`^([ \t]*)([-+*]|[0-9]+[.)]|[a-zA-Z][.)])(?:[ \t]+|[ \t]*\r?$)(\[[ xX-]\][ \t]+)?`)
	orgDrawerRe   = lazy.Regexp(`^[ \t]*:([A-Za-z_][A-Za-z0-9_-]*):[ \t]*$`)
	orgPropertyRe = lazy.Regexp(`^[ \t]*:([A-Za-z_][A-Za-z0-9_-]*)\+?:([ \t]*)`)
	orgPlanningRe = lazy.Regexp(`^[ \t]*(SCHEDULED|DEADLINE|CLOSED):`)
	orgHRuleRe    = lazy.Regexp(`^[ \t]*-{5,}[ \t]*$`)
)

// looksLikeOrg: the text is an org-mode document: several "#+KEY:" lines,
// or one with "* " headings.
func looksLikeOrg(src []byte) bool {
	keys, heads := 0, 0
	for _, l := range bytes.Split(src, []byte("\n")) {
		switch {
		case orgKeywordRe().Match(l) && !bytes.HasPrefix(bytes.TrimSpace(l), []byte("#+BEGIN")) && !bytes.HasPrefix(bytes.TrimSpace(l), []byte("#+begin")):
			keys++
		case bytes.HasPrefix(l, []byte("* ")) || bytes.HasPrefix(l, []byte("** ")):
			heads++
		}
	}
	return keys >= 2 || keys >= 1 && heads >= 1
}

// orgHeaderKeys are the keywords the header is read from.
var orgHeaderKeys = map[string]bool{"author": true, "title": true, "subtitle": true, "email": true, "mobile": true, "phone": true,
	"address": true, "homepage": true, "github": true, "gitlab": true, "linkedin": true, "twitter": true, "website": true}

type orgReader struct {
	src   []byte
	lines lineIndex
	out   []Block
	head  []Block // the header keywords' blocks, name first
	para  []rich  // the lines of the paragraph being read
	quote bool    // inside a #+BEGIN_QUOTE block
	// macroLine: len(out) right after a macro call's line was read
	macroLine int
	// the list item being read: its lines, level and the column its text
	// starts at (a continuation line is indented past its marker)
	item       []rich
	itemLevel  int
	itemIndent int
	listInd    []int // the marker columns of the open lists, outermost first
	skipBelow  int   // a subtree not exported (COMMENT, :noexport:): headings deeper than this are skipped; 0 when none
	entry      *orgEntry
}

// orgBlocks reads org-mode source into blocks.
func orgBlocks(src []byte) []Block {
	or := &orgReader{src: src, lines: newLineIndex(src)}
	var author, title *Block
	var contacts []Block
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		next := len(src)
		if end < 0 {
			end = len(src)
		} else {
			end += at
			next = end + 1
		}
		stop := end
		if stop > at && src[stop-1] == '\r' {
			stop--
		}
		if k, v, ok := or.keyword(at, stop); ok && orgHeaderKeys[k] && or.skipBelow == 0 {
			name := k == "author" || k == "title" || k == "subtitle"
			b := or.keywordBlock(at, v, stop, !name)
			switch {
			case b.Text == "":
			case k == "author" && author == nil:
				author = &b
			case k != "author" && name && title == nil:
				title = &b
			case !name:
				contacts = append(contacts, b)
			}
			at = next
			continue
		}
		at = or.line(at, stop, next)
	}
	or.flush()
	or.endEntry()
	// the name first: an author's, else the title (which the header reads
	// as a document's title, "Curriculum Vitae", or as a name); a title
	// beside an author is the headline, unless it only titles the
	// document ("Résumé")
	if author != nil {
		author.Kind, author.Level = BlockHeading, 1
		or.head = append(or.head, *author)
		if title != nil && docTitleRe().MatchString(title.Text) {
			title = nil
		}
	}
	if title != nil {
		if author == nil {
			title.Kind, title.Level = BlockHeading, 1
		}
		or.head = append(or.head, *title)
	}
	out := append(append(or.head, contacts...), or.out...)
	for i := range out {
		if out[i].Style == "" {
			out[i].Style = orgStyle
		}
	}
	return out
}

// keyword reads "#+KEY: value" at a line: its key in lower case and where
// its value starts.
func (or *orgReader) keyword(at, stop int) (string, int, bool) {
	m := orgKeywordRe().FindSubmatchIndex(or.src[at:stop])
	if m == nil {
		return "", 0, false
	}
	return strings.ToLower(string(or.src[at+m[2] : at+m[3]])), at + m[1], true
}

// keywordBlock is a header keyword's value; labelled, it reads as "KEY:
// value", the key as written ("EMAIL: ...", which the header reads as a
// labelled contact).
func (or *orgReader) keywordBlock(at, v, stop int, labelled bool) Block {
	val := orgRich(or.src, v, stop, or.lines.line(at)).trim()
	if val.text == "" {
		return Block{}
	}
	if !labelled {
		return Block{Kind: BlockParagraph, Text: val.text, Pieces: val.pieces, Groups: val.groups, Line: val.line, Span: val.span()}
	}
	k := strings.TrimSpace(string(or.src[at:v]))
	k = strings.TrimSuffix(strings.TrimPrefix(strings.TrimLeft(k, " \t"), "#+"), ":")
	var rb richBuilder
	rb.pieces = append(rb.pieces, Piece{Text: Span{0, len(k) + 2}, Src: Span{at, val.span().Start}, Kind: PieceFixed})
	rb.b.WriteString(k + ": ")
	rb.addRich(val)
	r := rb.rich(val.line)
	return Block{Kind: BlockParagraph, Text: r.text, Pieces: r.pieces, Groups: r.groups, Line: r.line, Span: r.span()}
}

// emit adds a block of r's text.
func (or *orgReader) emit(b Block, r rich) {
	r = r.trim()
	if r.text == "" || len(r.pieces) == 0 {
		return
	}
	b.Text, b.Pieces, b.Groups, b.Line, b.Span = r.text, r.pieces, r.groups, r.line, r.span()
	b.Caps = isCaps(b.Text)
	b.Quote = b.Quote || or.quote
	or.out = append(or.out, b)
}

// flush ends the paragraph and the list item being read.
func (or *orgReader) flush() {
	if len(or.para) > 0 {
		or.emit(Block{Kind: BlockParagraph}, joinRich(or.para, " "))
		or.para = nil
	}
	or.flushItem()
}

func (or *orgReader) flushItem() {
	if len(or.item) > 0 {
		or.emit(Block{Kind: BlockListItem, Level: or.itemLevel}, joinRich(or.item, " "))
		or.item = nil
	}
}

// endList closes the lists: a line at the margin ends them.
func (or *orgReader) endList() {
	or.flushItem()
	or.listInd = nil
}

// line reads one line [at, stop); next is where the next line starts.
// It returns where to read on.
func (or *orgReader) line(at, stop, next int) int {
	s := or.src
	l := s[at:stop]
	t := bytes.TrimSpace(l)
	indent := len(l) - len(bytes.TrimLeft(l, " \t"))
	if m := orgHeadingRe().FindSubmatchIndex(l); m != nil {
		or.flush()
		or.endList()
		or.endEntry()
		or.quote = false
		or.heading(at, stop, m[3]-m[2])
		return next
	}
	if or.skipBelow > 0 {
		return next
	}
	if len(t) == 0 {
		// a blank line ends a paragraph and an item's text, not its list
		or.flush()
		return next
	}
	upper := strings.ToUpper(string(t))
	switch {
	case strings.HasPrefix(upper, "#+BEGIN"):
		or.flush()
		return or.block(at, stop, next, upper)
	case strings.HasPrefix(upper, "#+END_QUOTE") || strings.HasPrefix(upper, "#+END_CENTER") || strings.HasPrefix(upper, "#+END_VERSE"):
		or.flush()
		or.quote = false
		return next
	case t[0] == '#' && (len(t) == 1 || t[1] == ' ' || t[1] == '+'):
		// a comment, or a setting (#+OPTIONS:, #+STARTUP:)
		or.flush()
		return next
	case orgDrawerRe().Match(l):
		or.flush()
		return or.drawer(at, next, strings.ToUpper(string(orgDrawerRe().FindSubmatch(l)[1])))
	case orgPlanningRe().Match(l):
		return next
	case t[0] == ':' && (len(t) == 1 || t[1] == ' '):
		// fixed-width text, set as code
		or.flush()
		or.out = append(or.out, Block{Kind: BlockCode, Text: string(t), Line: or.lines.line(at), Span: Span{at, stop}})
		return next
	case t[0] == '|':
		or.flush()
		or.endList()
		or.row(at, stop, indent)
		return next
	case orgHRuleRe().Match(l):
		or.flush()
		or.endList()
		or.out = append(or.out, Block{Kind: BlockRule, Line: or.lines.line(at), Span: Span{at, stop}})
		return next
	}
	if bytes.HasPrefix(t, []byte("{{{")) && bytes.HasSuffix(t, []byte("}}}")) && or.macro(at+indent, at+indent+len(t)) {
		return next
	}
	// (a marker alone, "-" or "+", is an item left empty: no other line's)
	if m := orgItemRe().FindSubmatchIndex(l); m != nil && !(indent == 0 && l[m[4]] == '*') &&
		(m[1] < len(bytes.TrimRight(l, " \t\r")) || l[m[4]] == '-' || l[m[4]] == '+') {
		or.flush()
		or.startItem(at, stop, indent, m[1])
		return next
	}
	// a line indented under an item goes on with it; one at or left of
	// its marker ends the list
	if len(or.listInd) > 0 {
		if indent > or.listInd[len(or.listInd)-1] {
			if len(or.item) > 0 {
				or.item = append(or.item, orgRich(s, at+indent, stop, or.lines.line(at)))
				return next
			}
		} else {
			or.endList()
		}
	}
	or.para = append(or.para, orgRich(s, at+indent, stop, or.lines.line(at)))
	return next
}

// startItem opens a list item whose marker is at column indent and whose
// text starts at textAt (from the line's start).
func (or *orgReader) startItem(at, stop, indent, textAt int) {
	for len(or.listInd) > 0 && or.listInd[len(or.listInd)-1] > indent {
		or.listInd = or.listInd[:len(or.listInd)-1]
	}
	if len(or.listInd) == 0 || or.listInd[len(or.listInd)-1] < indent {
		or.listInd = append(or.listInd, indent)
	}
	or.itemLevel = len(or.listInd) - 1
	or.item = []rich{or.itemText(at+textAt, stop)}
}

// itemText reads an item's first line; a description item's " :: " reads
// as ": " ("Languages :: Go, Python").
func (or *orgReader) itemText(from, stop int) rich {
	line := or.lines.line(from)
	k := bytes.Index(or.src[from:stop], []byte(" :: "))
	if k < 0 {
		return orgRich(or.src, from, stop, line)
	}
	k += from
	var rb richBuilder
	rb.addRich(orgRich(or.src, from, k, line))
	rb.add(": ", Span{k, k + 4}, PieceMarkup)
	rb.addRich(orgRich(or.src, k+4, stop, line))
	return rb.rich(line)
}

// heading reads a heading of n stars: its title without a TODO keyword,
// a priority or tags. A COMMENT heading, or one tagged :noexport:, is
// left out with everything under it.
func (or *orgReader) heading(at, stop, n int) {
	if or.skipBelow > 0 && n > or.skipBelow {
		return
	}
	or.skipBelow = 0
	s := or.src
	from := at + n
	for from < stop && (s[from] == ' ' || s[from] == '\t') {
		from++
	}
	end := stop
	if m := orgTagsRe().FindIndex(s[from:stop]); m != nil {
		if strings.Contains(string(s[from+m[0]:stop]), ":noexport:") {
			or.skipBelow = n
			return
		}
		end = from + m[0]
	}
	if m := orgTodoRe().FindIndex(s[from:end]); m != nil {
		from += m[1]
	}
	if m := orgPriorityRe().FindIndex(s[from:end]); m != nil {
		from += m[1]
	}
	if bytes.HasPrefix(s[from:end], []byte("COMMENT")) && (from+7 == end || s[from+7] == ' ') {
		or.skipBelow = n
		return
	}
	or.emit(Block{Kind: BlockHeading, Level: min(n, 6)}, orgRich(s, from, end, or.lines.line(at)))
	or.entry = &orgEntry{at: len(or.out)}
}

// block reads a #+BEGIN_... block: a quote's (or verse's, a centred
// one's) lines are read as text; any other block is code, not read.
func (or *orgReader) block(at, stop, next int, upper string) int {
	kind := strings.TrimPrefix(strings.Fields(upper)[0], "#+BEGIN")
	kind = strings.TrimPrefix(kind, "_")
	kind = strings.TrimSuffix(kind, ":")
	if kind == "QUOTE" || kind == "CENTER" || kind == "VERSE" {
		or.quote = kind == "QUOTE"
		return next
	}
	endTag := "#+END_" + kind
	if kind == "" {
		endTag = "#+END:"
	}
	s := or.src
	i := next
	inner := len(s) // where the block's last line ends
	for i < len(s) {
		e := bytes.IndexByte(s[i:], '\n')
		n := len(s)
		if e >= 0 {
			n = i + e + 1
		}
		if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(string(s[i:n]))), endTag) {
			inner = i
			i = n
			break
		}
		i = n
	}
	// "#+BEGIN_EXPORT latex" (or "#+BEGIN_LaTeX"): the resume set in
	// LaTeX inside the outline, as people write an org file they export
	// to a LaTeX class; its text is read as LaTeX source is, where it
	// holds a list (a block of layout, "\switchcolumn", or of the
	// class's header commands, "\personalinfo{...}", holds no entries)
	if f := strings.Fields(upper); (kind == "LATEX" || kind == "EXPORT" && len(f) > 1 && f[1] == "LATEX") && bytes.Contains(s[next:min(inner, len(s))], []byte(`\item`)) {
		lr := &latexReader{src: s, lines: or.lines, macros: latexMacros(s, len(s))}
		lr.region(next, min(inner, len(s)))
		for _, b := range lr.out {
			b.Style = latexStyle
			or.out = append(or.out, b)
		}
		return i
	}
	end := i
	for end > at && (s[end-1] == '\n' || s[end-1] == '\r') {
		end--
	}
	or.out = append(or.out, Block{Kind: BlockCode, Text: string(s[at:end]), Line: or.lines.line(at), Span: Span{at, end}})
	return i
}

// row reads a table row; a rule row ("|---+---|") is a rule.
func (or *orgReader) row(at, stop, indent int) {
	s := or.src
	from := at + indent
	if from+1 < stop && s[from+1] == '-' {
		or.out = append(or.out, Block{Kind: BlockRule, Line: or.lines.line(at), Span: Span{at, stop}})
		return
	}
	end := stop
	for end > from+1 && (s[end-1] == ' ' || s[end-1] == '\t') {
		end--
	}
	if end > from+1 && s[end-1] == '|' {
		end--
	}
	var cells []rich
	var texts []string
	c := from + 1
	for i := from + 1; i <= end; i++ {
		if i == end || s[i] == '|' {
			if r := orgRich(s, c, i, or.lines.line(at)).trim(); r.text != "" {
				cells = append(cells, r)
				texts = append(texts, r.text)
			}
			c = i + 1
		}
	}
	if len(cells) == 0 {
		return
	}
	r := joinRich(cells, " | ")
	or.emit(Block{Kind: BlockTableRow, Cells: texts}, r)
}

// macro reads a line that is one macro call, src[at:end] from "{{{" to
// "}}}" (altacv's "{{{cvevent(Title, Company, dates, Place)}}}"): a call
// of two arguments or more is a line of them, parted by commas (an
// escaped "\," is a comma of its argument); one of none is a divider
// ("{{{divider2}}}"); one of one argument is a template's tag
// ("{{{cvtag(devops)}}}"), not read. It says false for a line that is no
// call.
func (or *orgReader) macro(at, end int) bool {
	s := or.src
	in := s[at+3 : end-3]
	if bytes.Contains(in, []byte("}}}")) || bytes.Contains(in, []byte("{{{")) {
		return false
	}
	open := bytes.IndexByte(in, '(')
	or.flush()
	or.endList()
	if open < 0 {
		or.out = append(or.out, Block{Kind: BlockRule, Line: or.lines.line(at), Span: Span{at, end}})
		return true
	}
	if !bytes.HasSuffix(in, []byte(")")) {
		return false
	}
	// the arguments' spans, split at commas not escaped
	from, stop := at+3+open+1, end-4
	var args []Span
	st := from
	for i := from; i < stop; i++ {
		if s[i] == '\\' && i+1 < stop && s[i+1] == ',' {
			i++
			continue
		}
		if s[i] == ',' {
			args = append(args, Span{st, i})
			st = i + 1
		}
	}
	args = append(args, Span{st, stop})
	var full []Span
	for _, a := range args {
		for a.Start < a.End && (s[a.Start] == ' ' || s[a.Start] == '\t') {
			a.Start++
		}
		for a.End > a.Start && (s[a.End-1] == ' ' || s[a.End-1] == '\t') {
			a.End--
		}
		if a.End > a.Start {
			full = append(full, a)
		}
	}
	if len(full) < 2 {
		or.out = append(or.out, Block{Kind: BlockHTML, Text: string(s[at:end]), Line: or.lines.line(at), Span: Span{at, end}})
		return true
	}
	var rb richBuilder
	for k, a := range full {
		if k > 0 {
			rb.add(", ", Span{full[k-1].End, a.Start}, PieceMarkup)
		}
		run := a.Start
		for i := a.Start; i < a.End; i++ {
			if s[i] == '\\' && i+1 < a.End && s[i+1] == ',' {
				orgInline(&rb, s, run, i)
				rb.add(",", Span{i, i + 2}, PieceMarkup)
				i++
				run = i + 1
			}
		}
		orgInline(&rb, s, run, a.End)
	}
	// each call is an entry of its own: one right under another is set
	// apart from it as a rule would
	if n := len(or.out); n > 0 && or.macroLine == n && or.out[n-1].Kind == BlockParagraph {
		or.out = append(or.out, Block{Kind: BlockRule, Line: or.lines.line(at), Span: Span{at, at}})
	}
	or.emit(Block{Kind: BlockParagraph}, rb.rich(or.lines.line(at)))
	or.macroLine = len(or.out)
	return true
}
