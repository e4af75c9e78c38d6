package resume

// Latin American and Iberian CVs sort schooling under the level of study,
// "PREGRADO" over "Universidad del Valle, Médico Cirujano", "POSGRADO"
// over each specialisation's university, as English ones do under
// "Undergraduate" and "Postgraduate": the heading names a level, no
// school, and each item under it is a course of study of its own.

// levelHeadOverSchools: bs[i] is a heading that names a level of study
// and the list items right under it each name a school.
func levelHeadOverSchools(bs []*Block, i int) bool {
	if !studyLevels[normTitle(bs[i].Text)] {
		return false
	}
	items := topItemsAfter(bs, i)
	for _, b := range items {
		if !institutionRe().MatchString(b.Text) {
			return false
		}
	}
	return len(items) >= 1
}

var studyLevels = map[string]bool{
	"pregrado": true, "posgrado": true, "postgrado": true, "posgrados": true, "postgrados": true, "estudios de pregrado": true,
	"estudios de posgrado": true, "estudios de postgrado": true, "estudios superiores": true,
	"graduação": true, "pós-graduação": true, "pós graduação": true, "graduacao": true, "pos-graduacao": true,
	"undergraduate": true, "postgraduate": true, "graduate": true, "undergraduate studies": true, "graduate studies": true, "postgraduate studies": true,
	"études supérieures": true, "3e cycle": true, "troisième cycle": true,
}
