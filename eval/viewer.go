package eval

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/worddiff"
)

// The viewer is one self-contained page — the HTML report, and what
// `eval view` serves: the prompts × providers matrix with pass rates, cost
// and latency; the fabrication table; every result with its output beside
// its input as a word diff and the guard's findings marked; filters by
// status, prompt, provider and text. The report travels inside the page as
// JSON and the page's script puts every value in as text, never as markup;
// a Content-Security-Policy allows only the page's own script and style,
// and nothing from the network.

//go:embed viewer/page.html viewer/tail.html viewer/viewer.js viewer/viewer.css
var viewerFiles embed.FS

// viewerParts are the page's parts, read, hashed and parsed on first use.
type viewerParts struct {
	js, css, csp string
	head, tail   *template.Template
}

var viewer = sync.OnceValue(func() viewerParts {
	js, css := mustRead("viewer/viewer.js"), mustRead("viewer/viewer.css")
	return viewerParts{
		js: js, css: css,
		csp: "default-src 'none'; script-src '" + cspHash(js) + "'; style-src '" + cspHash(css) +
			"'; img-src data:; base-uri 'none'; form-action 'none'",
		head: template.Must(template.New("head").Parse(mustRead("viewer/page.html"))),
		tail: template.Must(template.New("tail").Parse(mustRead("viewer/tail.html"))),
	}
})

func mustRead(name string) string {
	b, err := viewerFiles.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func cspHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// pageHeadData is the report's aggregates, as the page's script reads them.
type pageHeadData struct {
	Suite       string       `json:"suite"`
	Description string       `json:"description,omitempty"`
	Stats       Stats        `json:"stats"`
	Prompts     []string     `json:"prompts"`
	Providers   []string     `json:"providers"`
	Matrix      []MatrixCell `json:"matrix"`
}

// pageResult is one result as the page shows it.
type pageResult struct {
	Prompt     string    `json:"prompt"`
	Provider   string    `json:"provider"`
	Test       string    `json:"test"`
	Repeat     int       `json:"repeat,omitempty"`
	Status     string    `json:"status"` // pass, fail, error, skip
	Score      float64   `json:"score"`
	Cost       float64   `json:"cost,omitempty"`
	LatencyMS  int64     `json:"latency_ms,omitempty"`
	Cached     bool      `json:"cached,omitempty"`
	InputLabel string    `json:"input_label"`
	Input      []seg     `json:"input"`
	Output     []seg     `json:"output"`
	Error      string    `json:"error,omitempty"`
	Assertions []Outcome `json:"assertions,omitempty"`
}

// seg is a stretch of text with flags (1 changed, 2 a guard error, 4 a
// guard warning) and, when flagged by the guard, the reason: [text, flags,
// reason].
type seg []any

const (
	segChanged = 1
	segFinding = 2
	segWarning = 4
)

// writeHTML writes the report as the viewer page, streaming the results
// from the run's journal.
func writeHTML(w io.Writer, s *Summary, journal string) error {
	return writePage(w, s, func(fn func(Result) error) error {
		var ferr error
		err := readResults(journal, func(r Result) {
			if ferr == nil {
				ferr = fn(r)
			}
		})
		if err == nil {
			err = ferr
		}
		return err
	})
}

func writePage(out io.Writer, s *Summary, results func(func(Result) error) error) error {
	w := bufio.NewWriterSize(out, 64<<10)
	title := s.Suite
	if title == "" {
		title = "eval report"
	}
	v := viewer()
	if err := v.head.Execute(w, map[string]any{"Title": title, "CSP": v.csp, "CSS": template.CSS(v.css)}); err != nil {
		return err
	}
	head, err := json.Marshal(pageHeadData{Suite: s.Suite, Description: s.Description, Stats: s.Stats, Prompts: nonNil(s.Prompts()), Providers: nonNil(s.Providers()), Matrix: s.Matrix})
	if err != nil {
		return err
	}
	// the data: JSON escapes <, > and &, so no value can close the element
	fmt.Fprintf(w, "<script type=\"application/json\" id=\"report\">\n{\"head\":%s,\"results\":[", head)
	n := 0
	err = results(func(r Result) error {
		b, err := json.Marshal(pageResultOf(r))
		if err != nil {
			return err
		}
		if n > 0 {
			w.WriteString(",\n")
		}
		n++
		_, err = w.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	w.WriteString("]}\n</script>\n")
	// the script goes in as written: its hash is in the policy
	if err := v.tail.Execute(w, map[string]any{"JS": template.JS(v.js)}); err != nil {
		return err
	}
	return w.Flush()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func pageResultOf(r Result) pageResult {
	p := pageResult{Prompt: r.Prompt, Provider: r.Provider, Test: r.Test, Repeat: r.Repeat, Score: r.Score, Cost: r.Cost,
		LatencyMS: r.LatencyMS, Cached: r.Cached, Error: r.Error, Assertions: r.Assertions}
	switch {
	case r.Skipped:
		p.Status = "skip"
	case r.Error != "":
		p.Status = "error"
	case r.Pass:
		p.Status = "pass"
	default:
		p.Status = "fail"
	}
	input, ok := r.Vars["input"].(string)
	if !ok {
		// a promptfoo suite's vars are its input
		p.InputLabel = "vars"
		p.Input = []seg{{varsText(r.Vars), 0}}
		p.Output = markFindings([]seg{{r.Output, 0}}, r.Output, r.Guard)
		return p
	}
	p.InputLabel = "input"
	if p.Status == "error" || p.Status == "skip" {
		p.Input, p.Output = []seg{{input, 0}}, []seg{}
		return p
	}
	as, bs := worddiff.Diff(input, r.Output)
	p.Input = segments(input, as)
	p.Output = segments(r.Output, bs)
	p.Output = markFindings(p.Output, r.Output, r.Guard)
	return p
}

// segments merges runs of spans with the same flag; the space between two
// changed words is part of their run.
func segments(s string, spans []worddiff.Span) []seg {
	flags := make([]int, len(spans))
	for i, sp := range spans {
		if sp.Changed {
			flags[i] = segChanged
		}
	}
	for i := 1; i+1 < len(spans); i++ {
		if flags[i-1] == segChanged && flags[i+1] == segChanged {
			flags[i] = segChanged
		}
	}
	var out []seg
	start := 0
	for i := 1; i <= len(spans); i++ {
		if i == len(spans) || flags[i] != flags[start] {
			out = append(out, seg{s[spans[start].Start:spans[i-1].End], flags[start]})
			start = i
		}
	}
	return out
}

// markFindings splits the output's segments at the guard's findings and
// flags those stretches with the reason.
func markFindings(segs []seg, text string, g *GuardCheck) []seg {
	if g == nil || len(g.Findings) == 0 {
		return segs
	}
	fs := append([]guard.Finding(nil), g.Findings...)
	sort.Slice(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	var out []seg
	pos := 0
	for _, sg := range segs {
		t, flag := sg[0].(string), sg[1].(int)
		end := pos + len(t)
		at := pos
		for _, f := range fs {
			if f.End <= at || f.Start >= end || f.Start < 0 || f.End > len(text) || f.End <= f.Start {
				continue
			}
			from, to := max(f.Start, at), min(f.End, end)
			if from > at {
				out = append(out, seg{text[at:from], flag})
			}
			mark := segFinding
			if f.Severity == guard.Warning {
				mark = segWarning
			}
			out = append(out, seg{text[from:to], flag | mark, f.Detail})
			at = to
		}
		if at < end {
			out = append(out, seg{text[at:end], flag})
		}
		pos = end
	}
	return out
}

// varsText shows a promptfoo case's vars, one per line.
func varsText(vars map[string]any) string {
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		v, ok := vars[k].(string)
		if !ok {
			j, _ := json.Marshal(vars[k])
			v = string(j)
		}
		fmt.Fprintf(&b, "%s: %s\n", k, v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// ViewPage builds the viewer page for a JSON report — bulletproof's, or
// promptfoo's -o results.json. Outputs no guard judged yet (promptfoo's,
// an older report's) are judged here against their vars.input.
func ViewPage(report []byte, name string) ([]byte, error) {
	results, err := ReadReport(bytes.NewReader(report))
	if err != nil {
		return nil, err
	}
	var head struct {
		Suite       string `json:"suite"`
		Description string `json:"description"`
		Repeat      int    `json:"repeat"`
	}
	json.Unmarshal(report, &head)
	if head.Suite == "" {
		head.Suite = name
	}
	judge := viewJudging()
	for i := range results {
		r := &results[i]
		if r.Guard == nil && !r.Skipped && r.Error == "" {
			r.Guard = checkGuard(&subject{Output: r.Output, Input: str(r.Vars["input"]), Facts: strList(r.Vars["facts"]), Context: str(r.Vars["context"]), judge: judge})
		}
	}
	each := func(fn func(Result) error) error {
		for _, r := range results {
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	sum, err := SummaryOf(head.Suite, head.Description, head.Repeat, func(add func(Result)) error {
		return each(func(r Result) error { add(r); return nil })
	})
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := writePage(&b, sum, each); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// ViewHandler serves the page at /TOKEN/ to loopback hosts only: the
// token keeps other local users and web pages from reading it, and the
// Host check stops a DNS-rebinding page from reaching it by name.
func ViewHandler(page []byte, token string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.Host)
		if err != nil || !(host == "127.0.0.1" || host == "localhost" || host == "::1") {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		if r.URL.Path != "/"+token+"/" || r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", viewer().csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		w.Write(page)
	})
}
