package resume

// Every reader turns its source into a flat list of blocks that remember
// where they sit; Interpret is the one place that decides what the blocks
// mean (sections, roles, dates, header, bullets). A new format needs only a
// reader that makes blocks and, to be written, a Splicer.

// BlockKind is what a block is.
type BlockKind int

// Block kinds.
const (
	BlockParagraph   BlockKind = iota // a paragraph, or one line of plain text
	BlockHeading                      // a heading; Level is 1..6
	BlockListItem                     // a list item's own text; Level is its nesting depth (0 = top)
	BlockTableRow                     // a table row; Cells holds its cells, Text joins them with " | "
	BlockRule                         // a horizontal rule or a separator line: never content
	BlockCode                         // a code block, kept as it is and never read
	BlockFrontMatter                  // YAML (---) or TOML (+++) front matter; Text is its body
	BlockHTML                         // raw HTML or a comment, not read
	BlockTerm                         // a definition-list term (the description follows as paragraphs or items)
)

func (k BlockKind) String() string {
	switch k {
	case BlockParagraph:
		return "paragraph"
	case BlockHeading:
		return "heading"
	case BlockListItem:
		return "item"
	case BlockTableRow:
		return "row"
	case BlockRule:
		return "rule"
	case BlockCode:
		return "code"
	case BlockFrontMatter:
		return "front-matter"
	case BlockHTML:
		return "html"
	case BlockTerm:
		return "term"
	}
	return "unknown"
}

// Span is a half-open range [Start, End). In a text format (Markdown, plain
// text, JSON) it is byte offsets into the source file; a binary format's
// reader decides its unit (a .docx reader: character offsets within the
// paragraph whose number is the block's Line) and its Splicer reads it back.
type Span struct{ Start, End int }

// Len is the span's length.
func (s Span) Len() int { return s.End - s.Start }

// Block is one unit of a source document: a heading, paragraph, list item,
// table row... with its text stripped of inline markup and where it sits.
type Block struct {
	Kind  BlockKind
	Level int    // heading level 1..6, or list nesting depth (0 = top)
	Text  string // plain text, inline markup removed, soft line breaks as spaces
	Line  int    // 1-based source line (docx: paragraph number; pdf: line number)
	Span  Span   // where the text sits in the source, for splicing
	// Pieces map Text onto the source piece by piece (markup, escapes and
	// line breaks between literal runs); Groups are its inline containers
	// (emphasis, links), which an edit keeps whole or replaces whole. Nil
	// Pieces means Text is the source in Span byte for byte (or character
	// for character in a binary format).
	Pieces []Piece
	Groups []Group
	// Whole-block looks, which mark heading-like lines in formats without
	// headings: all bold, all italic, all capitals.
	Strong, Emph, Caps bool
	Size               float64  // font size relative to body text, 0 when unknown (docx, pdf)
	Style              string   // a named paragraph style when the source has one (docx)
	Cells              []string // a table row's cells, plain text
	Indent             int      // leading indentation in columns (plain text), 0 when unknown
	Quote              bool     // inside a blockquote
	// Cont: the block continues the paragraph of the block before it (a
	// line of a paragraph after a line break; a wrapped line of text).
	Cont bool
	Head bool // a table's header row
	// Desc: the text of an entry, never a line of its heading (the last
	// argument of a \cventry)
	Desc bool
	// YAMLQuote: the text is a YAML scalar in these quotes (' or "),
	// written with their escapes; 0 when it is not quoted
	YAMLQuote byte
}

// PieceKind says how a piece of plain text relates to the source.
type PieceKind uint8

// Piece kinds.
const (
	// PieceLiteral: the text is the source bytes themselves, so an edit
	// inside it can be placed byte for byte.
	PieceLiteral PieceKind = iota
	// PieceMarkup: source that reads as other text (an escape, an entity, a
	// line break, an emphasis delimiter or a link target, which read as ""):
	// an edit that touches it replaces all of it.
	PieceMarkup
	// PieceFixed: text the reader made up or cannot place (the ": " between a
	// table's skill name and its items): an edit may not touch it.
	PieceFixed
)

// Piece maps a stretch of plain text onto the source. The pieces of a text
// cover it in order without gaps, and their sources follow each other
// without gaps too.
type Piece struct {
	Text Span // byte offsets in the plain text
	Src  Span // offsets in the source
	Kind PieceKind
}

// Group is an inline container (emphasis, a link, a code span): an edit
// inside its content keeps its delimiters; an edit that crosses one of them
// replaces the whole container, so markup is never left half open.
type Group struct {
	Text  Span // its content's plain text
	Outer Span // source, delimiters included
	Inner Span // source of its content
	// Code: a code span, whose content is written as it is (no escapes);
	// a change that brings a backtick replaces it whole
	Code bool
	// Element: an inline HTML element (<strong>, <span>): a run set apart
	// as emphasis is
	Element bool
	// Bold: a run set in bold by a one-character marker (org's *bold*),
	// as Markdown's "**" sets one
	Bold bool
}

// literalPieces is the mapping of a block without Pieces.
func literalPieces(text string, src Span) []Piece {
	return []Piece{{Text: Span{0, len(text)}, Src: src, Kind: PieceLiteral}}
}

// blockPieces returns b's pieces, making the literal mapping when the
// reader gave none.
func (b *Block) blockPieces() []Piece {
	if b.Pieces != nil {
		return b.Pieces
	}
	return literalPieces(b.Text, b.Span)
}
