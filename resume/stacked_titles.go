package resume

// stackedTitles: two dated title lines right under each other, with
// nothing between but a blank line (a Markdown paragraph's end) ("Senior Coordinator 2021 - Present" over "Coordinator
// 2018 - 2021", a promotion at one employer), then one description and
// list. Written so, the text tells of the current title, the first, so
// it is that role's; the title under it keeps the employer and no text.
// Titles that each have their own lines are left as they are.
func stackedTitles(es []*entry) {
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], es[i+1]
		if !stackable(a) || !stackable(b) || a.hasBody() || !b.hasBody() {
			continue
		}
		if gap := b.head[0].Line - a.head[len(a.head)-1].Line; gap < 1 || gap > 2 || b.group != a.group || b.labelCompany != "" && b.labelCompany != a.labelCompany {
			continue
		}
		named := namedParts(b.namingParts())
		if len(named) != 1 || companyLike(named[0].text) {
			continue
		}
		a.bullets, a.prose, a.labels, a.subLabels = b.bullets, b.prose, b.labels, b.subLabels
		b.bullets, b.prose, b.labels, b.subLabels = nil, nil, nil, false
		if b.group == "" && b.labelCompany == "" {
			b.labelCompany = a.labelCompany
			if b.labelCompany == "" {
				b.labelCompany = headCompany(a)
			}
		}
		i++
	}
}

// stackable: an entry headed by its own dated lines, no list item, field
// or one-line role.
func stackable(e *entry) bool {
	return !e.skip && len(e.head) > 0 && e.dated() && !e.listRole && len(e.fields) == 0 && !e.oneLine && len(e.merged) == 0
}

// headCompany is the first part of e's heading that is neither a title
// nor a place: the employer the titles under it share.
func headCompany(e *entry) string {
	for _, p := range namedParts(e.namingParts()) {
		if !titleRe().MatchString(p.text) {
			return p.text
		}
	}
	return ""
}
