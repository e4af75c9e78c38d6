package resume

import "strings"

// nordicSuffixes end a Nordic company's name (Swedish "AB", Finnish "Oy",
// Norwegian "ASA"/"AS", Danish "A/S"/"ApS"). Written as they are: "AB" is
// also Alberta's code, and a lower-case "as" is a word.
var nordicSuffixes = map[string]bool{"AB": true, "Oy": true, "Oyj": true, "ASA": true, "AS": true, "A/S": true, "ApS": true}

// nordicCompany: p is a name ending in such a suffix with no comma before
// it ("Kattegatt Shipping AB"), which names a company, where "Calgary, AB"
// names a place.
func nordicCompany(p string) bool {
	p = strings.TrimSpace(strings.TrimRight(p, ".) "))
	i := strings.LastIndexByte(p, ' ')
	if i <= 0 || !nordicSuffixes[p[i+1:]] {
		return false
	}
	before := strings.TrimSpace(p[:i])
	return before != "" && !strings.HasSuffix(before, ",")
}
