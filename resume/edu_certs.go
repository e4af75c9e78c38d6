package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A section of degrees and certificates together ("Học vấn & Chứng chỉ",
// "Education & Certifications") may label each certificate's item
// ("Chứng chỉ: Google Professional Data Engineer (2023)") or name it
// ("Certification Professional Scrum Master I (2020)"): those items are
// certificates, not degrees.

// certLabelRe: an item's label that says it is a certificate.
var certLabelRe = lazy.Regexp(`(?i)^\s*(chứng chỉ|certificate|certification|certificado|certificação|certificat|zertifikat|сертификат|сертифікат)\s*[:：]\s*`)

// academicCertRe: a school's certificate named as a degree is, by its
// kind and then its field ("Certificate, Applied Cryptography",
// "Graduate Certificate in Data Science"): a course of study, which an
// education section lists among its degrees.
// (The kind opens the name, after its year: "SQL Certificate,
// HackerRank" names its issuer after the comma.)
// (So is the French degree a "Licence professionnelle" or "Licence
// d'informatique" names: a licence, not a licensed trade.)
var academicCertRe = lazy.Regexp(`\b(?i:post-?graduate|graduate|undergraduate)\s+(?i:certificate)\b|^[\s\d./–-]*(?i:certificate)\s*(?:,|\b(?i:in)\b)\s*\p{Lu}|\b(?i:licence)\s+(?i:professionnelle|pro\b|générale|mention\b|en\s|de\s|d['’]|ès\s)`)

// certItems splits an education section's blocks into its degrees' and
// its certificates' items.
func certItems(bs []*Block) (edu, certs []*Block) {
	if i := certLabelAt(bs); i >= 0 {
		edu, certs = certItems(bs[:i])
		return edu, append(certs, bs[i+1:]...)
	}
	inCert := false // the lines of a certificate's paragraph go on
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		if j := certSublist(bs, i); j > 0 {
			certs = append(certs, bs[i+1:j]...)
			i = j - 1
			inCert = false
			continue
		}
		// plain text: "Certified ScrumMaster  2015" over "Scrum
		// Alliance", a paragraph of its own among the degrees'
		if b.Kind == BlockParagraph {
			t := b.Text
			if !b.Cont {
				inCert = certNameRe().MatchString(t) && !degreeRe().MatchString(t) && !institutionRe().MatchString(t) && !academicCertRe().MatchString(t) && wordCount(t) <= 10 &&
					!schoolParagraphNext(bs, i)
			} else if inCert && degreeRe().MatchString(t) && !certNameRe().MatchString(t) {
				// (a degree's line right under a certificate's, one
				// entry a line, is a degree)
				inCert = false
			}
			if inCert {
				certs = append(certs, b)
				continue
			}
		} else {
			inCert = false
		}
		if m := certLabelRe().FindString(b.Text); m != "" && b.Kind == BlockListItem && b.Level == 0 && len(m) < len(strings.TrimSpace(b.Text)) {
			// the certificate is what follows its label: a rewrite keeps
			// the label, so the item reads as a certificate again
			r := richOf(b)
			r = r.slice(len(m), len(r.text))
			c := *b
			c.Text, c.Pieces, c.Groups = r.text, r.pieces, r.groups
			certs = append(certs, &c)
			continue
		}
		// "Certification Professional Scrum Master I (2020)", "AWS
		// Certified Developer": an item that names a certificate, not a
		// school
		if b.Kind == BlockListItem && b.Level == 0 && certNameRe().MatchString(b.Text) && !institutionRe().MatchString(b.Text) && !academicCertRe().MatchString(b.Text) {
			certs = append(certs, b)
			continue
		}
		edu = append(edu, b)
	}
	return edu, certs
}
