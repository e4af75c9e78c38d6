package guard

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// shortForms are names written in full that people also write short, by
// a code or abbreviation in capitals: a rewrite may spell out "IL" as
// "Illinois" or "MS Project" as "Microsoft Project".
var shortForms = map[string]string{
	"alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
	"connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
	"illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
	"maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN", "mississippi": "MS",
	"missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
	"new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK",
	"oregon": "OR", "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
	"tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
	"west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC",
	"ontario": "ON", "quebec": "QC", "british columbia": "BC", "alberta": "AB", "manitoba": "MB", "nova scotia": "NS",
	"microsoft": "MS", "instagram": "IG", "facebook": "FB", "youtube": "YT", "europe": "EU", "united kingdom": "UK",
	"english": "EN", "spanish": "ES", "french": "FR", "german": "DE", "portuguese": "PT", "russian": "RU",
	"arabic": "AR", "japanese": "JP", "korean": "KR", "chinese": "ZH", "mandarin": "ZH",
}

// shortFormInSource: the source writes the term's short form, in
// capitals, as a word of its own.
func shortFormInSource(src []sourceText, term string) bool {
	code, ok := shortForms[strings.ToLower(term)]
	if !ok {
		return false
	}
	for i := range src {
		if claims.HasWord(src[i].Text, code) || lowerShortForms[code] && marksNoNames(src[i].Text) && claims.HasWord(strings.ToLower(src[i].Text), strings.ToLower(code)) {
			return true
		}
	}
	return false
}

// languages are names of languages as a source may write them: short, or
// in the source's own language ("Eng/Span", "anglais/espagnol",
// "Deutsch/Englisch").
var languages = map[string][]string{
	"english":    {"eng", "engl", "inglés", "ingles", "anglais", "englisch", "inglese", "inglês", "engels", "angielski", "английский"},
	"spanish":    {"span", "sp", "español", "espanol", "castellano", "espagnol", "spanisch", "spagnolo", "espanhol", "spaans", "hiszpański"},
	"french":     {"fr", "fre", "français", "francais", "francés", "frances", "französisch", "francese", "francês", "frans", "francuski"},
	"german":     {"ger", "deutsch", "alemán", "aleman", "allemand", "tedesco", "alemão", "duits", "niemiecki", "немецкий"},
	"portuguese": {"port", "portugués", "portugais", "portugiesisch", "portoghese", "português", "portugees"},
	"italian":    {"ital", "italiano", "italien", "italienisch", "italiaans"},
	"mandarin":   {"mand", "中文", "普通话", "chinois", "chino"},
	"arabic":     {"arab", "árabe", "arabe", "arabisch", "العربية"},
	"russian":    {"rus", "ruso", "russe", "russisch", "русский"},
}

// languageInSource: the term names a language the source names in any of
// its spellings.
func languageInSource(src []sourceText, term string) bool {
	forms, ok := languages[strings.ToLower(term)]
	if !ok {
		return false
	}
	for i := range src {
		lower := strings.ToLower(src[i].Text)
		if claims.HasWord(lower, strings.ToLower(term)) {
			return true
		}
		for _, f := range forms {
			if claims.HasWord(lower, f) {
				return true
			}
		}
	}
	return false
}

// lowerShortForms are short forms that are no English word, so a writer
// who marks no names by capitals may type them in lower case ("paid social
// on fb/ig").
var lowerShortForms = map[string]bool{"IG": true, "FB": true, "YT": true}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// acronymAhead: the words from start on ("English language learners")
// are spelled out from an acronym the source writes in capitals (ELL).
func acronymAhead(src []sourceText, text string, start int) bool {
	words := strings.FieldsFunc(text[start:], func(r rune) bool { return r == ' ' || r == '-' })
	initials := ""
	for i, w := range words {
		if i == 5 || w == "" || !isLetter(w[0]) {
			break
		}
		initials += strings.ToUpper(w[:1])
		if i >= 1 && inSource(src, initials) {
			return true
		}
		if strings.ContainsAny(w, ",;:()") {
			break
		}
	}
	return false
}

// acronymWithCaps: the source writes the acronym of the words, with a
// word in capitals just before them or a plural "s" ("HRBP" for "HR
// Business Partner", "RIs" for "Reserved Instances").
func acronymWithCaps(src []sourceText, text string, start int, words []string) bool {
	if len(words) < 2 {
		return false
	}
	acr := ""
	for _, w := range words {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		acr += w[:1]
	}
	forms := []string{acr + "s"}
	if prev := strings.Fields(text[:start]); len(prev) > 0 {
		if p := prev[len(prev)-1]; len(p) >= 2 && len(p) <= 4 && strings.ToUpper(p) == p && isLetter(p[0]) {
			forms = append(forms, p+acr, p+acr+"s")
		}
	}
	for _, f := range forms {
		if inSource(src, f) {
			return true
		}
	}
	return false
}

// definedInline: the acronym at [start, end) is in brackets after the
// words it abbreviates, capitals inside a word too ("Certified ScrumMaster
// (CSM)"), and some source writes those words in any case ("certified
// scrummaster"): the rewrite only names what the source names.
func definedInline(src []sourceText, text string, start, end int) bool {
	if start < 2 || end >= len(text) || text[start-1] != '(' || text[end] != ')' {
		return false
	}
	acr := text[start:end]
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return false
	}
	words := strings.Fields(text[:start-1])
	initials := ""
	for k := len(words) - 1; k >= 0 && k >= len(words)-len(acr); k-- {
		caps := ""
		for _, r := range words[k] {
			if r >= 'A' && r <= 'Z' {
				caps += string(r)
			}
		}
		if caps == "" {
			return false
		}
		initials = caps + initials
		if initials == acr {
			phrase := strings.ToLower(strings.Join(words[k:], " "))
			for i := range src {
				if claims.HasWord(strings.ToLower(src[i].Text), phrase) {
					return true
				}
			}
			return false
		}
		if len(initials) >= len(acr) {
			return false
		}
	}
	return false
}

// clipped: the text writes each of words cut short, in order ("intro bio"
// for "Introductory Biology", "Project Mgmt" for "Project Management"):
// each clip keeps three letters or more, or is a usual abbreviation, as a
// lone word must be ("Univ" for "University").
func clipped(text string, words []string) bool {
	src := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x80) })
	least := 3
	if len(words) == 1 {
		least = 1 << 30 // a lone word only by a usual abbreviation: "Freightly" is no clip of "freight"
	}
	for i := 0; i+len(words) <= len(src); i++ {
		all := true
		for j, w := range words {
			s, lw := src[i+j], strings.ToLower(w)
			all = all && (len(s) >= least && strings.HasPrefix(lw, s) || abbreviations[s] == lw)
		}
		if all {
			return true
		}
	}
	return false
}

// abbreviations people write in resumes for a word that does not begin
// with them.
var abbreviations = map[string]string{"mgmt": "management", "mgr": "manager", "mgrs": "managers", "dept": "department", "govt": "government",
	"intl": "international", "acct": "accounting", "accts": "accounts", "svc": "service", "svcs": "services", "tech": "technology",
	"eng": "engineering", "engr": "engineer", "sr": "senior", "jr": "junior", "asst": "assistant", "assoc": "associate", "natl": "national",
	"univ": "university", "coord": "coordinator", "hs": "high", "stats": "statistics", "chem": "chemistry", "bio": "biology",
	"econ": "economics", "psych": "psychology", "comms": "communications", "mktg": "marketing", "ops": "operations", "insta": "instagram", "uni": "university", "lit": "literature", "comp": "computer", "sci": "science", "admin": "administration"}
