package resume

import "strings"

// colonNamedItems: item i names a thing and ends with a colon, items
// nested under it ("* 云杉优选分销商城:" over what was built, "* Storefront:"
// over its bullets), and it is one of two or more such top-level items of
// its list, none dated, none a label a role's part goes by
// ("Achievements:", "Tech stack:"): the items are entries of their own,
// each named before its colon, not labels grouping one entry's bullets.
func colonNamedItems(bs []*Block, i int) bool {
	lo, hi := listRun(bs, i)
	level := bs[i].Level
	n := 0
	for j := lo; j < hi; j++ {
		o := bs[j]
		if o.Level < level {
			return false
		}
		if o.Level != level {
			continue
		}
		if dated(o) {
			return false
		}
		if j+1 >= hi || bs[j+1].Level <= level {
			continue
		}
		if !colonName(strings.TrimSpace(o.Text)) {
			return false
		}
		n++
	}
	return n >= 2
}
