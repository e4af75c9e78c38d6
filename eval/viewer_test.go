package eval

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/guard"
)

var updateScreens = flag.Bool("update-screens", false, "rewrite the viewer's golden screenshots")

// viewerResults is a fictional run: two prompts × three providers × four
// cases, with invented figures and tools for the guard to find, failed
// assertions, an error, a skipped cell, a script injection in an output
// and an unbreakable long token.
func viewerResults() []Result {
	cases := []struct{ name, input string }{
		{"weak opener", "Worked on the billing API for the payments team."},
		{"keeps the metric", "Cut p95 latency from 420 ms to 180 ms by adding a Redis cache."},
		{"ownership", "Helped migrate 40 services to Kubernetes on EKS."},
		{"summary", "Backend engineer with six years of Go and PostgreSQL, building payment systems."},
	}
	outputs := map[string][]string{
		"openai:gpt-4o-mini": {
			"Built and maintained the billing API for the payments team.",
			"Cut p95 latency from 420 ms to 180 ms by adding a Redis cache in front of the API.",
			"Contributed to migrating 40 services to Kubernetes on EKS.",
			"Backend engineer with six years of Go and PostgreSQL who builds payment systems.",
		},
		"anthropic:claude-3-5-haiku": {
			"Led the billing API rewrite in Kafka, serving 2M users with 99.99% uptime.",
			"Reduced p95 latency by 57% (420 ms → 180 ms) with a Redis cache.",
			"Led the migration of 40 services to Kubernetes on EKS, saving $1.2M a year.",
			"Senior backend engineer: six years of Go, PostgreSQL and Terraform, building payment systems.",
		},
		"ollama:llama3.1": {
			"<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script> Built the billing API.",
			"Cut p95 latency from 420 ms to 180 ms with Redis; see https://example.com/" + strings.Repeat("very-long-path-segment-", 14) + "end",
			"",
			"Backend engineer with six years of Go and PostgreSQL.\nBuilds payment systems.",
		},
	}
	var out []Result
	cell := 0
	for _, prompt := range []string{"tighten-bullets", "measurable-impact"} {
		for _, prov := range []string{"openai:gpt-4o-mini", "anthropic:claude-3-5-haiku", "ollama:llama3.1"} {
			for i, c := range cases {
				r := Result{Cell: cell, Prompt: prompt, Provider: prov, Test: c.name, Vars: map[string]any{"input": c.input}, Output: outputs[prov][i],
					LatencyMS: int64(300 + 97*i + 41*len(prov)), Cost: float64(100+i) * 1.5e-6, Score: 1, Pass: true}
				cell++
				switch {
				case prov == "ollama:llama3.1" && i == 2:
					r.Output, r.Pass, r.Score, r.Cost = "", false, 0, 0
					r.Error = "ollama (llama3.1): could not connect to http://localhost:11434: connection refused; is the server running, and is base_url right?"
					out = append(out, r)
					continue
				case prompt == "measurable-impact" && i == 3:
					r.Output, r.Skipped, r.Pass, r.Cost = "", true, false, 0
					out = append(out, r)
					continue
				}
				r.Guard = checkGuard(&subject{Output: r.Output, Input: c.input, judge: viewJudging()})
				g := Outcome{Type: "guard", Pass: !r.Guard.Rejected, Score: 1, Weight: 1, Reason: "guard: accept"}
				if r.Guard.Rejected {
					var why []string
					for _, f := range r.Guard.Findings {
						if f.Severity == guard.Error {
							why = append(why, f.Detail)
						}
					}
					g.Score, g.Reason = 0, "guard rejects: "+strings.Join(why, "; ")
				}
				words := len(strings.Fields(r.Output))
				mw := Outcome{Type: "max-words", Pass: words <= 16, Score: b2f(words <= 16), Weight: 1, Reason: fmt.Sprintf("%d words (max 16)", words)}
				r.Assertions = []Outcome{g, mw}
				r.Pass = g.Pass && mw.Pass
				r.Score = (g.Score + mw.Score) / 2
				out = append(out, r)
			}
		}
	}
	return out
}

func viewerPage(t *testing.T) []byte {
	t.Helper()
	res := viewerResults()
	each := func(fn func(Result) error) error {
		for _, r := range res {
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	sum, err := SummaryOf("backend-bullets.yaml", "Tighten backend bullets <b>without</b> inventing anything", 1, func(add func(Result)) error {
		return each(func(r Result) error { add(r); return nil })
	})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := writePage(&b, sum, each); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWilson(t *testing.T) {
	for _, c := range []struct {
		k, n      int
		low, high float64
	}{{0, 10, 0, 0.2775}, {5, 10, 0.2366, 0.7634}, {10, 10, 0.7225, 1}, {1, 200, 0.0009, 0.0278}} {
		s := wilson(c.k, c.n)
		if s.Low != c.low || s.High != c.high {
			t.Errorf("%d/%d: [%g, %g], want [%g, %g]", c.k, c.n, s.Low, s.High, c.low, c.high)
		}
	}
}

// TestViewerSegments: the output's added words and the guard's findings
// are marked; the input's removed words are.
func TestViewerSegments(t *testing.T) {
	r := Result{Vars: map[string]any{"input": "Worked on the billing API."}, Output: "Built the billing API in Kafka for 2M users."}
	r.Guard = checkGuard(&subject{Output: r.Output, Input: "Worked on the billing API.", judge: viewJudging()})
	p := pageResultOf(r)
	show := func(segs []seg) string {
		var b strings.Builder
		for _, s := range segs {
			f := s[1].(int)
			switch {
			case f&segFinding != 0:
				fmt.Fprintf(&b, "{%s}", s[0])
			case f&segChanged != 0:
				fmt.Fprintf(&b, "[%s]", s[0])
			default:
				b.WriteString(s[0].(string))
			}
		}
		return b.String()
	}
	if got := show(p.Input); got != "[Worked on] the billing API." {
		t.Errorf("input %q", got)
	}
	if got := show(p.Output); got != "[Built] the billing API [in ]{Kafka}[ for ]{2M users}." {
		t.Errorf("output %q", got)
	}
}

func chromium(t *testing.T) string {
	if testing.Short() {
		t.Skip("-short: no browser")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium here (apt-get install chromium)")
	return ""
}

// browse loads the page in headless Chromium at 1280 px and returns the
// DOM after the page's script ran; with shot set, it also saves a PNG.
func browse(t *testing.T, bin, file, hash, shot string) string {
	t.Helper()
	home := t.TempDir()
	args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--user-data-dir=" + filepath.Join(home, "profile"), "--virtual-time-budget=3000"}
	url := "file://" + file + hash
	run := func(extra ...string) []byte {
		c := exec.Command(bin, append(append(args, extra...), url)...)
		c.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME="+home, "XDG_CACHE_HOME="+home)
		c.Dir = home
		var stderr bytes.Buffer
		c.Stderr = &stderr
		out, err := c.Output()
		if err != nil {
			t.Fatalf("chromium: %v\n%s", err, stderr.String())
		}
		return out
	}
	if shot != "" {
		run("--window-size=1280,2200", "--screenshot="+shot)
	}
	return string(run("--window-size=1280,900", "--dump-dom"))
}

var attrRe = regexp.MustCompile(`data-(rendered|scroll-width)="(\d+)"`)

func attrs(dom string) map[string]int {
	m := map[string]int{}
	for _, x := range attrRe.FindAllStringSubmatch(dom, -1) {
		m[x[1]], _ = strconv.Atoi(x[2])
	}
	return m
}

// TestViewerInChromium: the page renders every result, fits 1280 px
// without a horizontal scroll, runs no script from the report, filters by
// status, provider and text from the address, and looks as it did (the
// golden screenshots; -update-screens rewrites them).
func TestViewerInChromium(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	os.WriteFile(file, viewerPage(t), 0o600)
	shot := filepath.Join(dir, "all.png")
	dom := browse(t, bin, file, "", shot)
	a := attrs(dom)
	if a["rendered"] != 24 {
		t.Errorf("rendered %d results, want 24", a["rendered"])
	}
	if a["scroll-width"] == 0 || a["scroll-width"] > 1280 {
		t.Errorf("page is %d px wide at a 1280 px window", a["scroll-width"])
	}
	if strings.Contains(dom, "pwned") && !strings.Contains(dom, "document.title='pwned'") || strings.Contains(dom, "<title>pwned") {
		t.Error("a script from the report ran")
	}
	if strings.Contains(dom, `<img src="x"`) || !strings.Contains(dom, "&lt;img src=x onerror=") {
		t.Error("an output's markup became an element")
	}
	for _, c := range []struct {
		hash string
		want int
	}{
		{"#status=failed", countWhere(func(r Result) bool { return !r.Skipped && (r.Error != "" || !r.Pass) })},
		{"#provider=ollama%3Allama3.1", 8},
		{"#status=failed&provider=anthropic%3Aclaude-3-5-haiku", countWhere(func(r Result) bool {
			return r.Provider == "anthropic:claude-3-5-haiku" && !r.Skipped && (r.Error != "" || !r.Pass)
		})},
		{"#q=kafka", countWhere(func(r Result) bool { return strings.Contains(strings.ToLower(r.Output), "kafka") })},
		{"#prompt=measurable-impact&status=skip", 3},
	} {
		if got := attrs(browse(t, bin, file, c.hash, ""))["rendered"]; got != c.want {
			t.Errorf("%s: %d results shown, want %d", c.hash, got, c.want)
		}
	}
	failed := filepath.Join(dir, "failed.png")
	browse(t, bin, file, "#status=failed&provider=anthropic%3Aclaude-3-5-haiku", failed)
	compareShot(t, shot, "testdata/viewer/all-1280.png")
	compareShot(t, failed, "testdata/viewer/failed-anthropic-1280.png")
}

func countWhere(f func(Result) bool) int {
	n := 0
	for _, r := range viewerResults() {
		if f(r) {
			n++
		}
	}
	return n
}

// compareShot: the screenshot matches the golden one but for font
// rendering noise (at most 1% of pixels off by more than a little).
func compareShot(t *testing.T, got, golden string) {
	t.Helper()
	if *updateScreens {
		b, err := os.ReadFile(got)
		if err != nil {
			t.Fatal(err)
		}
		os.MkdirAll(filepath.Dir(golden), 0o755)
		if err := os.WriteFile(golden, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	a, b := readPNG(t, got), readPNG(t, golden)
	if a.Bounds() != b.Bounds() {
		t.Fatalf("%s is %v, the golden %v", got, a.Bounds(), b.Bounds())
	}
	off, total := 0, 0
	bd := a.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			r1, g1, b1, _ := a.At(x, y).RGBA()
			r2, g2, b2, _ := b.At(x, y).RGBA()
			if diff(r1, r2) > 0x2000 || diff(g1, g2) > 0x2000 || diff(b1, b2) > 0x2000 {
				off++
			}
			total++
		}
	}
	if share := float64(off) / float64(total); share > 0.01 {
		keep := filepath.Join(os.TempDir(), "bulletproof-"+filepath.Base(golden))
		data, _ := os.ReadFile(got)
		os.WriteFile(keep, data, 0o644)
		t.Errorf("%s differs from the golden in %.2f%% of pixels (kept as %s; -update-screens if intended)", golden, 100*share, keep)
	}
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}
