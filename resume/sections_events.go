package resume

// eventSectionNames: sections of the seminars, congresses and symposia
// attended, as doctors', lawyers' and scholars' CVs list them ("Seminarios
// y simposios", "Congressos e seminários", "Kongresse und Tagungen"):
// dated lines of events, no jobs and no certificates.
func eventSectionNames(add func(kind string, names ...string)) {
	add(kindOther, "seminars", "seminars and conferences", "conferences and seminars", "seminars and workshops", "workshops and seminars",
		"symposia", "congresses", "conferences attended", "seminars attended", "conferences and workshops", "workshops and conferences",
		"seminarios", "simposios", "congresos", "seminarios y simposios", "simposios y seminarios", "congresos y seminarios",
		"seminarios y congresos", "congresos y simposios", "simposios y congresos", "congresos, seminarios y simposios",
		"seminarios, congresos y simposios", "conferencias", "congresos y conferencias", "eventos", "eventos académicos",
		"eventos científicos", "asistencia a congresos", "jornadas y congresos", "seminários", "congressos", "simpósios",
		"congressos e seminários", "seminários e congressos", "participação em eventos", "eventos científicos e congressos",
		"séminaires", "conférences", "congrès", "colloques", "congrès et séminaires", "séminaires et congrès",
		"seminare", "kongresse", "tagungen", "konferenzen", "kongresse und tagungen", "tagungen und kongresse", "seminare und kongresse",
		"seminari", "congressi", "convegni", "congressi e seminari", "convegni e seminari")
	// the bodies a lawyer, nurse or engineer belongs to ("Professional
	// Associations: Ohio State Bar Association ..."): names, no schools
	// ("Professional Affiliations" may list the employers, so not it)
	add(kindOther, "professional associations", "associations", "professional memberships", "professional organizations",
		"professional organisations", "bar associations")
}
