package resume

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Writing is editing: a rewritten item's final text replaces the source
// where the item's text sits, and every other byte stays. Within an item,
// only the stretch that changed is replaced, so emphasis, links and line
// breaks outside it stay too.

// Edit replaces one item's text in the source.
type Edit struct {
	ID   string
	Line int  // the item's line (a .docx paragraph number), for a splicer that needs it
	Span Span // the source to replace
	// From is the source whose text is Old, when that is not Span: a
	// reordered entry that moves from From into Span. Zero means Span.
	From     Span
	Old, New string  // the text as read, and the text to write
	Pieces   []Piece // how Old maps onto the source; nil means literally
	Groups   []Group
	Raw      bool // New is source to put in Span as it is, not text to place
	// Plain: the text sits where the format's markup does not apply (a
	// resume in a code fence), so it is written without escapes.
	Plain bool
	// HTML: the text sits in raw HTML inside Markdown: written with HTML's
	// escapes. LaTeX: in LaTeX source, written with LaTeX's.
	HTML, LaTeX bool
	// Org: in org-mode source, written with its escape
	Org bool
	// YAMLQuote: the text is a quoted YAML scalar (' or "): written with
	// the quotes' escapes
	YAMLQuote byte
}

func (e Edit) from() Span {
	if e.From == (Span{}) {
		return e.Span
	}
	return e.From
}

// Splicer writes edits into a source of its format. Edits do not overlap.
// An edit it cannot place is left out and named in a *SpliceError returned
// with the output, which is whole either way.
type Splicer interface {
	Splice(src []byte, edits []Edit) ([]byte, error)
}

var (
	splicersMu sync.RWMutex
	splicers   = map[Format]Splicer{
		Markdown:   TextSplicer{Escape: escapeMarkdown},
		Text:       TextSplicer{},
		JSONResume: TextSplicer{Escape: escapeJSONString},
	}
)

// RegisterSplicer sets the splicer of a format (a binary format's reader
// registers its own).
func RegisterSplicer(f Format, s Splicer) {
	splicersMu.Lock()
	defer splicersMu.Unlock()
	splicers[f] = s
}

func splicerFor(f Format) (Splicer, bool) {
	splicersMu.RLock()
	defer splicersMu.RUnlock()
	s, ok := splicers[f]
	return s, ok
}

// SpliceError lists items whose final text could not be written where they
// sit; the rest of the output is written and these items keep their text.
type SpliceError struct {
	Items   []string // item ids
	Reasons []string // one per item
}

func (e *SpliceError) Error() string {
	var b strings.Builder
	for i, id := range e.Items {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s: %s", id, e.Reasons[i])
	}
	return "kept as written: " + b.String()
}

func (e *SpliceError) add(id, reason string) {
	e.Items = append(e.Items, id)
	e.Reasons = append(e.Reasons, reason)
}

// ErrNoSource: the document was not read from a file (it was built, or
// converted), so there is nothing to edit; render it with Write instead.
var ErrNoSource = errors.New("the document has no source to edit")

// TextSplicer splices edits into a text source. Escape turns plain text
// into source text for the format (Markdown escapes, JSON string escapes);
// nil writes it as it is.
type TextSplicer struct {
	Escape func(s string, atLineStart bool) string
}

// Splice implements Splicer.
func (t TextSplicer) Splice(src []byte, edits []Edit) ([]byte, error) {
	edits = append([]Edit(nil), edits...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Span.Start < edits[j].Span.Start })
	var out []byte
	at := 0
	errs := &SpliceError{}
	for i, e := range edits {
		if e.Span.Start < at || e.Span.End < e.Span.Start || e.Span.End > len(src) {
			if i > 0 && e.Span.Start < at {
				return nil, fmt.Errorf("%s overlaps %s", e.ID, edits[i-1].ID)
			}
			return nil, fmt.Errorf("%s: span %d-%d is outside the source", e.ID, e.Span.Start, e.Span.End)
		}
		repl, err := t.replacement(src, e)
		if err != nil {
			errs.add(e.ID, err.Error())
			continue
		}
		out = append(out, src[at:e.Span.Start]...)
		out = append(out, repl...)
		at = e.Span.End
	}
	out = append(out, src[at:]...)
	if len(errs.Items) > 0 {
		return out, errs
	}
	return out, nil
}

// replacement is the new source of e's span.
func (t TextSplicer) replacement(src []byte, e Edit) ([]byte, error) {
	if e.Raw {
		return []byte(e.New), nil
	}
	from := e.from()
	if from.Start < 0 || from.End > len(src) || from.End < from.Start {
		return nil, fmt.Errorf("%s: span %d-%d is outside the source", e.ID, from.Start, from.End)
	}
	pieces := e.Pieces
	if pieces == nil {
		pieces = literalPieces(e.Old, from)
	}
	changes, err := placeChanges(e.Old, e.New, pieces, e.Groups)
	if err != nil {
		return nil, err
	}
	var b []byte
	at := from.Start
	for _, r := range changes {
		if r.src.Start < at || r.src.End > from.End {
			return nil, errors.New("its text map leaves its span")
		}
		text := r.text
		switch e.YAMLQuote {
		case '"':
			text = strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(text)
		case '\'':
			text = strings.ReplaceAll(text, "'", "''")
		}
		if e.LaTeX {
			text = escapeLaTeX(text, false)
		} else if e.Org && !r.raw {
			lineStart := r.src.Start == 0 || src[r.src.Start-1] == '\n'
			text = escapeOrg(text, lineStart)
		} else if e.HTML && !r.raw {
			text = escapeHTML(text, false)
		} else if t.Escape != nil && !e.Plain && !r.raw {
			lineStart := r.src.Start == 0 || src[r.src.Start-1] == '\n'
			text = t.Escape(text, lineStart)
		}
		b = append(b, src[at:r.src.Start]...)
		b = append(b, text...)
		at = r.src.End
	}
	b = append(b, src[at:from.End]...)
	return b, nil
}

// placeChanges places a change; where it would touch text the reader made
// up (the ": " between a table's skill name and its items), it places the
// change part by part, each side of the made-up text on its own.
func placeChanges(old, new string, pieces []Piece, groups []Group) ([]change, error) {
	c, err := placeChange(old, new, pieces, groups)
	if err == nil {
		return []change{c}, nil
	}
	if !errors.Is(err, errFixed) {
		return nil, err
	}
	var out []change
	segStart, newAt := 0, 0
	var segPieces []Piece
	flush := func(oldEnd, newEnd int) error {
		if len(segPieces) == 0 {
			return nil
		}
		ps := make([]Piece, len(segPieces))
		for i, p := range segPieces {
			p.Text.Start -= segStart
			p.Text.End -= segStart
			ps[i] = p
		}
		var gs []Group
		for _, g := range groups {
			if g.Text.Start >= segStart && g.Text.End <= oldEnd {
				g.Text.Start -= segStart
				g.Text.End -= segStart
				gs = append(gs, g)
			}
		}
		c, err := placeChange(old[segStart:oldEnd], new[newAt:newEnd], ps, gs)
		if err != nil {
			return err
		}
		out = append(out, c)
		return nil
	}
	for _, p := range pieces {
		if p.Kind != PieceFixed {
			segPieces = append(segPieces, p)
			continue
		}
		sep := old[p.Text.Start:p.Text.End]
		k := strings.Index(new[newAt:], sep)
		if sep == "" {
			return nil, errFixed
		}
		// a new text without the separator ("ELISA" for "Datenanalyse:
		// Statistik"): the part before it is left empty, the rest takes
		// the text
		if k < 0 && strings.TrimSpace(sep) != "" && segStart == 0 && len(segPieces) > 0 && !fixedAfter(pieces, p) {
			if err := flush(p.Text.Start, newAt); err != nil {
				return nil, err
			}
			segStart, segPieces = p.Text.End, nil
			continue
		}
		if k < 0 {
			return nil, errFixed
		}
		if err := flush(p.Text.Start, newAt+k); err != nil {
			return nil, err
		}
		segStart, newAt, segPieces = p.Text.End, newAt+k+len(sep), nil
	}
	if err := flush(len(old), len(new)); err != nil {
		return nil, err
	}
	return out, nil
}

// fixedAfter: a fixed piece comes after p.
func fixedAfter(pieces []Piece, p Piece) bool {
	for _, q := range pieces {
		if q.Kind == PieceFixed && q.Text.Start >= p.Text.End && q != p {
			return true
		}
	}
	return false
}

// change is where an edit goes: the source to replace and the text for it.
type change struct {
	src  Span
	text string
	raw  bool // inside a code span: written without escapes
}

// errFixed: the change touches text the reader made up.
var errFixed = errors.New("the change touches text that is not in the file as such (a table's layout)")

// placeChange finds the smallest stretch of the source to replace so that
// old becomes new: the common prefix and suffix stay, snapped outward to
// piece boundaries where the source is not literal, and widened to whole
// inline containers where it would cross a delimiter.
func placeChange(old, new string, pieces []Piece, groups []Group) (change, error) {
	if len(pieces) == 0 {
		return change{}, errors.New("no source position")
	}
	a := commonPrefix(old, new)
	b := commonSuffix(old[a:], new[a:])
	// whole words change: "Go" -> "Golang" replaces the word, not "lang" after it
	for a > 0 && wordBefore(old, a) && (wordAt(old, a) || wordAt(new, a)) {
		_, n := utf8.DecodeLastRuneInString(old[:a])
		a -= n
	}
	for b > 0 && wordAt(old, len(old)-b) && (wordBefore(old, len(old)-b) || wordBefore(new, len(new)-b)) {
		_, n := utf8.DecodeRuneInString(old[len(old)-b:])
		b -= n
	}
	tA, tE := a, len(old)-b // the changed plain text is old[tA:tE]
	// a pure insertion between words goes after the space, not into markup
	sA, tA := srcStart(pieces, tA)
	sE, tE := srcEnd(pieces, tE)
	if sE < sA {
		sE = sA
	}
	nA0, nE0 := tA, len(new)-(len(old)-tE)
	for changed := true; changed; {
		changed = false
		for _, g := range groups {
			// a backtick cannot be written inside a code span: the span goes
			codeBreak := g.Code && sA >= g.Inner.Start && sE <= g.Inner.End && nE0 >= nA0 && strings.ContainsAny(new[nA0:nE0], "`\n")
			if sE <= g.Outer.Start || sA >= g.Outer.End || // outside
				sA <= g.Outer.Start && sE >= g.Outer.End || // covers it
				sA >= g.Inner.Start && sE <= g.Inner.End && !codeBreak { // within its content
				continue
			}
			sA, sE = min(sA, g.Outer.Start), max(sE, g.Outer.End)
			tA, tE = min(tA, g.Text.Start), max(tE, g.Text.End)
			changed = true
		}
	}
	for _, p := range pieces {
		if p.Kind == PieceFixed && (p.Text.Start < tE && p.Text.End > tA || p.Src.Start < sE && p.Src.End > sA) {
			return change{}, errFixed
		}
	}
	nA, nE := tA, len(new)-(len(old)-tE)
	if nE < nA {
		return change{}, errors.New("inconsistent text map")
	}
	raw := false
	for _, g := range groups {
		raw = raw || g.Code && sA >= g.Inner.Start && sE <= g.Inner.End
	}
	return change{src: Span{sA, sE}, text: new[nA:nE], raw: raw}, nil
}

// srcStart maps a plain offset where a change starts onto the source,
// moving it back to the start of a piece it cannot split.
func srcStart(pieces []Piece, t int) (int, int) {
	for _, p := range pieces {
		if t < p.Text.End { // empty pieces at t (delimiters) are passed over
			if p.Kind == PieceLiteral && t >= p.Text.Start {
				return p.Src.Start + (t - p.Text.Start), t
			}
			return p.Src.Start, p.Text.Start
		}
	}
	last := pieces[len(pieces)-1]
	return last.Src.End, last.Text.End
}

// srcEnd maps a plain offset where a change ends onto the source, moving it
// forward to the end of a piece it cannot split.
func srcEnd(pieces []Piece, t int) (int, int) {
	for i := len(pieces) - 1; i >= 0; i-- {
		p := pieces[i]
		if t > p.Text.Start {
			if p.Kind == PieceLiteral && t <= p.Text.End {
				return p.Src.Start + (t - p.Text.Start), t
			}
			if t == p.Text.End {
				return p.Src.End, t
			}
			return p.Src.End, p.Text.End
		}
	}
	first := pieces[0]
	return first.Src.Start, first.Text.Start
}

func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return n
}

func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[len(a)-n]) {
		n--
	}
	return n
}

// escapeMarkdown keeps plain text plain in Markdown: characters that would
// open emphasis, code, HTML or an entity are escaped, and so is a block
// marker at the start of a line.
func escapeMarkdown(s string, atLineStart bool) string {
	var b strings.Builder
	lineStart := atLineStart
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lineStart {
			rest := s[i:]
			switch {
			case strings.HasPrefix(rest, "#"), strings.HasPrefix(rest, "> "), strings.HasPrefix(rest, "- "),
				strings.HasPrefix(rest, "+ "), strings.HasPrefix(rest, "* "), strings.HasPrefix(rest, "="):
				b.WriteByte('\\')
			}
			lineStart = false
		}
		switch c {
		case '\\', '`', '*', '<':
			b.WriteByte('\\')
		case '_':
			if i == 0 || i == len(s)-1 || !isWordByte(s[i-1]) || !isWordByte(s[i+1]) {
				b.WriteByte('\\')
			}
		case '&':
			if j := strings.IndexByte(s[i:], ';'); j > 1 && j < 10 && !strings.ContainsAny(s[i+1:i+j], " \t") {
				b.WriteByte('\\')
			}
		case '\n':
			lineStart = true
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// escapeJSONString writes s as the inside of a JSON string, escaping only
// what JSON requires (no \u003c for <, as encoding/json would).
func escapeJSONString(s string, _ bool) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Splice returns the source d was read from with each item named in finals
// (by id: "experience.0.bullets.2", "summary", "skills"...) rewritten to its
// final text; every other byte stays. An item whose final text equals its
// text as read is left alone, so an empty map returns the source unchanged.
// Items that cannot be placed keep their text and are listed in a
// *SpliceError returned with the output.
func (d *Document) Splice(finals map[string]string) ([]byte, error) {
	if d.src == nil {
		return nil, ErrNoSource
	}
	sp, ok := splicerFor(d.Format)
	if !ok {
		return nil, fmt.Errorf("writing %s files in place is not supported", d.Format)
	}
	errs := &SpliceError{}
	edits := d.edits(finals, errs)
	for i := range edits {
		// an item may run over several lines, each its own span (a
		// paragraph wrapped in a code fence or in front matter)
		edits[i].Plain = inSpans(edits[i].Span, d.verbatim)
		edits[i].HTML = inSpans(edits[i].Span, d.htmlSpans)
		edits[i].LaTeX = inSpans(edits[i].Span, d.latexSpans)
		edits[i].Org = inSpans(edits[i].Span, d.orgSpans)
		if inSpans(edits[i].Span, d.yamlDQ) {
			edits[i].YAMLQuote = '"'
		} else if inSpans(edits[i].Span, d.yamlSQ) {
			edits[i].YAMLQuote = '\''
		}
	}
	out, err := sp.Splice(d.src, edits)
	var se *SpliceError
	if errors.As(err, &se) {
		errs.Items = append(errs.Items, se.Items...)
		errs.Reasons = append(errs.Reasons, se.Reasons...)
	} else if err != nil {
		return nil, err
	}
	if len(errs.Items) > 0 {
		return out, errs
	}
	return out, nil
}

// Source is the file d was read from (nil when it was built in code).
func (d *Document) Source() []byte { return d.src }

// edits turns final texts into edits of the source.
func (d *Document) edits(finals map[string]string, errs *SpliceError) []Edit {
	ids := make([]string, 0, len(finals))
	for id := range finals {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out []Edit
	for _, id := range ids {
		final := finals[id]
		switch {
		case id == SecSkills || id == SecCertifications:
			out = append(out, d.wholeEdits(id, final, errs)...)
		case d.Format == JSONResume:
			out = append(out, d.jsonEdits(id, final, errs)...)
		default:
			p, ok := d.places[id]
			if !ok {
				errs.add(id, "where its text sits in the file is not known")
				continue
			}
			final = keepBreaks(p.text, cleanFinal(id, final))
			if final == p.text {
				continue
			}
			out = append(out, Edit{ID: id, Line: p.line, Span: p.span, Old: p.text, New: final, Pieces: p.pieces, Groups: p.groups})
		}
	}
	return out
}

// sameShape: two entries each on one line, after the same kind of marker
// ("- ", "* **", "| "), so one can take the other's place byte for byte.
func (d *Document) sameShape(a, b Span) bool {
	line := func(sp Span) (string, bool) {
		if strings.ContainsAny(string(d.src[sp.Start:sp.End]), "\n\r") {
			return "", false
		}
		ls := strings.LastIndexByte(string(d.src[:sp.Start]), '\n') + 1
		return strings.Join(strings.Fields(string(d.src[ls:sp.Start])), " "), true
	}
	pa, okA := line(a)
	pb, okB := line(b)
	return okA && okB && pa == pb
}

// cleanFinal trims a final text; only a summary may hold line breaks (as
// paragraph breaks), every other item is one line.
func cleanFinal(id, s string) string {
	s = strings.TrimSpace(s)
	if id == SecSummary {
		var paras []string
		for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				paras = append(paras, p)
			}
		}
		return strings.Join(paras, "\n\n")
	}
	// one line: line breaks become spaces, other spacing stays as written
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' }), " ")
}

// keepBreaks gives back the line breaks of an item that runs over several
// lines ("Ran X.\nWrote Y." in one JSON string, a wrapped paragraph), and
// its tabs and runs of spaces ("с\tмарта"), where the one-line final text
// has only spacing: the stretch a rewrite left as it was keeps its bytes,
// and only the changed words are written.
func keepBreaks(old, final string) string {
	if !strings.ContainsAny(old, "\n\r\t") && !strings.Contains(old, "  ") || strings.ContainsAny(final, "\n\r") {
		return final
	}
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	// spaceRun is the end of the run of spacing at i
	spaceRun := func(s string, i int) int {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		return i
	}
	// from the front: equal bytes, and spacing equal to spacing
	var head strings.Builder
	i, j := 0, 0
	for i < len(old) && j < len(final) {
		if isSpace(old[i]) && isSpace(final[j]) {
			i2, j2 := spaceRun(old, i), spaceRun(final, j)
			head.WriteString(old[i:i2])
			i, j = i2, j2
			continue
		}
		if old[i] != final[j] {
			break
		}
		head.WriteByte(old[i])
		i, j = i+1, j+1
	}
	// from the back, over what is left of both
	oi, fj := len(old), len(final)
	for oi > i && fj > j {
		if isSpace(old[oi-1]) && isSpace(final[fj-1]) {
			o2, f2 := oi, fj
			for o2 > i && isSpace(old[o2-1]) {
				o2--
			}
			for f2 > j && isSpace(final[f2-1]) {
				f2--
			}
			oi, fj = o2, f2
			continue
		}
		if old[oi-1] != final[fj-1] {
			break
		}
		oi, fj = oi-1, fj-1
	}
	return head.String() + final[j:fj] + old[oi:]
}

// wholeEdits places a section-level rewrite (one line per entry, perhaps
// reordered) entry by entry: slot i takes the entry whose name line i has,
// moved with its markup, then edited to line i.
func (d *Document) wholeEdits(id, final string, errs *SpliceError) []Edit {
	var n int
	name := func(line string) string { return strings.ToLower(parseSkillLine(line, SkillGroup{}).Name) }
	entry := func(i int) string { return fmt.Sprintf("skills.%d", i) }
	if id == SecSkills {
		n = len(d.Skills)
	} else {
		n = len(d.Certifications)
		name = func(line string) string { return strings.ToLower(parseCertLine(line).Name) }
		entry = func(i int) string { return fmt.Sprintf("certifications.%d", i) }
	}
	lines := nonEmptyLines(final)
	if len(lines) != n {
		errs.add(id, fmt.Sprintf("%d lines for %d entries", len(lines), n))
		return nil
	}
	if d.Format == JSONResume {
		return d.jsonWholeEdits(id, lines, name, errs)
	}
	oldNames := make([]string, n)
	for i := range n {
		p, ok := d.places[entry(i)]
		if !ok {
			errs.add(id, "where its entries sit in the file is not known")
			return nil
		}
		oldNames[i] = name(p.text)
	}
	from := matchLines(lines, oldNames, name)
	var out []Edit
	for i, l := range lines {
		slot, src := d.places[entry(i)], d.places[entry(from[i])]
		l = cleanFinal(entry(i), l)
		if from[i] == i && l == src.text {
			continue
		}
		e := Edit{ID: entry(i), Line: slot.line, Span: slot.span, Old: src.text, New: l, Pieces: src.pieces, Groups: src.groups}
		switch {
		case from[i] == i:
		case d.sameShape(slot.span, src.span):
			e.From = src.span // the entry moves with its markup
		default:
			// entries of different shapes (a table row, a heading over a
			// list): slot i's own text becomes line i
			e = Edit{ID: entry(i), Line: slot.line, Span: slot.span, Old: slot.text, New: l, Pieces: slot.pieces, Groups: slot.groups}
		}
		out = append(out, e)
	}
	return out
}

// inSpans: both ends of sp lie in spans of the kind.
func inSpans(sp Span, spans []Span) bool {
	in := func(at int) bool {
		for _, v := range spans {
			if at >= v.Start && at <= v.End {
				return true
			}
		}
		return false
	}
	return len(spans) > 0 && in(sp.Start) && in(sp.End)
}
