package resume

import "strings"

// A data file may keep the person's name in two keys, given name and
// family name ("firstName" and "lastName", "first_name" and
// "last_name"): together they are the name, where no key holds it whole.

// personNameParts sets vals["name"] from the given and family names.
func personNameParts(vals map[string]string) {
	if strings.TrimSpace(vals["name"]) != "" {
		return
	}
	for _, p := range [][2]string{{"firstname", "lastname"}, {"first_name", "last_name"}, {"givenname", "familyname"}, {"given_name", "family_name"}} {
		first, last := strings.TrimSpace(vals[p[0]]), strings.TrimSpace(vals[p[1]])
		if first != "" && last != "" {
			vals["name"] = first + " " + last
			return
		}
	}
}
