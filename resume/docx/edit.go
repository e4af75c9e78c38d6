package docx

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"unicode/utf8"
)

// edit replaces part[start:end] with text.
type edit struct {
	start, end int
	text       string
}

// seg is a stretch of new text and where it goes.
type seg struct {
	piece  int  // the piece it goes into, or that its new run follows (-1: before the first)
	newRun bool // a run of its own after piece, which ends its run
	inside bool // a run of its own, placed at this point of piece's text
	style  int  // a run of its own takes this run's formatting; -1 the body's
	text   string
}

func (s seg) sameRun(o seg) bool {
	return s.piece == o.piece && s.newRun == o.newRun && s.inside == o.inside && s.style == o.style
}

var errNoText = errors.New("the paragraph holds no text to replace")

// plan returns the edits that give paragraph p the text want. Words that
// survive keep their run, so their formatting (a bold tool name, a link);
// a word moved elsewhere in the paragraph keeps its bold or italics;
// replaced words take the formatting of the words they replace; inserted
// words take the paragraph's body formatting (its plain text, else most of
// its text), in a neighbouring run of that formatting or a new one. Tabs and breaks
// that survive stay (inserted ones become spaces); paragraph properties
// are never touched. It also returns the text the edits write.
func (p *Paragraph) plan(want string, part []byte) ([]edit, string, error) {
	if len(p.pieces) == 0 {
		return nil, "", errNoText
	}
	pl := &planner{p: p, body: p.bodyKey()}
	for i, pc := range p.pieces {
		for range len(pc.text) {
			pl.owner = append(pl.owner, i)
		}
	}
	old, neu := tokens(p.Text), tokens(want)
	ops := diff(old, neu)
	pl.findMoved(ops, old)
	oi, ni, ob := 0, 0, 0 // token indexes, old byte offset
	for _, o := range ops {
		oldText := strings.Join(old[oi:oi+o.oldLen], "")
		if o.equal {
			for k := 0; k < len(oldText); {
				j := k
				for j < len(oldText) && pl.owner[ob+j] == pl.owner[ob+k] {
					j++
				}
				pl.emit(seg{piece: pl.owner[ob+k], style: -1, text: oldText[k:j]})
				k = j
			}
		} else if o.newLen > 0 {
			pl.hunk(pl.placeFor(ob, len(oldText)), neu[ni:ni+o.newLen])
		}
		oi, ni, ob = oi+o.oldLen, ni+o.newLen, ob+len(oldText)
	}
	var written strings.Builder
	for _, s := range pl.segs {
		written.WriteString(s.text)
	}
	if out, err := p.edits(pl.segs, part); err == nil {
		return out, written.String(), nil
	}
	// Should the placement ever cross itself, the whole text goes into the
	// first run of body formatting and the other text leaves.
	first := -1
	for i := range p.pieces {
		if pl.isBody(i) || first < 0 && p.pieces[i].isText {
			first = i
		}
		if pl.isBody(i) {
			break
		}
	}
	if first < 0 {
		return nil, "", errNoText
	}
	out, err := p.edits([]seg{{piece: first, style: -1, text: plainText(want)}}, part)
	return out, plainText(want), err
}

type planner struct {
	p     *Paragraph
	body  string
	owner []int            // piece of each byte of the old text
	moved map[string][]int // deleted words with their own formatting -> runs
	segs  []seg
}

func (pl *planner) isBody(i int) bool {
	pc := pl.p.pieces[i]
	r := pl.p.runs[pc.run]
	return pc.isText && !r.linked && rprKey(r.rPr) == pl.body
}

func (pl *planner) emit(s seg) {
	if s.text == "" {
		return
	}
	if n := len(pl.segs); n > 0 && pl.segs[n-1].sameRun(s) {
		pl.segs[n-1].text += s.text
		return
	}
	pl.segs = append(pl.segs, s)
}

// findMoved notes the deleted words that have formatting of their own (a
// bold tool name), so that the same word inserted elsewhere keeps it.
func (pl *planner) findMoved(ops []op, old []string) {
	pl.moved = map[string][]int{}
	oi, ob := 0, 0
	for _, o := range ops {
		for k := oi; k < oi+o.oldLen; k++ {
			if !o.equal && isWordToken(old[k]) {
				if i := pl.owner[ob]; pl.p.pieces[i].isText && !pl.p.runs[pl.p.pieces[i].run].linked && !pl.isBody(i) {
					pl.moved[old[k]] = append(pl.moved[old[k]], pl.p.pieces[i].run)
				}
			}
			ob += len(old[k])
		}
		oi += o.oldLen
	}
}

// hunk places a hunk's new tokens: plain ones at place, moved words in
// runs of their own formatting.
func (pl *planner) hunk(place seg, toks []string) {
	styles := make([]int, len(toks))
	for k, t := range toks {
		styles[k] = -1
		if q := pl.moved[t]; len(q) > 0 {
			styles[k], pl.moved[t] = q[0], q[1:]
		}
	}
	// A space between two words of one formatting shares it ("Spring Boot").
	for k := 1; k+1 < len(toks); k++ {
		if styles[k] < 0 && !isWordToken(toks[k]) && styles[k-1] >= 0 && styles[k-1] == styles[k+1] {
			styles[k] = styles[k-1]
		}
	}
	for k, t := range toks {
		s := place
		s.text = plainText(t)
		if st := styles[k]; st >= 0 && rprKey(pl.p.runs[st].rPr) != pl.runKey(place) {
			s.style = st
			s.inside = !place.newRun
		}
		pl.emit(s)
	}
}

// runKey is the formatting text placed at s gets by default.
func (pl *planner) runKey(s seg) string {
	if s.newRun {
		return pl.body
	}
	return rprKey(pl.p.runs[pl.p.pieces[s.piece].run].rPr)
}

func isWordToken(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return isWord(r)
}

// placeFor chooses where a hunk's new text goes: into the first replaced
// w:t, else beside the hunk in a run of the body formatting, else a new run.
func (pl *planner) placeFor(at, n int) seg {
	p, owner := pl.p, pl.owner
	for k := at; k < at+n; k++ {
		if p.pieces[owner[k]].isText {
			return seg{piece: owner[k], style: -1}
		}
	}
	left, right := -1, -1
	if at > 0 {
		left = owner[at-1]
	}
	if at+n < len(owner) {
		right = owner[at+n]
	}
	switch {
	case left >= 0 && pl.isBody(left):
		return seg{piece: left, style: -1}
	case right >= 0 && pl.isBody(right):
		return seg{piece: right, style: -1}
	case p.endsRun(left) && p.startsRun(right):
		return seg{piece: left, newRun: true, style: -1}
	case left >= 0 && p.pieces[left].isText:
		return seg{piece: left, style: -1}
	case right >= 0 && p.pieces[right].isText:
		return seg{piece: right, style: -1}
	}
	return seg{piece: len(p.pieces) - 1, newRun: true, style: -1}
}

// endsRun reports whether piece i is the last of its run (or i is -1, the
// start); a new run can go after it without splitting one.
func (p *Paragraph) endsRun(i int) bool {
	return i < 0 || i == len(p.pieces)-1 || p.pieces[i+1].run != p.pieces[i].run
}

func (p *Paragraph) startsRun(i int) bool {
	return i < 0 || i == 0 || p.pieces[i-1].run != p.pieces[i].run
}

// bodyKey is the formatting of most of the paragraph's unlinked text,
// plain text first: in "Languages: Go, Java" with a bold lead-in, or a
// bullet with a bold tool name, the body is the plain part.
func (p *Paragraph) bodyKey() string {
	type tally struct{ plain, chars int }
	count := map[string]*tally{}
	best := ""
	var top *tally
	for _, pc := range p.pieces {
		r := p.runs[pc.run]
		if !pc.isText || r.linked {
			continue
		}
		k := rprKey(r.rPr)
		c := count[k]
		if c == nil {
			c = &tally{}
			if !r.format.Bold && !r.format.Italic {
				c.plain = 1
			}
			count[k] = c
		}
		c.chars += utf8.RuneCountInString(strings.TrimSpace(pc.text))
		if top == nil || c != top && (c.plain > top.plain || c.plain == top.plain && c.chars > top.chars) {
			best, top = k, c
		}
	}
	return best
}

func (p *Paragraph) bodyRun() run {
	key := p.bodyKey()
	for _, pc := range p.pieces {
		if r := p.runs[pc.run]; pc.isText && !r.linked && rprKey(r.rPr) == key {
			return r
		}
	}
	return p.runs[p.pieces[0].run]
}

var (
	// proofing marks and revision ids say nothing about how text looks.
	proofing = regexp.MustCompile(`<(\w+:)?(lang|noProof|webHidden)\b[^>]*/>|\s(\w+:)?rsid\w*="[^"]*"`)
	emptyRPr = regexp.MustCompile(`^\s*(<(\w+:)?rPr\s*/>|<(\w+:)?rPr\s*>\s*</(\w+:)?rPr>)?\s*$`)
)

// rprKey identifies a run's formatting: an empty w:rPr and none are alike.
func rprKey(rPr []byte) string {
	k := proofing.ReplaceAllString(string(rPr), "")
	if emptyRPr.MatchString(k) {
		return ""
	}
	return k
}

// edits turns the placed segments into byte edits of the part.
func (p *Paragraph) edits(segs []seg, part []byte) ([]edit, error) {
	own := make([]string, len(p.pieces))    // each piece's new text, without its inner runs
	inner := make([][]seg, len(p.pieces))   // its text and inner runs, in order
	after := make([][]seg, len(p.pieces)+1) // new runs after piece i-1
	last := -1
	for _, s := range segs {
		if s.piece < last {
			return nil, errors.New("the new text does not follow the paragraph's runs")
		}
		last = s.piece
		switch {
		case s.newRun:
			after[s.piece+1] = append(after[s.piece+1], s)
		default:
			if !s.inside {
				own[s.piece] += s.text
			}
			inner[s.piece] = append(inner[s.piece], s)
		}
	}
	prefix := elementPrefix(part[p.span[0]:p.span[1]])
	br := p.bodyRun()
	rPrOf := func(style int) []byte {
		if style >= 0 {
			return p.runs[style].rPr
		}
		return br.rPr
	}
	newRun := func(s seg) string {
		return "<" + prefix + "r>" + string(rPrOf(s.style)) + textElement(prefix, s.text) + "</" + prefix + "r>"
	}
	// A run that loses all its pieces goes whole, unless it holds more.
	runGone := map[int]bool{}
	for ri, r := range p.runs {
		if r.other || r.span[1] < 0 {
			continue
		}
		has, gone := false, true
		for i, pc := range p.pieces {
			if pc.run == ri {
				has = true
				gone = gone && len(inner[i]) == 0
			}
		}
		runGone[ri] = has && gone
	}
	var out []edit
	for ri, gone := range runGone {
		if gone {
			out = append(out, edit{start: p.runs[ri].span[0], end: p.runs[ri].span[1]})
		}
	}
	for i, pc := range p.pieces {
		split := len(inner[i]) != 0 && len(inner[i]) != 1 || len(inner[i]) == 1 && inner[i][0].inside
		if !split && own[i] == pc.text || runGone[pc.run] {
			continue
		}
		switch {
		case len(inner[i]) == 0:
			out = append(out, edit{start: pc.elem[0], end: pc.elem[1]})
		case !pc.isText:
			return nil, errors.New("new text placed on a tab or break")
		case split:
			out = append(out, edit{start: pc.elem[0], end: pc.elem[1], text: p.splitRun(part, pc, inner[i], prefix, newRun)})
		case needsPreserve(own[i]) && !hasPreserve(part[pc.elem[0]:pc.body[0]]):
			out = append(out, edit{start: pc.elem[0], end: pc.elem[1], text: textElement(prefix, own[i])})
		default:
			out = append(out, edit{start: pc.body[0], end: pc.body[1], text: escape(own[i])})
		}
	}
	for k, runs := range after {
		if len(runs) == 0 {
			continue
		}
		at := p.runStart(0)
		if k > 0 {
			at = p.runEnd(k - 1)
		}
		var b strings.Builder
		for _, s := range runs {
			b.WriteString(newRun(s))
		}
		out = append(out, edit{start: at, end: at, text: b.String()})
	}
	return out, nil
}

// splitRun writes a w:t that holds runs of other formatting: the run is
// closed before each and reopened, with its own properties, after.
func (p *Paragraph) splitRun(part []byte, pc piece, segs []seg, prefix string, newRun func(seg) string) string {
	r := p.runs[pc.run]
	open := part[r.span[0]:r.span[1]]
	open = open[:bytes.IndexByte(open, '>')+1]
	var b strings.Builder
	var text strings.Builder
	flush := func() {
		b.WriteString(textElement(prefix, text.String()))
		text.Reset()
	}
	for _, s := range segs {
		if !s.inside {
			text.WriteString(s.text)
			continue
		}
		flush()
		b.WriteString("</" + prefix + "r>" + newRun(s))
		b.Write(open)
		b.Write(r.rPr)
	}
	flush()
	return b.String()
}

// runStart and runEnd bound piece i's run, or the hyperlink or field that
// holds it, so a new run never lands inside one.
func (p *Paragraph) runStart(i int) int {
	r := p.runs[p.pieces[i].run]
	if r.outer != nil && r.outer[1] > r.outer[0] {
		return r.outer[0]
	}
	return r.span[0]
}

func (p *Paragraph) runEnd(i int) int {
	r := p.runs[p.pieces[i].run]
	if r.outer != nil && r.outer[1] > r.outer[0] {
		return r.outer[1]
	}
	return r.span[1]
}

// elementPrefix is "w:" for <w:p ...>, "" for a default namespace.
func elementPrefix(el []byte) string {
	end := bytes.IndexAny(el, " \t\r\n/>")
	if end < 0 {
		return "w:"
	}
	name := string(el[1:end])
	if i := strings.IndexByte(name, ':'); i >= 0 {
		return name[:i+1]
	}
	return ""
}

func needsPreserve(s string) bool {
	return s != strings.TrimSpace(s) || strings.Contains(s, "  ")
}

func hasPreserve(startTag []byte) bool {
	return bytes.Contains(startTag, []byte(`xml:space="preserve"`)) || bytes.Contains(startTag, []byte(`xml:space='preserve'`))
}

func textElement(prefix, s string) string {
	return "<" + prefix + `t xml:space="preserve">` + escape(s) + "</" + prefix + "t>"
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func escape(s string) string { return escaper.Replace(s) }

// plainText makes inserted text fit a w:t: tabs and line breaks become
// spaces, characters XML cannot hold are dropped.
func plainText(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
			return -1
		}
		return r
	}, s)
}
