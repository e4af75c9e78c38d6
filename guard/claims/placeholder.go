package claims

import "strings"

// findPlaceholders finds gaps the user must fill: [bracketed] or {braced}
// or <angled> words with no digits, runs of underscores, TBD/TBA, and X%,
// XX%, $X, $XK, N+ services, X ms written bare (Y and Z as X). "X.509", "X-Ray", "10X" and
// "the X API" are names, not gaps. Hand-written: this runs on every
// candidate.
func findPlaceholders(text string) []Placeholder {
	var out []Placeholder
	add := func(a, b int) { out = append(out, Placeholder{Text: text[a:b], Start: a, End: b}) }
	for i := 0; i < len(text); i++ {
		if !opensPlaceholder[text[i]] {
			continue
		}
		switch c := text[i]; c {
		case '[', '{', '<':
			closer := byte(']')
			if c == '{' {
				closer = '}'
			} else if c == '<' {
				closer = '>'
			}
			j := strings.IndexByte(text[i+1:], closer)
			if j < 0 || j > 80 {
				continue
			}
			inner := text[i+1 : i+1+j]
			if j > 0 && !strings.ContainsAny(inner, "0123456789[{<") && (c == '[' || j <= 12 && !strings.Contains(inner, " ")) {
				end := i + j + 2
				if end < len(text) && text[end] == '%' {
					end++
				}
				add(i, end)
				i = end - 1
			}
		case '_':
			j := i
			for j < len(text) && text[j] == '_' {
				j++
			}
			if j-i >= 2 {
				if j < len(text) && text[j] == '%' {
					j++
				}
				add(i, j)
			}
			i = j - 1
		case 'T':
			if strings.HasPrefix(text[i:], "TBD") || strings.HasPrefix(text[i:], "TBA") {
				if wordEdge(text, i-1) && wordEdge(text, i+3) {
					add(i, i+3)
					i += 2
				}
			}
		case 'X', 'N', 'Y', 'Z', '$':
			if !wordEdge(text, i-1) && c != '$' || i > 0 && (text[i-1] == '.' || text[i-1] == '-') {
				continue
			}
			if (c == 'Y' || c == 'Z') && (strings.HasSuffix(strings.ToLower(text[:i]), "gen ") || strings.HasSuffix(strings.ToLower(text[:i]), "generation ")) {
				continue // "Gen Z users"
			}
			j := i
			if c == '$' {
				j++
				if j >= len(text) || text[j] != 'X' && text[j] != 'N' {
					continue
				}
			}
			k := j
			for k < len(text) && text[k] == text[j] && k-j < 3 {
				k++
			}
			if k == j {
				continue
			}
			// $XK, $XM, XK users
			if k < len(text) && (text[k] == 'K' || text[k] == 'M' || text[k] == 'B') && wordEdge(text, k+1) {
				k++
			}
			if !wordEdge(text, k) && text[k] != '%' && text[k] != '+' {
				continue
			}
			if k < len(text) && (text[k] == '.' || text[k] == '-') && k+1 < len(text) && isDigitB(text[k+1]) || k < len(text) && text[k] == '-' {
				continue // X.509, X-Ray
			}
			end := k
			rest := text[k:]
			switch {
			case c == '$':
			case strings.HasPrefix(rest, "%"):
				end++
			case strings.HasPrefix(rest, "x") && wordEdge(text, k+1):
				end++
			default:
				if strings.HasPrefix(rest, "+") {
					end++
					rest = rest[1:]
				}
				r := strings.TrimLeft(rest, " ")
				unit := ""
				for _, u := range placeholderUnits {
					if strings.HasPrefix(r, u) && wordEdge(r, len(u)) {
						unit = u
						break
					}
				}
				// ("N+ services", "N+ Airflow DAGs": the "+" marks it)
				if unit == "" && !(end > k && (isLower(r) || r != "" && r[0] >= 'A' && r[0] <= 'Z')) {
					continue
				}
				end = k + (len(text[k:]) - len(r)) + len(unit)
				if unit == "" {
					end = k + 1
				}
			}
			add(i, end)
			i = end - 1
		}
	}
	return out
}

// opensPlaceholder marks the bytes a placeholder may start with.
var opensPlaceholder = [256]bool{'[': true, '{': true, '<': true, '_': true, 'T': true, 'X': true, 'N': true, 'Y': true, 'Z': true, '$': true}

var placeholderUnits = []string{"percent", "ms", "users", "requests", "hours", "minutes", "seconds", "customers", "services", "teams",
	"engineers", "K", "M", "days", "weeks", "months", "points", "pp", "times", "x"}

func isLower(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }
