package guard

import (
	"fmt"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
	"github.com/bulletproof-cli/bulletproof/internal/english"
)

func (g *Guard) judge(src []sourceText, cand claims.Claims) Verdict {
	var fs []Finding
	fs = append(fs, g.judgeQuantities(src, cand)...)
	fs = append(fs, judgePercentiles(src, cand)...)
	fs = append(fs, g.judgeTechnologies(src, cand)...)
	fs = append(fs, judgeTerms(src, cand)...)
	fs = append(fs, g.judgeTokens(src, cand)...)
	fs = append(fs, judgeOwnership(src, cand, g.ownership)...)
	fs = append(fs, judgeCredentials(src, cand)...)
	fs = append(fs, judgeAcronymCredentials(src, cand)...)
	fs = append(fs, judgeIdentifiers(src, cand.Text)...)
	fs = append(fs, judgeScopes(src, cand)...)
	fs = append(fs, judgeAllOf(src, cand)...)
	fs = append(fs, judgeRegions(src, cand)...)
	fs = append(fs, judgeTeamLead(src, cand)...)
	fs = append(fs, judgeLevelChange(src, cand)...)
	fs = append(fs, judgeLanguages(src, cand)...)
	fs = append(fs, judgeFluency(src, &cand)...)
	fs = append(fs, judgeRankTitle(src, &cand)...)
	fs = append(fs, judgeMetricNames(src, &cand)...)
	fs = append(fs, judgeOutcomes(src, cand)...)
	fs = append(fs, judgeCredentialNames(src, cand)...)
	fs = append(fs, judgeAccolades(src, cand)...)
	fs = append(fs, dropped(src[0].Claims, cand)...)
	// a placeholder the source has already ("{my-github}", an AsciiDoc
	// attribute; a template's "{{ name }}") is the candidate's own text
	placeholders := slices.DeleteFunc(slices.Clone(cand.Placeholders), func(p claims.Placeholder) bool {
		for _, sc := range src {
			for _, sp := range sc.Placeholders {
				if sp.Text == p.Text {
					return true
				}
			}
		}
		return false
	})
	// "escalating {X} cases to compliance in a year": the period is the
	// placeholder's, which the candidate fills in with its figure
	fs = slices.DeleteFunc(fs, func(f Finding) bool {
		return f.Code == CodeUnsupportedMetric && periodOfPlaceholder(cand.Text, f, placeholders)
	})
	for _, p := range placeholders {
		fs = append(fs, Finding{Kind: KindPlaceholder, Code: CodePlaceholder, Text: p.Text, Start: p.Start, End: p.End,
			Severity: Info, Detail: fmt.Sprintf("%q is a placeholder: fill it in with your real figure, or delete it", p.Text)})
	}
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if (a.Kind == KindDropped) != (b.Kind == KindDropped) {
			if b.Kind == KindDropped {
				return -1
			}
			return 1
		}
		return a.Start - b.Start
	})
	v := Verdict{Decision: Accept, Findings: fs}
	if fs == nil {
		v.Findings = []Finding{}
	}
	for _, f := range fs {
		if f.Severity == Error {
			v.Decision = Reject
			return v
		}
	}
	if len(placeholders) > 0 {
		v.Decision = NeedsInput
	}
	return v
}

func judgePercentiles(src []sourceText, cand claims.Claims) []Finding {
	var fs []Finding
	for _, p := range cand.Percentiles {
		found := false
		for _, sc := range src {
			if sc.toolsOnly {
				continue
			}
			for _, sp := range sc.Percentiles {
				found = found || sp.Label == p.Label
			}
			found = found || shareOfRequests(sc, p.Label)
		}
		if !found {
			fs = append(fs, Finding{Kind: KindMetric, Code: CodeUnsupportedPercentile, Text: p.Text, Start: p.Start, End: p.End,
				Severity: Error, Detail: fmt.Sprintf("%q names a percentile the source does not measure", p.Text)})
		}
	}
	return append(fs, judgeCentre(src, &cand)...)
}

// judgeCentre: "median latency" or "average latency" for a source that
// measures a tail percentile of it ("p99 latency 2.4s -> 800ms") moves the
// figures to another statistic.
func judgeCentre(src []sourceText, cand *claims.Claims) []Finding {
	if !cand.HasText("median") && !cand.HasText("average") && !cand.HasText("mean") && !cand.HasText("avg") {
		return nil // (the common text: no statistic named)
	}
	text := cand.Text
	tail := false
	for _, sc := range claimTexts(src) {
		l := strings.ToLower(sc.Text)
		for _, w := range []string{"median", "average", "mean", "avg", "p50", "typical"} {
			if strings.Contains(l, w) {
				return nil
			}
		}
		tail = tail || len(sc.Percentiles) > 0
	}
	if !tail {
		return nil
	}
	lower := strings.ToLower(text)
	for _, w := range []string{"median", "average", "mean", "avg"} {
		for _, k := range claims.Occurrences(lower, w) {
			end := k + len(w)
			if k > 0 && isLetter(lower[k-1]) || end < len(lower) && isLetter(lower[end]) {
				continue
			}
			if after := lower[end:min(len(lower), end+40)]; !strings.Contains(after, "latenc") && !strings.Contains(after, "response time") && !strings.Contains(after, "load time") {
				continue
			}
			return []Finding{{Kind: KindMetric, Code: CodeChangedSubject, Text: text[k:end], Start: k, End: end, Severity: Error,
				Detail: fmt.Sprintf("%q is another statistic than the source's percentile", text[k:end])}}
		}
	}
	return nil
}

// shareOfRequests: the source measures the percentile in words: "under
// 100 ms for 99% of requests" is a p99 ("για το 99% των αιτημάτων"). The
// share is of requests, right after the figure, and the text times them.
func shareOfRequests(sc sourceText, label string) bool {
	for _, q := range sc.Quantities {
		if q.Class != claims.Percent || q.Change || "p"+strconv.FormatFloat(q.Value, 'f', -1, 64) != label || !timedBeside(sc, q.Start, q.End) {
			continue
		}
		words := strings.Fields(strings.ToLower(sc.Text[q.End:min(len(sc.Text), q.End+40)]))
		if len(words) < 2 {
			continue
		}
		switch words[0] {
		case "of", "των", "der", "des", "de", "dos", "das", "delle", "degli", "dei", "van", "z", "от":
		default:
			continue
		}
		for _, w := range words[1:min(len(words), 4)] {
			for _, r := range []string{"request", "call", "quer", "αιτ", "anfrage", "requête", "solicitud", "requisi", "запрос", "richiest", "żądań", "zapytań", "verzoek"} {
				if strings.HasPrefix(w, r) {
					return true
				}
			}
		}
	}
	return false
}

// timedBeside: a time the source measures sits in the clause of [k, e)
// (no ";" or "." between them).
func timedBeside(sc sourceText, k, e int) bool {
	for _, d := range sc.Quantities {
		if d.Class != claims.Duration {
			continue
		}
		between := ""
		switch {
		case d.End <= k:
			between = sc.Text[d.End:k]
		case d.Start >= e:
			between = sc.Text[e:d.Start]
		}
		if !strings.Contains(between, ";") && !strings.Contains(between, ". ") {
			return true
		}
	}
	return false
}

// scriptSurface: a source writes one of the technology's spellings in
// another script (the lexicon's "안드로이드", "アンドロイド", "安卓"), which
// words in those scripts carry glued ("안드로이드 앱을").
func (g *Guard) scriptSurface(src []sourceText, name string) bool {
	for _, f := range g.reader.Surfaces(name) {
		if f == "" || f[0] < 0x80 {
			continue
		}
		for _, sc := range claimTexts(src) {
			if strings.Contains(sc.Text, f) {
				return true
			}
		}
	}
	return false
}

// capitalisedSurface: a source writes one of the technology's spellings
// of five letters or more in its capitals, beside a technology the source
// names or a word only software has ("DAGs in Airflow and Snowflake"), or
// opening a list ("Airflow, ~30 DAGs"): the lexicon left it unread for
// want of context. A capital that opens a sentence and runs on into it
// ("React quickly to pages", "Express shipping") is an ordinary word.
func (g *Guard) capitalisedSurface(src []sourceText, name string) bool {
	for _, f := range g.reader.Surfaces(name) {
		f = strings.TrimPrefix(f, "~")
		if len(f) < 5 || f == strings.ToLower(f) {
			continue
		}
		for _, sc := range claimTexts(src) {
			for _, k := range claims.Occurrences(sc.Text, f) {
				e := k + len(f)
				if k > 0 && isWordByte(sc.Text[k-1]) || e < len(sc.Text) && isWordByte(sc.Text[e]) {
					continue
				}
				before := strings.TrimRight(sc.Text[:k], " ")
				opens := before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, ";") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "-")
				if opens {
					if e < len(sc.Text) && strings.IndexByte(",:;(", sc.Text[e]) >= 0 && softwareNear(sc, k, e) {
						return true
					}
					continue
				}
				if softwareNear(sc, k, e) {
					return true
				}
			}
		}
	}
	return false
}

// softwareNear: a technology or a word only software uses sits within a
// few words of [k, e) in the source text.
func softwareNear(sc sourceText, k, e int) bool {
	lo, hi := max(0, k-40), min(len(sc.Text), e+40)
	for _, m := range sc.Technologies {
		if m.End > lo && m.Start < hi && (m.End <= k || m.Start >= e) {
			return true
		}
	}
	return softwareWordIn(sc.Text[lo:hi])
}

// softwareWordIn: the text holds a word only software uses.
func softwareWordIn(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"dag", "dags", "pipeline", "pipelines", "cluster", "clusters", "api", "apis", "repo", "repos", "deploy", "deployed", "etl", "sql", "schema"} {
		if claims.HasWord(l, w) {
			return true
		}
	}
	return false
}

// acronymOfPhrase: the mention m is an acronym in brackets right after
// words whose initials spell it, and those words are not the technology
// ("Transmission Control Protocol (TCP)" is TCP; "Tripulante de cabina de
// pasajeros (TCP)" a job title).
func (g *Guard) acronymOfPhrase(text string, m claims.Technology) bool {
	if m.Start < 2 || m.End >= len(text) || text[m.Start-1] != '(' || text[m.End] != ')' || len(m.Text) < 2 || strings.ToUpper(m.Text) != m.Text {
		return false
	}
	words := strings.Fields(strings.TrimRight(text[:m.Start-1], " "))
	acr := strings.ToLower(m.Text)
	initials, n := "", 0
	for k := len(words) - 1; k >= 0 && n < 3*len(acr); k-- {
		n++
		w := strings.ToLower(words[k])
		if len(w) <= 3 && len(initials) > 0 && len(initials) < len(acr) && !strings.HasPrefix(acr[:len(acr)-len(initials)], w[:1]) {
			continue // "de", "of", "and" between the words
		}
		r, _ := utf8.DecodeRuneInString(w)
		initials = string(r) + initials
		if initials == acr {
			phrase := strings.Join(words[k:], " ")
			for _, t := range g.reader.Technologies(phrase) {
				if t.Name == m.Name {
					return false
				}
			}
			return true
		}
		if !strings.HasSuffix(acr, initials) {
			return false
		}
	}
	return false
}

func (g *Guard) judgeTechnologies(src []sourceText, cand claims.Claims) []Finding {
	if len(cand.Technologies) == 0 {
		return nil
	}
	texts := make([]claims.Claims, len(src))
	for i, s := range src {
		texts[i] = s.Claims
	}
	sup := g.reader.Support(texts...)
	var fs []Finding
	for _, m := range cand.Technologies {
		if m.End < len(cand.Text) && cand.Text[m.End] == '$' && len(m.Text) <= 2 {
			continue // "R$4.2 million", "A$40K": a dollar's prefix, no language
		}
		if m.Ambiguous && (m.Text == strings.ToLower(m.Text) && (writesWord(src, m.Text) || !slices.ContainsFunc(src, func(sc sourceText) bool { return english.IsEnglish(sc.Text) })) || typedAfterCue(src, m.Text) ||
			m.Text != strings.ToLower(m.Text) && len(m.Text) > 3 && (writesMidText(src, m.Text) || writesWord(src, withNextWord(cand.Text, m.Start, m.End)))) {
			// ("; Lighthouse performance score": the same name in the same
			// capitals, which the source's sentence start left unread)
			// "espresso calibration" from "espresso calibration": the
			// source's word in lower case, whatever it means
			continue
		}
		if m.Practice && groupLabel(cand, m.Start, m.End) {
			continue // "DevOps: Docker": a heading over the tools after it
		}
		if g.acronymOfPhrase(cand.Text, m) {
			continue // "Tripulante de cabina de pasajeros (TCP)": the phrase's own short name, judged as words
		}
		if sup.Has(m.Name) || g.composed(m, sup) || spelledOut(src, &cand, m.Start, m.End) || abbreviatedBySource(src, m.Text) || g.spelledBySource(src, m.Name) ||
			g.partsTyped(src, m.Name, sup) || g.misspelledBySource(src, m.Name) || inflectedBySource(src, m.Text) {
			continue
		}
		if g.scriptSurface(src, m.Name) {
			continue // "안드로이드 앱": the name as Korean, Japanese or Chinese write it
		}
		if g.capitalisedSurface(src, m.Name) {
			continue // "Airflow, ~30 DAGs": the source's own capitalised spelling, read as a word at its start
		}
		if m.Ambiguous && m.Text != strings.ToLower(m.Text) && unaccentedInSource(src, m.Text) {
			continue // "Istanbul" for "İstanbul'da", "Chi" of "Hồ Chí Minh": the source's place, no test runner or router
		}
		if languagePairCode(src, cand.Text, m.Start, m.End) || exonymOfSource(src, m.Text) {
			continue // "EN/ES>FR": a translator's language pair, no Elasticsearch; "mikroserwisów": microservices
		}
		code, what := CodeUnsupportedTool, "technology"
		if m.Practice {
			code, what = CodeUnsupportedPractice, "practice"
		}
		detail := fmt.Sprintf("%q (%s %s) is not named in the source, nor implied by anything it names", m.Text, what, m.Name)
		for _, x := range g.reader.Entails(m.Name) {
			if sup.Via(x) == x {
				detail = fmt.Sprintf("%q is not in the source: it names %s, which does not imply %s", m.Text, x, m.Name)
				break
			}
		}
		fs = append(fs, Finding{Kind: KindTool, Code: code, Text: m.Text, Start: m.Start, End: m.End, Severity: Error, Detail: detail})
	}
	return fs
}

// writesMidText: a source writes w, as written, as a word of its own
// after its first word ("; Lighthouse performance score"), where its
// capitals are not the text's opening.
func writesMidText(src []sourceText, w string) bool {
	for _, sc := range src {
		for _, k := range claims.Occurrences(sc.Text, w) {
			if k > 0 && strings.TrimLeft(sc.Text[:k], " -•*\t") != "" && (k+len(w) == len(sc.Text) || !isLetterByte(sc.Text[k+len(w)])) && !isLetterByte(sc.Text[k-1]) &&
				!strings.HasSuffix(strings.TrimRight(sc.Text[:k], " "), "\n") {
				return true
			}
		}
	}
	return false
}

// withNextWord is the text from start through the word after end ("Scrum
// Master"), or the mention alone when no word follows.
func withNextWord(text string, start, end int) string {
	k := end
	if k >= len(text) || text[k] != ' ' {
		return text[start:end]
	}
	k++
	for k < len(text) && isLetterByte(text[k]) {
		k++
	}
	return text[start:k]
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// writesWord: a source writes w, as written, as a word of its own.
func writesWord(src []sourceText, w string) bool {
	for _, sc := range src {
		for _, k := range claims.Occurrences(sc.Text, w) {
			if (k == 0 || !isWordByte(sc.Text[k-1])) && (k+len(w) == len(sc.Text) || !isWordByte(sc.Text[k+len(w)])) {
				return true
			}
		}
	}
	return false
}

// typedAfterCue: a source types the tool's word in lower case where a tool
// goes ("built the pack in excel (pivots)", "cron + bash"), as people type
// names.
func typedAfterCue(src []sourceText, w string) bool {
	lw := strings.ToLower(w)
	switch lw {
	case "spring", "summer", "fall", "autumn", "winter", "may", "march", "june", "august", "go", "make", "less", "rest":
		return false // ("in spring 2023", "in march": a time, not a tool)
	}
	for _, sc := range src {
		for _, cue := range []string{"in ", "with ", "using ", "via ", "on ", "+ ", "+", "& ", "/"} {
			for _, k := range claims.Occurrences(sc.Text, cue+lw) {
				end := k + len(cue) + len(lw)
				if (k == 0 || !isWordByte(sc.Text[k-1])) && (end == len(sc.Text) || !isWordByte(sc.Text[end])) {
					return true
				}
			}
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// groupLabel: the words at [start, end) head a group of tools in a list,
// "Label:" at the text's start or after a separator, a tool after it
// ("… | DevOps: Docker").
func groupLabel(cand claims.Claims, start, end int) bool {
	text := cand.Text
	if end >= len(text) || text[end] != ':' {
		return false
	}
	if !slices.ContainsFunc(cand.Technologies, func(t claims.Technology) bool {
		return t.Start > end && strings.TrimSpace(text[end+1:t.Start]) == ""
	}) {
		return false
	}
	before := strings.TrimRight(text[:start], " ")
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case '|', ';', '\n', '.':
		return true
	}
	return strings.HasSuffix(before, "•") || strings.HasSuffix(before, "·")
}

// spelledBySource: a source writes one of the technology's spellings as a
// word, though without the context that makes a word that is also
// English a technology ("built admin tool w/ react & node" for "React and
// Node.js"): the rewrite's naming it is the source's.
// Only a source written without capitals counts so: one that capitalises
// names and writes "a vault" or "go from" means the English word.
func (g *Guard) spelledBySource(src []sourceText, name string) bool {
	for _, s := range g.reader.Surfaces(name) {
		if len(s) < 2 {
			continue
		}
		for i := range src {
			if !src[i].toolsOnly && uncapitalised(src[i].Text) && src[i].Contains(strings.TrimPrefix(s, "~")) {
				return true
			}
		}
	}
	return false
}

// uncapitalised: some line, sentence or label's value of text opens in
// lower case, and no word is capitalised but where one opens, or in
// capitals (an acronym): the writer does not mark names by capitals.
func uncapitalised(text string) bool {
	none, lowerOpening := capitals(text)
	return none && lowerOpening
}

// marksNoNames: no word of text is capitalised but where a line, sentence
// or label's value opens, or in capitals ("OSHA 30, first aid/cpr").
func marksNoNames(text string) bool {
	none, _ := capitals(text)
	return none
}

// capitals reads how text capitalises: whether no word is capitalised but
// at an opening or in capitals, and whether some opening is in lower case.
func capitals(text string) (noNames, lowerOpening bool) {
	opening := true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == '\n' || c == '.' || c == ':' || c == '!' || c == '?' || c == '-' && (i == 0 || text[i-1] == '\n'):
			opening = true
			i++
		case c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
			j := i
			for j < len(text) && (text[j] >= 'A' && text[j] <= 'Z' || text[j] >= 'a' && text[j] <= 'z') {
				j++
			}
			w := text[i:j]
			if !opening && w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(w) != w {
				return false, lowerOpening
			}
			lowerOpening = lowerOpening || opening && w[0] >= 'a'
			opening = false
			i = j
		default:
			i++
		}
	}
	return true, lowerOpening
}

// abbreviatedBySource: an acronym the source spells out in other words
// ("SQL" for "sales-qualified leads" in a sales bullet).
func abbreviatedBySource(src []sourceText, text string) bool {
	if len(text) < 2 || len(text) > 5 || strings.ToUpper(text) != text {
		return false
	}
	for i := range src {
		if !src[i].toolsOnly && src[i].Abbreviates(text) {
			return true
		}
	}
	return false
}

// composed: a multi-word name made of names the source has ("GitLab CI/CD"
// from "CI/CD pipelines in GitLab"; "Django REST" from "Django" and "REST").
func (g *Guard) composed(m claims.Technology, sup claims.Support) bool {
	parts := splitFields(m.Text)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		ms := g.reader.Technologies(p)
		if len(ms) != 1 || ms[0].Text != p || !sup.Has(ms[0].Name) {
			return false
		}
	}
	return true
}

// partsTyped: a stack whose every part the source shows or types in a
// text without capitals ("react, express, node, mongodb" is MERN).
func (g *Guard) partsTyped(src []sourceText, name string, sup claims.Support) bool {
	parts := g.reader.Entails(name)
	if len(parts) < 2 || !g.reader.IsBundle(name) {
		return false
	}
	for _, p := range parts {
		if !sup.Has(p) && !g.spelledBySource(src, p) {
			return false
		}
	}
	return true
}

func splitFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

// titleCased: every word of s opens with a capital and has no other
// ("Abteilung Finanzen", not "SAP" or "PowerBI").
func titleCased(s string) bool {
	for _, w := range strings.Fields(s) {
		r, n := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ToLower(w[n:]) != w[n:] {
			return false
		}
	}
	return s != ""
}

// stemsInSource: every word of s, in lower case, opens or sits inside a
// word a source writes ("Financiën" for "financiële", "Finanzen" and
// "Abteilung" in "Finanzabteilung"): a noun the writer's language
// capitalises, or builds words of, not a product.
func stemsInSource(src []sourceText, s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		stem := w
		if n := len([]rune(w)); n > 6 {
			stem = string([]rune(w)[:6])
		}
		if len([]rune(stem)) < 5 {
			return false
		}
		found := false
		for i := range src {
			if lower := strings.ToLower(src[i].Text); strings.Contains(lower, stem) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func judgeTerms(src []sourceText, cand claims.Claims) []Finding {
	var fs []Finding
	for _, t := range cand.Terms {
		if spokenLanguage(t.Text) {
			continue // (judgeLanguages reads a language named)
		}
		if !namedBySource(src, &cand, t.Text, t.Start, t.End) && !(titleCased(t.Text) && stemsInSource(src, t.Text) && !english.IsEnglish(cand.Text)) &&
			!languagePairCode(src, cand.Text, t.Start, t.End) && !translatedInstitution(src, cand.Text, t.Start, t.End) && !(transliterated(src, t.Text) && !usedAsTool(cand.Text, t.Start)) &&
			!clippedInSource(src, t.Text) && !reorderedAcronym(src, t.Text) && !spelledAcronym(src, cand.Text, t.Start, t.End) && !declinedInSource(src, t.Text) && !initialsInSource(src, t.Text) {
			fs = append(fs, Finding{Kind: KindTool, Code: CodeUnverifiedTerm, Text: t.Text, Start: t.Start, End: t.End,
				Severity: Error, Detail: fmt.Sprintf("%q looks like a product or name that the source does not contain", t.Text)})
		}
	}
	return fs
}

// usedAsTool: the term follows "using" or "via": a product, which no
// transliteration of the source's own script names ("booking appointments
// using Dentrix").
func usedAsTool(text string, start int) bool {
	before := strings.TrimRight(strings.ToLower(text[:start]), " ")
	return strings.HasSuffix(before, " using") || strings.HasSuffix(before, " via")
}

// judgeTeamLead: "led a team of 6" claims people managed, which a source
// that trained, mentored or worked beside them does not state. A verb of
// leading or running anything in the source is enough: the ownership
// warning judges the verb itself.
func judgeTeamLead(src []sourceText, cand claims.Claims) []Finding {
	if !strings.Contains(cand.Text, "ed a ") && !strings.Contains(cand.Text, "ing a team") && !strings.Contains(cand.Text, "eading a ") &&
		!strings.Contains(cand.Text, "anaging a ") && !strings.Contains(cand.Text, "upervising a ") && !mayNameTeam(cand.Text) {
		return nil // (the common text: no phrase of the list can be in it)
	}
	lower := strings.ToLower(cand.Text)
	if len(lower) != len(cand.Text) {
		// (a letter whose lower case is longer or shorter, "Ⱥ": offsets
		// must stay the text's)
		lower = lexicon.LowerASCII(cand.Text)
	}
	at := -1
	end := -1
	for _, p := range []string{"led a team", "managed a team", "supervised a team", "headed a team", "directed a team", "led a ", "managed a ", "leading a ", "managing a ", "supervising a ",
		"leading a team", "managing a team", "supervising a team", "heading a team", "directing a team",
		// the same in the languages sources are written in
		"encadré une équipe", "dirigé une équipe", "géré une équipe", "managé une équipe", "dirigí un equipo", "lideré un equipo", "gestioné un equipo",
		"liderei uma equipe", "gerenciei uma equipe", "liderou uma equipe", "ho guidato un team", "guidato un team", "gestito un team", "coordinato un team",
		"leitete ein team", "führte ein team", "leidde een team", "kierowałem zespołem", "kierowałam zespołem", "kierował zespołem", "руководил командой",
		"руководила командой", "керував командою", "керувала командою"} {
		i := strings.Index(lower, p)
		if i < 0 || (i > 0 && isLetter(lower[i-1])) {
			continue
		}
		sized := strings.HasSuffix(p, "a ") && (strings.HasPrefix(p, "led") || strings.HasPrefix(p, "manag") || strings.HasPrefix(p, "leading") || strings.HasPrefix(p, "supervising"))
		if !sized && !strings.HasSuffix(p, "team") {
			at, end = i, i+len(p) // (a phrase in another language names its team)
			break
		}
		if !strings.HasSuffix(p, "team") {
			// "led a 6-person team", "managed a 9-member crew"
			rest := lower[i+len(p) : min(len(lower), i+len(p)+24)]
			// ("led a 5-engineer team" too: a size glued to the people)
			if !sizedTeam(rest) || !(strings.Contains(rest, "team") || strings.Contains(rest, "crew") || strings.Contains(rest, "squad")) {
				continue
			}
		}
		at = i
		break
	}
	if at < 0 {
		return nil
	}
	for _, sc := range claimTexts(src) {
		// ("shadowed 3 new account managers" leads no one: a job title
		// that holds a lead word is no lead)
		if ownLeadTitle(strings.ToLower(sc.Text)) {
			return nil
		}
		l := managerTitles.Replace(strings.ToLower(sc.Text))
		for _, w := range []string{"lead", "led ", "leading", "manag", "supervis", "head", "direct", "oversaw", "oversee", "coordinat", "ran ", "run ", "running", "in charge", "team of", "-person team", "reports",
			// the same in the languages sources are written in ("Gestione di un team di 7 persone")
			"foreman", "forewoman", "crew chief", "vorarbeiter", "brygadzist", "бригадир", "capataz",
			"带领", "率领", "领导", "主导", "负责人", "组长", "リーダー", "率い", "統括", "팀장", "리더", "이끌",
			"gestion", "dirig", "leit", "führ", "руковод", "керів", "kierow", "encadr", "lider", "líder", "chef", "jefe", "capo", "verantwort",
			"team di", "équipe", "equipe", "equipo", "team van", "zesp", "prowadzi", "команд", "チーム", "团队", "팀",
			"ترأس", "ekip", "ομάδ", "tým", "tiimi", "csapat"} {
			// (the English stems start a word, "handled" holds no "led";
			// the others may sit inside a compound: "Teamleiterin")
			found := strings.Contains(l, w)
			if found && (w == "led " || w == "ran " || w == "run " || w == "lead" || w == "head") {
				found = containsWordStart(l, w)
			}
			if found && teamNoun[w] && memberOfTeam(l) {
				found = false // "worked in a team of 5": a member names the team, and leads none of it
			}
			if found && (w != "manag" || leadsPeople(l)) {
				return nil
			}
		}
		if namesTeamAbroad(l) || managerTitleAbroad(l) {
			return nil
		}
	}
	if end > 0 {
		end -= at
	} else {
		end = len(lower) - at
		for _, w := range []string{"team", "crew", "squad"} {
			if k := strings.Index(lower[at:], w); k >= 0 && k+len(w) < end {
				end = k + len(w)
			}
		}
	}
	return []Finding{{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: cand.Text[at : at+end], Start: at, End: at + end, Severity: Error,
		Detail: fmt.Sprintf("%q claims people managed, which the source does not state", cand.Text[at:at+end])}}
}

// sizedTeam: the words open with a size glued to the people ("5-engineer
// team", "six-person crew"), not a compound ("cross-team", "2-day team
// workshop" has its size on the days, which "day" tells).
func sizedTeam(rest string) bool {
	n, _, ok := strings.Cut(rest, "-")
	if !ok || n == "" {
		return false
	}
	unit, _, _ := strings.Cut(rest[len(n)+1:], " ")
	switch unit {
	case "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes":
		return false
	}
	if strings.Trim(n, "0123456789") == "" {
		return true
	}
	switch n {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty":
		return true
	}
	return false
}

// teamNoun are the lead words of judgeTeamLead that only name a team.
var teamNoun = map[string]bool{"team of": true, "-person team": true, "team di": true, "équipe": true, "equipe": true, "equipo": true,
	"team van": true, "zesp": true, "команд": true, "チーム": true, "团队": true, "팀": true, "ekip": true, "ομάδ": true, "tým": true,
	"tiimi": true, "csapat": true}

// memberOfTeam: the source says it worked in the team, as one of it.
func memberOfTeam(l string) bool {
	for _, w := range []string{"worked in a team", "worked on a team", "part of a team", "part of the team", "member of", "as part of a", "in a team of",
		"within a team", "participated", "contributed", "mitarbeit", "im team", "участвовал", "участвовала", "в составе", "tham gia", "参与", "dans une équipe",
		"au sein d", "en un equipo", "em uma equipe", "numa equipe", "in un team", "w zespole", "v týmu", "bir ekip", "ekibinde",
		"в команді", "в команде", "робота в команд", "работа в команд", "in einem team", "en équipe", "en equipo", "em equipe", "in een team",
		"ekipte", "ekip içinde", "trabajo en equipo", "trabalho em equipe", "travail en équipe", "lavoro di squadra", "teamwork", "teamarbeit", "チームで", "チームの一員", "团队中", "团队成员", "팀에서", "팀원", "trong nhóm", "dalam tim", "στην ομάδα", "v týmu"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// leadsPeople: some "manag…" in lower takes people, not a thing, as its
// object ("managed a book of 55 accounts" manages no one).
func leadsPeople(l string) bool {
	for _, k := range claims.Occurrences(l, "manag") {
		rest := strings.Fields(l[k:min(len(l), k+48)])
		if len(rest) < 2 {
			return true
		}
		obj := "" // the object's head: its last word before a link
		for _, w := range rest[1:min(len(rest), 6)] {
			if w == "a" || w == "an" || w == "the" || w == "our" || w == "my" || w == "their" || w[0] >= '0' && w[0] <= '9' || w[0] == '$' {
				continue
			}
			if slices.Contains(objectEnds, w) {
				break
			}
			obj = strings.TrimRight(w, ",.;:")
			if obj != w {
				break
			}
		}
		if !slices.Contains(managedThings, obj) {
			return true
		}
	}
	return false
}

// objectEnds end an object's words.
var objectEnds = []string{"of", "and", "with", "for", "to", "across", "in", "at", "from", "worth", "while", "by", "on"}

// managedThings are the objects of "managed" that are no people.
var managedThings = []string{"book", "portfolio", "budget", "budgets", "accounts", "account", "inventory", "spend", "p&l", "pipeline", "vendors", "contracts",
	"projects", "project", "infrastructure", "migration", "releases", "servers", "campaigns", "campaign", "backlog", "roadmap", "events", "assets", "funds", "books", "payroll", "caseload",
	"calendar", "schedule", "schedules", "process", "processes", "rollout", "launch", "launches", "website", "site", "relationships", "relationship", "suppliers", "content"}

// mayNameTeam: the text holds a word for a team in one of the languages
// the lead phrases are written in.
func mayNameTeam(text string) bool {
	for _, w := range []string{"quipe", "quipo", "team", "Team", "zespołem", "омандой", "омандою"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// leadTitles are job titles that lead people by name.
var leadTitles = []string{"team lead", "team leader", "shift lead", "shift leader", "crew lead", "crew leader", "shift supervisor",
	"team supervisor", "supervisor", "team manager", "shift manager", "store manager", "head of"}

// ownLeadTitle: the source's own title leads people ("Team lead for 14
// agents", "promoted to shift supervisor"), as opposed to a title of
// others it names ("trained 3 team leads"): the title opens the text or
// follows "as" or "promoted to".
func ownLeadTitle(l string) bool {
	for _, t := range leadTitles {
		i := strings.Index(l, t)
		if i < 0 || i > 0 && isLetter(l[i-1]) || i+len(t) < len(l) && isLetter(l[i+len(t)]) {
			continue
		}
		before := strings.Fields(l[:i])
		if len(before) == 0 {
			return true // ("Team lead for 14 agents")
		}
		if len(before) == 1 {
			// ("Night shift supervisor"; not "Shadowed team lead")
			if _, _, verb := english.LookupVerb(before[0]); !verb && !strings.HasSuffix(before[0], "ed") {
				return true
			}
			continue
		}
		last, n := before[len(before)-1], len(before)-1
		if last == "a" || last == "an" {
			last, n = before[n-1], n-1
		}
		if last == "as" || last == "to" && n > 0 && before[n-1] == "promoted" {
			return true
		}
	}
	return false
}

// containsWordStart: l holds w at the start of a word ("handled" holds
// no "led").
func containsWordStart(l, w string) bool {
	for _, k := range claims.Occurrences(l, w) {
		if k == 0 || !isLetter(l[k-1]) {
			return true
		}
	}
	return false
}

// managerTitles blanks the job titles that hold a lead word.
var managerTitles = strings.NewReplacer("managers", "staff", "manager", "staff", "team leads", "staff", "team lead", "staff",
	"leaders", "staff", "leader", "staff", "heads of", "staff")

// judgeScopes: "company-wide" claims a reach the source must state, in any
// words (a source text given as context counts: it may name the reach).
func judgeScopes(src []sourceText, cand claims.Claims) []Finding {
	if len(cand.Scopes) == 0 {
		return nil
	}
	cued, globalCued, foreignCued := false, false, false
	for _, sc := range claimTexts(src) {
		cued = cued || claims.ScopeCued(sc.Text)
		globalCued = globalCued || claims.GlobalCued(sc.Text)
		foreignCued = foreignCued || claims.ForeignCued(sc.Text)
	}
	var fs []Finding
	for _, t := range cand.Scopes {
		if t.Text == "International" && t.Start > 0 {
			continue // "Marriott International", "International Baccalaureate": a name
		}
		if global := claims.GlobalScope(t.Text); global && globalCued || !global && cued ||
			foreignCued && strings.HasPrefix(strings.ToLower(t.Text), "international") {
			continue // ("every office in North America" is no global reach)
		}
		fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: t.Text, Start: t.Start, End: t.End, Severity: Error,
			Detail: fmt.Sprintf("%q claims a reach the source does not state", t.Text)})
	}
	return fs
}

// judgeCredentials: "certified" claims a credential held, which a source
// that calls it unfinished ("CCNA coursework completed", "AWS SAA in
// progress") does not support.
func judgeCredentials(src []sourceText, cand claims.Claims) []Finding {
	// (a rewrite that calls it unfinished too claims nothing, unless it
	// says it is held: "OSCP certified; completed the coursework")
	if len(cand.Credentials) == 0 || cand.Unfinished && !cand.Held {
		return nil
	}
	unfinished := false
	for _, sc := range src {
		if sc.toolsOnly {
			continue
		}
		if len(sc.Credentials) > 0 && (!sc.Unfinished || sc.Held) {
			return nil
		}
		unfinished = unfinished || sc.Unfinished
	}
	detail := "%q claims a credential held, but the source calls it unfinished"
	if !unfinished {
		// "Certified paralegal" from "Paralegal ...": a credential the
		// source never mentions (a certificate it names in any words
		// may be called certified)
		for _, sc := range src {
			if namesCredential(sc.Text) {
				return nil
			}
		}
		detail = "%q claims a credential the source does not mention"
	}
	var fs []Finding
	for _, t := range cand.Credentials {
		if !unfinished && acronymInSource(src, cand.Text, t) {
			continue // "Registered dental hygienist" spells out the source's "RDH"
		}
		if !unfinished && (registeredAsSourceSays(src, cand.Text, t) || strings.EqualFold(t.Text, "registered") && !slices.ContainsFunc(src, func(sc sourceText) bool { return english.IsEnglish(sc.Text) })) {
			continue // "Registered nurse" for a source's "Nurse": the title the profession holds
		}
		if !unfinished && bodyGlued(src, cand.Text, t.Start) {
			continue // "SIA-licensed" for "SIA door supervisor": the body the source names licenses the trade
		}
		if !unfinished && (strings.EqualFold(t.Text, "certified") || strings.EqualFold(t.Text, "licensed") || strings.EqualFold(t.Text, "qualified")) && licensedTitleAsia(src) {
			continue // "Certified care worker" for "介護福祉士": a title only the licensed hold
		}
		if !unfinished && strings.EqualFold(t.Text, "qualified") && qualifiedInOwnWords(src) {
			continue // "Qualified nurse" for "Pflegefachkraft"
		}
		fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: t.Text, Start: t.Start, End: t.End, Severity: Error,
			Detail: fmt.Sprintf(detail, t.Text)})
	}
	return fs
}

// bodyGlued: the credential word is glued by a hyphen to an acronym the
// source writes ("SIA-licensed", "CQC-registered").
func bodyGlued(src []sourceText, text string, start int) bool {
	if start < 3 || text[start-1] != '-' {
		return false
	}
	k := start - 1
	for k > 0 && text[k-1] >= 'A' && text[k-1] <= 'Z' {
		k--
	}
	if start-1-k < 2 || k > 0 && isLetter(text[k-1]) {
		return false
	}
	for _, sc := range claimTexts(src) {
		if claims.HasWord(sc.Text, text[k:start-1]) {
			return true
		}
	}
	return false
}

// licensedTitleAsia: the source holds a Japanese, Chinese or Korean title
// that only a licence or state qualification gives ("介護福祉士", "保育士",
// "执业药师", "간호사 면허"), or names the qualification ("資格", "자격증").
func licensedTitleAsia(src []sourceText) bool {
	for _, sc := range claimTexts(src) {
		for _, w := range []string{"福祉士", "保育士", "栄養士", "療法士", "税理士", "会計士", "弁護士", "社労士", "薬剤師", "看護師", "資格", "执业", "资格证", "자격증", "면허"} {
			if strings.Contains(sc.Text, w) {
				return true
			}
		}
	}
	return false
}

// qualifiedInOwnWords: the source calls its trade qualified in its own
// language ("Pflegefachkraft", "examinierte", "qualifiée", "dyplomowana").
func qualifiedInOwnWords(src []sourceText) bool {
	for _, sc := range claimTexts(src) {
		l := strings.ToLower(sc.Text)
		for _, w := range []string{"fachkraft", "fachfrau", "fachmann", "examiniert", "gelernte", "diplomiert", "staatlich anerkannt", "qualifié", "cualificad", "qualificad", "qualificat", "dyplomowan", "gediplomeerd"} {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// acronymInSource: the credential word t opens a title of three words or
// more whose initials the source writes as an acronym ("Registered
// Veterinary Nurse", RVN; "Certified Public Accountant", CPA), not in a
// course towards it.
func acronymInSource(src []sourceText, text string, t claims.Term) bool {
	for _, initials := range initialsAt(text, t.Start) {
		if len(initials) < 3 {
			continue
		}
		for _, sc := range claimTexts(src) {
			for _, k := range claims.Occurrences(sc.Text, initials) {
				end := k + len(initials)
				if (k == 0 || !isWordByte(sc.Text[k-1])) && (end == len(sc.Text) || !isWordByte(sc.Text[end])) &&
					!unfinishedAround(strings.ToLower(sc.Text[:k]), strings.ToLower(sc.Text[end:])) {
					return true // (but "took the ABR course" holds no ABR)
				}
			}
		}
	}
	return false
}

// registeredAsSourceSays: t is "registered" before a profession the
// source names (a nurse is registered to practise), with nothing in the
// source calling it unfinished.
func registeredAsSourceSays(src []sourceText, text string, t claims.Term) bool {
	if !strings.EqualFold(t.Text, "registered") {
		return false
	}
	f := strings.Fields(text[t.End:])
	if len(f) == 0 {
		return false
	}
	prof := strings.ToLower(strings.Trim(f[0], ",.;:()"))
	for _, sc := range claimTexts(src) {
		if strings.Contains(strings.ToLower(sc.Text), prof) {
			return true
		}
	}
	return false
}

// credentialWords say a text is about a credential: a certificate, a
// licence, an exam, or a certification's tier.
var credentialWords = []string{"certif", "licen", "credential", "accredit", "exam", "registered", "board", "diploma",
	"associate", "professional", "practitioner", "specialty", "specialist", "expert", "foundation", "fundamentals", "cert ",
	"comptia", "scrum", "itil", "six sigma", "belt", "pmi", "shrm", "asq", "isc2", "(isc)", "servsafe", "epa 608", "osha",
	"lic ", "lic.", "lic#", "cdl", "cpr", "bls", "acls", "admitted to the", "bar admission", "called to the bar",
	// a certificate by what it certifies, its level or its card ("food
	// hygiene level 2", "first aid", "CSCS card")
	"first aid", "food hygiene", "food safety", "lvl ", "level 1", "level 2", "level 3", "level 4", "level 5", " card", "qualif",
	"zertif", "certyf", "сертиф", "sertif", "diplôme", "diploma", "titulo", "título",
	"otr/l", "cota/l", "staatlich anerkannt", "staatlich geprüft", "diplomiert", "gediplomeerd", "colegiad",
	// a driving licence and its category, in the languages sources are written in
	"kategorij", "kategori", "categoría", "categoria", "catégorie", "category", "klasse", "führerschein", "permis", "licencia", "carteira de habilita", "patentino", "uprawnienia", "oprávnění", "удостоверение", "посвідчення", "brevet", "carnet", "heftruckcertificaat",
	"cnh", "rijbewijs", "prawo jazdy", "patente", "права категории", "водительск", "ehliyet", "免許", "면허", "驾照", "驾驶证"}

// namesCredential: the text mentions a credential in any words, names one
// by its capitals (CPA, PMP, CKA, RN) or an exam by its code (AZ-104).
func namesCredential(text string) bool {
	l := strings.ToLower(text)
	if strings.HasSuffix(strings.TrimRight(l, ". "), " cert") {
		return true
	}
	for _, w := range credentialWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r == '-') }) {
		if len(w) >= 2 && strings.ToUpper(w) == w && claims.CredentialAcronym(w) {
			return true
		}
	}
	return hasExamCode(l)
}

// hasExamCode: the lower-cased text names a certification exam by its
// code ("az-104", "saa-c03").
func hasExamCode(l string) bool {
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' || r == '/' }) {
		code, _, _ := strings.Cut(w, "-c0")
		if _, ok := examTiers[code]; ok && strings.ContainsAny(w, "-0123456789") {
			return true
		}
	}
	return false
}

// spelledOut: [start, end) of the candidate lies in a name whose acronym
// the source has ("Certified Kubernetes Administrator" for "CKA"), or
// whose last words it has ("Licensed Professional Engineer" for "PE").
func spelledOut(src []sourceText, cand *claims.Claims, start, end int) bool {
	acr := cand.Initials(start, end)
	if acr == "" {
		return false
	}
	own := ""
	if words := strings.Fields(cand.Text[start:end]); len(words) >= 2 {
		for _, w := range words {
			if w[0] >= 'A' && w[0] <= 'Z' {
				own += w[:1]
			}
		}
	}
	conn := cand.ConnectedInitials(start, end)
	for i := range src {
		if src[i].Contains(acr) || len(own) >= 2 && own != acr && src[i].Contains(own) || conn != acr && len(conn) >= 3 && src[i].Contains(conn) {
			return true
		}
	}
	return false
}

// spelledOutLower: the words from start spell out, in lower case after
// their first, an acronym the source writes in capitals ("English as a
// second language" for ESL, "Applied behaviour analysis" for ABA).
func spelledOutLower(src []sourceText, text string, start int) bool {
	var acr []byte
	for i, w := range strings.Fields(text[start:min(len(text), start+80)]) {
		w = strings.ToLower(strings.Trim(w, ",.;:()"))
		if w == "" || i > 8 {
			break
		}
		if i > 0 && (w == "as" || w == "a" || w == "an" || w == "of" || w == "the" || w == "and" || w == "for" || w == "in" || w == "to" || w == "&") {
			continue
		}
		if w[0] < 'a' || w[0] > 'z' {
			break
		}
		acr = append(acr, w[0]-'a'+'A')
		if len(acr) >= 3 {
			for k := range src {
				if claims.HasWord(src[k].Text, string(acr)) {
					return true
				}
			}
		}
	}
	return false
}

// corporate are companies' legal suffixes.
var corporate = map[string]bool{"corp": true, "corporation": true, "inc": true, "llc": true, "ltd": true, "limited": true, "gmbh": true,
	"co": true, "company": true, "plc": true, "ag": true, "sa": true, "bv": true}

// namedBySource: the source names the term written at [start, end) of the
// candidate: as written, in the plural or singular ("Mac" for "Macs"), word
// by word ("Scrum Alliance Certified" from "Certified ScrumMaster (Scrum
// Alliance)"), as the words it abbreviates ("AppSec" for "application
// security", "CSM" for "Certified ScrumMaster"), or as the acronym of the
// name it stands in ("Offensive Security Certified Professional" for
// "OSCP").
func namedBySource(src []sourceText, cand *claims.Claims, term string, start, end int) bool {
	// an acronym or a clipped compound ("CSM", "AppSec") may abbreviate the
	// source's words
	short := len(term) <= 12 && !strings.ContainsRune(term, ' ')
	words := strings.Fields(term)
	if len(words) > 1 && words[0] == "The" {
		// "The Guardian" for "Guardian"
		words = words[1:]
		term = strings.Join(words, " ")
	}
	if n := len(words); n > 1 && corporate[strings.ToLower(strings.TrimSuffix(words[n-1], "."))] {
		// "Acme Corp" for "Acme": a company's legal suffix
		words = words[:n-1]
		term = strings.Join(words, " ")
	}
	for i := range src {
		sc := &src[i].Claims
		if namesWord(sc, term) || short && sc.Abbreviates(term) {
			return true
		}
		if len(words) > 1 {
			all, named := true, 0
			for _, w := range words {
				if genericNameWords[strings.ToLower(w)] {
					continue // "EPA 608 Universal Certification": the kind of thing named
				}
				all = all && (namesWord(sc, w) || clipped(sc.Text, []string{w}) || prefixInText(sc.Text, w))
				named++
			}
			if all && named > 0 || clipped(sc.Text, words) {
				return true
			}
		} else if len(words) == 1 && clipped(sc.Text, words) {
			return true
		}
	}
	return spelledOut(src, cand, start, end) || spelledOutLower(src, cand.Text, start) || translatedWords(src, words) || exonymOfSource(src, term) || short && tailAbbreviated(src, cand.Text, term, start) || shortFormInSource(src, cand.Text, start, end) || inflectedInSource(src, term) || compoundOfSource(src, term) ||
		acronymAhead(src, cand.Text, start) || definedInline(src, cand.Text, start, end) || acronymWithCaps(src, cand.Text, start, words) ||
		unaccentedInSource(src, term)
}

// translatedWords: the source is not in English and the name is made of
// English words ("Master's degree in Pharmacy" for "Laurea magistrale in
// Farmacia"): a translation names the source's things in English, which a
// product's name is not.
func translatedWords(src []sourceText, words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !english.IsPlainWord(w) {
			return false
		}
	}
	for i := range src {
		if !src[i].toolsOnly && english.IsEnglish(src[i].Text) {
			return false
		}
	}
	return true
}

// genericNameWords name the kind of thing a name is, not the name: a
// rewrite may add them ("Certified Forklift Operator" from "forklift
// certified", "CFRE Exam Preparation Course" from "CFRE prep course").
var genericNameWords = map[string]bool{"certification": true, "certificate": true, "course": true, "exam": true, "examination": true,
	"program": true, "programme": true, "training": true, "operator": true, "license": true, "licence": true, "credential": true,
	"endorsement": true, "endorsements": true, "designation": true, "diploma": true, "module": true, "level": true}

// prefixInText: the text writes w cut short to three letters or more
// ("prep" for "Preparation").
func prefixInText(text, w string) bool {
	lw := strings.ToLower(w)
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if len(f) >= 4 && len(f) < len(lw) && strings.HasPrefix(lw, f) {
			return true
		}
	}
	return false
}

// tailAbbreviated: an acronym ends a name whose first words the source has
// before the words it abbreviates ("Google Analytics IQ" for "Google
// Analytics Individual Qualification").
func tailAbbreviated(src []sourceText, text, acr string, start int) bool {
	if len(acr) < 2 || strings.ToUpper(acr) != acr {
		return false
	}
	// the capitalised words just before the acronym
	head := strings.Fields(text[:start])
	n := 0
	for n < len(head) && n < 3 && isCapitalised(head[len(head)-1-n]) {
		n++
	}
	if n == 0 {
		return false
	}
	prefix := strings.Join(head[len(head)-n:], " ") + " "
	for i := range src {
		t := src[i].Text
		for from := 0; ; {
			k := strings.Index(t[from:], prefix)
			if k < 0 {
				break
			}
			from += k + len(prefix)
			rest := strings.Fields(t[from:])
			if len(rest) >= len(acr) {
				ok := true
				for j := 0; j < len(acr) && ok; j++ {
					ok = rest[j][0] == acr[j] && isCapitalised(rest[j])
				}
				if ok {
					return true
				}
			}
		}
	}
	return false
}

// isCapitalised: a word opening in a capital and going on in lower case.
func isCapitalised(w string) bool {
	return len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z'
}

func judgeOwnership(src []sourceText, cand claims.Claims, mode OwnershipMode) []Finding {
	sev := Warning
	if mode == OwnershipReject {
		sev = Error
	}
	srcLevel := claims.LevelUnknown
	srcBoost := map[string]bool{}
	for _, sc := range src {
		srcLevel = max(srcLevel, sc.Ownership)
		for _, b := range sc.Boosters {
			srcBoost[lower(b.Text)] = true
		}
	}
	unknown := srcLevel == claims.LevelUnknown
	if unknown {
		srcLevel = claims.LevelExecute
	}
	var fs []Finding
	if cand.Ownership <= srcLevel && leadsTeam(cand.Text) && !teamInSource(src) {
		// "…, leading a team of 4 midwives" from "supervised 4 students":
		// a team led is a claim, whatever the main verb
		at := teamAt(cand.Text)
		fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: cand.Text[at[0]:at[1]], Start: at[0], End: at[1], Severity: Error,
			Detail: fmt.Sprintf("%q claims to lead a team, but the source leads none", cand.Text[at[0]:at[1]])})
	}
	if cand.Ownership > srcLevel {
		at := cand.OwnershipAt
		verb := cand.Text[at[0]:at[1]]
		if cand.Ownership == claims.LevelLead && mentionsTeam(cand.Text) && !teamInSource(src) {
			// "Managed a team of 2" from "mentored 2 junior CSMs": a team
			// led is a claim of its own, whatever the ownership mode
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: verb, Start: at[0], End: at[1], Severity: Error,
				Detail: fmt.Sprintf("%q claims to lead a team, but the source leads none: keep the source's verb", verb)})
		} else if mode != OwnershipOff && !(unknown && !slices.ContainsFunc(src, func(sc sourceText) bool { return english.IsEnglish(sc.Text) })) {
			// (a source in another language has verbs the ownership
			// scale does not read: "负责" may be "responsible for" or "led")
			fs = append(fs, Finding{Kind: KindOwnership, Code: CodeInflatedOwnership, Text: verb, Start: at[0], End: at[1], Severity: sev,
				Detail: fmt.Sprintf("%q claims %s-level ownership, but the source claims %s level: keep the source's verb or one of the same weight", verb, cand.Ownership, srcLevel)})
		}
	}
	for _, b := range cand.Boosters {
		if mode != OwnershipOff && !srcBoost[lower(b.Text)] {
			fs = append(fs, Finding{Kind: KindOwnership, Code: CodeSoleOwnership, Text: b.Text, Start: b.Start, End: b.End, Severity: sev,
				Detail: fmt.Sprintf("%q claims sole ownership the source does not state", b.Text)})
		}
	}
	return fs
}

// teamLeadVerbs lead a team they take as object.
var teamLeadVerbs = []string{"leading a team", "led a team", "lead a team", "managing a team", "managed a team", "manage a team",
	"supervising a team", "supervised a team", "heading a team", "headed a team", "running a team", "ran a team"}

// leadsTeam: the text leads a team in so many words ("leading a team of 4").
func leadsTeam(text string) bool { return teamAt(text)[1] > 0 }

// teamAt is the span of the words that lead a team, or [0, 0].
func teamAt(text string) [2]int {
	if !strings.Contains(text, "team") && !strings.Contains(text, "Team") {
		return [2]int{} // (the common case, cheaply)
	}
	l := strings.ToLower(text)
	for _, v := range teamLeadVerbs {
		if k := strings.Index(l, v); k >= 0 {
			return [2]int{k, k + len(v)}
		}
	}
	return [2]int{}
}

// mentionsTeam: the text names a team, crew or staff someone leads ("a
// team of 6", "a 4-person team", "a crew of 12").
func mentionsTeam(text string) bool {
	l := strings.ToLower(text)
	for _, w := range []string{"team of", "-person team", "-member team", " teams of", "crew of", "staff of", "direct reports", "-person crew"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	for _, w := range []string{"-person ", "-member "} {
		// "a four-person office cleaning team": words between
		for _, k := range claims.Occurrences(l, w) {
			rest := l[k+len(w) : min(len(l), k+len(w)+24)]
			for _, f := range strings.Fields(rest)[:min(3, len(strings.Fields(rest)))] {
				if strings.HasPrefix(f, "team") || strings.HasPrefix(f, "crew") || strings.HasPrefix(f, "squad") {
					return true
				}
			}
		}
	}
	return false
}

// teamInSource: some source names a team, crew, staff or people reporting
// to the candidate, in any language's usual words.
func teamInSource(src []sourceText) bool {
	for _, sc := range src {
		l := strings.ToLower(sc.Text)
		for _, w := range []string{"team of", "teams of", "team di", "team de", "team von", "team van", "team du", "équipe de", "equipo de", "equipe de", "team da", "-person team", "-member team", "person team", "my team", "team lead", "crew", "staff", "direct report", "reports to", "squad", "équipe", "equipo", "equipe", "mitarbeiter", "zespół", "brigata", "personeel", "supervis", "manag", "led ", "lead",
			"tým", "vedoucí", "tiimi", "esimies", "csapat", "vezet", "ομάδα", "команд", "руковод", "керів", "leiter", "leitung", "responsabile",
			"jefe", "jefa", "encarregad", "kierown", "ekip", "sorumlu", "スタッフ", "部下", "チーム", "管理", "团队", "带领", "팀", "관리", "직원"} {
			if strings.Contains(l, w) && !(teamNoun[w] && memberOfTeam(l)) {
				return true // ("робота в команді з 4 осіб": a member names the team, and leads none of it)
			}
		}
		if namesTeamAbroad(l) || managerTitleAbroad(l) {
			return true
		}
	}
	return false
}

// managerTitlesAbroad are a manager's titles in the languages sources are
// written in ("Encargada de tienda con 6 empleados", "Gerente de loja"),
// for both team checks.
var managerTitlesAbroad = []string{"encargad", "encarregad", "gerent", "gérant", "müdür", "yönetici", "начальник", "заведу", "vedoucí",
	"bedrijfsleider", "leidinggev", "店長", "主管", "经理", "점장"}

// managerTitleAbroad: the lower-cased text holds one of managerTitlesAbroad.
func managerTitleAbroad(l string) bool {
	for _, w := range managerTitlesAbroad {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// teamWordsAbroad name a team or its supervising in Arabic, Hindi,
// Vietnamese, Hebrew, Romanian and Turkish, for both team checks.
var teamWordsAbroad = []string{"فريق", "أشرف", "टीم", "nhóm", "đội", "צוות", "echip", "ekib"}

// namesTeamAbroad: the lower-cased text holds one of teamWordsAbroad.
func namesTeamAbroad(l string) bool {
	for _, w := range teamWordsAbroad {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// periodOfPlaceholder: the finding is a bare period ("a year", "per
// month") in the clause of a placeholder before it.
func periodOfPlaceholder(text string, f Finding, placeholders []claims.Placeholder) bool {
	l := strings.ToLower(f.Text)
	if windowWord(l) {
		// "lifting 7-day activation by [X%]": the metric's window, which
		// the figure the candidate fills in is measured over
		for _, p := range placeholders {
			if f.End <= p.Start && p.Start-f.End <= 48 && !strings.ContainsAny(text[f.End:p.Start], ".;") {
				return true
			}
		}
	}
	if !strings.HasPrefix(l, "a ") && !strings.HasPrefix(l, "an ") && !strings.HasPrefix(l, "per ") && !strings.HasPrefix(l, "each ") && !strings.HasPrefix(l, "every ") {
		return false
	}
	for _, p := range placeholders {
		if p.End <= f.Start && f.Start-p.End <= 48 && !strings.ContainsAny(text[p.End:f.Start], ".;") {
			return true
		}
	}
	return false
}

// windowWord: a metric's window written before its measure ("7-day",
// "30-day", "12-month").
func windowWord(l string) bool {
	n, unit, ok := strings.Cut(l, "-")
	if !ok || n == "" || strings.Trim(n, "0123456789") != "" {
		return false
	}
	switch unit {
	case "day", "week", "month", "year", "hour", "minute":
		return true
	}
	return false
}

// judgeAcronymCredentials: a credential the source is only preparing for
// ("preparing for CSSD exam", "NIGP-CPP exam prep course") worn by the
// rewrite as a title ("CSSD sports nutritionist") claims it held, with no
// "certified" in sight.
func judgeAcronymCredentials(src []sourceText, cand claims.Claims) []Finding {
	if cand.Unfinished {
		return nil
	}
	var fs []Finding
	for _, sc := range src {
		if !sc.Unfinished || sc.Held || sc.toolsOnly {
			continue
		}
		for _, a := range capsWords(sc.Text) {
			if k := wordIndex(cand.Text, a); k >= 0 && !towardsNear(cand.Text, k, k+len(a)) && !slices.ContainsFunc(fs, func(f Finding) bool { return f.Start == k }) {
				fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: a, Start: k, End: k + len(a), Severity: Error,
					Detail: fmt.Sprintf("%q claims a credential held, but the source is still working towards it", a)})
			}
		}
	}
	return fs
}

// capsWords are the words of three to ten capitals (digits and hyphens
// inside) a text writes: "CSSD", "NIGP-CPP".
func capsWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r >= 'a' && r <= 'z')
	}) {
		w = strings.Trim(w, "-")
		if len(w) >= 3 && len(w) <= 10 && upperWord(w) && w[0] >= 'A' && w[0] <= 'Z' {
			out = append(out, w)
		}
	}
	return out
}

func upperWord(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters >= 3
}

// wordIndex is where text writes w as a whole word, or -1.
func wordIndex(text, w string) int {
	for from := 0; ; {
		k := strings.Index(text[from:], w)
		if k < 0 {
			return -1
		}
		k += from
		end := k + len(w)
		if (k == 0 || !isLetter(text[k-1]) && text[k-1] != '-') && (end == len(text) || !isLetter(text[end]) && text[end] != '-' || text[end] == '-' && end+1 < len(text) && isLetter(text[end+1]) && strings.HasPrefix(strings.ToLower(text[end+1:]), "certified")) {
			return k
		}
		from = k + 1
	}
}

// towardsNear: the words around [start, end) say the credential is being
// worked towards ("CPA exam's REG section", "PMP exam preparation
// course", "a frozen ATPL").
func towardsNear(text string, start, end int) bool {
	around := strings.ToLower(text[max(0, start-24):min(len(text), end+32)])
	for _, w := range []string{"exam", "course", "prep", "section", "candidate", "frozen", "level", "module", "study", "studying", "preparing",
		"preparation", "review", "coursework", "toward", "pursuing", "in progress", "sitting", "track"} {
		if strings.Contains(around, w) {
			return true
		}
	}
	return false
}

// initialsInSource: a short name in mixed case is the initials of words
// the source writes in a row ("BvA" for "budget vs actuals").
func initialsInSource(src []sourceText, term string) bool {
	if len(term) < 2 || len(term) > 5 {
		return false
	}
	for _, r := range term {
		if r >= 0x80 || !unicode.IsLetter(r) {
			return false
		}
	}
	want := strings.ToLower(term)
	if want == term || strings.ToUpper(term) == term {
		return false // (capitals alone are judged as acronyms: "CKA" is no "Certified Kubernetes Application")
	}
	for _, sc := range src {
		words := strings.FieldsFunc(strings.ToLower(sc.Text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		for i := 0; i+len(want) <= len(words); i++ {
			k := 0
			for k < len(want) && words[i+k][0] == want[k] {
				k++
			}
			if k == len(want) {
				return true
			}
		}
	}
	return false
}
