package resume

import "strings"

// qualificationsTitle: the title names further qualifications, as German
// CVs title their certificates and trainings ("Zusatzqualifikationen",
// "Weitere Qualifikationen", "Additional Qualifications"): a word of it is
// or ends with the noun.
func qualificationsTitle(title string) bool {
	ws := strings.Fields(normTitle(title))
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		for _, n := range []string{"qualifikationen", "qualifications", "qualifikation", "qualificazioni", "qualificações", "cualificaciones", "kwalificaties"} {
			if strings.HasSuffix(w, n) {
				return true
			}
		}
	}
	return false
}

// namesOnly: every entry is a date and a short name at most (a line or
// two of a few words), with no prose: a list of things earned, not of
// jobs or schools told of.
func namesOnly(es []*entry) bool {
	for _, e := range es {
		if len(e.prose) > 0 || len(e.head) > 2 {
			return false
		}
		for _, h := range e.head {
			if wordCount(h.Text) > 10 || fullStop(strings.TrimSpace(h.Text)) {
				return false
			}
		}
	}
	return true
}
