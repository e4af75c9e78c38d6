package guard

import (
	"fmt"
	"strings"
)

// Feedback renders a verdict's blocking findings as instructions a model can
// follow on its next attempt, one line each.
func Feedback(v Verdict) string {
	var lines []string
	for _, f := range v.Findings {
		if f.Severity != Error && !(f.Kind == KindOwnership && f.Severity == Warning) {
			continue
		}
		lines = append(lines, "- "+instruction(f))
	}
	return strings.Join(lines, "\n")
}

func instruction(f Finding) string {
	switch f.Code {
	case CodeUnsupportedMetric, CodeChangedValue, CodeChangedUnit, CodeChangedMagnitude, CodeChangedCurrency, CodeAddedPrecision:
		return fmt.Sprintf("%s: remove it, or keep the source's figure exactly, or write a placeholder such as [X%%].", f.Detail)
	case CodeChangedSubject:
		return fmt.Sprintf("%s: keep each figure with what it measures in the source.", f.Detail)
	case CodeInflatedBound:
		return fmt.Sprintf("%s: use the source's wording (drop \"over\", \"+\" or \"more than\").", f.Detail)
	case CodeUnsupportedPercentile:
		return fmt.Sprintf("%s: name the metric as the source does, without a percentile.", f.Detail)
	case CodeUnsupportedTool, CodeUnsupportedPractice:
		return fmt.Sprintf("%s: remove it; name only technologies the source names.", f.Detail)
	case CodeUnsupportedClaim:
		return fmt.Sprintf("%s: remove it, or state it as the source does.", f.Detail)
	case CodeUnverifiedTerm:
		return fmt.Sprintf("%s: remove it.", f.Detail)
	case CodeInflatedOwnership, CodeSoleOwnership:
		return f.Detail + "."
	}
	return f.Detail
}
