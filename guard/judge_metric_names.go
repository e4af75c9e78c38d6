package guard

import (
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// metricKinds group named metrics of one kind that measure different
// things: a figure moved from one to another ("mean time to recovery" to
// "mean time to detect", time-to-hire to time-to-fill, MAU to DAU) has
// changed its subject, though both are times or counts of users.
var metricKinds = [][][]string{
	{
		{"mttr", "time to recovery", "time to recover", "time-to-recovery", "time to restore", "time-to-restore", "recovery time", "time to repair", "time to resolve", "time-to-resolve", "time to resolution", "resolution time"},
		{"mttd", "time to detect", "time-to-detect", "time to detection", "detection time"},
		{"mtta", "time to acknowledge", "time-to-acknowledge", "acknowledgement time"},
	},
	{
		{"time-to-hire", "time to hire"},
		{"time-to-fill", "time to fill"},
	},
	{
		{"dau", "daily active", "日活"},
		{"wau", "weekly active", "周活"},
		{"mau", "monthly active", "月活"},
	},
}

// judgeMetricNames: the rewrite names a metric of a kind the source
// measures under another name, and never names the rewrite's.
func judgeMetricNames(src []sourceText, cand *claims.Claims) []Finding {
	if !cand.HasText("time") && !cand.HasText("mtt") && !cand.HasText("active") && !cand.HasText("dau") && !cand.HasText("mau") && !cand.HasText("wau") && !cand.HasText("活") {
		return nil // (the common text: no metric of these kinds named)
	}
	text := cand.Text
	lower := strings.ToLower(text)
	var texts []string
	for _, sc := range claimTexts(src) {
		texts = append(texts, strings.ToLower(sc.Text))
	}
	source := strings.Join(texts, "\n")
	for _, kind := range metricKinds {
		for i, names := range kind {
			at, name := firstName(lower, names)
			if at < 0 || hasAnyName(source, names) {
				continue
			}
			for j, other := range kind {
				if j != i && hasAnyName(source, other) {
					end := at + len(name)
					return []Finding{{Kind: KindMetric, Code: CodeChangedSubject, Text: text[at:end], Start: at, End: end, Severity: Error,
						Detail: fmt.Sprintf("%q is another metric than the source's %s", text[at:end], other[0])}}
				}
			}
		}
	}
	return nil
}

// firstName is where the first of names stands in lower as a word, or -1.
func firstName(lower string, names []string) (int, string) {
	for _, n := range names {
		if k := wordIndex(lower, n); k >= 0 {
			return k, n
		}
	}
	return -1, ""
}

func hasAnyName(lower string, names []string) bool {
	k, _ := firstName(lower, names)
	return k >= 0
}
