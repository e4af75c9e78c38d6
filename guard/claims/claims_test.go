package claims

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
)

var testReader = func() *Reader {
	r, err := New(Options{})
	if err != nil {
		panic(err)
	}
	return r
}()

func q(t *testing.T, text string) []Quantity {
	t.Helper()
	return testReader.Read(text).Quantities
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
		{"thousands of users", "count:2000:within"},
		{"10 Gbps links", "rate:1.25e+09:exact"},
		{"99.95% uptime", "percent:99.95:exact"},
		{"shipped it in under a week", "duration:604800:below"},
		{"within an hour of the alert", "duration:3600:at most"},
		{"2M requests a day, twice a week", "rate:23.148148:exact;rate:3.3068783e-06:exact"},
		{"Backfilled over 3 billion readings", "count:3e+09:at least"},
		{"15 projects shipped over three years", "count:15:exact;duration:9.46728e+07:exact"},
		{"saved over 200 hours", "duration:720000:at least"},
		{"raised F1 by 7 points to 0.79", "percentage points:7:exact;count:0.79:exact"},
		{"cut costs by 40 to 50 percent", "percent:40:exact;percent:50:exact"},
		{"$0.02 per GB, $20 per TB", "currency:0.02:exact;currency:0.02:exact"},
		{"two prior years", "duration:6.31152e+07:exact"},
		{"in a single quarter", "duration:7.8894e+06:exact"},
		{"in a minute and a half", "duration:90:exact"},
		{"two and a half hours, 2 and a half years", "duration:9000:exact;duration:7.88940e+07:exact"},
		{"about twice last year's", "multiplier:2:approximate"},
		{"a two-thirds reduction", "percent:66.6667:exact"},
		{"cut defects from 18 to 7 quarter over quarter", "count:18:exact;count:7:exact"},
		{"a sevenfold speedup", "multiplier:7:exact"},
		{"used to take 14 days; now it takes 2.", "duration:1.2096e+06:exact;duration:172800:exact"},
		{"from $6 to $1.50 per 1,000 queries", "currency:0.006:exact;currency:0.0015:exact"},
		{"over the past year, with no lost mail", "duration:3.15576e+07:exact;count:0:exact"},
		// not quantities
		{"9 Sev-1s, week-4 retention, GPT-4", "count:9:exact"},
		{"Java 17 and Python 3.11", ""},
		{"since 2019, and in 2020-2022", "duration:6.31152e+07:exact"}, // years are no figures; the range implies a span
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
	c := testReader.Read("p95 latency, P99.9 tail and the 99th percentile")
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
		"cut costs by Y%, saving Y hours":  "Y%,Y hours",
		"reached Gen Z users":              "",
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

const benchText = "Architected and shipped Go and PostgreSQL microservices behind Kubernetes and AWS load balancers, cutting p95 API latency from 420 ms to 180 ms and supporting 3x peak traffic."

// BenchmarkRead: one bullet.
func BenchmarkRead(b *testing.B) {
	testReader.Read(benchText)
	b.ReportAllocs()
	for b.Loop() {
		testReader.Read(benchText)
	}
}

// TestPhrases: figures written without a plain number, as intervals or
// values.
func TestPhrases(t *testing.T) {
	inf := math.Inf(1)
	cases := []struct {
		text   string
		class  Class
		bound  Bound
		lo, hi float64 // for Within; else lo is the value
	}{
		{"five nines of availability", Percent, Within, 99.999, 99.9999},
		{"three-nines uptime", Percent, Within, 99.9, 99.99},
		{"six-figure savings", Currency, Within, 1e5, 1e6},
		{"single-digit milliseconds", Duration, Within, 0.001, 0.01},
		{"double-digit growth", Percent, Within, 10, 100},
		{"sub-second responses", Duration, Within, 0, 1},
		{"an order of magnitude faster", Multiplier, Within, 7, 15},
		{"two orders of magnitude", Multiplier, Within, 70, 150},
		{"millions of devices", Count, Within, 2e6, inf},
		{"tens of thousands of learners", Count, Within, 2e4, inf},
		{"terabytes of logs", DataSize, Within, 2e12, inf},
		{"from days to hours", Duration, Within, 86400, 14 * 86400},
		{"two thirds of the queries", Percent, Exact, 66.67, 0},
		{"cut by a quarter", Percent, Exact, 25, 0},
		{"more than half of tickets", Percent, AtLeast, 50, 0},
		{"nine in ten chats", Percent, Exact, 90, 0},
		{"a 4.8/5 rating", Percent, Exact, 96, 0},
		{"by a factor of 3", Multiplier, Exact, 3, 0},
		{"every 15 minutes", Rate, Exact, 1.0 / 900, 0},
		{"twice a week", Rate, Exact, 2.0 / 604800, 0},
		{"three times weekly", Rate, Exact, 3.0 / 604800, 0},
		{"with no downtime", Count, Exact, 0, 0},
		{"half an hour", Duration, Exact, 1800, 0},
		{"a couple of clients", Count, Exact, 2, 0},
		{"5 cents", Currency, Exact, 0.05, 0},
		{"$4 per 1,000 requests", Currency, Exact, 0.004, 0},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			qs := q(t, c.text)
			if len(qs) == 0 {
				t.Fatal("no quantity")
			}
			x := qs[0]
			ok := x.Class == c.class && x.Bound == c.bound
			if c.bound == Within {
				ok = ok && near(x.Low, c.lo) && near(x.High, c.hi)
			} else {
				ok = ok && near(x.Value, c.lo)
			}
			if !ok {
				t.Errorf("got %s %s %g [%g, %g)", x.Class, x.Bound, x.Value, x.Low, x.High)
			}
		})
	}
}

func near(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-3*math.Max(math.Abs(a), math.Abs(b))+1e-9
}

// TestTokens: claims that are no quantity, and identifiers that are neither.
func TestTokens(t *testing.T) {
	cases := []struct{ text, want string }{
		{"built in Python 3.11", "version 3.11 Python"},
		{"enforced TLS 1.3", "version 1.3 TLS"},
		{"moved from React 16 to 18", "version 16 React; version 18 React"},
		{"upgraded Kubernetes from 1.24 to 1.28", "version 1.24 Kubernetes; version 1.28 Kubernetes"},
		{"joined a Series B fintech", "stage series b"},
		{"a seed-stage startup", "stage seed"},
		{"the SOC 2 Type II audit", "level type 2"},
		{"PCI DSS Level 1", "level level 1"},
		{"AWS Certified Solutions Architect – Associate", "level tier associate"},
		{"its third engineer", "rank #3"},
		{"placed 2nd in the hackathon", "rank #2"},
		{"ranked #1 of 12", "rank #1"},
		{"in the top 10% of engineers", "rank top 10%"},
		{"a Fortune 500 client", "rank fortune 500"},
		{"on call 24/7", "always 24/7"},
		{"monitored around the clock", "always 24/7"},
		{"HTTP 503 errors", "status 503"},
		{"5xx errors", "status 5xx"},
		{"429 rate-limit responses", "status 429"},
		{"one of the first hires", ""},
		{"the first quarter", "window first quarter"}, // a window, not a rank
		{"ISO 8601 dates, 2FA, two-factor login", ""},
		{"ETL 15x faster", ""},
		{"B.S. Computer Science, 2018; Ph.D. in Physics", "degree bachelor/science; degree doctorate"},
		{"Bachelor of Science in CS; Master's in HCI; MBA", "degree bachelor/science; degree master; degree master/business"},
		{"B.A. Economics, magna cum laude; Dean's List", "degree bachelor/arts; honour magna cum laude; honour dean's list"},
		{"graduated with honors; valedictorian", "honour with honors; honour valedictorian"},
		{"e.g. the U.S. market at 9 a.m.", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got []string
			for _, x := range testReader.Read(c.text).Tokens {
				got = append(got, strings.TrimSpace(string(x.Kind)+" "+x.Key+" "+x.Of))
			}
			if g := strings.Join(got, "; "); g != c.want {
				t.Errorf("got %q, want %q", g, c.want)
			}
		})
	}
}

// TestSubjects: what a figure measures.
func TestSubjects(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Cut p95 checkout latency by 40%", "time"},
		{"Cut infrastructure cost by 40%", "cost"},
		{"Cut training time and inference cost by 30%", "cost,time"},
		{"Ran the catalog for 120 services and 18 teams", "services;teams"},
		{"Led a team of 6", "people"},
		{"Led 6 teams", "teams"},
		{"a 6-person team", "anyone"},
		{"99.95 percent availability", "availability"},
		{"40% lower latency", "time"},
		{"a 12% increase in engagement", "engagement"},
		{"Made builds 45% faster", "time"},
		{"Shrank the Android app by 20%", "size"},
		{"Completion rose from 61% to 78%", "~completion;~completion"},
		{"Grew to 5M MAU", "users"},
		{"Cut the on-call pages by 75%", "alerts"},
		{"12 runbooks in Q1 and 9 more in Q2", "~runbook;~runbook;"},
		{"Automated 70% of manual regression cases", "tickets"},
		{"freed roughly a fifth of CPU time", "cpu"},
		{"Cut p95 latency on the checkout API by 40%", "time"},
		{"Reduced admin-level IAM roles across AWS accounts from 64 to 7", "~role;~role"},
		{"recall at a 1% FPR", "false positives"},
		{"Ran 9 training sessions", "meetings"},
		{"Halved on-call page volume and incident count", "alerts,errors"},
		{"supporting 2,000 agents at 60 fps instead of 300", "people;frame rate;people"},
		{"Cut mean time to patch from 30 days to 9 days", "time;time"},
		{"Shrank the regression cycle from 3 days to 4 hours", ";"},
		{"Reduced memory use by 300 MB", "memory"},
		{"crash-free sessions went from 98% to 99.5%", "availability;availability"},
		{"the 12 checkout-path services", "services"},
		{"escaped defects fell from 18 in Q1 to 7 in Q2", "errors;errors,~q1;"},
		{"cut crash rate from 1.2% to 0.3% of sessions", "errors;errors,~session"},
		{"Sign-up volume is about twice last year's", "signups"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got []string
			for _, x := range q(t, c.text) {
				got = append(got, strings.Join(x.Subjects, ","))
			}
			if g := strings.Join(got, ";"); g != c.want {
				t.Errorf("got %q, want %q", g, c.want)
			}
		})
	}
}

// TestNormalize: look-alike text reads as what it imitates, and spans
// index the text as given.
func TestNormalize(t *testing.T) {
	cases := []struct{ text, tech, span string }{
		{"Built it on K\u0430fka.", "Apache Kafka", "K\u0430fka"},
		{"Ran Kuber\u200bnetes clusters.", "Kubernetes", "Kuber\u200bnetes"},
		{"Deployed on \uff2b\uff55\uff42\uff45\uff52\uff4e\uff45\uff54\uff45\uff53 today.", "Kubernetes", "\uff2b\uff55\uff42\uff45\uff52\uff4e\uff45\uff54\uff45\uff53"},
		{"Wrote it in Pyth\u03bfn.", "Python", "Pyth\u03bfn"},
	}
	for _, c := range cases {
		t.Run(c.tech, func(t *testing.T) {
			ts := testReader.Read(c.text).Technologies
			if len(ts) != 1 || ts[0].Name != c.tech || ts[0].Text != c.span || c.text[ts[0].Start:ts[0].End] != c.span {
				t.Errorf("got %+v", ts)
			}
		})
	}
	qs := q(t, "Cut latency by \u0664\u0660% with 3\u200b0 ms to spare.")
	if len(qs) != 2 || qs[0].Value != 40 || qs[0].Text != "\u0664\u0660%" || qs[1].Value != 0.03 {
		t.Errorf("digits: %+v", qs)
	}
}

// TestAbbreviations: acronyms and clipped compounds of a text's words, and
// the acronym of a capitalised name.
func TestAbbreviations(t *testing.T) {
	for _, c := range []struct {
		text, short string
		want        bool
	}{
		{"Certified ScrumMaster (Scrum Alliance), 2019", "CSM", true},
		{"runs our application security program", "AppSec", true},
		{"Identity and Access Management", "IAM", true},
		{"Certified Kubernetes Application Developer (CKAD)", "CKA", false},
		{"Certified Kubernetes Application Developer (CKAD)", "KAD", false},
		{"a cloud security posture review", "CSM", false},
		{"runs our application security program", "App", false},
	} {
		r := testReader.Read(c.text)
		if got := r.Abbreviates(c.short); got != c.want {
			t.Errorf("%q abbreviates %q: %v, want %v", c.text, c.short, got, c.want)
		}
	}
	text := "Offensive Security Certified Professional (OSCP), 2023"
	r := testReader.Read(text)
	i := strings.Index(text, "Professional")
	if got := r.Initials(i, i+len("Professional")); got != "OSCP" {
		t.Errorf("Initials = %q, want OSCP", got)
	}
}
