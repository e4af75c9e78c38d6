package resume

import "strings"

// A contractor's career file lists, under each employer (a consultancy,
// an agency), the missions or assignments done for its clients, each with
// its own post and dates ("companyName: Ribeira Collective" over
// "missions:" over "- position: Platform Engineer"): each is a job, as an
// employer's "positions:" are. A "missions:" list of sentences is a job's
// duties still (French says so): only a list whose first entry names a
// post is one of jobs.

// nestedPostKeys hold an employer's missions for clients.
var nestedPostKeys = map[string]bool{"missions": true, "assignments": true, "engagements": true, "mandates": true, "einsätze": true, "projets clients": true}

// yamlPostItems: the lines after line i, deeper than keyIndent, open a
// list whose first entry's own keys name a post.
func yamlPostItems(ls []fmLine, i, keyIndent int) bool {
	itemIndent := -1
	for i++; i < len(ls); i++ {
		l := ls[i]
		t := strings.TrimSpace(l.text)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if l.indent <= keyIndent && !(strings.HasPrefix(t, "- ") && l.indent == keyIndent) {
			return false
		}
		dash := strings.HasPrefix(t, "- ")
		switch {
		case itemIndent < 0 && !dash:
			return false
		case itemIndent < 0:
			itemIndent = l.indent
		case dash && l.indent == itemIndent:
			return false // the first entry ended with no post
		}
		if dash && l.indent == itemIndent {
			t = strings.TrimSpace(t[2:])
		} else if l.indent != itemIndent+2 {
			continue
		}
		if k, _, ok := strings.Cut(t, ":"); ok && yamlPostKeys[strings.ToLower(strings.TrimSpace(k))] {
			return true
		}
	}
	return false
}
