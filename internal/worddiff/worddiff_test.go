package worddiff

import (
	"strings"
	"testing"
)

// render marks changed words [like this].
func render(s string, spans []Span) string {
	var b strings.Builder
	for _, sp := range spans {
		if sp.Changed {
			b.WriteString("[" + s[sp.Start:sp.End] + "]")
		} else {
			b.WriteString(s[sp.Start:sp.End])
		}
	}
	return b.String()
}

func TestDiff(t *testing.T) {
	for _, c := range []struct{ a, b, wantA, wantB string }{
		{"Worked on the billing API.", "Built the billing API.", "[Worked] [on] the billing API.", "[Built] the billing API."},
		{"adding a Redis cache.", "adding a Redis cache in front (of the API).", "adding a Redis cache.", "adding a Redis cache [in] [front] [(][of] [the] [API][)]."},
		{"same words", "same words", "same words", "same words"},
		{"", "New text", "", "[New] [text]"},
		{"Old text", "", "[Old] [text]", ""},
		{"a  b\n c", "a b c d", "a  b\n c", "a b c [d]"},
		{"Cut latency 40% with Redis", "Cut p95 latency 40% with Kafka and Redis", "Cut latency 40% with Redis", "Cut [p95] latency 40% with [Kafka] [and] Redis"},
	} {
		as, bs := Diff(c.a, c.b)
		if got := render(c.a, as); got != c.wantA {
			t.Errorf("%q → a: %q, want %q", c.a, got, c.wantA)
		}
		if got := render(c.b, bs); got != c.wantB {
			t.Errorf("%q → b: %q, want %q", c.b, got, c.wantB)
		}
	}
}

// TestDiffBounded: two long unrelated texts do not build a quadratic table.
func TestDiffBounded(t *testing.T) {
	a := strings.Repeat("alpha ", 20000)
	b := "start " + strings.Repeat("beta ", 20000) + "end"
	as, bs := Diff(a, b)
	if render(a, as) == a || !strings.HasSuffix(render(b, bs), "[end]") {
		t.Error("the middle was not marked changed")
	}
}

func FuzzDiff(f *testing.F) {
	f.Add("Worked on the API", "Built the API fast")
	f.Fuzz(func(t *testing.T, a, b string) {
		as, bs := Diff(a, b)
		for _, c := range []struct {
			s     string
			spans []Span
		}{{a, as}, {b, bs}} {
			at := 0
			for _, sp := range c.spans {
				if sp.Start != at || sp.End < sp.Start {
					t.Fatalf("spans do not tile %q: %+v", c.s, c.spans)
				}
				at = sp.End
			}
			if at != len(c.s) {
				t.Fatalf("spans end at %d of %d", at, len(c.s))
			}
		}
	})
}
