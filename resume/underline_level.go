package resume

// underlineLevel is the heading level a line underlined with c takes. "="
// (and "#") underline the top headings, as they always have; the other
// characters take the levels below in the order the document first uses
// them, as reStructuredText reads them: "Lakehead Grain Cooperative" over
// dashes, then "Senior Infrastructure Engineer" over tildes, is an
// employer over a title, not two headings of one rank. seen keeps that
// order.
//
// A heading with a line over it as well as under it is of a style of its
// own. Where a document has set its sections between lines of another
// character ("----" over and under "Professional work") before it first
// underlines with "=", it has chosen its own order: "=" then ranks where
// it first comes, below those sections ("Platform Integration Engineer"
// over "====" inside them).
func underlineLevel(seen *[]byte, c byte, overlined bool) int {
	key := c
	if overlined {
		if c == '=' || c == '#' {
			return 1
		}
		key = c | 0x80
	} else if c == '=' || c == '#' {
		own := false
		for _, s := range *seen {
			own = own || s&0x80 != 0
		}
		if !own {
			return 1
		}
	}
	for i, s := range *seen {
		if s == key {
			return 2 + i
		}
	}
	*seen = append(*seen, key)
	return 1 + len(*seen)
}
