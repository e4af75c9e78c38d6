package resume

import "strings"

// "**Ein großer deutscher Ingenieur- und IT-Dienstleister, Essen**" over
// "Software Developer | Nov. 2025 – heute", then undated lines in bold
// each naming a client and the work done for it ("**Kommunaler
// Verkehrsverbund — Haltestellensuche & Fahrplandaten**") over its items:
// a consultant's one post told engagement by engagement. A person reads
// one role, dated; the engagements, undated all, are parts of it, their
// items its bullets, not roles of their own.

// clientEngagements folds such engagements into the dated entry above
// them; es as they are where the section is not laid out so.
func clientEngagements(es []*entry) []*entry {
	if len(es) < 3 || !es[0].dated() || len(es[0].bullets) > 0 || len(es[0].head) < 2 {
		return es
	}
	for _, e := range es[1:] {
		if e.dated() || len(e.bullets) == 0 || len(e.prose) > 0 || len(e.head) != 1 || !engagementLine(e.head[0]) {
			return es
		}
	}
	for _, e := range es[1:] {
		es[0].bullets = append(es[0].bullets, e.bullets...)
	}
	return es[:1]
}

// engagementLine: a paragraph in bold that names a client and the work,
// no post ("Regionaler Energieversorger — Leitungsdaten-Migration"), a
// word in brackets after it at most ("*(aktuell)*").
func engagementLine(b *Block) bool {
	if b.Kind != BlockParagraph || hasDate(b.Text) || !b.Strong && !strongStart(b) {
		return false
	}
	t := strings.TrimSpace(b.Text)
	if !b.Strong {
		g := b.Groups[0]
		rest := strings.Trim(b.Text[g.Text.End:], " *_")
		if rest != "" && (!strings.HasPrefix(rest, "(") || !strings.HasSuffix(rest, ")") || wordCount(rest) > 2) {
			return false
		}
		t = strings.TrimSpace(b.Text[g.Text.Start:g.Text.End])
	}
	return wordCount(t) <= 10 && !fullStop(t) && !titleRe().MatchString(t)
}
