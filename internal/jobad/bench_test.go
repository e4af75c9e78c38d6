package jobad

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// longAd is the example ad's requirements repeated to about n bytes: a
// pasted page that ran on, the worst an ad gets under the input limit.
func longAd(tb testing.TB, n int) string {
	tb.Helper()
	b, err := os.ReadFile("../../examples/job.txt")
	if err != nil {
		tb.Fatal(err)
	}
	s := string(b)
	req := s[strings.Index(s, "Requirements"):]
	var out strings.Builder
	out.WriteString(s)
	for out.Len() < n {
		out.WriteString("\n" + req)
	}
	return out.String()
}

// BenchmarkParse times a 50 KB, 500 KB and 5 MB ad; linear means each
// step costs about ten times the one before.
func BenchmarkParse(b *testing.B) {
	for _, n := range []int{50 << 10, 500 << 10, 5 << 20} {
		ad := longAd(b, n)
		b.Run(fmt.Sprintf("bytes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(ad)))
			for b.Loop() {
				if _, err := Parse(ad, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestParseScalesLinearly: a 5 MiB ad (the input limit) parses in seconds;
// placing each mention by a scan of every line took 45 s. The ceiling is
// loose: it catches a quadratic path, not a slow machine.
func TestParseScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("parses a 5 MiB ad")
	}
	ad := longAd(t, 5<<20)
	start := time.Now()
	got, err := Parse(ad, nil)
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 20*time.Second {
		t.Errorf("a 5 MiB ad took %v", el)
	}
	if len(got.Terms) == 0 || !got.Terms[0].Required {
		t.Errorf("terms %+v", got.Terms)
	}
}
