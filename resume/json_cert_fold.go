package resume

// certFolded fits a rewritten certificate to the keys its object has.
// A certificate written {"name": ..., "year": ...} has no "issuer" or
// "date" to take those parts of the new line, and a key is never added:
// the parts without a key stay in the name, as the line writes them
// ("AWS Certified Developer — Associate, 2023"), so the rewrite is kept
// whole rather than refused.
func (d *Document) certFolded(path string, c Certification) Certification {
	has := func(key string) bool {
		v, ok := d.jsonVals[path+"."+key]
		return ok && v.kind == '"'
	}
	var fold Certification
	fold.Name = c.Name
	if !has("issuer") {
		fold.Issuer, c.Issuer = c.Issuer, ""
	}
	if !has("date") {
		fold.Date, c.Date = c.Date, ""
	}
	c.Name = fold.Line()
	return c
}
