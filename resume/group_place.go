package resume

import (
	"strings"
	"unicode"
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
