package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A data file may write each bullet of a job as a mapping (pandoc
// templates' "task: - name: ... years: ..."): the item is one bullet, read
// from its text key; its other fields (a year, a link) are no bullets and
// no lines of the job's heading.

// yamlItemTextKeys hold a bullet's text inside such an item.
var yamlItemTextKeys = map[string]bool{"name": true, "title": true, "text": true, "description": true, "summary": true,
	"task": true, "bullet": true, "highlight": true, "content": true, "details": true}

// yamlItemKeyRe: a YAML key as a template names one ("name", "start_date"),
// never a bullet's own "Revenue: up 20%".
var yamlItemKeyRe = lazy.Regexp(`^([a-z][a-z0-9_]*):(\s+(.*))?$`)

// yamlItemField reads an item's text ("name: Subtitles for...") as a
// mapping's first field: its key and value (which ends the text).
func yamlItemField(t string) (key, value string, ok bool) {
	m := yamlItemKeyRe().FindStringSubmatch(strings.TrimRight(t, " \t\r"))
	if m == nil {
		return "", "", false
	}
	return m[1], m[3], true
}

// yamlItemHasFields: the item on line i goes on with another field under
// its first ("years: 2016"), so it is a mapping even when its first key
// names no text ("- year: 2016" over "name: ...").
func yamlItemHasFields(ls []fmLine, i int) bool {
	for j := i + 1; j < len(ls); j++ {
		t := strings.TrimSpace(ls[j].text)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		_, _, ok := yamlItemField(t)
		return ok && ls[j].indent == ls[i].indent+2
	}
	return false
}
