package resume

import "github.com/bulletproof-cli/bulletproof/internal/lazy"

// parenAsideRe: an aside in brackets, ASCII or full-width ("（Java /
// Oracle）").
var parenAsideRe = lazy.Regexp(`\([^()]*\)|（[^（）]*）`)

// withoutAsides is t with its bracketed asides taken out: "保守開発（Java /
// Oracle）" tells one thing done, whatever its aside lists.
func withoutAsides(t string) string {
	return parenAsideRe().ReplaceAllString(t, " ")
}
