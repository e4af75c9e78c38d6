package resume

import "strings"

// firstPersonLine: a short line that speaks of the writer ("Desenvolvedor
// Fullstack e minha primeira experiência com startup", "My first job
// out of school") tells about a role; a heading names one and never says
// "my". The words are possessives and subject pronouns of the first
// person that no company or title is spelt with, as written (not in
// capitals).
func firstPersonLine(t string) bool {
	for _, w := range strings.Fields(t) {
		// ("MY" in capitals may be a code, Malaysia's)
		w = strings.Trim(w, ",;:.!?()\"'“”")
		if len(w) > 1 && w[1:] == strings.ToLower(w[1:]) && firstPersonWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var firstPersonWords = map[string]bool{
	"my": true, "minha": true, "meu": true, "minhas": true, "meus": true, "mein": true, "meine": true,
	"meinen": true, "meiner": true, "mijn": true, "ich": true,
}
