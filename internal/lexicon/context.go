package lexicon

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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
//   - alone on a line or list item of a longer text ("- Rust");
//   - alone in brackets after a noun ("demand forecast (prophet)").

type word struct {
	start, end int
	lower      string
}

// resolveAmbiguous keeps the unambiguous mentions and those ambiguous ones
// that context confirms.
func resolveAmbiguous(text, lower string, ms []Mention) []Mention {
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
	if len(lower) != len(text) {
		lower = LowerASCII(text)
	}
	c := &ctx{text: text, lower: lower, ms: ms, ok: make([]bool, len(ms)), multiline: strings.Contains(text, "\n")}
	for i, m := range ms {
		c.ok[i] = !m.Ambiguous
	}
	// Two passes so that confirmed ambiguous neighbours ("Go and Rust")
	// confirm each other.
	for pass := 0; pass < 2; pass++ {
		for i, m := range ms {
			if !c.ok[i] && m.Ambiguous && !lowerForCaps(m) && c.isTech(i) {
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

// lowerForCaps: an ambiguous spelling the table writes in capitals
// ("AD") written in lower case ("ad spend") is the ordinary word.
func lowerForCaps(m Mention) bool {
	if len(m.Form) < 2 {
		return false
	}
	for i := 0; i < len(m.Form); i++ {
		if c := m.Form[i]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return false
		}
	}
	for i := 0; i < len(m.Text); i++ {
		if c := m.Text[i]; c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

type ctx struct {
	multiline bool // the text has more than one line
	text      string
	lower     string // text with ASCII letters lowercased, byte for byte
	ms        []Mention
	ok        []bool
	cjkSeen   uint8 // 0 not looked, 1 no, 2 yes (see cjk)
	// room for neighbours, so that judging a mention allocates nothing
	roomBefore, roomAfter [4]word
}

// wordAt reads the word starting at i, or ok false.
func (c *ctx) wordAt(i int) (word, bool) {
	text := c.text
	if i >= len(text) || !isAlnum(text[i]) {
		return word{}, false
	}
	j := i
	for j < len(text) && (isAlnum(text[j]) || text[j] == '\'' && j+1 < len(text) && isLetter(text[j+1])) {
		j++
	}
	return word{start: i, end: j, lower: c.lower[i:j]}, true
}

// nextWord finds the first word starting at or after i.
func (c *ctx) nextWord(i int) (word, bool) {
	for i < len(c.text) && !isAlnum(c.text[i]) {
		i++
	}
	return c.wordAt(i)
}

// prevWord finds the last word ending at or before i.
func (c *ctx) prevWord(i int) (word, bool) {
	text := c.text
	for i > 0 && !isAlnum(text[i-1]) {
		i--
	}
	if i == 0 {
		return word{}, false
	}
	j := i
	for j > 0 && (isAlnum(text[j-1]) || text[j-1] == '\'' && j > 1 && isLetter(text[j-2])) {
		j--
	}
	w, ok := c.wordAt(j)
	w.end = min(w.end, i)
	w.lower = c.lower[w.start:w.end]
	return w, ok
}

// LowerASCII lowercases ASCII letters and keeps every byte where it was, so
// that offsets, and a word's lowercase form as a slice, stay valid.
func LowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			// a Builder hands over its bytes: one allocation, not two;
			// the runs between capitals are copied whole
			var b strings.Builder
			b.Grow(len(s))
			from := 0
			for j := i; j < len(s); j++ {
				if c := s[j]; c >= 'A' && c <= 'Z' {
					b.WriteString(s[from:j])
					b.WriteByte(c + 'a' - 'A')
					from = j + 1
				}
			}
			b.WriteString(s[from:])
			return b.String()
		}
	}
	return s
}

// boundary reports whether gap (the text between two words) ends a sentence
// or clause for context purposes.
func boundary(gap string) bool { return strings.ContainsAny(gap, ".!?;:\n•|") }

// neighbours returns up to n words before and after the mention within its
// sentence, nearest first. It scans outward from the mention, so its cost
// does not grow with the text.
func (c *ctx) neighbours(m Mention, n int) (before, after []word) {
	if n <= len(c.roomBefore) {
		before, after = c.roomBefore[:0], c.roomAfter[:0]
	} else {
		before, after = make([]word, 0, n), make([]word, 0, n)
	}
	edge := m.Start
	for len(before) < n {
		w, ok := c.prevWord(edge)
		if !ok || boundary(c.text[w.end:edge]) {
			break
		}
		before = append(before, w)
		edge = w.start
	}
	edge = m.End
	// skip the rest of a word the mention ends inside ("python3")
	for edge < len(c.text) && isAlnum(c.text[edge]) {
		edge++
	}
	for len(after) < n {
		w, ok := c.nextWord(edge)
		if !ok || boundary(c.text[edge:w.start]) {
			break
		}
		after = append(after, w)
		edge = w.end
	}
	return before, after
}

func (c *ctx) isTech(i int) bool {
	m := c.ms[i]
	before, after := c.neighbours(m, 3)
	surface := c.lower[m.Start:m.End]
	// Written as its makers write it, right after a verb or preposition of
	// use ("Used Go to build", "with React to render"): a technology, whatever
	// follows.
	// A preposition closing a hyphenated compound ("check-in cadence",
	// "built-in make") is part of a noun, not a use.
	useBefore := len(before) > 0 && usePrepositions[before[0].lower] && c.adjacent(before[0].end, m.Start) &&
		(before[0].start == 0 || c.text[before[0].start-1] != '-')
	// a version after it, written in its capitals: "React 18", "Go 1.22"
	if m.Text == m.Form && hasUpper(m.Text) && len(after) > 0 && c.adjacent(m.End, after[0].start) && isVersion(after[0].lower) {
		return true
	}
	// written in its capitals inside Japanese, Chinese or Korean
	// ("監視基盤をPrometheusに移行"): a Latin name in that script is a name
	if m.Text == m.Form && hasUpper(m.Text) && len(m.Text) > 1 && c.cjk() && (cjkAround(c.text, m.Start, true) || cjkAround(c.text, m.End, false)) {
		return true
	}
	if useBefore && m.Text == m.Form && hasUpper(m.Text) && len(m.Text) > 1 && !c.hyphenated(m) {
		return true
	}
	// written in its capitals beside a word in another script ("сервис на
	// Go"), or before a postposition of use ("Go ile", "Go kullanarak")
	if m.Text == m.Form && hasUpper(m.Text) && len(m.Text) > 1 && !c.hyphenated(m) &&
		(otherScriptAround(c.text, m.Start, true) || otherScriptAround(c.text, m.End, false) ||
			len(after) > 0 && c.adjacent(m.End, after[0].start) && useAfter[after[0].lower]) {
		return true
	}
	// Idioms that name the following words ("go live", "Spring 2023") always
	// win; idioms that only look back ("a chef") give way to a following
	// technology noun ("a Chef cookbook").
	if c.idiom(surface, before, after, m, true) {
		return false
	}
	if len(after) > 0 && c.adjacent(m.End, after[0].start) && techNouns[after[0].lower] {
		return true
	}
	// "a Flask web API", "Spring REST services"
	if len(after) > 1 && c.adjacent(m.End, after[0].start) && nounModifiers[after[0].lower] && techNouns[after[1].lower] {
		return true
	}
	if len(after) > 0 && strings.HasPrefix(c.text[m.End:], "-") && suffixNouns[after[0].lower] {
		return true
	}
	if c.listNeighbour(i, before, after) {
		return true
	}
	// "11 excel reports": an office tool before the kind of document it makes
	if m.Entry.Category == "tool" && documentNounAfter([]byte(c.lower), m.End) {
		return true
	}
	// "demand forecast (prophet)": a word alone in brackets after what
	// was built names the tool it was built with
	if m.End-m.Start >= 3 && m.Start >= 2 && m.End < len(c.text) && c.text[m.Start-1] == '(' && c.text[m.End] == ')' && c.text[m.Start-2] == ' ' {
		return true
	}
	if c.migratedFrom(before, m) {
		return true
	}
	if c.idiom(surface, before, after, m, false) {
		return false
	}
	if useBefore {
		return true
	}
	if len(before) > 1 && before[0].lower == "to" && migrationVerbs[before[1].lower] {
		return true
	}
	if len(m.Text) > 1 && m.Text == m.Form && hasUpper(m.Text) && c.certification(m) {
		return true // "Azure Solutions Architect Expert": a vendor's certification
	}
	if len(m.Text) > 1 && m.Text == m.Form && hasUpper(m.Text) && !c.titleCase(m) {
		if !c.sentenceInitial(before) {
			return true
		}
		// opening a sentence, capitals say nothing, but a sentence about
		// other technologies is about this one too ("Flux reconciles
		// every cluster from Git")
		if c.techInSentence(i) {
			return true
		}
	}
	return c.labelledList(m) || c.aloneOnLine(m)
}

// migratedFrom: "from AngularJS to React", written in its capitals, is a
// move between technologies, not the verb "to react".
func (c *ctx) migratedFrom(before []word, m Mention) bool {
	if len(before) < 3 || before[0].lower != "to" || m.Text != m.Form || !hasUpper(m.Text) {
		return false
	}
	k := sort.Search(len(c.ms), func(k int) bool { return c.ms[k].End > before[1].start })
	if k >= len(c.ms) || c.ms[k].Start > before[1].start || !c.ok[k] || !c.adjacent(c.ms[k].End, before[0].start) {
		return false
	}
	w, ok := c.prevWord(c.ms[k].Start)
	return ok && w.lower == "from"
}

// certification: the mention's line or clause names a certification
// ("Certified", "Associate", "Expert"), whose capitalised words name a
// vendor or product.
func (c *ctx) certification(m Mention) bool {
	a, b := c.lineWindow(m, ";\n")
	line := c.lower[a:b]
	if !strings.Contains(line, "certifi") {
		for _, w := range certTiers {
			if strings.Contains(line, w) {
				return true
			}
		}
		return false
	}
	return true
}

var certTiers = []string{"associate", "professional", "expert", "specialty", "practitioner", "fundamentals"}

// techInSentence: another mention, not itself ambiguous, shares the
// mention's sentence.
func (c *ctx) techInSentence(i int) bool {
	a, b := c.lineWindow(c.ms[i], ".!?;\n")
	// the mentions are in text order: only those between a and b
	for k := sort.Search(len(c.ms), func(k int) bool { return c.ms[k].Start >= a }); k < len(c.ms) && c.ms[k].End <= b; k++ {
		if k != i && !c.ms[k].Ambiguous {
			return true
		}
	}
	return false
}

// hyphenated: the mention is the first part of a hyphenated compound
// ("Go-to-Market", "Go-live"), which the idioms judge.
func (c *ctx) hyphenated(m Mention) bool {
	return m.End+1 < len(c.text) && c.text[m.End] == '-' && isLetter(c.text[m.End+1])
}

// aloneOnLine: the mention is a whole line or list item ("- Rust.").
func (c *ctx) aloneOnLine(m Mention) bool {
	a, b := c.lineWindow(m, "\n")
	before := strings.Trim(c.text[a:m.Start], " \t-*•·")
	after := strings.Trim(c.text[m.End:b], " \t.,;")
	return before == "" && after == "" && c.multiline
}

// adjacent: only spaces between two offsets.
func (c *ctx) adjacent(a, b int) bool {
	return a <= b && strings.TrimSpace(c.text[a:b]) == ""
}

// cjk: the text has characters of three bytes or more (Japanese, Chinese,
// Korean among them); read once.
func (c *ctx) cjk() bool {
	if c.cjkSeen == 0 {
		c.cjkSeen = 1
		for i := 0; i < len(c.text); i++ {
			if c.text[i] >= 0xE3 {
				c.cjkSeen = 2
				break
			}
		}
	}
	return c.cjkSeen == 2
}

// cjkAround: the rune just before offset at (or just after it) is Han,
// kana or Hangul, or is across a space from one.
func cjkAround(text string, at int, before bool) bool {
	// (past one bracket or mark: "看板（Tableau），")
	const marks = " ()（）「」『』【】《》\"“”‘’,，、:："
	var r rune
	if before {
		t := strings.TrimRight(text[:at], " ")
		r, _ = utf8.DecodeLastRuneInString(t)
		if r != utf8.RuneError && strings.ContainsRune(marks, r) {
			r, _ = utf8.DecodeLastRuneInString(strings.TrimRight(t[:len(t)-utf8.RuneLen(r)], " "))
		}
	} else {
		t := strings.TrimLeft(text[at:], " ")
		r, _ = utf8.DecodeRuneInString(t)
		if r != utf8.RuneError && strings.ContainsRune(marks, r) {
			r, _ = utf8.DecodeRuneInString(strings.TrimLeft(t[utf8.RuneLen(r):], " "))
		}
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// otherScriptAround: the word just before offset at (or just after it),
// across a space, is written in Cyrillic, Greek, Arabic, Hebrew, Thai or
// Devanagari, where a Latin word in capitals is a name.
func otherScriptAround(text string, at int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(strings.TrimRight(text[:at], " "))
	} else {
		r, _ = utf8.DecodeRuneInString(strings.TrimLeft(text[at:], " "))
	}
	return r >= 0x370 && unicode.In(r, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Hebrew, unicode.Thai, unicode.Devanagari)
}

// useAfter are postpositions of use: "Go ile" (Turkish), "Go kullanarak".
var useAfter = set(`ile ilə kullanarak kullanılarak`)

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
	a, b := c.lineWindow(m, ".!?\n")
	total, upper, first := 0, 0, true
	for pos := a; ; {
		w, ok := c.nextWord(pos)
		if !ok || w.end > b {
			break
		}
		pos = w.end
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
	k := sort.Search(len(c.ms), func(k int) bool { return c.ms[k].End > w.start })
	return k < len(c.ms) && w.start >= c.ms[k].Start && w.end <= c.ms[k].End
}

// window bounds how far context reaches, so long texts stay linear.
const window = 300

// lineWindow returns the span around m up to the nearest of stops on each
// side, at most window bytes away.
func (c *ctx) lineWindow(m Mention, stops string) (int, int) {
	lo := max(0, m.Start-window)
	a := lo + strings.LastIndexAny(c.text[lo:m.Start], stops) + 1
	hi := min(len(c.text), m.End+window)
	b := strings.IndexAny(c.text[m.End:hi], stops)
	if b < 0 {
		b = hi
	} else {
		b += m.End
	}
	return a, b
}

// listNeighbour: another technology sits next to this one with only list
// separators between ("Go, Kafka", "Go and Redis", "docker jenkins").
func (c *ctx) listNeighbour(i int, before, after []word) bool {
	m := c.ms[i]
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(c.ms) || !c.ok[k] {
			continue
		}
		o := c.ms[k]
		var a, b int
		var farSide []word
		switch {
		case o.End <= m.Start:
			a, b = o.End, m.Start
			farSide = after
		case o.Start >= m.End:
			a, b = m.End, o.Start
			farSide = before
		default:
			continue
		}
		gap := c.text[a:b]
		if !onlySeparators(c.lower[a:b]) || strings.ContainsAny(gap, ".;:!?\n") {
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

// onlySeparators: the gap between two mentions holds list separators and
// "and", "or", "plus" only.
func onlySeparators(gap string) bool {
	sep := func(r rune) bool {
		return r == ' ' || r == ',' || r == '/' || r == '&' || r == '(' || r == ')' || r == '+' || r == '|' || r == '·' || r == '\t'
	}
	// the words between separators, scanned in place: this runs for every
	// pair of neighbouring mentions
	// a skill listed with a hedge on its level ("Python, some R", "SQL and
	// basic Go") is still listed
	word := func(w string) bool {
		return w == "and" || w == "or" || w == "plus" || w == "some" || w == "basic" || w == "light" || w == "also"
	}
	start := -1
	for i, r := range gap {
		if !sep(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 && !word(gap[start:i]) {
			return false
		}
		start = -1
	}
	return start < 0 || word(gap[start:])
}

// labelledList: the mention's line starts with a label such as "Skills:" or
// "Tech stack:".
func (c *ctx) labelledList(m Mention) bool {
	return labelledLine(c.text, m.Start)
}

// labelledLine: the line holding offset at starts with a skills or stack
// label, and at lies after its colon.
func labelledLine(text string, at int) bool {
	lo := max(0, at-window)
	a := lo + strings.LastIndexByte(text[lo:at], '\n') + 1
	line := strings.ToLower(text[a:at])
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

// isVersion: "18", "1.22", "3.11.4", "17" — digits and dots, short.
func isVersion(w string) bool {
	if w == "" || len(w) > 8 || !isDigit(w[0]) || isYear(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != '.' {
			return false
		}
	}
	return true
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
