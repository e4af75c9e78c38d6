package resume

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// truth is what a person reading a fixture sees (testdata/layouts/truth.txt).
type truth struct {
	bullets         [][]int // per role: the counts a person may see ("12|14": either)
	edu, proj, cert int
}

func readTruth(t *testing.T) map[string]truth {
	t.Helper()
	f, err := os.Open("testdata/layouts/truth.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]truth{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 || strings.HasPrefix(fs[0], "#") {
			continue
		}
		if len(fs) != 5 {
			t.Fatalf("truth.txt: bad line %q", sc.Text())
		}
		var tr truth
		if fs[1] != "-" {
			for _, n := range strings.Split(fs[1], ",") {
				var ways []int
				for _, w := range strings.Split(n, "|") {
					v, err := strconv.Atoi(w)
					if err != nil {
						t.Fatalf("truth.txt: bad count %q in %q", w, sc.Text())
					}
					ways = append(ways, v)
				}
				tr.bullets = append(tr.bullets, ways)
			}
		}
		tr.edu, _ = strconv.Atoi(fs[2])
		tr.proj, _ = strconv.Atoi(fs[3])
		tr.cert, _ = strconv.Atoi(fs[4])
		out[fs[0]] = tr
	}
	return out
}

// readLayout parses one fixture as the CLI would.
func readLayout(t *testing.T, name string) (*Document, []byte, error) {
	t.Helper()
	data := readFile(t, filepath.Join("testdata/layouts", name))
	d, err := Parse(DetectFormat(name, data), data)
	return d, data, err
}

// rolesAndBullets says how the document's roles differ from the truth, or "".
func rolesAndBullets(d *Document, tr truth) string {
	var got []int
	for _, r := range d.Roles {
		got = append(got, len(r.Bullets))
	}
	right := len(got) == len(tr.bullets)
	for i := 0; right && i < len(got); i++ {
		right = slices.Contains(tr.bullets[i], got[i])
	}
	if !right {
		return fmt.Sprintf("bullets per role %v, want %v", got, tr.bullets)
	}
	return ""
}

// knownMisses are the fixtures the reader does not yet read as a person
// does, with why: TestLayoutCorpus fails when any other fixture is read
// wrong, so the score only goes up.
var knownMisses = map[string]string{
	"txt-prose-roles-de.txt": "an indented line with one lower-case word (\"Betrieb interner Server (Active Directory, ...)\") is read as the role's heading, not its first item",
}

// TestLayoutCorpus reads every fixture and compares roles and bullets with
// what a person sees; the share read right is the figure the README gives.
func TestLayoutCorpus(t *testing.T) {
	truths := readTruth(t)
	names := slices.Sorted(maps.Keys(truths))
	right := 0
	for _, name := range names {
		msg := ""
		d, _, err := readLayout(t, name)
		if err != nil {
			msg = err.Error()
		} else {
			msg = rolesAndBullets(d, truths[name])
		}
		why, known := knownMisses[name]
		switch {
		case msg == "" && known:
			t.Logf("%s is read right now: take it off knownMisses (%s)", name, why)
		case msg != "" && known:
			t.Logf("%s: %s (known: %s)", name, msg, why)
		case msg != "":
			t.Errorf("%s: %s", name, msg)
		}
		if msg == "" {
			right++
		}
	}
	for name := range knownMisses {
		if _, ok := truths[name]; !ok {
			t.Errorf("knownMisses names %s, which is not in truth.txt", name)
		}
	}
	t.Logf("roles and bullets right: %d of %d", right, len(truths))
}

// rewrites of an item as a model would write them: a new opening, a new
// ending, a new text with characters that mean something in the format. A
// skills line stays "Name: items", a certificate a certificate, a summary
// and a sentence sentences.
func rewrites(it Item) []string {
	switch it.Section {
	case SecSkills:
		name, _, ok := strings.Cut(it.Text, ": ")
		if !ok {
			return []string{"Go, Rust, *Kafka* & <b>Redis</b>", it.Text + ", Terraform"}
		}
		return []string{name + ": Go, Rust, *Kafka* & <b>Redis</b>", it.Text + ", Terraform", "Tools: " + strings.TrimPrefix(it.Text, name+": ")}
	case SecCertifications:
		return []string{"AWS Certified *Developer* – Associate, 2023", it.Text + " (renewed)"}
	}
	out := []string{
		"Led " + it.Text,
		it.Text + " (reviewed)",
		`Cut "p95" latency by [X%] with *caching* & <b>Redis</b>_v2\ (no more pages)`,
	}
	// a summary, and a role told in prose, are sentences: a model keeps
	// them so (a short line without its full stop would read as a heading)
	if it.Section == SecSummary || it.Section == SecExperience && strings.HasSuffix(it.Text, ".") {
		for i := range out {
			if !strings.HasSuffix(out[i], ".") {
				out[i] += "."
			}
		}
	}
	return out
}

// TestLosslessWrite: on every fixture a no-op write is byte-identical, and
// rewriting one item changes its span and nothing else; the file read back
// holds the new text for that item and the old text for every other.
func TestLosslessWrite(t *testing.T) {
	for name := range readTruth(t) {
		t.Run(name, func(t *testing.T) {
			d, src, err := readLayout(t, name)
			if err != nil {
				t.Fatal(err)
			}
			out, err := d.Splice(nil)
			if err != nil || string(out) != string(src) {
				t.Fatalf("a no-op write changed the file (%v)", err)
			}
			items := d.Items()
			for _, it := range items {
				if it.Whole {
					continue
				}
				for _, nw := range rewrites(it) {
					out, err := d.Splice(map[string]string{it.ID: nw})
					if err != nil {
						t.Errorf("%s: %v", it.ID, err)
						continue
					}
					sp := d.places[it.ID].span
					if string(out[:sp.Start]) != string(src[:sp.Start]) || string(out[len(out)-(len(src)-sp.End):]) != string(src[sp.End:]) {
						t.Errorf("%s: bytes outside its span changed", it.ID)
						continue
					}
					d2, err := Parse(d.Format, out)
					if err != nil {
						t.Errorf("%s: the written file does not read back: %v", it.ID, err)
						continue
					}
					got := map[string]string{}
					for _, x := range d2.Items() {
						got[x.ID] = x.Text
					}
					// (the line breaks a rewrite left alone stay as written)
					want := keepBreaks(it.Text, cleanFinal(it.ID, nw))
					// a JSON Resume holds the fields, not the line (but a
					// certificate written as a bare string holds the line)
					if d.Format == JSONResume && it.Section == SecCertifications && d.jsonVals[d.places[it.ID].json].kind != '"' {
						want = parseCertLine(want).Line()
					}
					if d.Format == JSONResume && it.Section == SecSkills {
						want = parseSkillLine(want, SkillGroup{}).Line()
					}
					if got[it.ID] != want {
						t.Errorf("%s: read back %q, want %q\n%s", it.ID, got[it.ID], want, out[sp.Start:min(len(out), sp.End+len(out)-len(src))])
					}
					for _, o := range items {
						if o.ID != it.ID && !o.Whole && got[o.ID] != o.Text {
							t.Errorf("%s: rewriting it changed %s: %q -> %q", it.ID, o.ID, o.Text, got[o.ID])
						}
					}
				}
			}
		})
	}
}

// TestWholeSectionWrite: reordering skills or certifications moves each
// entry with its markup; nothing outside those entries changes.
func TestWholeSectionWrite(t *testing.T) {
	for name := range readTruth(t) {
		d, src, err := readLayout(t, name)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range d.Items() {
			if !it.Whole || strings.Count(it.Text, "\n") == 0 {
				continue
			}
			t.Run(name+"/"+it.ID, func(t *testing.T) {
				lines := strings.Split(it.Text, "\n")
				for i, j := 0, len(lines)-1; i < j; i, j = i+1, j-1 {
					lines[i], lines[j] = lines[j], lines[i]
				}
				out, err := d.Splice(map[string]string{it.ID: strings.Join(lines, "\n")})
				if err != nil {
					t.Fatal(err)
				}
				d2, err := Parse(d.Format, out)
				if err != nil {
					t.Fatal(err)
				}
				var got string
				for _, x := range d2.Items() {
					if x.ID == it.ID {
						got = x.Text
					}
				}
				if want := strings.Join(lines, "\n"); got != want {
					t.Errorf("read back\n%s\nwant\n%s", got, want)
				}
				first, last := len(src), 0
				for k := 0; ; k++ {
					p, ok := d.places[fmt.Sprintf("%s.%d", it.ID, k)]
					if !ok {
						break
					}
					sp := p.span
					if d.Format == JSONResume {
						sp = d.jsonVals[p.json].span
					}
					first, last = min(first, sp.Start), max(last, sp.End)
				}
				if string(out[:first]) != string(src[:first]) || string(out[len(out)-(len(src)-last):]) != string(src[last:]) {
					t.Errorf("bytes outside the section's entries changed")
				}
			})
		}
	}
}

// TestSpliceKeepsMarkup: a rewrite keeps emphasis, links and line breaks
// outside the words it changes.
func TestSpliceKeepsMarkup(t *testing.T) {
	cases := []struct{ src, id, final, want string }{
		{"## Experience\n### Dev — Acme\n2020 – 2021\n- Developed services using **ActiveMQ** and [Kafka](https://kafka.apache.org) for messaging.\n",
			"experience.0.bullets.0", "Built services using ActiveMQ and Kafka for messaging.",
			"## Experience\n### Dev — Acme\n2020 – 2021\n- Built services using **ActiveMQ** and [Kafka](https://kafka.apache.org) for messaging.\n"},
		{"## Experience\n### Dev — Acme\n2020 – 2021\n- Wrote the Terraform modules every team uses,\n  including the VPC and EKS ones.\n",
			"experience.0.bullets.0", "Wrote the Terraform modules every team uses, including the VPC ones.",
			"## Experience\n### Dev — Acme\n2020 – 2021\n- Wrote the Terraform modules every team uses,\n  including the VPC ones.\n"},
		{"## Summary\r\nFirst paragraph here.\r\n\r\nSecond one.\r\n\r\n## Skills\r\n- Go\r\n",
			"summary", "First paragraph here.\n\nSecond one, rewritten.",
			"## Summary\r\nFirst paragraph here.\r\n\r\nSecond one, rewritten.\r\n\r\n## Skills\r\n- Go\r\n"},
		{"## Skills\n- `Go, Python`\n- Tools: `make`\n",
			"skills.0", "Go, Rust, *Kafka*",
			"## Skills\n- `Go, Rust, *Kafka*`\n- Tools: `make`\n"},
		{"## Skills\n- `Go, Python`\n",
			"skills.0", "Go, `Rust`",
			"## Skills\n- Go, \\`Rust\\`\n"},
		{"## Experience\n### Dev — Acme\n2020 – 2021\n- **Led the migration** to Go.\n",
			"experience.0.bullets.0", "Led the migration to Go and Kubernetes.",
			"## Experience\n### Dev — Acme\n2020 – 2021\n- **Led the migration** to Go and Kubernetes.\n"},
	}
	for _, c := range cases {
		d, err := Parse(Markdown, []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		out, err := d.Splice(map[string]string{c.id: c.final})
		if err != nil || string(out) != c.want {
			t.Errorf("%v\ngot  %q\nwant %q", err, out, c.want)
		}
	}
}

var update = flag.Bool("update", false, "rewrite the golden inspect files")

// TestInspectGolden: what inspect shows for every fixture, reviewed by hand
// and kept as testdata/layouts/NAME.inspect.json.
func TestInspectGolden(t *testing.T) {
	for name := range readTruth(t) {
		t.Run(name, func(t *testing.T) {
			d, _, err := readLayout(t, name)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(d.Inspect(), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata/layouts", name+".inspect.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("inspect changed (-golden +now):\n%s", diff)
			}
		})
	}
}
