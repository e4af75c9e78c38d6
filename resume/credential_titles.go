package resume

import "strings"

// credentialPairTitle: a title that joins a name the table does not know
// to a certifications name ("Colegiación y certificaciones", "Zulassungen
// und Zertifikate", "Registration & Certifications"): the known half says
// what the section holds, the other a credential of the trade beside them
// (a bar's registration, a licence to practise).
func credentialPairTitle(n string) bool {
	for _, sep := range []string{" y ", " and ", " & ", " und ", " et ", " e ", " en ", " i ", " och ", " og "} {
		a, rest, ok := strings.Cut(n, sep)
		if !ok {
			continue
		}
		a, rest = strings.TrimSpace(a), strings.TrimSpace(rest)
		if _, known := sectionNames()[a]; known || a == "" || wordCount(a) > 2 || wordCount(rest) > 2 {
			return false
		}
		return sectionNames()[rest] == SecCertifications || certsTitle(rest)
	}
	return false
}
