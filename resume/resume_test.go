package resume

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var docOpts = cmp.Options{cmpopts.IgnoreUnexported(Document{}, Role{}, SkillGroup{}, Project{}, Education{}, Certification{}), cmpopts.EquateEmpty(),
	cmpopts.IgnoreFields(Document{}, "Format", "Sections"), cmpopts.IgnoreFields(Role{}, "LineNo"), cmpopts.IgnoreFields(SkillGroup{}, "LineNo"),
	cmpopts.IgnoreFields(Project{}, "LineNo"), cmpopts.IgnoreFields(Education{}, "LineNo"), cmpopts.IgnoreFields(Certification{}, "LineNo")}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sharedResumes(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob("../../shared/data/jsonresume/*.resume.json")
	if len(files) == 0 {
		t.Skip("../shared/data/jsonresume not present")
	}
	return files
}

// TestJSONResumeRoundTrip: parse(write(parse(x))) == parse(x), and the
// written JSON keeps every field of the original.
func TestJSONResumeRoundTrip(t *testing.T) {
	files := append(sharedResumes(t), "../examples/resume.json")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			d1, err := Parse(JSONResume, readFile(t, f))
			if err != nil {
				t.Fatal(err)
			}
			out, err := WriteJSONResume(d1)
			if err != nil {
				t.Fatal(err)
			}
			d2, err := Parse(JSONResume, out)
			if err != nil {
				t.Fatalf("reparse: %v\n%s", err, out)
			}
			if diff := cmp.Diff(d1, d2, docOpts); diff != "" {
				t.Errorf("round trip changed the document (-first +second):\n%s", diff)
			}
			// unknown fields survive: compare the generic JSON trees
			v1, _ := decodeJSON(readFile(t, f))
			v2, _ := decodeJSON(out)
			b1, _ := marshalValue(v1)
			b2, _ := marshalValue(v2)
			if string(b1) != string(b2) {
				t.Errorf("JSON changed on a plain round trip:\n%s\n---\n%s", b1, b2)
			}
		})
	}
}

// TestMarkdownAndTextRoundTrip: every JSON Resume sample and our Markdown
// fixtures survive Markdown and text round trips.
func TestMarkdownAndTextRoundTrip(t *testing.T) {
	var docs []*Document
	var names []string
	for _, f := range sharedResumes(t) {
		d, err := Parse(JSONResume, readFile(t, f))
		if err != nil {
			t.Fatal(err)
		}
		docs, names = append(docs, d), append(names, filepath.Base(f))
	}
	mds, _ := filepath.Glob("testdata/*.md")
	mds = append(mds, "../examples/resume.md")
	for _, f := range mds {
		docs, names = append(docs, ParseMarkdown(string(readFile(t, f)))), append(names, filepath.Base(f))
	}
	for i, d := range docs {
		t.Run(names[i], func(t *testing.T) {
			md := WriteMarkdown(d)
			d1 := ParseMarkdown(string(md))
			d2 := ParseMarkdown(string(WriteMarkdown(d1)))
			if diff := cmp.Diff(d1, d2, docOpts); diff != "" {
				t.Errorf("markdown round trip (-first +second):\n%s", diff)
			}
			if diff := cmp.Diff(stripOrder(d), stripOrder(d1), docOpts); diff != "" {
				t.Errorf("markdown lost content (-parsed +through markdown):\n%s\n%s", diff, md)
			}
			txt := WriteText(d)
			t1 := ParseText(string(txt))
			if diff := cmp.Diff(stripOrder(d), stripOrder(t1), docOpts); diff != "" {
				t.Errorf("text lost content (-parsed +through text):\n%s\n%s", diff, txt)
			}
		})
	}
}

// stripOrder drops what only JSON Resume carries (section order is kept by
// each format, skill levels only by JSON).
func stripOrder(d *Document) *Document {
	c := d.Clone()
	c.Order = nil
	for i := range c.Skills {
		c.Skills[i].Level = ""
	}
	return c
}

func TestParseMarkdownExample(t *testing.T) {
	d := ParseMarkdown(string(readFile(t, "../examples/resume.md")))
	if d.Header.Name != "Priya Natarajan" || d.Header.Email != "priya.natarajan@example.com" || d.Header.Phone != "(720) 555-0148" || d.Header.Location != "Denver, CO" {
		t.Errorf("header: %+v", d.Header)
	}
	if len(d.Header.Links) != 2 || d.Header.Links[0].Label != "GitHub" {
		t.Errorf("links: %+v", d.Header.Links)
	}
	if len(d.Roles) != 3 {
		t.Fatalf("roles: %d", len(d.Roles))
	}
	r := d.Roles[0]
	if r.Title != "Senior Backend Engineer" || r.Company != "Ledgerline" || r.Start != "March 2022" || r.End != "Present" || r.Location != "Denver, CO" || len(r.Bullets) != 5 || !r.Current() {
		t.Errorf("role 0: %+v", r)
	}
	if d.Roles[1].Current() {
		t.Error("role 1 ended")
	}
	if len(d.Skills) != 4 || d.Skills[0].Name != "Languages" || len(d.Skills[0].Items) != 4 {
		t.Errorf("skills: %+v", d.Skills)
	}
	if len(d.Projects) != 1 || d.Projects[0].URL == "" || len(d.Projects[0].Keywords) != 2 {
		t.Errorf("projects: %+v", d.Projects)
	}
	e := d.Education[0]
	if e.StudyType != "Bachelor of Science" || e.Area != "Computer Science" || e.GPA != "3.4/4.0" || len(e.Courses) != 3 || e.Start != "2019" {
		t.Errorf("education: %+v", e)
	}
	if len(d.Certifications) != 2 || d.Certifications[1].Issuer != "The Linux Foundation" || d.Certifications[1].Date != "2021" {
		t.Errorf("certifications: %+v", d.Certifications)
	}
	ids := []string{}
	for _, it := range d.Items() {
		ids = append(ids, it.ID)
	}
	want := "summary experience.0.bullets.0"
	if got := strings.Join(ids[:2], " "); got != want {
		t.Errorf("ids start %q, want %q", got, want)
	}
}

func TestMarkdownMatchesJSONExample(t *testing.T) {
	md := ParseMarkdown(string(readFile(t, "../examples/resume.md")))
	js, err := Parse(JSONResume, readFile(t, "../examples/resume.json"))
	if err != nil {
		t.Fatal(err)
	}
	var a, b []string
	for _, it := range md.Items() {
		a = append(a, it.ID+"="+it.Text)
	}
	for _, it := range js.Items() {
		b = append(b, it.ID+"="+it.Text)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("examples/resume.md and resume.json differ in their items:\n%s", diff)
	}
}

func TestParseTextFixture(t *testing.T) {
	d, err := Parse(Text, readFile(t, "testdata/plain.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Header.Name != "SAM OKAFOR" || d.Header.Headline == "" || d.Header.Phone != "(404) 555-0199" || len(d.Header.Links) != 1 {
		t.Errorf("header %+v", d.Header)
	}
	if !strings.HasPrefix(d.Summary, "Backend engineer with seven years") || strings.Contains(d.Summary, "\n") {
		t.Errorf("summary %q", d.Summary)
	}
	if len(d.Roles) != 2 {
		t.Fatalf("roles %+v", d.Roles)
	}
	r := d.Roles[0]
	if r.Title != "Senior Backend Engineer" || r.Company != "Routewise" || r.Location != "Remote" || r.Start != "January 2021" || r.End != "Present" || len(r.Bullets) != 2 {
		t.Errorf("role 0 %+v", r)
	}
	if d.Roles[1].Company != "Parcelpoint" || len(d.Roles[1].Bullets) != 2 {
		t.Errorf("role 1 %+v", d.Roles[1])
	}
	if len(d.Skills) != 2 || d.Skills[1].Name != "Cloud" {
		t.Errorf("skills %+v", d.Skills)
	}
	if len(d.Education) != 1 || d.Education[0].Institution != "Georgia Tech" || d.Education[0].GPA != "3.6/4.0" {
		t.Errorf("education %+v", d.Education)
	}
	if len(d.Certifications) != 1 || len(d.Other) != 1 || d.Other[0].Title != "Volunteer Work" {
		t.Errorf("certs %+v other %+v", d.Certifications, d.Other)
	}
}

func TestParseMarkdownStyles(t *testing.T) {
	d := ParseMarkdown(string(readFile(t, "testdata/styles.md")))
	if d.Header.Email != "ana@example.com" || d.Header.Phone != "+1 415 555 0117" || len(d.Header.Links) != 1 || d.Header.Links[0].Label != "Portfolio" {
		t.Errorf("header %+v", d.Header)
	}
	r := d.Roles[0]
	if r.Title != "Platform Engineer" || r.Company != "Cloudnine" || r.Start != "Mar 2020" || r.Summary != "Runs the internal developer platform." || len(r.Bullets) != 2 ||
		r.Bullets[1] != "Wrote the Terraform modules every team uses, including the VPC and EKS ones." {
		t.Errorf("role %+v", r)
	}
	if d.Roles[1].Title != "Intern" || d.Roles[1].Start != "2019" || len(d.Roles[1].Bullets) != 1 {
		t.Errorf("role 1 %+v", d.Roles[1])
	}
	if len(d.Skills) != 1 || d.Skills[0].Name != "Languages" || len(d.Skills[0].Items) != 2 {
		t.Errorf("skills %+v", d.Skills)
	}
	if len(d.Projects) != 2 || d.Projects[0].Name != "kubelint" || d.Projects[1].URL == "" {
		t.Errorf("projects %+v", d.Projects)
	}
	if len(d.Education) != 1 || d.Education[0].Institution != "University of Washington" || d.Education[0].Start != "2019" {
		t.Errorf("education %+v", d.Education)
	}
}

func TestSet(t *testing.T) {
	d := ParseMarkdown(string(readFile(t, "../examples/resume.md")))
	if err := d.Set("experience.1.bullets.0", "Developed the order service."); err != nil || d.Roles[1].Bullets[0] != "Developed the order service." {
		t.Errorf("%v %q", err, d.Roles[1].Bullets[0])
	}
	if err := d.Set("certifications", "Certified Kubernetes Application Developer (CKAD) — The Linux Foundation, 2021\nAWS Certified Developer – Associate — Amazon Web Services, 2023"); err != nil || !strings.HasPrefix(d.Certifications[0].Name, "Certified Kubernetes") {
		t.Errorf("%v %+v", err, d.Certifications)
	}
	if err := d.Set("skills", "only one line"); err == nil {
		t.Error("a skills rewrite that drops groups was accepted")
	}
	for _, bad := range []string{"experience.9.bullets.0", "experience.0.bullets.99", "nonsense", "skills.44"} {
		if err := d.Set(bad, "x"); err == nil {
			t.Errorf("Set(%q) succeeded", bad)
		}
	}
}

func TestInputErrors(t *testing.T) {
	cases := map[string]error{"": ErrEmpty, " \n\t": ErrEmpty, "a\x00b": ErrBinary, "caf\xe9": ErrNotUTF8}
	for in, want := range cases {
		if _, err := Parse(Markdown, []byte(in)); err != want {
			t.Errorf("%q: %v, want %v", in, err, want)
		}
	}
	_, err := Parse(JSONResume, []byte("{\n  \"basics\": {\n    \"name\": 1,,\n  }\n}"))
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("json error: %v", err)
	}
	if _, err := Parse(JSONResume, []byte(`["not", "an", "object"]`)); err == nil {
		t.Error("array accepted")
	}
	if _, err := Parse(Text, []byte("hello there\n")); err != ErrNoContent {
		t.Errorf("%v", err)
	}
	if f := DetectFormat("x", []byte("  {\"basics\":{}}")); f != JSONResume {
		t.Error(f)
	}
	if f := DetectFormat("x", []byte("# Me\n## Skills\n")); f != Markdown {
		t.Error(f)
	}
}
