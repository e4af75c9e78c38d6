package english

import (
	_ "embed"
	"strings"
	"sync"
)

// irregularData is the irregular-verb table: "base past" a line.
//
//go:embed data/irregular-verbs.txt
var irregularData string

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

// verbTable: "base[/past[/ing]] level" where level is s, e or l and a trailing
// "!" marks a weak verb. Irregular forms are written out; the rest follow the
// spelling rules in regularPast and regularIng.
const verbTable = `
help s! assist s! support s contribute s participate s collaborate s aid s join s shadow s
partner e coordinate e facilitate e mentor e coach e train e teach/taught e onboard e
build/built e develop e implement e design e write/wrote/writing e create e migrate e automate e
optimize e optimise e improve e reduce e increase e deploy e ship e deliver e maintain e refactor e
test e debug e integrate e configure e analyze e analyse e investigate e document e clean e
perform e conduct e run/ran/running e operate e monitor e add e extend e enable e introduce e
launch e roll e cut/cut/cutting e lower e decrease e accelerate e streamline e consolidate e
modernize e rewrite/rewrote/rewriting e redesign e scale e harden e secure e containerize e
instrument e profile e tune e resolve e fix e prototype e evaluate e research e author e publish e
present e engineer e standardize e upgrade e replace e remove e eliminate e simplify e speed/sped e
boost e expand e grow/grew e handle e process e model e benchmark e patch e audit e review e
validate e verify e measure e track e report e compile e prepare e draft e update e investigate e
diagnose e triage e troubleshoot e rotate e serve e host e package e release e merge e port e
adopt e apply e use e utilize e leverage e employ e cache e index e query e partition e shard e
parallelize e containerise e visualize e schedule e route e stream e ingest e load e store e
encrypt e authenticate e authorize e hire e interview e plan e
establish l initiate l
lead/led l own l architect l spearhead l head l direct l manage l drive/drove/driving l
oversee/oversaw/overseeing l found l pioneer l champion l orchestrate l supervise l steer l
do/did/doing e! make/made/making e! work e!
`

var (
	verbsOnce sync.Once
	verbForms map[string]*Verb // every form, lowercase -> verb
	// irregular maps a base to its simple past; irregularPast holds every
	// such past ("found" is find's past before it is a base of its own)
	irregular     map[string]string
	irregularPast map[string]bool
)

func loadVerbs() {
	irregular, irregularPast = map[string]string{}, map[string]bool{}
	for _, l := range strings.Split(irregularData, "\n") {
		f := strings.Fields(l)
		if len(f) == 2 && !strings.HasPrefix(l, "#") {
			irregular[f[0]] = f[1]
			irregularPast[f[1]] = true
		}
	}
	verbForms = map[string]*Verb{}
	fields := strings.Fields(verbTable)
	for i := 0; i+1 < len(fields); i += 2 {
		forms, lv := fields[i], fields[i+1]
		v := &Verb{}
		parts := strings.Split(forms, "/")
		v.Base = parts[0]
		v.Past = regularPast(v.Base)
		if p, ok := irregular[v.Base]; ok {
			v.Past = p
		}
		v.Ing = regularIng(v.Base)
		if len(parts) > 1 {
			v.Past = parts[1]
		}
		if len(parts) > 2 {
			v.Ing = parts[2]
		}
		v.Third = thirdPerson(v.Base)
		v.Weak = strings.HasSuffix(lv, "!")
		switch strings.TrimSuffix(lv, "!") {
		case "s":
			v.Level = LevelSupport
		case "e":
			v.Level = LevelExecute
		case "l":
			v.Level = LevelLead
		}
		for _, f := range []string{v.Base, v.Third, v.Past, v.Ing} {
			if _, dup := verbForms[f]; !dup {
				verbForms[f] = v
			}
		}
	}
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
	verbsOnce.Do(loadVerbs)
	w := strings.ToLower(word)
	v, ok := verbForms[w]
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
	case irregularPast[w]:
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
	verbsOnce.Do(loadVerbs)
	w := strings.ToLower(word)
	if past, ok := irregular[w]; ok && past == w {
		return word, true // set, cut, put, read: the past is the base
	}
	if irregularPast[w] {
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
	verbsOnce.Do(loadVerbs)
	w := strings.ToLower(word)
	for _, base := range irregularBases(w) {
		if past, ok := irregular[base]; ok {
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
	verbsOnce.Do(loadVerbs)
	if _, isBase := irregular[w]; isBase { // "string" is no gerund of "stre"
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
	verbsOnce.Do(loadVerbs)
	if p, ok := irregular[base]; ok {
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
	if irregularPast[w] {
		return true
	}
	_, ok := irregularToPast(w)
	return ok
}
