package resume

import "strings"

// eduAsideSubsection: under an education section, a subheading that names
// a section kept as written ("#### Research Interests", "#### Araştırma
// Konuları" under "### Eğitim") is not a degree: it opens a section of its
// own, kept as written. It returns the section block i opens, or nil.
func (in *interp) eduAsideSubsection(cur *section, i int) *section {
	b := in.bs[i]
	if cur == nil || cur.kind != SecEducation || b.Kind != BlockHeading || in.level == pseudoLevel || b.Level <= in.level ||
		cur.head == nil || cur.head.Kind != BlockHeading || b.Level <= cur.head.Level || dated(b) {
		return nil
	}
	// (only under a heading that names education alone: "Образование и
	// навыки" over "##### Языки" holds skills too)
	if sectionNames()[normTitle(cur.title)] != SecEducation {
		return nil
	}
	title := strings.TrimSpace(b.Text)
	if k, ok := sectionKind(title); !ok || k != kindOther {
		return nil
	}
	return &section{kind: kindOther, known: true, title: title, head: b}
}
