package resume

import (
	"errors"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strings"

	"github.com/bulletproof-cli/bulletproof/resume/docx"
)

// ErrPDFOutput: a PDF is read, never written.
var ErrPDFOutput = errors.New("a PDF cannot be written: write .md, .txt, .json or .docx instead")

var mdLink = lazy.Regexp(`\[([^\]]*)\]\(([^)]*)\)`)

// WriteDocx renders d as a new Word document, laid out as WriteMarkdown
// lays it out: for a resume read from a PDF or a text file. A resume read
// from a .docx is edited in place instead (Splice).
func WriteDocx(d *Document) ([]byte, error) {
	var paras []docx.NewParagraph
	for _, line := range strings.Split(string(WriteMarkdown(d)), "\n") {
		p := docx.NewParagraph{}
		switch {
		case strings.TrimSpace(line) == "":
			continue
		case strings.HasPrefix(line, "# "):
			p.Style, line = docx.StyleTitle, line[2:]
		case strings.HasPrefix(line, "## "):
			p.Style, line = docx.StyleHeading1, line[3:]
		case strings.HasPrefix(line, "### "):
			p.Style, line = docx.StyleHeading2, line[4:]
		case strings.HasPrefix(line, "- "):
			p.Style, line = docx.StyleBullet, line[2:]
		}
		p.Text = mdLink().ReplaceAllStringFunc(line, func(m string) string {
			s := mdLink().FindStringSubmatch(m)
			if s[1] == "" || s[1] == s[2] {
				return s[2]
			}
			return s[1] + " (" + s[2] + ")"
		})
		paras = append(paras, p)
	}
	return docx.Build(paras)
}
