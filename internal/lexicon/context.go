package lexicon

import (
	"strings"
)

// A spelling that is also an ordinary word ("go", "spring", "react") is a
// technology only when its context says so. The signals, any one of which is
// enough unless an idiom ("go-live", "spring 2023", "at the helm") rules the
// word out:
//   - written with its declared capitals in mid-sentence ("services in Go"),
//     unless the sentence is in title case;
//   - followed by a technology noun ("Go services", "React-based");
//   - after a preposition of use ("in go", "with express", "using make");
//   - next to another technology in a list ("Go, Kafka and Redis");
//   - in a line labelled as skills or a stack ("Stack: go, redis");
//   - alone on a line or list item of a longer text ("- Rust").

type word struct {
	start, end int
	lower      string
}

// resolveAmbiguous keeps the unambiguous mentions and those ambiguous ones
// that context confirms.
func resolveAmbiguous(text string, ms []Mention) []Mention {
	hasAmb := false
	for _, m := range ms {
		if m.Ambiguous {
			hasAmb = true
			break
		}
	}
	if !hasAmb {
		return ms
	}
	c := &ctx{text: text, words: splitWords(text), ms: ms, ok: make([]bool, len(ms))}
	for i, m := range ms {
		c.ok[i] = !m.Ambiguous
	}
	// Two passes so that confirmed ambiguous neighbours ("Go and Rust")
	// confirm each other.
	for pass := 0; pass < 2; pass++ {
		for i, m := range ms {
			if !c.ok[i] && m.Ambiguous && c.isTech(i) {
				c.ok[i] = true
			}
		}
	}
	out := ms[:0]
	for i, m := range ms {
		if c.ok[i] {
			out = append(out, m)
		}
	}
	return out
}

type ctx struct {
	text  string
	words []word
	ms    []Mention
	ok    []bool
}

func splitWords(text string) []word {
	var ws []word
	for i := 0; i < len(text); {
		if !isAlnum(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isAlnum(text[j]) || text[j] == '\'' && j+1 < len(text) && isLetter(text[j+1])) {
			j++
		}
		ws = append(ws, word{start: i, end: j, lower: strings.ToLower(text[i:j])})
		i = j
	}
	return ws
}

// boundary reports whether gap (the text between two words) ends a sentence
// or clause for context purposes.
func boundary(gap string) bool { return strings.ContainsAny(gap, ".!?;:\n•|") }

// neighbours returns up to n words before and after the mention within its
// sentence, nearest first.
func (c *ctx) neighbours(m Mention, n int) (before, after []word) {
	first, last := -1, -1
	for k, w := range c.words {
		if w.end > m.Start && first < 0 {
			first = k
		}
		if w.start < m.End {
			last = k
		}
	}
	if first < 0 {
		first = len(c.words)
	}
	edge := m.Start
	for k := first - 1; k >= 0 && len(before) < n; k-- {
		if boundary(c.text[c.words[k].end:edge]) {
			break
		}
		before = append(before, c.words[k])
		edge = c.words[k].start
	}
	edge = m.End
	for k := last + 1; k < len(c.words) && len(after) < n; k++ {
		if k <= last || c.words[k].start < m.End {
			continue
		}
		if boundary(c.text[edge:c.words[k].start]) {
			break
		}
		after = append(after, c.words[k])
		edge = c.words[k].end
	}
	return before, after
}

func (c *ctx) isTech(i int) bool {
	m := c.ms[i]
	before, after := c.neighbours(m, 3)
	surface := strings.ToLower(m.Text)
	// Idioms that name the following words ("go live", "Spring 2023") always
	// win; idioms that only look back ("a chef") give way to a following
	// technology noun ("a Chef cookbook").
	if c.idiom(surface, before, after, m, true) {
		return false
	}
	if len(after) > 0 && c.adjacent(m.End, after[0].start) && techNouns[after[0].lower] {
		return true
	}
	if len(after) > 0 && strings.HasPrefix(c.text[m.End:], "-") && suffixNouns[after[0].lower] {
		return true
	}
	if c.listNeighbour(i, before, after) {
		return true
	}
	if c.idiom(surface, before, after, m, false) {
		return false
	}
	if len(before) > 0 && usePrepositions[before[0].lower] && c.adjacent(before[0].end, m.Start) {
		return true
	}
	if len(before) > 1 && before[0].lower == "to" && migrationVerbs[before[1].lower] {
		return true
	}
	if len(m.Text) > 1 && m.Text == m.Form && hasUpper(m.Text) && !c.sentenceInitial(before) && !c.titleCase(m) {
		return true
	}
	return c.labelledList(m) || c.aloneOnLine(m)
}

// aloneOnLine: the mention is a whole line or list item ("- Rust.").
func (c *ctx) aloneOnLine(m Mention) bool {
	a := strings.LastIndex(c.text[:m.Start], "\n") + 1
	b := strings.Index(c.text[m.End:], "\n")
	if b < 0 {
		b = len(c.text)
	} else {
		b += m.End
	}
	before := strings.Trim(c.text[a:m.Start], " \t-*•·")
	after := strings.Trim(c.text[m.End:b], " \t.,;")
	return before == "" && after == "" && strings.Contains(c.text, "\n")
}

// adjacent: only spaces between two offsets.
func (c *ctx) adjacent(a, b int) bool {
	return a <= b && strings.TrimSpace(c.text[a:b]) == ""
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

func (c *ctx) sentenceInitial(before []word) bool {
	if len(before) == 0 {
		return true
	}
	// a list marker or number opening the line counts as the start
	if len(before) == 1 && isDigit(before[0].lower[0]) {
		return true
	}
	return false
}

// titleCase: most longer words of the mention's sentence are capitalised,
// so capitals say nothing ("Led The Spring Release Train"). The first word
// and words inside technology names do not count.
func (c *ctx) titleCase(m Mention) bool {
	a := strings.LastIndexAny(c.text[:m.Start], ".!?\n") + 1
	b := strings.IndexAny(c.text[m.End:], ".!?\n")
	if b < 0 {
		b = len(c.text)
	} else {
		b += m.End
	}
	total, upper, first := 0, 0, true
	for _, w := range c.words {
		if w.start < a || w.end > b {
			continue
		}
		if first {
			first = false
			continue
		}
		if w.end-w.start < 4 || c.inMention(w) {
			continue
		}
		total++
		if ch := c.text[w.start]; ch >= 'A' && ch <= 'Z' {
			upper++
		}
	}
	return total >= 3 && upper*10 >= total*6
}

func (c *ctx) inMention(w word) bool {
	for _, o := range c.ms {
		if w.start >= o.Start && w.end <= o.End {
			return true
		}
	}
	return false
}

// listNeighbour: another technology sits next to this one with only list
// separators between ("Go, Kafka", "Go and Redis", "docker jenkins").
func (c *ctx) listNeighbour(i int, before, after []word) bool {
	m := c.ms[i]
	for k, o := range c.ms {
		if k == i || !c.ok[k] {
			continue
		}
		var gap string
		var farSide []word
		switch {
		case o.End <= m.Start:
			gap = c.text[o.End:m.Start]
			farSide = after
		case o.Start >= m.End:
			gap = c.text[m.End:o.Start]
			farSide = before
		default:
			continue
		}
		rest := strings.NewReplacer(",", " ", "/", " ", "&", " ", "(", " ", ")", " ", "+", " ", "|", " ", "·", " ").Replace(gap)
		words := strings.Fields(strings.ToLower(rest))
		onlySeps := true
		for _, w := range words {
			if w != "and" && w != "or" && w != "plus" {
				onlySeps = false
			}
		}
		if !onlySeps || strings.ContainsAny(gap, ".;:!?\n") {
			continue
		}
		if strings.TrimSpace(gap) != "" {
			return true
		}
		// Bare adjacency ("make Kafka faster" vs "circleci jenkins"): the
		// word on the other side must not carry the sentence on.
		if len(farSide) == 0 || c.inMention(farSide[0]) {
			return true
		}
	}
	return false
}

// labelledList: the mention's line starts with a label such as "Skills:" or
// "Tech stack:".
func (c *ctx) labelledList(m Mention) bool {
	a := strings.LastIndex(c.text[:m.Start], "\n") + 1
	line := strings.ToLower(c.text[a:m.Start])
	colon := strings.Index(line, ":")
	if colon < 0 {
		return false
	}
	label := line[:colon]
	for _, k := range []string{"skill", "technolog", "stack", "tools", "languages", "frameworks", "platforms", "databases", "environment"} {
		if strings.Contains(label, k) {
			return true
		}
	}
	return false
}

// idiom reports an ordinary-English use of an ambiguous spelling: with
// forward true, the idioms that name following words; otherwise those that
// only look back.
func (c *ctx) idiom(surface string, before, after []word, m Mention, forward bool) bool {
	next := func(k int) string {
		if k < len(after) {
			return after[k].lower
		}
		return ""
	}
	prev := func(k int) string {
		if k < len(before) {
			return before[k].lower
		}
		return ""
	}
	if forward {
		if isYear(next(0)) {
			return true // "Spring 2023"
		}
		// "R&D", "AT&T"
		if m.End < len(c.text) && c.text[m.End] == '&' || m.Start > 0 && c.text[m.Start-1] == '&' {
			return true
		}
	} else if prev(0) == "to" && !migrationVerbs[prev(1)] && !hasUpperFirst(m.Text) {
		return true // "to go", "to make", "to react"
	}
	for _, p := range idioms[surface] {
		if (len(p.after) > 0) == forward && p.matches(prev, next) {
			return true
		}
	}
	return false
}

func hasUpperFirst(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w[:2] == "19" || w[:2] == "20"
}
