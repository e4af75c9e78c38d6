package resume

import "strings"

// A site generator's data file often holds a job's duties as HTML the
// template pastes into the page as is ("summary: <li>Built X</li><li>Ran
// Y</li>"): each <li> is one bullet, placed on its own text.

// yamlHTMLItems splits a value written as HTML list items into one
// bullet each; false when the value holds no whole <li>...</li>.
func yamlHTMLItems(b Block) ([]Block, bool) {
	lower := strings.ToLower(b.Text)
	if !strings.Contains(lower, "<li") || !strings.Contains(lower, "</li>") {
		return nil, false
	}
	r := richOf(&b)
	var out []Block
	for at := 0; at < len(lower); {
		k := strings.Index(lower[at:], "<li")
		if k < 0 {
			break
		}
		open := at + k + 3
		// "<li>" or "<li class=...>", never "<link"
		if open < len(lower) && lower[open] != '>' && lower[open] != ' ' {
			at = open
			continue
		}
		gt := strings.IndexByte(lower[open:], '>')
		if gt < 0 {
			break
		}
		open += gt + 1
		end := len(lower)
		next := open
		if c := strings.Index(lower[open:], "</li>"); c >= 0 {
			end, next = open+c, open+c+len("</li>")
		}
		if n := strings.Index(lower[open:end], "<li"); n >= 0 {
			end, next = open+n, open+n
		}
		if x := r.slice(open, end).trim(); x.text != "" {
			out = append(out, Block{Kind: BlockListItem, Text: x.text, Pieces: x.pieces, Groups: x.groups, Span: x.span(), Line: b.Line, Style: b.Style, YAMLQuote: b.YAMLQuote})
		}
		at = next
	}
	return out, len(out) > 0
}
