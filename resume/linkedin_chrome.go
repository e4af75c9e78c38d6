package resume

import (
	"bytes"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A LinkedIn profile copied from the page brings the page's own words
// with it: "…see more", "Show all 38 skills", "500+ connections",
// "Contact info", and each employer's or school's logo as its alt text
// ("Tala Lending Philippines logo") over the name itself. Those lines are
// nobody's text; the text reader passes over them.

var linkedinChromeRe = lazy.Regexp(`(?i)^(?:(?:…|\.\.\.)\s*see more|show all \d+ [\p{L} &]+(?:→)?|\d[\d,]*\+? (?:connections|followers)|contact info)$`)

// linkedinChrome: text, a line of the file, is such a line; rest is the
// file after it.
func linkedinChrome(text string, rest []byte) bool {
	if strings.HasSuffix(text, " logo") {
		name := strings.TrimSpace(strings.TrimSuffix(text, " logo"))
		if name == "" {
			return false
		}
		// the name itself comes within the next lines
		n := 0
		for l := range bytes.Lines(rest) {
			t := strings.TrimSpace(string(l))
			if t == "" {
				continue
			}
			if strings.HasPrefix(t, name) {
				return true
			}
			if n++; n == 3 {
				break
			}
		}
		return false
	}
	if len(text) > 40 || len(text) < 8 {
		return false
	}
	return linkedinChromeRe().MatchString(text)
}
