package resume

import (
	"strings"
	"unicode/utf8"
)

// suspendedCompoundKind reads a German title that shares one head noun
// between two compounds ("Schul- und Berufsausbildung", "Aus- und
// Weiterbildung"): the whole compound written last names the section, or
// failing that the longest name the table knows that it ends in
// ("berufsausbildung" ends in "ausbildung").
func suspendedCompoundKind(n string) (string, bool) {
	ws := strings.Fields(n)
	if len(ws) != 3 || !strings.HasSuffix(ws[0], "-") || utf8.RuneCountInString(ws[0]) < 3 {
		return "", false
	}
	switch ws[1] {
	case "und", "&", "/", "oder", "sowie", "u.":
	default:
		return "", false
	}
	last := ws[2]
	if k, ok := sectionNames()[last]; ok {
		return k, true
	}
	for i := range last {
		if i == 0 || utf8.RuneCountInString(last[i:]) < 6 {
			continue
		}
		if k, ok := sectionNames()[last[i:]]; ok && k != kindContact {
			return k, true
		}
	}
	return "", false
}
