package resume

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// md2resume keeps a resume's lists as YAML in fences named for their
// section ("```resume:experience" over "- company: ..." and its "roles:"),
// for its renderer to lay out. The jobs and degrees in them are read as
// front matter jobs are, each block pointing at the value's own bytes.

// fenceSectionKind: the section a fence's info string names
// ("resume:experience"), or "".
func fenceSectionKind(n *ast.FencedCodeBlock, src []byte) string {
	if n.Info == nil {
		return ""
	}
	info := strings.TrimSpace(string(n.Info.Segment.Value(src)))
	name, ok := strings.CutPrefix(info, "resume:")
	if !ok {
		return ""
	}
	k, _ := sectionKind(strings.ReplaceAll(name, "_", " "))
	return k
}

// fenceJobs reads the jobs (or the degrees) listed in the fence; none
// where it holds no list of them.
func (mr *mdReader) fenceJobs(n *ast.FencedCodeBlock) []Block {
	kind := fenceSectionKind(n, mr.src)
	ls := n.Lines()
	if ls.Len() == 0 {
		return nil
	}
	lines := frontMatterLines(mr.src, ls.At(0).Start, ls.At(ls.Len()-1).Stop)
	if kind == SecCertifications {
		return mr.fenceNames(lines)
	}
	if kind != SecExperience && kind != SecEducation {
		return nil
	}
	fb := &fmBuilder{lines: mr.lines, startAt: -1, degrees: kind == SecEducation}
	fb.yamlJobs(mr.src, lines, 0, 0)
	fb.endJob()
	if fb.jobs == 0 {
		return nil
	}
	return fb.out
}

// fenceNames: a list of certificates, one item each, named by its "name"
// (or "title") key or by the item's own value ("- name: 基本情報技術者" over
// "date: 2012-11").
func (mr *mdReader) fenceNames(lines []fmLine) []Block {
	fb := &fmBuilder{lines: mr.lines}
	var out []Block
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if !strings.HasPrefix(t, "- ") {
			continue
		}
		at := l.start + l.indent + 2
		item := t[2:]
		if k, v, ok := strings.Cut(item, ":"); ok {
			if k = strings.ToLower(strings.TrimSpace(k)); k != "name" && k != "title" || strings.TrimSpace(v) == "" {
				continue
			}
			at += len(item) - len(v)
		}
		if b, ok := fb.value(mr.src, at, l.start+len(l.text)); ok {
			b.Kind = BlockListItem
			out = append(out, b)
		}
	}
	return out
}
