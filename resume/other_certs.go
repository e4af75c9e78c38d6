package resume

import "strings"

// A form's closing section of other facts ("Aanvullende informatie",
// "Additional information") lines its rows up in a label column; a row
// whose label names certificates or registrations ("Registraties
// BIG-registratie verpleegkundige (2016)") holds one, kept as written
// with the section.

// labelledCerts: the values of such rows, as blocks of their own.
func labelledCerts(bs []*Block) []*Block {
	var out []*Block
	for _, b := range bs {
		if b.Kind != BlockParagraph {
			continue
		}
		t := strings.TrimSpace(b.Text)
		m := spaceFieldRe().FindStringSubmatchIndex(t)
		if m == nil || !strings.Contains(t, "  ") {
			continue
		}
		if k, _ := sectionKind(t[m[2]:m[3]]); k != SecCertifications {
			continue
		}
		r := richOf(b).trim()
		r = r.slice(len(r.text)-len(t)+m[4], len(r.text))
		c := *b
		c.Text, c.Pieces, c.Groups, c.Span, c.Cont = r.text, r.pieces, r.groups, r.span(), false
		out = append(out, &c)
	}
	return out
}
