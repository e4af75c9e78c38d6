package resume

import "strings"

// Interpret reads blocks into a Document: the one place that decides
// sections, roles, dates, header and bullets, whatever the format. src is
// the source the blocks' spans point into; Splice edits it.
//
// For now it renders the blocks back to lines for the line reader; the
// block interpreter replaces that.
func Interpret(format Format, blocks []Block, src []byte) *Document {
	var lines []string
	for _, b := range blocks {
		switch b.Kind {
		case BlockHeading:
			if format == Markdown {
				lines = append(lines, strings.Repeat("#", max(1, min(b.Level, 6)))+" "+b.Text)
			} else {
				lines = append(lines, b.Text)
			}
		case BlockListItem:
			lines = append(lines, strings.Repeat("  ", b.Level)+"- "+b.Text)
		case BlockParagraph, BlockTerm:
			lines = append(lines, b.Text)
		case BlockTableRow:
			lines = append(lines, strings.Join(b.Cells, " | "))
		default:
			lines = append(lines, "")
		}
	}
	var d *Document
	if format == Markdown {
		d = ParseMarkdown(strings.Join(lines, "\n"))
	} else {
		d = ParseText(strings.Join(lines, "\n"))
	}
	d.Format = format
	d.src = src
	return d
}
