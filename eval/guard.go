package eval

import (
	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// judging is the guard a run judges with and the technology table behind
// it, built once per run from Options.Guard.
type judging struct {
	guard *guard.Guard
	lex   *lexicon.Lexicon
}

func newJudging(opts guard.Options) (*judging, error) {
	g, err := guard.New(opts)
	if err != nil {
		return nil, err
	}
	lex, err := lexicon.Load(opts.Lexicon) // the guard's own, built once
	if err != nil {
		return nil, err
	}
	return &judging{guard: g, lex: lex}, nil
}

// viewJudging judges a report the viewer shows that holds no verdicts (a
// promptfoo report): the embedded table, ownership warned.
func viewJudging() *judging {
	return &judging{guard: guard.MustNew(guard.Options{Ownership: guard.OwnershipWarn}), lex: lexicon.Default()}
}
