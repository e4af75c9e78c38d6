package resume

// teachingTitles: an academic CV's sections of teaching, which list the
// courses taught ("BIO 214, guest lectures (Fall 2021)", "2016: Lecturer,
// Field Methods, University X") more often than they list jobs.
var teachingTitles = map[string]bool{
	"teaching": true, "teaching activities": true, "teaching activity": true, "courses taught": true,
	"teaching duties": true, "lehre": true, "lehrtätigkeit": true, "enseignement": true, "enseignements": true,
	"docência": true, "insegnamento": true, "didattica": true,
}

// courseListing: a teaching section whose dated lines carry nothing
// done under them is a record of courses, kept as written; one whose
// lines head bullets ("Teaching Assistant - 6.005" over what was
// taught) lists jobs.
func courseListing(title string, bullets int) bool {
	return bullets == 0 && teachingTitles[normTitle(title)]
}
