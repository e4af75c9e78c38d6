package claims

import (
	"regexp"
	"strings"
	"sync"
)

// A scope word says how far the work reached: "company-wide",
// "org-wide", "nationwide". It is a claim like a figure: the source must
// say the work reached that far, in any words ("across the company",
// "for everyone", "all repositories", "nationally").

var (
	scopeOnce             sync.Once
	scopeWordRe, scopeCue *regexp.Regexp
)

func scopePatterns() {
	scopeOnce.Do(func() {
		scopeWordRe = regexp.MustCompile(`(?i)\b(?:company|organi[sz]ation|org|enterprise|firm|group|network|district|school|hospital|department|division|system|fleet|portfolio|business|agency|county|state|nation|world|campus|plant|site|store|chain|borough|city|region|trust|area|hotel|ward|clinic|facility|warehouse|practice|branch|estate)[- ]?wide\b|\bacross the (?:whole|entire) \w+|\b(?:the|our|its|their|company's|firm's) (?:whole|entire) (?:\w+ )?(?:network|company|organi[sz]ation|business|estate|chain|fleet|portfolio|group)\b|\bglobal(?:ly)?\b|\bworldwide\b|\b(?:deutschland|bundes|landes|europa|welt|konzern|unternehmens|firmen)weit\b|\b(?:a nivel|à l'échelle|em âmbito) (?:nacional|national|mundial|global)\b|\b(?:nacional|nationale|nazionale|ogólnopolsk\w*)\b`)
		scopeCue = regexp.MustCompile(`(?i)\b(?:[a-z]+[- ]?wide|across (?:the|our|all|every)\b|(?:the )?(?:whole|entire) \w+|all (?:[\w,.]+ )?(?:teams|departments|offices|employees|staff|sites|stores|locations|units|wards|schools|regions|repositories|repos|services|users|customers|clinics|branches|plants|divisions|business units|projects|products|accounts|markets)|every (?:team|department|office|employee|site|store|location|unit|ward|school|region|repository|repo|service|clinic|branch|plant|division|project|product|market)|everyone|everybody|nationally|globally|global|worldwide|internationally|international|multinational|\d+ (?:countries|markets|regions|continents)|organi[sz]ation|company's|companys)\b`)
	})
}

// scopeWordCue: some word may open a scope the pattern reads ("wide",
// "nationwide", "global", "whole", "entire", "bundesweit", "nacional",
// "ogólnopolski"): a look at each word's last letter, so that the common
// text pays little.
func scopeWordCue(toks []token) bool {
	for i := range toks {
		w := toks[i].lower
		if toks[i].kind != tWord || len(w) < 4 {
			continue
		}
		switch w[len(w)-1] {
		case 'e':
			if strings.HasSuffix(w, "wide") || w == "whole" || w == "entire" || w == "nationale" || w == "nazionale" {
				return true
			}
		case 'l':
			if w == "global" || w == "nacional" {
				return true
			}
		case 'y':
			if w == "globally" || w == "entirely" {
				return true
			}
		case 't':
			if strings.HasSuffix(w, "weit") {
				return true
			}
		case 'i', 'a':
			if strings.HasPrefix(w, "ogólnopolsk") {
				return true
			}
		}
	}
	return false
}

// scopes returns the scope words of text (lower is text in lower case).
func scopes(text, lower string, toks []token) []Term {
	if !scopeWordCue(toks) {
		return nil // the pattern costs more than the rest of reading
	}
	scopePatterns()
	var out []Term
	for _, m := range scopeWordRe.FindAllStringIndex(text, -1) {
		out = append(out, Term{Text: text[m[0]:m[1]], Start: m[0], End: m[1]})
	}
	return out
}

var globalCue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:global(?:ly)?|worldwide|world-wide|international(?:ly)?|multinational|\d+ (?:countries|continents)|every (?:country|continent|region)|all (?:countries|continents|regions))\b`)
})

// GlobalScope: a scope word claims the whole world ("global",
// "worldwide").
func GlobalScope(w string) bool {
	w = strings.ToLower(w)
	return strings.HasPrefix(w, "global") || strings.HasPrefix(w, "world")
}

// GlobalCued reports whether text says the work reached the whole world.
func GlobalCued(text string) bool { return globalCue().MatchString(text) }

// ScopeCued reports whether text says how far the work reached; it is
// asked only of sources whose rewrite claims a reach.
func ScopeCued(text string) bool {
	scopePatterns()
	return scopeCue.MatchString(text)
}
