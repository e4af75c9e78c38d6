package resume

import "strings"

// orgItem: a list item under a role that names only where the role was
// held, unit by unit and then the place ("Computational Genomics Group,
// Institut Pasteur de Lille, Lille, France"): an organisation first, then
// organisations, names and places, no sentence and no label. Longer than
// the one-name items the role's first item may be, so it needs each part
// to look the part.
func orgItem(t string) bool {
	if strings.ContainsAny(t, ":：;") || fullStop(t) || wordCount(t) > 16 {
		return false
	}
	parts := strings.Split(t, ",")
	if len(parts) < 2 || len(parts) > 5 || !companyLike(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" || !(companyLike(p) || isLocation(p) || nameLike(p)) {
			return false
		}
	}
	return true
}

// secondOrgItem: the item after a role's employer item naming the
// organisation the first one is part of ("Department of Bioinformatics"
// over "Faculty of Biological Sciences, University of Isfara"): the
// department moves aside and the organisation is the employer.
func (e *entry) secondOrgItem(b *Block, t string) bool {
	co, seen := e.fields["company"]
	if !seen || len(e.bullets) > 0 || len(e.head) != 1 || b.Level <= e.head[0].Level || !departmentOnly(co.text) {
		return false
	}
	if _, dept := e.fields["department"]; dept || !(orgItem(t) || companyLike(t) && wordCount(t) <= 8) {
		return false
	}
	e.fields["department"] = co
	e.fields["company"] = richOf(b).trim()
	return true
}
