package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// withoutStackItems: a role's items less those that only name its tools
// (stackItem, codeToolsItem), which are fields of the role and no bullets.
func withoutStackItems(bs []*Block) []*Block {
	var out []*Block
	for _, b := range bs {
		if b.Kind == BlockListItem && (stackItem(strings.TrimSpace(b.Text)) || areaItem(strings.TrimSpace(b.Text)) || codeToolsItem(b)) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// stackItem: a list item that only names the tools a role used ("Stack:
// C#, ASP.NET Core, Azure", "Tecnologie: React / Redux"), bold or not, is
// a field line of the role, not a bullet: rewriting it would make a tool
// list an achievement. A stack label over a sentence ("Tech: migrated the
// queue to Kafka, cutting lag 40%") tells something done and stays one.
func stackItem(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 {
		return false
	}
	label := strings.Trim(strings.TrimSpace(t[:c]), "*_` ")
	_, n := utf8.DecodeRuneInString(t[c:])
	return stackLabelRe().MatchString(label) && toolNamesOnly(t[c+n:])
}

// toolNamesOnly: v is short names parted by commas, slashes, bars or the
// like ("Java 21, Spring Boot, Kafka"; "React / Redux"), one name at
// least: no part longer than a product's name, none a clause, and no
// figure with a unit ("40%", "€210") anywhere, as an achievement has.
func toolNamesOnly(v string) bool {
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "."))
	if v == "" || unitFigureRe().MatchString(v) {
		return false
	}
	parts := strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune(",;/|·•、，；", r) })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if wordCount(p) > 4 || len(parts) == 1 && wordCount(p) > 3 || clausePart(p) {
			return false
		}
	}
	return true
}

// clausePart: a part that reads as words of a sentence, not a name: two
// words or more led by a small letter ("migrated the queue", "cutting
// lag"), or a small word that joins a sentence's words ("the", "per").
func clausePart(p string) bool {
	w := strings.Fields(strings.Trim(p, "()[] "))
	if len(w) < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w[0]); unicode.IsLower(r) {
		return true
	}
	for _, x := range w[1:] {
		if clauseWords[x] {
			return true
		}
	}
	return false
}

// clauseWords join a sentence's words; a product's name goes without them
// ("Ruby on Rails" and "Infrastructure as Code" do not count).
var clauseWords = map[string]bool{
	"the": true, "a": true, "to": true, "of": true, "for": true, "with": true, "by": true, "from": true, "into": true,
	"il": true, "lo": true, "gli": true, "di": true, "per": true, "con": true, "della": true, "del": true, "dei": true,
	"el": true, "los": true, "las": true, "para": true, "por": true, "com": true, "dos": true, "das": true,
	"der": true, "die": true, "mit": true, "für": true, "zu": true, "von": true,
	"le": true, "les": true, "des": true, "pour": true, "avec": true, "du": true,
	"het": true, "een": true, "voor": true, "met": true, "van": true,
	"dla": true, "przez": true, "для": true, "при": true, "з": true, "із": true,
}

// unitFigureRe: a number with a unit or a currency, as results are told
// ("40%", "3x", "€210", "120 ms", "10k users"); a version ("Java 21",
// "k8s", "EC2") is none.
var unitFigureRe = lazy.Regexp(`(?i)[$€£¥₹]\s?\d|(^|[^\p{L}\d.])\d+([.,]\d+)?\s?(%|％|×|x\b|k\b|ms\b|sec\b|seconds?\b|min\b|minutes?\b|h\b|hours?\b|hrs\b|days?\b|weeks?\b|months?\b|users\b|utenti\b|usuarios\b|nutzer\b|clients?\b|€|\$|£|eur\b|usd\b|tb\b|req/s|rps\b)`)
