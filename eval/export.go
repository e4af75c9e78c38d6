package eval

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// writeCSV writes one row per cell: where it ran, its vars (as JSON), the
// output and the verdict, with the reasons of failed assertions.
func writeCSV(w io.Writer, s *Summary, journal string) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"prompt", "provider", "test", "repeat", "vars", "output", "result", "score", "reasons", "latency_ms", "cost", "cached"})
	var werr error
	err := readResults(journal, func(r Result) {
		if werr != nil {
			return
		}
		vars, _ := jsonMarshal(r.Vars, 0)
		var why []string
		for _, a := range r.Assertions {
			if !a.Pass {
				why = append(why, a.Type+": "+oneLine(a.Reason, 300))
			}
		}
		if r.Error != "" {
			why = append(why, "error: "+oneLine(r.Error, 300))
		}
		werr = cw.Write([]string{csvSafe(r.Prompt), csvSafe(r.Provider), csvSafe(r.Test), strconv.Itoa(r.Repeat + 1), csvSafe(string(vars)), csvSafe(r.Output),
			verdict(r), strconv.FormatFloat(r.Score, 'f', -1, 64), csvSafe(strings.Join(why, "; ")), strconv.FormatInt(r.LatencyMS, 10),
			strconv.FormatFloat(r.Cost, 'f', -1, 64), strconv.FormatBool(r.Cached)})
	})
	cw.Flush()
	if err == nil {
		err = werr
	}
	if err == nil {
		err = cw.Error()
	}
	return err
}

// csvSafe keeps a spreadsheet from reading a cell as a formula: model
// output is untrusted, and "=HYPERLINK(…)" in a cell would run.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func verdict(r Result) string {
	switch {
	case r.Skipped:
		return "skipped"
	case r.Error != "":
		return "error"
	case r.Pass:
		return "pass"
	}
	return "fail"
}

// writeJSONL writes the summary on the first line, then one result a line.
func writeJSONL(w io.Writer, s *Summary, journal string) error {
	head, err := json.Marshal(map[string]any{"version": 1, "suite": s.Suite, "description": s.Description, "stats": s.Stats, "matrix": s.Matrix})
	if err != nil {
		return err
	}
	if _, err := w.Write(append(head, '\n')); err != nil {
		return err
	}
	var werr error
	err = readResults(journal, func(r Result) {
		if werr != nil {
			return
		}
		var b []byte
		if b, werr = json.Marshal(r); werr == nil {
			_, werr = w.Write(append(b, '\n'))
		}
	})
	if err == nil {
		err = werr
	}
	return err
}

// writeYAML writes the report as YAML: summary, then results.
func writeYAML(w io.Writer, s *Summary, journal string) error {
	head := map[string]any{"version": 1, "suite": s.Suite, "description": s.Description, "stats": s.Stats, "matrix": s.Matrix}
	hb, err := toYAMLValue(head)
	if err != nil {
		return err
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(hb); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "results:\n"); err != nil {
		return err
	}
	var werr error
	err = readResults(journal, func(r Result) {
		if werr != nil {
			return
		}
		v, err := toYAMLValue(r)
		if err != nil {
			werr = err
			return
		}
		b, err := yaml.Marshal([]any{v})
		if err != nil {
			werr = err
			return
		}
		for _, line := range strings.SplitAfter(strings.TrimSuffix(string(b), "\n"), "\n") {
			if _, werr = fmt.Fprintf(w, "  %s", line); werr != nil {
				return
			}
		}
		_, werr = io.WriteString(w, "\n")
	})
	if err == nil {
		err = werr
	}
	return err
}

// toYAMLValue goes through JSON so the YAML keys are the JSON report's.
func toYAMLValue(v any) (any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	err = yaml.Unmarshal(b, &out)
	return out, err
}
