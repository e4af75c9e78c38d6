package guard

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Claims is what one text states: quantities, percentile labels,
// technologies, product-like terms the lexicon does not know, placeholders,
// and the ownership its verbs claim.
type Claims struct {
	Text         string
	Quantities   []Quantity
	Percentiles  []Percentile
	Technologies []lexicon.Mention
	Terms        []Term
	Placeholders []Placeholder
	Ownership    english.Level
	OwnershipAt  [2]int // offsets of the verb claiming Ownership
	Boosters     []Term // "sole", "single-handedly"
	// Periods are the time periods the text speaks of ("monthly", "a
	// year"), in seconds: a figure in a text about monthly spend may be
	// restated per month.
	Periods []float64
	lower   string // the text in lower case, for matching terms
	// toolsOnly marks context: it supports technologies and terms, not
	// figures
	toolsOnly bool
}

// Term is a word in a text.
type Term struct {
	Text       string
	Start, End int
}

// Placeholder is a gap the user must fill: [X%], [N users], TBD.
type Placeholder struct {
	Text       string
	Start, End int
}

// Extract reads the claims in text.
func Extract(text string, lex *lexicon.Lexicon) Claims {
	if lex == nil {
		lex = lexicon.Default()
	}
	c := Claims{Text: text, lower: lowerASCII(text)}
	c.Placeholders = findPlaceholders(text)
	var masked []span
	for _, p := range c.Placeholders {
		masked = append(masked, span{p.Start, p.End})
	}
	holes := newSpanSet(masked)
	c.Technologies = lex.Find(text)
	if len(holes) > 0 {
		kept := c.Technologies[:0]
		for _, m := range c.Technologies {
			if !holes.overlaps(m.Start, m.End) {
				kept = append(kept, m)
			}
		}
		c.Technologies = kept
	}
	techSpans := make([]span, 0, len(masked)+len(c.Technologies))
	techSpans = append(techSpans, masked...)
	for _, m := range c.Technologies {
		techSpans = append(techSpans, span{m.Start, m.End})
	}
	c.Quantities, c.Percentiles, c.Periods = parseQuantities(text, c.lower, techSpans)
	taken := make([]span, 0, len(techSpans)+len(c.Quantities)+len(c.Percentiles))
	taken = append(taken, techSpans...)
	for _, q := range c.Quantities {
		taken = append(taken, span{q.Start, q.End})
	}
	for _, p := range c.Percentiles {
		taken = append(taken, span{p.Start, p.End})
	}
	c.Terms = productTerms(text, newSpanSet(taken))
	c.Ownership, c.OwnershipAt, c.Boosters = ownership(text, c.lower)
	return c
}

// findPlaceholders finds [bracketed gaps] with no digits, TBD/TBA, and X%,
// XX%, $X, N users written bare. Hand-written: this runs on every candidate.
func findPlaceholders(text string) []Placeholder {
	var out []Placeholder
	add := func(a, b int) { out = append(out, Placeholder{Text: text[a:b], Start: a, End: b}) }
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '[':
			j := strings.IndexByte(text[i+1:], ']')
			if j < 0 || j > 80 {
				continue
			}
			inner := text[i+1 : i+1+j]
			if j > 0 && !strings.ContainsAny(inner, "0123456789[") {
				add(i, i+j+2)
				i += j + 1
			}
		case 'T':
			if strings.HasPrefix(text[i:], "TBD") || strings.HasPrefix(text[i:], "TBA") {
				if wordEdge(text, i-1) && wordEdge(text, i+3) {
					add(i, i+3)
					i += 2
				}
			}
		case 'X', 'N', '$':
			if !wordEdge(text, i-1) && text[i] != '$' {
				continue
			}
			j := i
			if text[j] == '$' {
				j++
				if j >= len(text) || text[j] != 'X' {
					continue
				}
			}
			k := j
			for k < len(text) && text[k] == text[j] && k-j < 3 {
				k++
			}
			if k == j || !wordEdge(text, k) && (k >= len(text) || text[k] != '%') {
				continue
			}
			end := k
			rest := text[k:]
			switch {
			case text[i] == '$':
			case strings.HasPrefix(rest, "%"):
				end++
			case strings.HasPrefix(rest, "x") && wordEdge(text, k+1):
				end++
			default:
				r := strings.TrimLeft(rest, " ")
				unit := ""
				for _, u := range []string{"percent", "ms", "users", "requests", "hours", "minutes", "customers", "K", "M"} {
					if strings.HasPrefix(r, u) && wordEdge(r, len(u)) {
						unit = u
						break
					}
				}
				if unit == "" {
					continue
				}
				end = k + (len(rest) - len(r)) + len(unit)
			}
			add(i, end)
			i = end - 1
		}
	}
	return out
}

// wordEdge: position i is outside the text or not a letter or digit.
func wordEdge(text string, i int) bool {
	return i < 0 || i >= len(text) || !isLetterB(text[i]) && !isDigitB(text[i])
}

// productTerms finds words that look like product names the lexicon lacks:
// CamelCase, letters with digits, ".js"/".io" names, unknown acronyms and
// capitalised non-English words in mid-sentence.
func productTerms(text string, taken spanSet) []Term {
	var terms []Term
	allCaps := !hasLower(text)
	for i := 0; i < len(text); {
		if !isLetterB(text[i]) && !isDigitB(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isLetterB(text[j]) || isDigitB(text[j]) || text[j] == '.' && j+1 < len(text) && isLetterB(text[j+1]) && j > i) {
			j++
		}
		w := text[i:j]
		if !taken.overlaps(i, j) && productLike(text, i, w, allCaps) {
			terms = append(terms, Term{Text: w, Start: i, End: j})
		}
		i = j
	}
	return terms
}

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// hasWord reports whether lower (a lowercased text) holds w as a whole word.
func hasWord(lower, w string) bool {
	for from := 0; ; {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		if (i == 0 || !isLetterB(lower[i-1]) && !isDigitB(lower[i-1])) && (j == len(lower) || !isLetterB(lower[j]) && !isDigitB(lower[j])) {
			return true
		}
		from = i + 1
	}
}

func productLike(text string, start int, w string, allCaps bool) bool {
	if len(w) < 2 || english.IsCommonTerm(w) {
		return false
	}
	lower := strings.ToLower(w)
	if strings.HasSuffix(lower, ".js") || strings.HasSuffix(lower, ".io") {
		return true
	}
	if strings.Contains(w, ".") { // e.g., i.e., U.S.
		return false
	}
	hasDigit, hasLetter := false, false
	upper, lowerN, inner := 0, 0, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case isDigitB(c):
			hasDigit = true
		case c >= 'A' && c <= 'Z':
			upper++
			hasLetter = true
			if k > 0 && w[k-1] >= 'a' && w[k-1] <= 'z' {
				inner = true // CamelCase
			}
		default:
			lowerN++
			hasLetter = true
		}
	}
	switch {
	case hasDigit && hasLetter:
		return isLetterB(w[0]) && !romanOrdinal(lower)
	case hasDigit:
		return false
	case inner:
		return !english.IsWord(lower)
	case allCaps:
		return false
	case lowerN == 0 && len(w) <= 6:
		// in mixed-case text, capitals mark an acronym even when the
		// letters spell a word ("STRIDE")
		return !romanOrdinal(lower)
	case upper == 1 && w[0] >= 'A' && w[0] <= 'Z':
		return !sentenceStart(text, start) && !english.IsWord(lower)
	}
	return false
}

func romanOrdinal(s string) bool { return s == "ii" || s == "iii" || s == "iv" }

// sentenceStart: only spaces, quotes or list markers since the start of the
// text or the last sentence or clause break.
func sentenceStart(text string, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch c := text[k]; c {
		case ' ', '\t', '"', '\'', '(', '*':
			continue
		case '.', '!', '?', ':', ';', '\n', '-':
			return true
		default:
			if c >= 0x80 { // "•", "–", "—"
				continue
			}
			return false
		}
	}
	return true
}

// ownership is the highest level any verb in text claims, where it is, and
// any sole-ownership words.
func ownership(text, lower string) (english.Level, [2]int, []Term) {
	best := english.LevelUnknown
	var at [2]int
	if len(lower) != len(text) {
		lower = lowerASCII(text)
	}
	if lv, n, ok := english.PhraseLevel(strings.TrimLeft(lower, " -*•")); ok {
		off := len(lower) - len(strings.TrimLeft(lower, " -*•"))
		best, at = lv, [2]int{off, off + n}
	}
	var boosters []Term
	for i := 0; i < len(text); {
		if !isLetterB(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && (isLetterB(text[j]) || text[j] == '-' && j+1 < len(text) && isLetterB(text[j+1])) {
			j++
		}
		w := lower[i:j]
		prevWord := lastWord(lower[:i])
		if v, form, ok := english.LookupVerb(w); ok && (form != english.FormBase || sentenceStart(text, i)) &&
			!(form == english.FormIng && gerundAfter[prevWord]) {
			if v.Level > best {
				best, at = v.Level, [2]int{i, j}
			}
		}
		for _, b := range english.OwnershipBoosters() {
			if w == b {
				boosters = append(boosters, Term{Text: text[i:j], Start: i, End: j})
			}
		}
		i = j
	}
	return best, at, boosters
}

// gerundAfter: a gerund after these words names an activity, not the
// ownership of it ("contributed to building").
var gerundAfter = map[string]bool{"to": true, "in": true, "with": true, "on": true, "of": true, "for": true}

func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	return s[i+1:]
}
