package resume

import "strings"

// creditList: the line at i introduces lines that each open with a short
// name and a colon ("Other print and online news, features and content:"
// over "Medscape UK: regular contributor ...", "The Guardian: features and
// news."), and some of those names are not an outlet's but a kind of work
// ("Book author: Eat Well, Live Long.", "Media training: I have taught
// ..."). A person reads such a list as the writer's catalogue of work, by
// outlet and by kind, not as a job a line: its lines head no roles. Where
// every name is an outlet's, the lines stay freelance roles (namedLine).
// It gives the index past the list, or -1; the list ends at a dated line
// (a role told on one line) or at a line of another shape.
func creditList(bs []*Block, i int) int {
	named, kinds := 0, 0
	j := i + 1
	for ; j < len(bs); j++ {
		b := bs[j]
		if b.Kind != BlockParagraph || b.Level != 0 || b.Quote || dated(b) {
			break
		}
		t := strings.TrimSpace(b.Text)
		c := strings.IndexByte(t, ':')
		if c <= 0 || wordCount(t[:c]) > 4 || wordCount(t[c+1:]) < 2 {
			break
		}
		if namedLineRe().MatchString(t) {
			named++
		} else if ws := strings.Fields(t[:c]); startsUpper(t) && len(ws) > 1 && startsLower(ws[len(ws)-1]) {
			// ("Book author", "Media training": a capital, then words in
			// lower case, as a kind of work is written)
			kinds++
		} else {
			break
		}
	}
	if named == 0 || kinds == 0 || named+kinds < 3 {
		return -1
	}
	return j
}
