package lexicon

import "sort"

// Keyword is one technology a text names, with the spellings it used.
type Keyword struct {
	Term     string   `json:"term"`
	Category string   `json:"category"`
	Mentions []string `json:"mentions"`
	Count    int      `json:"count"`
}

// Keywords groups a text's mentions by technology: most frequent first,
// ties in order of first appearance.
func (l *Lexicon) Keywords(text string) []Keyword {
	out := []Keyword{}
	idx := map[*Entry]int{}
	for _, m := range l.Find(text) {
		i, ok := idx[m.Entry]
		if !ok {
			i = len(out)
			idx[m.Entry] = i
			out = append(out, Keyword{Term: m.Entry.Name, Category: m.Entry.Category, Mentions: []string{}})
		}
		out[i].Count++
		seen := false
		for _, s := range out[i].Mentions {
			seen = seen || s == m.Text
		}
		if !seen {
			out[i].Mentions = append(out[i].Mentions, m.Text)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}
