package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// groupHeadName is what names a company heading over several titles. A
// heading written "Company, City" ("NORDLJUS MEDIA, Gothenburg") names the
// company first and its town after: the town list the reader knows is
// short, so a plain place word after the company is taken as the town
// rather than as a second name, and the company is the first part (not
// whichever part the town list failed to place: "KLARVIK MOBILITY AB"
// reads as a city and province code).
func groupHeadName(parts []headerPart) []headerPart {
	// "Técnico en Calzados Ribera": a role at a company, not a company and
	// its town
	if len(parts) == 2 && parts[0].first && !parts[0].paren && parts[0].after == "" && placeWords(parts[1].text) &&
		!titleRe().MatchString(parts[0].text) {
		return parts[:1]
	}
	return namedParts(parts)
}

// placeWords: one to three capitalised words of letters ("Gothenburg",
// "New York", "São Paulo"), naming no role and no organisation.
func placeWords(p string) bool {
	ws := strings.Fields(p)
	if len(ws) == 0 || len(ws) > 3 || titleRe().MatchString(p) || companyLike(p) {
		return false
	}
	for _, w := range ws {
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) {
			return false
		}
		lower := false
		for _, r := range rs[1:] {
			if !unicode.IsLetter(r) && r != '-' && r != '.' {
				return false
			}
			lower = lower || unicode.IsLower(r)
		}
		// "IBM", "SAP": a name in capitals is a company's, not a town's
		if len(rs) > 1 && !lower {
			return false
		}
	}
	return true
}

// phraseLine: a line that tells about a company or a role, in lower-case
// words after the first ("Regional news publisher and its in-house product
// studio"), not a name or a title, and with no dates.
func phraseLine(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	ws := strings.Fields(t)
	if len(ws) < 4 || dated(b) || strings.ContainsAny(t, "|:") {
		return false
	}
	lower := 0
	for _, w := range ws[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++
		}
	}
	return lower*5 >= (len(ws)-1)*4
}

// namingHead: an entry's heading lines without a last line that only
// tells about it (phraseLine).
func (e *entry) namingHead() []*Block {
	if n := len(e.head); n == 2 && e.head[1].Cont && phraseLine(e.head[1]) {
		return e.head[:1]
	}
	return e.head
}
