package docx

import (
	"archive/zip"
	"bytes"
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strings"
)

// pkg is the opened zip with the parts that matter located through the
// package relationships (the main part is not always word/document.xml).
type pkg struct {
	data    []byte
	zr      *zip.Reader
	byName  map[string]*zip.File
	budget  int64  // decompressed bytes still allowed
	main    string // the main document part, "word/document.xml"
	rels    map[string]rel
	headers []string // header parts, in relationship order
}

type rel struct{ Type, Target string }

const (
	relOfficeDocument = "/officeDocument"
	relStyles         = "/styles"
	relNumbering      = "/numbering"
	relHeader         = "/header"
	relHyperlink      = "/hyperlink"
)

var (
	oleMagic       = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	encryptedEntry = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")
)

// IsDocx reports whether data looks like a Word document: a zip holding a
// word/ folder, or a password-protected one (an OLE file holding an
// EncryptedPackage), which Open then explains.
func IsDocx(data []byte) bool {
	if bytes.HasPrefix(data, oleMagic) {
		return bytes.Contains(data, encryptedEntry)
	}
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) || len(data) > MaxFileSize {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(zr.File) > MaxEntries {
		return false
	}
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "word/") && strings.HasSuffix(f.Name, ".xml") {
			return true
		}
	}
	return false
}

func openPkg(data []byte) (*pkg, error) {
	if bytes.HasPrefix(data, oleMagic) && bytes.Contains(data, encryptedEntry) {
		return nil, ErrEncrypted
	}
	if len(data) > MaxFileSize {
		return nil, ErrTooLarge
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if len(zr.File) > MaxEntries {
		return nil, ErrTooLarge
	}
	p := &pkg{data: data, zr: zr, byName: map[string]*zip.File{}, budget: MaxTotalRead}
	for _, f := range zr.File {
		p.byName[f.Name] = f
	}
	p.main = "word/document.xml"
	if root, err := p.readRels("_rels/.rels", ""); err == nil {
		for _, r := range root {
			if strings.HasSuffix(r.Type, relOfficeDocument) && p.byName[r.Target] != nil {
				p.main = r.Target
			}
		}
	}
	if p.byName[p.main] == nil {
		return nil, ErrNotDocx
	}
	p.rels, _ = p.readRels(relsName(p.main), path.Dir(p.main))
	for _, r := range sortedRels(p.rels) {
		if strings.HasSuffix(r.Type, relHeader) && p.byName[r.Target] != nil {
			p.headers = append(p.headers, r.Target)
		}
	}
	return p, nil
}

// part returns the target of the main part's first relationship of a type,
// or "" when there is none.
func (p *pkg) part(relType string) string {
	for _, r := range sortedRels(p.rels) {
		if strings.HasSuffix(r.Type, relType) && p.byName[r.Target] != nil {
			return r.Target
		}
	}
	return ""
}

// read decompresses one part within the size budget. The sizes a zip
// declares can lie, so the limit is on what is actually read.
func (p *pkg) read(name string) ([]byte, error) {
	f := p.byName[name]
	if f == nil {
		return nil, fmt.Errorf("%w: %s is missing", ErrCorrupt, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, name, err)
	}
	defer rc.Close()
	limit := min(int64(MaxPartSize), p.budget)
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, name, err)
	}
	if int64(len(data)) > limit {
		return nil, ErrTooLarge
	}
	p.budget -= int64(len(data))
	return data, nil
}

// relsName is the relationships part of a part: word/_rels/document.xml.rels.
func relsName(part string) string {
	return path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
}

// readRels reads a relationships part; targets are resolved against base.
func (p *pkg) readRels(name, base string) (map[string]rel, error) {
	if p.byName[name] == nil {
		return nil, nil
	}
	data, err := p.read(name)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Rels []struct {
			ID         string `xml:"Id,attr"`
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrCorrupt, name, err)
	}
	out := map[string]rel{}
	for _, r := range doc.Rels {
		t := r.Target
		if r.TargetMode != "External" {
			if strings.HasPrefix(t, "/") {
				t = strings.TrimPrefix(t, "/")
			} else {
				t = path.Join(base, t)
			}
		}
		out[r.ID] = rel{Type: r.Type, Target: t}
	}
	return out, nil
}

// sortedRels orders relationships by id ("rId2" before "rId10") so that
// choices do not depend on map order.
func sortedRels(m map[string]rel) []rel {
	ids := slices.Collect(maps.Keys(m))
	slices.SortFunc(ids, func(a, b string) int {
		if c := cmp.Compare(len(a), len(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	out := make([]rel, len(ids))
	for i, id := range ids {
		out[i] = m[id]
	}
	return out
}
