package jobad

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func terms(ad *Ad) map[string]bool {
	m := map[string]bool{}
	for _, t := range ad.Terms {
		m[t.Name] = t.Required
	}
	return m
}

func TestParseExampleAd(t *testing.T) {
	b, _ := os.ReadFile("../../examples/job.txt")
	ad, err := Parse(string(b), nil)
	if err != nil {
		t.Fatal(err)
	}
	if ad.Title != "Senior Backend Engineer, Payments Platform" || ad.Years != 5 {
		t.Errorf("title %q years %d", ad.Title, ad.Years)
	}
	if len(ad.Responsibilities) != 4 || len(ad.Must) != 5 || len(ad.Nice) != 3 {
		t.Errorf("sections: %d/%d/%d\n%q\n%q\n%q", len(ad.Responsibilities), len(ad.Must), len(ad.Nice), ad.Responsibilities, ad.Must, ad.Nice)
	}
	got := terms(ad)
	want := map[string]bool{"Go": true, "PostgreSQL": true, "Apache Kafka": true, "AWS": true, "Amazon EKS": true, "Terraform": true, "GitHub Actions": true, "gRPC": false, "PCI DSS": false, "Rust": false}
	for k, req := range want {
		r, ok := got[k]
		if !ok || r != req {
			t.Errorf("%s: present %v required %v, want required %v", k, ok, r, req)
		}
	}
	for _, term := range ad.Terms {
		if term.Name == "Go" && strings.Join(term.Mentions, ",") != "Golang,Go" {
			t.Errorf("Go mentions %v", term.Mentions)
		}
	}
}

func TestNoise(t *testing.T) {
	ad, err := Parse(`<h2>Backend Developer</h2><p>At &lt;ORGANIZATION&gt; we ship fast 🚀</p>
<h3>REQUIREMENTS</h3><ul><li>3+ years with Node.js &amp; TypeScript</li><li>Postgres</li></ul>
<h3>Nice to have:</h3><ul><li>Kubernetes</li></ul>
✓ Experience with Redis is a plus`, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := terms(ad)
	if ad.Title != "Backend Developer" || ad.Years != 3 || !got["Node.js"] || !got["TypeScript"] || !got["PostgreSQL"] || got["Kubernetes"] || got["Redis"] {
		t.Errorf("title %q years %d terms %v", ad.Title, ad.Years, got)
	}
	if !strings.Contains(ad.Text, "<ORGANIZATION>") {
		t.Errorf("placeholder lost: %q", ad.Text)
	}
}

func TestBadAds(t *testing.T) {
	if _, err := Parse("   \n", nil); err != ErrEmpty {
		t.Errorf("empty: %v", err)
	}
	ad, _ := Parse("We are hiring a friendly barista for our cafe. You will make coffee and greet guests with a smile every morning.", nil)
	if len(ad.Notices) == 0 || !strings.Contains(ad.Notices[0], "names no technology") {
		t.Errorf("%v", ad.Notices)
	}
	ad, _ = Parse("Wir suchen einen erfahrenen Entwickler für unsere Plattform. Sie arbeiten mit Kubernetes und Kafka in einem agilen Team und entwickeln skalierbare Dienste für unsere Kunden.", nil)
	if len(ad.Notices) == 0 || !strings.Contains(strings.Join(ad.Notices, " "), "not look like English") || !terms(ad)["Kubernetes"] {
		t.Errorf("%v %v", ad.Notices, terms(ad))
	}
}

// TestSkillSpanPostings parses the 80 real postings without trouble and
// finds a title and technologies in each.
func TestSkillSpanPostings(t *testing.T) {
	f, err := os.Open("../../../shared/data/skillspan/train_postings.jsonl")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4<<20), 4<<20)
	n, withTerms, withYears, withReq := 0, 0, 0, 0
	for sc.Scan() {
		var p struct{ Title, Text string }
		json.Unmarshal(sc.Bytes(), &p)
		ad, err := Parse(p.Text, nil)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if len(ad.Terms) > 0 {
			withTerms++
		}
		if ad.Years > 0 {
			withYears++
		}
		if len(ad.Must) > 0 {
			withReq++
		}
		if ad.Title == "" {
			t.Errorf("posting %d: no title", n)
		}
	}
	t.Logf("%d postings: %d with technologies, %d with a requirements section, %d with years", n, withTerms, withReq, withYears)
	// five postings (two designers, a threat hunter, two generic finance
	// roles) name no technology at all; their experts marked none either
	if withTerms < n-5 {
		t.Errorf("only %d of %d postings yielded technologies", withTerms, n)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("Requirements:\n- 5+ years Go\n<li>Kafka</li>")
	f.Add("<<<>>>&amp;")
	f.Fuzz(func(t *testing.T, s string) {
		Parse(s, nil)
	})
}

func TestJSONResumeJob(t *testing.T) {
	b, err := os.ReadFile("../../../shared/data/jsonresume/schema_sample.job.json")
	if err != nil {
		t.Skip(err)
	}
	ad, err := Parse(string(b), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := terms(ad)
	if ad.Title != "Web Developer" || ad.Years != 3 || len(ad.Responsibilities) != 4 || !got["JavaScript"] || !got["React"] || !got["MongoDB"] {
		t.Errorf("title %q years %d resp %d terms %v", ad.Title, ad.Years, len(ad.Responsibilities), got)
	}
}
