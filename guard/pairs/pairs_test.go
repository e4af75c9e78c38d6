package pairs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/bulletproof-cli/bulletproof/guard"
)

func pairLine(id, src, rw string) string {
	b, _ := json.Marshal(map[string]any{"id": id, "source": src, "rewrite": rw})
	return string(b) + "\n"
}

func TestRunKeepsOrder(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 500; i++ {
		rw := "Cut latency from 420 ms to 180 ms."
		if i%5 == 0 {
			rw = "Cut latency 90% with Kafka."
		}
		in.WriteString(pairLine(fmt.Sprint(i), "Cut latency from 420 ms to 180 ms.", rw))
		if i%50 == 0 {
			in.WriteString("\n")
		}
	}
	var out bytes.Buffer
	sum, err := Run(context.Background(), strings.NewReader(in.String()), &out, guard.MustNew(guard.Options{}), nil, 4)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Total != 500 || sum.Rejected != 100 || sum.Accepted != 400 {
		t.Errorf("%+v", sum)
	}
	for i, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var o Output
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatal(err)
		}
		if o.ID != fmt.Sprint(i) || (o.Verdict == guard.Reject) != (i%5 == 0) {
			t.Fatalf("line %d: %s", i, l)
		}
	}
}

func TestRunMalformed(t *testing.T) {
	cases := map[string]int{
		pairLine("a", "x", "x") + "{not json}\n":                             2,
		pairLine("a", "x", "x") + "\n" + `{"id": "b", "source": "x"}` + "\n": 3,
		`{"id": "a", "source": "x", "rewrite": 3}` + "\n":                    1,
	}
	for in, line := range cases {
		t.Run(in, func(t *testing.T) {
			var out bytes.Buffer
			_, err := Run(context.Background(), strings.NewReader(in), &out, guard.MustNew(guard.Options{}), nil, 2)
			var le *LineError
			if !errors.As(err, &le) || le.Line != line {
				t.Errorf("%q: got %v, want an error on line %d", in, err, line)
			}
		})
	}
}

// TestRunLineShapes: lines longer than the read buffer, CRLF endings and a
// last line with no newline are each one pair.
func TestRunLineShapes(t *testing.T) {
	long := strings.Repeat("Cut latency from 420 ms to 180 ms. ", 4000) // 140 KB
	cases := map[string]struct {
		in   string
		want int
	}{
		"a line over the buffer": {pairLine("a", long, long) + pairLine("b", "x", "x"), 2},
		"CRLF":                   {strings.ReplaceAll(pairLine("a", "x", "x")+pairLine("b", "x", "x"), "\n", "\r\n"), 2},
		"no final newline":       {pairLine("a", "x", "x") + strings.TrimSuffix(pairLine("b", "x", "x"), "\n"), 2},
		"blank lines only":       {"\n\n  \n", 0},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			sum, err := Run(context.Background(), strings.NewReader(c.in), &out, guard.MustNew(guard.Options{}), nil, 2)
			if err != nil || sum.Total != c.want || strings.Count(out.String(), "\n") != c.want {
				t.Errorf("%+v %v %q", sum, err, out.String())
			}
		})
	}
}

// TestRunLineTooLong: a line over MaxLine is a malformed line, with its
// number, after the verdicts of the lines before it.
func TestRunLineTooLong(t *testing.T) {
	in := pairLine("a", "x", "x") + "\n" + `{"id": "b", "source": "` + strings.Repeat("x", MaxLine) + `"}` + "\n"
	var out bytes.Buffer
	_, err := Run(context.Background(), strings.NewReader(in), &out, guard.MustNew(guard.Options{}), nil, 2)
	var le *LineError
	if !errors.As(err, &le) || le.Line != 3 || !strings.Contains(err.Error(), "longer than") {
		t.Errorf("got %v", err)
	}
	if !strings.Contains(out.String(), `"id":"a"`) {
		t.Errorf("the first verdict was not written: %q", out.String())
	}
}

// TestRunStopsWhenCancelled: with input that never ends (a FIFO, a
// terminal), cancelling returns at once, having written what was checked.
func TestRunStopsWhenCancelled(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go io.WriteString(pw, pairLine("a", "Built it.", "Built it."))
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	var out bytes.Buffer
	start := time.Now()
	sum, err := Run(ctx, pr, &out, guard.MustNew(guard.Options{}), nil, 2)
	if !errors.Is(err, context.Canceled) || time.Since(start) > 2*time.Second {
		t.Errorf("%v after %v", err, time.Since(start))
	}
	if sum.Total != 1 || !strings.Contains(out.String(), `"id":"a"`) {
		t.Errorf("%+v %q", sum, out.String())
	}
}

// BenchmarkRun20k: 20,000 pairs through every core, as `guard --pairs`
// does (compare `jq -c .` on the same file: scripts/bench-pairs.sh).
func BenchmarkRun20k(b *testing.B) {
	srcs := []string{
		"Cut p95 latency from 420 ms to 180 ms on the Go billing API.",
		"Built CI/CD pipelines in GitHub Actions enforcing 90% test coverage.",
		"Helped with the migration from Jenkins to GitLab CI.",
		"Served 2M+ daily requests with Kafka and PostgreSQL on EKS.",
	}
	rws := []string{
		"Cut p95 latency 57% on the Go billing API.",
		"Built GitHub Actions CI/CD pipelines with 90% test coverage.",
		"Led the migration from Jenkins to GitLab CI in 2 weeks.",
		"Served over 2 million daily requests with Kafka and Postgres on Kubernetes.",
	}
	var in strings.Builder
	for i := 0; i < 20000; i++ {
		in.WriteString(pairLine(fmt.Sprint(i), srcs[i%4], rws[i%4]))
	}
	data := in.String()
	Run(context.Background(), strings.NewReader(data[:2000]), &bytes.Buffer{}, guard.MustNew(guard.Options{}), nil, 0)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Run(context.Background(), strings.NewReader(data), io.Discard, guard.MustNew(guard.Options{}), nil, 0)
	}
}
