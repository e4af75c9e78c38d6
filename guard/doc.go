// Package guard judges a rewrite against its source: every figure, technology
// and claim the rewrite states must be supported by the source text (the
// item, facts the user vouches for, and, when asked, the rest of the resume —
// never a job ad). It is bulletproof's one judge of invention: rewrite, eval
// and the commands call it rather than re-implementing it.
//
// A figure is supported by a source figure of the same kind that measures the
// same thing, within the rewrite's written precision and without a stronger
// bound ("over", "+"), or by one computed from the source's figures (a change,
// ratio, sum, share, complement, time per item or its inverse rate, or
// per-period rescaling, reported as derived), and one moved to another
// thing is rejected. A technology must be named in the source or implied by
// one it names. A version, funding stage, certification or designation
// level, rank, degree, academic honour or "24/7" must be the source's, and
// "certified" may not replace a
// credential the source calls unfinished. Product-like names the technology
// table lacks must appear in the source (or the words they abbreviate, or
// the acronym they spell out); job titles and team names are not products.
// Placeholders ([X%], __%, N+ services) make the verdict needs_input.
//
// Check is pure and fast (microseconds per bullet); it does no I/O and never
// calls a model. Findings carry a kind, a code, the offending text and its
// byte offsets in the rewrite, and a reason a person, or a model on retry,
// can act on. What a text claims is read by the sub-package claims.
package guard
