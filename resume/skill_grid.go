package resume

import "strings"

// A skills table with no header row whose every cell is one tool's name
// (a site's grid of icons: "Python | Bash | Go | Linux" over "Ansible |
// Terraform | Docker | Kubernetes") is one list of tools read across the
// rows: its first column is no group's name, only the first tool of a
// row. The grid is read, not rewritten in place (its cells are its
// layout), as a table whose columns are the groups is.

// toolGrid reads the rows from bs[i] as such a grid: two rows or more of
// one count of cells, three or more, each a name of up to three words
// with no colon. It gives the tools and where the grid ends.
func toolGrid(bs []*Block, i int) ([]string, int, bool) {
	if i > 0 && bs[i-1].Kind == BlockTableRow {
		return nil, 0, false
	}
	n := len(bs[i].Cells)
	if n < 3 {
		return nil, 0, false
	}
	var tools []string
	j := i
	for ; j < len(bs) && bs[j].Kind == BlockTableRow; j++ {
		b := bs[j]
		if b.Head || len(b.Cells) != n {
			return nil, 0, false
		}
		for _, c := range b.Cells {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			if wordCount(c) > 3 || strings.ContainsAny(c, ":：") {
				return nil, 0, false
			}
			tools = append(tools, c)
		}
	}
	if j-i < 2 {
		return nil, 0, false
	}
	return tools, j, true
}
