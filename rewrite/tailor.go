package rewrite

import (
	"context"

	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// Step is one prompt of a tailoring run and the sections it covers.
type Step struct {
	Prompt   string
	Sections []string
}

// TailorSteps are the rewrites tailoring to an ad needs: the ad's language
// on bullets, the skills ordered by the ad, the summary focused on it. The
// offline engine cannot write a summary, so offline the summary gets the
// ad's spellings instead.
func TailorSteps(offline bool) []Step {
	if offline {
		return []Step{
			{"match-job-language", []string{resume.SecSummary, resume.SecExperience, resume.SecProjects}},
			{"align-skills", []string{resume.SecSkills}},
		}
	}
	return []Step{
		{"match-job-language", []string{resume.SecExperience, resume.SecProjects}},
		{"summary-focus", []string{resume.SecSummary}},
		{"align-skills", []string{resume.SecSkills}},
	}
}

// Tailor runs the steps in order, each on the document as the previous
// steps left it, and returns one result per step. The job ad is data for
// the prompts, never a source of facts.
func (p *Pipeline) Tailor(ctx context.Context, doc *resume.Document, reg *prompts.Registry, job string, steps []Step) ([]*Result, *resume.Document, error) {
	var out []*Result
	cur := doc
	for _, st := range steps {
		tpl, err := reg.Lookup(st.Prompt)
		if err != nil {
			return nil, nil, err
		}
		merged := &Result{Prompt: tpl.Name, Engine: p.Engine.Name(), Model: p.Engine.Model(), Items: []ItemResult{}}
		for _, sec := range st.Sections {
			if len(Plan(cur, tpl, sec)) == 0 {
				continue
			}
			r := p.Run(ctx, cur, tpl, Options{Job: job, Section: sec})
			merged.Items = append(merged.Items, r.Items...)
			merged.Usage.Add(r.Usage)
			if r.Fatal != nil {
				merged.Fatal = r.Fatal
				return append(out, merged), cur, nil
			}
		}
		next, err := applyFinals(cur, merged)
		if err != nil {
			return nil, nil, err
		}
		cur = next
		out = append(out, merged)
	}
	return out, cur, nil
}
