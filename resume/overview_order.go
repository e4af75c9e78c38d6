package resume

// A table of the employers and their dates ("| *Employer* | *Dates* |")
// over a section that tells each job under its own heading, in the
// table's order: most headings repeat the employer's name ("####
// Kestrel Building Services"), but one may say what the job was instead
// ("#### Freelancing" where the table's first row is the firm invoiced
// through). A person pairs such a heading with the row at its place in
// the order, the rows round it being all repeated by name.

// heldByOrder pairs the detail entries that repeat no held row by name
// with the held row at the same place in the order, when no other detail
// repeats that row; nil when the details do not answer the held rows one
// for one (as many of each, each row repeated once, at most one in three
// told under another name).
func (in *interp) heldByOrder(es []*entry) map[*entry]*entry {
	var held, details []*entry
	for _, e := range in.overview {
		if !e.skip {
			held = append(held, e)
		}
	}
	for _, e := range es {
		if !e.skip {
			details = append(details, e)
		}
	}
	if len(held) < 3 || len(held) != len(details) {
		return nil
	}
	taken := make([]bool, len(held))
	var unnamed []int
	for k, e := range details {
		j := in.heldIndex(held, e)
		switch {
		case j >= 0 && !taken[j]:
			taken[j] = true
		case j >= 0:
			return nil
		case e.dated() || !e.hasBody() || len(e.head) != 1:
			return nil
		default:
			unnamed = append(unnamed, k)
		}
	}
	if len(unnamed) == 0 || len(unnamed)*3 > len(details) {
		return nil
	}
	out := map[*entry]*entry{}
	for _, k := range unnamed {
		if taken[k] {
			return nil
		}
		out[details[k]] = held[k]
	}
	return out
}

// heldIndex: the place of the held row e repeats (the same company, or
// title, from the same month; or its undated heading names the row's
// company alone), -1 when none.
func (in *interp) heldIndex(held []*entry, e *entry) int {
	r, ok := in.roleOf(e)
	if !ok {
		return -1
	}
	byName := in.heldByName(e)
	for j, h := range held {
		hr, ok := in.roleOf(h)
		if !ok {
			continue
		}
		if h == byName || normDate(hr.Start) == normDate(r.Start) && (nameKey(hr.Company) == nameKey(r.Company) || nameKey(hr.Company) == nameKey(r.Title)) {
			return j
		}
	}
	return -1
}
