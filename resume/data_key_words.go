package resume

import "strings"

// A data file's list key often joins a qualifier to the word that names
// its section ("career_jobs", "career_schools", "past_positions"): when the
// whole key names no section, its last word may. Data files also name
// lists with a word a heading leaves open: "qualifications" as a list of
// its own (a 履歴書's 免許・資格 beside its 学歴) are certificates.

// dataKeyWords are section names a data file's keys use and headings do not.
var dataKeyWords = map[string]string{"qualifications": SecCertifications}

// dataKeyKind says which section a data file's list key k holds, and the
// part of k that names it (k itself, or its last word): "" when none.
func dataKeyKind(k string) (kind, word string) {
	kl := strings.ToLower(k)
	try := func(w string) string {
		if fmListKey(w) {
			return SecExperience
		}
		if kd, ok := dataKeyWords[w]; ok {
			return kd
		}
		if kd, ok := sectionKind(strings.ReplaceAll(w, "_", " ")); ok && kd != kindOther {
			return kd
		}
		return ""
	}
	if kd := try(kl); kd != "" {
		return kd, kl
	}
	if i := strings.LastIndexAny(kl, "_-"); i > 0 && i < len(kl)-1 {
		if kd := try(kl[i+1:]); kd != "" {
			return kd, kl[i+1:]
		}
	}
	return "", ""
}
