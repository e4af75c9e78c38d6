package review

import (
	"sort"

	"github.com/bulletproof-cli/bulletproof/resume"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// Collect gathers the runs' items worth reviewing, in file order: by the
// line each sits on where the reader knows it, else by the order of the
// sections in the file.
func Collect(doc *resume.Document, results []*rewrite.Result) []JournalItem {
	all := doc.Items()
	rank := map[string]int{}
	for i, sec := range doc.Order {
		if _, ok := rank[sec]; !ok {
			rank[sec] = i
		}
	}
	byLine := true
	items := map[string]resume.Item{}
	index := map[string]int{}
	for i, it := range all {
		items[it.ID], index[it.ID] = it, i
	}
	var out []JournalItem
	for _, res := range results {
		for _, it := range res.Items {
			if Changed(it) {
				out = append(out, JournalItem{Prompt: res.Prompt, Heading: items[it.ID].Heading, Result: it})
				byLine = byLine && items[it.ID].Line > 0
			}
		}
	}
	key := func(id string) int {
		if byLine {
			return items[id].Line*len(all) + index[id]
		}
		r, ok := rank[items[id].Section]
		if !ok {
			r = len(doc.Order)
		}
		return r*len(all) + index[id]
	}
	sort.SliceStable(out, func(i, k int) bool { return key(out[i].Result.ID) < key(out[k].Result.ID) })
	return out
}
