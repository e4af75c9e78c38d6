package resume

// underlineLevel is the heading level a line underlined with c takes. "="
// (and "#") underline the top headings, as they always have; the other
// characters take the levels below in the order the document first uses
// them, as reStructuredText reads them: "Lakehead Grain Cooperative" over
// dashes, then "Senior Infrastructure Engineer" over tildes, is an
// employer over a title, not two headings of one rank. seen keeps that
// order.
func underlineLevel(seen *[]byte, c byte) int {
	if c == '=' || c == '#' {
		return 1
	}
	for i, s := range *seen {
		if s == c {
			return 2 + i
		}
	}
	*seen = append(*seen, c)
	return 1 + len(*seen)
}
