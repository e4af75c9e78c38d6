package resume

import (
	"archive/zip"
	"bytes"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bulletproof-cli/bulletproof/resume/docx"
	"github.com/bulletproof-cli/bulletproof/resume/pdftext"
)

// The bullets each office fixture's source holds (testdata/office/src).
var (
	pandocBullets = []string{
		"Led the migration of the order service from a Rails monolith to Go services on Kubernetes.",
		"Cut p95 checkout latency from 420 ms to 180 ms by caching rate quotes in Redis.",
		"Built an event pipeline on Kafka that processes 2M shipment events a day.",
		"Mentored four engineers and ran the weekly design review.",
		"Helped with the rollout of idempotency keys across the payments API.",
		"Responsible for the PostgreSQL schema migrations of the ledger service.",
		"Wrote runbooks and on-call alerts that halved pages per week.",
	}
	htmlBullets = []string{
		"Moved 140 services from hand-built VMs to Kubernetes on AWS EKS with Terraform modules that every team now uses.",
		"Cut monthly compute spend by 31% by right-sizing node pools and adding cluster autoscaling.",
		"Built the SLO dashboards in Grafana and Prometheus that the incident commander uses during outages.",
		"Led 20+ incident postmortems and tracked every action item to done.",
		"Responsible for the on-call rotation of eight engineers.",
		"Wrote Ansible playbooks that turned a two-day server build into a 40-minute pipeline.",
		"Helped with the migration of the CI system from Jenkins to GitHub Actions.",
		"Added PagerDuty alert routing that cut false pages by half.",
		"Set up centralized logging with the ELK stack for 60 services.",
	}
	wordCapsBullets = []string{
		"Redesigned the checkout service in Java 17 and Spring Boot, cutting error rate from 2.1% to 0.4%.",
		"Built an event pipeline on Kafka that processes 3M order events a day.",
		"Helped with the migration of nightly batch jobs to Airflow.",
		"Responsible for code reviews and onboarding of new hires.",
		"Wrote the fare-search API in Go serving 1,200 requests per second.",
		"Worked on moving reporting queries to PostgreSQL read replicas.",
		"Added integration tests that caught 30 regressions before release.",
	}
	wordNumberedBullets = []string{
		"Designed the internal developer platform on Kubernetes and Argo CD used by 45 teams.",
		"Cut build times from 25 minutes to 7 minutes with remote caching in Bazel.",
		"Led the service mesh rollout (Envoy, gRPC) across 120 services.",
		"Wrote the rollout playbook and trained 12 on-call leads.",
		"Owned three internal Go libraries for retries, tracing and config.",
		"Migrated 60 services from Chef-managed VMs to containers on EKS.",
		"Responsible for the Terraform modules for networking and IAM.",
		"Built a cost report in Python that found $40K a month in idle resources.",
	}
)

var (
	docxjsBullets = []string{
		"Rebuilt the ingestion API in Go, raising throughput from 800 to 5,000 events per second.",
		"Helped with the move from cron jobs to Celery workers on Redis.",
		"Responsible for the PostgreSQL partitioning scheme for 4 TB of event data.",
		"Wrote the Django services behind the mortgage calculator used by 200,000 customers a month.",
		"Worked on reducing test suite time from 40 to 12 minutes.",
	}
	latexBullets = []string{
		"Designed an inventory sync service in Go and gRPC that handles 12,000 updates per minute.",
		"Reduced nightly ETL runtime from 3 hours to 40 minutes by moving joins into PostgreSQL.",
		"Responsible for the Kubernetes deployment pipeline with Helm charts and Argo CD.",
		"Built a room booking web app in Flask used by 4,000 students.",
		"Helped with the migration of course pages from PHP to Django.",
	}
	sidebarBullets = []string{
		"Led the rewrite of the ordering dashboard in React and TypeScript for 30 cafés.",
		"Cut API response times by 45% with Redis caching in front of PostgreSQL.",
		"Helped with hiring and onboarding four engineers.",
		"Built a GraphQL gateway over six Node.js services.",
		"Responsible for the move of nightly reports to AWS Lambda.",
	}
)

func TestOfficeBulletsRead(t *testing.T) {
	tests := []struct {
		file    string
		format  Format
		bullets []string
		extra   int // other list items a role may take (an awards list)
	}{
		{file: "pandoc-plain.docx", format: Docx, bullets: pandocBullets},
		{file: "pandoc-reference.docx", format: Docx, bullets: pandocBullets},
		{file: "libreoffice.docx", format: Docx, bullets: pandocBullets},
		{file: "libreoffice-html.docx", format: Docx, bullets: htmlBullets},
		{file: "word-caps.docx", format: Docx, bullets: wordCapsBullets},
		{file: "word-numbered.docx", format: Docx, bullets: wordNumberedBullets, extra: 2},
		{file: "docxjs.docx", format: Docx, bullets: docxjsBullets},
		{file: "word-sidebar.docx", format: Docx, bullets: sidebarBullets},
		{file: "chromium.pdf", format: PDF, bullets: htmlBullets},
		{file: "latex.pdf", format: PDF, bullets: latexBullets},
		{file: "libreoffice.pdf", format: PDF, bullets: wordCapsBullets},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data := readFile(t, filepath.Join("testdata", "office", tt.file))
			// the content decides, not the name
			if f := DetectFormat("resume.txt", data); f != tt.format {
				t.Fatalf("detected %q; want %q", f, tt.format)
			}
			d, err := Parse(tt.format, data)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range d.Roles {
				got = append(got, r.Bullets...)
			}
			for _, b := range tt.bullets {
				if !slices.Contains(got, b) {
					t.Errorf("bullet not read: %q", b)
				}
			}
			if len(got) < len(tt.bullets) || len(got) > len(tt.bullets)+tt.extra {
				t.Errorf("%d bullets read in roles; want %d:\n%q", len(got), len(tt.bullets), got)
			}
		})
	}
}

func TestDocxBlocks(t *testing.T) {
	data := readFile(t, "testdata/office/word-caps.docx")
	d, err := docx.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	text := docxText(d.Paragraphs)
	blocks := docxBlocks(d)
	var kinds []string
	for _, b := range blocks {
		// every block's text is where its span says
		src := text[b.Span.Start:b.Span.End]
		if b.Pieces == nil && src != b.Text {
			t.Errorf("block %q: span holds %q", b.Text, src)
		}
		switch {
		case b.Kind == BlockTableRow:
			kinds = append(kinds, "row:"+strings.Join(b.Cells, "|"))
		case b.Strong && b.Caps:
			kinds = append(kinds, "title:"+b.Text)
		}
	}
	want := []string{"title:MARCUS OYELARAN", "row:marcus.o@example.com|555-0100|linkedin.com/in/moyelaran-example",
		"title:PROFESSIONAL SUMMARY", "title:EXPERIENCE", "title:SKILLS", "title:EDUCATION", "title:CERTIFICATIONS"}
	if !slices.Equal(kinds, want) {
		t.Errorf("got  %q\nwant %q", kinds, want)
	}
}

func TestPDFBlocksJoinWrappedLines(t *testing.T) {
	lines, err := pdftext.Lines(readFile(t, "testdata/office/chromium.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(lines)
	for _, b := range pdfBlocks(lines) {
		for _, p := range b.blockPieces() {
			if p.Kind == PieceLiteral && text[p.Src.Start:p.Src.End] != b.Text[p.Text.Start:p.Text.End] {
				t.Errorf("block %q: piece maps onto %q", b.Text, text[p.Src.Start:p.Src.End])
			}
		}
		if strings.HasPrefix(b.Text, "Site reliability engineer with six years") && !strings.HasSuffix(b.Text, "happening again.") {
			t.Errorf("summary lines not joined: %q", b.Text)
		}
	}
}

func TestDocxSplice(t *testing.T) {
	data := readFile(t, "testdata/office/word-caps.docx")
	d, _ := docx.Open(data)
	blocks := docxBlocks(d)
	find := func(prefix string) Block {
		for _, b := range blocks {
			if strings.HasPrefix(b.Text, prefix) {
				return b
			}
		}
		t.Fatalf("no block %q", prefix)
		return Block{}
	}
	kafka := find("Built an event pipeline on Kafka")
	helped := find("Helped with the migration")
	row := find("marcus.o@example.com")
	sp := DocxSplicer{}

	out, err := sp.Splice(data, nil)
	if err != nil || !bytes.Equal(out, data) {
		t.Fatalf("no edits changed the file (%v)", err)
	}
	out, err = sp.Splice(data, []Edit{
		{ID: "a", Span: kafka.Span, Old: kafka.Text, New: "Built a Kafka event pipeline that processes 3M order events a day."},
		{ID: "b", Span: helped.Span, Old: helped.Text, New: "Contributed to the migration of nightly batch jobs to Airflow."},
		{ID: "c", Span: row.Span, Old: row.Text, New: strings.Replace(row.Text, "555-0100", "555-0199", 1), Pieces: row.Pieces},
	})
	if err != nil {
		t.Fatal(err)
	}
	back, err := docx.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, p := range back.Paragraphs {
		if p.Text != d.Paragraphs[i].Text {
			got = append(got, p.Text)
		}
	}
	want := []string{"555-0199", "Built a Kafka event pipeline that processes 3M order events a day.", "Contributed to the migration of nightly batch jobs to Airflow."}
	if !slices.Equal(got, want) {
		t.Errorf("changed paragraphs %q; want %q", got, want)
	}
	// An edit across a table's cell boundary cannot be placed.
	if _, err := sp.Splice(data, []Edit{{ID: "x", Span: row.Span, Old: row.Text, New: "one cell", Pieces: row.Pieces}}); err == nil {
		t.Error("an edit across table cells was accepted")
	}
	// Stale text is refused rather than written somewhere else.
	if _, err := sp.Splice(data, []Edit{{ID: "y", Span: kafka.Span, Old: "Something else entirely", New: "x"}}); err == nil {
		t.Error("an edit whose old text is not in the file was accepted")
	}
	// An edit that cannot be placed is named; the others are still written.
	out, err = sp.Splice(data, []Edit{
		{ID: "x", Span: row.Span, Old: row.Text, New: "one cell", Pieces: row.Pieces},
		{ID: "b", Span: helped.Span, Old: helped.Text, New: "Contributed to the migration of nightly batch jobs to Airflow."},
	})
	var se *SpliceError
	if !errors.As(err, &se) || !slices.Equal(se.Items, []string{"x"}) {
		t.Fatalf("want a SpliceError naming x, got %v", err)
	}
	if back, err := docx.Open(out); err != nil || !slices.ContainsFunc(back.Paragraphs, func(p docx.Paragraph) bool {
		return p.Text == "Contributed to the migration of nightly batch jobs to Airflow."
	}) {
		t.Errorf("the placeable edit was not written (%v)", err)
	}
}

func TestNeitherFormat(t *testing.T) {
	var odt bytes.Buffer
	zw := zip.NewWriter(&odt)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte("application/vnd.oasis.opendocument.text"))
	zw.Close()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"random bytes", []byte{0x7f, 'E', 'L', 'F', 0, 1, 2, 3}, "give a Word (.docx), PDF, Markdown, plain text or JSON Resume file"},
		{"old Word", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 64)...), "save it as .docx"},
		{"OpenDocument", odt.Bytes(), "OpenDocument"},
		{"image", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 16)...), "an image"},
		{"scanned PDF", readFile(t, "testdata/office/scanned.pdf"), "no text layer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(DetectFormat("resume", tt.data), tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v; want a message with %q", err, tt.want)
			}
		})
	}
	if _, err := Parse(Text, []byte{0x7f, 'E', 'L', 'F', 0}); !errors.Is(err, ErrBinary) {
		t.Errorf("binary input: %v; want ErrBinary", err)
	}
}

// Without drawn or typed bullets (bullets drawn as pictures, or text from
// pdftotext), indented lines that start a sentence are the items.
func TestPDFBulletsByIndent(t *testing.T) {
	lines, err := pdftext.Lines(readFile(t, "testdata/office/chromium.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range lines {
		lines[i].Bullet = false
	}
	layout, err := ParsePDFLayout(readFile(t, "testdata/office/chromium-layout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for name, d := range map[string]*Document{"no drawn bullets": Interpret(PDF, pdfBlocks(lines), []byte(pdfText(lines))), "pdftotext -layout": layout} {
		var got []string
		for _, r := range d.Roles {
			got = append(got, r.Bullets...)
		}
		for _, b := range htmlBullets {
			if !slices.Contains(got, b) {
				t.Errorf("%s: bullet not read: %q", name, b)
			}
		}
	}
}

// A summary of two paragraphs, rewritten: each paragraph takes its part.
func TestDocxSpliceAcrossParagraphs(t *testing.T) {
	body := `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Jane Doe</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>jane@example.com</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Summary</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>Backend engineer with six years in Go.</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Happiest on call.</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Experience</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>Engineer, Acme, 2020 – 2024</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Built the billing API.</w:t></w:r></w:p>`
	data := minimalDocx(t, body)
	d, err := Parse(Docx, data)
	if err != nil {
		t.Fatal(err)
	}
	if d.Summary != "Backend engineer with six years in Go.\n\nHappiest on call." {
		t.Fatalf("summary %q", d.Summary)
	}
	out, err := d.Splice(map[string]string{SecSummary: "Backend engineer with six years in Go and Kafka.\n\nHappiest on call."})
	if err != nil {
		t.Fatal(err)
	}
	back, err := docx.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Paragraphs[3].Text + "|" + back.Paragraphs[4].Text; got != "Backend engineer with six years in Go and Kafka.|Happiest on call." {
		t.Errorf("paragraphs %q", got)
	}
	if _, err := d.Splice(map[string]string{SecSummary: "One paragraph now."}); err == nil {
		t.Error("two paragraphs made one without a word")
	}
}

// minimalDocx wraps body XML in the least a Word file needs.
func minimalDocx(t *testing.T, body string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`},
	} {
		w, _ := zw.Create(p.name)
		w.Write([]byte(p.data))
	}
	zw.Close()
	return buf.Bytes()
}
