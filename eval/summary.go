package eval

import (
	"math"
	"slices"
	"sort"
)

// Stats are a run's totals.
type Stats struct {
	Total   int       `json:"total"`
	Passed  int       `json:"passed"`
	Failed  int       `json:"failed"`
	Errors  int       `json:"errors"`
	Skipped int       `json:"skipped"`
	Cached  int       `json:"cached"`
	Tokens  TokenStat `json:"tokens"`
	Cost    float64   `json:"cost"`
}

// TokenStat sums tokens.
type TokenStat struct {
	Prompt     int `json:"prompt"`
	Completion int `json:"completion"`
}

// Cell of the prompt × provider matrix.
type MatrixCell struct {
	Prompt   string  `json:"prompt"`
	Provider string  `json:"provider"`
	Passed   int     `json:"passed"`
	Total    int     `json:"total"` // judged (not skipped, not errors)
	Skipped  int     `json:"skipped"`
	Errors   int     `json:"errors"`
	Score    float64 `json:"score"` // mean
	// Cost sums the cells' cost; LatencyMS is the mean of those that asked
	// a provider (not cached, not errors).
	Cost      float64 `json:"cost"`
	LatencyMS int64   `json:"latency_ms"`
	// Fabrication is the share of outputs the guard rejects, among those
	// it could judge (cases with vars.input).
	Fabrication *Share `json:"fabrication,omitempty"`
	scoreSum    float64
	latencySum  int64
	latencyN    int64
	checked     int
	rejected    int
}

// CaseStat is one case's record across repeats.
type CaseStat struct {
	Prompt   string  `json:"prompt"`
	Provider string  `json:"provider"`
	Test     string  `json:"test"`
	Runs     int     `json:"runs"`
	Passes   int     `json:"passes"`
	PassRate float64 `json:"pass_rate"`
	// PassK is pass^k with k the number of repeats: 1 when every run
	// passed. A pass rate strictly between 0 and 1 marks a flaky case.
	PassK float64 `json:"pass_k"`
}

// Summary is what the terminal report and the JSON report's header need;
// it holds aggregates, not results, so a 20,000-cell run costs no more
// memory than a 200-cell one.
type Summary struct {
	Suite       string       `json:"suite"`
	Description string       `json:"description,omitempty"`
	Stats       Stats        `json:"stats"`
	Matrix      []MatrixCell `json:"matrix"`
	Cases       []CaseStat   `json:"cases,omitempty"`
	Repeat      int          `json:"repeat"`
	Resumed     int          `json:"-"`
	Interrupted bool         `json:"-"`
	Planned     int          `json:"-"`
	// Failures holds the first maxFailures failed or errored results.
	Failures []Result `json:"-"`
	prompts  []string
	provs    []string
	matrix   map[[2]string]*MatrixCell
	cases    map[[3]string]*CaseStat
}

// maxFailures bounds the failures a summary keeps for the terminal.
const maxFailures = 20

func newSummary(s *Suite, p *plan) *Summary {
	sum := &Summary{Suite: s.File, Description: s.Description, Repeat: s.Repeat, Planned: p.count(),
		matrix: map[[2]string]*MatrixCell{}, cases: map[[3]string]*CaseStat{}}
	for _, t := range p.prompts {
		sum.prompts = append(sum.prompts, t.Label)
	}
	for _, t := range p.targets {
		sum.provs = append(sum.provs, t.Name)
	}
	for _, pr := range sum.prompts {
		for _, pv := range sum.provs {
			sum.matrix[[2]string{pr, pv}] = &MatrixCell{Prompt: pr, Provider: pv}
		}
	}
	return sum
}

func (s *Summary) add(r Result) {
	st := &s.Stats
	st.Total++
	st.Tokens.Prompt += r.Tokens.PromptTokens
	st.Tokens.Completion += r.Tokens.CompletionTokens
	st.Cost += r.Cost
	if r.Cached {
		st.Cached++
	}
	m := s.matrix[[2]string{r.Prompt, r.Provider}]
	if m == nil {
		m = &MatrixCell{Prompt: r.Prompt, Provider: r.Provider}
		s.matrix[[2]string{r.Prompt, r.Provider}] = m
		if !slices.Contains(s.prompts, r.Prompt) {
			s.prompts = append(s.prompts, r.Prompt)
		}
		if !slices.Contains(s.provs, r.Provider) {
			s.provs = append(s.provs, r.Provider)
		}
	}
	m.Cost += r.Cost
	if !r.Cached && !r.Skipped && r.Error == "" {
		m.latencySum += r.LatencyMS
		m.latencyN++
	}
	if r.Guard != nil {
		m.checked++
		if r.Guard.Rejected {
			m.rejected++
		}
	}
	switch {
	case r.Skipped:
		st.Skipped++
		m.Skipped++
		return
	case r.Error != "":
		st.Errors++
		m.Errors++
	case r.Pass:
		st.Passed++
		m.Passed++
		m.Total++
		m.scoreSum += r.Score
	default:
		st.Failed++
		m.Total++
		m.scoreSum += r.Score
	}
	if (!r.Pass || r.Error != "") && len(s.Failures) < maxFailures {
		s.Failures = append(s.Failures, r)
	}
	if s.Repeat > 1 && r.Error == "" {
		k := [3]string{r.Prompt, r.Provider, r.Test}
		c := s.cases[k]
		if c == nil {
			c = &CaseStat{Prompt: r.Prompt, Provider: r.Provider, Test: r.Test}
			s.cases[k] = c
		}
		c.Runs++
		if r.Pass {
			c.Passes++
		}
	}
}

func (s *Summary) finish() {
	for _, pr := range s.prompts {
		for _, pv := range s.provs {
			if m := s.matrix[[2]string{pr, pv}]; m != nil {
				if m.Total > 0 {
					m.Score = math.Round(m.scoreSum/float64(m.Total)*1000) / 1000
				}
				if m.latencyN > 0 {
					m.LatencyMS = m.latencySum / m.latencyN
				}
				m.Cost = math.Round(m.Cost*1e6) / 1e6
				if m.checked > 0 {
					m.Fabrication = wilson(m.rejected, m.checked)
				}
				s.Matrix = append(s.Matrix, *m)
			}
		}
	}
	for _, c := range s.cases {
		c.PassRate = math.Round(float64(c.Passes)/float64(c.Runs)*1000) / 1000
		if c.Passes == c.Runs {
			c.PassK = 1
		}
		s.Cases = append(s.Cases, *c)
	}
	sort.Slice(s.Cases, func(i, j int) bool {
		a, b := s.Cases[i], s.Cases[j]
		if a.PassRate != b.PassRate {
			return a.PassRate < b.PassRate
		}
		return a.Prompt+a.Provider+a.Test < b.Prompt+b.Provider+b.Test
	})
	s.Stats.Cost = math.Round(s.Stats.Cost*1e6) / 1e6
}

// Share is k of n with its 95% Wilson score interval.
type Share struct {
	K    int     `json:"k"`
	N    int     `json:"n"`
	Rate float64 `json:"rate"`
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// wilson is k of n with the Wilson interval, which stays inside [0, 1]
// and stays honest for small n and for rates near 0 or 1.
func wilson(k, n int) *Share {
	const z = 1.959964 // 95%
	p, nf := float64(k)/float64(n), float64(n)
	den := 1 + z*z/nf
	mid := (p + z*z/(2*nf)) / den
	half := z * math.Sqrt(p*(1-p)/nf+z*z/(4*nf*nf)) / den
	r := func(x float64) float64 { return math.Round(x*10000) / 10000 }
	return &Share{K: k, N: n, Rate: r(p), Low: r(math.Max(0, mid-half)), High: r(math.Min(1, mid+half))}
}

// SummaryOf aggregates results read back from a report, rows and columns
// in the order they first appear.
func SummaryOf(suite, description string, repeat int, results func(func(Result)) error) (*Summary, error) {
	s := &Summary{Suite: suite, Description: description, Repeat: max(1, repeat), matrix: map[[2]string]*MatrixCell{}, cases: map[[3]string]*CaseStat{}}
	if err := results(s.add); err != nil {
		return nil, err
	}
	s.finish()
	return s, nil
}

// Prompts and Providers list the matrix's rows and columns.
func (s *Summary) Prompts() []string   { return s.prompts }
func (s *Summary) Providers() []string { return s.provs }

// Cell returns one matrix cell.
func (s *Summary) Cell(prompt, provider string) MatrixCell {
	if m := s.matrix[[2]string{prompt, provider}]; m != nil {
		return *m
	}
	return MatrixCell{}
}

// Flaky reports cases whose runs disagreed.
func (s *Summary) Flaky() []CaseStat {
	var out []CaseStat
	for _, c := range s.Cases {
		if c.PassRate > 0 && c.PassRate < 1 {
			out = append(out, c)
		}
	}
	return out
}

// PassK is the share of cases that passed every repeat.
func (s *Summary) PassK() float64 {
	if len(s.Cases) == 0 {
		return 0
	}
	n := 0
	for _, c := range s.Cases {
		if c.PassK == 1 {
			n++
		}
	}
	return float64(n) / float64(len(s.Cases))
}
