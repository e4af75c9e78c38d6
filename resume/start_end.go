package resume

// Exports that keep a record's dates in two fields ("Started On: Mar 2021"
// over "Finished On:", LinkedIn's data archive; "Start Date" and "End
// Date") give one range: the start, and the end or, with none given, on
// to now.

// fieldDates is the range an entry's fields give: its dates field, or its
// start and end fields.
func (e *entry) fieldDates() (DateRange, bool) {
	if f, ok := e.fields["dates"]; ok {
		return FindDateRange(f.text)
	}
	s, ok := e.fields["start"]
	if !ok {
		return DateRange{}, false
	}
	from, ok := ParseDateRange(s.text)
	if !ok || !from.Single() {
		return from, ok
	}
	if f, ok := e.fields["end"]; ok {
		if to, ok := ParseDateRange(f.text); ok {
			from.End, from.To, from.Current = to.Start, to.From, to.Current
			if IsPresent(f.text) {
				from.End, from.Current = f.text, true
			}
			return from, true
		}
	}
	from.Open = true
	return from, true
}

// proseFields takes the fields written as lines of an entry's text
// ("Started On: Mar 2021" under a description) before its heading is read.
func (e *entry) proseFields() {
	for _, b := range e.prose {
		if fieldLabel(b.Text) != "" {
			e.fieldLine(b)
		}
	}
}

// recordField: a line of an export's record ("End Date: 2017" under
// "School Name: ..." and "Start Date: 2014") names a field the entry does
// not have yet, so it is more of the same record; a field given twice
// starts the next.
func (e *entry) recordField(b *Block) bool {
	f := fieldLabel(b.Text)
	if f == "" || len(e.bullets) > 0 || e.hasBody() || len(e.head) == 0 || fieldLabel(e.head[0].Text) == "" {
		return false
	}
	for _, h := range e.head {
		if fieldLabel(h.Text) == f {
			return false
		}
	}
	return true
}
