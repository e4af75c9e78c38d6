package resume

import "testing"

func TestPointsElsewhere(t *testing.T) {
	for text, want := range map[string]bool{
		"Voor meer info verwijs ik je graag door naar mijn Linkedin.":    true,
		"Den vollständigen Werdegang finden Sie auf meinem XING-Profil.": true,
		"Full history on my LinkedIn profile.":                           true,
		"Managed the LinkedIn page":                                      false,
		"Completed the website redesign for the sales team.":             false,
		"For more information, ask me.":                                  false,
	} {
		if got := pointsElsewhere(text); got != want {
			t.Errorf("pointsElsewhere(%q) = %v, want %v", text, got, want)
		}
	}
}
