package english

import (
	"github.com/bulletproof-cli/bulletproof/internal/wordset"
	"slices"
	"strings"
	"sync"
)

// Level is the ownership a verb claims. A rewrite may keep or lower it; raising
// it ("helped" -> "led") is ownership inflation.
type Level int

// Ownership levels, lowest first.
const (
	LevelUnknown Level = iota
	LevelSupport       // helped, assisted, contributed, participated
	LevelExecute       // built, implemented, migrated, wrote
	LevelLead          // led, owned, architected, spearheaded
)

func (l Level) String() string {
	switch l {
	case LevelSupport:
		return "support"
	case LevelExecute:
		return "execute"
	case LevelLead:
		return "lead"
	}
	return "unknown"
}

// Verb is one action verb in all the forms a bullet may open with.
type Verb struct {
	Base, Third, Past, Ing string
	Level                  Level
	Weak                   bool // a weak opener on its own ("did", "made", "helped")
}

// The verb tables are built from data/verbs.txt and
// data/irregular-verbs.txt when the package is generated (tables_gen.go),
// so that using them costs nothing to load; these look them up.

// verbForm is one form of a verb, lowercase, and the index of its verb in
// verbs.
type verbForm struct {
	form string
	verb uint16
}

// irregularVerb is a base and its simple past.
type irregularVerb struct{ base, past string }

var verbFilter = sync.OnceValue(func() *wordset.Filter { return wordset.Of(verbIndex()) })

// verbIndex maps each form to its verb, built on first use: the guard looks
// up most words of every text it reads, and a map answers in one probe
// where the sorted table takes ten comparisons.
var verbIndex = sync.OnceValue(func() map[string]uint16 {
	m := make(map[string]uint16, len(verbForms))
	for _, f := range verbForms {
		if _, ok := m[f.form]; !ok {
			m[f.form] = f.verb // a form two verbs share is the first's
		}
	}
	return m
})

// verbOf finds the verb w is a form of.
func verbOf(w string) (*Verb, bool) {
	idx := verbIndex()
	if !verbFilter().MayHave(w) {
		return nil, false
	}
	i, ok := idx[w]
	if !ok {
		return nil, false
	}
	return &verbs[i], true
}

// irregularPastOf is an irregular base's simple past.
func irregularPastOf(base string) (string, bool) {
	i, ok := slices.BinarySearchFunc(irregulars[:], base, func(v irregularVerb, base string) int { return strings.Compare(v.base, base) })
	if !ok {
		return "", false
	}
	return irregulars[i].past, true
}

// isIrregularPast reports whether w is an irregular verb's simple past
// ("found" is find's past before it is a base of its own).
func isIrregularPast(w string) bool {
	_, ok := slices.BinarySearch(irregularPasts[:], w)
	return ok
}

// VerbForm says which form of a verb a word is.
type VerbForm int

// Verb forms.
const (
	FormBase VerbForm = iota
	FormThird
	FormPast
	FormIng
)

// LookupVerb finds the verb a word is a form of ("Built" -> build, past).
func LookupVerb(word string) (Verb, VerbForm, bool) {
	w := strings.ToLower(word)
	v, ok := verbOf(w)
	if !ok {
		return Verb{}, 0, false
	}
	switch w {
	case v.Past: // for cut and set, past and base coincide; past is what a bullet means
		return *v, FormPast, true
	case v.Ing:
		return *v, FormIng, true
	case v.Third:
		return *v, FormThird, true
	}
	return *v, FormBase, true
}

// PastTense returns the past tense of a verb in any form, known, irregular
// or regular ("builds" -> "built", "leading" -> "led", "shipping" ->
// "shipped", "troubleshoot" -> "troubleshot", "undertakes" -> "undertook").
func PastTense(word string) string {
	if v, _, ok := LookupVerb(word); ok {
		return matchCase(word, v.Past)
	}
	if past, ok := irregularToPast(word); ok {
		return past
	}
	w := strings.ToLower(word)
	switch {
	case isIrregularPast(w):
		return word
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return matchCase(word, pastOf(baseFromIng(w)))
	case strings.HasSuffix(w, "ed"):
		return word
	}
	return matchCase(word, pastOf(w))
}

// ToPast turns a verb that opens a bullet into the past tense, when the
// word is surely a verb in base, third-person or -ing form: one of the
// action verbs, or an irregular verb. A word that is already past, or that
// is the past of an irregular verb ("found", "left"), or that is not a
// known verb, is not converted: ok is false, and the bullet is left as is.
func ToPast(word string) (past string, ok bool) {
	w := strings.ToLower(word)
	if past, ok := irregularPastOf(w); ok && past == w {
		return word, true // set, cut, put, read: the past is the base
	}
	if isIrregularPast(w) {
		return "", false
	}
	if v, form, ok := LookupVerb(w); ok {
		if form == FormPast {
			return "", false
		}
		return matchCase(word, v.Past), true
	}
	return irregularToPast(word)
}

// irregularToPast is the past of an irregular verb's base, third-person or
// -ing form ("undertake", "undertakes", "undertaking" -> "undertook").
func irregularToPast(word string) (string, bool) {
	w := strings.ToLower(word)
	for _, base := range irregularBases(w) {
		if past, ok := irregularPastOf(base); ok {
			return matchCase(word, past), true
		}
	}
	return "", false
}

// irregularBases are the bases w may be a form of, most likely first.
func irregularBases(w string) []string {
	out := []string{w}
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		stem := strings.TrimSuffix(w, "ing")
		out = append(out, stem+"e", stem)
		if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] {
			out = append(out, stem[:n-1])
		}
		if strings.HasSuffix(stem, "y") {
			out = append(out, strings.TrimSuffix(stem, "y")+"ie")
		}
	case strings.HasSuffix(w, "ies"):
		out = append(out, strings.TrimSuffix(w, "ies")+"y")
	case strings.HasSuffix(w, "es"):
		out = append(out, strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "s"))
	case strings.HasSuffix(w, "s"):
		out = append(out, strings.TrimSuffix(w, "s"))
	}
	return out
}

// Gerund returns the -ing form of a base verb ("build" -> "building").
func Gerund(base string) string {
	if v, _, ok := LookupVerb(base); ok {
		return matchCase(base, v.Ing)
	}
	return matchCase(base, regularIng(strings.ToLower(base)))
}

// IngToPast turns a gerund into the past tense ("improving" -> "improved",
// "getting" -> "got"), reporting false when the word is not a gerund of a
// plausible verb.
func IngToPast(word string) (string, bool) {
	w := strings.ToLower(word)
	if v, f, ok := LookupVerb(w); ok {
		if f != FormIng {
			return "", false
		}
		return matchCase(word, v.Past), true
	}
	if !strings.HasSuffix(w, "ing") || len(w) < 6 {
		return "", false
	}
	if _, isBase := irregularPastOf(w); isBase { // "string" is no gerund of "stre"
		return "", false
	}
	if past, ok := irregularToPast(w); ok {
		return matchCase(word, strings.ToLower(past)), true
	}
	base := baseFromIng(w)
	if !IsWord(base) {
		return "", false
	}
	return matchCase(word, pastOf(base)), true
}

// pastOf is a base's simple past: irregular from the table, else by the
// spelling rules.
func pastOf(base string) string {
	if p, ok := irregularPastOf(base); ok {
		return p
	}
	return regularPast(base)
}

// doubles lists verbs whose final consonant doubles before -ed/-ing.
var doubles = map[string]bool{"ship": true, "plan": true, "map": true, "drop": true, "stop": true,
	"commit": true, "debug": true, "refer": true, "control": true, "admit": true, "permit": true,
	"submit": true, "omit": true, "transmit": true, "equip": true, "scrap": true, "tag": true,
	"log": true, "chat": true, "rerun": true, "run": true, "cut": true, "set": true, "prop": true,
	"swap": true, "wrap": true, "scan": true, "trim": true, "strip": true, "step": true, "zip": true,
	"pin": true, "spin": true, "tap": true, "top": true, "get": true, "put": true, "let": true, "hit": true,
	"quit": true, "shut": true, "sit": true, "split": true, "begin": true, "win": true, "swim": true,
	"forget": true, "forbid": true, "dig": true, "upset": true, "reset": true, "offset": true, "outbid": true,
	"outrun": true, "overrun": true, "undercut": true, "input": true, "output": true, "format": true}

func regularPast(base string) string {
	switch {
	case doubles[base]:
		return base + base[len(base)-1:] + "ed"
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case len(base) > 2 && strings.HasSuffix(base, "y") && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ied"
	}
	return base + "ed"
}

func regularIng(base string) string {
	switch {
	case doubles[base]:
		return base + base[len(base)-1:] + "ing"
	case strings.HasSuffix(base, "ie"):
		return base[:len(base)-2] + "ying"
	case strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee"):
		return base[:len(base)-1] + "ing"
	}
	return base + "ing"
}

func thirdPerson(base string) string {
	switch {
	case strings.HasSuffix(base, "s"), strings.HasSuffix(base, "sh"), strings.HasSuffix(base, "ch"),
		strings.HasSuffix(base, "x"), strings.HasSuffix(base, "z"), strings.HasSuffix(base, "o"):
		return base + "es"
	case len(base) > 2 && strings.HasSuffix(base, "y") && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ies"
	}
	return base + "s"
}

// baseFromIng guesses the base of an unknown gerund: "updating" -> "update",
// "running" -> "run", "building" -> "build".
func baseFromIng(w string) string {
	stem := strings.TrimSuffix(w, "ing")
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("lsz", rune(stem[n-1])) {
		return stem[:n-1]
	}
	if IsWordExact(stem) {
		return stem
	}
	if IsWordExact(stem + "e") {
		return stem + "e"
	}
	return stem
}

// IsWordExact reports whether w is in the dictionary as written (lowercased),
// without trying inflections.
func IsWordExact(w string) bool { return inDict(strings.ToLower(w)) }

// matchCase gives out the capitalisation of like ("Built" for like "Builds").
func matchCase(like, out string) string {
	if like == "" || out == "" {
		return out
	}
	if strings.ToUpper(like) == like && len(like) > 1 {
		return strings.ToUpper(out)
	}
	if c := like[0]; c >= 'A' && c <= 'Z' {
		return strings.ToUpper(out[:1]) + out[1:]
	}
	return out
}

// Capitalize upper-cases the first letter of s.
func Capitalize(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c >= 'a' && c <= 'z' {
		return string(c-32) + s[1:]
	}
	return s
}

// nominal maps nouns of action that open bullets to their verbs:
// "Design and implementation of X" reads as "Designed and implemented X".
var nominal = map[string]string{
	"design": "design", "implementation": "implement", "development": "develop", "deployment": "deploy",
	"maintenance": "maintain", "management": "manage", "migration": "migrate", "creation": "create",
	"integration": "integrate", "optimization": "optimize", "optimisation": "optimise", "automation": "automate",
	"configuration": "configure", "documentation": "document", "analysis": "analyze", "execution": "execute",
	"delivery": "deliver", "coordination": "coordinate", "operation": "operate", "installation": "install",
	"evaluation": "evaluate", "construction": "construct", "definition": "define", "modernization": "modernize",
	"modernisation": "modernise", "administration": "administer", "supervision": "supervise", "review": "review",
	"redesign": "redesign", "refactoring": "refactor", "testing": "test", "planning": "plan", "monitoring": "monitor",
	"support": "support", "upgrade": "upgrade", "rewrite": "rewrite", "consolidation": "consolidate",
	"standardization": "standardize", "validation": "validate", "verification": "verify", "preparation": "prepare",
	"organization": "organize", "organisation": "organise", "production": "produce", "specification": "specify",
}

// VerbOfNoun is the verb of a noun of action ("implementation" ->
// "implement"), for rewriting a bullet that opens with nouns.
func VerbOfNoun(noun string) (string, bool) {
	v, ok := nominal[strings.ToLower(noun)]
	return v, ok
}

// IsVerb reports whether word is a form of a known action verb or of an
// irregular verb ("Won", "Builds", "undertaking").
func IsVerb(word string) bool {
	if _, _, ok := LookupVerb(word); ok {
		return true
	}
	w := strings.ToLower(word)
	if isIrregularPast(w) {
		return true
	}
	_, ok := irregularToPast(w)
	return ok
}
