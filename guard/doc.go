// Package guard judges a rewrite against its source: every quantity and every
// technology the rewrite states must be supported by the source text (the
// item, facts the user vouches for, and, when asked, the rest of the resume —
// never a job ad). It is bulletproof's one judge of invention: rewrite, lint,
// match and eval call it rather than re-implementing it.
//
// Check is pure and fast (microseconds per bullet); it does no I/O and never
// calls a model. Findings carry a kind, a code, the offending text and its
// byte offsets, and a reason a person, or a model on retry, can act on.
package guard
