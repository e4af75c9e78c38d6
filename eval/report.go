package eval

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/bulletproof-cli/bulletproof/internal/palette"
	"github.com/bulletproof-cli/bulletproof/internal/safetext"
)

func pct(n, d int) string {
	if d == 0 {
		return "—"
	}
	return fmt.Sprintf("%d/%d %.0f%%", n, d, float64(n)*100/float64(d))
}

// RenderTerminal writes the matrix of pass rates (prompts × providers),
// then failing cases with their reasons, then flaky cases and totals; in
// color when color is true.
func RenderTerminal(w io.Writer, s *Summary, color bool) {
	m := palette.For(color)
	title := s.Suite
	if s.Description != "" {
		title += " — " + s.Description
	}
	title = oneLine(title, 200)
	fmt.Fprintf(w, "%s%s%s\n\n", m.Bold, title, m.Reset)
	tw := tabwriter.NewWriter(w, 0, 0, 3, ' ', 0)
	fmt.Fprint(tw, "PROMPT")
	for _, p := range s.Providers() {
		fmt.Fprintf(tw, "\t%s", oneLine(p, 60))
	}
	fmt.Fprintln(tw)
	for _, pr := range s.Prompts() {
		fmt.Fprint(tw, oneLine(pr, 80)) // a promptfoo prompt's label is its text
		for _, pv := range s.Providers() {
			c := s.Cell(pr, pv)
			cellText := pct(c.Passed, c.Total)
			switch {
			case c.Total == 0 && c.Skipped > 0:
				cellText = "skipped"
			case c.Errors > 0:
				cellText += fmt.Sprintf(" (%d errors)", c.Errors)
			}
			fmt.Fprintf(tw, "\t%s", cellText)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	if len(s.Failures) > 0 {
		fmt.Fprintf(w, "\n%sFailing cases%s\n", m.Bad, m.Reset)
		for _, r := range s.Failures {
			rep := ""
			if s.Repeat > 1 {
				rep = fmt.Sprintf(" #%d", r.Repeat+1)
			}
			fmt.Fprintf(w, "  ✗ %s · %s · %s%s\n", oneLine(r.Prompt, 80), oneLine(r.Provider, 60), oneLine(r.Test, 80), rep)
			if r.Error != "" {
				fmt.Fprintf(w, "      error: %s\n", oneLine(r.Error, 300))
				continue
			}
			fmt.Fprintf(w, "      %soutput: %s%s\n", m.Dim, oneLine(r.Output, 160), m.Reset)
			for _, a := range r.Assertions {
				if !a.Pass {
					fmt.Fprintf(w, "      %s: %s\n", a.Type, oneLine(a.Reason, 200))
				}
			}
		}
		if n := s.Stats.Failed + s.Stats.Errors - len(s.Failures); n > 0 {
			fmt.Fprintf(w, "  … and %d more (see the JSON or HTML report)\n", n)
		}
	}
	if fl := s.Flaky(); len(fl) > 0 {
		fmt.Fprintf(w, "\n%sFlaky across %d repeats%s\n", m.Warn, s.Repeat, m.Reset)
		for _, c := range fl {
			fmt.Fprintf(w, "  ~ %s · %s · %s: passed %d of %d\n", oneLine(c.Prompt, 80), oneLine(c.Provider, 60), oneLine(c.Test, 80), c.Passes, c.Runs)
		}
	}
	st := s.Stats
	fmt.Fprintf(w, "\n%d cells: %s%d passed%s, %s%d failed%s, %d errors, %d skipped, %d cached", st.Total, m.Good, st.Passed, m.Reset, m.Bad, st.Failed, m.Reset, st.Errors, st.Skipped, st.Cached)
	if st.Tokens.Prompt+st.Tokens.Completion > 0 {
		fmt.Fprintf(w, "; %d+%d tokens", st.Tokens.Prompt, st.Tokens.Completion)
	}
	if st.Cost > 0 {
		fmt.Fprintf(w, "; $%.4f", st.Cost)
	}
	if s.Repeat > 1 {
		fmt.Fprintf(w, "; pass^%d %.2f", s.Repeat, s.PassK())
	}
	fmt.Fprintln(w)
}

// oneLine is s on one line, cut at max characters, with no control or
// escape characters: suites and model replies are untrusted, and this text
// goes to a terminal.
func oneLine(s string, max int) string {
	s = safetext.Terminal(strings.Join(strings.Fields(s), " "))
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}

// writeJSON writes the report, streaming the results from the journal.
func writeJSON(w io.Writer, s *Summary, journal string) error {
	head := map[string]any{"version": 1, "suite": s.Suite, "description": s.Description, "stats": s.Stats, "matrix": s.Matrix}
	if len(s.Cases) > 0 {
		head["cases"] = s.Cases
		head["pass_k"] = s.PassK()
	}
	b, err := json.MarshalIndent(head, "", "  ")
	if err != nil {
		return err
	}
	// reopen the object to append "results" as a stream
	io.WriteString(w, strings.TrimSuffix(strings.TrimSpace(string(b)), "}")+`,  "results": [`+"\n")
	first := true
	var werr error
	err = readResults(journal, func(r Result) {
		if werr != nil {
			return
		}
		rb, err := json.Marshal(r)
		if err != nil {
			werr = err
			return
		}
		if !first {
			io.WriteString(w, ",\n")
		}
		first = false
		_, werr = w.Write(append([]byte("    "), rb...))
	})
	if err == nil {
		err = werr
	}
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n  ]\n}\n")
	return err
}

// JUnit XML, one <testsuite> per prompt × provider.
type junitCase struct {
	XMLName   xml.Name      `xml:"testcase"`
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Failure   *junitMessage `xml:"failure,omitempty"`
	Error     *junitMessage `xml:"error,omitempty"`
	Skipped   *junitMessage `xml:"skipped,omitempty"`
}

type junitMessage struct {
	Message string `xml:"message,attr"`
	Body    string `xml:",chardata"`
}

// writeJUnit writes a JUnit XML report, streaming from the journal.
func writeJUnit(w io.Writer, s *Summary, journal string) error {
	io.WriteString(w, xml.Header)
	fmt.Fprintf(w, `<testsuites name=%s tests="%d" failures="%d" errors="%d" skipped="%d">`+"\n",
		attr(s.Suite), s.Stats.Total, s.Stats.Failed, s.Stats.Errors, s.Stats.Skipped)
	enc := xml.NewEncoder(w)
	enc.Indent("    ", "  ")
	open := ""
	var werr error
	err := readResults(journal, func(r Result) {
		if werr != nil {
			return
		}
		key := r.Prompt + " · " + r.Provider
		if key != open {
			if open != "" {
				io.WriteString(w, "\n  </testsuite>\n")
			}
			c := s.Cell(r.Prompt, r.Provider)
			fmt.Fprintf(w, `  <testsuite name=%s tests="%d" failures="%d" errors="%d" skipped="%d">`,
				attr(key), c.Total+c.Errors+c.Skipped, c.Total-c.Passed, c.Errors, c.Skipped)
			open = key
		}
		name := r.Test
		if s.Repeat > 1 {
			name += fmt.Sprintf(" #%d", r.Repeat+1)
		}
		jc := junitCase{Name: name, Classname: r.Prompt + "." + r.Provider, Time: fmt.Sprintf("%.3f", float64(r.LatencyMS)/1000)}
		switch {
		case r.Skipped:
			jc.Skipped = &junitMessage{Message: "the provider cannot serve this prompt"}
		case r.Error != "":
			jc.Error = &junitMessage{Message: r.Error}
		case !r.Pass:
			var why []string
			for _, a := range r.Assertions {
				if !a.Pass {
					why = append(why, a.Type+": "+a.Reason)
				}
			}
			jc.Failure = &junitMessage{Message: strings.Join(why, "; "), Body: "output: " + r.Output}
		}
		werr = enc.Encode(jc)
	})
	if err == nil {
		err = werr
	}
	if err != nil {
		return err
	}
	if open != "" {
		io.WriteString(w, "\n  </testsuite>\n")
	}
	_, err = io.WriteString(w, "</testsuites>\n")
	return err
}

func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return `"` + strings.ReplaceAll(b.String(), `"`, "&#34;") + `"`
}

// writeMarkdown writes the matrix and the failing cases.
func writeMarkdown(w io.Writer, s *Summary, journal string) error {
	fmt.Fprintf(w, "# %s\n\n", mdEscape(s.Suite))
	if s.Description != "" {
		fmt.Fprintf(w, "%s\n\n", mdEscape(s.Description))
	}
	fmt.Fprint(w, "| prompt |")
	for _, p := range s.Providers() {
		fmt.Fprintf(w, " %s |", mdEscape(p))
	}
	fmt.Fprint(w, "\n|---|")
	for range s.Providers() {
		fmt.Fprint(w, "---|")
	}
	fmt.Fprintln(w)
	for _, pr := range s.Prompts() {
		fmt.Fprintf(w, "| %s |", mdEscape(oneLine(pr, 80)))
		for _, pv := range s.Providers() {
			c := s.Cell(pr, pv)
			t := pct(c.Passed, c.Total)
			if c.Total == 0 && c.Skipped > 0 {
				t = "skipped"
			}
			fmt.Fprintf(w, " %s |", t)
		}
		fmt.Fprintln(w)
	}
	st := s.Stats
	fmt.Fprintf(w, "\n%d cells: %d passed, %d failed, %d errors, %d skipped, %d cached.\n", st.Total, st.Passed, st.Failed, st.Errors, st.Skipped, st.Cached)
	header := false
	return readResults(journal, func(r Result) {
		if r.Pass || r.Skipped {
			return
		}
		if !header {
			fmt.Fprint(w, "\n## Failing cases\n\n")
			header = true
		}
		fmt.Fprintf(w, "- **%s · %s · %s**", mdEscape(oneLine(r.Prompt, 80)), mdEscape(r.Provider), mdEscape(r.Test))
		if r.Error != "" {
			fmt.Fprintf(w, " — error: %s\n", mdEscape(oneLine(r.Error, 300)))
			return
		}
		fmt.Fprintf(w, "\n  - output: %s\n", mdEscape(oneLine(r.Output, 300)))
		for _, a := range r.Assertions {
			if !a.Pass {
				fmt.Fprintf(w, "  - %s: %s\n", a.Type, mdEscape(oneLine(a.Reason, 300)))
			}
		}
	})
}

var mdEscaper = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`)

func mdEscape(s string) string { return mdEscaper.Replace(s) }

// reportWriters write a report in the format a file's extension names.
var reportWriters = map[string]func(io.Writer, *Summary, string) error{
	".json": writeJSON, ".xml": writeJUnit, ".html": writeHTML, ".md": writeMarkdown,
	".csv": writeCSV, ".jsonl": writeJSONL, ".yaml": writeYAML, ".yml": writeYAML,
}

// IsReportName reports whether WriteReport knows the format name's
// extension names: .json, .xml (JUnit), .html, .md, .csv, .jsonl, .yaml or
// .yml.
func IsReportName(name string) bool {
	_, ok := reportWriters[strings.ToLower(filepath.Ext(name))]
	return ok
}

// WriteReport writes the report to w in the format name's extension names
// (see IsReportName), streaming the results from the journal.
func WriteReport(w io.Writer, name string, s *Summary, journal string) error {
	write, ok := reportWriters[strings.ToLower(filepath.Ext(name))]
	if !ok {
		return fmt.Errorf("%s: name a .json, .xml, .html, .md, .csv, .jsonl or .yaml file", name)
	}
	return write(w, s, journal)
}
