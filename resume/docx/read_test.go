package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

func TestFixtureLists(t *testing.T) {
	tests := []struct {
		file             string
		bullets, ordered int
		headings         []string // paragraphs with a heading level
	}{
		{"pandoc-plain.docx", 9, 0, []string{"Dana Whitfield", "Summary", "Experience", "Senior Backend Engineer — Northwind Logistics"}},
		{"pandoc-reference.docx", 9, 0, []string{"Dana Whitfield", "Summary", "Experience"}},
		{"libreoffice.docx", 9, 0, []string{"Dana Whitfield", "Summary", "Experience"}},
		{"libreoffice-html.docx", 9, 0, []string{"Priya Raman", "Summary", "Experience", "Skills", "Education"}},
		{"word-caps.docx", 7, 0, nil},
		{"word-numbered.docx", 8, 2, []string{"Profile", "Work Experience", "Staff Platform Engineer — Adventure Works Cloud"}},
		{"docxjs.docx", 5, 0, []string{"Tomasz Ekwueme", "Profile", "Experience", "Skills", "Education"}},
		{"word-sidebar.docx", 9, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, d := openFixture(t, tt.file)
			var bullets, ordered int
			var headings []string
			for _, p := range d.Paragraphs {
				switch p.List {
				case BulletList:
					bullets++
				case OrderedList:
					ordered++
				}
				if p.Heading > 0 || p.Title {
					headings = append(headings, p.Text)
				}
				if strings.Contains(p.Text, "\uf0b7") {
					t.Errorf("a Symbol-font bullet leaked into the text: %q", p.Text)
				}
			}
			if bullets != tt.bullets || ordered != tt.ordered {
				t.Errorf("bullets %d, ordered %d; want %d, %d", bullets, ordered, tt.bullets, tt.ordered)
			}
			for _, h := range tt.headings {
				if !slices.Contains(headings, h) {
					t.Errorf("heading %q not read; headings: %q", h, headings)
				}
			}
		})
	}
}

func TestWordLikeFormatting(t *testing.T) {
	_, d := openFixture(t, "word-caps.docx")
	byText := map[string]Paragraph{}
	for _, p := range d.Paragraphs {
		byText[p.Text] = p
	}
	for _, title := range []string{"PROFESSIONAL SUMMARY", "EXPERIENCE", "SKILLS", "EDUCATION", "CERTIFICATIONS"} {
		p, ok := byText[title]
		if !ok || !p.Bold || !p.Caps || p.Color == "" || p.Size <= 10.5 {
			t.Errorf("%q: %+v; want bold, capitals, colored, larger", title, p)
		}
	}
	if p := byText["MARCUS OYELARAN"]; p.Size != 20 || !p.Bold {
		t.Errorf("name: size %v bold %v", p.Size, p.Bold)
	}
	role := byText["Senior Software Engineer, Tailspin Commerce\tApr 2020 – Present"]
	if role.Bold || role.List != NoList {
		t.Errorf("role line: %+v", role)
	}
	if p := byText["Built an event pipeline on Kafka that processes 3M order events a day."]; p.List != BulletList || p.Style != "List Bullet" {
		t.Errorf("bold tool name bullet: list %q style %q", p.List, p.Style)
	}
	if p := byText["linkedin.com/in/moyelaran-example"]; p.Cell == nil || p.Cell.Col != 2 || len(p.Links) != 1 {
		t.Errorf("contact table link: %+v", p)
	}
	if p := byText["Oracle Certified Professional: Java SE 17 Developer, 2022"]; p.Part != "word/document.xml" {
		t.Errorf("content control paragraph not read")
	}
	if p := byText["Portfolio: example.com/marcus"]; len(p.Links) != 1 || p.Links[0] != "https://example.com/marcus" {
		t.Errorf("field link: %+v", p.Links)
	}
}

func TestHeaderAndTextBox(t *testing.T) {
	_, d := openFixture(t, "word-numbered.docx")
	if p := d.Paragraphs[0]; p.Part != "word/header1.xml" || p.Text != "Elena Vasquez-Morrow" {
		t.Errorf("first paragraph %q in %s; want the header's name", p.Text, p.Part)
	}
	n := 0
	for _, p := range d.Paragraphs {
		if p.Text == "Go, Rust, Python" {
			n++
			if !p.TextBox || p.twin < 0 {
				t.Errorf("text box paragraph: textbox %v twin %d", p.TextBox, p.twin)
			}
		}
		if strings.Contains(p.Text, "Owned two") || strings.Contains(p.Text, "twothree") {
			t.Errorf("deleted text read: %q", p.Text)
		}
	}
	if n != 1 {
		t.Errorf("text box paragraph read %d times; want once (not its fallback copy)", n)
	}
}

const testStyles = `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="Heading1"/><w:rPr><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Outline"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop too"/><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>`

const testNumbering = `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>`

func TestReadParagraph(t *testing.T) {
	tests := []struct {
		name, body string
		want       Paragraph // compared: Text, Heading, List, Level, Bold, Caps, Style, Links
	}{
		{"runs split mid-word", `<w:p><w:r><w:t>Built the pay</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">ments API </w:t></w:r><w:bookmarkStart w:id="1" w:name="x"/><w:r><w:t>in Go.</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>`,
			Paragraph{Text: "Built the payments API in Go.", Style: "Normal"}},
		{"tab, break, no-break hyphen", `<w:p><w:r><w:t>Engineer</w:t><w:tab/><w:t>2020</w:t><w:br/><w:t>on</w:t><w:noBreakHyphen/><w:t>call</w:t><w:softHyphen/></w:r></w:p>`,
			Paragraph{Text: "Engineer\t2020\non-call", Style: "Normal"}},
		{"hyperlink", `<w:p><w:r><w:t xml:space="preserve">Site: </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:t>example.com/jane</w:t></w:r></w:hyperlink></w:p>`,
			Paragraph{Text: "Site: example.com/jane", Style: "Normal", Links: []string{"https://example.com/jane"}}},
		{"field: result read, instruction not", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.com/x" </w:instrText></w:r><w:r><w:t>ignored</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>example.com/x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
			Paragraph{Text: "example.com/x", Style: "Normal", Links: []string{"https://example.com/x"}}},
		{"simple field and smart tag", `<w:p><w:smartTag w:element="place"><w:r><w:t>Austin</w:t></w:r></w:smartTag><w:fldSimple w:instr="PAGE"><w:r><w:t xml:space="preserve"> 1</w:t></w:r></w:fldSimple></w:p>`,
			Paragraph{Text: "Austin 1", Style: "Normal"}},
		{"tracked changes", `<w:p><w:r><w:t xml:space="preserve">Led </w:t></w:r><w:del w:id="1"><w:r><w:delText>two</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>three</w:t></w:r></w:ins><w:moveFrom><w:r><w:t>gone</w:t></w:r></w:moveFrom><w:r><w:t xml:space="preserve"> teams.</w:t></w:r></w:p>`,
			Paragraph{Text: "Led three teams.", Style: "Normal"}},
		{"hidden text", `<w:p><w:r><w:t>Go</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>kubernetes kafka</w:t></w:r></w:p>`,
			Paragraph{Text: "Go", Style: "Normal"}},
		{"inline content control", `<w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Jane Doe</w:t></w:r></w:sdtContent></w:sdt></w:p>`,
			Paragraph{Text: "Jane Doe", Style: "Normal"}},
		{"heading through basedOn, caps property", `<w:p><w:pPr><w:pStyle w:val="SectionTitle"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>`,
			Paragraph{Text: "Experience", Style: "Section Title", Heading: 1, Bold: true, Caps: true}},
		{"outline level from style", `<w:p><w:pPr><w:pStyle w:val="Outline"/></w:pPr><w:r><w:t>Skills</w:t></w:r></w:p>`,
			Paragraph{Text: "Skills", Style: "Outline", Heading: 2}},
		{"direct outline level", `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Skills</w:t></w:r></w:p>`,
			Paragraph{Text: "Skills", Style: "Normal", Heading: 1}},
		{"style numbering", `<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>Shipped it.</w:t></w:r></w:p>`,
			Paragraph{Text: "Shipped it.", Style: "List Bullet", List: BulletList}},
		{"numId 0 switches style numbering off", `<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Plain.</w:t></w:r></w:p>`,
			Paragraph{Text: "Plain.", Style: "List Bullet"}},
		{"ordered level", `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Step.</w:t></w:r></w:p>`,
			Paragraph{Text: "Step.", Style: "Normal", List: OrderedList, Level: 1}},
		{"decimal list", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>First.</w:t></w:r></w:p>`,
			Paragraph{Text: "First.", Style: "Normal", List: OrderedList}},
		{"level override to bullet", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>Dot.</w:t></w:r></w:p>`,
			Paragraph{Text: "Dot.", Style: "Normal", List: BulletList}},
		{"unknown numId is a bullet", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr></w:pPr><w:r><w:t>Dot.</w:t></w:r></w:p>`,
			Paragraph{Text: "Dot.", Style: "Normal", List: BulletList}},
		{"character style bold", `<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>SKILLS</w:t></w:r></w:p>`,
			Paragraph{Text: "SKILLS", Style: "Normal", Bold: true, Caps: true}},
		{"bold switched off", `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Quiet</w:t></w:r></w:p>`,
			Paragraph{Text: "Quiet", Style: "heading 1", Heading: 1}},
		{"basedOn loop ends", `<w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`,
			Paragraph{Text: "x", Style: "Loop"}},
		{"entities", `<w:p><w:r><w:t>R&amp;D &lt;team&gt;</w:t></w:r></w:p>`,
			Paragraph{Text: "R&D <team>", Style: "Normal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Open(makeDocx(t, tt.body, map[string]string{"word/styles.xml": testStyles, "word/numbering.xml": testNumbering}))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Paragraphs) != 1 {
				t.Fatalf("%d paragraphs", len(d.Paragraphs))
			}
			p, w := d.Paragraphs[0], tt.want
			if p.Text != w.Text || p.Style != w.Style || p.Heading != w.Heading || p.List != w.List || p.Level != w.Level || p.Bold != w.Bold || p.Caps != w.Caps || !slices.Equal(p.Links, w.Links) {
				t.Errorf("got  text %q style %q h%d list %q L%d bold %v caps %v links %q\nwant text %q style %q h%d list %q L%d bold %v caps %v links %q",
					p.Text, p.Style, p.Heading, p.List, p.Level, p.Bold, p.Caps, p.Links, w.Text, w.Style, w.Heading, w.List, w.Level, w.Bold, w.Caps, w.Links)
			}
		})
	}
}

func TestReadOrder(t *testing.T) {
	body := `<w:p><w:r><w:t>Before</w:t></w:r></w:p>` +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
		`<w:sdt><w:sdtContent><w:p><w:r><w:t>In a control</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
		`<w:p><w:r><w:t xml:space="preserve">Anchor </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>text</w:t></w:r></w:p>` +
		`<w:p/>`
	d, err := Open(makeDocx(t, body, nil))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Paragraphs {
		s := p.Text
		if p.Cell != nil {
			s += "@" + string(rune('0'+p.Cell.Row)) + string(rune('0'+p.Cell.Col))
		}
		if p.TextBox {
			s += "[box]"
		}
		got = append(got, s)
	}
	want := []string{"Before", "a@00", "b@01", "c@10", "d@11", "In a control", "Anchor text", "Boxed[box]", ""}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestOpenErrors(t *testing.T) {
	deep := strings.Repeat("<w:sdt><w:sdtContent>", MaxDepth) + strings.Repeat("</w:sdtContent></w:sdt>", MaxDepth)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"not a zip", []byte("hello"), ErrCorrupt},
		{"zip without Word parts", zipOf(t, map[string]string{"a.txt": "x"}), ErrNotDocx},
		{"encrypted", append(append([]byte(nil), oleMagic...), encryptedEntry...), ErrEncrypted},
		{"broken XML", makeDocx(t, `<w:p><w:r><w:t>x</w:r></w:p>`, nil), ErrCorrupt},
		{"too deep", makeDocx(t, deep, nil), ErrCorrupt},
		{"zip bomb", zipOf(t, map[string]string{"word/document.xml": strings.Repeat(" ", MaxPartSize+1)}), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.data)
			if !errors.Is(err, tt.want) {
				t.Errorf("got %v; want %v", err, tt.want)
			}
		})
	}
	t.Run("too many entries", func(t *testing.T) {
		files := map[string]string{"word/document.xml": docHead + docTail}
		for i := range MaxEntries {
			files[fmt.Sprintf("word/media/image%d.png", i)] = ""
		}
		if _, err := Open(zipOf(t, files)); !errors.Is(err, ErrTooLarge) {
			t.Errorf("got %v; want ErrTooLarge", err)
		}
	})
}

func TestIsDocx(t *testing.T) {
	for name, want := range map[string]bool{"word-caps.docx": true, "pandoc-plain.docx": true, "chromium.pdf": false} {
		data, _ := openFixtureBytes(t, name)
		if IsDocx(data) != want {
			t.Errorf("IsDocx(%s) = %v", name, !want)
		}
	}
	if IsDocx(zipOf(t, map[string]string{"content.xml": "<x/>"})) {
		t.Error("an OpenDocument-like zip taken for Word")
	}
}

// A long document: the nesting count stays true however many paragraphs
// (their properties and text are decoded whole).
func TestManyParagraphs(t *testing.T) {
	var b strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&b, `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Line %d</w:t><w:tab/><w:instrText>x</w:instrText></w:r></w:p>`, i)
	}
	d, err := Open(makeDocx(t, b.String(), nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 2000 {
		t.Errorf("%d paragraphs", len(d.Paragraphs))
	}
}

// Word's "Strict Open XML Document" uses other namespace names.
func TestStrictNamespace(t *testing.T) {
	body := `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Shipped the API.</w:t></w:r></w:p>`
	data := makeDocx(t, body, nil)
	strict := strings.NewReplacer("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")
	var buf bytes.Buffer
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		w, _ := zw.Create(f.Name)
		w.Write([]byte(strict.Replace(string(b))))
	}
	zw.Close()
	d, err := Open(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Paragraphs) != 1 || d.Paragraphs[0].Text != "Shipped the API." || d.Paragraphs[0].List != BulletList {
		t.Errorf("strict document: %+v", d.Paragraphs)
	}
	out, err := d.Rewrite(map[int]string{0: "Shipped the billing API."})
	if err != nil {
		t.Fatal(err)
	}
	if back, err := Open(out); err != nil || back.Paragraphs[0].Text != "Shipped the billing API." {
		t.Errorf("strict rewrite: %v", err)
	}
}
