package claims

import (
	"github.com/bulletproof-cli/bulletproof/internal/wordset"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type tokKind int

const (
	tNum tokKind = iota
	tWord
	tSym
)

type token struct {
	kind       tokKind
	text       string // as written
	lower      string
	start, end int
	num        float64 // tNum
	decimals   int     // digits after the point, tNum
	suffix     string  // letters glued to a number, lowercase ("ms", "m", "x")
	spaceAfter bool
	hot        bool // a word that may open a quantity or claim (see hotWords)
}

// span is a byte range excluded from quantity parsing (technology names,
// placeholders, phone numbers, identifiers).
type span struct{ start, end int }

// spanSet is a sorted list of disjoint spans, searched in O(log n) so that
// long texts stay linear.
type spanSet []span

// newSpanSet sorts and merges spans.
func newSpanSet(ss []span) spanSet { return newSpanSetInto(nil, ss) }

// newSpanSetInto is newSpanSet building in dst.
func newSpanSetInto(dst []span, ss []span) spanSet {
	out := append(spanSet(dst), ss...)
	slices.SortFunc(out, func(a, b span) int { return a.start - b.start })
	merged := out[:0]
	for _, s := range out {
		if n := len(merged); n > 0 && s.start <= merged[n-1].end {
			merged[n-1].end = max(merged[n-1].end, s.end)
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// overlaps reports whether [a, b) overlaps a span of the set.
func (ss spanSet) overlaps(a, b int) bool {
	i := sort.Search(len(ss), func(i int) bool { return ss[i].end > a })
	return i < len(ss) && ss[i].start < b
}

// europeanDigits reads the ways much of the world writes numbers: a
// decimal comma ("2,4%", "1,5 M€"), thousands dots with a decimal comma
// ("1.234,5") and thousands dots in groups ("1.250.000"). A lone "1.250"
// is left to the reader of its context (see dotGroup).
func europeanDigits(s string) (float64, int, bool) {
	comma := strings.LastIndexByte(s, ',')
	dot := strings.IndexByte(s, '.')
	switch {
	case comma > 0 && strings.Count(s, ",") == 1 && len(s)-comma-1 >= 1 && len(s)-comma-1 <= 2 && (dot < 0 || dot < comma):
		// "2,4", "98,5", "1.234,56"
		intPart := s[:comma]
		if dot >= 0 {
			for _, g := range strings.Split(intPart, ".")[1:] {
				if len(g) != 3 {
					return 0, 0, false
				}
			}
			intPart = strings.ReplaceAll(intPart, ".", "")
		}
		v, err := strconv.ParseFloat(intPart+"."+s[comma+1:], 64)
		return v, len(s) - comma - 1, err == nil
	case comma < 0 && strings.Count(s, ".") >= 2:
		// "1.250.000"
		groups := strings.Split(s, ".")
		if len(groups[0]) > 3 || groups[0] == "0" {
			return 0, 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, 0, false
			}
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ".", ""), 64)
		return v, 0, err == nil
	}
	return 0, 0, false
}

// spaceGroup: the space at j groups thousands ("2 400 employees", "350
// 000 EUR"): the number so far is one to three digits, or groups of three,
// and three digits and no fourth follow.
func spaceGroup(text string, i, j int) bool {
	if !swissGroup(text[j+1:]) || j+4 < len(text) && isLetterB(text[j+4]) {
		return false // ("3 100m sprints" are three)
	}
	run := text[i:j]
	first, rest, _ := strings.Cut(run, " ")
	if len(first) > 3 || strings.ContainsAny(first, ".,'") {
		return false
	}
	for _, g := range strings.Split(rest, " ") {
		if rest != "" && len(g) != 3 {
			return false
		}
	}
	return true
}

// swissGroup: three digits, and no fourth, follow an apostrophe.
func swissGroup(s string) bool {
	return len(s) >= 3 && isDigitB(s[0]) && isDigitB(s[1]) && isDigitB(s[2]) && (len(s) == 3 || !isDigitB(s[3]))
}

// dotGroup: "1.250" may be 1,250 written with a thousands dot.
func dotGroup(s string) bool {
	i := strings.IndexByte(s, '.')
	return i > 0 && i <= 3 && s[0] != '0' && len(s)-i-1 == 3 && !strings.ContainsAny(s, ",") && strings.Count(s, ".") == 1
}

func tokenizeInto(toks []token, text, lower string) []token {
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if n := len(toks); n > 0 {
				toks[n-1].spaceAfter = true
			}
			i++
		case isDigitB(c) || c == '.' && i+1 < len(text) && isDigitB(text[i+1]) && (i == 0 || text[i-1] == ' ' || text[i-1] == '('):
			// (".91" as statisticians write 0.91)
			j := i
			for j < len(text) && (isDigitB(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigitB(text[j+1]) ||
				text[j] == '\'' && swissGroup(text[j+1:]) || text[j] == ' ' && spaceGroup(text, i, j)) {
				j++
			}
			raw := text[i:j]
			if strings.ContainsAny(raw, "' ") {
				// "2'400'000" as the Swiss write it, "2 400" as the French
				raw = strings.NewReplacer("'", "", " ", "").Replace(raw)
			}
			v, dec, ok := parseDigits(raw)
			k := j
			for k < len(text) && isLetterB(text[k]) {
				k++
			}
			t := token{kind: tNum, text: text[i:k], lower: lower[i:k], start: i, end: k, num: v, decimals: dec, suffix: lower[j:k]}
			if !ok {
				t.kind = tWord
			}
			toks = append(toks, t)
			i = k
		case isLetterB(c) || c >= 0x80 && isLetterRune(text[i:]):
			j := i
			for j < len(text) && (isLetterB(text[j]) || isDigitB(text[j]) || text[j] >= 0x80 && isLetterRune(text[j:]) || text[j] == '\'' && j+1 < len(text) && isLetterB(text[j+1])) {
				if text[j] >= 0x80 {
					j += runeLen(text[j:])
				} else {
					j++
				}
			}
			w := lower[i:j]
			if c >= 0x80 {
				w = lowerCapital(w) // "Удвоил выручку": the lexicon's lower case is ASCII's
			}
			toks = append(toks, token{kind: tWord, text: text[i:j], lower: w, start: i, end: j, hot: isHot(w)})
			i = j
		case (c == '-' || c == '=') && i+1 < len(text) && text[i+1] == '>':
			// "54% -> 71%": an arrow, read as "→" (never the hedge ">")
			toks = append(toks, token{kind: tSym, text: "→", lower: "→", start: i, end: i + 2})
			i += 2
		default:
			n := 1
			if c >= 0x80 {
				n = runeLen(text[i:])
			}
			toks = append(toks, token{kind: tSym, text: text[i : i+n], lower: text[i : i+n], start: i, end: i + n})
			i += n
		}
	}
	return toks
}

var (
	hotOnce   sync.Once
	hotWords  map[string]bool
	hotFilter *wordset.Filter
)

// isHot reports whether a word may open a quantity, a percentile or a
// claim token: a number or ordinal word, a unit, a hedge-free phrase opener
// ("every", "twice", "no", "half", "a"), a claim word ("Series", "top"), a
// credential's ("certified", "coursework"). Reading skips every other word at once, so that texts cost a lookup per
// word.
// lowerCapital lower-cases a word that opens with a capital outside ASCII
// (Cyrillic, Greek, accented Latin), when that keeps its length, so that
// offsets into the text stay true.
func lowerCapital(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return w
	}
	if l := strings.ToLower(w); len(l) == len(w) {
		return l
	}
	return w
}

func isHot(w string) bool {
	hotOnce.Do(func() {
		hotWords = map[string]bool{}
		for _, m := range []map[string]float64{numberWords, multiplierWords, vagueWords, vagueData, durationUnits} {
			for k := range m {
				hotWords[k] = true
			}
		}
		for k := range ordinalWords {
			hotWords[k] = true
		}
		for k := range halvingVerbs {
			hotWords[k] = true
		}
		for k := range roughCounts {
			hotWords[k] = true
		}
		for _, m := range []map[string]float64{slavicShares, {"hälfte": 2, "helft": 2}} {
			for k := range m {
				hotWords[k] = true
			}
		}
		for k := range shareArticles {
			hotWords[k] = true
		}
		for k := range everyNth {
			hotWords[k] = true
		}
		for _, k := range []string{"zweimal", "dreimal", "viermal", "fünfmal", "sechsmal", "zehnmal"} {
			hotWords[k] = true
		}
		for _, k := range strings.Fields(`single double triple sub subsecond divisé divisée divisés dividido dividida diviso divisa gedeeld orders order every factor once twice thrice no without
			half halved halving halve halves a an tens http https status series seed pre type level around round top top-ranked version versions
			سنتين سنتان عامين عامان شهرين شهران أسبوعين أسبوعان يومين يومان ساعتين ساعتان toutes tous cada ogni alle co каждые каждый elke iedere halbe media demi meia pół halv полчаса mezz'ora student trainee auszubildender auszubildende stagiaire estudiante studentka largest biggest fastest youngest strongest longest-running most-awarded highest-grossing best-selling top-selling busiest first first-ever only most more record fortune forbes inc highest best statistically award awards prize won winning p review preparando preparándome preparandomi preparándose employee hire lead postgraduate post-graduate graduate pgdip pgcert section part parts candidate senior associate professional expert specialty practitioner foundational
			fundamentals foundation intermediate master advanced certified licensed accredited certification certifications certificate certificates certificación certificação certificazione zertifizierung zertifikat certyfikat certyfikacja certifikát certifikace сертификат сертифікат сертификация сертифікація sertifika sertifikası certifiering certificering certificaat certificat certificats sertifikat certificado certificada certifié certifiée zertifiziert zertifizierter zertifizierte certificato certificata certyfikowany gecertificeerd certifierad curso andamento cours corso trakcie progreso preparación vorbereitung bearbeitung opleiding admitted designated sworn passed eligible expected anticipated coursework pursuing progress studying completing enrolled preparing sitting registered scheduled booked taking prep frozen w подготовки підготовки przygotowania sections modules module stage semester courses lvl lv l1 l2 l3 l4 l5 l6 l7 class cdl charterholder charter chartered chartership readiness qualifying mitad moitié metade metà połowę наполовину polovinu hälften felére yarıya halvdelen pending awaiting qualified αδειούχος αδειούχα αδειούχοι abilitato abilitata abilitati habilitado habilitada zugelassen zugelassene zugelassener principal pi oral spotlight agrégé agrégée agrégés agrégées certifikovaná certifikovaný certyfikowana сертифицированный сертифицированная сертифікований сертифікована sertifikalı certificeret sertifisert sertifioitu gecertificeerde certificados certificadas przygotowanie подготовка підготовка préparation preparazione preparação voorbereiding förberedelse yoy qoq mom wow year quarter month week
			working osha epa nfpa nec hipaa usp asme ansi iec nist cmmc astm apprentice broker journeyman journeyperson journeyworker bachelor bachelor's bachelors master master's masters doctorate doctor bsc beng btech msc meng mtech
			mba mphil phd dphil mlis bed mestrado maestría maestria máster magister magisterium laurea licenciatura licence bacharelado grado licencjat doctorado doutorado dottorato doctorat promotion bba bfa mfa bcom mcom aas bsme bsee bsce bscs bsche bsba msme msee msce mscs bsn msn dnp bsw msw pharmd llb llm ma ba bs ms b m ph a d e j ll laude honors honours distinction valedictorian salutatorian dean's deans`) {
			hotWords[k] = true
		}
		hotFilter = wordset.Of(hotWords)
	})
	if len(w) >= 3 && (w[0] == 'p' || w[0] == 't' && w[1] == 'p') && isDigitB(w[len(w)-1]) {
		return true // p95, tp99
	}
	if len(w) >= 2 && (w[0] == 'x' || w[0] == 'q' || w[0] == 'd' || w[0] == 'w' || w[0] == 'm') && isDigitB(w[1]) {
		return true // "x3": three times; "q4h": every four hours; "D7": a window
	}
	if len(w) >= 9 && (w[len(w)-1] == 'g' || w[len(w)-1] == 'e' || w[len(w)-1] == 'r' || w[len(w)-1] == 's' || w[len(w)-1] == 'n' || w[len(w)-1] == 'm') && strings.Contains(w, "ig") && germanSpanWord(w) > 0 {
		return true // "sechsmonatiger": a span in one word
	}
	return hotFilter.MayHave(w) && hotWords[w]
}

// parseDigits reads "2,000,000", "1.5", "99.95"; a comma must group
// thousands, otherwise the token is not a plain number ("1,5").
func parseDigits(s string) (float64, int, bool) {
	if v, dec, ok := europeanDigits(s); ok {
		return v, dec, true
	}
	intPart, frac, dotted := strings.Cut(s, ".")
	if dotted && strings.Contains(frac, ".") {
		return 0, 0, false // 1.2.3: a version
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) > 3 {
			return 0, 0, false
		}
		for k, g := range groups[1:] {
			// "12,50,000": lakhs group by two before the last three
			if len(g) != 3 && !(len(g) == 2 && k < len(groups)-2 && len(groups[len(groups)-1]) == 3) {
				return 0, 0, false
			}
		}
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	num := intPart
	dec := 0
	if dotted {
		if strings.Contains(frac, ",") {
			return 0, 0, false
		}
		num += "." + frac
		dec = len(frac)
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return 0, 0, false
	}
	return v, dec, true
}

func isDigitB(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterB(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func runeLen(s string) int {
	for i := 1; i < len(s) && i < 4; i++ {
		if s[i]&0xC0 != 0x80 {
			return i
		}
	}
	if len(s) < 4 {
		return len(s)
	}
	return 4
}

func isLetterRune(s string) bool {
	// Latin letters with diacritics (é, ü) join words; symbols (€, –, ~) do not.
	// (and the micro sign, so "µs" is one word: a unit)
	// Greek, Cyrillic and Arabic letters make words too ("5 лет", "٦ أشهر")
	// (and Latin Extended-B and Additional: Romanian ș, Vietnamese ơ, ợ)
	if len(s) >= 3 && s[0] == 0xE1 && s[1] >= 0xB8 && s[1] <= 0xBB {
		return true
	}
	// Devanagari letters and vowel signs ("साल"), not its danda or digits
	if len(s) >= 3 && s[0] == 0xE0 && (s[1] == 0xA4 || s[1] == 0xA5 && (s[2] < 0xA4 || s[2] > 0xAF)) {
		return true
	}
	// and the Indic scripts after it, Bengali to Malayalam ("মাসে"); their
	// digits are folded to ASCII before this
	if len(s) >= 3 && s[0] == 0xE0 && s[1] >= 0xA6 && s[1] <= 0xB7 {
		return true
	}
	return len(s) >= 2 && (s[0] >= 0xC3 && s[0] <= 0xC9 || s[0] >= 0xCE && s[0] <= 0xD1 || s[0] == 0xD7 && s[1] >= 0x90 || s[0] >= 0xD8 && s[0] <= 0xDB && s[0:2] != "\u066a") &&
		!strings.HasPrefix(s, "×") && !strings.HasPrefix(s, "÷") && !strings.HasPrefix(s, "،") && !strings.HasPrefix(s, "؛") && !strings.HasPrefix(s, "؟") ||
		strings.HasPrefix(s, "µ")
}

// tolerance is half a unit of the last written digit, times scale.
func tolerance(decimals int, scale float64) float64 {
	return 0.5 * math.Pow(10, -float64(decimals)) * scale
}

// wordEdge: position i is outside the text or not a letter or digit.
func wordEdge(text string, i int) bool {
	return i < 0 || i >= len(text) || !isLetterB(text[i]) && !isDigitB(text[i])
}

// HasWord reports whether text holds w, case and all, as a whole word.
func HasWord(text, w string) bool { return hasWord(text, w) }

// Occurrences are the offsets where sub starts in s, left to right,
// without overlap.
func Occurrences(s, sub string) []int {
	var out []int
	for from := 0; sub != ""; {
		k := strings.Index(s[from:], sub)
		if k < 0 {
			break
		}
		out = append(out, from+k)
		from += k + len(sub)
	}
	return out
}

// hasWord reports whether lower (a lowercased text) holds w as a whole word.
func hasWord(lower, w string) bool {
	if w == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		if (i == 0 || !isLetterB(lower[i-1]) && !isDigitB(lower[i-1])) && (j == len(lower) || !isLetterB(lower[j]) && !isDigitB(lower[j])) {
			return true
		}
		from = i + 1
	}
}
