package claims

import (
	"regexp"
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/internal/wordset"
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
		scopeWordRe = regexp.MustCompile(`(?i)\b(?:company|organi[sz]ation|org|enterprise|firm|group|network|district|school|hospital|department|division|system|fleet|portfolio|business|agency|county|state|nation|world|campus|plant|site|store|chain|borough|city|region|trust|area|hotel|ward|clinic|facility|warehouse|practice|branch|estate)[- ]?wide\b|\bacross the (?:whole|entire) \w+|\b(?:the|our|its|their|company's|firm's) (?:whole|entire) (?:\w+ )?(?:network|company|organi[sz]ation|business|estate|chain|fleet|portfolio|group)\b|\bglobal(?:ly)?\b|\bworldwide\b|\binternational(?:ly)?\b|\bmulti-?region(?:al)?\b|\b(?:multiple|several|many) (?:\w+ )?regions\b|\b(?:deutschland|bundes|landes|europa|welt|konzern|unternehmens|firmen)weit(?:e|er|en|es|em)?\b|\b(?:a nivel|à l'échelle|em âmbito) (?:nacional|national|mundial|global)\b|\b(?:nacional|nationale|nazionale|ogólnopolsk\w*)\b`)
		scopeCue = regexp.MustCompile(`(?i)\b(?:[a-z]+[- ]?wide|across (?:the|our|all|every)\b|(?:the )?(?:whole|entire) \w+|all (?:[\w,.-]+ ){0,2}(?:teams|departments|offices|employees|employee accounts|staff|sites|stores|locations|units|wards|schools|regions|repositories|repos|services|users|customers|clinics|branches|plants|divisions|business units|projects|products|accounts|markets)|every (?:team|department|office|employee|site|store|location|unit|ward|school|region|repository|repo|service|clinic|branch|plant|division|project|product|market)|everyone|everybody|nationally|globally|global|worldwide|internationally|international|multinational|multi-?r[ée]gion(?:al|s)?|(?:multiple|several|many|two|three|four|five|\d+) (?:\w+ )?regions|\d+ (?:countries|markets|regions|continents)|organi[sz]ation|company's|companys)\b`)
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
		if w == "regions" || w == "region" || w == "regional" {
			return true // "multi-region", "across multiple regions"
		}
		switch w[len(w)-1] {
		case 'e':
			if strings.HasSuffix(w, "wide") || strings.HasSuffix(w, "weite") || w == "whole" || w == "entire" || w == "nationale" || w == "nazionale" {
				return true
			}
		case 'l':
			if w == "global" || w == "nacional" || w == "international" {
				return true
			}
		case 'y':
			if w == "globally" || w == "entirely" || w == "internationally" {
				return true
			}
		case 't':
			if strings.HasSuffix(w, "weit") {
				return true
			}
		case 'r', 'n', 's', 'm':
			if strings.Contains(w, "weite") {
				return true // "deutschlandweite", "bundesweiten"
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
	out := foreignScopes(text, lower, toks)
	if !scopeWordCue(toks) {
		return out // the pattern costs more than the rest of reading
	}
	scopePatterns()
	for _, m := range scopeWordRe.FindAllStringIndex(text, -1) {
		out = append(out, Term{Text: text[m[0]:m[1]], Start: m[0], End: m[1]})
	}
	return out
}

// wholeReach are phrases that claim a whole country, region or company in
// the languages sources are written in ("toute la métropole", "по всей
// России", "全国"); each needs the source to say so in any words.
var wholeReach = []string{
	"toute la ", "tout le pays", "toute l'entreprise", "tout le groupe", "l'ensemble du territoire", "l'ensemble du pays", "au niveau national",
	"todo el país", "en toda la ", "en toda españa", "todo el territorio", "em todo o ", "em toda a ", "in tutta ", "in tutto il ",
	"im ganzen ", "in ganz ", "heel nederland", "in heel ", "i hela ", "i hele ", "w całej ", "po celé ", "po celém ", "tüm türkiye", "türkiye genelinde", "ulusal ", "yurt çapında", "ülke çapında", "küresel ",
	"по всей ", "по всему ", "по всій ", "по всьому ", "toàn quốc", "seluruh indonesia", "di seluruh ",
	"全国", "全公司", "全集团", "全社", "全省", "全市", "전국", "전사",
}

// wholeReachCue: some word may open a wholeReach phrase — a bit test per
// word for most words, and a look for 全 or 전 only in text with CJK or
// Hangul in it.
func wholeReachCue(toks []token) bool {
	reachOnce.Do(func() { reachFilter = wordset.Of(reachWords) })
	for i := range toks {
		t := &toks[i]
		switch {
		case t.kind == tWord && reachFilter.MayHave(t.lower) && reachWords[t.lower]:
			return true
		case t.kind == tSym && t.text[0] >= 0xe4 && t.text[0] <= 0xed && (strings.Contains(t.text, "全") || strings.Contains(t.text, "전")):
			return true
		}
	}
	return false
}

// reachWords open or mark the wholeReach phrases ("toute la", "по всей").
var (
	reachWords = map[string]bool{"tout": true, "toute": true, "niveau": true, "ensemble": true, "todo": true, "toda": true, "tutta": true, "tutto": true,
		"ganzen": true, "ganz": true, "heel": true, "hela": true, "hele": true, "całej": true, "celé": true, "celém": true, "seluruh": true, "toàn": true,
		"tüm": true, "genelinde": true, "ulusal": true, "çapında": true, "küresel": true, "всей": true, "всему": true, "всій": true, "всьому": true, "全国": true, "전국": true, "전사": true}
	reachOnce   sync.Once
	reachFilter *wordset.Filter
)

// foreignScopes finds the wholeReach phrases of text.
func foreignScopes(text, lower string, toks []token) []Term {
	if !wholeReachCue(toks) {
		return nil
	}
	var out []Term
	ll := strings.ToLower(text) // (lower is ASCII's: "По всей")
	if len(ll) != len(text) {
		return nil
	}
	for _, ph := range wholeReach {
		if i := strings.Index(ll, ph); i >= 0 && (i == 0 || !isLetterB(ll[i-1])) {
			end := i + len(strings.TrimRight(ph, " "))
			// the whole phrase's next word too: "toute la métropole"
			if strings.HasSuffix(ph, " ") {
				j := end + 1
				for j < len(text) && text[j] != ' ' && text[j] != ',' && text[j] != '.' && text[j] != ';' && text[j] != ':' && text[j] != ')' {
					j++
				}
				end = j
			}
			out = append(out, Term{Text: text[i:end], Start: i, End: end})
		}
	}
	return out
}

// wholeReachCued: the source says a whole reach in one of the languages
// sources are written in.
func wholeReachCued(text string) bool {
	ll := strings.ToLower(text)
	for _, ph := range wholeReach {
		if strings.Contains(ll, ph) {
			return true
		}
	}
	for _, w := range []string{"national", "nacional", "nazional", "bundesweit", "landesweit", "ogólnopolsk", "всероссийск", "всеукраїнськ", "全国", "전국", "ulusal"} {
		if strings.Contains(ll, w) {
			return true
		}
	}
	return false
}

var globalCue = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:global(?:ly)?|worldwide|world-wide|international(?:ly)?|internacional\w*|internazional\w*|zagraniczn\w*|ausländisch\w*|ausland\w*|extranjer\w*|étranger\w*|estero|estrangeir\w*|зарубежн\w*|іноземн\w*|yurt ?dışı\w*|internationale?n?|międzynarodow\w*|međunarod\w*|medzinárod\w*|mednarod\w*|міжнародн\w*|uluslararası|διεθν\w*|quốc tế|internasional|multinational|\d+ (?:countries|continents)|every (?:country|continent|region)|all (?:countries|continents|regions))\b`)
})

// GlobalScope: a scope word claims the whole world ("global",
// "worldwide").
func GlobalScope(w string) bool {
	w = strings.ToLower(w)
	return strings.HasPrefix(w, "global") || strings.HasPrefix(w, "world") || strings.HasPrefix(w, "international")
}

// GlobalCued reports whether text says the work reached the whole world.
func GlobalCued(text string) bool {
	if globalCue().MatchString(text) {
		return true
	}
	// (scripts the pattern's word edges do not see: "国際線", "مطار دولي")
	l := strings.ToLower(text)
	for _, w := range []string{"国際", "国际", "국제", "دولي", "دولية", "بین‌المللی", "بینالمللی", "בינלאומי", "अंतरराष्ट्रीय", "ระหว่างประเทศ",
		"международ", "међународ", "міжнародн", "зарубежн", "іноземн", "uluslararası", "yurt dışı", "yurtdışı", "διεθν", "quốc tế"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// ForeignCued reports whether text says the work met people or things
// from abroad ("foreign guests", "外国人宿泊客", "загранпаспортов"): that
// supports "international", not "global".
func ForeignCued(text string) bool {
	ll := strings.ToLower(text)
	for _, w := range []string{"foreign", "overseas", "外国", "海外", "외국", "해외", "загран", "иностран", "іноземн", "estrangeir", "extranjer", "étranger", "ausländ", "yabancı", "nước ngoài", "asing"} {
		if k := strings.Index(ll, w); k >= 0 && (k == 0 || !isLetterB(ll[k-1]) || ll[k] >= 0x80) {
			return true
		}
	}
	return false
}

// ScopeCued reports whether text says how far the work reached; it is
// asked only of sources whose rewrite claims a reach.
func ScopeCued(text string) bool {
	scopePatterns()
	return scopeCue.MatchString(text) || wholeReachCued(text)
}
