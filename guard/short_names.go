package guard

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// nameGroups are names a writer may give in full, short (a code in
// capitals) or in another language: a rewrite may spell out "IL" as
// "Illinois", "NL>EN" as "Dutch to English", "CN + VN" as "China and
// Vietnam", "Eng/Span" as "English and Spanish" or "Deutsch" as "German".
// A code may stand for several names (DE: Delaware, German, Germany).
var nameGroups = []struct {
	code  string
	names []string
}{
	// US states, Canadian provinces
	{"AL", []string{"alabama"}}, {"AK", []string{"alaska"}}, {"AZ", []string{"arizona"}}, {"AR", []string{"arkansas"}},
	{"CA", []string{"california"}}, {"CO", []string{"colorado"}}, {"CT", []string{"connecticut"}}, {"DE", []string{"delaware"}},
	{"FL", []string{"florida"}}, {"GA", []string{"georgia"}}, {"HI", []string{"hawaii"}}, {"ID", []string{"idaho"}},
	{"IL", []string{"illinois"}}, {"IN", []string{"indiana"}}, {"IA", []string{"iowa"}}, {"KS", []string{"kansas"}},
	{"KY", []string{"kentucky"}}, {"LA", []string{"louisiana"}}, {"ME", []string{"maine"}}, {"MD", []string{"maryland"}},
	{"MA", []string{"massachusetts"}}, {"MI", []string{"michigan"}}, {"MN", []string{"minnesota"}}, {"MS", []string{"mississippi"}},
	{"MO", []string{"missouri"}}, {"MT", []string{"montana"}}, {"NE", []string{"nebraska"}}, {"NV", []string{"nevada"}},
	{"NH", []string{"new hampshire"}}, {"NJ", []string{"new jersey"}}, {"NM", []string{"new mexico"}}, {"NY", []string{"new york"}},
	{"NC", []string{"north carolina"}}, {"ND", []string{"north dakota"}}, {"OH", []string{"ohio"}}, {"OK", []string{"oklahoma"}},
	{"OR", []string{"oregon"}}, {"PA", []string{"pennsylvania"}}, {"RI", []string{"rhode island"}}, {"SC", []string{"south carolina"}},
	{"SD", []string{"south dakota"}}, {"TN", []string{"tennessee"}}, {"TX", []string{"texas"}}, {"UT", []string{"utah"}},
	{"VT", []string{"vermont"}}, {"VA", []string{"virginia"}}, {"WA", []string{"washington"}}, {"WV", []string{"west virginia"}},
	{"WI", []string{"wisconsin"}}, {"WY", []string{"wyoming"}}, {"DC", []string{"district of columbia"}},
	{"ON", []string{"ontario"}}, {"QC", []string{"quebec", "québec"}}, {"BC", []string{"british columbia"}}, {"AB", []string{"alberta"}},
	{"MB", []string{"manitoba"}}, {"NS", []string{"nova scotia"}},
	// companies and places
	{"MS", []string{"microsoft"}}, {"IG", []string{"instagram"}}, {"FB", []string{"facebook"}}, {"YT", []string{"youtube"}},
	{"EU", []string{"europe", "european union", "europa"}},
	// countries
	{"US", []string{"usa", "united states", "america", "états-unis", "estados unidos", "vereinigte staaten", "stati uniti"}},
	{"USA", []string{"united states", "america"}},
	{"UK", []string{"united kingdom", "britain", "great britain", "england", "royaume-uni", "reino unido", "großbritannien"}},
	{"GB", []string{"united kingdom", "great britain", "britain"}},
	{"CN", []string{"china", "chine", "prc"}}, {"VN", []string{"vietnam", "viet nam", "việt nam"}},
	{"DE", []string{"germany", "deutschland", "allemagne", "alemania", "germania", "duitsland", "niemcy"}},
	{"FR", []string{"france", "frankreich", "francia", "frankrijk", "francja", "frança"}},
	{"ES", []string{"spain", "españa", "spanien", "espagne", "spagna", "espanha", "spanje", "hiszpania"}},
	{"IT", []string{"italy", "italia", "italien", "italie", "itália", "italië", "włochy"}},
	{"NL", []string{"netherlands", "the netherlands", "holland", "nederland", "niederlande", "pays-bas", "países bajos", "paesi bassi", "holandia"}},
	{"BE", []string{"belgium", "belgië", "belgique", "belgien", "bélgica"}},
	{"PL", []string{"poland", "polska", "polen", "pologne", "polonia", "polônia"}},
	{"PT", []string{"portugal"}}, {"BR", []string{"brazil", "brasil", "brasilien", "brésil"}},
	{"MX", []string{"mexico", "méxico", "mexiko", "mexique"}}, {"IN", []string{"india", "indien", "inde"}},
	{"JP", []string{"japan", "japon", "japón", "giappone", "日本"}}, {"KR", []string{"korea", "south korea", "corée", "corea", "südkorea"}},
	{"CA", []string{"canada", "kanada", "canadá"}}, {"AU", []string{"australia", "australien", "australie"}},
	{"TR", []string{"turkey", "türkiye", "türkei", "turquie", "turquía"}}, {"CH", []string{"switzerland", "schweiz", "suisse", "svizzera", "suiza"}},
	{"AT", []string{"austria", "österreich", "autriche"}}, {"IE", []string{"ireland", "irland", "irlande", "irlanda"}},
	{"SG", []string{"singapore", "singapur"}}, {"AE", []string{"united arab emirates", "uae", "emirates"}},
	// languages, as their speakers and their neighbours write them
	{"EN", []string{"english", "eng", "engl", "الإنجليزية", "الانجليزية", "الإنكليزية", "انگلیسی", "अंग्रेज़ी", "अंग्रेजी", "ingilizce", "engelska", "engelsk", "ell", "eal", "esl", "efl", "esol", "tefl", "tesol", "celta", "angielskiego", "angielskim", "английского", "английском", "английским", "англійської", "inglés", "ingles", "anglais", "englisch", "inglese", "inglês", "engels", "angielski", "английский", "英語", "英语", "영어", "tiếng anh", "中英", "英中", "汉英", "英汉", "日英", "英日"}},
	{"ES", []string{"spanish", "span", "spa", "sp", "español", "espanol", "castellano", "espagnol", "spanisch", "spagnolo", "espanhol", "spaans", "hiszpański"}},
	{"FR", []string{"french", "fre", "français", "francuskiego", "французского", "francais", "francés", "frances", "französisch", "francese", "francês", "frans", "francuski"}},
	{"DE", []string{"german", "ger", "deutsch", "niemieckiego", "немецкого", "alemán", "aleman", "allemand", "tedesco", "alemão", "duits", "niemiecki", "немецкий"}},
	{"PT", []string{"portuguese", "port", "portugués", "portugais", "portugiesisch", "portoghese", "português", "portugees", "portugalski"}},
	{"IT", []string{"italian", "ital", "ita", "italiano", "italien", "italienisch", "italiaans", "włoski"}},
	{"NL", []string{"dutch", "nederlands", "néerlandais", "niederländisch", "holländisch", "neerlandés", "olandese", "holandês", "niderlandzki", "flemish", "vlaams"}},
	{"PL", []string{"polish", "polski", "polnisch", "polonais", "polaco", "polacco", "pools"}},
	{"RU", []string{"russian", "rus", "ruso", "russe", "russisch", "russo", "rosyjski", "русский"}},
	{"ZH", []string{"chinese", "mandarin", "mand", "中文", "普通话", "chinois", "chino", "chinesisch", "cinese", "chinees", "chiński", "中国語", "中国语", "华语", "中英", "英中", "汉英", "英汉", "汉语", "tiếng trung"}},
	{"JA", []string{"japanese", "japonais", "japonés", "japanisch", "giapponese", "japans", "日本語", "日英", "英日"}},
	{"JP", []string{"japanese"}}, {"KO", []string{"korean", "韓国語", "韩语", "coréen", "coreano", "koreanisch", "한국어"}}, {"KR", []string{"korean"}},
	{"AR", []string{"arabic", "arab", "árabe", "arabe", "arabisch", "arabo", "العربية"}},
	{"TR", []string{"turkish", "türkçe", "turc", "turco", "türkisch", "turks"}},
	{"SV", []string{"swedish", "svenska", "svensk", "schwedisch", "suédois", "sueco", "svedese", "zweeds", "szwedzki", "шведский"}},
	{"VI", []string{"vietnamese", "tiếng việt", "vietnamien", "vietnamita", "vietnamesisch", "越南语", "베트남어"}},
}

// nameForms maps every name of nameGroups to the codes and names it
// shares a group with.
var nameForms = sync.OnceValue(func() map[string][]int {
	m := map[string][]int{}
	for i, g := range nameGroups {
		for _, n := range g.names {
			m[n] = append(m[n], i)
		}
	}
	return m
})

// groupsOfName finds the groups of the term at [start, end) of text: the
// term itself, with the word before it ("New York" when the term read is
// "York"), or inflected as German and Dutch do ("Deutschen",
// "Englische").
func groupsOfName(text string, start, end int) []int {
	term := strings.ToLower(text[start:end])
	if gs := nameForms()[term]; gs != nil {
		return gs
	}
	if prev := strings.Fields(text[:start]); len(prev) > 0 {
		if gs := nameForms()[strings.ToLower(prev[len(prev)-1])+" "+term]; gs != nil {
			return gs
		}
	}
	for cut := 1; cut <= 2 && len(term)-cut >= 5; cut++ {
		if gs := nameForms()[term[:len(term)-cut]]; gs != nil {
			return gs
		}
	}
	return nil
}

// shortFormInSource: the source writes the term's code in capitals as a
// word of its own, or names it in another of its group's names.
func shortFormInSource(src []sourceText, text string, start, end int) bool {
	gs := groupsOfName(text, start, end)
	for _, gi := range gs {
		g := nameGroups[gi]
		for i := range src {
			t := src[i].Text
			if claims.HasWord(t, g.code) || lowerShortForms[g.code] && marksNoNames(t) && claims.HasWord(strings.ToLower(t), strings.ToLower(g.code)) {
				return true
			}
			lower := strings.ToLower(t)
			for _, n := range g.names {
				if claims.HasWord(lower, n) {
					return true
				}
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
	for i, a := range initialsAt(text, start) {
		if i >= 1 && inSource(src, a) {
			return true
		}
	}
	return false
}

// initialsAt: the acronyms the words from start spell, one word more each
// ("Registered Dental Hygienist": R, RD, RDH), for up to five words, to the
// first word that ends in punctuation.
func initialsAt(text string, start int) []string {
	words := strings.FieldsFunc(text[start:], func(r rune) bool { return r == ' ' || r == '-' })
	var out []string
	initials := ""
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if i == 5 || w == "" || !unicode.IsLetter(r) {
			break
		}
		initials += string(unicode.ToUpper(r))
		out = append(out, initials)
		if strings.ContainsAny(w, ",;:()") {
			break
		}
	}
	return out
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
var abbreviations = map[string]string{"xmas": "christmas", "mgmt": "management", "mgr": "manager", "mgrs": "managers", "dept": "department", "govt": "government",
	"intl": "international", "acct": "accounting", "accts": "accounts", "svc": "service", "svcs": "services", "tech": "technology",
	"eng": "engineering", "engr": "engineer", "sr": "senior", "jr": "junior", "asst": "assistant", "assoc": "associate", "natl": "national",
	"univ": "university", "coord": "coordinator", "hs": "high", "stats": "statistics", "chem": "chemistry", "bio": "biology",
	"econ": "economics", "psych": "psychology", "comms": "communications", "mktg": "marketing", "ops": "operations", "insta": "instagram", "uni": "university", "lit": "literature", "comp": "computer", "sci": "science", "admin": "administration"}

// spelledAcronym: the term sits in a run of capitalised words, joined by
// commas, "and", "of", "for" or "&", whose initials the source writes as
// an acronym ("Education, Health and Care Plans" for "EHCPs").
func spelledAcronym(src []sourceText, text string, start, end int) bool {
	joiner := func(w string) bool { return w == "and" || w == "of" || w == "for" || w == "&" }
	// the run's bounds, a word at a time
	from := start
	for {
		prev := strings.TrimRight(text[:from], " ,")
		k := strings.LastIndexAny(prev, " ") + 1
		w := prev[k:]
		if w == "" || k == len(prev) {
			break
		}
		if !joiner(w) && (w[0] < 'A' || w[0] > 'Z') {
			break
		}
		from = k
	}
	to := end
	for {
		rest := strings.TrimLeft(text[to:], " ,")
		k := strings.IndexAny(rest, " ,.;:)")
		if k < 0 {
			k = len(rest)
		}
		w := rest[:k]
		if w == "" || !joiner(w) && (w[0] < 'A' || w[0] > 'Z') {
			break
		}
		to = len(text) - len(rest) + k
	}
	acr := ""
	for _, w := range strings.FieldsFunc(text[from:to], func(r rune) bool { return r == ' ' || r == ',' }) {
		if !joiner(w) {
			acr += w[:1]
		}
	}
	if len(acr) < 3 {
		return false
	}
	return inSource(src, acr) || inSource(src, acr+"s")
}

// nameGroupInSource: the source names w (a language, a country, a state:
// "german") by another name of its group ("tedesco", "DE").
func nameGroupInSource(src []sourceText, w string) bool {
	for _, gi := range nameForms()[w] {
		g := nameGroups[gi]
		for i := range src {
			lower := strings.ToLower(src[i].Text)
			if claims.HasWord(src[i].Text, g.code) {
				return true
			}
			for _, n := range g.names {
				if claims.HasWord(lower, n) {
					return true
				}
			}
		}
	}
	return false
}
