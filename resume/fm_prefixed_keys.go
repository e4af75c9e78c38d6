package resume

import "strings"

// fmEntityPrefixes open a template's keys with the thing the entry is
// ("job_employer", "job_timerange", "work_location"): the rest names the field.
var fmEntityPrefixes = []string{"job_", "work_", "exp_", "experience_", "position_", "role_", "edu_", "education_"}

// fmUnprefixed is key without its entity prefix, and whether it had one.
func fmUnprefixed(key string) (string, bool) {
	for _, p := range fmEntityPrefixes {
		if rest, ok := strings.CutPrefix(key, p); ok && rest != "" {
			return rest, true
		}
	}
	return key, false
}

// fmPrefixedLabel: a prefixed description key ("job_description") whose
// value is one short line with no sentence end names what the job was
// ("Civiliste", "BSc in Informatique de gestion"): a heading line, not prose.
func fmPrefixedLabel(key, val string) bool {
	rest, ok := fmUnprefixed(key)
	if !ok || fmField(rest, "") != "text" {
		return false
	}
	v := strings.Trim(strings.TrimSpace(val), `"'`)
	if v == "" || strings.ContainsAny(v, "\n") || strings.HasPrefix(strings.TrimSpace(val), `"""`) || strings.HasPrefix(strings.TrimSpace(val), `'''`) {
		return false
	}
	return len(strings.Fields(v)) <= 10 && !strings.ContainsAny(v[len(v)-1:], ".!?;:")
}
