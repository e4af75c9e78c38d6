package docx

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

var fixtures = []string{"pandoc-plain.docx", "pandoc-reference.docx", "libreoffice.docx", "libreoffice-html.docx", "word-caps.docx", "word-numbered.docx", "docxjs.docx", "word-sidebar.docx"}

func TestNoOpWriteIsIdentical(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f, func(t *testing.T) {
			data, d := openFixture(t, f)
			same := map[int]string{}
			for i, p := range d.Paragraphs {
				same[i] = p.Text
			}
			for _, texts := range []map[int]string{nil, same} {
				out, err := d.Rewrite(texts)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(out, data) {
					t.Fatal("a write with no change altered the file")
				}
			}
		})
	}
}

// rewrites gives new text for the first bullets of a document: a word
// replaced, words inserted, words dropped.
func rewrites(d *Document) map[int]string {
	edits := []func(string) string{
		func(s string) string { return "Spearheaded " + s[strings.IndexByte(s, ' ')+1:] },
		func(s string) string { return strings.TrimSuffix(s, ".") + ", with zero downtime." },
		func(s string) string {
			w := strings.Fields(s)
			return strings.Join(append(w[:1:1], w[len(w)/2:]...), " ")
		},
	}
	out := map[int]string{}
	for i, p := range d.Paragraphs {
		if p.List != NoList && len(out) < len(edits) {
			out[i] = edits[len(out)](p.Text)
		}
	}
	return out
}

func TestRewriteChangesOnlyTargets(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f, func(t *testing.T) {
			data, d := openFixture(t, f)
			texts := rewrites(d)
			if len(texts) == 0 {
				t.Fatal("no bullets to rewrite")
			}
			out, err := d.Rewrite(texts)
			if err != nil {
				t.Fatal(err)
			}
			back, err := Open(out)
			if err != nil {
				t.Fatal(err)
			}
			// Every zip entry but the main part: same name, order, header
			// and compressed bytes.
			oldNames, oldEntries := entries(t, data)
			newNames, newEntries := entries(t, out)
			if strings.Join(oldNames, "\n") != strings.Join(newNames, "\n") {
				t.Fatalf("entries changed:\n%q\n%q", oldNames, newNames)
			}
			for _, name := range oldNames {
				o, n := oldEntries[name], newEntries[name]
				if name == d.pkg.main {
					continue
				}
				if !bytes.Equal(o.raw, n.raw) || o.header.CRC32 != n.header.CRC32 || !o.header.Modified.Equal(n.header.Modified) || o.header.Method != n.header.Method {
					t.Errorf("entry %s changed", name)
				}
			}
			// Inside the main part: every byte outside the target
			// paragraphs, and every other paragraph, as it was.
			oldXML, newXML := d.parts[d.pkg.main], back.parts[back.pkg.main]
			var rebuilt bytes.Buffer
			at := 0
			for i, p := range d.Paragraphs {
				q := back.Paragraphs[i]
				if _, target := texts[i]; !target {
					if p.Text != q.Text {
						t.Errorf("paragraph %d text changed: %q -> %q", i, p.Text, q.Text)
					}
					continue
				}
				if q.Text != texts[i] {
					t.Errorf("paragraph %d reads %q; want %q", i, q.Text, texts[i])
				}
				if p.Part != d.pkg.main {
					continue
				}
				if pPr(oldXML[p.span[0]:p.span[1]]) != pPr(newXML[q.span[0]:q.span[1]]) {
					t.Errorf("paragraph %d: properties changed", i)
				}
				rebuilt.Write(oldXML[at:p.span[0]])
				rebuilt.Write(newXML[q.span[0]:q.span[1]])
				at = p.span[1]
			}
			rebuilt.Write(oldXML[at:])
			if !bytes.Equal(rebuilt.Bytes(), newXML) {
				t.Error("bytes outside the rewritten paragraphs changed")
			}
		})
	}
}

// pPr is a paragraph's start tag and properties.
func pPr(p []byte) string {
	if i := bytes.Index(p, []byte("</w:pPr>")); i >= 0 {
		return string(p[:i])
	}
	return string(p[:bytes.IndexByte(p, '>')+1])
}

func TestRewriteRuns(t *testing.T) {
	const b = `<w:rPr><w:b/></w:rPr>`
	tests := []struct {
		name, para, text string
		want             string // the paragraph's runs after, without <w:p>
	}{
		{"word replaced in one run",
			`<w:r><w:t>Helped with the rollout.</w:t></w:r>`, "Drove the rollout.",
			`<w:r><w:t>Drove the rollout.</w:t></w:r>`},
		{"bold tool name kept",
			`<w:r><w:t xml:space="preserve">Built a pipeline on </w:t></w:r><w:r>` + b + `<w:t>Kafka</w:t></w:r><w:r><w:t xml:space="preserve"> for orders.</w:t></w:r>`,
			"Built an event pipeline on Kafka for 3M orders.",
			`<w:r><w:t xml:space="preserve">Built an event pipeline on </w:t></w:r><w:r>` + b + `<w:t>Kafka</w:t></w:r><w:r><w:t xml:space="preserve"> for 3M orders.</w:t></w:r>`},
		{"bold tool name moved keeps bold",
			`<w:r><w:t xml:space="preserve">Built a pipeline on </w:t></w:r><w:r>` + b + `<w:t>Kafka</w:t></w:r><w:r><w:t xml:space="preserve"> for orders.</w:t></w:r>`,
			"Built a Kafka pipeline for orders.",
			`<w:r><w:t xml:space="preserve">Built a </w:t></w:r><w:r>` + b + `<w:t xml:space="preserve">Kafka</w:t></w:r><w:r><w:t xml:space="preserve"> pipeline</w:t></w:r><w:r><w:t xml:space="preserve"> for orders.</w:t></w:r>`},
		{"bold tool name dropped",
			`<w:r><w:t xml:space="preserve">Built a pipeline on </w:t></w:r><w:r>` + b + `<w:t>Kafka</w:t></w:r><w:r><w:t xml:space="preserve"> for orders.</w:t></w:r>`,
			"Built a pipeline for orders.",
			`<w:r><w:t xml:space="preserve">Built a pipeline </w:t></w:r><w:r><w:t xml:space="preserve">for orders.</w:t></w:r>`},
		{"insertion after a bold lead-in takes body formatting",
			`<w:r>` + b + `<w:t xml:space="preserve">Languages: </w:t></w:r><w:r><w:t>Go, Java</w:t></w:r>`,
			"Languages: Go, Java, SQL",
			`<w:r>` + b + `<w:t xml:space="preserve">Languages: </w:t></w:r><w:r><w:t>Go, Java, SQL</w:t></w:r>`},
		{"text never enters a hyperlink",
			`<w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>example.com/jane</w:t></w:r></w:hyperlink>`,
			"See example.com/jane for talks",
			`<w:r><w:t xml:space="preserve">See </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>example.com/jane</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> for talks</w:t></w:r>`},
		{"tab kept, spaces preserved",
			`<w:r><w:t>Engineer</w:t><w:tab/><w:t>2020</w:t></w:r>`, "Senior Engineer\t2020",
			`<w:r><w:t>Senior Engineer</w:t><w:tab/><w:t>2020</w:t></w:r>`},
		{"leading space needs xml:space",
			`<w:r><w:t>Led</w:t></w:r><w:r>` + b + `<w:t>(Go)</w:t></w:r>`, "Led the team (Go)",
			`<w:r><w:t xml:space="preserve">Led the team </w:t></w:r><w:r>` + b + `<w:t>(Go)</w:t></w:r>`},
		{"escaping",
			`<w:r><w:t>R&amp;D</w:t></w:r>`, "R&D <platform> team",
			`<w:r><w:t>R&amp;D &lt;platform&gt; team</w:t></w:r>`},
		{"inserted tab and newline become spaces",
			`<w:r><w:t>Led it.</w:t></w:r>`, "Led it\tfast\nand well.",
			`<w:r><w:t>Led it fast and well.</w:t></w:r>`},
		{"whole run removed, bookmarks stay",
			`<w:r><w:t xml:space="preserve">Worked on </w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t>migrating</w:t></w:r><w:bookmarkEnd w:id="0"/><w:r><w:t xml:space="preserve"> the jobs.</w:t></w:r>`,
			"Migrated the jobs.",
			`<w:r><w:t xml:space="preserve">Migrated</w:t></w:r><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/><w:r><w:t xml:space="preserve"> the jobs.</w:t></w:r>`},
		{"tracked deletion untouched",
			`<w:r><w:t xml:space="preserve">Owned </w:t></w:r><w:del w:id="1"><w:r><w:delText>two</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">three libraries.</w:t></w:r>`,
			"Owned three Go libraries.",
			`<w:r><w:t xml:space="preserve">Owned </w:t></w:r><w:del w:id="1"><w:r><w:delText>two</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">three Go libraries.</w:t></w:r>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := `<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>` + tt.para + `</w:p><w:p><w:r><w:t>Other.</w:t></w:r></w:p>`
			d, err := Open(makeDocx(t, body, nil))
			if err != nil {
				t.Fatal(err)
			}
			out, err := d.Rewrite(map[int]string{0: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			back, err := Open(out)
			if err != nil {
				t.Fatal(err)
			}
			p := back.Paragraphs[0]
			xml := string(back.parts["word/document.xml"][p.span[0]:p.span[1]])
			got := strings.TrimSuffix(strings.TrimPrefix(xml, `<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>`), "</w:p>")
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if back.Paragraphs[1].Text != "Other." {
				t.Error("the other paragraph changed")
			}
		})
	}
}

func TestRewriteTextBoxKeepsFallbackInStep(t *testing.T) {
	_, d := openFixture(t, "word-numbered.docx")
	i := -1
	for k, p := range d.Paragraphs {
		if p.Text == "Go, Rust, Python" {
			i = k
		}
	}
	out, err := d.Rewrite(map[int]string{i: "Go, Rust, Python, SQL"})
	if err != nil {
		t.Fatal(err)
	}
	back, err := Open(out)
	if err != nil {
		t.Fatal(err)
	}
	if back.Paragraphs[i].Text != "Go, Rust, Python, SQL" || back.twins[back.Paragraphs[i].twin].Text != "Go, Rust, Python, SQL" {
		t.Errorf("text box %q, fallback copy %q", back.Paragraphs[i].Text, back.twins[1].Text)
	}
}

func TestRewriteHeaderPart(t *testing.T) {
	data, d := openFixture(t, "word-numbered.docx")
	out, err := d.Rewrite(map[int]string{0: "Elena Vasquez"})
	if err != nil {
		t.Fatal(err)
	}
	_, before := entries(t, data)
	_, after := entries(t, out)
	if !bytes.Equal(before["word/document.xml"].raw, after["word/document.xml"].raw) {
		t.Error("the body changed when only the header was rewritten")
	}
	if !bytes.Contains(after["word/header1.xml"].data, []byte(">Elena Vasquez<")) {
		t.Error("header not rewritten")
	}
}

func TestRewriteErrors(t *testing.T) {
	d, err := Open(makeDocx(t, `<w:p/><w:p><w:r><w:t>x</w:t></w:r></w:p>`, nil))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Rewrite(map[int]string{0: "new"}); !errors.Is(err, ErrUnsafeWrite) {
		t.Errorf("empty paragraph: %v", err)
	}
	if _, err := d.Rewrite(map[int]string{7: "new"}); err == nil {
		t.Error("no error for a paragraph that does not exist")
	}
}
