package claims

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/english"
)

// productTerms finds words that look like product names the technology
// table lacks: CamelCase, letters with digits, ".js"/".io" names, unknown
// acronyms, capitalised non-English words in mid-sentence; and capitalised
// names made of English words where a tool goes ("tracked in Greenhouse",
// "using Compute Optimizer", "Mode dashboards", "buying Savings Plans").
func productTerms(text string, toks []token, taken spanSet) []Term {
	var terms []Term
	allCaps := !hasLower(text)
	german := lazyGerman{}
	for i := 0; i < len(text); {
		if !isLetterB(text[i]) && !isDigitB(text[i]) {
			i++
			continue
		}
		j := i
		// (a letter outside ASCII goes on the word: "Französischen" is one
		// word, not "Franz")
		for j < len(text) && (isLetterB(text[j]) || isDigitB(text[j]) || text[j] >= 0x80 && isLetterRune(text[j:]) || text[j] == '.' && j+1 < len(text) && isLetterB(text[j+1]) && j > i) {
			if text[j] >= 0x80 {
				j += runeLen(text[j:])
			} else {
				j++
			}
		}
		w := text[i:j]
		if w == "Contentful" && strings.HasPrefix(text[j:], " Paint") {
			i = j // "Largest Contentful Paint": a Core Web Vital, no CMS
			continue
		}
		if mayBeProduct(w) && !taken.overlaps(i, j) && !labelAt(text, i, j) && !unitAfterFigure(text, i, w) && productLike(text, i, w, allCaps) &&
			!(titleWord(w) && german.is(text) && !germanLanguages[w]) {
			// (German capitalises every noun: "10 Jahren Berufserfahrung")
			terms = append(terms, Term{Text: w, Start: i, End: j})
		}
		i = j
	}
	if !allCaps {
		terms = append(terms, namedTools(text, toks, taken, terms)...)
	}
	return terms
}

// labelAt: the words at [start, end) open a list's item and a colon
// follows: a heading the writer gives a group ("Visualisation: Tableau",
// "EdTech: Google Classroom"), no product.
func labelAt(text string, start, end int) bool {
	return end < len(text) && text[end] == ':' && sentenceStart(text, start)
}

// unitAfterFigure: a short word in capitals right after a figure is its
// unit ("60 WPM", "120 BPM", "500 RPS").
func unitAfterFigure(text string, i int, w string) bool {
	if len(w) > 8 || i < 2 || text[i-1] != ' ' || len(w) > 4 && upperASCII(w) {
		return false
	}
	if !upperASCII(w) {
		// "1,200 kW", "510 kWp": a unit of its own capitals; "[X] Tage":
		// a unit of time, capitalised as German writes nouns
		if dim, _ := PhysicalUnit(strings.ToLower(w)); (dim == "" || len(w) < 2) && durationUnits[strings.ToLower(w)] == 0 {
			return false
		}
	}
	// (or a placeholder's: "[X] MB", "{N} GB")
	return isDigitB(text[i-2]) || text[i-2] == ']' || text[i-2] == '}' || text[i-2] == '>'
}

// toolCues before a capitalised name put it where a tool goes.
var toolCues = map[string]bool{"in": true, "with": true, "using": true, "via": true, "through": true, "on": true, "into": true,
	"buying": true, "bought": true, "adopting": true, "adopted": true, "onto": true, "atop": true, "from": true, "to": true,
	"including": true, "use": true, "used": true, "uses": true, "leveraging": true, "leveraged": true, "purchasing": true, "purchased": true}

// namedTools finds capitalised names made of English words: a run of two
// or more capitalised words inside a sentence ("Savings Plans"), or one
// capitalised word after a tool cue ("in Greenhouse") or before a technology
// noun ("Mode dashboards"). Names the dictionary calls ordinary business
// vocabulary (Product, Finance, Black Friday in the source) are the
// judge's to compare against the source.
func namedTools(text string, toks []token, taken spanSet, already []Term) []Term {
	var out []Term
	titled, titledEnd := false, -1 // whether the sentence around the last name is in title case, and where it ends
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !capitalised(t) || taken.overlaps(t.start, t.end) || sentenceStart(text, t.start) {
			continue
		}
		if t.start >= titledEnd {
			titled, titledEnd = titleCase(text, t.start)
		}
		// the run of capitalised words from here
		j := i + 1
		for j < len(toks) && capitalised(&toks[j]) && !taken.overlaps(toks[j].start, toks[j].end) && toks[j-1].spaceAfter && toks[j].start-toks[j-1].end <= 1 && text[toks[j-1].end] != '\n' {
			j++
		}
		start, end := t.start, toks[j-1].end
		run := j - i
		i = j - 1
		if overlapsTerms(already, start, end) || titled || labelAt(text, start, end) || webVitals[strings.ToLower(text[start:end])] {
			continue
		}
		if j < len(toks) && systemAcronyms[toks[j].lower] && upperASCII(toks[j].text) && toks[j-1].spaceAfter {
			// "the Toast POS system", "our Manhattan WMS": the words
			// before a kind of system name its product
			out = append(out, Term{Text: text[start:end], Start: start, End: end})
			continue
		}
		if run == 1 && (ordinaryName(t.text) || english.IsCommonTerm(t.text)) {
			continue
		}
		prev, listed := "", false
		if k := i - run; k >= 0 {
			prev = toks[k].lower
			// "in Looker and Mode": listed with a technology
			if b := k - 1; b >= 0 && (prev == "and" || prev == "or" || prev == ",") && toks[b].kind == tWord && toks[b].text[0] >= 'A' && toks[b].text[0] <= 'Z' &&
				taken.overlaps(toks[b].start, toks[b].end) {
				listed = true
			}
			// "on Google Ads, LinkedIn and Meta": anywhere in a list of
			// names with a technology or a product-like name
			if prev == "and" || prev == "or" || prev == "," {
				for b := k - 1; b >= 0 && b >= k-9 && !listed; b-- {
					w := &toks[b]
					if w.kind == tWord && w.text[0] >= 'A' && w.text[0] <= 'Z' {
						listed = taken.overlaps(w.start, w.end) || overlapsTerms(already, w.start, w.end) || overlapsTerms(out, w.start, w.end)
						continue
					}
					if w.text != "," && w.lower != "and" && w.lower != "or" {
						break
					}
				}
			}
		}
		nextNoun := j < len(toks) && techNounAfter(toks[j].lower)
		if run >= 2 || toolCues[prev] || nextNoun || listed {
			if run >= 2 && (allOrdinary(toks[i-run+1:j]) || title(toks[i-run+1:j])) {
				continue
			}
			out = append(out, Term{Text: text[start:end], Start: start, End: end})
		}
	}
	return out
}

// webVitals are the page metrics written in capitals, no products.
var webVitals = map[string]bool{"largest contentful paint": true, "first contentful paint": true, "cumulative layout shift": true,
	"first input delay": true, "interaction to next paint": true, "time to interactive": true, "total blocking time": true,
	"core web vitals": true, "first meaningful paint": true, "speed index": true}

func overlapsTerms(ts []Term, a, b int) bool {
	for _, t := range ts {
		if t.Start < b && a < t.End {
			return true
		}
	}
	return false
}

// capitalised: a word of letters that starts with a capital and goes on in
// lower case ("Greenhouse", not "AWS" or "iOS").
func capitalised(t *token) bool {
	if t.kind != tWord || len(t.text) < 2 || t.text[0] < 'A' || t.text[0] > 'Z' {
		return false
	}
	for k := 1; k < len(t.text); k++ {
		if c := t.text[k]; !(c >= 'a' && c <= 'z' || c == '\'') {
			return false
		}
	}
	return true
}

// ordinaryNames are capitalised words that name departments, days, months
// and the like: never a tool.
var ordinaryNames = map[string]bool{"year": true, "years": true, "grade": true, "grades": true, "honours": true, "honors": true,
	"mondays": true, "tuesdays": true, "wednesdays": true, "thursdays": true, "fridays": true, "saturdays": true, "sundays": true, "weekends": true,
	"product": true, "design": true, "engineering": true, "finance": true, "legal": true,
	"sales": true, "marketing": true, "security": true, "support": true, "operations": true, "ops": true, "data": true,
	"platform": true, "infrastructure": true, "people": true, "leadership": true, "compliance": true, "procurement": true,
	"research": true, "growth": true, "analytics": true, "recruiting": true, "talent": true, "customer": true, "success": true,
	"i": true, "the": true, "and": true, "of": true, "for": true, "team": true, "teams": true, "group": true, "department": true,
	"board": true, "executive": true, "executives": true, "leaders": true, "director": true, "manager": true, "head": true,
	"president": true, "vice": true, "chief": true, "officer": true, "staff": true, "senior": true, "principal": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "spring": true, "summer": true, "fall": true,
	"autumn": true, "winter": true, "english": true, "spanish": true, "french": true, "german": true, "mandarin": true,
	"hr": true, "it": true, "qa": true, "ux": true, "ui": true, "eng": true, "devops": true, "sre": true, "dev": true}

func ordinaryName(w string) bool { return ordinaryNames[strings.ToLower(w)] }

func allOrdinary(ts []token) bool {
	for k := range ts {
		if !ordinaryName(ts[k].text) {
			return false
		}
	}
	return true
}

// roleNouns end a job title or a team's name ("Staff Software Engineer",
// "Developer Experience Team"), which are not products.
var roleNouns = map[string]bool{"engineer": true, "engineers": true, "developer": true, "developers": true, "manager": true,
	"managers": true, "analyst": true, "analysts": true, "architect": true, "architects": true, "scientist": true, "scientists": true,
	"designer": true, "designers": true, "administrator": true, "administrators": true, "consultant": true, "consultants": true,
	"specialist": true, "specialists": true, "programmer": true, "programmers": true, "lead": true, "leads": true, "writer": true,
	"writers": true, "owner": true, "commander": true, "officer": true, "director": true, "coordinator": true, "technician": true,
	"intern": true, "representative": true, "advocate": true, "evangelist": true, "recruiter": true, "researcher": true,
	"tester": true, "strategist": true, "team": true, "teams": true, "squad": true, "department": true, "group": true, "guild": true,
	"chapter": true, "tribe": true, "office": true, "council": true, "committee": true, "apprentice": true, "assistant": true,
	"associate": true, "nurse": true, "teacher": true, "electrician": true, "plumber": true, "mechanic": true,
	"accountant": true, "clerk": true, "agent": true}

// title: a run of capitalised words naming a job or a team, which ends in
// a role noun and names no certification ("Certified ... Engineer" is a
// credential).
func title(ts []token) bool {
	if !roleNouns[ts[len(ts)-1].lower] {
		return false
	}
	for k := range ts {
		if w := ts[k].lower; strings.HasPrefix(w, "certifi") || w == "professional" {
			return false
		}
	}
	return true
}

// systemAcronyms are kinds of business system: a capitalised name before
// one is a product ("Toast POS", "Manhattan WMS", "Epic EHR").
var systemAcronyms = map[string]bool{"pos": true, "crm": true, "erp": true, "wms": true, "ehr": true, "emr": true, "ats": true,
	"lms": true, "cms": true, "hris": true, "tms": true, "pms": true, "mes": true, "cmms": true, "sis": true, "ils": true, "lis": true, "ris": true,
	"pacs": true, "dms": true, "bms": true, "scada": true, "plm": true, "eam": true, "ecm": true, "cad": true}

// techNounAfter: a technology noun after a capitalised word makes it a tool
// name ("Mode dashboards", "Streamlit app").
func techNounAfter(w string) bool {
	switch w {
	case "dashboard", "dashboards", "app", "apps", "workspace", "workspaces", "pipeline", "pipelines", "cluster", "clusters",
		"plugin", "plugins", "integration", "integrations", "instance", "instances", "board", "boards", "notebook", "notebooks",
		"workflow", "workflows", "reports", "tickets", "sdk", "api", "bot", "bots", "campaigns", "sequences", "account", "accounts":
		return true
	}
	return false
}

// titleCase: most longer words of the sentence around off are capitalised,
// so capitals say nothing ("Led The Platform Migration"). It returns where
// the sentence ends too.
func titleCase(text string, off int) (bool, int) {
	// ("a 4.7 rating" ends no sentence)
	endsAt := func(k int) bool {
		return sentenceEnd(text[k]) && !(text[k] == '.' && k > 0 && k+1 < len(text) && isDigitB(text[k-1]) && isDigitB(text[k+1]))
	}
	a := off
	for a > 0 && !endsAt(a-1) {
		a--
	}
	b := off
	for b < len(text) && !endsAt(b) {
		b++
	}
	total, upper, first := 0, 0, true
	for i := a; i < b; {
		for i < b && !isLetterB(text[i]) {
			i++
		}
		j := i
		for j < b && (isLetterB(text[j]) || text[j] == '\'') {
			j++
		}
		if j-i >= 4 && !first {
			total++
			if text[i] >= 'A' && text[i] <= 'Z' {
				upper++
			}
		}
		if j > i {
			first = false
		}
		i = j
	}
	return total >= 4 && upper*10 >= total*6, b
}

func sentenceEnd(c byte) bool { return c == '.' || c == '!' || c == '?' || c == '\n' }

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// mayBeProduct: a capital after the first letter, a digit, or a ".js" or
// ".io" ending; other words are never product-like, and checking costs
// dictionary lookups.
func mayBeProduct(w string) bool {
	if len(w) < 2 {
		return false
	}
	if (strings.HasPrefix(w, "FY") || strings.HasPrefix(w, "CY")) && len(w) >= 4 && len(w) <= 6 && allDigits(w[2:]) {
		return false // FY2022, FY23: a year, however the books count it
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' || isDigitB(c) || c == '.' {
			return true
		}
	}
	return false
}

func productLike(text string, start int, w string, allCaps bool) bool {
	if len(w) < 2 {
		return false
	}
	// an acronym in capitals is common only as written ("ACLS" is no
	// plural of "ACLs")
	if caps := len(w) >= 4 && w[len(w)-1] == 'S' && !allCaps && upperASCII(w); caps {
		if english.IsCommonTermAsWritten(w) {
			return false
		}
	} else if english.IsCommonTerm(w) {
		return false
	}
	if n := len(w); n > 3 && (strings.EqualFold(w[n-3:], ".js") || strings.EqualFold(w[n-3:], ".io")) {
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
		lower := strings.ToLower(w)
		return isLetterB(w[0]) && !romanOrdinal(lower) && !metricName(lower)
	case hasDigit:
		return false
	case inner:
		// "OKRs", "APIs": an acronym's plural is the acronym
		if upper >= 2 && lowerN == 1 && w[len(w)-1] == 's' {
			return !english.IsCommonTerm(w[:len(w)-1]) && !allCaps
		}
		return !english.IsWord(w)
	case allCaps:
		// a text all in capitals: an acronym is a short run that is no
		// word ("SHRM-SCP, 2021")
		return lowerN == 0 && len(w) <= 5 && !english.IsWord(w) && !romanOrdinal(strings.ToLower(w))
	case lowerN == 0 && len(w) <= 6:
		// in mixed-case text, capitals mark an acronym even when the
		// letters spell a word ("STRIDE")
		return !romanOrdinal(strings.ToLower(w))
	case upper == 1 && w[0] >= 'A' && w[0] <= 'Z':
		return !sentenceStart(text, start) && !english.IsPlainWord(w)
	}
	return false
}

// titleWord: one capital, then lower-case letters only.
func titleWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if c := w[k]; c >= 'A' && c <= 'Z' || isDigitB(c) {
			return false
		}
	}
	return true
}

// lazyGerman tells, once asked, whether a text is German: it holds two of
// German's commonest short words.
// germanLanguages are languages as German writes them: a language a
// rewrite adds is a skill claimed ("mit Deutsch, Englisch und Spanisch").
var germanLanguages = map[string]bool{"Englisch": true, "Spanisch": true, "Französisch": true, "Italienisch": true, "Portugiesisch": true,
	"Russisch": true, "Chinesisch": true, "Mandarin": true, "Japanisch": true, "Koreanisch": true, "Arabisch": true, "Türkisch": true,
	"Polnisch": true, "Niederländisch": true, "Schwedisch": true, "Griechisch": true, "Ukrainisch": true, "Tschechisch": true}

type lazyGerman struct{ done, yes bool }

var germanWords = map[string]bool{"und": true, "mit": true, "von": true, "der": true, "die": true, "das": true, "für": true, "über": true,
	"bei": true, "zur": true, "zum": true, "im": true, "des": true, "den": true, "dem": true, "einer": true, "eines": true, "sowie": true, "jährlich": true, "auf": true,
	"durch": true, "um": true, "nach": true, "eine": true, "wurde": true, "wurden": true, "nicht": true, "am": true, "als": true, "rund": true}

func (g *lazyGerman) is(text string) bool {
	if !g.done {
		g.done = true
		n := 0
		for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '.' || r == '(' || r == ')' }) {
			if germanWords[strings.ToLower(f)] {
				n++
			}
		}
		g.yes = n >= 2
	}
	return g.yes
}

func romanOrdinal(s string) bool { return s == "ii" || s == "iii" || s == "iv" }

// metricName: scores written with a digit are metric names, not products
// (F1, R2, L2).
func metricName(s string) bool {
	switch s {
	case "f1", "f2", "r2", "l1", "l2", "top1", "top5", "map50", "bleu4":
		return true
	}
	return false
}
