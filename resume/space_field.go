package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A form typed as plain text lines its labels up in a column with spaces
// ("Beruf oder Funktion          Teamleiter", the Europass CV saved as
// text): a row is a field when its label is a form's known label, so
// that a sentence with two spaces in it is never taken for one.

// spaceFieldRe: a label, two spaces or more, then its value.
var spaceFieldRe = lazy.Regexp(`^(\S[^\t:：]{1,69}?)[ ]{2,}(\S.*)$`)

// spaceField: the field a space-aligned row's known label names, with
// the value's offset in t.
func spaceField(t string) (field string, at int) {
	m := spaceFieldRe().FindStringSubmatchIndex(t)
	if m == nil {
		return "", 0
	}
	label := strings.ToLower(t[m[2]:m[3]])
	if f, ok := fieldNames[label]; ok {
		return f, m[4]
	}
	// ("Data  01/09/2020 – heden": the Dutch form's dates row, a label
	// too common to read as one unless a column sets it apart)
	if columnLabels[label] != "" {
		return columnLabels[label], m[4]
	}
	return "", 0
}

// columnLabels are form labels known only in a label column.
var columnLabels = map[string]string{"data": "dates"}

// spaceDutyValue: where the value of a space-aligned duty row starts
// ("Wichtigste Tätigkeiten und Zuständigkeiten  Aufbau ..."), or 0.
func spaceDutyValue(t string) int {
	if !strings.Contains(t, "  ") {
		return 0
	}
	m := spaceFieldRe().FindStringSubmatchIndex(t)
	if m == nil || !dutyLabelRe().MatchString(t[m[2]:m[3]]) || wordCount(t[m[2]:m[3]]) > 6 {
		return 0
	}
	return m[4]
}

// A Europass CV exported to PDF and pasted as text sets its small grey
// label before the value with one space ("Tätigkeitsbereich oder Branche
// Energieversorgung", "Business or sector Information and
// communication"): a line that opens with one of the form's own labels of
// three words or more is that field, a phrase no sentence starts with.
var leadLabels = map[string]string{
	"business or sector": "sector", "type of business or sector": "sector",
	"tätigkeitsbereich oder branche": "sector", "activité ou secteur": "sector",
	"type ou secteur d'activité": "sector", "actividad o sector": "sector",
	"tipo de empresa o sector": "sector", "attività o settore": "sector",
	"tipo di azienda o settore": "sector", "atividade ou setor": "sector",
	"atividade ou sector": "sector", "type bedrijf of sector": "sector",
	"bedrijfstak of sector": "sector",
}

// leadLabelField: the field of a line opened by a form's label and one
// space, with the value's offset in t; "" when none. Only the first
// five words are looked at.
func leadLabelField(t string) (field string, at int) {
	words, i := 0, 0
	for i < len(t) && words < 5 {
		sp := strings.IndexByte(t[i:], ' ')
		if sp < 0 {
			return "", 0
		}
		i += sp
		words++
		if words >= 3 {
			if f, ok := leadLabels[strings.ToLower(t[:i])]; ok && i+1 < len(t) {
				return f, i + 1
			}
		}
		i++
	}
	return "", 0
}
