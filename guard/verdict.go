package guard

// Decision is the guard's verdict on a rewrite.
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
	KindClaim       Kind = "claim" // versions, funding stages, certification levels, ranks, 24/7
	KindOwnership   Kind = "ownership"
	KindDropped     Kind = "dropped"
	KindPlaceholder Kind = "placeholder"
	KindGuard       Kind = "guard" // the guard itself failed
)

// Severity of a finding; a rewrite is rejected iff it has an error.
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
	CodeChangedSubject        = "changed_subject" // the figure is the source's, about another thing
	CodeInflatedBound         = "inflated_bound"
	CodeAddedPrecision        = "added_precision"
	CodeUnsupportedPercentile = "unsupported_percentile"
	CodeDerived               = "derived" // computed from the source's figures: information
	CodeUnsupportedTool       = "unsupported_tool"
	CodeUnsupportedPractice   = "unsupported_practice"
	CodeUnsupportedClaim      = "unsupported_claim" // a version, stage, level, rank or 24/7 the source lacks
	CodeUnverifiedTerm        = "unverified_term"
	CodeInflatedOwnership     = "inflated_ownership"
	CodeSoleOwnership         = "sole_ownership"
	CodeDroppedMetric         = "dropped_metric"
	CodePlaceholder           = "placeholder"
	CodeGuardFailed           = "guard_failed" // a bug: the check failed closed
)

// Finding is one thing the guard noticed. Start and End are byte offsets in
// the rewrite, except for kind dropped, where they index the source item.
type Finding struct {
	Kind     Kind     `json:"kind"`
	Code     string   `json:"code"`
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Severity Severity `json:"severity"`
	Detail   string   `json:"detail"`
}

// Verdict is the guard's judgement of one rewrite.
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
