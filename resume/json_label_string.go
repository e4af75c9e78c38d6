package resume

import "strings"

// labelStringKeys are the keys of a work entry that name a role's list
// ("atividades", "tareas", "tasks", "keyResponsibilities") but hold one
// string: people who write their own JSON keep what they did under the
// word a page would put over the bullets, as prose. That prose is the role's
// items, as the same words under such a label are in a text resume.
func labelStringKeys(w *object) []string {
	var out []string
	for _, k := range w.keys {
		if _, ok := w.get(k).(string); !ok {
			continue
		}
		sk := spacedKey(k)
		if containsFold(bulletKeys, k) || labelHeadings[sk] || fmField(strings.ReplaceAll(sk, " ", "_"), "") == "list" {
			out = append(out, k)
		}
	}
	return out
}

// spacedKey spells a key as words in lower case: "keyResponsibilities"
// and "key_responsibilities" are "key responsibilities".
func spacedKey(k string) string { return keyWords(k, true) }
