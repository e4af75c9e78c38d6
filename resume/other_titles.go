package resume

import "strings"

// otherWords say "more of the same" before a section's name ("Other
// training", "Additional projects", "Weitere Zertifikate"): the name
// after them says the section's kind.
var otherWords = map[string]bool{"other": true, "additional": true, "further": true, "more": true, "extra": true,
	"autres": true, "otras": true, "otros": true, "outras": true, "outros": true, "weitere": true, "sonstige": true,
	"altre": true, "altri": true, "overige": true, "andere": true, "другие": true, "прочие": true, "інші": true,
	"pozostałe": true, "inne": true}

// otherTitleKind: the kind of a title that is a known name after a word
// saying "other" ("Other training": kept as written, as "Training" is).
func otherTitleKind(n string) (string, bool) {
	q, rest, ok := strings.Cut(n, " ")
	if !ok || !otherWords[q] {
		return "", false
	}
	k, known := sectionNames()[strings.TrimSpace(rest)]
	// (of the names kept as written, only courses: "Other languages" is
	// the Europass row under the mother tongue, no section)
	if !known || k == kindContact || k == kindOther && !trainingNames[strings.TrimSpace(rest)] {
		return "", false
	}
	return k, true
}
