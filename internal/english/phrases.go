package english

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// Opener is a weak way to begin a bullet and how the offline engine may
// replace it without changing the ownership it claims.
type Opener struct {
	Phrase string // lowercase, as matched at the start of a bullet
	Level  Level  // the ownership the phrase claims
	// Noun is the replacement when a noun phrase follows ("worked on the API"
	// -> "Developed the API"); Gerund when a gerund follows: "" means the
	// gerund's own verb in the past tense ("worked on migrating" ->
	// "Migrated"), otherwise the phrase is kept before the gerund
	// ("helped with testing" -> "Contributed to testing").
	Noun, Gerund string
	// Infinitive applies to "helped (to) build": "" keeps the gerund form
	// after Noun ("Contributed to building").
	TakesInfinitive bool
	// GerundStays: before a gerund the phrase cannot be swapped cleanly
	// ("tasked with getting X" says it was asked, not that it was done),
	// so the bullet is left as it is.
	GerundStays bool
}

// weakOpeners, longest first so that "was responsible for" wins over
// "responsible for".
var weakOpeners = []Opener{
	{Phrase: "was responsible for", Level: LevelLead, Noun: "Owned"},
	{Phrase: "were responsible for", Level: LevelLead, Noun: "Owned"},
	{Phrase: "responsible for", Level: LevelLead, Noun: "Owned"},
	{Phrase: "in charge of", Level: LevelLead, Noun: "Led"},
	{Phrase: "tasked with", Level: LevelExecute, Noun: "Handled", GerundStays: true},
	{Phrase: "worked on", Level: LevelExecute, Noun: "Developed"},
	{Phrase: "helped with", Level: LevelSupport, Noun: "Contributed to", Gerund: "Contributed to"},
	{Phrase: "helped to", Level: LevelSupport, Noun: "Contributed to", Gerund: "Contributed to", TakesInfinitive: true},
	{Phrase: "helped", Level: LevelSupport, Noun: "Supported", Gerund: "Contributed to", TakesInfinitive: true},
	{Phrase: "helping", Level: LevelSupport, Noun: "Supported", Gerund: "Contributed to", TakesInfinitive: true},
	{Phrase: "helps", Level: LevelSupport, Noun: "Supported", Gerund: "Contributed to", TakesInfinitive: true},
	{Phrase: "help", Level: LevelSupport, Noun: "Supported", Gerund: "Contributed to", TakesInfinitive: true},
	{Phrase: "assisted with", Level: LevelSupport, Noun: "Supported", Gerund: "Contributed to"},
	{Phrase: "assisted in", Level: LevelSupport, Noun: "Supported", Gerund: "Contributed to"},
	{Phrase: "was part of", Level: LevelSupport, Noun: "Participated in", Gerund: "Contributed to"},
	{Phrase: "were part of", Level: LevelSupport, Noun: "Participated in", Gerund: "Contributed to"},
	{Phrase: "part of", Level: LevelSupport, Noun: "Participated in", Gerund: "Contributed to"},
	{Phrase: "was involved in", Level: LevelSupport, Noun: "Contributed to", Gerund: "Contributed to"},
	{Phrase: "involved in", Level: LevelSupport, Noun: "Contributed to", Gerund: "Contributed to"},
	{Phrase: "did", Level: LevelExecute, Noun: "Performed"},
	{Phrase: "made", Level: LevelExecute, Noun: "Built"},
}

// WeakOpener returns the weak opener text starts with (case-insensitive,
// ending at a word boundary: "worked on-call" does not open with "worked
// on") and the rest of the text after it. A negation ("did not miss") is no
// weak opener.
func WeakOpener(text string) (Opener, string, bool) {
	t := strings.TrimSpace(text)
	lower := strings.ToLower(t)
	for _, o := range weakOpeners {
		if opensWith(lower, o.Phrase) {
			rest := strings.TrimSpace(t[len(o.Phrase):])
			if l := strings.ToLower(rest); strings.HasPrefix(l, "not ") || strings.HasPrefix(l, "n't") || l == "not" {
				return Opener{}, "", false
			}
			return o, rest, true
		}
	}
	return Opener{}, "", false
}

func opensWith(lower, phrase string) bool {
	if !strings.HasPrefix(lower, phrase) {
		return false
	}
	if len(lower) == len(phrase) {
		return true
	}
	c := lower[len(phrase)]
	return !isWordByte(c) && c != '-' && c != '\''
}

// PhraseLevel is the ownership a weak-opener phrase claims, for the guard.
func PhraseLevel(lowerText string) (Level, int, bool) {
	for _, o := range weakOpeners {
		if opensWith(lowerText, o.Phrase) {
			return o.Level, len(o.Phrase), true
		}
	}
	return 0, 0, false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// Filler is a phrase that adds words and no meaning, with what replaces it.
type Filler struct {
	re   *regexp.Regexp
	with string
}

// fillers are removed by the offline engine. Each is safe in any bullet: none
// changes a claim. Compiled on first use.
var fillers = sync.OnceValue(func() []Filler {
	return []Filler{
		{regexp.MustCompile(`(?i)\b(successfully|effectively|basically|actually|really|very|various|diligently)\s+`), ""},
		{regexp.MustCompile(`(?i)\bin order to\b`), "to"},
		{regexp.MustCompile(`(?i)\ba (variety|number) of\s+`), ""},
		{regexp.MustCompile(`(?i)\bon a daily basis\b`), "daily"},
		{regexp.MustCompile(`(?i)\bon a weekly basis\b`), "weekly"},
		{regexp.MustCompile(`(?i)\bon a regular basis\b`), "regularly"},
		{regexp.MustCompile(`(?i)\butiliz(e|ed|es|ing)\b`), "us$1"},
		{regexp.MustCompile(`(?i),?\s+etc\.?`), ""},
	}
})

// RemoveFiller strips filler phrases.
func RemoveFiller(s string) string {
	for _, f := range fillers() {
		s = f.re.ReplaceAllString(s, f.with)
	}
	return strings.Join(strings.Fields(s), " ")
}

// vaguePhrases are claims a recruiter cannot verify. Lowercase.
var vaguePhrases = []string{
	"passionate problem-solver", "passionate problem solver", "problem-solver", "problem solver",
	"fast learner", "quick learner", "team player", "hard worker", "hard-working", "hardworking",
	"detail-oriented", "detail oriented", "results-driven", "results driven", "results-oriented",
	"self-starter", "self starter", "go-getter", "think outside the box", "out-of-the-box thinker",
	"proven track record", "excellent communication skills", "strong communication skills",
	"highly motivated", "self-motivated", "passionate about", "rockstar", "ninja", "guru",
	"thought leader", "synergy", "dynamic professional", "seasoned professional", "works well under pressure",
	"go-to person", "wears many hats", "best-in-class", "world-class",
}

// VaguePhrase is one occurrence of a vague phrase.
type VaguePhrase struct {
	Phrase     string
	Start, End int
}

// FindVague returns the vague phrases in s, in order.
func FindVague(s string) []VaguePhrase {
	lower := strings.ToLower(s)
	var out []VaguePhrase
	taken := make([]bool, len(lower))
	for _, p := range vaguePhrases {
		for from := 0; ; {
			i := strings.Index(lower[from:], p)
			if i < 0 {
				break
			}
			i += from
			j := i + len(p)
			from = j
			if (i > 0 && isWordByte(lower[i-1])) || (j < len(lower) && isWordByte(lower[j])) || taken[i] {
				continue
			}
			for k := i; k < j; k++ {
				taken[k] = true
			}
			out = append(out, VaguePhrase{Phrase: s[i:j], Start: i, End: j})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

var (
	firstPersonIRe   = lazy.Regexp(`\bI('m|'ve|'d|'ll)?\b`)
	firstPersonObjRe = lazy.Regexp(`(?i)\b(me|my|mine|myself)\b`)
)

// FirstPerson returns the [start, end) offsets of first-person words in s: "I"
// (upper case only, so a lone "i" typo is not counted) and me, my, mine,
// myself in any case.
func FirstPerson(s string) [][2]int {
	var out [][2]int
	for _, re := range []*regexp.Regexp{firstPersonIRe(), firstPersonObjRe()} {
		for _, m := range re.FindAllStringIndex(s, -1) {
			out = append(out, [2]int{m[0], m[1]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// IsCommonTerm reports whether an acronym or capitalised term is ordinary
// business vocabulary (API, SLA, SaaS, Q3) rather than a product name.
func IsCommonTerm(s string) bool {
	// commonTerms holds each term as written and in lower case: the first
	// lookup is the common one and needs no allocation
	if isCommonTerm(s) {
		return true
	}
	// lowercase without allocating: the map lookup of string(bytes) does not
	// copy
	var buf [32]byte
	if len(s) > len(buf) {
		return isCommonTerm(strings.ToLower(s))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return isCommonTerm(strings.ToLower(s))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return isCommonTerm(string(buf[:len(s)]))
}

func isCommonTerm(s string) bool {
	_, ok := slices.BinarySearch(commonTerms[:], s)
	return ok
}

// ownershipBoosters are words that inflate ownership when a rewrite adds them.
var ownershipBoosters = []string{"sole", "solely", "single-handedly", "singlehandedly", "independently", "personally"}

// OwnershipBoosters lists the lowercase words that claim sole ownership.
func OwnershipBoosters() []string { return ownershipBoosters }

// OpensWithLabel reports whether text opens with a label rather than a
// verb ("Stack: Go", "Route types: relay/mesh"): its first or second word
// ends with a colon.
func OpensWithLabel(text string) bool {
	f := strings.Fields(text)
	return len(f) > 0 && strings.HasSuffix(f[0], ":") || len(f) > 1 && strings.HasSuffix(f[1], ":")
}

// IsCommonTermAsWritten is IsCommonTerm without folding case.
func IsCommonTermAsWritten(s string) bool { return isCommonTerm(s) }
