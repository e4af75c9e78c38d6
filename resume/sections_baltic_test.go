package resume

import "testing"

// Lithuanian, Latvian and Estonian section titles, also typed without
// the letters' marks ("Igudziai", "Issilavinimas").
func TestBalticSectionNames(t *testing.T) {
	for title, want := range map[string]string{
		"Istorija:":        SecExperience,
		"Darbo patirtis":   SecExperience,
		"Igudžiai:":        SecSkills,
		"Įgūdžiai":         SecSkills,
		"Issilavinimas":    SecEducation,
		"Kontaktai:":       kindContact,
		"Kalbos:":          kindOther,
		"DARBA PIEREDZE":   SecExperience,
		"Izglitiba":        SecEducation,
		"Töökogemus":       SecExperience,
		"Haridus":          SecEducation,
		"Oskused":          SecSkills,
		"Sertifikatai":     SecCertifications,
		"Work history":     SecExperience,
		"Expériences pro.": SecExperience,
	} {
		if got, ok := sectionKind(title); !ok || got != want {
			t.Errorf("sectionKind(%q) = %q, %v; want %q", title, got, ok, want)
		}
	}
}
