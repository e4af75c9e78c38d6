package resume

import "strings"

// In an education section a certificate studied at a school ("**2005**:
// City & Guilds Level 3 Certificate in Electrotechnical Technology" over
// "Neath Port Talbot College", as the degrees above it are laid out) is
// a qualification, one of the degrees, not a certificate held.

// schoolParagraphNext: the paragraph after bs[i] starts a paragraph of
// its own that names a school and no certificate.
func schoolParagraphNext(bs []*Block, i int) bool {
	if i+1 >= len(bs) {
		return false
	}
	n := bs[i+1]
	t := strings.TrimSpace(n.Text)
	return n.Kind == BlockParagraph && !n.Cont && institutionRe().MatchString(t) && !certNameRe().MatchString(t) && wordCount(t) <= 8
}
