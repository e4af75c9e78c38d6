package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A closing section of other facts ("OTHER", "Additional information")
// may tell them in paragraphs, each opened by a label that names a
// section ("*Certifications:* PTCB CPhT, ...", "*Education:* AAS,
// Pharmacy Technology, Missoula College; ..."): the education paragraph
// is a degree and the certificates one a certificate, read as those
// sections' would be; the section is kept as written too.

// paragraphLabelRe: a paragraph's opening label, in emphasis or not.
var paragraphLabelRe = lazy.Regexp(`^[*_]{0,2}(\p{L}[\p{L} &/]{1,30}?)\s*[:：]\s*[*_]{0,2}\s+`)

// labelledParagraphs: the values of the paragraphs so labelled, each a
// block of its own (its wrapped lines joined), education's and
// certificates'.
func labelledParagraphs(bs []*Block) (edu, certs []*Block) {
	for i, b := range bs {
		if b.Kind != BlockParagraph || b.Cont || b.Level != 0 {
			continue
		}
		t := strings.TrimSpace(b.Text)
		m := paragraphLabelRe().FindStringSubmatchIndex(t)
		if m == nil {
			continue
		}
		kind, _ := sectionKind(t[m[2]:m[3]])
		if kind != SecEducation && kind != SecCertifications {
			continue
		}
		r := richOf(b).trim()
		r = r.slice(len(r.text)-len(t)+m[1], len(r.text))
		parts := []rich{r}
		for _, n := range bs[i+1:] {
			if n.Kind != BlockParagraph || !n.Cont {
				break
			}
			parts = append(parts, richOf(n).trim())
		}
		if len(parts) > 1 {
			r = joinRich(parts, " ")
		}
		if strings.TrimSpace(r.text) == "" {
			continue
		}
		c := *b
		c.Text, c.Pieces, c.Groups, c.Span, c.Cont = r.text, r.pieces, r.groups, r.span(), false
		if kind == SecEducation {
			edu = append(edu, &c)
		} else {
			certs = append(certs, &c)
		}
	}
	return edu, certs
}
