package resume

import "testing"

// A key people made up is read as the heading it spells, in any language
// the section table knows.
func TestKeyKind(t *testing.T) {
	for key, want := range map[string]string{
		"esperienze_professionali": SecExperience,
		"workExperience":           SecExperience,
		"formation-academique":     "",
		"istruzione":               SecEducation,
		"certificazioni":           SecCertifications,
		"logo":                     "",
	} {
		if got := keyKind(key); got != want {
			t.Errorf("keyKind(%q) = %q, want %q", key, got, want)
		}
	}
}
