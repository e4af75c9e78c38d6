package resume

import (
	"strings"
	"sync"
)

// A certificate told over two lines in plain text, its name and year on
// the first ("Certified Professional in Accessibility  2019") and the body
// that issued it on the next ("International Association of Accessibility
// Professionals"), is one certificate, however many words the issuer's
// name has: a line under a dated certificate that names an association,
// an institute or a board, and no certificate of its own, tells who
// issued the one above.

// issuerRe: words that name a body that issues certificates.
var issuerRe = sync.OnceValue(func() *vocab {
	return newVocab("association alliance foundation council society consortium board federation organization organisation "+
		"commission authority agency inc inc. llc ltd ltd. gmbh corporation corp. "+
		"asociación associação associazione verband verein stiftung kammer fundación fundação fondation conseil colegio ordem ordre",
		"協会 协会 협회 財団 基金会")
})

// issuerUnder: b, run on under prev, is the issuer of the certificate
// that prev names with its date at its end. (Under a line of a date
// alone, "02/2014" over "ITIL Foundation", b is the name itself.)
func issuerUnder(b, prev *Block) bool {
	if prev == nil || !datedLast(prev) || dateRangeOnly(strings.TrimSpace(prev.Text)) || dated(b) || certNameRe().MatchString(b.Text) {
		return false
	}
	return issuerRe().MatchString(b.Text) || institutionRe().MatchString(b.Text)
}
