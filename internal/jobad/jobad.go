// Package jobad reads a job ad pasted from anywhere — plain text, Markdown,
// HTML remnants — into its title, sections (responsibilities, requirements,
// nice-to-haves), the years of experience it asks for, and the
// technologies and practices it names, keeping the ad's own spelling. It is
// pure: text in, Ad out.
package jobad

import (
	"encoding/json"
	"errors"
	"html"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Ad is a parsed job ad.
type Ad struct {
	Title            string   `json:"title"`
	Years            int      `json:"years,omitempty"`
	Responsibilities []string `json:"responsibilities,omitempty"`
	Must             []string `json:"requirements,omitempty"`
	Nice             []string `json:"nice_to_have,omitempty"`
	Terms            []Term   `json:"terms"`
	Text             string   `json:"-"` // cleaned text, for prompts
	// Notices are problems worth telling the user about (no technology
	// found, not English).
	Notices []string `json:"notices,omitempty"`
}

// Term is a technology or practice the ad names.
type Term struct {
	Entry    *lexicon.Entry `json:"-"`
	Name     string         `json:"term"`
	Category string         `json:"category"`
	Mentions []string       `json:"mentions"` // the ad's spellings
	Required bool           `json:"required"`
	Count    int            `json:"count"`
}

// ErrEmpty is an ad with no text.
var ErrEmpty = errors.New("the job ad is empty: paste the ad's text into the file")

type section int

const (
	secNone section = iota
	secResp
	secMust
	secNice
	secOther
)

var headingWords = []struct {
	sec   section
	words []string
}{
	{secNice, []string{"nice to have", "nice-to-have", "bonus", "preferred", "good to have", "pluses", "extra credit", "desirable", "would be great", "it's a plus", "a plus", "optional"}},
	{secMust, []string{"requirements", "required", "qualifications", "must have", "must-have", "what you bring", "what we're looking for", "what we are looking for", "you have", "who you are", "about you", "your profile", "what you need", "skills", "experience", "technologies", "tech stack", "our stack", "you'll need", "you will need", "we expect"}},
	{secResp, []string{"responsibilities", "what you'll do", "what you will do", "the role", "your role", "day to day", "day-to-day", "you will", "duties", "your mission", "job description", "about the role", "in this role"}},
	{secOther, []string{"benefits", "what we offer", "perks", "about us", "about the company", "who we are", "compensation", "salary", "location", "how to apply", "equal opportunity", "our values", "why join"}},
}

var (
	tagRe         = lazy.Regexp(`(?i)<\s*(br|/?p|/?div|/?li|/?ul|/?ol|/?h[1-6])\b[^>]*>`)
	anyTagRe      = lazy.Regexp(`</?[a-z][a-z0-9]*(\s[^<>]*)?/?>`)
	bulletRe      = lazy.Regexp(`^\s*(?:[-*•·▪‣◦➤→✓✔►o]|\d+[.)])\s+`)
	yearsRe       = lazy.Regexp(`(?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b`)
	niceInlineRe  = lazy.Regexp(`(?i)\b(is a plus|a plus\b|nice to have|nice-to-have|bonus|preferred|is an advantage|would be great|desirable)`)
	titlePrefixRe = lazy.Regexp(`(?i)^(job title|title|position|role)\s*:\s*`)
)

var wordNum = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15}

// Clean turns HTML remnants into text and normalises line breaks; the
// de-identification placeholders of shared postings (<ORGANIZATION>) stay.
func Clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = tagRe().ReplaceAllStringFunc(s, func(t string) string {
		if strings.Contains(strings.ToLower(t), "li") {
			return "\n- "
		}
		return "\n"
	})
	s = anyTagRe().ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return s
}

// Parse reads an ad: pasted text, or a JSON Resume job file.
func Parse(text string, lex *lexicon.Lexicon) (*Ad, error) {
	if lex == nil {
		lex = lexicon.Default()
	}
	if t, ok := fromJSONJob(text); ok {
		text = t
	}
	clean := Clean(text)
	if strings.TrimSpace(clean) == "" {
		return nil, ErrEmpty
	}
	ad := &Ad{Text: strings.TrimSpace(clean)}
	lines := strings.Split(clean, "\n")
	sec := secNone
	hasSections := false
	// line offsets, to place each mention in its section
	type span struct {
		start, end int
		sec        section
		nice       bool
	}
	var spans []span
	off := 0
	for _, raw := range lines {
		l := strings.TrimSpace(raw)
		start := off
		off += len(raw) + 1
		if l == "" {
			continue
		}
		if _, isHeading := heading(l); ad.Title == "" && !isHeading && !hasSections {
			ad.Title = strings.TrimSpace(titlePrefixRe().ReplaceAllString(strings.Trim(l, "#*_ "), ""))
			if len(strings.Fields(ad.Title)) > 14 {
				// an ad flattened onto one line: the title is what comes
				// before its first placeholder or dash, at most ten words
				t := ad.Title
				if i := strings.IndexAny(t, "<|"); i > 0 {
					t = t[:i]
				}
				if i := strings.Index(t, " - "); i > 0 {
					t = t[:i]
				}
				if f := strings.Fields(t); len(f) > 10 {
					t = strings.Join(f[:10], " ")
				}
				ad.Title = strings.TrimSpace(t)
			}
			if ad.Title != "" {
				spans = append(spans, span{start, start + len(raw), secNone, false})
				continue
			}
		}
		if s, ok := heading(l); ok {
			sec = s
			hasSections = hasSections || s == secMust || s == secNice || s == secResp
			spans = append(spans, span{start, start + len(raw), s, s == secNice})
			continue
		}
		item := strings.TrimSpace(bulletRe().ReplaceAllString(l, ""))
		nice := sec == secNice || niceInlineRe().MatchString(item)
		switch {
		case sec == secResp:
			ad.Responsibilities = append(ad.Responsibilities, item)
		case sec == secMust && !nice:
			ad.Must = append(ad.Must, item)
		case sec == secNice || sec == secMust && nice:
			ad.Nice = append(ad.Nice, item)
		}
		spans = append(spans, span{start, start + len(raw), sec, nice})
		if ad.Years == 0 && sec != secOther {
			ad.Years = years(item)
		}
	}
	idx := map[*lexicon.Entry]int{}
	for _, m := range lex.Find(clean) {
		// spans are in text order: find the mention's by bisection, not a
		// scan of every line per mention
		var sp span
		if k := sort.Search(len(spans), func(k int) bool { return spans[k].end > m.Start }); k < len(spans) && m.Start >= spans[k].start {
			sp = spans[k]
		}
		if sp.sec == secOther {
			continue // "a benefits budget for AWS courses" is not a requirement
		}
		required := !sp.nice && (sp.sec == secMust || sp.sec == secResp || !hasSections)
		i, ok := idx[m.Entry]
		if !ok {
			i = len(ad.Terms)
			idx[m.Entry] = i
			ad.Terms = append(ad.Terms, Term{Entry: m.Entry, Name: m.Entry.Name, Category: m.Entry.Category, Mentions: []string{}})
		}
		t := &ad.Terms[i]
		t.Count++
		t.Required = t.Required || required
		if !slices.Contains(t.Mentions, m.Text) {
			t.Mentions = append(t.Mentions, m.Text)
		}
	}
	if len(ad.Terms) == 0 {
		ad.Notices = append(ad.Notices, "the ad names no technology or practice bulletproof knows, so there is nothing to match; check it is the full ad text")
	}
	if r := englishShare(clean); r < 0.5 {
		ad.Notices = append(ad.Notices, "the ad does not look like English: technologies are still matched, but its sections and years may be missed")
	}
	return ad, nil
}

// heading recognises a section heading: a short line that ends with a
// colon, is in capitals, is marked up (#, **), or is a known phrase alone.
func heading(l string) (section, bool) {
	t := strings.TrimSpace(strings.Trim(l, "#*_: \t"))
	lower := strings.ToLower(t)
	words := len(strings.Fields(t))
	marked := strings.HasSuffix(strings.TrimRight(l, " *_"), ":") || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "**") ||
		t == strings.ToUpper(t) && words <= 6 && strings.ToUpper(t) != strings.ToLower(t)
	if words == 0 || words > 7 || bulletRe().MatchString(l) {
		return 0, false
	}
	for _, h := range headingWords {
		for _, w := range h.words {
			if lower == w || marked && strings.Contains(lower, w) && len(lower) <= len(w)+24 {
				return h.sec, true
			}
		}
	}
	if marked && words <= 5 && !strings.Contains(t, ".") {
		return secOther, true
	}
	return 0, false
}

func years(s string) int {
	m := yearsRe().FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	if n, err := strconv.Atoi(m[1]); err == nil {
		return n
	}
	return wordNum[strings.ToLower(m[1])]
}

// englishShare is the share of the ad's longer words that are English.
func englishShare(s string) float64 {
	total, en := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127) }) {
		if len(w) < 4 || strings.ToUpper(w) == w {
			continue
		}
		total++
		if english.IsWord(w) {
			en++
		}
	}
	if total < 10 {
		return 1
	}
	return float64(en) / float64(total)
}

// jsonJob is the JSON Resume job schema, in the parts an ad needs.
type jsonJob struct {
	Title            string   `json:"title"`
	Company          string   `json:"company"`
	Description      string   `json:"description"`
	Experience       string   `json:"experience"`
	Responsibilities []string `json:"responsibilities"`
	Qualifications   []string `json:"qualifications"`
	Skills           []struct {
		Name     string   `json:"name"`
		Keywords []string `json:"keywords"`
	} `json:"skills"`
}

// fromJSONJob renders a JSON Resume job file as the text of an ad, with the
// headings Parse reads.
func fromJSONJob(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "{") {
		return "", false
	}
	var j jsonJob
	if json.Unmarshal([]byte(t), &j) != nil || j.Title == "" && len(j.Qualifications) == 0 && len(j.Responsibilities) == 0 {
		return "", false
	}
	var b strings.Builder
	b.WriteString(j.Title + "\n\n")
	if j.Description != "" {
		b.WriteString(j.Description + "\n\n")
	}
	if len(j.Responsibilities) > 0 {
		b.WriteString("Responsibilities:\n")
		for _, r := range j.Responsibilities {
			b.WriteString("- " + r + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("Requirements:\n")
	for _, q := range j.Qualifications {
		b.WriteString("- " + q + "\n")
	}
	for _, s := range j.Skills {
		b.WriteString("- " + s.Name)
		if len(s.Keywords) > 0 {
			b.WriteString(": " + strings.Join(s.Keywords, ", "))
		}
		b.WriteString("\n")
	}
	return b.String(), true
}
