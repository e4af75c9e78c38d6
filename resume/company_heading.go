package resume

// companyOverTitles: an undated heading whose body opens with no more than
// its address ("| 200 Harbor Drive" lines), then deeper headings that each
// head a dated role ("Senior Engineer" underlined, "May 2019 - Present"
// below it): the heading names the employer of those roles, it is no role
// of its own. One such role is enough, since the address shows the heading
// is an employer's and not a label over unrelated entries. The lead may
// give the employer's place and years ("*Dublin · 2018 – present*" over
// "#### Staff SRE" and "*Apr 2023 – present*"): its tenure, no role.
func (in *interp) companyOverTitles(bs []*Block, kind string) []*entry {
	if kind != SecExperience || in.guessing {
		return nil
	}
	first := -1
	for i, b := range bs {
		if b.Kind == BlockHeading {
			first = i
			break
		}
		// the lead is a place or address, no duty and no dates
		if b.Kind == BlockListItem || dated(b) && tenureLead(bs) < 0 || wordCount(b.Text) > 8 {
			return nil
		}
	}
	if first < 1 || first > 4 {
		return nil
	}
	if tenureLead(bs) > 0 {
		bs = bs[first:]
	}
	subs := in.entries(bs, kind)
	if len(subs) == 0 {
		return nil
	}
	for _, e := range subs {
		if len(e.head) == 0 || e.head[0].Kind != BlockHeading || !e.dated() {
			return nil
		}
	}
	return subs
}
