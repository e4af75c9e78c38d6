// Package match compares a resume with a job ad and reports, honestly, which
// of the ad's technologies the resume shows (with the bullets that show
// them), which it only implies, which it lists without evidence, which it
// lacks, and which spellings to mirror. It never suggests adding a skill the
// candidate does not have.
package match

import (
	"slices"
	"sort"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
	"github.com/bulletproof-cli/bulletproof/internal/jobad"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// Weights of the coverage score.
const (
	RequiredWeight = 2.0 // a must-have counts twice
	NiceWeight     = 1.0
	ListedCredit   = 0.5 // listed in skills, shown by no bullet: half
)

// Report is the comparison.
type Report struct {
	Coverage   float64      `json:"coverage"`
	Job        Job          `json:"job"`
	Matched    []Matched    `json:"matched"`
	Implied    []Implied    `json:"implied"`
	Unanchored []Unanchored `json:"unanchored"`
	Missing    []Missing    `json:"missing"`
	Spelling   []Spelling   `json:"spelling"`
	Notices    []string     `json:"notices,omitempty"`
}

// Job is what the report says of the ad.
type Job struct {
	Title string `json:"title"`
	Years int    `json:"years,omitempty"`
}

// Matched is a term the resume shows in its prose.
type Matched struct {
	Term           string   `json:"term"`
	Required       bool     `json:"required"`
	JobMentions    []string `json:"job_mentions"`
	ResumeMentions []string `json:"resume_mentions"`
	Evidence       []string `json:"evidence"`
}

// Implied is a term the resume does not name but shows through one that
// entails it (AWS via Redshift).
type Implied struct {
	Term     string   `json:"term"`
	Via      string   `json:"via"`
	Required bool     `json:"required"`
	Evidence []string `json:"evidence"`
}

// Unanchored is a term the resume lists but no bullet, project or summary
// shows.
type Unanchored struct {
	Term     string `json:"term"`
	Required bool   `json:"required"`
	Note     string `json:"note"`
}

// Missing is a term the ad asks for that the resume does not show.
type Missing struct {
	Term     string `json:"term"`
	Required bool   `json:"required"`
}

// Spelling is a tool the candidate has, written differently in the ad.
type Spelling struct {
	Resume string `json:"resume"`
	Job    string `json:"job"`
}

// Compare builds the report.
func Compare(doc *resume.Document, ad *jobad.Ad, lex *lexicon.Lexicon) *Report {
	if lex == nil {
		lex = lexicon.Default()
	}
	r := &Report{Job: Job{Title: ad.Title, Years: ad.Years}, Matched: []Matched{}, Implied: []Implied{},
		Unanchored: []Unanchored{}, Missing: []Missing{}, Spelling: []Spelling{}, Notices: ad.Notices}

	// what the prose shows, item by item (the guard decides what a text
	// shows, implications included), and what the skills only list
	rd := claims.MustNew(claims.Options{Lexicon: lex.Extra()})
	var prose []claims.Claims
	named := list{} // entry -> items naming it
	spelled := list{}
	listed := map[*lexicon.Entry]bool{}
	for _, it := range doc.Items() {
		if it.Whole {
			continue
		}
		if it.Section == resume.SecSkills || it.Section == resume.SecCertifications {
			for _, m := range lex.Find("Skills: " + it.Text) {
				listed[m.Entry] = true
			}
			continue
		}
		c := rd.Read(it.Text)
		prose = append(prose, c)
		for _, m := range c.Technologies {
			e := lex.Lookup(m.Name)
			named.add(e, it.ID)
			spelled.add(e, m.Text)
		}
	}
	sup := rd.Support(prose...)
	var got, total float64
	for _, t := range ad.Terms {
		w := NiceWeight
		if t.Required {
			w = RequiredWeight
		}
		total += w
		switch {
		case len(named.of(t.Entry)) > 0:
			got += w
			r.Matched = append(r.Matched, Matched{Term: t.Name, Required: t.Required, JobMentions: t.Mentions, ResumeMentions: spelled.of(t.Entry), Evidence: named.of(t.Entry)})
			r.Spelling = append(r.Spelling, spellings(t, spelled.of(t.Entry))...)
		case sup.Has(t.Entry.Name):
			got += w
			via := sup.Via(t.Entry.Name)
			r.Implied = append(r.Implied, Implied{Term: t.Name, Via: via, Required: t.Required, Evidence: named.of(lex.Lookup(via))})
		case listed[t.Entry]:
			got += w * ListedCredit
			r.Unanchored = append(r.Unanchored, Unanchored{Term: t.Name, Required: t.Required, Note: "listed in skills, shown by no bullet"})
		default:
			r.Missing = append(r.Missing, Missing{Term: t.Name, Required: t.Required})
		}
	}
	if total > 0 {
		r.Coverage = round2(got / total)
	}
	sort.SliceStable(r.Missing, func(i, j int) bool { return r.Missing[i].Required && !r.Missing[j].Required })
	return r
}

// spellings lists how the ad writes a tool the resume writes otherwise,
// where mirroring it is right: never replacing a canonical name by an alias
// ("Go" stays "Go" when the ad says "Golang").
func spellings(t jobad.Term, resumeMentions []string) []Spelling {
	if len(t.Mentions) == 0 {
		return nil
	}
	job := t.Mentions[0]
	for _, m := range t.Mentions {
		if m == t.Name {
			job = m
		}
	}
	var out []Spelling
	for _, rm := range resumeMentions {
		if slices.Contains(t.Mentions, rm) || strings.EqualFold(rm, job) && rm != strings.ToLower(rm) || rm == t.Name && job != t.Name {
			continue
		}
		out = append(out, Spelling{Resume: rm, Job: job})
	}
	return out
}

// list keeps, per entry, distinct strings in the order first seen; a set
// beside each list keeps adding constant-time when a tool is named by every
// one of thousands of bullets.
type list map[*lexicon.Entry]*ordered

type ordered struct {
	items []string
	seen  map[string]bool
}

func (l list) add(e *lexicon.Entry, s string) {
	o := l[e]
	if o == nil {
		o = &ordered{seen: map[string]bool{}}
		l[e] = o
	}
	if !o.seen[s] {
		o.seen[s] = true
		o.items = append(o.items, s)
	}
}

func (l list) of(e *lexicon.Entry) []string {
	if o := l[e]; o != nil {
		return o.items
	}
	return nil
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
