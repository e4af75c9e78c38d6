package claims

import (
	"strings"
	"sync"
)

// Credentials a text names outright: in capitals (CPA, RN, SHRM-CP) or
// with CompTIA's "+" (Security+), and accolades written as adjectives
// ("award-winning"). Each is a claim the judge asks the source to make.

// credentialAcronyms are professional credentials written in capitals.
var credentialAcronyms = map[string]bool{
	"CPA": true, "CMA": true, "CIA": true, "CFP": true, "CFA": true, "EA": true, "CISA": true, "CISM": true, "CISSP": true,
	"RN": true, "LPN": true, "LVN": true, "NP": true, "APRN": true, "CNA": true, "CRNA": true, "BCBA": true, "LCSW": true,
	"LMSW": true, "LPC": true, "PE": true, "EIT": true, "PMP": true, "CAPM": true, "PHR": true, "SPHR": true, "SHRM-CP": true,
	"SHRM-SCP": true, "CSCP": true, "CPIM": true, "CPSM": true, "CCNA": true, "CCNP": true, "CCIE": true, "OSCP": true,
	"CEH": true, "CKA": true, "CKAD": true, "CSM": true, "PSM": true, "CPC": true, "CCS": true, "RHIA": true, "RHIT": true,
	"EMT": true, "CDL": true, "LEED": true, "NCIDQ": true, "CPhT": true, "BLS": true, "ACLS": true, "PALS": true, "TNCC": true,
	"NRP": true, "CCRN": true, "CEN": true, "CNOR": true, "CPN": true, "CPR": true, "NIHSS": true, "NASM": true, "CSCS": true,
	"CEng": true, "IEng": true, "ACCA": true, "ACA": true, "CIMA": true, "MRICS": true, "FRICS": true, "QTS": true, "CFE": true,
	"ATPL": true, "CPL": true, "PPL": true, "CFI": true, "CFII": true, "BCPS": true, "BCOP": true, "RDN": true, "CHES": true, "CDCES": true,
	"PGCert": true, "PGDip": true, "PGCE": true, "DELTA": true, "TEFL": true, "TESOL": true, "NPQH": true, "PRINCE2": true,
	"ITIL": true, "CSSBB": true, "CSSGB": true, "CQE": true, "FRM": true, "CAIA": true, "CGMA": true,
}

// credentialNames finds the credentials text names in capitals or with a
// "+", among its word tokens.
func credentialNames(text string, toks []token) []Term {
	var out []Term
	for i := range toks {
		t := &toks[i]
		if t.kind != tWord || len(t.text) < 1 || t.text[0] < 'A' || t.text[0] > 'Z' {
			continue
		}
		start, at := t.start, t.end
		if at < len(text) && text[at] == '+' && plusCertificate(text, start, at) {
			out = append(out, Term{Text: text[start : at+1], Start: start, End: at + 1})
			continue
		}
		if len(t.text) < 2 || t.text[1] < 'A' || t.text[1] > 'Z' {
			continue // an acronym opens with two capitals (CPhT too)
		}
		// "SHRM-CP" whole, or "CPA" of "CPA-level"
		if credentialAcronyms[t.text] {
			out = append(out, Term{Text: t.text, Start: start, End: at})
			continue
		}
		if n := tokAt(toks, i+1); n != nil && n.text == "-" && !t.spaceAfter && !n.spaceAfter {
			if m := tokAt(toks, i+2); m != nil && m.kind == tWord && credentialAcronyms[t.text+"-"+m.text] {
				out = append(out, Term{Text: text[start:m.end], Start: start, End: m.end})
			}
		}
	}
	return out
}

// tokAt is the token at i, or nil.
func tokAt(toks []token, i int) *token {
	if i < 0 || i >= len(toks) {
		return nil
	}
	return &toks[i]
}

// plusCertificate: the word at [start, end) and the "+" after it name a
// certificate (A+, Network+, Security+), not a language (C++) nor a figure
// (2M+, N+).
func plusCertificate(text string, start, end int) bool {
	if end+1 < len(text) && (isLetterB(text[end+1]) || text[end+1] == '+') {
		return false
	}
	name := text[start:end]
	if name[0] < 'A' || name[0] > 'Z' || len(name) == 1 && name != "A" || start > 0 && isDigitB(text[start-1]) {
		return false
	}
	return !strings.Contains(name, "-")
}

// accolades are distinctions a rewrite may add as an adjective; each needs
// its cue in the source ("award-winning" needs an award, a prize or a win).
var accolades = []struct{ phrases, cues, notBefore []string }{
	{[]string{"award-winning", "award winning", "prize-winning", "prize winning"}, []string{"award", "prize", "won", "winner", "winning", "recogni", "honor", "honour"}, nil},
	{[]string{"record-breaking", "record breaking", "record-setting"}, []string{"record"}, nil},
	{[]string{"best-selling", "bestselling", "best selling"}, []string{"best-sell", "bestsell", "best sell", "top-sell", "top sell", "#1"}, nil},
	// a prize won needs a win, not a place on a shortlist ("a finalist
	// for the award" is no "won the award")
	{[]string{"won a", "won an", "won the", "won first", "won 1st", "winner of", "lauréat", "lauréate", "ganador de", "ganadora de", "vencedor", "vencedora",
		"vincitore", "vincitrice", "gewinner", "gewinnerin", "gewann", "winnaar", "zwycięzca", "победитель", "победительница", "переможець", "获奖", "受賞",
		// an award received, where the language glues it to its ending or
		// writes no spaces ("ödülünü kazandım", "社内MVPを受賞", "获评优秀教师")
		"ödül*", "获评", "荣获", "获颁", "表彰", "수상", "표창", "premiado", "premiada", "premiato", "premiata", "prêmio", "premio", "nagrod*", "наград*",
		"giải thưởng", "president's club", "presidents club", "president’s club"}, []string{"ödül", "获评", "荣获", "表彰", "표창", "premi", "prêmi", "nagrod", "наград", "giải", "president's club", "presidents club", "president’s club", "won", "winner", "winning", "awarded", "received", "recipient", "first place", "1st place",
		"lauréat", "laureate", "ganador", "ganó", "gewonnen", "gewinner", "ausgezeichnet", "vincitore", "vinto", "premiad", "galardonad", "zdobył", "zwycięz",
		"победител", "получил", "受賞", "获得", "获奖", "수상", "lauréat", "vencedor", "vincit", "gewann", "winnaar", "переможець", "奖", "賞"}, nil},
	{[]string{"michelin-starred", "michelin starred", "michelin star", "stellato michelin", "étoilé michelin", "étoilé au guide michelin", "estrella michelin",
		"sternerestaurant", "mit michelin-stern", "stella michelin", "ristorante stellato", "restaurante estrellado", "restaurant étoilé"}, []string{"star", "étoil", "stern", "estrella", "stella", "ster", "stellat"}, nil},
	// a prize named by its grade or kind in Chinese and Japanese ("年度优秀项目奖",
	// "一等奖", "社長賞"), which taking part in a selection ("评选") is not
	{[]string{"一等奖", "二等奖", "三等奖", "特等奖", "金奖", "银奖", "铜奖", "优秀奖", "项目奖", "员工奖", "团队奖", "创新奖", "新人奖", "贡献奖", "进步奖",
		"優秀賞", "金賞", "銀賞", "銅賞", "社長賞", "新人賞", "大賞", "우수상", "장려상", "금상", "최우수상"},
		[]string{"奖", "賞", "상을", "수상"}, nil},
	// a team's Scrum Master is a role, not a sprint taken part in
	{[]string{"scrum master"}, []string{"scrum master", "scrum-master"}, nil},
	// a title won, which reaching a final is not
	{[]string{"championship", "championships", "state champion", "national champion", "regional champion", "world champion", "champions"},
		[]string{"champion", "won", "title", "winner", "first place", "1st place"}, nil},
	// a company's standing: "a SaaS unicorn" is a valuation the source must state
	{[]string{"unicorn"}, []string{"unicorn", "billion-dollar", "$1b", "$1 billion", "1 billion"}, nil},
	// "Employee of the Year": a title given, which a nomination is not
	// (a month's title is no year's)
	{[]string{"of the year"}, []string{"of the year"}, nil},
	{[]string{"of the quarter"}, []string{"of the quarter", "of the year"}, nil},
	{[]string{"of the month"}, []string{"of the month", "of the quarter", "of the year"}, nil},
	// "the best sales rep in the region" in the languages sources are
	// written in: a rank ("best practices" are none)
	{[]string{"najlepsz*", "лучший", "лучшая", "лучшим", "лучшей", "лучшего", "найкращ*", "nejlepší", "bästa", "beste", "besten", "bester", "en iyi",
		"el mejor", "la mejor", "o melhor", "a melhor", "il migliore", "la migliore", "le meilleur", "la meilleure", "最佳", "最優秀", "최우수", "최고의"},
		[]string{"najlepsz", "лучш", "найкращ", "nejlepší", "bästa", "beste", "en iyi", "el mejor", "la mejor", "los mejores", "las mejores", "o melhor", "a melhor",
			"os melhores", "il migliore", "la migliore", "i migliori", "le meilleur", "la meilleure", "les meilleur", "最佳", "最優秀", "최우수", "최고"},
		[]string{"pra", "prá", "prak", "прак", "uygulama", "実践", "实践", "관행"}},
}

// accoladeTerms finds the accolades of text (lower is text in lower
// case, byte for byte).
func accoladeTerms(text, lower string, toks []token) []Term {
	out := rankTerms(text, lower)
	if !strings.Contains(lower, "winning") && !strings.Contains(lower, "record") && !strings.Contains(lower, "selling") &&
		!strings.Contains(lower, "won ") && !strings.Contains(lower, "winner") && !strings.Contains(lower, "michelin") && !strings.Contains(lower, " of the ") &&
		!strings.Contains(lower, "unicorn") && !strings.Contains(lower, "club") && !strings.Contains(lower, "champion") && !strings.Contains(lower, "scrum master") && !accoladeForeignCue(toks) && !cjkAccoladeCue(lower) {
		return out
	}
	for _, a := range accolades {
		for _, ph := range a.phrases {
			// ("nominated for Employee of the Year" claims no title)
			// (a phrase ending in "*" is a stem; one in Chinese, Japanese or
			// Korean needs no spaces around it)
			stem, cjk := strings.HasSuffix(ph, "*"), ph[0] >= 0xe3 && ph[0] <= 0xed
			ph = strings.TrimSuffix(ph, "*")
			if i := strings.Index(lower, ph); i >= 0 && (cjk || i == 0 || !isLetterB(lower[i-1])) && (stem || cjk || i+len(ph) == len(lower) || !isLetterB(lower[i+len(ph)])) &&
				!shortlisted(sentenceBefore(lower, i)) && !shortlisted(lower[i+len(ph):min(len(lower), i+len(ph)+24)]) && !practiceAfter(lower, i+len(ph), a.notBefore) {
				// ("Nurse of the Year 2023 nominee" claims no title either)
				out = append(out, Term{Text: text[i : i+len(ph)], Start: i, End: i + len(ph)})
				break
			}
		}
	}
	return out
}

// superlativeWords and rankScopes make a rank: "the highest gain in the
// district", "the top performer across the company".
var (
	superlativeWords = []string{"highest", "best", "top", "largest", "biggest", "fastest", "lowest", "strongest"}
	rankScopes       = []string{"district", "company", "region", "state", "country", "nation", "department", "school", "organization",
		"organisation", "firm", "branch", "division", "network", "chain", "county", "province", "cohort", "class", "team"}
)

// rankTerms finds ranks: a superlative, up to four words, then "in the",
// "across the", "of any" or "among all" and a scope (text is lower's
// original).
func rankTerms(text, lower string) []Term {
	if !strings.Contains(lower, "est ") && !strings.Contains(lower, "top ") {
		return nil // every superlative ends in "est" but "top": one look for most texts
	}
	var out []Term
	for _, w := range superlativeWords {
		for _, i := range Occurrences(lower, w) {
			rest := lower[i+len(w):]
			if strings.HasPrefix(rest, " practice") || strings.HasPrefix(rest, "-practice") || i > 0 && lower[i-1] == '-' {
				continue // "best practices in the department" rank nothing
			}
			if len(rest) > 60 {
				rest = rest[:60]
			}
			for _, link := range []string{" in the ", " in our ", " in my ", " across the ", " of any ", " among all ", " in its "} {
				j := strings.Index(rest, link)
				if j < 0 || strings.Count(rest[:j], " ") > 4 || strings.ContainsAny(rest[:j], ",;.()") {
					continue
				}
				after := rest[j+len(link):]
				for _, sc := range rankScopes {
					if strings.HasPrefix(after, sc) && (len(after) == len(sc) || !isLetterB(after[len(sc)])) {
						end := i + len(w) + j + len(link) + len(sc)
						out = append(out, Term{Text: text[i:end], Start: i, End: end})
					}
				}
			}
		}
	}
	return out
}

// rankCued: the source states the rank: its superlative and its scope.
func rankCued(lower, rank string) bool {
	for _, w := range superlativeWords {
		if !strings.HasPrefix(rank, w) {
			continue
		}
		for _, sc := range rankScopes {
			if strings.HasSuffix(rank, sc) {
				return HasWord(lower, w) && HasWord(lower, sc)
			}
		}
	}
	return false
}

// practiceAfter: the word after offset at (past the rest of the phrase's
// word) opens with one of nots ("najlepsze praktyki": best practices).
func practiceAfter(lower string, at int, nots []string) bool {
	if len(nots) == 0 {
		return false
	}
	for at < len(lower) && lower[at] != ' ' {
		at++
	}
	rest := strings.TrimLeft(lower[at:], " ")
	for _, n := range nots {
		if strings.HasPrefix(rest, n) {
			return true
		}
	}
	return false
}

// cjkAccoladeCue: lower names an award received in Chinese, Japanese or
// Korean, which are written without spaces between words.
func cjkAccoladeCue(lower string) bool {
	for i := 0; i < len(lower); i++ {
		if lower[i] >= 0xe3 && lower[i] <= 0xed {
			for _, w := range []string{"获奖", "受賞", "获评", "荣获", "获颁", "表彰", "수상", "표창", "最佳", "最優秀", "최우수", "최고의", "奖", "賞", "상"} {
				if strings.Contains(lower[i:], w) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// accoladeForeignCue: a word opens like an accolade written in one of
// the languages sources are written in; most words are passed on their
// first letter.
func accoladeForeignCue(toks []token) bool {
	index, opens := accoladePrefixes(), accoladeOpeners()
	for i := range toks {
		t := &toks[i]
		w := t.lower
		if t.kind != tWord || len(w) < 5 && w != "iyi" {
			continue
		}
		// (one look at the first byte, then one map look by the first
		// three bytes)
		if !opens[w[0]] {
			continue
		}
		for _, p := range index[w[:3]] {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// accoladeOpeners are the first bytes of the accolade prefixes.
var accoladeOpeners = sync.OnceValue(func() *[256]bool {
	var t [256]bool
	for p := range accoladePrefixes() {
		t[p[0]] = true
	}
	return &t
})

// accoladePrefixes indexes the words that open an accolade in the
// languages sources are written in by their first three bytes.
var accoladePrefixes = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, p := range []string{"laur", "ganador", "vencedor", "vincit", "gewinn", "gewann", "winnaar", "zwyci", "побед", "перемож", "stellat", "étoil", "stern",
		"ödül", "premiad", "premiat", "prêmio", "premio", "nagrod", "наград", "giải", "수상", "표창",
		"najlepsz", "лучш", "найкращ", "nejlep", "bästa", "beste", "mejor", "melhor", "miglior", "meilleur", "iyi"} {
		m[p[:3]] = append(m[p[:3]], p)
	}
	return m
})

// AccoladeCued reports whether text gives the cue the accolade needs.
func AccoladeCued(text, accolade string) bool {
	accolade = strings.ToLower(accolade)
	lower := strings.ToLower(text)
	if len(rankTerms(accolade, accolade)) > 0 {
		return rankCued(lower, accolade)
	}
	for _, a := range accolades {
		for _, ph := range a.phrases {
			if ph = strings.TrimSuffix(ph, "*"); ph != accolade {
				continue
			}
			for _, c := range a.cues {
				for _, k := range Occurrences(lower, c) {
					if !shortlisted(sentenceBefore(lower, k)) {
						return true
					}
				}
			}
			return false
		}
	}
	return true
}

// sentenceBefore is lower's sentence up to offset k, at most 160 bytes.
func sentenceBefore(lower string, k int) string {
	b := lower[max(0, k-160):k]
	if i := strings.LastIndex(b, ". "); i >= 0 {
		b = b[i+2:]
	}
	return b
}

// shortlisted: the words before an award say it was not won ("shortlisted
// for", "nominated for", "finalist in").
func shortlisted(before string) bool {
	for _, w := range []string{"shortlist", "short-list", "nominat", "nominee", "finalist", "longlist", "présélection", "nominé", "nominad", "nominiert", "nominowan",
		"номинир", "номінов", "入围", "提名", "ノミネート", "후보"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// CredentialAcronym reports whether w, as written, names a professional
// credential (CPA, RN, PMP).
func CredentialAcronym(w string) bool { return credentialAcronyms[w] }
