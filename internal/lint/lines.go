package lint

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/bulletproof-cli/bulletproof/resume"
)

// lineIndex finds the line of the source a text came from. Everything it
// needs more than once (line starts, section starts, where probes occur) is
// computed once per source, so a finding per bullet costs no rescan.
type lineIndex struct {
	src      string
	json     bool
	occ      *occurrences
	starts   []int          // offset of each line's first byte
	sections map[string]int // section -> offset of its heading or key, -1 if none
}

func newLineIndex(src string, f resume.Format) *lineIndex {
	return &lineIndex{src: src, json: f == resume.JSONResume, occ: newOccurrences(src), sections: map[string]int{}}
}

// findIn returns the line of text within a section of the source (after its
// heading, or its key in JSON), else anywhere, else 0.
func (li *lineIndex) findIn(section, text string) int {
	if li.src == "" || text == "" {
		return 0
	}
	if section != "" {
		if start := li.sectionStart(section); start >= 0 {
			if i := li.find(text, start); i >= 0 {
				return li.line(i)
			}
		}
	}
	if i := li.find(text, 0); i >= 0 {
		return li.line(i)
	}
	return 0
}

// sectionStart is where a section begins: its key in JSON, else the first
// line that reads "## section", else the first that starts with the name
// (ignoring case; the first line of the file is the header).
func (li *lineIndex) sectionStart(section string) int {
	if at, ok := li.sections[section]; ok {
		return at
	}
	at := -1
	if li.json {
		at = strings.Index(li.src, `"`+jsonKey(section)+`"`)
	} else {
		for _, prefix := range []string{"## " + section, section} {
			if at = li.lineWithPrefix(prefix); at >= 0 {
				break
			}
		}
	}
	li.sections[section] = at
	return at
}

func (li *lineIndex) lineWithPrefix(prefix string) int {
	for i := strings.IndexByte(li.src, '\n'); i >= 0; {
		start := i + 1
		if rest := li.src[start:]; len(rest) >= len(prefix) && strings.EqualFold(rest[:len(prefix)], prefix) {
			return start
		}
		j := strings.IndexByte(li.src[start:], '\n')
		if j < 0 {
			break
		}
		i = start + j
	}
	return -1
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

// probeFor is what find looks for: text's first 48 bytes as the source
// writes them (escaped, in a JSON source).
func probeFor(text string, isJSON bool) string {
	probe := text
	if isJSON {
		var b strings.Builder
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.Encode(text)
		probe = strings.Trim(strings.TrimSpace(b.String()), `"`)
	}
	if len(probe) > 48 {
		probe = probe[:48]
	}
	return probe
}

// find returns the offset at or after from where text starts in the
// source, or -1: its first 48 bytes as a whole word, else (wrapped prose)
// its first three words.
func (li *lineIndex) find(text string, from int) int {
	probe := probeFor(text, li.json)
	i := li.occ.first(probe, from, true)
	if i < 0 {
		if words := strings.Fields(probe); len(words) > 3 {
			i = li.occ.first(strings.Join(words[:3], " "), from, false)
		}
	}
	return i
}

// line is the 1-based line holding offset i.
func (li *lineIndex) line(i int) int {
	if li.starts == nil {
		li.starts = []int{0}
		for j := 0; j < len(li.src); j++ {
			if li.src[j] == '\n' {
				li.starts = append(li.starts, j+1)
			}
		}
	}
	n, found := slices.BinarySearch(li.starts, i)
	if found {
		return n + 1
	}
	return n
}
