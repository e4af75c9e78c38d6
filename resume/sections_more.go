package resume

// moreSectionNames adds titles the main table lacks: Turkish headings
// over a Turkish or English body (Tecrübe, Yayınlar, Burslar, Araştırma
// Projeleri), the "current"/"former" position headings Spanish and French
// academics and GitHub profiles write (Situación profesional actual,
// Actividades anteriores, Titres actuels, Past experiences), and the
// Spanish "other" education heading (Otra formación académica).
func moreSectionNames(add func(kind string, names ...string)) {
	// a Swedish CV's headings beside the bare ones
	add(SecProjects, "projekt", "egna projekt", "utvalda projekt", "skolprojekt")
	add(SecSkills, "tekniska färdigheter", "färdigheter", "tekniska kunskaper", "kunskaper")
	// a Czech or Slovak CV's headings (a word processor's, its PDF's text)
	add(SecExperience, "praxe", "odborná praxe", "pracovní praxe", "zaměstnání", "pracovní zkušenosti a praxe", "pracovné skúsenosti", "prax")
	add(SecEducation, "vzdelanie")
	add(SecSkills, "počítačové znalosti", "znalosti", "počítačové zručnosti", "odborné znalosti")
	add(kindContact, "osobní údaje", "kontaktní údaje", "osobné údaje")
	add(kindOther, "doplňující vzdělání", "další vzdělání", "kurzy", "školení", "jazykové znalosti", "jazykové znalostí", "zájmy", "koníčky",
		"řidičský průkaz", "jazykové znalosti a zručnosti", "záujmy", "vodičský preukaz")
	add(SecExperience, "tecrübe", "tecrübeler", "iş tecrübesi", "iş tecrübeleri", "mesleki tecrübe", "profesyonel tecrübe",
		"past experiences", "previous experiences", "prior experiences", "current roles", "current role", "current titles",
		"titres actuels", "postes actuels", "poste actuel", "fonctions actuelles", "expériences passées", "expériences précédentes",
		"situación profesional actual", "situación profesional", "situación actual", "puesto actual", "cargo actual",
		"actividades anteriores", "actividad profesional", "actividades profesionales", "puestos anteriores", "experiencia previa",
		"situação profissional atual", "atividades anteriores", "cargos anteriores")
	add(SecEducation, "otra formación académica", "otra formación", "otros estudios", "outra formação acadêmica", "outra formação",
		"autre formation", "autres formations", "autres diplômes")
	add(SecProjects, "araştırma projeleri", "kişisel projeler", "yan projeler")
	add(kindOther, "yayınlar", "burslar", "ödüller", "ilgi alanları", "yabancı diller", "diller", "hobiler", "müzik", "music",
		"araştırma konuları", "araştırma alanları", "research interests", "research topics",
		"publicaciones en revistas", "capítulos de libros", "scholarships", "fellowships", "becas")
}
