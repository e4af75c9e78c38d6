package resume

// certFolded fits a rewritten certificate to the keys its object has
// (keys: those of its name, issuer and date). A certificate written
// {"name": ..., "year": ...} has no "issuer" or "date" to take those parts
// of the new line, and a key is never added: the parts without a key stay
// in the value before them, as the line writes them ("AWS Certified
// Developer — Associate, 2023"), so the rewrite is kept whole rather than
// refused.
func (d *Document) certFolded(path string, keys [3]string, c Certification) Certification {
	has := func(key string) bool {
		v, ok := d.jsonVals[path+"."+key]
		return key != "" && ok && v.kind == '"'
	}
	if !has(keys[2]) && c.Date != "" && has(keys[1]) && c.Issuer != "" {
		c.Issuer, c.Date = c.Issuer+", "+c.Date, ""
	}
	var fold Certification
	fold.Name = c.Name
	if !has(keys[1]) {
		fold.Issuer, c.Issuer = c.Issuer, ""
	}
	if !has(keys[2]) {
		fold.Date, c.Date = c.Date, ""
	}
	c.Name = fold.Line()
	return c
}

// certKeys are the keys of the certificate at path that hold its name,
// issuer and date: JSON Resume's (or the same in Portuguese or Spanish),
// or an hh.ru course's (its "result", given by the school in "name"; its
// "year" is a number, never edited).
func (d *Document) certKeys(path string) [3]string {
	if v, ok := d.jsonVals[path+".result"]; ok && v.kind == '"' {
		return [3]string{"result", "name", ""}
	}
	return [3]string{d.certKey(path, certNameKeys), d.certKey(path, certIssuerKeys), d.certKey(path, certDateKeys)}
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
