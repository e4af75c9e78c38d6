package rewrite

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// Target names one item of a document rewritten with a template: what
// asking again for it, or judging a person's own text for it, needs.
type Target struct {
	Doc      *resume.Document
	Template *prompts.Template
	Options  Options
	ID       string
}

func (t Target) item() (resume.Item, error) {
	for _, it := range t.Doc.Items() {
		if it.ID == t.ID {
			return it, nil
		}
	}
	return resume.Item{}, fmt.Errorf("no item %s in the resume", t.ID)
}

// Again asks the engine for one more candidate for an item whose candidate
// shown a person has seen: the candidate and their note go to the engine as
// one more turn, and the answer goes through the guard like any other (a
// rejected one is asked again with the guard's reasons, up to MaxAttempts).
// facts join the pipeline's own: what the person vouched for meanwhile.
func (p *Pipeline) Again(ctx context.Context, t Target, shown, note string, facts []string) ItemResult {
	it, err := t.item()
	if err != nil {
		return ItemResult{ID: t.ID, Status: StatusError, Error: err.Error(), Candidates: []Candidate{}}
	}
	raw, _ := json.Marshal(map[string]string{"rewrite": shown})
	q := *p
	q.Facts = append(append([]string(nil), p.Facts...), facts...)
	q.Engine = withHistory{Engine: p.Engine, before: []Attempt{{Reply: string(raw), Feedback: note, Asked: true}}}
	q.Progress = nil
	return q.rewriteItem(ctx, q.index(t.Doc), t.Template, it, t.Options, documentStyle(t.Doc))
}

// Judge is the guard's verdict on text a person wrote for an item, against
// the source the loop judged the item's candidates by, plus facts.
func (p *Pipeline) Judge(t Target, text string, facts []string) (guard.Verdict, error) {
	it, err := t.item()
	if err != nil {
		return guard.Verdict{}, err
	}
	q := *p
	q.Facts = append(append([]string(nil), p.Facts...), facts...)
	x := q.index(t.Doc)
	return x.source(t.Template, it, itemData(x, t.Template, it, t.Options)).Check(text), nil
}

// withHistory starts every request's conversation with earlier turns.
type withHistory struct {
	Engine
	before []Attempt
}

func (w withHistory) Rewrite(ctx context.Context, req Request) (Reply, error) {
	req.History = append(append([]Attempt(nil), w.before...), req.History...)
	return w.Engine.Rewrite(ctx, req)
}
