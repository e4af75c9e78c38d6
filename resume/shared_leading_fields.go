package resume

// shareLeadingFields: the labels in bold that a section's roles open
// their items with as fields ("**Компания**: …", "**Роль**: …",
// "**Технологии**: …") are told to every role of the section, so that a
// role whose value under one of them runs long ("**Роль**: верстка
// лендингов и поддержка сайтов на Битрикс") reads it as the field its
// siblings hold, not as something done: one section, one form.
func shareLeadingFields(es []*entry) {
	shared := map[string]bool{}
	for _, e := range es {
		bs := e.bulletBlocks()
		n := leadingFields(bs, e.stackFields, nil)
		if fieldItemsOnly(bs, e.stackFields) {
			n = len(bs)
		}
		for _, b := range bs[:n] {
			if b.Kind == BlockListItem && strongStart(b) {
				shared[fieldName(b.Text)] = true
			}
		}
	}
	if len(shared) == 0 {
		return
	}
	for _, e := range es {
		e.leadFields = shared
	}
}

// sharedFieldItem: an item that opens with a label the section's roles
// hold as a field, with a value after it of any length, no sentence
// closed with a full stop.
func sharedFieldItem(t string, shared map[string]bool) bool {
	m := labelledRe().FindString(t)
	return m != "" && shared[fieldName(t)] && wordCount(m) <= 2 && !dutyLabelRe().MatchString(m) && !fullStop(t) && wordCount(t[len(m):]) > 0
}
