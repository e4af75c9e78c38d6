package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"
)

// ErrUnsafeWrite means a rewrite could not be verified and nothing was
// written; the original stays as it was.
var ErrUnsafeWrite = errors.New("the Word document could not be rewritten safely")

// Rewrite returns the .docx with new text for some paragraphs: texts maps
// an index in Paragraphs to its new text. Only those paragraphs' runs
// change; every other byte of their part, and every other zip entry (its
// compressed bytes, name, order and header fields), stays as it was. When
// no text changes, the input comes back byte for byte. The result is read
// back and checked before it is returned.
func (d *Document) Rewrite(texts map[int]string) ([]byte, error) {
	byPart := map[string][]edit{}
	want := map[int]string{}
	for _, i := range slices.Sorted(maps.Keys(texts)) {
		if i < 0 || i >= len(d.Paragraphs) {
			return nil, fmt.Errorf("docx: no paragraph %d", i)
		}
		p := &d.Paragraphs[i]
		if texts[i] == p.Text {
			continue
		}
		part := d.parts[p.Part]
		edits, written, err := p.plan(texts[i], part)
		if err != nil {
			return nil, fmt.Errorf("%w: paragraph %q: %w", ErrUnsafeWrite, clip(p.Text), err)
		}
		if p.twin >= 0 {
			tw := &d.twins[p.twin]
			more, _, err := tw.plan(texts[i], part)
			if err != nil {
				return nil, fmt.Errorf("%w: paragraph %q: %w", ErrUnsafeWrite, clip(p.Text), err)
			}
			edits = append(edits, more...)
		}
		byPart[p.Part] = append(byPart[p.Part], edits...)
		want[i] = written
	}
	if len(want) == 0 {
		return d.pkg.data, nil
	}
	newParts := map[string][]byte{}
	for name, edits := range byPart {
		data, err := apply(d.parts[name], edits)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrUnsafeWrite, err)
		}
		newParts[name] = data
	}
	out, err := d.pkg.rezip(newParts)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnsafeWrite, err)
	}
	if err := d.verify(out, want); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnsafeWrite, err)
	}
	return out, nil
}

// apply makes non-overlapping edits to data.
func apply(data []byte, edits []edit) ([]byte, error) {
	slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	var out bytes.Buffer
	at := 0
	for _, e := range edits {
		if e.start < at || e.end < e.start || e.end > len(data) {
			return nil, errors.New("overlapping edits")
		}
		out.Write(data[at:e.start])
		out.WriteString(e.text)
		at = e.end
	}
	out.Write(data[at:])
	return out.Bytes(), nil
}

// rezip copies every entry's compressed bytes as they are, in order, and
// compresses only the parts that changed.
func (p *pkg) rezip(newParts map[string][]byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range p.zr.File {
		data, changed := newParts[f.Name]
		if !changed {
			if err := zw.Copy(f); err != nil {
				return nil, err
			}
			continue
		}
		fh := f.FileHeader
		fh.CRC32, fh.CompressedSize64, fh.UncompressedSize64 = 0, 0, 0
		fh.CompressedSize, fh.UncompressedSize = 0, 0
		if fh.Method != zip.Store {
			fh.Method = zip.Deflate
		}
		w, err := zw.CreateHeader(&fh)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.SetComment(p.zr.Comment); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// verify reads the result back: the same paragraphs, the rewritten ones
// holding their new text and every other one its old text.
func (d *Document) verify(out []byte, want map[int]string) error {
	back, err := Open(out)
	if err != nil {
		return err
	}
	if len(back.Paragraphs) != len(d.Paragraphs) {
		return fmt.Errorf("%d paragraphs read back, %d expected", len(back.Paragraphs), len(d.Paragraphs))
	}
	for i, p := range back.Paragraphs {
		exp, ok := want[i]
		if !ok {
			exp = d.Paragraphs[i].Text
		}
		if p.Text != exp {
			return fmt.Errorf("paragraph %q reads back as %q", clip(exp), clip(p.Text))
		}
	}
	return nil
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
