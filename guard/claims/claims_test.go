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
		{"within an hour of the alert", "duration:3600:exact"},
		{"2M requests a day, twice a week", "rate:23.148148:exact;rate:3.3068783e-06:exact"},
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
