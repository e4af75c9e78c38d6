package resume

import "strings"

// Romanian's ș and ț are often typed with a cedilla (ş, ţ): older
// keyboards, fonts and LaTeX's babel write "Experienţa profesională". A
// table's name spelled with the comma letters is known in the cedilla
// spelling too (not the other way: Turkish writes ş, "şirket").

var cedillaSpelling = strings.NewReplacer("ș", "ş", "ț", "ţ", "Ș", "Ş", "Ț", "Ţ")

// withCedillas adds to m the cedilla spelling of each key written with ș or ț.
func withCedillas(m map[string]string) {
	twins := map[string]string{}
	for k, v := range m {
		if t := cedillaSpelling.Replace(k); t != k {
			twins[t] = v
		}
	}
	for k, v := range twins {
		if _, ok := m[k]; !ok {
			m[k] = v
		}
	}
}

func init() { withCedillas(fieldNames) }
