package resume

import (
	"fmt"
	"sort"

	"github.com/bulletproof-cli/bulletproof/internal/resume/docx"
)

func init() { RegisterSplicer(Docx, DocxSplicer{}) }

// DocxSplicer writes edits into a .docx: each edit becomes new text for
// the paragraph it sits in, which package docx writes into that
// paragraph's runs; every other paragraph and every other part of the
// file stays byte for byte.
type DocxSplicer struct{}

// Splice implements Splicer. Spans are offsets into docxText.
func (DocxSplicer) Splice(src []byte, edits []Edit) ([]byte, error) {
	d, err := docx.Open(src)
	if err != nil {
		return nil, err
	}
	base := docxBases(d.Paragraphs)
	all := docxText(d.Paragraphs)
	edits = append([]Edit(nil), edits...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Span.Start > edits[j].Span.Start })
	texts := map[int]string{}
	last := len(all) + 1
	for _, e := range edits {
		ch, err := docxChange(all, e)
		if err != nil {
			return nil, err
		}
		if ch.src.End > last {
			return nil, fmt.Errorf("%s overlaps another edit", e.ID)
		}
		last = ch.src.Start
		i := sort.Search(len(d.Paragraphs), func(i int) bool { return base[i+1] > ch.src.Start })
		if i == len(d.Paragraphs) || ch.src.End > base[i]+len(d.Paragraphs[i].Text) {
			return nil, fmt.Errorf("%s: its text spans more than one paragraph of the Word file", e.ID)
		}
		text, ok := texts[i]
		if !ok {
			text = d.Paragraphs[i].Text
		}
		a, b := ch.src.Start-base[i], ch.src.End-base[i]
		texts[i] = text[:a] + ch.text + text[b:]
	}
	return d.Rewrite(texts)
}

// docxChange finds the stretch of the document's text that an edit
// replaces, checking the text is still what was read there.
func docxChange(all string, e Edit) (change, error) {
	from := e.from()
	if from.Start < 0 || from.End > len(all) || from.End < from.Start || e.Span.Start < 0 || e.Span.End > len(all) || e.Span.End < e.Span.Start {
		return change{}, fmt.Errorf("%s: span %d-%d is outside the document", e.ID, e.Span.Start, e.Span.End)
	}
	if e.Raw {
		return change{src: e.Span, text: e.New}, nil
	}
	pieces := e.Pieces
	if pieces == nil {
		pieces = literalPieces(e.Old, from)
		if all[from.Start:from.End] != e.Old {
			return change{}, fmt.Errorf("%s: the file no longer holds the text that was read", e.ID)
		}
	}
	ch, err := placeChange(e.Old, e.New, pieces, e.Groups)
	if err != nil {
		return change{}, fmt.Errorf("%s: %w", e.ID, err)
	}
	if from != e.Span {
		// a moved entry: its new text goes where the slot's text was
		return change{src: e.Span, text: e.New}, nil
	}
	return ch, nil
}
