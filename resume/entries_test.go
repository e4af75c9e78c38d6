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
