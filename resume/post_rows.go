package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A personal page's table of the person's posts, in the header: a label
// cell naming the current ones or the former ("Actual:", "Anterior :",
// "Current:", "Previous:"), beside or over rows that each tell one post on
// a line ("Desarrolladora en RiojaSoft Digital"): each such row is a role,
// no contact line.

// postLabelRe: a label naming the person's current or former posts.
var postLabelRe = lazy.Regexp(`(?i)^(actual|actualmente|actuales|current|currently|present|aktuell|derzeit|actuel|actuellement|atual|atualmente|attuale|anterior|anteriores|previous|former|past|früher|bisher|précédent|précédents|antérieur|antérieurs|precedente|precedenti)\s*[:：]?$`)

// postRow reads row b as the person's post where it is one: in a run
// of such rows (posts: a post label has opened it), or labelled itself.
// It reports whether the row told a post, and whether the run goes on.
func (in *interp) postRow(b *Block, posts bool) (told, more bool) {
	if b.Kind != BlockTableRow || b.Head || len(b.Cells) == 0 || len(b.Cells) > 2 {
		return false, false
	}
	label := strings.TrimSpace(b.Cells[0])
	switch {
	case len(b.Cells) == 1 && postLabelRe().MatchString(label):
		return true, true
	case len(b.Cells) == 2 && postLabelRe().MatchString(label):
		offs := cellOffsets(b)
		if offs == nil {
			return false, false
		}
		in.postRole(richOf(b).slice(offs[1], len(b.Text)).trim(), b)
		return true, true
	case len(b.Cells) == 1 && posts && !labelItem(label) && !strings.Contains(label, "@") && wordCount(label) >= 2:
		in.postRole(richOf(b).trim(), b)
		return true, true
	}
	return false, false
}

// postRole reads one post told on a line as a role.
func (in *interp) postRole(x rich, row *Block) {
	if x.text == "" {
		return
	}
	cell := &Block{Kind: BlockParagraph, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: row.Line}
	in.role(newEntry(cell))
	in.d.Order = appendOnce(in.d.Order, SecExperience)
}
