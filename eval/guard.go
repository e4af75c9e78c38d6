package eval

import (
	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// guardFor is the guard over lex (the user's extra entries included) with
// an ownership mode; the lexicon behind it is built once and shared.
func guardFor(lex *lexicon.Lexicon, ownership guard.OwnershipMode) *guard.Guard {
	var extra []byte
	if lex != nil {
		extra = lex.Extra()
	}
	return guard.MustNew(guard.Options{Lexicon: extra, Ownership: ownership})
}
