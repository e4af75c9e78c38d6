package resume

import "strings"

// roleHeadLine: a plain-text line that names a role and its employer
// split by a spaced dash or bar ("Tutorin – Hochschule Rheinaue (letztes
// Semester)", "Backend Engineer | Acme GmbH"), short and with no full
// stop. Right over the lines that tell of the role, no blank line
// between, it heads them: it is not a paragraph's first line, though
// it and they run on for more than a sentence.
func roleHeadLine(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	if b.Kind != BlockParagraph || wordCount(t) > 10 || fullStop(t) || strings.ContainsAny(t, ":：") {
		return false
	}
	for _, sep := range []string{" – ", " — ", " | ", " - "} {
		a, c, ok := strings.Cut(t, sep)
		if !ok {
			continue
		}
		// the period in brackets after the employer ("(seit 2022)")
		aside := false
		if k := strings.Index(c, " ("); k > 0 && strings.HasSuffix(c, ")") {
			c, aside = c[:k], true
		}
		ta, tc := titleRe().MatchString(a), titleRe().MatchString(c)
		// "Nebenjobs – Gießen (Schulzeit)": two short names and the
		// period aside, laid out as the roles around it are
		short := wordCount(a) <= 3 && wordCount(c) <= 3 && !strings.ContainsAny(a+c, ",;.")
		return ta && !tc && wordCount(a) <= 4 || tc && !ta && wordCount(c) <= 4 && companyLike(a) || aside && short
	}
	return false
}
