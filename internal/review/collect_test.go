package review

import (
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/resume"
	"github.com/bulletproof-cli/bulletproof/rewrite"
)

// TestCollectFileOrder: a resume with its skills before its
// experience is reviewed in that order.
func TestCollectFileOrder(t *testing.T) {
	doc, err := resume.Parse(resume.Markdown, []byte("# Jane Doe\n\n## Skills\n- Languages: Go, SQL\n\n## Experience\n### Engineer — Acme\n2020 – 2022\n- Built the API.\n- Ran the on-call rotation.\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := &rewrite.Result{Prompt: "p", Items: []rewrite.ItemResult{
		{ID: "experience.0.bullets.1", Original: "a", Final: "b", Status: rewrite.StatusRewritten},
		{ID: "experience.0.bullets.0", Original: "a", Final: "b", Status: rewrite.StatusRewritten},
		{ID: "skills.0", Original: "a", Final: "b", Status: rewrite.StatusRewritten},
		{ID: "skills", Original: "a", Final: "a", Status: rewrite.StatusUnchanged},
	}}
	if ids := collectedIDs(doc, res); ids != "skills.0 experience.0.bullets.0 experience.0.bullets.1" {
		t.Errorf("order %v", ids)
	}
}

// TestCollectBySection: where lines are not known (a document built in
// code), the sections' order in the file decides.
func TestCollectBySection(t *testing.T) {
	doc := &resume.Document{Order: []string{resume.SecSkills, resume.SecExperience},
		Roles:  []resume.Role{{Title: "Engineer", Bullets: []string{"Built the API."}}},
		Skills: []resume.SkillGroup{{Name: "Languages", Items: []string{"Go"}}}}
	res := &rewrite.Result{Prompt: "p", Items: []rewrite.ItemResult{
		{ID: "experience.0.bullets.0", Original: "a", Final: "b", Status: rewrite.StatusRewritten},
		{ID: "skills.0", Original: "a", Final: "b", Status: rewrite.StatusNeedsInput},
		{ID: "skills", Original: "a", Final: "b", Status: rewrite.StatusKeptOriginal},
	}}
	if ids := collectedIDs(doc, res); ids != "skills.0 experience.0.bullets.0" {
		t.Errorf("order %v", ids)
	}
}

// collectedIDs is the ids of the items Collect takes from res, in its
// order.
func collectedIDs(doc *resume.Document, res *rewrite.Result) string {
	var ids []string
	for _, it := range Collect(doc, []*rewrite.Result{res}) {
		ids = append(ids, it.Result.ID)
	}
	return strings.Join(ids, " ")
}
