package lint

import (
	"encoding/json"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/resume"
)

// lineIndex finds the line of the source a text came from.
type lineIndex struct {
	src  string
	json bool
}

func newLineIndex(src string, f resume.Format) lineIndex {
	return lineIndex{src: src, json: f == resume.JSONResume}
}

// findIn returns the line of text within a section of the source (after its
// heading, or its key in JSON), else anywhere, else 0.
func (li lineIndex) findIn(section, text string) int {
	if li.src == "" || text == "" || section == "" {
		return li.find(text)
	}
	start := -1
	if li.json {
		start = strings.Index(li.src, `"`+jsonKey(section)+`"`)
	} else {
		lower := strings.ToLower(li.src)
		for _, l := range []string{"\n## " + section, "\n" + section} {
			if i := strings.Index(lower, l); i >= 0 {
				start = i + 1
				break
			}
		}
	}
	if start >= 0 {
		if n := (lineIndex{src: li.src[start:], json: li.json}).find(text); n > 0 {
			return n + strings.Count(li.src[:start], "\n")
		}
	}
	return li.find(text)
}

func jsonKey(section string) string {
	switch section {
	case "experience":
		return "work"
	case "certifications":
		return "certificates"
	}
	return section
}

// find returns the 1-based line where text starts in the source, or 0.
func (li lineIndex) find(text string) int {
	if li.src == "" || text == "" {
		return 0
	}
	probe := text
	if li.json {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.Encode(text)
		probe = strings.Trim(strings.TrimSpace(b.String()), `"`)
	}
	if len(probe) > 48 {
		probe = probe[:48]
	}
	i := indexWord(li.src, probe)
	if i < 0 {
		// wrapped prose: try the first few words
		words := strings.Fields(probe)
		if len(words) > 3 {
			i = strings.Index(li.src, strings.Join(words[:3], " "))
		}
	}
	if i < 0 {
		return 0
	}
	return 1 + strings.Count(li.src[:i], "\n")
}

// indexWord finds probe where it does not start or end inside a word
// ("SQL" is not found in "PostgreSQL").
func indexWord(s, probe string) int {
	alnum := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' }
	for from := 0; ; {
		i := strings.Index(s[from:], probe)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(probe)
		if (i == 0 || !alnum(s[i-1]) || !alnum(probe[0])) && (j == len(s) || !alnum(s[j]) || !alnum(probe[len(probe)-1])) {
			return i
		}
		from = i + 1
	}
}
