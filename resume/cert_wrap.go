package resume

import "strings"

// A certificate's name wrapped at its dash ("AWS Certified SysOps
// Administrator" over "– Associate") sets the dash at the next line's
// start, where it reads as a list marker: a lone short item right under a
// certificate's line is the rest of its name, not a certificate.

// wrappedDashItem: bs[i] is such an item under prev.
func wrappedDashItem(bs []*Block, i int, prev *Block) bool {
	b := bs[i]
	if b.Kind != BlockListItem || prev == nil || prev.Kind != BlockParagraph || b.Line != prev.Line+1 || b.Indent != prev.Indent {
		return false
	}
	if wordCount(b.Text) > 3 || strings.HasSuffix(strings.TrimSpace(prev.Text), ":") {
		return false
	}
	return i+1 == len(bs) || bs[i+1].Kind != BlockListItem
}

// namesOwnCert: a line run on under a certificate's line that names a
// certificate of its own ("Microsoft Certified: Azure Data Engineer" under
// "Google Cloud Certified Professional Data Engineer", no blank line
// between, as a LinkedIn export sets them) starts the next one; a line
// after a dash or a colon is still the name above.
func namesOwnCert(b, prev *Block) bool {
	if prev == nil || !certNameRe().MatchString(b.Text) {
		return false
	}
	p := strings.TrimSpace(prev.Text)
	return !strings.HasSuffix(p, "-") && !strings.HasSuffix(p, "–") && !strings.HasSuffix(p, ":")
}
