package resume

import (
	"fmt"
	"strings"
	"testing"
)

// docBlocks makes the blocks a Word reader would: one paragraph a line,
// "- " for a list item, "**" around a bold line.
func docBlocks(lines ...string) []Block {
	var bs []Block
	for i, l := range lines {
		b := Block{Kind: BlockParagraph, Line: i + 1}
		if t, ok := strings.CutPrefix(l, "- "); ok {
			b.Kind, l = BlockListItem, t
		}
		if t, ok := strings.CutPrefix(l, "**"); ok {
			b.Strong, l = true, t
		}
		b.Text, b.Span = l, Span{0, len(l)}
		bs = append(bs, b)
	}
	return bs
}

// TestTabsAreColumns: a tab in a Word or PDF line separates columns (title
// and place, name and dates); it is never part of a title or a name, and a
// company line, a title line and a dates line make one role.
func TestTabsAreColumns(t *testing.T) {
	d := Interpret(Docx, docBlocks(
		"**Jane Doe", "**EXPERIENCE",
		"**Acme Corp", "Software Engineer II\tMinneapolis, MN", "Jan 2020 – Present", "- Built the billing service.",
		"**Globex\tSt. Paul, MN", "Software Engineer\t2017 – 2019", "- Wrote the API.",
		"**PROJECTS",
		"**ledgerlite | Rust, SQLite\t2023", "- Wrote a double-entry accounting CLI.",
	), nil)
	var got []string
	for _, r := range d.Roles {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s-%s|%d", r.Title, r.Company, r.Location, r.Start, r.End, len(r.Bullets)))
	}
	want := []string{
		"Software Engineer II|Acme Corp|Minneapolis, MN|Jan 2020-Present|1",
		"Software Engineer|Globex|St. Paul, MN|2017-2019|1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("roles\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(d.Projects) != 1 || d.Projects[0].Name != "ledgerlite" || d.Projects[0].Start != "2023" || strings.Join(d.Projects[0].Keywords, ",") != "Rust,SQLite" {
		t.Errorf("project %+v", d.Projects)
	}
}

// TestProseRoles: a role told in prose has one item per paragraph, so the
// prompts can rewrite it; prose above a role's list stays its summary; a
// line naming the stack is no item.
func TestProseRoles(t *testing.T) {
	cases := []struct {
		name, format, src string
		items             []string
		summary           string
	}{
		{"two paragraphs", "md", "# Jo\n## Experience\n### Engineer, Acme (2020 - 2022)\n\nBuilt the billing API in Go.\n\nRan the on-call rotation for\nfour teams.\n",
			[]string{"Built the billing API in Go.", "Ran the on-call rotation for four teams."}, ""},
		{"prose over a list", "md", "# Jo\n## Experience\n### Engineer, Acme (2020 - 2022)\n\nAcme sells tickets.\n\n- Built the billing API.\n",
			[]string{"Built the billing API."}, "Acme sells tickets."},
		{"stack line", "md", "# Jo\n## Experience\n### Engineer, Acme (2020 - 2022)\n\nBuilt the mobile app from scratch.\n\nTechnologies: React Native, TypeScript, GraphQL.\n",
			[]string{"Built the mobile app from scratch."}, ""},
		{"plain text, wrapped", "txt", "JO DOE\n\nEXPERIENCE\n\nEngineer, Acme    2020 - 2022\nBuilt the billing API in Go and\nran its on-call rotation.\n",
			[]string{"Built the billing API in Go and ran its on-call rotation."}, ""},
		{"JSON Resume summary", "json", `{"work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01", "summary": "Built the billing API in Go."}]}`,
			[]string{"Built the billing API in Go."}, ""},
		{"JSON Resume summary in paragraphs", "json", `{"work": [{"name": "Acme", "position": "Engineer", "highlights": [""], "summary": "Built the billing API in Go.\n\nRan the on-call rotation."}]}`,
			[]string{"Built the billing API in Go.", "Ran the on-call rotation."}, ""},
		{"JSON Resume summary over highlights", "json", `{"work": [{"name": "Acme", "position": "Engineer", "summary": "Acme sells tickets.", "highlights": ["Built the billing API."]}]}`,
			[]string{"Built the billing API."}, "Acme sells tickets."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse(DetectFormat("cv."+c.format, []byte(c.src)), []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Roles) != 1 {
				t.Fatalf("%d roles, want 1", len(d.Roles))
			}
			r := d.Roles[0]
			if strings.Join(r.Bullets, "|") != strings.Join(c.items, "|") || r.Summary != c.summary {
				t.Errorf("items %q summary %q, want %q %q", r.Bullets, r.Summary, c.items, c.summary)
			}
			out, err := d.Splice(map[string]string{"experience.0.bullets.0": "Shipped it."})
			if err != nil || !strings.Contains(string(out), "Shipped it.") || strings.Contains(string(out), c.items[0]) {
				t.Errorf("splice: %v\n%s", err, out)
			}
		})
	}
}
