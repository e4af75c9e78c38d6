package guard

import (
	"strings"
	"testing"
)

// check runs a guard with opts on one source.
func check(t testing.TB, src Source, cand string, opts Options) Verdict {
	t.Helper()
	g, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return g.Prepare(src).Check(cand)
}

func TestCheckVerdicts(t *testing.T) {
	cases := []struct {
		src, cand string
		want      Decision
		code      string
	}{
		{"Cut latency 40%.", "Cut latency forty percent.", Accept, ""},
		{"Cut build time 25 minutes.", "Cut build time 25%.", Reject, CodeChangedUnit},
		{"Served 500K users.", "Served 5M users.", Reject, CodeChangedMagnitude},
		{"Saved $2M.", "Saved €2M.", Reject, CodeChangedCurrency},
		{"Served 2M users.", "Served over 2M users.", Reject, CodeInflatedBound},
		{"Served 2M users.", "Served 2.15M users.", Reject, CodeAddedPrecision},
		{"Served 2.3M users.", "Served over 2M users.", Accept, ""},
		{"41% of users enabled dark mode.", "Nearly half of users enabled dark mode.", Reject, CodeChangedValue},
		{"46% of users enabled dark mode.", "Nearly half of users enabled dark mode.", Accept, ""},
		{"Cut latency from 420 ms to 180 ms.", "Cut latency 57% (2.3x).", Accept, ""},
		{"Cut latency from 420 ms to 180 ms.", "Cut latency 60%.", Reject, CodeUnsupportedMetric},
		{"Improved the cache.", "Improved the cache, cutting latency by [X%].", NeedsInput, ""},
		{"Improved the cache.", "Improved the cache with Redis.", Reject, CodeUnsupportedTool},
		{"Ran workloads on EKS.", "Ran Kubernetes workloads on AWS.", Accept, ""},
		{"Ran Kubernetes workloads.", "Ran workloads on EKS.", Reject, CodeUnsupportedTool},
		{"Led the go-live.", "Led the Go rewrite.", Reject, CodeUnsupportedTool},
		{"Cut latency.", "Cut p99 latency.", Reject, CodeUnsupportedPercentile},
		{"Built the billing service.", "Built the billing service on FlowForge.", Reject, CodeUnverifiedTerm},
		{"Built the billing service.", "Built the Billing team's service in January.", Accept, ""},
		{"Added tests.", "Added tests with TDD.", Reject, CodeUnsupportedPractice},
		{"Payment success rate went from 97% to 99.4%.", "Cut payment failures by 80%.", Accept, ""},
		{"Payment success rate went from 97% to 99.4%.", "Cut payment failures by 90%.", Reject, CodeChangedValue},
		{"Negotiated egress down to $0.02 per GB.", "Negotiated egress down to $20 per TB.", Accept, ""},
		{"Negotiated egress down to $0.02 per GB.", "Negotiated egress down to $30 per TB.", Reject, CodeChangedValue},
		{"Ran 9 training sessions and migrated 60 services.", "Onboarded 9 teams and migrated 60 services.", Reject, CodeChangedSubject},
		{"Cut compile time for the monorepo by 40%.", "Cut compile and test time for the monorepo by 40%.", Reject, CodeChangedSubject},
		{"Cut compile and test time by 40%.", "Cut test and compile time by 40%.", Accept, ""},
		{"Halved the on-call page volume.", "Halved on-call page volume and incident count.", Reject, CodeChangedSubject},
		{"Cut open vulnerabilities from 230 to 12. Cut mean time to patch from 30 days to 9 days.", "Cut mean time to patch by 95%.", Reject, CodeUnsupportedMetric},
		{"Cut open vulnerabilities from 230 to 12. Cut mean time to patch from 30 days to 9 days.", "Cut open vulnerabilities by 95% and mean time to patch by 70%.", Accept, ""},
		{"Manage a fleet of Macs through Jamf.", "Manage a Jamf-managed Mac fleet.", Accept, ""},
		{"AWS Certified Solutions Architect; Azure Solutions Architect Expert", "Certified on two clouds: AWS Certified Solutions Architect and Azure Solutions Architect Expert", Accept, ""},
		{"AWS Certified Solutions Architect; Azure Solutions Architect Expert", "Certified on three clouds: AWS Certified Solutions Architect and Azure Solutions Architect Expert", Reject, CodeUnsupportedMetric},
		{"Built services in Go, Python and Java.", "Built services in three languages: Go, Python and Java.", Accept, ""},
		{"The tokenizer takes about 3 ms per document.", "The tokenizer processes 1,000 documents in about 3 seconds.", Accept, ""},
		{"Diploma in Network Administration, 2016; CCNA coursework completed.", "Diploma in Network Administration (2016); CCNA certified.", Reject, CodeUnsupportedClaim},
		{"CCNA (2021)", "Cisco CCNA certified, 2021", Accept, ""},
		{"B.A. Economics, 2015, magna cum laude", "B.A. Economics, summa cum laude, 2015", Reject, CodeUnsupportedClaim},
		{"B.A. Economics, 2015, summa cum laude", "Bachelor of Arts in Economics (2015), cum laude", Accept, ""},
		{"B.A. Economics, 2015, summa cum laude", "Bachelor's in Economics (2015), summa cum laude", Accept, ""},
		{"B.S. Computer Science, 2018", "M.S. Computer Science, 2018", Reject, CodeUnsupportedClaim},
		{"PostgreSQL, MySQL, Redis, MongoDB", "Relational: PostgreSQL, MySQL | NoSQL: MongoDB, Redis", Accept, ""},
		{"Swift, SwiftUI, UIKit, Core Data", "iOS: Swift, SwiftUI, UIKit, Core Data", Accept, ""},
		{"CKA (2023)", "Certified Kubernetes Administrator (CKA), 2023", Accept, ""},
		{"Cut the AWS bill from $42K to $30K a month.", "Cut the monthly AWS bill by $12K (29%).", Accept, ""},
		{"Cut the AWS bill from $42K to $30K a month.", "Cut the monthly AWS bill by $12K (40%).", Reject, CodeUnsupportedMetric},
		{"Hired and onboarded 6 engineers in 2023.", "Hired 6 engineers in a year.", Accept, ""},
		{"Hired and onboarded 6 engineers in 2023.", "Hired 6 engineers in six months.", Reject, ""},
		{"Wrote 12 runbooks in Q1 and 9 more in Q2.", "Wrote 21 runbooks in a single quarter.", Reject, CodeChangedValue},
		{"Answered about 30 tickets a day.", "Resolved roughly 150 tickets a week.", Accept, ""},
		{"Hired 3 backend and 2 frontend engineers.", "Hired 5 engineers.", Accept, ""},
		{"Uptime went from 99.0% to 99.9%.", "Cut downtime tenfold.", Accept, ""},
		{"Each request costs $0.0002.", "Requests cost $0.20 per thousand.", Accept, ""},
		{"Answered about 30 tickets a day.", "Resolved roughly 210 tickets a week.", Accept, ""},
		{"Answered about 30 tickets a day.", "Resolved roughly 300 tickets a week.", Reject, CodeChangedValue},
		{"Built the product analytics models in SQL.", "Built the product analytics models in dbt and SQL.", Reject, CodeUnsupportedTool},
		{"Bachelor of Science in Computer Science, 2018", "B.Sc. Computer Science (2018)", Accept, ""},
		{"AWS Solutions Architect Associate (in progress)", "AWS Solutions Architect Associate, in progress", Accept, ""},
		{"The tokenizer takes about 3 ms per document.", "The tokenizer processes 1,000 documents in about 30 seconds.", Reject, ""},
		{"The tokenizer processes 1,000 documents in 3 seconds.", "The tokenizer takes 3 ms per document.", Accept, ""},
		{"Runs our application security program.", "Runs the AppSec program.", Accept, ""},
		{"CompTIA Security+ (2021); OSCP (2023)", "Offensive Security Certified Professional (OSCP), 2023; CompTIA Security+, 2021", Accept, ""},
		{"Certified ScrumMaster (Scrum Alliance), 2019", "Scrum Alliance Certified ScrumMaster (CSM), 2019", Accept, ""},
		{"Certified Kubernetes Application Developer (CKAD), 2023", "Certified Kubernetes Administrator (CKA) and Application Developer (CKAD), 2023", Reject, CodeUnverifiedTerm},
		{"Fixed typos in the docs ({my-github}/study).", "Fixed typos across the docs ({my-github}/study).", Accept, ""},
		{"Fixed typos in the docs ({my-github}/study).", "Fixed typos in {N} pages of the docs ({my-github}/study).", NeedsInput, ""},
	}
	for _, c := range cases {
		v := check(t, Source{Text: c.src}, c.cand, Options{})
		if v.Decision != c.want {
			t.Errorf("%q -> %q: %s, want %s (%+v)", c.src, c.cand, v.Decision, c.want, v.Findings)
			continue
		}
		if c.code != "" {
			found := false
			for _, f := range v.Errors() {
				found = found || f.Code == c.code
			}
			if !found {
				t.Errorf("%q -> %q: no %s in %+v", c.src, c.cand, c.code, v.Findings)
			}
		}
		for _, f := range v.Findings {
			if f.Kind != KindDropped && c.cand[f.Start:f.End] != f.Text {
				t.Errorf("%q: finding offsets [%d,%d) do not give %q", c.cand, f.Start, f.End, f.Text)
			}
		}
	}
}

func TestOwnership(t *testing.T) {
	v := check(t, Source{Text: "Helped with the Kafka migration."}, "Led the Kafka migration.", Options{})
	if v.Decision != Accept || len(v.Findings) == 0 || v.Findings[0].Code != CodeInflatedOwnership || v.Findings[0].Severity != Warning {
		t.Errorf("%+v", v)
	}
	v = check(t, Source{Text: "Helped with the Kafka migration."}, "Led the Kafka migration.", Options{Ownership: OwnershipReject})
	if v.Decision != Reject {
		t.Errorf("reject mode: %+v", v)
	}
	v = check(t, Source{Text: "Helped with the Kafka migration."}, "Single-handedly ran the Kafka migration.", Options{Ownership: OwnershipOff})
	if len(v.Findings) != 0 {
		t.Errorf("off mode: %+v", v)
	}
	v = check(t, Source{Text: "Contributed to the monolith split (owned the inventory service)."}, "Led the monolith split, owning the inventory service.", Options{Ownership: OwnershipReject})
	if v.Decision != Reject {
		t.Errorf("a bracket's verb raised the sentence's: %+v", v)
	}
	v = check(t, Source{Text: "Built the Kafka migration."}, "Single-handedly built the Kafka migration.", Options{})
	if len(v.Findings) != 1 || v.Findings[0].Code != CodeSoleOwnership {
		t.Errorf("sole: %+v", v)
	}
}

func TestFeedback(t *testing.T) {
	v := check(t, Source{Text: "Improved the API."}, "Improved the API for 2M users with Kafka.", Options{})
	fb := Feedback(v)
	for _, want := range []string{`"2M users" is not in the source`, "placeholder", `"Kafka"`, "remove it"} {
		if !strings.Contains(fb, want) {
			t.Errorf("feedback lacks %q:\n%s", want, fb)
		}
	}
}

func TestFacts(t *testing.T) {
	v := check(t, Source{Text: "Cut infrastructure costs.", Facts: []string{"The AWS bill fell by $30K a month."}}, "Cut AWS costs by $30K a month.", Options{})
	if v.Decision != Accept {
		t.Errorf("%+v", v)
	}
}

func TestContextSupportsToolsNotFigures(t *testing.T) {
	src := Source{Text: "Tuned the checkout queries.", Context: []string{"- Cut p95 latency from 420 ms to 180 ms with Redis on PostgreSQL."}}
	if v := check(t, src, "Tuned the PostgreSQL checkout queries.", Options{}); v.Decision != Accept {
		t.Errorf("a tool from the same role: %+v", v)
	}
	if v := check(t, src, "Tuned the checkout queries, cutting p95 latency to 180 ms.", Options{}); v.Decision != Reject {
		t.Errorf("a figure moved from another bullet was accepted: %+v", v)
	}
}
