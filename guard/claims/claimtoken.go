package claims

import (
	"strconv"
	"strings"
)

// claimToken reads a claim that is no quantity: a version after a
// technology, an HTTP status, a funding stage, a certification level, a
// rank, 24/7.
func (p *parser) claimToken(i int) (int, bool) {
	t := p.tok(i)
	if name, ok := p.techAt(i); ok {
		if next, ok := p.version(i, name); ok {
			return next, true
		}
	}
	// (one look decides whether the rank words' cases can apply)
	ranky := t.kind == tWord && (superlatives[t.lower] || rankSuperlatives[t.lower])
	switch w := t.lower; {
	case (w == "first" || w == "lead" || w == "senior") && p.lower(i+1) == "author" && p.lower(i-1) != "as" && (i == 0 || p.toks[i-1].kind != tNum):
		// "first author on two papers": a rank among a paper's authors,
		// as "first-author papers" is (see rank); "2 as first author"
		// ranks only two papers, which no rank token can hold
		key := "author #1"
		if w != "first" {
			key = w + " author"
		}
		p.token(TokenRank, key, "", i, i+2)
		return i + 2, true
	case w == "principal" && p.lower(i+1) == "investigator" || t.text == "PI" && (p.lower(i-1) == "as" || p.lower(i-1) == "(" || p.lower(i-1) == "the"):
		// a grant's principal investigator, a role on it no co-writer holds;
		// "co-PI", "Co-Principal Investigator" are another
		key, end := "principal investigator", i+1
		if w == "principal" {
			end = i + 2
		}
		if p.lower(i-1) == "-" && p.lower(i-2) == "co" || p.lower(i-1) == "co" {
			key = "co-principal investigator"
		}
		p.token(TokenRank, key, "", i, end)
		return end, true
	case (w == "oral" || w == "spotlight") && presentationNouns[p.lower(i+1)]:
		// "an oral paper", "a spotlight talk": a selection above a poster
		p.token(TokenRank, w+" presentation", "", i, i+2)
		return i + 2, true
	case w == "version" || w == "versions":
		// "PostgreSQL databases from version 11 to 15": the versions of
		// the technology named last before them
		name := ""
		for _, te := range p.techEnds {
			if te.tok <= i {
				name = te.name
			}
		}
		if next, ok := p.version(i, name); ok {
			return next, true
		}
	case w == "http" || w == "status" || w == "https":
		if n := p.tok(i + 1); n != nil && statusCode(n) != "" {
			p.token(TokenStatus, statusCode(n), "", i, i+2)
			return i + 2, true
		}
	case t.kind == tNum && statusCode(t) != "" && (strings.HasSuffix(t.lower, "xx") || t.suffix == "s" || p.statusWordNear(i)):
		p.token(TokenStatus, statusCode(t), "", i, i+1)
		return i + 1, true
	case w == "series" && (t.text == "Series" || fundingWords[p.lower(i+2)]):
		// ("series A raise" as people type it)
		if n := p.tok(i + 1); n != nil && len(n.text) == 1 && n.text[0] >= 'A' && n.text[0] <= 'H' {
			p.token(TokenStage, "series "+n.lower, "", i, i+2)
			return i + 2, true
		}
	case w == "seed" || w == "pre" && p.lower(i+1) == "-" && p.lower(i+2) == "seed":
		k, key := i, "seed"
		if w == "pre" {
			k, key = i+2, "pre-seed"
		}
		next := p.lower(k + 1)
		if next == "-" {
			next = p.lower(k + 2)
		}
		if next == "stage" || next == "round" || next == "funded" || next == "startup" || next == "company" || w == "pre" {
			p.token(TokenStage, key, "", i, k+1)
			return k + 1, true
		}
	case w == "type" && p.afterCompliance(i):
		if lv := levelNumber(p.tok(i + 1)); lv != "" {
			p.token(TokenLevel, "type "+lv, "", i, i+2)
			return i + 2, true
		}
	case w == "class" && len(p.lower(i+1)) == 1 && p.lower(i + 1)[0] >= 'a' && p.lower(i + 1)[0] <= 'e' && licenceNouns[p.lower(i+2)]:
		// "Class A CDL": a licence's class
		p.token(TokenLevel, "class "+p.lower(i+1), "", i, i+2)
		return i + 2, true
	case w == "cdl" && p.lower(i+1) == "-" && len(p.lower(i+2)) == 1 && p.lower(i + 2)[0] >= 'a' && p.lower(i + 2)[0] <= 'e':
		// "CDL-A" is a Class A CDL
		p.token(TokenLevel, "class "+p.lower(i+2), "", i, i+3)
		return i + 3, true
	case w == "charterholder" || w == "charter" && p.lower(i+1) == "holder":
		// "CFA charterholder": the credential whole, not a level passed
		end := i + 1
		if w == "charter" {
			end = i + 2
		}
		p.token(TokenLevel, "charterholder", "", i, end)
		return end, true
	case (w == "lvl" || w == "lv") && levelNumber(p.tok(i+1)) != "":
		// "food hygiene lvl 3": a level however short it is written
		p.token(TokenLevel, "level "+levelNumber(p.tok(i+1)), "", i, i+2)
		return i + 2, true
	case len(w) == 2 && t.text[0] == 'L' && w[1] >= '1' && w[1] <= '7' && i > 0 && p.toks[i-1].kind == tWord:
		// "WSET L2": Level 2
		p.token(TokenLevel, "level "+w[1:], "", i, i+1)
		return i + 1, true
	case w == "level" && (p.afterCompliance(i) || p.afterAcronym(i)):
		if lv := levelNumber(p.tok(i + 1)); lv != "" {
			p.token(TokenLevel, "level "+lv, "", i, i+2)
			return i + 2, true
		}
	case courseName(t) && p.courseNumberAt(i+1) > 0:
		// "OSHA 10", "EPA 608", "EPA Section 608": a numbered course or
		// rule, which "OSHA 30" is not
		k := p.courseNumberAt(i + 1)
		p.token(TokenLevel, w+" "+p.toks[k].text, "", i, k+1)
		return k + 1, true
	case (w == "apprentice" || w == "journeyman" || w == "journeyperson" || w == "journeyworker" || w == "master") && (tradeNouns[p.lower(i+1)] ||
		tradeModifiers[p.lower(i+1)] && (tradeNouns[p.lower(i+2)] || strings.HasSuffix(p.lower(i+2), "technician")) ||
		w != "master" && (gradeDocuments[p.lower(i+1)] || p.tok(i+1) == nil || p.lower(i+1) == "," || p.lower(i+1) == "." || p.lower(i+1) == ";")):
		// ("journeyman license (TX)" and "as journeyman," are the grade too)
		// "journeyman electrician", "Master Plumber": a trade licence's grade
		p.token(TokenLevel, "trade "+w, "", i, i+2)
		return i + 2, true
	case w == "broker" && (p.lower(i-1) == "estate" || p.lower(i-1) == "realty" || p.lower(i-1) == "re"):
		// a real estate broker's licence is a grade above a salesperson's
		p.token(TokenLevel, "realty broker", "", i, i+1)
		return i + 1, true
	case w == "level" && (t.text == "Level" || p.tok(i+1) != nil && romanLevel[p.tok(i+1).text]):
		// "a Level II trauma center", "Level 1 support": a designation
		k := i + 1
		if p.lower(k) == "-" && !t.spaceAfter {
			k++
		}
		if n := p.tok(k); n != nil && (n.kind == tNum && n.suffix == "" && n.decimals == 0 || n.text == "I" || n.text == "II" || n.text == "III" || n.text == "IV") {
			if lv := levelNumber(n); lv != "" && (k+1 >= len(p.toks) || p.lower(k+1) != "." && p.lower(k+1) != "/") {
				p.token(TokenLevel, "level "+lv, "", i, k+1)
				return k + 1, true
			}
		}
	case (certTiers[w] || w == "foundation" || w == "intermediate") && t.text != w && p.tok(i+1) != nil && p.toks[i+1].text == "Level":
		// "ISTQB Foundation Level", "Advanced Level Test Analyst": an
		// exam's tier, by name
		p.token(TokenLevel, "tier "+w, "", i, i+2)
		return i + 2, true
	case certTiers[w] && p.afterCertified(i):
		p.token(TokenLevel, "tier "+w, "", i, i+1)
		return i + 1, true
	case w == "24" && p.lower(i+1) == "/" && p.lower(i+2) == "7", w == "24x7":
		end := i + 3
		if w == "24x7" {
			end = i + 1
		}
		p.token(TokenAlways, "24/7", "", i, end)
		return end, true
	case (w == "around" || w == "round") && p.lower(i+1) == "-" && p.lower(i+2) == "the" || w == "round" && p.is(i+1, "the", "clock"):
		k := i + 1
		for k < i+5 && p.lower(k) != "clock" {
			k++
		}
		if p.lower(k) == "clock" {
			p.token(TokenAlways, "24/7", "", i, k+1)
			return k + 1, true
		}
	case (w == "24hr" || w == "24h" || w == "24hrs") && (roundTheClockNouns[p.lower(i+1)] || p.tok(i+1) != nil && p.toks[i+1].kind == tWord && roundTheClockNouns[p.lower(i+2)]):
		// "a 24hr emergency hospital"
		p.token(TokenAlways, "24/7", "", i, i+1)
		return i + 1, true
	case w == "24" && p.lower(i+1) == "-" && (p.lower(i+2) == "hr" || p.lower(i+2) == "hour" || p.lower(i+2) == "h") && roundTheClockNouns[p.lower(i+3)]:
		// "a 24-hr hospital", "24-hour support": open round the clock
		p.token(TokenAlways, "24/7", "", i, i+3)
		return i + 3, true
	case w == "p" && (p.lower(i+1) == "<" || p.lower(i+1) == "≤" || p.lower(i+1) == "=") && p.tok(i+2) != nil && p.toks[i+2].kind == tNum && p.toks[i+2].num > 0 && p.toks[i+2].num <= 0.1:
		// "(p<0.05)": a test of significance the study ran
		p.token(TokenSignificance, "significant", "", i, i+3)
		return i + 3, true
	case (w == "award" || w == "prize" || w == "awards") && p.lower(i+1) == "-" && p.lower(i+2) == "winning":
		// "the award-winning entry": an award won, which a shortlist or a
		// nomination is not
		p.token(TokenAward, "award", "", i, i+3)
		return i + 3, true
	case w == "won" || w == "winning":
		for k := i + 1; k <= i+6 && p.tok(k) != nil && p.toks[k].kind == tWord; k++ {
			if a := p.lower(k); a == "award" || a == "awards" || a == "prize" || a == "prizes" {
				p.token(TokenAward, "award", "", i, k+1)
				return k + 1, true
			}
		}
	case w == "statistically" && p.lower(i+1) == "significant":
		p.token(TokenSignificance, "significant", "", i, i+2)
		return i + 2, true
	case w == "around" && p.is(i+1, "the", "clock"):
		p.token(TokenAlways, "24/7", "", i, i+3)
		return i + 3, true
	case (w == "#" || w == "no" && p.lower(i+1) == "." && p.tok(i+2) != nil && p.tok(i+2).kind == tNum) && !p.namePart(i-1):
		k := i + 1
		if w == "no" {
			k = i + 2
		}
		if n := p.tok(k); n != nil && n.kind == tNum && n.suffix == "" && !p.toks[k-1].spaceAfter || w == "no" {
			p.token(TokenRank, "#"+p.tok(k).text, "", i, k+1)
			return k + 1, true
		}
	case w == "top" || w == "top-ranked":
		return p.top(i)
	case (w == "highest" || w == "best") && p.lower(i+1) == "-" && (p.lower(i+2) == "rated" || p.lower(i+2) == "ranked"):
		// "the highest-rated property in the city": first, a rank
		p.token(TokenRank, "#1", "", i, i+3)
		return i + 3, true
	case w == "most" && p.is(i+1, "of", "any") || w == "more" && p.is(i+1, "than", "any"):
		// "the most of any driver", "more than any other rep"
		p.token(TokenRank, "#1", "", i, i+3)
		return i + 3, true
	case ranky && (p.lower(i-1) == "the" || i == 0 || p.toks[i-1].kind != tWord):
		if end, ok := p.firstAmong(i); ok {
			// "the highest sign-up rate in the store", "the top result
			// on the team": first among the others, a rank
			p.token(TokenRank, "#1", "", i, end)
			return end, true
		}
	case (ranky && rankSuperlatives[w] || w == "first" || w == "first-ever" || w == "only") && p.possessive(i-1) && p.tok(i+1) != nil && p.toks[i+1].kind == tWord &&
		!(strings.HasPrefix(w, "first") && (durationUnits[p.lower(i+1)] > 0 || firstOfSeries[p.lower(i+1)])):
		// "the state DOT's largest project", "the company's first
		// private-label line": first of the owner's, a rank (not "its
		// first month", "the SDK's first release")
		p.token(TokenRank, "#1", "", i-1, i+2)
		return i + 2, true
	case w == "record" && (p.lower(i-1) == "a" || p.lower(i-1) == "new" || p.lower(i-1) == "all-time" || recordNouns[p.lower(i+1)] ||
		p.lower(i+1) == "-" && (p.lower(i+2) == "breaking" || p.lower(i+2) == "setting" || p.lower(i+2) == "high")):
		// "a record for the store", "record sales": the best ever, a rank
		p.token(TokenRank, "record", "", i, i+1)
		return i + 1, true
	case w == "only" && p.lower(i-1) == "the" && (p.lower(i+1) == "one" || p.lower(i+2) == "in" || p.lower(i+3) == "in"):
		// "the only one in the region", "the only certified tech in the
		// district": a rank of one
		p.token(TokenRank, "only", "", i, i+2)
		return i + 2, true
	case w == "fortune" || w == "forbes" || w == "inc" && p.lower(i+1) == "." || w == "global" && p.tok(i+2) != nil && p.tok(i+2).kind == tNum && false:
		k := i + 1
		if p.lower(k) == "." || p.lower(k) == "-" {
			k++
		}
		if n := p.tok(k); n != nil && n.kind == tNum && n.suffix == "" {
			p.token(TokenRank, w+" "+n.text, "", i, k+1)
			return k + 1, true
		}
	case w == "employee" || w == "hire":
		k := i + 1
		if p.lower(k) == "#" || p.lower(k) == "number" || p.lower(k) == "no" {
			k++
			if p.lower(k) == "." {
				k++
			}
		}
		if n := p.tok(k); n != nil && n.kind == tNum && n.suffix == "" && n.decimals == 0 && n.num < 10000 &&
			(k > i+1 || durationUnits[p.lower(k+1)] == 0 && p.lower(i-1) != "to" && !(p.lower(i-1) == "-" && p.lower(i-2) == "to") && p.lower(k+1) != "%") {
			// ("time to hire 32 days", "time-to-hire 27%" are no rank)
			p.token(TokenRank, "employee "+n.text, "", i, k+1)
			return k + 1, true
		}
	}
	switch w := t.lower; {
	case t.kind != tWord:
	case w == "laude" || w == "honors" || w == "honours" || w == "distinction" || w == "valedictorian" || w == "salutatorian" || w == "dean's" || w == "deans":
		if next, ok := p.honour(i); ok {
			return next, true
		}
	case len(w) >= 5 && (w[0] == 'm' || w[0] == 'l' || w[0] == 'b' || w[0] == 'g' || w[0] == 'd' || w[0] == 'p') && foreignDegrees[w] != "":
		if next, ok := p.foreignDegree(i); ok {
			return next, true
		}
	case t.text == "BEd" || t.text == "MEd":
		// Bachelor or Master of Education, in the capitals it is written in
		p.token(TokenDegree, degreeAbbrevs[w], "", i, i+1)
		return i + 1, true
	case len(w) <= 2 && p.lower(i+1) == "." || len(w) > 2 && degreeWord(w) ||
		p.capsDegree(i):
		if next, ok := p.degree(i); ok {
			after := next
			if p.lower(after) == "(" && p.lower(after+2) == ")" {
				after += 3 // "Doctor of Pharmacy (PharmD) candidate"
			} else if p.lower(after) == ")" {
				after++ // its "PharmD" too
			}
			switch p.lower(after) {
			case "candidate", "candidacy", "student", "coursework", "studies":
				// "PhD candidate" holds no PhD: a degree under way
				// supports only one under way
				p.claims[len(p.claims)-1].Of = "unfinished"
			case "students", "candidates", "applicants", "admissions", "cohort", "cohorts", "graduates":
				// "onboarded 12 PhD students": other people's degrees
				p.claims = p.claims[:len(p.claims)-1]
			}
			return next, true
		}
	}
	if ord := ordinal(t); ord > 0 {
		return p.rank(i, ord)
	}
	return 0, false
}

// courseNumberAt: the index of a course's number at token k, or after
// "Section" or "Part" there; 0 if none.
func (p *parser) courseNumberAt(k int) int {
	if w := p.lower(k); w == "section" || w == "part" {
		k++
	}
	if t := p.tok(k); t != nil && t.kind == tNum && t.decimals == 0 && t.suffix == "" {
		return k
	}
	return 0
}

// fundingWords follow a funding stage: "series A raise", "series B round".
var fundingWords = map[string]bool{"raise": true, "round": true, "funding": true, "financing": true, "fundraise": true,
	"startup": true, "start-up": true, "company": true, "investment": true, "investors": true}

// romanLevel: a level in capital Roman numerals ("level II center").
var romanLevel = map[string]bool{"I": true, "II": true, "III": true, "IV": true}

// tradeNouns are licensed trades whose grade (apprentice, journeyman,
// master) is a claim.
var tradeNouns = map[string]bool{"electrician": true, "plumber": true, "carpenter": true, "welder": true, "mechanic": true,
	"pipefitter": true, "steamfitter": true, "hvac": true, "ironworker": true, "bricklayer": true, "mason": true,
	"machinist": true, "lineman": true, "lineworker": true, "roofer": true, "glazier": true, "boilermaker": true,
	"millwright": true, "gasfitter": true, "sprinkler": true, "fitter": true, "wireman": true, "installer": true, "technician": true}

// tradeModifiers may stand between a grade and its trade ("master auto
// electrician", "journeyman refrigeration technician").
var tradeModifiers = map[string]bool{"auto": true, "automotive": true, "refrigeration": true, "industrial": true, "marine": true,
	"commercial": true, "residential": true, "hvac": true, "elevator": true, "sheet": true, "structural": true, "pipe": true}

// degreeAbbrevs are degrees written with or without dots ("B.S.", "BSc",
// "Ph.D."), by their letters; the key is the level and, where written, the
// kind: "bachelor/science".
var degreeAbbrevs = map[string]string{
	"bs": "bachelor/science", "bsc": "bachelor/science", "ba": "bachelor/arts", "beng": "bachelor/engineering",
	"be": "bachelor/engineering", "btech": "bachelor/technology", "bba": "bachelor/business", "bfa": "bachelor/fine arts",
	"ms": "master/science", "msc": "master/science", "ma": "master/arts", "meng": "master/engineering", "me": "master/engineering",
	"mtech": "master/technology", "mba": "master/business", "mfa": "master/fine arts", "mphil": "master/philosophy",
	"phd": "doctorate", "dphil": "doctorate", "edd": "doctorate", "aa": "associate/arts", "as": "associate/science",
	"bsn": "bachelor/science", "msn": "master/science", "dnp": "doctorate", "bsw": "bachelor/social work", "msw": "master/social work",
	"bed": "bachelor/education", "med": "master/education", "pharmd": "doctorate/pharmacy", "jd": "doctorate/law",
	"llb": "bachelor/law", "llm": "master/law", "bcom": "bachelor/commerce", "mcom": "master/commerce", "aas": "associate/applied science",
	// a science degree with its field's letters: "B.S.M.E.", "BSEE", "MSCS"
	"bsme": "bachelor/science", "bsee": "bachelor/science", "bsce": "bachelor/science", "bscs": "bachelor/science", "bsche": "bachelor/science",
	"bsba": "bachelor/science", "msme": "master/science", "msee": "master/science", "msce": "master/science", "mscs": "master/science",
	"mlis": "master/library science", "mls": "master/library science",
}

// undotted abbreviations that are no English word nor unit.
var undottedDegrees = map[string]bool{"bsc": true, "beng": true, "btech": true, "msc": true, "meng": true, "mtech": true,
	"mba": true, "mphil": true, "phd": true, "dphil": true, "bba": true, "bsn": true, "msn": true, "dnp": true, "bsw": true, "msw": true,
	"pharmd": true, "llb": true, "llm": true, "bsme": true, "bsee": true, "bsce": true, "bscs": true, "bsche": true, "bsba": true,
	"msme": true, "msee": true, "msce": true, "mscs": true, "mlis": true}

// gradeDocuments name the document a trade's grade comes on.
var gradeDocuments = map[string]bool{"license": true, "licence": true, "card": true, "certificate": true, "ticket": true, "status": true}

// foreignDegrees are degrees as the languages sources are written in name
// them, by their level.
var foreignDegrees = map[string]string{"mestrado": "master", "maestría": "master", "maestria": "master", "máster": "master",
	"magister": "master", "magisterium": "master", "laurea": "bachelor", "licenciatura": "bachelor", "licence": "bachelor",
	"bacharelado": "bachelor", "grado": "bachelor", "licencjat": "bachelor", "doctorado": "doctorate", "doutorado": "doctorate",
	"dottorato": "doctorate", "doctorat": "doctorate", "promotion": "doctorate"}

// foreignDegree reads a degree named in another language at token i:
// "Mestrado em …", "Laurea magistrale in …", "Licence pro …".
func (p *parser) foreignDegree(i int) (int, bool) {
	w := p.lower(i)
	key, end := foreignDegrees[w], i+1
	switch w {
	case "laurea":
		switch p.lower(i + 1) {
		case "magistrale", "specialistica":
			key, end = "master", i+2
		case "triennale":
			end = i + 2
		}
	case "grado", "licenciatura", "bacharelado", "licencjat", "mestrado", "maestría", "maestria", "máster", "doctorado", "doutorado":
		// ("grado" alone is a degree of anything)
		if n := p.lower(i + 1); n != "en" && n != "em" && n != "in" && n != "z" && n != "de" && n != "universitario" {
			return 0, false
		}
	case "licence":
		// the French degree, not a licence to drive: "Licence pro",
		// "Licence en droit"
		if n := p.lower(i + 1); n != "pro" && n != "professionnelle" && n != "en" && n != "de" && n != "d" {
			return 0, false
		}
	case "promotion":
		if n := p.lower(i + 1); p.toks[i].text != "Promotion" || n != "in" && n != "zum" && n != "an" && n != "am" && n != "bei" {
			// ("Promotion an der TU München")
			return 0, false
		}
	}
	p.token(TokenDegree, key, "", i, end)
	return end, true
}

// degreeWord: w may open a degree written as a word.
func degreeWord(w string) bool {
	if c := w[0]; c != 'b' && c != 'm' && c != 'd' && c != 'p' && c != 'a' && c != 'g' {
		return false
	}
	switch w {
	case "bachelor", "bachelor's", "bachelors", "master", "master's", "masters", "doctorate", "doctor", "associate", "postgraduate", "post-graduate",
		"graduate", "pgdip", "pgcert":
		return true
	}
	return undottedDegrees[w]
}

// capsDegree: a degree in capitals before its field: "MA in Secondary
// Science", "BA Accounting and Finance" (not "Boston, MA", nor "MS Office").
func (p *parser) capsDegree(i int) bool {
	t := p.tok(i)
	if t == nil || t.kind != tWord || len(t.lower) > 3 || degreeAbbrevs[t.lower] == "" || p.lower(i-1) == "," {
		return false
	}
	if !upperASCII(t.text) {
		// "ba social work, swe registered": a writer who types nothing in
		// capitals writes the degree opening the line in lower case
		n := p.tok(i + 1)
		return t.text == t.lower && p.opensLine(i) && n != nil && n.kind == tWord && !hasUpperASCII(p.text)
	}
	if p.lower(i+1) == "in" {
		return true
	}
	n := p.tok(i + 1)
	if n != nil && n.kind == tWord && p.opensLine(i) {
		return true // "BS civil engineering, Purdue": a line of education
	}
	return (t.lower == "ba" || t.lower == "ma") && n != nil && n.kind == tWord && n.text[0] >= 'A' && n.text[0] <= 'Z' && !upperASCII(n.text)
}

// opensLine: token i opens the text, a line or a clause after ";".
func (p *parser) opensLine(i int) bool {
	if i == 0 {
		return true
	}
	gap := p.text[p.toks[i-1].end:p.toks[i].start]
	return strings.Contains(gap, "\n") || p.toks[i-1].text == ";" || p.toks[i-1].text == "•" || p.toks[i-1].text == "|"
}

// degreeFields: "Bachelor of Science", "Master of Arts".
var degreeFields = map[string]string{"science": "science", "sciences": "science", "arts": "arts", "engineering": "engineering",
	"technology": "technology", "business": "business", "philosophy": "philosophy", "fine": "fine arts", "education": "education",
	"pharmacy": "pharmacy", "law": "law", "laws": "law", "commerce": "commerce", "library": "library science"}

// degree reads a degree: "B.S.", "BSc", "Ph.D.", "MBA", "Bachelor of
// Science", "Master's", "doctorate".
func (p *parser) degree(i int) (int, bool) {
	t := p.tok(i)
	w := t.lower
	switch {
	case w == "bachelor" || w == "bachelor's" || w == "bachelors" || w == "master's" || w == "masters" || w == "master" && p.lower(i+1) == "of":
		level := "bachelor"
		if w[0] == 'm' {
			level = "master"
		}
		key, end := level, i+1
		if p.lower(i+1) == "of" {
			if f, ok := degreeFields[p.lower(i+2)]; ok {
				key, end = level+"/"+f, i+3
				if f == "fine arts" {
					end = i + 4
				}
			}
		}
		p.token(TokenDegree, key, "", i, end)
		return end, true
	case w == "pgdip" || w == "pgcert":
		p.token(TokenDegree, "postgraduate/"+map[string]string{"pgdip": "diploma", "pgcert": "certificate"}[w], "", i, i+1)
		return i + 1, true
	case (w == "postgraduate" || w == "post-graduate" || w == "graduate") && (p.lower(i+1) == "diploma" || p.lower(i+1) == "certificate"):
		// "postgraduate diploma in implantology": a qualification of its
		// own, which a course does not give
		p.token(TokenDegree, "postgraduate/"+p.lower(i+1), "", i, i+2)
		return i + 2, true
	case w == "associate" && p.is(i+1, "of", "applied") && (p.lower(i+3) == "science" || p.lower(i+3) == "sciences"):
		// "Associate of Applied Science" is an A.A.S.
		p.token(TokenDegree, "associate/applied science", "", i, i+4)
		return i + 4, true
	case w == "doctorate" || w == "doctor" && p.lower(i+1) == "of" && degreeFields[p.lower(i+2)] != "":
		key, end := "doctorate", i+1
		if w == "doctor" {
			end = i + 3
			if f := degreeFields[p.lower(i+2)]; f != "philosophy" {
				key = "doctorate/" + f
			}
		}
		p.token(TokenDegree, key, "", i, end)
		return end, true
	case undottedDegrees[w] && t.kind == tWord:
		p.token(TokenDegree, degreeAbbrevs[w], "", i, i+1)
		return i + 1, true
	case p.capsDegree(i):
		// "MA in Secondary Science", "BS in Computer Science" (not "Boston, MA")
		p.token(TokenDegree, degreeAbbrevs[w], "", i, i+1)
		return i + 1, true
	case t.kind == tWord && len(w) <= 2 && p.lower(i+1) == "." && !t.spaceAfter:
		// dotted capitals: "B.S.", "Ph.D.", "M.B.A." (and "b.s." as people
		// type it: only a degree's letters are read)
		letters, k := w, i+2
		for k < len(p.toks) && p.toks[k].kind == tWord && len(p.toks[k].lower) <= 4 && !p.toks[k-1].spaceAfter {
			letters += p.toks[k].lower
			k++
			if p.lower(k) != "." || p.toks[k-1].spaceAfter {
				break
			}
			k++
		}
		key, ok := degreeAbbrevs[letters]
		if !ok || k-i < 3 {
			return 0, false
		}
		end := k
		if p.lower(end-1) == "." {
			end--
		}
		p.token(TokenDegree, key, "", i, end)
		return k, true
	}
	return 0, false
}

// licenceNouns are licences with classes ("Class B CDL").
var licenceNouns = map[string]bool{"cdl": true, "licence": true, "license": true, "driver": true, "drivers": true, "driving": true}

// honours are academic distinctions, strongest first within a kind.
var honours = map[string]int{"summa cum laude": 3, "magna cum laude": 2, "cum laude": 1, "with highest honors": 3, "with high honors": 2,
	"with honors": 1, "with highest honours": 3, "with high honours": 2, "with honours": 1, "with distinction": 1,
	"first-class honours": 2, "first class honours": 2, "valedictorian": 2, "salutatorian": 1, "dean's list": 1, "distinction": 1}

// honour reads an academic distinction: "magna cum laude", "with honors",
// "valedictorian", "Dean's List". It is read at its last word, or at
// "dean's".
func (p *parser) honour(i int) (int, bool) {
	if (p.lower(i) == "dean's" || p.lower(i) == "deans") && p.lower(i+1) == "list" {
		p.token(TokenHonour, "dean's list", "", i, i+2)
		return i + 2, true
	}
	for n := 1; n <= 3 && i-n+1 >= 0; n++ {
		phrase := p.ltext[p.toks[i-n+1].start:p.toks[i].end]
		if _, ok := honours[phrase]; ok && phrase != "dean's list" {
			for n < 3 && i-n >= 0 && honours[p.ltext[p.toks[i-n].start:p.toks[i].end]] > 0 {
				n++ // the longest: "summa cum laude", not "cum laude"
			}
			// ("MSc, Distinction" and "MSc with Distinction" are one honour)
			key := p.ltext[p.toks[i-n+1].start:p.toks[i].end]
			if key == "with distinction" {
				key = "distinction"
			}
			p.token(TokenHonour, key, "", i-n+1, i+1)
			return i + 1, true
		}
	}
	return 0, false
}

// token records a claim token over tokens a to b (exclusive).
func (p *parser) token(kind TokenKind, key, of string, a, b int) {
	start, end := p.toks[a].start, p.toks[b-1].end
	p.claims = append(p.claims, Token{Kind: kind, Key: key, Of: of, Text: p.text[start:end], Start: start, End: end})
}

// version reads the version after a technology: "Python 3.11", "Java 17",
// "React 18", "TLS 1.3", "Kubernetes from 1.24 to 1.28", "Django 3.2 to
// 4.2", and reports it as a version of that technology.
func (p *parser) version(i int, name string) (int, bool) {
	k := i
	for p.lower(k) == "v" && !p.toks[k].spaceAfter || p.lower(k) == "version" || p.lower(k) == "versions" {
		k++
	}
	dotted := false
	if (p.lower(k) == "cluster" || p.lower(k) == "clusters" || p.lower(k) == "nodes" || p.lower(k) == "node" || p.lower(k) == "fleet") && p.lower(k+1) == "from" {
		k++ // "EKS clusters from 1.27 to 1.30": the clusters' versions
	}
	if p.lower(k) == "from" || p.lower(k) == "to" {
		k++
		dotted = true // "Kafka from 2.8 to 3.6", "Python to 3.12", not "Kafka from 3 to 12 brokers"
	}
	read := func(k int) (string, bool) {
		t := p.tok(k)
		if t == nil || t.kind != tNum && !(t.kind == tWord && t.lower != "" && isDigitB(t.lower[0]) && strings.Count(t.text, ".") >= 2) {
			return "", false
		}
		// ("Unity 2021 LTS", "SQL Server 2019": a year right after the
		// name is its release)
		yearRelease := t.kind == tNum && k == i && t.decimals == 0 && t.suffix == "" && t.num >= 1995 && t.num <= 2035 && p.toks[i-1].end+1 == t.start
		if t.kind == tNum && (t.suffix != "" || t.num > 100 && t.decimals == 0 && !yearRelease || dotted && t.decimals == 0) {
			return "", false
		}
		if t.kind == tNum && !p.noUnitAfter(k+1) {
			return "", false
		}
		if t.kind == tNum {
			if n, ok := p.number(k); ok && n.magnitude {
				return "", false
			}
		}
		return t.lower, true
	}
	v, ok := read(k)
	if !ok {
		return 0, false
	}
	p.token(TokenVersion, v, name, k, k+1)
	k++
	// "to 1.28", "to 18", "and 4.2", "-> 21"; "Python 3.11 from 3.8"
	for p.lower(k) == "to" || p.lower(k) == "and" || p.lower(k) == "," || p.lower(k) == "-" || p.lower(k) == "→" || p.lower(k) == "from" {
		j := k + 1
		if n, _ := p.techAt(j); n == name {
			break // "Java 8 to Java 17": read at the next mention
		}
		if _, isTech := p.techAt(j + 1); isTech && p.masks(j) {
			break
		}
		v2, ok := read(j)
		if !ok {
			break
		}
		p.token(TokenVersion, v2, name, j, j+1)
		k = j + 1
	}
	return k, true
}

// noUnitAfter: no unit, magnitude or counted noun follows token i, so a
// number there may be a version.
func (p *parser) noUnitAfter(i int) bool {
	t := p.tok(i)
	if t == nil {
		return true
	}
	w := t.lower
	if !p.unitlessAfter(i) || w == "s" || w == "pp" || w == "points" || w == "times" || dataRateUnits[w] > 0 || rateWords[w] > 0 {
		return false
	}
	if _, ok := rateWords[w]; ok {
		return false
	}
	return true
}

// statusWordNear: a three-digit number is an HTTP status when "HTTP",
// "status" or "code" precedes it, or "response(s)", "status" or "code(s)"
// follows within a few words ("429 rate-limit responses"). "500 errors"
// alone may count errors.
func (p *parser) statusWordNear(i int) bool {
	switch p.lower(i - 1) {
	case "http", "https", "status", "code", "error":
		return true
	}
	for k := i + 1; k < i+5 && k < len(p.toks); k++ {
		switch p.lower(k) {
		case "response", "responses", "status", "statuses", "code", "codes":
			return true
		}
		if p.toks[k].kind != tWord && p.toks[k].text != "-" {
			return false
		}
	}
	return false
}

// statusCode is the HTTP status a number token writes ("503", "5xx",
// "500s"), or "".
func statusCode(t *token) string {
	if t.kind != tNum || t.decimals != 0 || strings.Contains(t.text, ",") {
		return ""
	}
	s := t.suffix
	switch {
	case len(t.text)-len(s) == 1 && s == "xx" && t.num >= 1 && t.num <= 5:
		return t.lower
	case len(t.text)-len(s) == 3 && (s == "" || s == "s") && t.num >= 100 && t.num <= 599:
		return strings.TrimSuffix(t.lower, "s")
	}
	return ""
}

// certTiers name a certification's level: "AWS Certified Solutions
// Architect – Associate".
var certTiers = map[string]bool{"associate": true, "professional": true, "expert": true, "specialty": true, "practitioner": true,
	"foundational": true, "fundamentals": true, "master": true, "advanced": true}

// afterCertified: "certified" or "certification" comes shortly before, in
// the same sentence.
func (p *parser) afterCertified(i int) bool {
	for k := i - 1; k >= max(0, i-8); k-- {
		switch w := p.lower(k); w {
		case "certified", "certification", "certificate", "cert", "certifications", "certificates", "certs":
			return true
		case ".", ";", "\n":
			return false
		}
	}
	// "AWS Solutions Architect – Associate": a vendor's exam, its tier
	// after a dash or in brackets
	if t := p.tok(i); t == nil || t.text == t.lower || i < 2 {
		return false
	}
	if d := p.lower(i - 1); d != "–" && d != "-" && d != "—" && d != "(" && d != "," {
		return false
	}
	for k := i - 2; k >= max(0, i-8); k-- {
		if certVendors[p.toks[k].text] {
			return true
		}
	}
	return false
}

// presentationNouns are what a conference accepts: "an oral paper".
var presentationNouns = map[string]bool{"paper": true, "presentation": true, "talk": true, "session": true, "papers": true, "presentations": true, "talks": true}

// certVendors give exams with tiers (Associate, Professional, Expert).
var certVendors = map[string]bool{"AWS": true, "Azure": true, "Google": true, "GCP": true, "Microsoft": true, "Oracle": true, "Salesforce": true,
	"Cisco": true, "Databricks": true, "Snowflake": true, "HashiCorp": true, "Terraform": true, "Okta": true, "ServiceNow": true, "VMware": true}

// afterCompliance: "Type II" after SOC 2, "Level 1" after PCI DSS.
func (p *parser) afterCompliance(i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		switch p.lower(k) {
		case "soc", "soc2", "pci", "dss", "fedramp", "hitrust", "cmmc":
			return true
		}
		if name, ok := p.techAt(k + 1); ok && (strings.HasPrefix(name, "SOC") || strings.HasPrefix(name, "PCI")) {
			return true
		}
	}
	return false
}

// afterAcronym: "Level II" written in capitals right after an exam's
// acronym ("CFA Level II", "FRM Level 1") is the level passed.
func (p *parser) afterAcronym(i int) bool {
	t, prev := p.tok(i), p.tok(i-1)
	if t == nil || prev == nil || t.text != "Level" || prev.kind != tWord || len(prev.text) < 2 || len(prev.text) > 5 {
		return false
	}
	for k := 0; k < len(prev.text); k++ {
		if prev.text[k] < 'A' || prev.text[k] > 'Z' {
			return false
		}
	}
	return true
}

// levelNumber reads "II", "2", "1", "I" as a level.
func levelNumber(t *token) string {
	if t == nil {
		return ""
	}
	switch t.lower {
	case "i", "1":
		return "1"
	case "ii", "2":
		return "2"
	case "iii", "3":
		return "3"
	case "iv", "4":
		return "4"
	}
	return ""
}

var ordinalWords = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "fiftieth": 50, "hundredth": 100}

// ordinal reads "third", "3rd", "21st".
func ordinal(t *token) int {
	if n, ok := ordinalWords[t.lower]; ok {
		return n
	}
	if t.kind == tNum && t.decimals == 0 && (t.suffix == "st" || t.suffix == "nd" || t.suffix == "rd" || t.suffix == "th") {
		return int(t.num)
	}
	return 0
}

// rankNouns after an ordinal make it a rank: "its third engineer", "first
// place", "2nd prize".
var rankNouns = map[string]bool{"engineer": true, "hire": true, "employee": true, "developer": true, "designer": true,
	"member": true, "person": true, "place": true, "prize": true, "runner": true, "scientist": true, "analyst": true,
	"teammate": true, "staff": true, "recruit": true, "pm": true, "ranked": true, "overall": true, "seller": true}

// rankVerbs before an ordinal make it a rank: "placed 2nd", "ranked first".
var rankVerbs = map[string]bool{"placed": true, "ranked": true, "finished": true, "came": true, "won": true, "took": true,
	"ranking": true, "placing": true, "finishing": true}

// rank reads "its third engineer", "the first backend hire", "first
// place", "placed 2nd".
func (p *parser) rank(i, ord int) (int, bool) {
	if p.is(i-2, "of", "the") || p.is(i-2, "among", "the") || p.is(i-2, "of", "our") {
		return i + 1, true // "one of the first hires"
	}
	if p.lower(i+1) == "-" && !p.toks[i].spaceAfter {
		switch p.lower(i + 2) {
		case "chaired", "chair", "chairing", "author", "authored", "place", "placed", "team":
			// "second-chaired 2 trials", "first-author papers": a rank
			// in a role, which only the source's rank supports
			role := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(p.lower(i+2), "ing"), "ed"), "e")
			p.token(TokenRank, role+" #"+strconv.Itoa(ord), "", i, i+3)
			return i + 3, true
		}
	}
	for k := i + 1; k <= i+3 && k < len(p.toks); k++ {
		w := p.lower(k)
		if rankNouns[w] {
			p.token(TokenRank, "#"+strconv.Itoa(ord), "", i, i+1)
			return i + 1, true
		}
		if t := p.tok(k); t.kind != tWord || nounStop[w] {
			break
		}
	}
	if rankVerbs[p.lower(i-1)] || p.rankedAmong(i+1) || superlatives[p.lower(i+1)] {
		p.token(TokenRank, "#"+strconv.Itoa(ord), "", i, i+1)
		return i + 1, true
	}
	return i + 1, true // an ordinal otherwise: no quantity
}

// superlatives after an ordinal make it a rank: "2nd best SDR".
var superlatives = map[string]bool{"best": true, "highest": true, "top": true, "largest": true, "most": true, "biggest": true}

// rankSuperlatives rank what they qualify above all others of its group.
var rankSuperlatives = map[string]bool{"largest": true, "biggest": true, "highest": true, "best": true, "fastest": true, "youngest": true,
	"strongest": true, "longest-running": true, "most-awarded": true, "highest-grossing": true, "best-selling": true, "top-selling": true, "busiest": true}

// firstOfSeries are the things every series has a first of.
var firstOfSeries = map[string]bool{"release": true, "version": true, "edition": true, "draft": true, "iteration": true, "attempt": true,
	"time": true, "sprint": true, "step": true, "phase": true, "round": true, "cohort": true, "batch": true, "shift": true, "semester": true,
	"term": true, "season": true, "full": true, "two": true, "three": true, "few": true, "days": true, "weeks": true, "months": true}

// recordNouns after "record" make it the best ever: "record sales".
var recordNouns = map[string]bool{"sales": true, "revenue": true, "high": true, "year": true, "quarter": true, "month": true, "week": true,
	"numbers": true, "attendance": true, "turnout": true, "growth": true, "profit": true, "time": true, "enrollment": true, "enrolment": true}

// namePart: token k is a capitalised word, so a "No. 12" after it numbers
// a name ("Primary School No. 12"), no rank.
func (p *parser) namePart(k int) bool {
	t := p.tok(k)
	return t != nil && t.kind == tWord && t.text[0] >= 'A' && t.text[0] <= 'Z' && k > 0
}

// possessive: token k owns what follows ("the company's", "its", "our").
func (p *parser) possessive(k int) bool {
	w := p.lower(k)
	return w == "its" || w == "our" || w == "their" || len(w) > 3 && strings.HasSuffix(w, "'s")
}

// firstAmong reads the words after a superlative up to the group it
// ranks in: "highest sign-up rate in the store", "top result on the team",
// "best scores across the region". It returns the end of the group's noun.
func (p *parser) firstAmong(i int) (int, bool) {
	for k := i + 1; k <= i+5; k++ {
		t := p.tok(k)
		if t == nil || t.kind != tWord && t.text != "-" {
			return 0, false
		}
		switch t.lower {
		case "in", "on", "across", "among", "within":
			if k == i+1 {
				return 0, false // "the most in a day": no noun ranked
			}
			g := k + 1
			switch p.lower(g) {
			case "the", "our", "its", "their", "my", "his", "her", "this", "that", "all":
				g++
			}
			if n := p.tok(g); n != nil && strings.HasSuffix(n.lower, "'s") {
				g++ // "in the beach's history"
			}
			if n := p.tok(g); n != nil && n.kind == tWord && !nounStop[n.lower] && rankGroups[n.lower] {
				return g + 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// rankGroups are the groups a candidate is ranked in.
var rankGroups = map[string]bool{"store": true, "stores": true, "team": true, "teams": true, "company": true, "department": true,
	"region": true, "district": true, "branch": true, "office": true, "centre": true, "center": true, "unit": true, "ward": true,
	"hospital": true, "clinic": true, "school": true, "class": true, "cohort": true, "division": true, "org": true, "organization": true,
	"organisation": true, "country": true, "state": true, "city": true, "town": true, "area": true, "history": true, "depot": true, "county": true, "beach": true, "fleet": true, "chain's": true, "network": true, "chain": true, "group": true,
	"floor": true, "shift": true, "location": true, "locations": true, "site": true, "sites": true, "gym": true, "firm": true,
	"agency": true, "restaurant": true, "hotel": true, "property": true, "portfolio": true, "market": true, "industry": true, "sector": true,
	"crew": true, "dealership": true, "squad": true, "plant": true, "warehouse": true, "station": true, "practice": true, "salon": true, "kitchen": true, "lab": true, "project": true, "program": true, "programme": true}

// rankedAmong: "of 48", "out of 48", "among 40 reps" follows at token k.
func (p *parser) rankedAmong(k int) bool {
	switch p.lower(k) {
	case "out":
		k++
		if p.lower(k) != "of" {
			return false
		}
	case "of", "among":
	default:
		return false
	}
	t := p.tok(k + 1)
	return t != nil && (t.kind == tNum || numberWords[t.lower] > 0)
}

// top reads "top 10%", "top 5", "top-10", "top ten".
func (p *parser) top(i int) (int, bool) {
	if p.lower(i) == "top-ranked" {
		p.token(TokenRank, "#1", "", i, i+1)
		return i + 1, true
	}
	k := i + 1
	if p.lower(k) == "-" {
		k++
	}
	if w := p.lower(k); w == "rated" || w == "ranked" {
		p.token(TokenRank, "#1", "", i, k+1) // "top-rated", "top ranked"
		return k + 1, true
	}
	n, k2, ok := p.smallNumber(k)
	if !ok || p.lower(k) == "a" || p.lower(k) == "an" {
		if p.lower(i-1) == "the" {
			if end, ok := p.firstAmong(i); ok {
				p.token(TokenRank, "#1", "", i, end) // "the top result on the team"
				return end, true
			}
		}
		return 0, false
	}
	key := "top " + strconv.FormatFloat(n, 'f', -1, 64)
	if p.lower(k2) == "%" || p.lower(k2) == "percent" {
		key += "%"
		k2++
	}
	p.token(TokenRank, key, "", i, k2)
	return k2, true
}

// impliedSpans reads the spans of time a sentence's quarters or months
// imply: "Q1 and Q2" (or "5 in Q1 and 4 in Q2") is two quarters, "March
// and April" two months, "January through March" three.
func (p *parser) impliedSpans() {
	start := 0
	for i := 0; i <= len(p.toks); i++ {
		if i < len(p.toks) && !(p.toks[i].kind == tSym && strings.ContainsAny(p.toks[i].text, ".;!?")) {
			continue
		}
		p.spansIn(start, i)
		p.dateRanges(start, i)
		p.monthRanges(start, i)
		p.yearsApart(start, i)
		start = i + 1
	}
}

// dateRanges: "June 2019 to June 2023", "2019–2023", "Mar 2020 - Jan
// 2022" imply the span between (four years; one year either way when no
// month is written).
func (p *parser) dateRanges(a, b int) {
	yearAt := func(k int) (int, bool) {
		if k < a || k >= b || p.toks[k].kind != tNum || len(p.toks[k].text) != 4 || !p.when(k) {
			return 0, false
		}
		return int(p.toks[k].num), true
	}
	for k := a; k < b; k++ {
		if t := &p.toks[k]; t.kind != tNum || len(t.text) != 4 {
			continue // (most tokens: no year to start a range)
		}
		y1, ok := yearAt(k)
		if !ok {
			continue
		}
		sep := k + 1
		switch p.lower(sep) {
		case "to", "through", "until", "till", "-", "–", "—":
		default:
			continue
		}
		m1, m2, e := 0, 0, sep+1
		// (a month before a year may be written in three letters: "Jan 2018",
		// or as a number: "06/2019")
		if m := monthBeforeYear(p.lower(k - 1)); k-1 >= a && m > 0 {
			m1 = m
		} else if m := p.numericMonth(k - 2); k-2 >= a && m > 0 {
			m1 = m
		}
		if m := monthBeforeYear(p.lower(e)); e < b && m > 0 {
			m2 = m
			e++
		} else if m := p.numericMonth(e); e+2 < b && m > 0 {
			m2 = m
			e += 2
		}
		y2, ok := yearAt(e)
		if !ok || y2 < y1 || (m1 == 0) != (m2 == 0) {
			continue
		}
		months := float64((y2-y1)*12 + m2 - m1)
		tol := 0.5 * month
		if m1 == 0 {
			tol = year
		}
		if months <= 0 {
			continue
		}
		first := k
		if m1 > 0 {
			first = k - 1
			if p.lower(k-1) == "/" {
				first = k - 2
			}
		}
		start, end := p.toks[first].start, p.toks[e].end
		p.out = append(p.out, Quantity{Text: p.text[start:end], Start: start, End: end, Class: Duration, Value: months * month,
			Tolerance: tol, Number: months, Implied: true, first: first, last: e + 1})
		k = e
	}
}

// numericMonth: tokens k and k+1 write a month as a number and a slash
// glued to the year after them ("06/2019"), or 0.
func (p *parser) numericMonth(k int) int {
	t, sl, y := p.tok(k), p.tok(k+1), p.tok(k+2)
	if t == nil || sl == nil || y == nil || t.kind != tNum || t.suffix != "" || t.decimals != 0 || sl.text != "/" || t.end != sl.start || sl.end != y.start ||
		t.num < 1 || t.num > 12 || len(y.text) != 4 {
		return 0
	}
	return int(t.num)
}

// monthRanges: "Mar–Aug 2022" spans six months, March to August as
// people count them (five either way).
func (p *parser) monthRanges(a, b int) {
	for k := a; k+2 < b; k++ {
		switch p.lower(k + 1) {
		case "-", "–", "—", "to", "through", "a", "à", "al", "au", "bis":
			// ("de enero a junio de 2022", "von März bis Juni 2021")
		default:
			continue // (most tokens: no range after them)
		}
		m1 := monthBeforeYear(p.lower(k))
		if m1 == 0 || !calendarWord(p.lower(k)) && len(p.lower(k)) != 3 && foreignMonths[p.lower(k)] == 0 {
			continue
		}
		m2 := monthBeforeYear(p.lower(k + 2))
		yk := k + 3
		if w := p.lower(yk); (w == "de" || w == "del" || w == "di") && foreignMonths[p.lower(k+2)] > 0 {
			yk++ // "junio de 2022"
		}
		capital := func(t *token) bool { return t.text[0] >= 'A' && t.text[0] <= 'Z' }
		if y := p.tok(yk); m2 <= m1 || y == nil || y.kind != tNum || len(y.text) != 4 || !p.when(yk) {
			// "June-Oct", "Nov–Dec peak": two months named in capitals
			// span the months between them, with no year
			if m2 <= m1 || !capital(&p.toks[k]) || !capital(&p.toks[k+2]) || p.lower(k+1) == "a" || p.lower(k+1) == "al" {
				continue
			}
			yk = k + 2
		}
		start, end := p.toks[k].start, p.toks[yk].end
		months := float64(m2 - m1 + 1)
		p.out = append(p.out, Quantity{Text: p.text[start:end], Start: start, End: end, Class: Duration, Value: months * month,
			Tolerance: month, Number: months, Implied: true, first: k, last: yk + 1})
		k = yk
	}
}

func (p *parser) spansIn(a, b int) {
	type part struct {
		tok, idx int
	}
	found, one := 0, -1
	for k := a; k < b && found < 2; k++ {
		if t := &p.toks[k]; t.kind == tNum && len(t.text) == 4 && p.when(k) || t.kind == tWord && calendarWord(t.lower) || p.mayMonth(k) {
			found++
			one = k
		}
	}
	if found == 1 {
		p.oneSpan(one)
	}
	if found < 2 {
		return
	}
	byUnit := map[float64][]part{}
	var units []float64
	for k := a; k < b; k++ {
		unit, idx := calendarPart(p.toks[k].lower)
		if p.mayMonth(k) {
			unit, idx = month, 5
		}
		if unit != 0 {
			if byUnit[unit] == nil {
				units = append(units, unit)
			}
			byUnit[unit] = append(byUnit[unit], part{k, idx})
		}
	}
	for _, unit := range units {
		parts := byUnit[unit]
		seen := map[int]bool{}
		for n, x := range parts {
			seen[x.idx] = true
			// "January through March", "Q1-Q3": every one between
			if n > 0 && x.tok-parts[n-1].tok == 2 {
				switch p.lower(x.tok - 1) {
				case "through", "to", "-", "–", "thru":
					for y := parts[n-1].idx + 1; y < x.idx; y++ {
						seen[y] = true
					}
				case "and":
					// "between January and June" is six months
					if p.lower(parts[n-1].tok-1) == "between" {
						for y := parts[n-1].idx + 1; y < x.idx; y++ {
							seen[y] = true
						}
					}
				}
			}
		}
		if len(seen) < 2 {
			continue
		}
		first, last := parts[0].tok, parts[len(parts)-1].tok
		start, end := p.toks[first].start, p.toks[last].end
		n := float64(len(seen))
		p.out = append(p.out, Quantity{Text: p.text[start:end], Start: start, End: end, Class: Duration, Value: n * unit,
			Tolerance: 0.5 * unit, Number: n, Implied: true, first: first, last: last + 1})
	}
}

// oneSpan: the only quarter, month or year a sentence names, after "in"
// or "during", is one span of it: "hired 6 engineers in 2023" supports "in
// a year" (and claims nothing itself).
func (p *parser) oneSpan(k int) {
	switch p.lower(k - 1) {
	case "in", "during", "throughout", "across":
	default:
		return
	}
	unit, _ := calendarPart(p.toks[k].lower)
	if unit == 0 {
		unit = year
	}
	t := &p.toks[k]
	p.out = append(p.out, Quantity{Text: t.text, Start: t.start, End: t.end, Class: Duration, Value: unit, Tolerance: 0.15 * unit,
		Number: 1, Implied: true, first: k, last: k + 1})
}

// mayMonth: "May" at token k is the month, in a range of months
// ("May–July 2022"), not the verb.
func (p *parser) mayMonth(k int) bool {
	if p.toks[k].text != "May" {
		return false
	}
	for _, d := range []int{1, -1} {
		if sep := p.lower(k + d); sep == "-" || sep == "–" || sep == "—" || sep == "to" || sep == "through" {
			if u, _ := calendarPart(p.lower(k + 2*d)); u == month {
				return true
			}
		}
	}
	return false
}

// calendarPart reads a quarter ("q3"), half ("h1") or month name.
func calendarPart(w string) (float64, int) {
	if len(w) == 2 && (w[0] == 'q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'h' && (w[1] == '1' || w[1] == '2')) {
		if w[0] == 'q' {
			return 3 * month, int(w[1] - '0')
		}
		return 6 * month, int(w[1] - '0')
	}
	if len(w) > 3 && len(w) < 10 {
		if m := monthOf(w); m > 0 {
			return month, m
		}
	}
	return 0, 0
}

// calendarWord: w may name a quarter, half or month, by its first letters
// and length, before anything is looked up.
func calendarWord(w string) bool {
	switch len(w) {
	case 2:
		return w[0] == 'q' || w[0] == 'h'
	case 4, 5, 6, 7, 8, 9:
		switch w[0] {
		case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
			return monthOf(w) > 0
		}
	}
	return false
}

// monthOf is the number of a month's name of four letters or more, or 0;
// a switch, since it is asked of nearly every word.
// foreignMonths are the months in the languages sources are written in
// ("janvier–juin 2023" is six months).
var foreignMonths = map[string]int{
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}

func monthOf(w string) int {
	switch w {
	case "january":
		return 1
	case "february":
		return 2
	case "march":
		return 3
	case "april":
		return 4
	case "june":
		return 6
	case "july":
		return 7
	case "august":
		return 8
	case "september", "sept":
		return 9
	case "october":
		return 10
	case "november":
		return 11
	case "december":
		return 12
	}
	return foreignMonths[w]
}

// monthBeforeYear is the month a word before a year names, in full or in
// three letters ("Jan 2018", "may 2020": beside a year, "may" is May).
func monthBeforeYear(w string) int {
	if len(w) == 3 || w == "sept" {
		if i := strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", w[:3]); i >= 0 && i%3 == 0 {
			return i/3 + 1
		}
		return foreignMonths[w] // "mai", "mei"
	}
	if len(w) > 3 && len(w) < 10 {
		return monthOf(w)
	}
	return 0
}

// HonourRank orders academic honours of one kind: summa cum laude 3, magna
// 2, cum laude 1; 0 for none.
func HonourRank(key string) int { return honours[key] }

// hasUpperASCII: s has a capital ASCII letter.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// upperASCII: s has no lower-case ASCII letter (no allocation, unlike
// comparing with strings.ToUpper).
func upperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// roundTheClockNouns are places and services "24-hour" before them keeps
// open round the clock (a "24-hour turnaround" is a span).
var roundTheClockNouns = map[string]bool{"hospital": true, "clinic": true, "pharmacy": true, "emergency": true, "support": true, "service": true,
	"services": true, "helpdesk": true, "desk": true, "operations": true, "ops": true, "coverage": true, "care": true, "center": true,
	"centre": true, "facility": true, "store": true, "shop": true, "hotline": true, "monitoring": true}
