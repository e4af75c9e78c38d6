package resume

// staysList: a section titled by a role ("Visiting Researcher") in a CV
// that has its experience section, whose dated lines name no role of
// their own, only the institution hosting the stay, its place and year
// ("Max Planck Institute, Potsdam, Germany, 2015, (Supervisor: …)"), with
// nothing done under them: a record of research stays, kept as written
// rather than read as untitled jobs. (An institution's name may hold a
// role's word: "Institute for Soil Research".)
func (in *interp) staysList(s *section, es []*entry, dated, bullets int) bool {
	if !in.knownExperience || dated < 2 || bullets > 0 || !titleRe().MatchString(s.title) {
		return false
	}
	for _, e := range es {
		if !e.dated() {
			continue
		}
		named := namedParts(e.headParts())
		if len(named) == 0 || !companyLike(named[0].text) {
			return false
		}
	}
	return true
}
