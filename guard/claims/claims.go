package claims

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Claims is what one text states.
type Claims struct {
	Text         string // the text as given; every offset points into it
	Quantities   []Quantity
	Percentiles  []Percentile
	Technologies []Technology
	Terms        []Term  // product-like words the technology table lacks
	Tokens       []Token // versions, funding stages, certification levels, ranks, status codes, 24/7, degrees, honours
	Placeholders []Placeholder
	Ownership    Level  // the highest ownership a verb claims
	OwnershipAt  [2]int // offsets of that verb
	Boosters     []Term // "sole", "single-handedly"
	// Scopes are the words that say how far the work reached
	// ("company-wide"); see ScopeCued for a source that says so in any
	// words ("across the company", "all teams").
	Scopes []Term
	// CredentialNames are credentials named in capitals or with a "+"
	// (CPA, SHRM-CP, Security+); Accolades distinctions written as
	// adjectives ("award-winning").
	CredentialNames, Accolades []Term
	// Credentials are the words that claim a credential held ("certified",
	// "licensed"); Unfinished says the text calls one unfinished
	// ("coursework", "in progress", "pursuing").
	Credentials []Term
	Unfinished  bool
	// Held says a credential word follows what it credits ("OSCP
	// certified", "is licensed"): a claim whatever else the text says.
	Held bool
	// Periods are the time periods the text speaks of ("monthly", "a
	// year"), in seconds: a figure in a text about monthly spend may be
	// restated per month.
	Periods []float64

	norm string // normalised text, lowercase ASCII
}

// Contains reports whether the text holds phrase (any case, whole words),
// after normalisation.
func (c *Claims) Contains(phrase string) bool {
	return hasWord(c.norm, lexicon.LowerASCII(normalize(phrase).text))
}

// HasText reports whether the normalised, lower-cased text holds sub
// anywhere: a cheap look before a closer one.
func (c *Claims) HasText(sub string) bool {
	return strings.Contains(c.norm, sub)
}

// Technology is a technology or practice a text names.
type Technology struct {
	Name       string // canonical name: "PostgreSQL" for "Postgres"
	Category   string
	Practice   bool // a practice or compliance regime (CI/CD, TDD, PCI DSS)
	Ambiguous  bool // written as an ordinary word (espresso, Spring): context made it a technology
	Text       string
	Start, End int

	entry *lexicon.Entry
}

// Term is a span of text.
type Term struct {
	Text       string
	Start, End int
}

// Placeholder is a gap the user must fill: [X%], [N users], __%, {X}, TBD.
type Placeholder struct {
	Text       string
	Start, End int
}

// Percentile is a latency label such as p95 or "99th percentile"; a label
// the source lacks is itself a claim.
type Percentile struct {
	Text       string
	Start, End int
	Label      string // normalised: "p95", "p99.9"
}

// TokenKind is what a claim token claims.
type TokenKind string

// Claim token kinds.
const (
	TokenVersion      TokenKind = "version"      // Python 3.11, TLS 1.3, React 18
	TokenStage        TokenKind = "stage"        // Series B, seed-stage
	TokenLevel        TokenKind = "level"        // SOC 2 Type II, PCI DSS Level 1
	TokenRank         TokenKind = "rank"         // its third engineer, #1, top 10%, Fortune 500
	TokenStatus       TokenKind = "status"       // HTTP 503, 5xx
	TokenAlways       TokenKind = "always"       // 24/7, around the clock
	TokenDegree       TokenKind = "degree"       // B.S., Master of Science, PhD, MBA
	TokenHonour       TokenKind = "honour"       // magna cum laude, with distinction, valedictorian
	TokenWindow       TokenKind = "window"       // 7-day retention, D30 retention, 30-day readmissions
	TokenBasis        TokenKind = "basis"        // year over year, QoQ: what a change is measured against
	TokenSignificance TokenKind = "significance" // p < 0.05, statistically significant
	TokenAward        TokenKind = "award"        // award-winning, won the regional award
)

// Token is a claim that is neither a quantity nor a technology: supported
// only by the same token in the source.
type Token struct {
	Kind       TokenKind
	Key        string // normalised: "3.11", "series b", "type 2", "employee 3"
	Of         string // for versions: the technology's canonical name
	Text       string
	Start, End int
}

// Level is the ownership a verb claims, from supporting work to owning it.
type Level int

// Ownership levels.
const (
	LevelUnknown Level = iota
	LevelSupport       // helped, assisted, contributed
	LevelExecute       // built, implemented, shipped
	LevelLead          // led, owned, architected
)

func (l Level) String() string {
	return [...]string{"unknown", "support", "execute", "lead"}[l]
}

// Abbreviates reports whether short, an acronym ("CSM") or a clipped
// compound ("AppSec"), abbreviates consecutive words of the text: each
// letter, or each capitalised part, begins one word in turn ("Certified
// ScrumMaster", "application security"), and "and", "of", "for" or "the"
// may sit between them. A name in capitals is abbreviated whole: "CKA" is
// not "Certified Kubernetes Application Developer".
func (c *Claims) Abbreviates(short string) bool {
	parts := splitCamel(short)
	if len(parts) < 2 || len(parts) > 8 {
		return false
	}
	words := nameWords(c.Text)
	// joined: word k continues the name of word k-1 (only a space, or
	// nothing, between two capitalised words)
	joined := func(k int) bool {
		return k > 0 && k < len(words) && words[k].upper && words[k-1].upper && words[k].spaced && !openingVerb(words[k-1])
	}
	for i := range words {
		if joined(i) {
			continue
		}
		k, j := 0, i
		for j < len(words) && k < len(parts) {
			w := words[j].lower
			part := strings.ToLower(parts[k])
			if k > 0 && connectors[w] && j+1 < len(words) && strings.HasPrefix(words[j+1].lower, part) {
				j++ // "Identity and Access Management": the "a" is Access's
				continue
			}
			if strings.HasPrefix(w, part) {
				k++
				j++
				continue
			}
			if k > 0 && connectors[w] {
				j++
				continue
			}
			break
		}
		if k == len(parts) && !joined(j) {
			return true
		}
	}
	return false
}

type nameWord struct {
	lower  string
	upper  bool // starts with a capital
	spaced bool // only spaces, or nothing, since the word before
	opens  bool // the first word of the text or of a sentence
}

// nameWords splits text into words, and words at their inner capitals.
func nameWords(text string) []nameWord {
	var out []nameWord
	spaced, opens := false, true
	for i := 0; i < len(text); {
		c := text[i]
		if !isLetterB(c) && !isDigitB(c) {
			spaced = spaced && c == ' '
			opens = opens || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'
			i++
			continue
		}
		j := i
		for j < len(text) && (isLetterB(text[j]) || isDigitB(text[j])) {
			j++
		}
		for k, part := range splitCamel(text[i:j]) {
			out = append(out, nameWord{lower: strings.ToLower(part), upper: part[0] >= 'A' && part[0] <= 'Z', spaced: spaced || k > 0, opens: opens && k == 0})
		}
		spaced, opens = true, false
		i = j
	}
	return out
}

// openingVerb: a sentence opening with a past tense ("Taught English as a
// Second Language") names no thing with it; a credential's participle
// ("Certified ScrumMaster", "Registered Nurse") does.
func openingVerb(w nameWord) bool {
	if !w.opens {
		return false
	}
	switch w.lower {
	case "certified", "licensed", "registered", "accredited", "chartered":
		return false
	}
	_, form, ok := english.LookupVerb(w.lower)
	return ok && form == english.FormPast
}

var connectors = map[string]bool{"and": true, "of": true, "for": true, "the": true, "in": true, "on": true, "as": true, "a": true, "to": true}

// splitWords splits text into runs of letters and digits.
func splitWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	})
}

// splitCamel splits a word at its capitals: "ScrumMaster" is Scrum and
// Master, "CSM" is C, S and M; a word without inner capitals is itself.
func splitCamel(w string) []string {
	var out []string
	start := 0
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			out = append(out, w[start:i])
			start = i
		}
	}
	return append(out, w[start:])
}

// Initials are the capitals of the capitalised words around [start, end)
// of the text, CamelCase parts each counted, and joined by connectors
// ("of", "in", "for"): "OSCP" for "Offensive Security Certified
// Professional", "BSN" for "Bachelor of Science in Nursing". "" when fewer
// than two, or when the span is not itself a capitalised word.
func (c *Claims) Initials(start, end int) string { return c.initials(start, end, false) }

// ConnectedInitials are Initials with the connectors' initials too: "EIT"
// for "Engineer in Training".
func (c *Claims) ConnectedInitials(start, end int) string { return c.initials(start, end, true) }

func (c *Claims) initials(start, end int, connectors bool) string {
	text := c.Text
	if start >= len(text) || text[start] < 'A' || text[start] > 'Z' || strings.ToUpper(text[start:end]) == text[start:end] {
		return ""
	}
	a, b := start, end
	for {
		j, k, ok := wordBefore(text, a)
		if ok && initialConnectors[text[j:k]] {
			// a connector counts only between two capitalised words
			j2, _, ok2 := wordBefore(text, j)
			if !ok2 || !isUpperB(text[j2]) {
				break
			}
			j = j2
		} else if !ok || !isUpperB(text[j]) {
			break
		}
		a = j
	}
	for {
		j, k, ok := wordAfter(text, b)
		if ok && initialConnectors[text[j:k]] {
			j2, k2, ok2 := wordAfter(text, k)
			if !ok2 || !isUpperB(text[j2]) {
				break
			}
			j, k = j2, k2
		} else if !ok || !isUpperB(text[j]) {
			break
		}
		b = k
	}
	var out []byte
	for _, w := range splitWords(text[a:b]) {
		if initialConnectors[w] && connectors {
			out = append(out, w[0]-'a'+'A')
			continue
		}
		if initialConnectors[w] || strings.ToUpper(w) == w {
			continue // an acronym is no word spelled out: "SQL", "AWS"
		}
		for _, part := range splitCamel(w) {
			if part[0] >= 'A' && part[0] <= 'Z' {
				out = append(out, part[0])
			}
		}
	}
	if len(out) < 2 {
		return ""
	}
	return string(out)
}

// initialConnectors join the words of a name and give no initial.
// "and" is not one: "Basic Life Support and Advanced Cardiovascular Life
// Support" are two names.
var initialConnectors = map[string]bool{"of": true, "in": true, "for": true}

func isUpperB(b byte) bool { return b >= 'A' && b <= 'Z' }

// wordBefore finds the word (letters and digits) that ends where only
// spaces separate it from i.
func wordBefore(text string, i int) (int, int, bool) {
	k := i
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	if k == i || k == 0 {
		return 0, 0, false
	}
	j := k
	for j > 0 && (isLetterB(text[j-1]) || isDigitB(text[j-1]) || text[j-1] == '&') {
		j--
	}
	return j, k, j < k
}

// wordAfter finds the word that starts after the spaces at i.
func wordAfter(text string, i int) (int, int, bool) {
	k := i
	for k < len(text) && text[k] == ' ' {
		k++
	}
	if k == i || k == len(text) {
		return 0, 0, false
	}
	j := k
	for j < len(text) && (isLetterB(text[j]) || isDigitB(text[j]) || text[j] == '&') {
		j++
	}
	return k, j, k < j
}

// registeredProfessions follow "registered" as a registration held.
var registeredProfessions = map[string]bool{"nurse": true, "nurses": true, "paramedic": true, "dietitian": true, "dietician": true, "midwife": true,
	"pharmacist": true, "psychologist": true, "veterinary": true, "dental": true, "physiotherapist": true, "architect": true, "engineer": true,
	"radiographer": true, "optometrist": true, "counsellor": true, "counselor": true, "respiratory": true, "occupational": true, "social": true,
	"behavior": true, "behaviour": true, "health": true, "medical": true, "surveyor": true, "teacher": true, "electrician": true}

// qualifiedProfessions follow "qualified" as a qualification held.
var qualifiedProfessions = map[string]bool{"solicitor": true, "accountant": true, "teacher": true, "nurse": true, "electrician": true,
	"plumber": true, "lawyer": true, "barrister": true, "pharmacist": true, "midwife": true, "architect": true, "surveyor": true,
	"actuary": true, "social": true, "paralegal": true, "physiotherapist": true, "dietitian": true, "optometrist": true, "gas": true}

// acronymBefore: an acronym and a hyphen are glued before token i
// ("CIPS-qualified").
func (p *parser) acronymBefore(i int) bool {
	h, a := p.tok(i-1), p.tok(i-2)
	return h != nil && a != nil && h.text == "-" && !a.spaceAfter && !h.spaceAfter && a.kind == tWord && len(a.text) >= 2 && a.text == strings.ToUpper(a.text) && a.text != a.lower
}

// credential notes a word that claims a credential held ("certified",
// "licensed"), or that calls one unfinished ("coursework", "in progress",
// "pursuing"), at the hot token i (a word of seven letters or more).
func (p *parser) credential(i int) {
	t := &p.toks[i]
	switch t.lower {
	case "certified", "licensed", "accredited", "certificado", "certificada", "certifié", "certifiée", "zertifiziert", "zertifizierter",
		"zertifizierte", "certificato", "certificata", "certyfikowany", "gecertificeerd", "certifierad",
		"certifikovaná", "certifikovaný", "certyfikowana", "сертифицированный", "сертифицированная", "сертифікований", "сертифікована",
		"sertifikalı", "certificeret", "sertifisert", "sertifioitu", "gecertificeerde", "certificados", "certificadas",
		"agrégé", "agrégée", "agrégés", "agrégées", // ("professeur agrégé": the agrégation, a competitive teaching title)
		"abilitato", "abilitata", "abilitati", "habilitado", "habilitada", "zugelassen", "zugelassene", "zugelassener":
		// ("commercialista abilitato", "Rechtsanwalt, zugelassen": admitted to practise)
		// (and the same in the languages sources are written in)
		p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
		if prev := p.tok(i - 1); prev != nil && t.text == t.lower && (prev.kind == tWord && prev.text != prev.lower || prev.lower == "is" || prev.lower == "am" || prev.lower == "fully") {
			p.held = true
		}
	case "qualified", "αδειούχος", "αδειούχα", "αδειούχοι":
		// "a qualified solicitor", "αδειούχος ηλεκτρολόγος": a professional
		// qualification held (but "qualified leads" are sales)
		// ("CIPS-qualified", "ACCA-qualified": a body's qualification)
		if n := p.tok(i + 1); t.lower != "qualified" || n != nil && (qualifiedProfessions[n.lower] || n.lower == "as") || p.acronymBefore(i) {
			p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
			p.held = true
		}
	case "chartered":
		// "Chartered Engineer", "a chartered accountant": a charter held
		if n := p.tok(i + 1); n != nil && n.kind == tWord {
			p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
			p.held = true
		}
	case "chartership":
		// "working toward chartership": a credential, held or not
		p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
	case "admitted":
		// "admitted to the New York Bar"; "a New York-admitted attorney"
		if prev := p.tok(i - 2); prev != nil && p.lower(i-1) == "-" && !prev.spaceAfter && prev.text != prev.lower {
			p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
			p.held = true
			break
		}
		for k := i + 1; k <= i+5; k++ {
			if p.lower(k) == "bar" {
				p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
				break
			}
		}
	case "designated":
		// "CPCU-designated": a designation held
		if prev := p.tok(i - 2); prev != nil && p.lower(i-1) == "-" && len(prev.text) >= 2 && prev.text == strings.ToUpper(prev.text) {
			p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
			p.held = true
		}
	case "sworn":
		// a sworn translator is one a court has appointed
		// ("sworn court translator", "sworn French-to-English translator",
		// "Sworn DE/FR>EN legal translator")
		for k := i + 1; k <= i+9 && (k == i+1 || p.tok(k-1) != nil && (p.toks[k-1].kind == tWord && p.toks[k-1].lower != "and" && p.toks[k-1].lower != "or" || p.toks[k-1].text == "-" || p.toks[k-1].text == "/" || p.toks[k-1].text == ">")); k++ {
			if w := p.lower(k); w == "affidavit" || w == "affidavits" || w == "statement" || w == "statements" || w == "testimony" || w == "declaration" || w == "declarations" {
				break // ("sworn affidavits and translated files")
			}
			if w := p.lower(k); strings.HasPrefix(w, "translat") || strings.HasPrefix(w, "interpret") {
				p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
				break
			}
		}
	case "certification", "certifications", "certificate", "certificates", "certificación", "certificação", "certificazione", "zertifizierung",
		"zertifikat", "certyfikat", "certyfikacja", "certifikát", "certifikace", "сертификат", "сертифікат", "сертификация", "сертифікація",
		"sertifika", "sertifikası", "certifiering", "certificering", "certificaat", "certificat", "certificats", "sertifikat":
		// a certificate named as a thing held ("earned a Power BI
		// certification"), in the languages sources are written in; an
		// X.509 or TLS certificate is a file a machine holds
		if !machineCertificate(p.lower(i-1), p.lower(i+1)) {
			p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
		}
	case "licence", "license", "licences", "licenses", "permit", "permits":
		// a licence named as a thing held ("holding a hazardous goods
		// licence", "with a clean licence"); a software licence is no
		// credential, and is not held so
		for k := i - 1; k >= max(0, i-5); k-- {
			if heldWords[p.lower(k)] {
				p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
				break
			}
		}
	case "section", "parts", "part", "candidate":
		// "passed FAR and AUD sections of the CPA exam", "CPA candidate":
		// on the way to the credential, not holding it
		for k := i + 1; k <= i+4; k++ {
			if w := p.lower(k); w == "exam" || w == "exams" || w == "examination" {
				p.unfinished = true
			}
		}
		if prev := p.tok(i - 1); t.lower == "candidate" && prev != nil && len(prev.text) >= 2 && prev.kind == tWord && upperASCII(prev.text) {
			p.unfinished = true
		}
	case "review", "preparando", "preparándome", "preparandomi", "preparándose":
		// "CCRN review course", "me preparando para a certificação PMP":
		// on the way to it, not holding it
		if t.lower != "review" || p.lower(i+1) == "course" || p.lower(i+1) == "class" || p.lower(i+1) == "program" || p.lower(i+1) == "programme" {
			p.unfinished = true
		}
	case "coursework", "pursuing", "readiness", "qualifying":
		// ("ISO 27001 readiness work": preparing for an audit, not
		// certified)
		p.unfinished = true
	case "taking", "retaking":
		// "taking the exam in March": not passed yet
		if w := p.lower(i + 1); w == "exam" || w == "exams" || w == "the" && (p.lower(i+2) == "exam" || p.lower(i+2) == "exams" || p.lower(i+2) == "test") {
			p.unfinished = true
		}
	case "vorbereitung", "przygotowanie", "подготовка", "підготовка", "подготовки", "підготовки", "przygotowania", "préparation", "preparazione", "preparação", "voorbereiding", "förberedelse":
		// "Vorbereitung auf das Steuerberaterexamen": preparing for it
		switch p.lower(i + 1) {
		case "auf", "do", "к", "до", "au", "à", "alla", "al", "para", "op", "för", "inför", "for", "all", "all'esame", "à l'examen":
			p.unfinished = true
		}
		if p.lower(i-1) == "di" || p.lower(i-1) == "de" || p.lower(i-1) == "da" {
			p.unfinished = true // "corso di preparazione all'esame CDCES": a course towards it
		}
		if p.lower(i-1) == "in" || p.lower(i-1) == "en" {
			p.unfinished = true
		}
	case "curso", "andamento", "cours", "corso", "trakcie", "progreso", "preparación", "bearbeitung", "opleiding":
		// "en curso", "em andamento", "en cours", "in corso", "w trakcie":
		// in progress, in the languages sources are written in
		switch p.lower(i - 1) {
		case "en", "em", "in", "w":
			p.unfinished = true
		}
	case "progress":
		p.unfinished = p.unfinished || p.lower(i-1) == "in" || p.lower(i-1) == "-" && p.lower(i-2) == "in"
	case "pending", "awaiting":
		// "sat the SQE2 exam, results pending", "awaiting results", "LSIT
		// application pending approval", "licence pending"
		switch p.lower(i - 1) {
		case "results", "result", "application", "licence", "license", "licensure", "certification", "registration":
			p.unfinished = true
		}
		switch p.lower(i + 1) {
		case "results", "result", "approval", "licensure", "certification", "registration":
			p.unfinished = true
		}
	case "registered", "sitting", "scheduled", "booked":
		if t.lower == "registered" && registeredProfessions[p.lower(i+1)] {
			// "Registered Nurse", "a registered dietitian": a
			// registration held
			p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
			p.held = true
			break
		}
		// "sitting for PE in spring", "registered for the CPA exam",
		// "MLT exam scheduled Jan 2025"
		n := p.lower(i + 1)
		b := p.lower(i - 1)
		p.unfinished = p.unfinished || n == "for" || t.lower != "registered" && (b == "exam" || b == "exams" || b == "test" || b == "examination")
		if prev := p.tok(i - 2); t.lower == "registered" && prev != nil && p.lower(i-1) == "-" && !prev.spaceAfter && len(prev.text) >= 2 && upperASCII(prev.text) {
			// "HCPC-registered": a registration held
			p.credentials = append(p.credentials, Term{Text: t.text, Start: t.start, End: t.end})
			p.held = true
		}
	case "sections", "modules", "courses":
		// "passed 2 of 4 CPA sections", "5 of 6 courses done": part of
		// an exam or a programme ("FAR and AUD sections of the CPA exam")
		for k := i - 1; k >= max(0, i-4); k-- {
			if p.lower(k) == "of" && p.tok(k+1) != nil && p.toks[k+1].kind == tNum {
				p.unfinished = true
			}
		}
		for k := i + 1; k <= i+4; k++ {
			if w := p.lower(k); w == "exam" || w == "exams" || w == "examination" {
				p.unfinished = true
			}
		}
	case "passed":
		// "CPIM part 1 passed": one part of an exam, the credential not
		// yet held; "passed first 2 of 3 AINS exams": some of them
		if p.lower(i-2) == "part" || p.lower(i-2) == "module" || p.lower(i-2) == "section" {
			p.unfinished = true
		}
		k := i + 1
		if p.lower(k) == "first" || p.lower(k) == "the" {
			k++
		}
		p.unfinished = p.unfinished || p.someOf(k)
	case "year", "module", "stage", "semester":
		// "CLC course year 1 of 2", "pathway (module 2 of 4)": part way
		// through a programme
		p.unfinished = p.unfinished || p.someOf(i+1)
	case "prep", "preparation":
		// "a BCPS exam prep course": studying for it
		if n := p.lower(i + 1); n == "course" || n == "class" || n == "program" || n == "programme" || n == "bootcamp" {
			p.unfinished = true
		}
	case "frozen":
		// "ATPL (frozen)": the theory passed, the licence not yet issued
		if prev := p.tok(i - 1); prev != nil && (prev.text == "(" || upperASCII(prev.text) && len(prev.text) >= 3) {
			p.unfinished = true
		}
	case "eligible":
		// "BCPS eligible": may sit the exam, holds nothing yet
		p.unfinished = true
	case "expected", "anticipated":
		// "(expected 2025)": a degree or credential not yet held
		if n := p.tok(i + 1); n != nil && n.kind == tNum && n.num >= 1990 && n.num < 2100 {
			p.unfinished = true
		}
	case "studying", "preparing", "working":
		n := p.lower(i + 1)
		p.unfinished = p.unfinished || n == "for" || n == "toward" || n == "towards"
		if n == "on" {
			// "working on Water Safety Instructor course": a course
			// under way (but "working on the payments API" is work)
			for k := i + 2; k <= i+7; k++ {
				switch p.lower(k) {
				case "course", "certification", "certificate", "licence", "license", "exam", "qualification", "pathway", "diploma", "apprenticeship":
					p.unfinished = true
				}
			}
		}
	case "student", "trainee", "auszubildender", "auszubildende", "stagiaire", "estudiante", "studentka":
		// "Student veterinary nurse (year 2 …)": the candidate on the
		// way to the credential
		if i == 0 || p.lower(i-1) == "a" || p.lower(i-1) == "as" || p.lower(i-1) == "currently" {
			p.unfinished = true
		}
	case "completing", "enrolled":
		// "currently completing a postgraduate certificate", "enrolled
		// in an MSN programme": not yet held ("after completing" is done)
		if b := p.lower(i - 1); b != "after" && b != "upon" && b != "on" && b != "since" && b != "by" {
			p.unfinished = true
		}
	}
}

// someOf: the tokens at k read "N of M" with N short of M ("2 of 3").
func (p *parser) someOf(k int) bool {
	a, of, b := p.tok(k), p.tok(k+1), p.tok(k+2)
	return a != nil && b != nil && a.kind == tNum && b.kind == tNum && p.lower(k+1) == "of" && of != nil && a.num < b.num
}

// machineCertificate: the words around "certificate" make it a file a
// machine holds ("X.509 certificate rotation", "TLS certificates", "a
// certificate authority").
func machineCertificate(before, after string) bool {
	switch before {
	case "x.509", "509", "tls", "ssl", "https", "signing", "code-signing", "client", "server", "root", "intermediate", "wildcard", "self-signed",
		"digital", "ca", "acme", "mtls", "leaf", "x509", "pki", "ssl/tls":
		return true
	}
	switch after {
	case "authority", "authorities", "rotation", "renewal", "renewals", "management", "pinning", "chain", "chains", "store", "expiry", "expiration",
		"transparency", "revocation", "issuance", "provisioning", "signing":
		return true
	}
	return false
}

// heldWords say a licence is the writer's own ("holding a forklift
// licence", "a clean driving licence").
var heldWords = map[string]bool{"holding": true, "holds": true, "hold": true, "held": true, "valid": true, "clean": true, "full": true,
	"earned": true, "obtained": true, "current": true, "possess": true, "possessing": true, "possesses": true}
