package guard

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

func q(t *testing.T, text string) []Quantity {
	t.Helper()
	return Extract(text, nil).Quantities
}

func TestQuantities(t *testing.T) {
	cases := []struct {
		text string
		want string // class:value:bound per quantity, ";"-joined
	}{
		{"Cut latency 40%", "percent:40:exact"},
		{"forty percent of requests", "percent:40:exact"},
		{"served 2,000,000 users", "count:2e+06:exact"},
		{"served 2M+ users", "count:2e+06:at least"},
		{"over two million users", "count:2e+06:at least"},
		{"1.2M rows and 500K events", "count:1.2e+06:exact;count:500000:exact"},
		{"a dozen services", "count:12:exact"},
		{"two hundred fifty engineers", "count:250:exact"},
		{"twenty-five teams", "count:25:exact"},
		{"half a million requests", "count:500000:exact"},
		{"cut costs by half", "percent:50:exact"},
		{"halved build time", "percent:50:exact"},
		{"doubled throughput", "multiplier:2:exact"},
		{"3x faster", "multiplier:3:exact"},
		{"threefold growth", "multiplier:3:exact"},
		{"from 420 ms to 180 ms", "duration:0.42:exact;duration:0.18:exact"},
		{"from 420 to 180 ms", "duration:0.42:exact;duration:0.18:exact"},
		{"from 40 minutes to 8", "duration:2400:exact;duration:480:exact"},
		{"3–5 services", "count:3:exact;count:5:exact"},
		{"between 3 and 5 regions", "count:3:exact;count:5:exact"},
		{"1.5 s p50", "duration:1.5:exact"},
		{"18 months", "duration:4.73364e+07:exact"},
		{"2 GB of memory", "data size:2e+09:exact"},
		{"1.5 TB nightly", "rate:1.7361111e+07:exact"},
		{"$1.2M in savings", "currency:1.2e+06:exact"},
		{"€40K per month", "rate:0.0152:exact"},
		{"200 RPS", "rate:200:exact"},
		{"5M MAU", "rate:1.9013:exact"},
		{"2M daily requests", "rate:23.1481:exact"},
		{"1,200 operations per second", "rate:1200:exact"},
		{"3 percentage points", "percentage points:3:exact"},
		{"up to 40% faster", "percent:40:at most"},
		{"nearly 2M", "count:2e+06:at most"},
		{"about 30 services", "count:30:approximate"},
		{"~300 ms", "duration:0.3:approximate"},
		{"thousands of users", "count:1000:at least"},
		{"10 Gbps links", "rate:1.25e+09:exact"},
		{"99.95% uptime", "percent:99.95:exact"},
		{"shipped it in under a week", "duration:604800:at most"},
		{"within an hour of the alert", "duration:3600:exact"},
		{"2M requests a day, twice a week", "rate:23.148148:exact"},
		// not quantities
		{"Java 17 and Python 3.11", ""},
		{"since 2019, and in 2020-2022", ""},
		{"one of the first engineers", ""},
		{"call (512) 555-0142", ""},
		{"on call 24/7", ""},
		{"ranked 1st of 40", "count:40:exact"},
		{"stored in S3 and EC2", ""},
		{"Q3 planning, v2 API", ""},
		{"2FA and 3D models", ""},
	}
	for _, c := range cases {
		got := q(t, c.text)
		var want []string
		if c.want != "" {
			want = strings.Split(c.want, ";")
		}
		ok := len(got) == len(want)
		for i := 0; ok && i < len(got); i++ {
			f := strings.Split(want[i], ":")
			v, _ := strconv.ParseFloat(f[1], 64)
			ok = got[i].Class.String() == f[0] && got[i].Bound.String() == f[2] && math.Abs(got[i].Value-v) <= 1e-4*math.Max(1, math.Abs(v))
		}
		if !ok {
			var g []string
			for _, x := range got {
				g = append(g, fmt.Sprintf("%s:%g:%s", x.Class, x.Value, x.Bound))
			}
			t.Errorf("%q\n got %s\nwant %s", c.text, strings.Join(g, ";"), c.want)
		}
	}
}

func TestPercentiles(t *testing.T) {
	c := Extract("p95 latency, P99.9 tail and the 99th percentile", nil)
	var got []string
	for _, p := range c.Percentiles {
		got = append(got, p.Label)
	}
	if strings.Join(got, ",") != "p95,p99.9,p99" {
		t.Errorf("%v", got)
	}
}

func TestPlaceholders(t *testing.T) {
	for text, want := range map[string]string{
		"cut latency by [X%]":              "[X%]",
		"for [N users] across [N regions]": "[N users],[N regions]",
		"saving $X a year":                 "$X",
		"improved by X% (TBD)":             "X%,TBD",
		"reduced errors by XX%":            "XX%",
		"[2M users]":                       "",
		"X-ray team, NATS":                 "",
	} {
		var got []string
		for _, p := range findPlaceholders(text) {
			got = append(got, p.Text)
		}
		if g := strings.Join(got, ","); g != want {
			t.Errorf("%q: got %q want %q", text, g, want)
		}
	}
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
	}
	for _, c := range cases {
		v := Check(Source{Text: c.src}, c.cand, Options{})
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
	v := Check(Source{Text: "Helped with the Kafka migration."}, "Led the Kafka migration.", Options{})
	if v.Decision != Accept || len(v.Findings) == 0 || v.Findings[0].Code != CodeInflatedOwnership || v.Findings[0].Severity != Warning {
		t.Errorf("%+v", v)
	}
	v = Check(Source{Text: "Helped with the Kafka migration."}, "Led the Kafka migration.", Options{Ownership: OwnershipReject})
	if v.Decision != Reject {
		t.Errorf("reject mode: %+v", v)
	}
	v = Check(Source{Text: "Helped with the Kafka migration."}, "Single-handedly ran the Kafka migration.", Options{Ownership: OwnershipOff})
	if len(v.Findings) != 0 {
		t.Errorf("off mode: %+v", v)
	}
	v = Check(Source{Text: "Built the Kafka migration."}, "Single-handedly built the Kafka migration.", Options{})
	if len(v.Findings) != 1 || v.Findings[0].Code != CodeSoleOwnership {
		t.Errorf("sole: %+v", v)
	}
}

func TestFeedback(t *testing.T) {
	v := Check(Source{Text: "Improved the API."}, "Improved the API for 2M users with Kafka.", Options{})
	fb := Feedback(v)
	for _, want := range []string{`"2M users" is not in the source`, "placeholder", `"Kafka"`, "remove it"} {
		if !strings.Contains(fb, want) {
			t.Errorf("feedback lacks %q:\n%s", want, fb)
		}
	}
}

func TestFacts(t *testing.T) {
	v := Check(Source{Text: "Cut infrastructure costs.", Facts: []string{"The AWS bill fell by $30K a month."}}, "Cut AWS costs by $30K a month.", Options{})
	if v.Decision != Accept {
		t.Errorf("%+v", v)
	}
}

func TestContextSupportsToolsNotFigures(t *testing.T) {
	src := Source{Text: "Tuned the checkout queries.", Context: []string{"- Cut p95 latency from 420 ms to 180 ms with Redis on PostgreSQL."}}
	if v := Check(src, "Tuned the PostgreSQL checkout queries.", Options{}); v.Decision != Accept {
		t.Errorf("a tool from the same role: %+v", v)
	}
	if v := Check(src, "Tuned the checkout queries, cutting p95 latency to 180 ms.", Options{}); v.Decision != Reject {
		t.Errorf("a figure moved from another bullet was accepted: %+v", v)
	}
}
