package rewrite

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// errEmptyReply means the model answered with no text.
var errEmptyReply = errors.New("the model's reply held no rewrite")

// errMalformed means the reply opened a JSON object it never closed.
var errMalformed = errors.New("the model's reply was not valid JSON")

var fenceRe = lazy.Regexp("(?s)^```[a-zA-Z]*\\s*\\n?(.*?)\\n?```\\s*$")

// parseReply reads a model's answer: the JSON object {"rewrite": "...",
// "notes": "..."} (also under "text", "bullet", "output" or "result"), the
// same inside a code fence, or plain text; a leading list marker and
// wrapping quotes are removed.
func parseReply(raw string) (text, notes string, err error) {
	t, n, err := extractReply(raw)
	if err != nil {
		return "", "", err
	}
	t = clean(t)
	return t, n, nonEmpty(t)
}

// extractReply finds the rewrite in a reply, as written: the JSON value, or
// the fenced or plain text, with no list marker or quote removed. A bare
// JSON null, empty string, object or list is no rewrite.
func extractReply(raw string) (text, notes string, err error) {
	s := strings.TrimSpace(raw)
	switch s {
	case "null", `""`, "{}", "[]":
		return "", "", errEmptyReply
	}
	if m := fenceRe().FindStringSubmatch(s); m != nil {
		s = strings.TrimSpace(m[1])
	} else if i := strings.Index(s, "```"); i >= 0 {
		// prose around a fence: take the fenced part
		if m := fenceRe().FindStringSubmatch(strings.TrimSpace(s[i:])); m != nil {
			s = strings.TrimSpace(m[1])
		}
	}
	if strings.HasPrefix(s, "{") {
		if t, n, ok := fromJSON(s); ok {
			return strings.TrimSpace(t), strings.TrimSpace(n), nonEmpty(t)
		}
		if strings.Contains(s, `"rewrite"`) || !strings.HasSuffix(s, "}") {
			return "", "", errMalformed
		}
	} else if i, j := strings.Index(s, "{"), strings.LastIndex(s, "}"); i > 0 && j > i {
		// "Here is the rewrite: {...}"
		if t, n, ok := fromJSON(s[i : j+1]); ok {
			return strings.TrimSpace(t), strings.TrimSpace(n), nonEmpty(t)
		}
	}
	return s, "", nonEmpty(s)
}

func nonEmpty(s string) error {
	if strings.TrimSpace(s) == "" {
		return errEmptyReply
	}
	return nil
}

func fromJSON(s string) (text, notes string, ok bool) {
	var m map[string]any
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return "", "", false
	}
	for _, k := range []string{"rewrite", "text", "bullet", "output", "result", "summary"} {
		switch v := m[k].(type) {
		case string:
			text = v
		case []any: // a section answered as a list of lines
			var lines []string
			for _, x := range v {
				if s, ok := x.(string); ok {
					lines = append(lines, s)
				}
			}
			text = strings.Join(lines, "\n")
		}
		if text != "" {
			break
		}
	}
	switch n := m["notes"].(type) {
	case string:
		notes = n
	case []any:
		var parts []string
		for _, x := range n {
			if s, ok := x.(string); ok {
				parts = append(parts, s)
			}
		}
		notes = strings.Join(parts, " ")
	}
	return text, notes, true
}

var leadMarkerRe = lazy.Regexp(`(?m)^\s*(?:[-*•]|\d+[.)])\s+`)

// clean strips list markers and wrapping quotes from each line. A reply
// whose first line has no marker keeps the markers of the lines after it:
// they are the item's own list ("clients:\n• Santer Reply: …" in a JSON
// description), which a write must keep.
func clean(s string) string {
	s = strings.TrimSpace(s)
	lines := strings.Split(s, "\n")
	listed := leadMarkerRe().MatchString(lines[0])
	out := lines[:0]
	for _, l := range lines {
		if listed {
			l = leadMarkerRe().ReplaceAllString(l, "")
		}
		l = unquote(strings.TrimSpace(l))
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func unquote(s string) string {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"'", "'"}, {"`", "`"}} {
		if len(s) >= 2 && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) && len(s) > len(q[0])+len(q[1]) {
			inner := s[len(q[0]) : len(s)-len(q[1])]
			if !strings.Contains(inner, q[0]) {
				return strings.TrimSpace(inner)
			}
		}
	}
	return s
}
