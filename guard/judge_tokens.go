package guard

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// judgeTokens: a version, funding stage, certification level, rank, HTTP
// status or "24/7" must be the source's. Context (the role's other bullets)
// may support a version, as it may a technology.
func (g *Guard) judgeTokens(src []sourceText, cand claims.Claims) []Finding {
	var fs []Finding
	for _, t := range cand.Tokens {
		if t.Kind == claims.TokenWindow && (placeholderAfter(cand, t.End) || placeholderBefore(cand, t.Start)) && !kindInSource(src, claims.TokenWindow) {
			continue // "lowering 30-day readmissions by [X%]", "a [X]% cut in 30-day readmissions": the gap's metric, for the user to fill
		}
		if t.Kind == claims.TokenBasis && !kindInSource(src, claims.TokenBasis) {
			continue // a basis only contradicts the source's own ("+15% QoQ" is not "year over year")
		}
		found := false
		for _, sc := range src {
			if sc.toolsOnly && t.Kind != claims.TokenVersion {
				continue
			}
			for _, s := range sc.Tokens {
				found = found || tokenSupports(s, t)
			}
		}
		if !found && t.Kind == claims.TokenDegree {
			found = degreeWrittenOtherwise(src, t.Key)
		}
		if !found && t.Kind == claims.TokenWindow && strings.HasPrefix(t.Key, "first ") {
			found = spanInSource(src, claims.PeriodSeconds(strings.TrimPrefix(t.Key, "first ")))
		}
		if !found && t.Kind == claims.TokenLevel && strings.HasPrefix(t.Key, "tier ") {
			// the tier of a certification spelled out whose acronym the
			// source has: "Offensive Security Certified Professional" for
			// "OSCP"
			found = namedBySource(src, &cand, t.Text, t.Start, t.End) || tierByExamCode(src, strings.TrimPrefix(t.Key, "tier "))
		}
		if !found && t.Kind == claims.TokenLevel && strings.HasPrefix(t.Key, "class ") {
			found = licenceClassInSource(claimTexts(src), strings.TrimPrefix(t.Key, "class "))
		}
		if !found && t.Kind == claims.TokenLevel && strings.HasPrefix(t.Key, "trade ") {
			found = tradeGradeInSource(claimTexts(src), strings.TrimPrefix(t.Key, "trade "))
		}
		if !found && t.Kind == claims.TokenAward {
			found = sourceWon(src)
		}
		if !found && t.Kind == claims.TokenRank {
			found = rankOfField(src, t.Key)
		}
		if !found && t.Kind == claims.TokenVersion {
			found = versionTypedBySource(src, t) || g.versionBesideKin(src, t) || t.Of == "" && versionWrittenShort(src, t.Key)
		}
		if !found && t.Kind != claims.TokenVersion && t.Kind != claims.TokenRank && !keyInSource(src, t) {
			// (not a rank: "first" is every writer's word, "one of the
			// first five engineers" no "first engineer")
			// a writer who marks no names by capitals writes "series a"
			// (a token the source reads and limits, "MBA candidate", is
			// judged above)
			found = writtenBySource(claimTexts(src), t.Text, false)
		}
		if found && (t.Kind == claims.TokenLevel || t.Kind == claims.TokenDegree) && onlyUnfinished(claimTexts(src), t.Text) {
			// "CFA Level II candidate" holds no Level II, unless the
			// rewrite says so too
			lower := strings.ToLower(cand.Text)
			if !unfinishedAt(lower, t.Start, t.End) {
				fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: t.Text, Start: t.Start, End: t.End, Severity: Error,
					Detail: fmt.Sprintf("%q is a level the source calls unfinished: keep \"candidate\" or \"in progress\"", t.Text)})
				continue
			}
		}
		if !found {
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: t.Text, Start: t.Start, End: t.End,
				Severity: Error, Detail: tokenDetail(t)})
		}
	}
	return fs
}

// spanInSource: a source states a span of time as long as secs, within a
// few days' rounding ("within 30 days" for "the first month").
func spanInSource(src []sourceText, secs float64) bool {
	if secs <= 0 {
		return false
	}
	for _, sc := range src {
		for _, q := range sc.Quantities {
			if q.Class == claims.Duration && q.Value >= 0.9*secs && q.Value <= 1.1*secs {
				return true
			}
		}
	}
	return false
}

// versionTypedBySource: the source writes the technology with the version
// right after it, or its writer marks no names by capitals and types the
// version after it ("upgraded react 16 -> 18").
func versionTypedBySource(src []sourceText, t claims.Token) bool {
	for _, sc := range src {
		if t.Of == "" {
			continue
		}
		lower, of := strings.ToLower(sc.Text), strings.ToLower(t.Of)
		i := strings.Index(lower, of)
		if i < 0 {
			continue
		}
		// "Windows 10 + Office 365": the name and the version side by
		// side, whatever the source made of the name
		if rest := strings.TrimLeft(lower[i+len(of):], " "); strings.HasPrefix(rest, t.Key) && (len(rest) == len(t.Key) || !isDigitByte(rest[len(t.Key)]) && rest[len(t.Key)] != '.') {
			return true
		}
		if marksNoNames(sc.Text) && claims.HasWord(lower[i:], t.Key) {
			return true
		}
	}
	return false
}

// rankOfField: "top 100" is the source's "top 5%" of its "2,000
// entrants", the share taken of the field's count.
func rankOfField(src []sourceText, key string) bool {
	if key == "#1" && firstPlaceInWords(src) {
		return true // "top seller in the store", "best-selling associate": first place, said in words
	}
	if share, ok := strings.CutSuffix(strings.TrimPrefix(key, "top "), "%"); ok && strings.HasPrefix(key, "top ") {
		// "top 2.5%" is the source's "3rd of 120": the place as a share
		// of the field
		p, err := strconv.ParseFloat(share, 64)
		if err != nil || p <= 0 {
			return false
		}
		for _, sc := range src {
			for _, t := range sc.Tokens {
				place, ok := strings.CutPrefix(t.Key, "#")
				n, err := strconv.ParseFloat(place, 64)
				if t.Kind != claims.TokenRank || !ok || err != nil || n <= 0 {
					continue
				}
				for _, q := range sc.Quantities {
					// ("top 5%" from 37th of 1,200, 3.1%: within the share)
					if q.Class == claims.Count && !q.Change && q.Value > n && q.Start >= t.End && n/q.Value*100 <= p+0.05 {
						return true
					}
				}
			}
		}
		return false
	}
	n, err := strconv.ParseFloat(strings.TrimPrefix(key, "top "), 64)
	if err != nil || !strings.HasPrefix(key, "top ") || n <= 0 {
		return false
	}
	for _, sc := range src {
		for _, s := range sc.Tokens {
			share, ok := strings.CutSuffix(strings.TrimPrefix(s.Key, "top "), "%")
			p, err := strconv.ParseFloat(share, 64)
			if s.Kind != claims.TokenRank || !ok || err != nil || !strings.HasPrefix(s.Key, "top ") {
				continue
			}
			for _, q := range sc.Quantities {
				if q.Class == claims.Count && !q.Change && q.Value > n && math.Abs(q.Value*p/100-n) < 0.5 {
					return true
				}
			}
		}
	}
	return false
}

// versionWrittenShort: a version of nothing named ("version 2 of the
// app") that the source writes short or the same ("Shipped v2").
func versionWrittenShort(src []sourceText, key string) bool {
	for _, sc := range src {
		lower := strings.ToLower(sc.Text)
		for _, w := range []string{"v" + key, "v." + key, "version " + key, "ver. " + key, "release " + key} {
			if claims.HasWord(lower, w) {
				return true
			}
		}
	}
	return false
}

// versionBesideKin: the source writes the version's number right after
// the same technology, one it implies or one that implies it, in the same
// clause ("Node from 16 to 20" for "Node.js 16 to Node.js 20"; "EKS
// clusters from Kubernetes 1.26" for "EKS from 1.26").
func (g *Guard) versionBesideKin(src []sourceText, t claims.Token) bool {
	if t.Of == "" || t.Key == "" {
		return false
	}
	for _, sc := range src {
		for _, m := range sc.Technologies {
			if m.Name != t.Of && !slices.Contains(g.reader.Entails(m.Name), t.Of) && !slices.Contains(g.reader.Entails(t.Of), m.Name) {
				continue
			}
			clause := sc.Text[m.End:min(len(sc.Text), m.End+48)]
			if k := strings.IndexAny(clause, ".;\n"); k >= 0 && !(k+1 < len(clause) && isDigitByte(clause[k+1]) && k > 0 && isDigitByte(clause[k-1])) {
				clause = clause[:k] // (the dot of "1.26" ends no clause)
			}
			if claims.HasWord(strings.ToLower(clause), t.Key) {
				return true
			}
		}
	}
	return false
}

// placeholderAfter: a placeholder follows offset at in its clause.
func placeholderAfter(c claims.Claims, at int) bool {
	for _, ph := range c.Placeholders {
		if ph.Start >= at && ph.Start-at <= 60 && !strings.ContainsAny(c.Text[at:ph.Start], ".;") {
			return true
		}
	}
	return false
}

// placeholderBefore: a placeholder comes shortly before offset at in its
// clause, with only "reduction in" and such between.
func placeholderBefore(c claims.Claims, at int) bool {
	for _, ph := range c.Placeholders {
		if ph.End <= at && at-ph.End <= 30 && !strings.ContainsAny(c.Text[ph.End:at], ".;,") {
			return true
		}
	}
	return false
}

// kindInSource: some source reads a token of this kind.
func kindInSource(src []sourceText, kind claims.TokenKind) bool {
	for _, sc := range src {
		for _, s := range sc.Tokens {
			if s.Kind == kind {
				return true
			}
		}
	}
	return false
}

// degreeWords are degrees as sources write them where the reader reads no
// token: dotted abbreviations and the words of Chinese, Japanese and Korean.
var degreeWords = map[string][]string{
	"bachelor":           {"学士", "학사", "本科"},
	"master":             {"硕士", "碩士", "修士", "석사"},
	"doctorate":          {"博士", "박사"},
	"doctorate/pharmacy": {"pharm.d", "pharm. d", "薬学博士", "약학박사"},
}

// degreeWrittenOtherwise: a source names the degree the key stands for in
// a form of its own ("Pharm.D." for PharmD, "경영학 학사" for a bachelor's).
func degreeWrittenOtherwise(src []sourceText, key string) bool {
	for _, sc := range claimTexts(src) {
		l := strings.ToLower(sc.Text)
		for _, w := range degreeWords[key] {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// keyInSource: some source reads a token of t's kind and key.
func keyInSource(src []sourceText, t claims.Token) bool {
	for _, sc := range src {
		for _, s := range sc.Tokens {
			if s.Kind == t.Kind && s.Key == t.Key {
				return true
			}
		}
	}
	return false
}

// tokenSupports: the source token s supports the candidate's t.
func tokenSupports(s, t claims.Token) bool {
	if s.Kind != t.Kind {
		return false
	}
	switch t.Kind {
	case claims.TokenVersion:
		// "Python 3" from "Python 3.11": a version may be less precise
		return s.Of == t.Of && (s.Key == t.Key || strings.HasPrefix(s.Key, t.Key+"."))
	case claims.TokenStatus:
		// 5xx covers 503 and 503 shows 5xx
		return s.Key == t.Key || s.Key[0] == t.Key[0] && (strings.HasSuffix(s.Key, "xx") || strings.HasSuffix(t.Key, "xx"))
	case claims.TokenDegree:
		// "Bachelor's" from "B.S."; not "B.S." from "Bachelor's"; a
		// degree under way ("PhD candidate") is no degree held
		if s.Of == "unfinished" && t.Of != "unfinished" {
			return false
		}
		return s.Key == t.Key || !strings.Contains(t.Key, "/") && strings.HasPrefix(s.Key, t.Key+"/")
	case claims.TokenHonour:
		// "cum laude" from "magna cum laude", not the reverse
		return s.Key == t.Key || claims.HonourRank(s.Key) >= claims.HonourRank(t.Key) && strings.HasSuffix(s.Key, "cum laude") == strings.HasSuffix(t.Key, "cum laude") &&
			strings.Contains(s.Key, "hono") == strings.Contains(t.Key, "hono") && claims.HonourRank(t.Key) > 0
	case claims.TokenRank:
		// "top 10%" supports "top 15%"; "Fortune 100" supports "Fortune 500"
		sk, sn := rankNumber(s.Key)
		tk, tn := rankNumber(t.Key)
		if sk != "" && sk == tk && (strings.HasPrefix(sk, "top") || strings.HasPrefix(sk, "fortune")) {
			return sn <= tn
		}
	}
	return s.Key == t.Key
}

// rankNumber splits "top 10%" into "top %" and 10.
func rankNumber(key string) (string, float64) {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return "", 0
	}
	num := strings.TrimSuffix(key[i+1:], "%")
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return "", 0
	}
	return key[:i] + strings.TrimPrefix(key[i+1:], num), v
}

// tokenStated names what a claim token of each kind states.
var tokenStated = map[claims.TokenKind]string{claims.TokenStage: "a funding stage", claims.TokenLevel: "a certification level",
	claims.TokenRank: "a rank", claims.TokenDegree: "a degree", claims.TokenHonour: "an academic honour", claims.TokenWindow: "a metric's window", claims.TokenBasis: "a comparison basis (over the year, quarter, month or week before)",
	claims.TokenSignificance: "a statistical significance", claims.TokenAward: "an award won (a shortlist or nomination wins none)"}

func tokenDetail(t claims.Token) string {
	switch t.Kind {
	case claims.TokenVersion:
		return fmt.Sprintf("%q is version %s of %s, which the source does not state", t.Text, t.Key, t.Of)
	case claims.TokenStatus:
		return fmt.Sprintf("%q is an HTTP status the source does not name", t.Text)
	case claims.TokenAlways:
		return fmt.Sprintf("%q claims round-the-clock coverage the source does not state", t.Text)
	}
	if what, ok := tokenStated[t.Kind]; ok {
		return fmt.Sprintf("%q is %s the source does not state", t.Text, what)
	}
	return fmt.Sprintf("%q is not in the source", t.Text)
}

// examTiers are certification exams named by their codes, with the tier
// each code is: "AWS SAA-C03" is the Associate exam, "AZ-900" Fundamentals.
var examTiers = map[string]string{
	"saa": "associate", "dva": "associate", "soa": "associate", "sap": "professional", "dop": "professional",
	"clf": "practitioner", "ccp": "practitioner", "ans": "specialty", "scs": "specialty", "mls": "specialty", "das": "specialty",
	"az-900": "fundamentals", "ai-900": "fundamentals", "dp-900": "fundamentals", "pl-900": "fundamentals", "sc-900": "fundamentals",
	"az-104": "associate", "az-204": "associate", "az-500": "associate", "dp-203": "associate", "ai-102": "associate", "az-700": "associate",
	"az-305": "expert", "az-400": "expert", "ace": "associate", "pca": "professional", "pde": "professional", "pcd": "professional",
}

// tierByExamCode: the source names the exam by a code of that tier.
func tierByExamCode(src []sourceText, tier string) bool {
	for _, sc := range claimTexts(src) {
		for _, w := range strings.FieldsFunc(strings.ToLower(sc.Text), func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' || r == '/' }) {
			if examTiers[w] == tier {
				return true
			}
			if code, _, ok := strings.Cut(w, "-c0"); ok && examTiers[code] == tier {
				return true // "saa-c03"
			}
		}
	}
	return false
}

// winWords say a prize was won, in the languages sources are written in.
var winWords = []string{"won ", "winner", "winning", "awarded", "recipient", "received", "earned", "honoured with", "honored with", "gewonnen", "gewann", "preisträger", "ganador", "ganadora", "ganó", "gané",
	"remporté", "lauréat", "vincitore", "vincitrice", "vinto", "venceu", "vencedor", "wygra", "laureat", "zwycięz", "победител", "переможе", "переможц",
	"受賞", "获奖", "获得", "수상", "kazandı", "ödül aldı"}

// sourceWon: some source says the candidate won a prize.
func sourceWon(src []sourceText) bool {
	for _, sc := range claimTexts(src) {
		l := strings.ToLower(sc.Text)
		for _, w := range winWords {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// tradeGrades are a trade's grades as other languages write them, often
// inside a compound ("Schreinergeselle", "Elektromeister").
var tradeGrades = map[string][]string{
	"journeyman":    {"geselle", "gesellen", "compagnon", "gezel", "czeladni", "oficial de primera", "tovarăș"},
	"journeyperson": {"geselle", "gesellen", "compagnon", "gezel", "czeladni"},
	"journeyworker": {"geselle", "gesellen", "compagnon", "gezel", "czeladni"},
	"master":        {"meister", "maître artisan", "maestro artesano", "mistrz", "meester"},
	"apprentice":    {"lehrling", "azubi", "auszubildend", "apprenti", "aprendiz", "apprendista", "leerling", "uczeń", "ученик"},
}

// tradeGradeInSource: the source gives the trade grade in its own
// language.
func tradeGradeInSource(src []sourceText, grade string) bool {
	for _, sc := range src {
		l := strings.ToLower(sc.Text)
		for _, w := range tradeGrades[grade] {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// firstPlaceInWords: the source says its writer came first in words ("top
// seller", "best performer", "number one", "first place"), not by a place
// number.
func firstPlaceInWords(src []sourceText) bool {
	for _, sc := range claimTexts(src) {
		l := strings.ToLower(sc.Text)
		for _, w := range []string{"top seller", "top-seller", "top salesperson", "top performer", "top-performing", "top rep", "top producer",
			"best seller", "best-selling", "best performer", "highest-selling", "number one", "first place", "1st place", "ranked first", "ranked 1st"} {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// licenceClassInSource: the source gives a licence's class in its own
// language ("Führerschein Klasse C", "categoría C", "C+E kategorija").
func licenceClassInSource(src []sourceText, class string) bool {
	for _, sc := range src {
		l := strings.ToLower(sc.Text)
		for _, w := range []string{"klasse", "kategorie", "categoría", "categoria", "catégorie", "kategorija", "kategoria", "kategori", "категори", "категорі", "class"} {
			for _, k := range claims.Occurrences(l, w) {
				near := l[max(0, k-8):min(len(l), k+len(w)+8)]
				if claims.HasWord(near, class) {
					return true
				}
			}
		}
	}
	return false
}
