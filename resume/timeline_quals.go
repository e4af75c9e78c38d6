package resume

import "strings"

// A German CV's chronology (tabellarischer Lebenslauf) lists jobs,
// schooling and papers earned on one timeline, each a dated line:
// "Gesellenbrief KFZ-Mechatroniker, Autohaus Reuther", "Staatlich
// geprüfter Techniker Informatik, Fachschule Kiel", "Zertifikat STCW
// Basic Safety, Seefahrtschule Leer". The line's opening words tell
// which it is, whatever trade or place follows them.

// qualificationOpens: the line opens with a vocational qualification
// earned (a journeyman's or master's letter, a state examination), so
// it is schooling, though the trade it names is a job's title and the
// place a workshop.
func qualificationOpens(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	if len(ws) < 2 {
		return false
	}
	w := strings.Trim(ws[0], ",;:.*_()")
	if qualificationWords[w] {
		return true
	}
	// "Staatlich geprüfte Erzieherin", "staatl. anerkannter Heilpädagoge"
	return (w == "staatlich" || w == "staatl") && (strings.HasPrefix(ws[1], "geprüft") || strings.HasPrefix(ws[1], "anerkannt"))
}

// trainingEarns: the line opens with a course of training and names the
// qualification it earned anywhere after ("Ausbildung KFZ-Mechatroniker
// (Gesellenbrief), Autohaus Brandl"): schooling, though the place is a
// workshop.
func trainingEarns(t string) bool {
	ws := vocabWords(t)
	if len(ws) < 2 || !trainingWords[ws[0]] {
		return false
	}
	for _, w := range ws[1:] {
		if qualificationWords[strings.Trim(w, ".-'")] {
			return true
		}
	}
	return false
}

var qualificationWords = map[string]bool{"gesellenbrief": true, "gesellenprüfung": true, "meisterbrief": true,
	"meisterprüfung": true, "facharbeiterbrief": true, "kaufmannsgehilfenbrief": true,
	// Austria's and Switzerland's apprenticeship papers
	"lehrabschlussprüfung": true, "lehrabschluss": true, "efz": true}

// certOpens: on a timeline, the line opens with the word certificate
// ("Zertifikat STCW Basic Safety, Seefahrtschule Leer", "Certificado
// de ...", "Свідоцтво автомеханіка, СТО ...") and names it, with who issued it: a certificate, no job. So
// does a line that names a vendor's certification ("AWS Certified
// Developer – Associate", "Oracle Certified Professional"); one that
// opens with the word ("Certified Nursing Assistant", "Licensed
// Electrician") may be the job held.
func certOpens(t string) bool {
	ws := strings.Fields(t)
	if len(ws) < 2 {
		return false
	}
	switch w := strings.ToLower(strings.Trim(ws[0], ",;:.*_()")); w {
	case "zertifikat", "zertifizierung", "certificate", "certification", "certificado", "certificat", "certificação", "certificazione",
		"свідоцтво", "свидетельство", "сертифікат", "сертификат":
		return true
	case "certified", "licensed", "licenced":
		return false
	}
	return certNameRe().MatchString(t)
}

// contactsLine: the line holds an e-mail address, as a page's footer
// says where to write ("Kontakt: jan@example.com · +49 555 0177 2040"):
// the digits of a telephone number are no year, the line no role.
func contactsLine(t string) bool {
	for _, w := range strings.Fields(t) {
		if emailRe().MatchString(strings.Trim(w, ",;()<>[]")) {
			return true
		}
	}
	return false
}

// undatedLine is a timeline line's words, the dates it opens with taken
// out ("01.2009 - 08.2012     Свідоцтво автомеханіка, СТО ..."), so
// its first word is what it names.
func undatedLine(t string) string {
	t = strings.TrimSpace(t)
	if r, ok := FindDateRange(t); ok && r.Pos == 0 {
		return strings.TrimLeft(t[r.EndPos:], " \t:|–—-,")
	}
	return t
}

// courseOpens: the line opens with the word courses ("Курси STCW та
// медогляд, Морський тренажерний центр", "Kursy SEP, Ośrodek
// Szkolenia"): training taken, whatever trade it names.
func courseOpens(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	return len(ws) >= 2 && courseWords[strings.Trim(ws[0], ",;:.*_()")]
}

var courseWords = map[string]bool{"курси": true, "курсы": true, "курс": true, "kurs": true, "kursy": true, "kurz": true, "kurzy": true}
