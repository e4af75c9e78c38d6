package resume

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/bulletproof-cli/bulletproof/resume/docx"
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
	skipped := &SpliceError{}
	for _, e := range edits {
		ch, err := docxChange(all, e)
		if err != nil {
			// the edit cannot be placed: the item keeps its text, as with
			// the text splicer, and the rest is still written
			skipped.add(e.ID, err.Error())
			continue
		}
		if ch.src.End > last {
			return nil, fmt.Errorf("%s overlaps another edit", e.ID)
		}
		parts, err := perParagraph(d.Paragraphs, base, ch)
		if err != nil {
			skipped.add(e.ID, err.Error())
			continue
		}
		last = ch.src.Start
		for _, pc := range parts {
			text, ok := texts[pc.para]
			if !ok {
				text = d.Paragraphs[pc.para].Text
			}
			texts[pc.para] = text[:pc.src.Start] + pc.text + text[pc.src.End:]
		}
	}
	out, err := d.Rewrite(texts)
	if err == nil && len(skipped.Items) > 0 {
		return out, skipped
	}
	return out, err
}

// paraChange is a change within one paragraph, in its own offsets.
type paraChange struct {
	para int
	src  Span
	text string
}

// perParagraph cuts a change at the paragraph breaks it crosses (a summary
// of two paragraphs): the new text must have as many paragraphs, split at
// blank lines or, failing that, line breaks.
func perParagraph(ps []docx.Paragraph, base []int, ch change) ([]paraChange, error) {
	first := sort.Search(len(ps), func(i int) bool { return base[i+1] > ch.src.Start })
	last := first
	for last < len(ps) && ch.src.End > base[last]+len(ps[last].Text) {
		last++
	}
	if first == len(ps) || last == len(ps) {
		return nil, errors.New("its place is outside the Word file's text")
	}
	if first == last {
		return []paraChange{{first, Span{ch.src.Start - base[first], ch.src.End - base[first]}, ch.text}}, nil
	}
	n := last - first + 1
	texts := strings.Split(ch.text, "\n\n")
	if len(texts) != n {
		texts = strings.Split(ch.text, "\n")
	}
	if len(texts) != n {
		return nil, fmt.Errorf("the new text has %d paragraphs where the Word file has %d", len(texts), n)
	}
	out := make([]paraChange, n)
	for k := range n {
		i := first + k
		a, b := 0, len(ps[i].Text)
		if k == 0 {
			a = ch.src.Start - base[i]
		}
		if k == n-1 {
			b = ch.src.End - base[i]
		}
		t := texts[k]
		if k > 0 {
			t = strings.TrimLeft(t, " ")
		}
		if k < n-1 {
			t = strings.TrimRight(t, " ")
		}
		out[k] = paraChange{i, Span{a, b}, t}
	}
	return out, nil
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
