package guard

import "testing"

// TestDevFourteen scores the fourteenth round's cases: devfourteen-variants
// holds the pairs written for its mechanisms (clock readings, spans in
// words and between years, periods before the figure in other languages,
// numerals in characters, hedges in Chinese, Arabic, Russian and Czech,
// counts each item's against totals, zeros said as "no", credentials
// spelled from acronyms, reach claimed as international), devfourteen-fixed
// the pairs of the round's blind development sets that the round-start
// build got wrong and the guard gets right since. Every pair is held.
func TestDevFourteen(t *testing.T) {
	holdEvery(t, "devfourteen-variants.jsonl", "devfourteen-fixed.jsonl")
}

// TestReviewFourteen holds the inputs a review of the round's last session
// found: none may fail the guard, and each is judged as its note says.
func TestReviewFourteen(t *testing.T) {
	for _, c := range []struct {
		name, source, rewrite string
		want                  Decision
	}{
		{"a capital whose lower case is longer before a team phrase", "Built dashboards for ops.", "Ⱥ Ⱥ Ⱥ leading a 5-person squad", Reject},
		{"a capital that opens a sentence is no technology", "React quickly to pager alerts for the AWS fleet.", "Built React dashboards for the AWS fleet.", Reject},
		{"a share of requests without a time measured is no percentile", "Automated 95% of support requests; API latency 200 ms.", "Kept p95 API latency at 200 ms.", Reject},
		{"a range with units is a range", "Contracts of 3-12 months.", "Contracts of 3 months to 1 year.", Accept},
		{"an unrelated change is no baseline", "Grew signups by 50%; kept p95 latency at 300 ms.", "Grew signups by 50% and held latency at 300 ms, down from 600 ms.", Reject},
		{"every other week is not weekly", "隔週 200件の請求書を処理。", "Processed 200 invoices a week.", Reject},
		{"a cross-team initiative leads no team", "Drove a cross-team initiative to unify logging.", "Drove a cross-team initiative to unify logging across 4 services.", Reject},
		{"a passenger app tells no change", "Average MTTR of 35 minutes for the passenger app.", "Reduced MTTR to 35 minutes for the passenger app.", Reject},
		{"Russian international", "Работал в международной компании, 12 человек в команде.", "Worked at an international company on a 12-person team.", Accept},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := testGuard.Check(c.source, c.rewrite)
			for _, f := range v.Findings {
				if f.Code == CodeGuardFailed {
					t.Fatalf("guard failed: %s", f.Detail)
				}
			}
			if v.Decision != c.want {
				t.Errorf("got %s, want %s: %+v", v.Decision, c.want, v.Findings)
			}
		})
	}
}
