package resume

import (
	"slices"
	"testing"
)

// TestFrontMatterRoles: jobs kept in front matter (or in a YAML file) are
// read as roles, whatever the blanks around the fences.
func TestFrontMatterRoles(t *testing.T) {
	cases := []struct {
		name, format, src string
		bullets           []int
	}{
		{"yaml list", "md", "---\ntitle: CV\nexperiences:\n  - title: Developer\n    organization:\n      name: Acme GmbH\n    dates: '2018 - Present'\n    writeup: >\n      Built things.\n---\n", []int{1}},
		{"yaml highlights", "md", "---\nwork:\n- position: Engineer\n  name: Acme\n  startDate: 2020-01\n  highlights:\n    - Cut costs by 20%\n    - Led 4 engineers\n---\n", []int{2}},
		{"fence with trailing blanks", "md", "---  \nexperience:\n  - title: Analyst\n    company: Beta Ltd\n    date: 2019 - 2021\n---\n", []int{0}},
		{"byte-order mark", "md", "\ufeff---\nexperience:\n  - title: Analyst\n    company: Beta Ltd\n    date: 2019 - 2021\n---\n", []int{0}},
		{"toml tables", "md", "+++\nwidget = \"experience\"\n[[experience]]\n  title = \"Engineer\"\n  company = \"Acme\"\n  date_start = \"2021-01-01\"\n  date_end = \"2022-01-01\"\n  description = \"\"\"\n  * Built the API\n  * Wrote tests\n  \"\"\"\n+++\n", []int{2}},
		{"body lists the jobs", "md", "---\nexperience:\n  - title: Ghost\n    company: Front Matter Inc\n---\n## Experience\n### Engineer, Acme\n2020 - 2021\n- Built it\n", []int{1}},
		{"rendercv yaml file", "yaml", "cv:\n  name: Jo Doe\n  sections:\n    experience:\n      - company: Acme\n        position: Engineer\n        start_date: 2020-01\n        end_date: present\n        highlights:\n          - Did a thing\n", []int{1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			format := Markdown
			if c.format == "yaml" {
				format = DetectFormat("cv.yaml", []byte(c.src))
			}
			d, err := Parse(format, []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, r := range d.Roles {
				got = append(got, len(r.Bullets))
			}
			if !slices.Equal(got, c.bullets) {
				t.Errorf("bullets per role %v, want %v", got, c.bullets)
			}
		})
	}
}
