package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A line wholly in brackets that goes on in small letters ("(includes a
// four-month sabbatical in 2014, staging in Tokyo)") is a remark on the
// entry above it, whatever year it mentions: no heading of its own
// ("(Jan 2019 – Present)" and "(2024 essay, link)" open on a date or a
// capital, and are).

// bracketedRemark: t is one bracketed aside of more than four words,
// its first letter small.
func bracketedRemark(t string) bool {
	t = strings.TrimSpace(t)
	var inner string
	switch {
	case strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")"):
		inner = t[1 : len(t)-1]
	case strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）"):
		inner = t[len("（") : len(t)-len("）")]
	default:
		return false
	}
	if strings.ContainsAny(inner, "()（）") || wordCount(inner) <= 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(inner))
	return unicode.IsLower(r)
}
