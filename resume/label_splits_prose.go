package resume

import "strings"

// A role told in prose may set its heading's context apart from what was
// done with a lone label ("The company automates cost estimates." over
// "Achievements:" over "Developed a tender portal..."): the paragraphs
// after the label are the role's items, those before it its summary.

// loneLabel: a short line that only ends in a colon, introducing what
// follows ("Achievements:", "Réalisations :", "主な実績："), its text one
// to four words.
func loneLabel(t string) bool {
	t = strings.TrimSpace(t)
	body, ok := strings.CutSuffix(t, ":")
	if !ok {
		body, ok = strings.CutSuffix(t, "：")
	}
	body = strings.TrimSpace(strings.Trim(body, "*_/"))
	if !ok || body == "" || strings.ContainsAny(body, ":：.,;") {
		return false
	}
	n := wordCount(body)
	return n >= 1 && n <= 4
}
