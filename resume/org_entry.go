package resume

import (
	"bytes"
	"strings"
)

// An org-cv entry keeps its employer, dates and place in the heading's
// :PROPERTIES: drawer (:EMPLOYER:, :FROM:, :TO:, :LOCATION:). They are read
// as the lines under the heading a Markdown resume would have: the
// employer, then the dates ("2017-02-01 – 2021-04-30"; an empty :TO: says
// the job goes on: "2021-05-01–"), then the place. Other drawers (:LOGBOOK:) are skipped.

// orgEntry is the heading being read and its properties' values.
type orgEntry struct {
	at                      int // where its fields go in the blocks: after the heading
	company, place          rich
	from, to, date          rich
	hasFrom, hasTo, hasDate bool
	toEmpty                 bool
}

// orgProperty says what a property holds: "company", "place", "from",
// "to", "date" or "" (CV_ENV, an ID...).
func orgProperty(k string) string {
	switch strings.ToLower(k) {
	case "employer", "organization", "organisation", "company", "school", "institution", "university", "org":
		return "company"
	case "location", "city", "place":
		return "place"
	case "from", "start", "start_date":
		return "from"
	case "to", "end", "end_date":
		return "to"
	case "date", "dates", "period", "when":
		return "date"
	}
	return ""
}

// drawer reads a drawer from its opening line at to its :END:; a
// :PROPERTIES: drawer under a heading gives its entry's fields. It returns
// where to read on.
func (or *orgReader) drawer(at, next int, name string) int {
	s := or.src
	i := next
	for i < len(s) {
		e := bytes.IndexByte(s[i:], '\n')
		n, stop := len(s), len(s)
		if e >= 0 {
			stop, n = i+e, i+e+1
		}
		if stop > i && s[stop-1] == '\r' {
			stop--
		}
		l := s[i:stop]
		if strings.EqualFold(string(bytes.TrimSpace(l)), ":END:") {
			return n
		}
		// a heading ends a drawer left open
		if orgHeadingRe().Match(l) {
			return i
		}
		if name == "PROPERTIES" && or.entry != nil {
			or.property(i, stop)
		}
		i = n
	}
	return i
}

// property reads one ":KEY: value" line into the entry.
func (or *orgReader) property(at, stop int) {
	m := orgPropertyRe().FindSubmatchIndex(or.src[at:stop])
	if m == nil {
		return
	}
	kind := orgProperty(string(or.src[at+m[2] : at+m[3]]))
	if kind == "" {
		return
	}
	v := orgRich(or.src, at+m[1], stop, or.lines.line(at)).trim()
	e := or.entry
	if v.text == "" {
		e.toEmpty = e.toEmpty || kind == "to"
		return
	}
	switch kind {
	case "company":
		if len(e.company.pieces) == 0 {
			e.company = v
		}
	case "place":
		e.place = v
	case "from":
		e.from, e.hasFrom = v, true
	case "to":
		e.to, e.hasTo = v, true
	case "date":
		e.date, e.hasDate = v, true
	}
}

// endEntry writes the entry's fields after its heading.
func (or *orgReader) endEntry() {
	e := or.entry
	or.entry = nil
	if e == nil {
		return
	}
	var fields []Block
	add := func(r rich) {
		if r.text == "" || len(r.pieces) == 0 {
			return
		}
		fields = append(fields, Block{Kind: BlockParagraph, Text: r.text, Pieces: r.pieces, Groups: r.groups, Line: r.line,
			Span: r.span(), Cont: len(fields) > 0, Style: orgStyle})
	}
	add(e.company)
	switch {
	case e.hasDate:
		add(e.date)
	case e.hasFrom && e.hasTo:
		add(joinFixed(e.from, " – ", e.to))
	case e.hasFrom:
		// no end, or an empty one: the job goes on
		var rb richBuilder
		rb.addRich(e.from)
		end := e.from.span().End
		rb.pieces = append(rb.pieces, Piece{Text: Span{rb.b.Len(), rb.b.Len() + len("–")}, Src: Span{end, end}, Kind: PieceFixed})
		rb.b.WriteString("–")
		add(rb.rich(e.from.line))
	case e.hasTo:
		add(e.to)
	}
	add(e.place)
	if len(fields) == 0 {
		return
	}
	or.out = append(or.out[:e.at], append(fields, or.out[e.at:]...)...)
}
