package progress

import (
	"strings"
	"testing"
	"time"
)

type clockT struct{ t time.Time }

func (c *clockT) now() time.Time { return c.t }

func TestBar(t *testing.T) {
	cases := []struct {
		name  string
		lines bool
		steps []int // one per second
		want  string
	}{
		{"terminal", false, []int{10, 20, 30}, "\reval [=====================>      ] 30/40 (75%) 10.0/s ETA 0:01 (0:02)\x1b[K"},
		{"resumed: the rate counts this run only", false, []int{100, 110, 120}, "120/200 (60%) 10.0/s ETA 0:08 (0:02)"},
		{"lines every 2 s", true, []int{0, 5, 10, 15, 20}, "eval: 10/40 (25%) 5.0/s ETA 0:06 (0:02)\neval: 20/40 (50%) 5.0/s ETA 0:04 (0:04)\neval: 20/40 (50%) 5.0/s ETA 0:04 (0:04)\n"},
		{"lines: a short job prints nothing", true, []int{0, 40}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out strings.Builder
			clk := &clockT{t: time.Unix(1e9, 0)}
			total := 40
			if strings.HasPrefix(c.name, "resumed") {
				total = 200
			}
			b := New(&out, "eval", total)
			if c.lines {
				b = NewLines(&out, "eval", total, 2*time.Second)
			}
			b.now = clk.now
			for _, n := range c.steps {
				b.Set(n)
				clk.t = clk.t.Add(time.Second)
			}
			if c.lines {
				clk.t = clk.t.Add(-time.Second)
				b.Finish()
			}
			got := out.String()
			if !c.lines {
				got = got[strings.LastIndex(got, "\r"):]
			}
			if !strings.Contains(got, c.want) || c.want == "" && got != "" {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}
