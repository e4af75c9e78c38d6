package docx

import (
	"archive/zip"
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

const docHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:body>`

const docTail = `<w:sectPr/></w:body></w:document>`

// makeDocx builds a minimal package around body XML; extra parts are
// added as given.
func makeDocx(t testing.TB, body string, extra map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", docHead + body + docTail},
	}
	rels := `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/jane" TargetMode="External"/>`
	for _, name := range []string{"word/styles.xml", "word/numbering.xml"} {
		if data, ok := extra[name]; ok {
			typ := map[string]string{"word/styles.xml": "styles", "word/numbering.xml": "numbering"}[name]
			rels += `<Relationship Id="rId` + typ + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + typ + `" Target="` + filepath.Base(name) + `"/>`
			parts = append(parts, struct{ name, data string }{name, data})
		}
	}
	parts = append(parts, struct{ name, data string }{"word/_rels/document.xml.rels", rels + `</Relationships>`})
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p.data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func openFixture(t testing.TB, name string) ([]byte, *Document) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "office", name))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Open(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return data, d
}

// entries maps each zip entry to its raw (compressed) bytes and header.
type entry struct {
	raw    []byte
	header zip.FileHeader
	data   []byte
}

func entries(t testing.TB, data []byte) ([]string, map[string]entry) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	out := map[string]entry{}
	for _, f := range zr.File {
		r, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		raw := new(bytes.Buffer)
		raw.ReadFrom(r)
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		plain := new(bytes.Buffer)
		plain.ReadFrom(rc)
		rc.Close()
		names = append(names, f.Name)
		out[f.Name] = entry{raw.Bytes(), f.FileHeader, plain.Bytes()}
	}
	return names, out
}

func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func openFixtureBytes(t testing.TB, name string) ([]byte, error) {
	t.Helper()
	return os.ReadFile(filepath.Join("..", "testdata", "office", name))
}
