package resume

import "strings"

// A list of jobs told with no text may close on a line that sends the
// reader elsewhere with no link in it ("Voor meer info verwijs ik je
// graag door naar mijn Linkedin.", "Full history on my LinkedIn
// profile.", "Mehr dazu auf meinem XING-Profil."): it names a place the
// rest is kept (a profile site, a full CV) and says that more is there.
// "Managed the LinkedIn page" names the site and points nowhere.

// pointerSites: where a resume sends a reader for more.
var pointerSites = []string{"linkedin", "xing", "github", "gitlab", "website", "webseite", "site web", "sito", "portfolio", "profiel", "profil", "profile", "profilo", "perfil"}

// pointerCues: words that say more is to be found there.
var pointerCues = []string{"more info", "more detail", "more about", "full ", "complete ", "see my", "visit my", "find me", "refer ",
	"meer info", "meer over", "meer weten", "verwijs", "kijk op", "zie mijn", "bekijk mijn", "volledig",
	"mehr info", "mehr dazu", "mehr über", "siehe ", "finden sie", "vollständig",
	"plus d'info", "plus de détails", "voir mon", "voir ma", "consultez",
	"más info", "más detalles", "consulta", "ver mi",
	"maggiori info", "ulteriori", "consultate", "vedi ", "mais info", "mais detalhes"}

// pointsElsewhere: t, one short paragraph, sends the reader elsewhere
// for more.
func pointsElsewhere(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	if wordCount(t) > 25 {
		return false
	}
	site := false
	for _, s := range pointerSites {
		if strings.Contains(t, s) {
			site = true
			break
		}
	}
	if !site {
		return false
	}
	for _, c := range pointerCues {
		if strings.Contains(t, c) {
			return true
		}
	}
	return false
}
