package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// skillCertLabelRe: a row of a skills section that lists certificates
// ("Certifications: Lean Six Sigma Yellow Belt; OSHA 10-Hour"), as a
// career center's one-page template writes them beside "Software:" and
// "Languages:".
var skillCertLabelRe = lazy.Regexp(`(?i)^\s*(certifications?|certificates?|licen[sc]es?(\s*(&|and)\s*certifications?)?|certifications?\s*(&|and)\s*licen[sc]es?|zertifikate|certificaciones|certificados|certificações)\s*[:：]\s*`)

// skillCerts splits a skills section's blocks into its skills' and its
// certificates', one block for each certificate of a labelled row (cut at
// ";", or at "," where there is none): a rewrite of one keeps the label
// and the others.
func skillCerts(bs []*Block) (skills, certs []*Block) {
	for _, b := range bs {
		m := skillCertLabelRe().FindString(b.Text)
		if m == "" || b.Kind != BlockParagraph && (b.Kind != BlockListItem || b.Level > 0) || len(m) == len(strings.TrimRight(b.Text, " ")) {
			skills = append(skills, b)
			continue
		}
		r := richOf(b)
		sep := ";"
		if !strings.Contains(b.Text[len(m):], ";") {
			sep = ","
		}
		at := len(m)
		for at < len(b.Text) {
			end := strings.Index(b.Text[at:], sep)
			if end < 0 {
				end = len(b.Text)
			} else {
				end += at
			}
			// "OSHA 10-Hour, 2023": a date after a comma is its
			// certificate's
			for sep == "," && end < len(b.Text) {
				next := strings.Index(b.Text[end+1:], sep)
				if next < 0 {
					next = len(b.Text)
				} else {
					next += end + 1
				}
				if _, dateOnly := ParseDate(strings.TrimSpace(b.Text[end+1 : next])); !dateOnly {
					break
				}
				end = next
			}
			if x := r.slice(at, end).trim(); x.text != "" {
				c := *b
				c.Text, c.Pieces, c.Groups, c.Cont = x.text, x.pieces, x.groups, false
				certs = append(certs, &c)
			}
			at = end + len(sep)
		}
	}
	return skills, certs
}
