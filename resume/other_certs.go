package resume

import (
	"strings"
	"unicode/utf8"
)

// A form's closing section of other facts ("Aanvullende informatie",
// "Additional information") lines its rows up in a label column; a row
// whose label names certificates or registrations ("Registraties
// BIG-registratie verpleegkundige (2016)") holds one, kept as written
// with the section.

// awardedLabels: the Europass form's label over the qualification an
// entry earned; outside education (in a section of further training and
// commitments) what it names is a certificate.
var awardedLabels = map[string]bool{
	"erworbene qualifikation": true, "bezeichnung der erworbenen qualifikation": true,
	"title of qualification awarded": true, "qualification awarded": true,
	"intitulé du certificat ou diplôme délivré": true, "titolo della qualifica rilasciata": true,
	"título de la cualificación obtenida": true, "titolo della qualifica": true,
}

// labelledCerts: the values of such rows, as blocks of their own.
func labelledCerts(bs []*Block) []*Block {
	var out []*Block
	for i, b := range bs {
		if b.Kind != BlockParagraph {
			continue
		}
		t := strings.TrimSpace(b.Text)
		m := spaceFieldRe().FindStringSubmatchIndex(t)
		if m == nil || !strings.Contains(t, "  ") {
			continue
		}
		if k, _ := sectionKind(t[m[2]:m[3]]); k != SecCertifications && !awardedLabels[strings.ToLower(strings.TrimSpace(t[m[2]:m[3]]))] {
			continue
		}
		r := richOf(b).trim()
		r = r.slice(len(r.text)-len(t)+m[4], len(r.text))
		// ("Nachweis der berufs- und arbeitspädagogischen" over
		// "Eignung nach der AEVO" in the value's column: the value wraps)
		col := b.Indent + utf8.RuneCountInString(t[:m[4]])
		parts := []rich{r}
		for _, n := range bs[i+1:] {
			if n.Kind != BlockParagraph || n.Indent != col || spaceFieldRe().MatchString(strings.TrimSpace(n.Text)) {
				break
			}
			parts = append(parts, richOf(n).trim())
		}
		if len(parts) > 1 {
			r = joinRich(parts, " ")
		}
		c := *b
		c.Text, c.Pieces, c.Groups, c.Span, c.Cont = r.text, r.pieces, r.groups, r.span(), false
		out = append(out, &c)
	}
	return out
}
