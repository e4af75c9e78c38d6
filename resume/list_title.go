package resume

import "strings"

// listTitleItem: b, the first item nested under a list-item role, is the
// role's title. The role's own line names its employer and no role
// (academicpages' "* Summer 2024: Kessler Logistik Software GmbH"); the
// item is a few words that name a role ("Junior Web Developer
// (Werkstudent)"), no sentence and no label, so it is no bullet.
func listTitleItem(e *entry, bs []*Block, i int) bool {
	b := bs[i]
	if !e.listRole || len(e.bullets) > 0 || len(e.head) != 1 || b.Level <= e.head[0].Level {
		return false
	}
	if _, seen := e.fields["title"]; seen || !roleNameItem(b) {
		return false
	}
	// items that all name roles are what was held or taught there ("*
	// Teaching Assistant for Thermodynamics I", "* ... II"): bullets;
	// and a role's only item is what it did there, kept to rewrite
	// ("* 2016-2017: Western Tech," over "* Teaching Assistant for
	// Computational Methods")
	rest := 0
	for _, n := range bs[i+1:] {
		if n.Kind != BlockListItem || n.Level <= e.head[0].Level {
			break
		}
		if roleNameItem(n) {
			return false
		}
		rest++
	}
	if rest == 0 {
		return false
	}
	// the role's line names a role of its own ("since 2019: Pre-doctoral
	// Fellow, National Health Institute" over "Department of ...")
	for _, p := range namedParts(e.headParts()) {
		if titleRe().MatchString(p.text) {
			return false
		}
	}
	return true
}

// roleNameItem: a list item of a few words that names a role, with no
// full stop or label, and nothing it was for ("Teaching Assistant for
// Thermodynamics I" tells what was taught: an item to rewrite).
func roleNameItem(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	if wordCount(t) > 6 || fullStop(t) || strings.ContainsAny(t, ":：") || !titleRe().MatchString(t) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if roleForWords[w] {
			return false
		}
	}
	return true
}

// roleForWords join a role to what it was for or about.
var roleForWords = map[string]bool{"for": true, "of": true, "in": true, "on": true, "to": true, "für": true, "pour": true, "para": true, "per": true}
