package resume

import (
	"slices"
	"strings"
)

// A site generator's data file (Jekyll's _data/experience.yml, a Hugo
// theme's data/work.yaml) is named for its section by the file's name,
// which the reader never sees: its list of jobs sits under a key of the
// template's choosing ("main:", "list:", "data:") or at the top with no
// key at all. Such a list is read as jobs when its entries are shaped as
// jobs: they name an employer, and a post or the employer's posts.

// yamlCompanyKeys name an entry's employer.
var yamlCompanyKeys = map[string]bool{"company": true, "employer": true, "organisation": true, "organization": true, "org": true,
	"empresa": true, "entreprise": true, "société": true, "unternehmen": true, "arbeitgeber": true, "firma": true, "azienda": true}

// yamlPostKeys name an entry's post.
var yamlPostKeys = map[string]bool{"title": true, "position": true, "role": true, "job_title": true, "jobtitle": true,
	"cargo": true, "puesto": true, "poste": true, "ruolo": true, "posizione": true, "stelle": true, "funcao": true, "função": true}

// yamlJobsShaped says the list from line i on, inside the key at
// keyIndent (-1: the file's top), is of jobs: its first entry's own keys
// name an employer and a post, or the employer's list of posts.
func yamlJobsShaped(ls []fmLine, i, keyIndent int) bool {
	itemIndent := -1
	company, post := false, false
	for ; i < len(ls); i++ {
		l := ls[i]
		t := strings.TrimSpace(l.text)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		dash := strings.HasPrefix(t, "- ")
		if l.indent <= keyIndent && !(dash && l.indent == keyIndent) {
			break
		}
		if itemIndent < 0 {
			if !dash {
				return false
			}
			itemIndent = l.indent
		} else if dash && l.indent == itemIndent {
			break // the first entry ends
		}
		if dash && l.indent == itemIndent {
			t = strings.TrimSpace(t[2:])
		} else if l.indent != itemIndent+2 {
			continue // deeper than the entry's own keys
		}
		k, _, ok := strings.Cut(t, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		company = company || yamlCompanyKeys[k]
		post = post || yamlPostKeys[k] || slices.Contains(positionsKeys, k)
	}
	return company && post
}

// yamlBareJobs reads a data file that is only a list of jobs, with no key
// over it.
func (fb *fmBuilder) yamlBareJobs(src []byte, ls []fmLine) {
	for i, l := range ls {
		t := strings.TrimSpace(l.text)
		if t == "" || strings.HasPrefix(t, "#") || t == "---" {
			continue
		}
		if l.indent == 0 && strings.HasPrefix(t, "- ") && yamlJobsShaped(ls, i, -1) {
			fb.impliedHeading(l.start, l.start)
			fb.yamlJobs(src, ls, i, -1)
		}
		return
	}
}

// yamlSectionKey: a key that names a section of any kind ("skills").
func yamlSectionKey(k string) bool {
	_, known := sectionKind(strings.ReplaceAll(strings.ToLower(k), "_", " "))
	return known
}

// impliedHeading heads a list of jobs that no title names: an
// "Experience" heading the reader makes up, placed on the bytes [at, end)
// that stand for it (the key over the list, or nothing), which no edit
// may touch.
func (fb *fmBuilder) impliedHeading(at, end int) {
	const t = "Experience"
	fb.out = append(fb.out, Block{Kind: BlockHeading, Level: 2, Text: t, Line: fb.lines.line(at), Span: Span{at, end}, Style: verbatimStyle,
		Pieces: []Piece{{Text: Span{0, len(t)}, Src: Span{at, end}, Kind: PieceFixed}}})
}
