package resume

import (
	"strings"
)

// The Europass CV typed as text may set a bullet before each label of its
// label column ("• Date (da – a)               Gennaio 2009 – ad oggi",
// "• Nome e indirizzo del        Brambilla Impianti ..." over
// "  datore di lavoro            Treviglio (BG)"): the bullet marks the
// row's label, the row is a form's field, no list item. A label is known
// by the form's own words, on its line or with the words it wraps onto in
// the label column on the next.

// bulletedFormLabel: text (a line's, marker m first) is a form's row
// whose label a bullet marks; next is the line after it.
func bulletedFormLabel(text, m, next string) bool {
	rest := text[len(m):]
	mt := spaceFieldRe().FindStringSubmatch(rest)
	if mt == nil {
		return false
	}
	label := strings.TrimSpace(mt[1])
	if formLabel(label) {
		return true
	}
	// the label wraps onto the next line, in its column: "  datore di
	// lavoro            Treviglio (BG)"
	lead := len(next) - len(strings.TrimLeft(next, " "))
	if lead != len([]rune(m)) && lead != len(m) {
		return false
	}
	more := strings.TrimSpace(next)
	if i := strings.Index(more, "  "); i > 0 {
		more = more[:i]
	}
	return more != "" && formLabel(label+" "+more)
}

// formLabel: a form's label: a field it names, or its list of duties.
func formLabel(label string) bool {
	l := strings.ToLower(label)
	if _, ok := fieldNames[l]; ok {
		return true
	}
	if leadLabels[l] != "" {
		return true
	}
	return wordCount(label) <= 6 && dutyLabelRe().MatchString(label)
}
