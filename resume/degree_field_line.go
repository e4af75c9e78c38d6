package resume

// openingDegreeLine: a data file's entry names the school on its first
// line and the degree on a later one ("HES-SO Valais-Wallis" over "BSc in
// Informatique de gestion"); the line that opens with the degree tells
// what the entry is. t is returned when the first line names something
// itself (a degree, a school, a role) or no later line opens with a degree.
func openingDegreeLine(e *entry, t string) string {
	if degreeRe().MatchString(t) || institutionRe().MatchString(t) || titleRe().MatchString(t) {
		return t
	}
	for _, b := range e.head[1:] {
		if loc := degreeRe().FindStringIndex(b.Text); loc != nil && loc[0] == 0 {
			return b.Text
		}
	}
	return t
}
