package resume

import "fmt"

// employerBullets reads the bullets an employer's entry holds beside its
// list of roles ({"company": ..., "roles": [{"title": ...}, ...],
// "bullets": [...]}): written once for the employer, they go to its
// latest role, the one listed first, so that they can be rewritten. The
// roles read from the entry start at first; a role with bullets of its
// own keeps the entry's list out (which role it belongs to is unknown).
func (d *Document) employerBullets(w *object, path string, first int, str func(id, path string)) {
	if first >= len(d.Roles) {
		return
	}
	for _, r := range d.Roles[first:] {
		if len(r.Bullets) > 0 {
			return
		}
	}
	bk, hs := firstStrings(w, bulletKeys)
	if bk == "" {
		if bk = sentenceList(w); bk != "" {
			hs = indexedStrings(w.arr(bk))
		}
	}
	r := &d.Roles[first]
	for _, it := range hs {
		if it.v == "" {
			continue // an empty bullet holds nothing to rewrite
		}
		str(fmt.Sprintf("experience.%d.bullets.%d", first, len(r.Bullets)), fmt.Sprintf("%s.%s.%d", path, bk, it.i))
		r.Bullets = append(r.Bullets, it.v)
	}
}
