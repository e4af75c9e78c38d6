package resume

// certFolded fits a rewritten certificate to the keys its object has.
// A certificate written {"name": ..., "year": ...} has no "issuer" or
// "date" to take those parts of the new line, and a key is never added:
// the parts without a key stay in the name, as the line writes them
// ("AWS Certified Developer — Associate, 2023"), so the rewrite is kept
// whole rather than refused.
func (d *Document) certFolded(path string, c Certification) Certification {
	has := func(keys []string) bool {
		v, ok := d.jsonVals[path+"."+d.certKey(path, keys)]
		return ok && v.kind == '"'
	}
	var fold Certification
	fold.Name = c.Name
	if !has(certIssuerKeys) {
		fold.Issuer, c.Issuer = c.Issuer, ""
	}
	if !has(certDateKeys) {
		fold.Date, c.Date = c.Date, ""
	}
	c.Name = fold.Line()
	return c
}

// certKey is the first of keys the certificate at path holds a string
// under ("nome" in a Portuguese file), or else the first of keys.
func (d *Document) certKey(path string, keys []string) string {
	for _, k := range keys {
		if v, ok := d.jsonVals[path+"."+k]; ok && v.kind == '"' {
			return k
		}
	}
	return keys[0]
}
