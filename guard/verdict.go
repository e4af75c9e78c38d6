package guard

import "github.com/bulletproof-cli/bulletproof/internal/lexicon"

// Decision is the guard's verdict on a candidate.
type Decision string

// Decisions.
const (
	Accept     Decision = "accept"
	Reject     Decision = "reject"
	NeedsInput Decision = "needs_input"
)

// Kind is what a finding is about.
type Kind string

// Finding kinds.
const (
	KindMetric      Kind = "metric"
	KindTool        Kind = "tool"
	KindOwnership   Kind = "ownership"
	KindDropped     Kind = "dropped"
	KindPlaceholder Kind = "placeholder"
)

// Severity of a finding; a candidate is rejected iff it has an error.
type Severity string

// Severities.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Finding codes.
const (
	CodeUnsupportedMetric     = "unsupported_metric"
	CodeChangedValue          = "changed_value"
	CodeChangedUnit           = "changed_unit"
	CodeChangedMagnitude      = "changed_magnitude"
	CodeChangedCurrency       = "changed_currency"
	CodeInflatedBound         = "inflated_bound"
	CodeAddedPrecision        = "added_precision"
	CodeUnsupportedPercentile = "unsupported_percentile"
	CodeDerived               = "derived"
	CodeUnsupportedTool       = "unsupported_tool"
	CodeUnsupportedPractice   = "unsupported_practice"
	CodeUnverifiedTerm        = "unverified_term"
	CodeInflatedOwnership     = "inflated_ownership"
	CodeSoleOwnership         = "sole_ownership"
	CodeDroppedMetric         = "dropped_metric"
	CodePlaceholder           = "placeholder"
)

// Finding is one thing the guard noticed. Start and End are byte offsets in
// the candidate, except for kind dropped, where they index the source item.
type Finding struct {
	Kind     Kind     `json:"kind"`
	Code     string   `json:"code"`
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Severity Severity `json:"severity"`
	Detail   string   `json:"detail"`
}

// Verdict is the guard's judgement of one candidate.
type Verdict struct {
	Decision Decision  `json:"verdict"`
	Findings []Finding `json:"findings"`
}

// Errors returns the findings that cause a rejection.
func (v Verdict) Errors() []Finding {
	var out []Finding
	for _, f := range v.Findings {
		if f.Severity == Error {
			out = append(out, f)
		}
	}
	return out
}

// Source is what a candidate may state: the item's own text plus facts the
// user vouches for (a facts file, or the rest of the resume when the scope is
// the whole resume). Context is other text of the candidate's shown to the
// model (the same role's other bullets): it may support a technology, but a
// figure moved from another bullet is not supported. Never a job ad.
type Source struct {
	Text    string
	Facts   []string
	Context []string
}

// OwnershipMode says what an ownership inflation does to the verdict.
type OwnershipMode string

// Ownership modes.
const (
	OwnershipOff    OwnershipMode = "off"
	OwnershipWarn   OwnershipMode = "warn"
	OwnershipReject OwnershipMode = "reject"
)

// Options tune a check. The zero value uses the embedded lexicon and warns on
// ownership inflation.
type Options struct {
	Lexicon   *lexicon.Lexicon
	Ownership OwnershipMode
}
