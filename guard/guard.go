package guard

import (
	"fmt"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// Options configure a Guard. The zero value checks against the embedded
// technology table and warns on ownership inflation.
type Options struct {
	// Ownership says what a rewrite that claims more ownership than its
	// source ("helped" -> "led") gets: a warning (the default), nothing,
	// or a rejection.
	Ownership OwnershipMode
	// Lexicon holds extra technologies in the lexicon's line format, one a
	// line: "name | category | aliases | flags | entails".
	Lexicon []byte
}

// OwnershipMode says what an ownership inflation does to the verdict.
type OwnershipMode string

// Ownership modes.
const (
	OwnershipOff    OwnershipMode = "off"
	OwnershipWarn   OwnershipMode = "warn"
	OwnershipReject OwnershipMode = "reject"
)

// Guard judges rewrites against their sources. It is immutable and safe for
// concurrent use.
type Guard struct {
	reader    *claims.Reader
	ownership OwnershipMode
}

// New returns a guard; it fails only on malformed extra lexicon entries.
func New(opts Options) (*Guard, error) {
	r, err := claims.New(claims.Options{Lexicon: opts.Lexicon})
	if err != nil {
		return nil, err
	}
	return &Guard{reader: r, ownership: opts.Ownership}, nil
}

// MustNew is New for options known to be valid; it panics on malformed
// extra lexicon entries.
func MustNew(opts Options) *Guard {
	g, err := New(opts)
	if err != nil {
		panic("guard: " + err.Error())
	}
	return g
}

// Check judges rewrite against source and any facts the user vouches for.
func (g *Guard) Check(source, rewrite string, facts ...string) Verdict {
	return g.Prepare(Source{Text: source, Facts: facts}).Check(rewrite)
}

// Claims reads what text claims, as the guard reads it.
func (g *Guard) Claims(text string) claims.Claims { return g.reader.Read(text) }

// Reader is the guard's claim reader.
func (g *Guard) Reader() *claims.Reader { return g.reader }

// Source is what a rewrite may state: the item's own text plus facts the
// user vouches for (a facts file, or the rest of the resume when the scope
// is the whole resume). Context is other text of the candidate's shown to
// the model (the same role's other bullets): it may support a technology,
// but a figure moved from another bullet is not supported. Never a job ad.
type Source struct {
	Text    string
	Facts   []string
	Context []string
}

// Prepared is a source read once, to check many rewrites against (the
// rewrite loop's retries, an eval's providers).
type Prepared struct {
	g     *Guard
	texts []sourceText
	// failed holds what a panic in reading the source carried: every
	// check against it then fails closed.
	failed any
}

type sourceText struct {
	claims.Claims
	toolsOnly bool // context: supports technologies and terms, not figures
}

// Prepare reads a source.
func (g *Guard) Prepare(src Source) (p *Prepared) {
	p = &Prepared{g: g, texts: make([]sourceText, 0, 1+len(src.Facts)+len(src.Context))}
	defer func() {
		if r := recover(); r != nil {
			p.failed = r
		}
	}()
	p.texts = append(p.texts, sourceText{Claims: g.reader.ReadSource(src.Text)})
	for _, f := range src.Facts {
		p.texts = append(p.texts, sourceText{Claims: g.reader.ReadSource(f)})
	}
	for _, c := range src.Context {
		p.texts = append(p.texts, sourceText{Claims: g.reader.ReadSource(c), toolsOnly: true})
	}
	return p
}

// Join is one source made of sources prepared apart: an item's own text,
// and texts a whole run shares (the user's facts, the resume, a role's other
// bullets), read once for the run rather than once per item. Nil parts are
// skipped.
func (g *Guard) Join(parts ...*Prepared) *Prepared {
	p := &Prepared{g: g}
	for _, part := range parts {
		if part != nil {
			p.texts = append(p.texts, part.texts...)
			if part.failed != nil {
				p.failed = part.failed
			}
		}
	}
	return p
}

// Check judges rewrite against the prepared source. It rejects iff a
// finding is an error: a figure, percentile, technology, claim token or
// product-like term the source does not support. Placeholders make an
// otherwise clean rewrite needs_input.
//
// A bug in the guard that panics on some text must not end a run of many
// items, nor let the text through: the check fails closed, as a rejection
// that says so.
func (p *Prepared) Check(rewrite string) (v Verdict) {
	if p.failed != nil {
		return failedClosed(p.failed)
	}
	defer func() {
		if r := recover(); r != nil {
			v = failedClosed(r)
		}
	}()
	return p.g.judge(p.texts, p.g.reader.Read(rewrite))
}

func failedClosed(cause any) Verdict {
	return Verdict{Decision: Reject, Findings: []Finding{{
		Kind: KindGuard, Code: CodeGuardFailed, Severity: Error,
		Detail: fmt.Sprintf("the guard failed on this text (%v), so it is rejected to be safe; this is a bug in bulletproof: please report the pair", cause),
	}}}
}
