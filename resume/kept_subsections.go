package resume

import "strings"

// keptSubsection: under a section kept as written ("## 業務外活動",
// activities outside work), a subheading over projects opens a projects
// section of its own, and the subheading after it at its level ("###
// 登壇", talks) goes back to being kept as written. Projects are known by
// the subheading's name ("### 個人開発") or by its items, each a link to
// a repository and what it is ("### 個人活動" over "[tabi-log](https://
// github.com/…)：旅行記録を…"): personal activities may be blogging too.
// A subheading that names certificates opens a certificates section so.
// It returns the section block i opens, or nil.
func (in *interp) keptSubsection(kept, cur *section, i int) *section {
	b := in.bs[i]
	if kept == nil || b.Kind != BlockHeading || in.level == pseudoLevel || b.Level <= in.level {
		return nil
	}
	title := strings.TrimSpace(b.Text)
	if k, ok := sectionKind(title); ok && k == SecProjects || in.repoItems(i+1) {
		return &section{kind: SecProjects, known: true, title: title, head: b}
	}
	// ("# Varia" over "## Languages" and "## Certificates": the
	// certificates read as a section of their own)
	if k, ok := sectionKind(title); ok && k == SecCertifications {
		return &section{kind: SecCertifications, known: true, title: title, head: b}
	}
	if cur != kept && cur.head != nil && b.Level <= cur.head.Level {
		return &section{kind: kindOther, known: true, title: title, head: b}
	}
	return nil
}

// repoItems: the top-level list items from block i to the next heading,
// one at least, each open with a link to a code host's repository.
func (in *interp) repoItems(i int) bool {
	n := 0
	for ; i < len(in.bs) && in.bs[i].Kind != BlockHeading; i++ {
		b := in.bs[i]
		switch {
		case b.Kind == BlockHTML || b.Kind == BlockRule || b.Kind == BlockListItem && b.Level > 0:
			continue
		case b.Kind != BlockListItem:
			return false
		}
		if b.Span.Start >= len(in.src) || in.src[b.Span.Start] != '[' || !repoURL(linkTarget(in.src, b)) {
			return false
		}
		n++
	}
	return n > 0
}

// repoURL: a link to a code host.
func repoURL(u string) bool {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	for _, h := range []string{"github.com/", "gitlab.com/", "bitbucket.org/", "codeberg.org/", "git.sr.ht/"} {
		if strings.HasPrefix(u, h) {
			return true
		}
	}
	return false
}

// skillsSubsection: Markdown whose sections stand at a heading level,
// with a skills section parted by lines of one look, in code or in bold
// ("`1. Web 前端`", "`2. 数据库`"): such a line named as projects
// ("`6. 项目经历`") opens a projects section of its own, and the next
// line of its look ("`8. 其他参考`") closes it, kept as written. It
// returns the section block i opens, or nil.
func (in *interp) skillsSubsection(cur *section, i int) *section {
	b := in.bs[i]
	if cur == nil || in.format != Markdown || in.level == pseudoLevel || b.Kind != BlockParagraph || b.Cont || b.Quote || !labelLook(b) {
		return nil
	}
	title := strings.TrimSpace(b.Text)
	if cur.kind == SecSkills {
		if k, ok := sectionKind(title); ok && k == SecProjects {
			return &section{kind: SecProjects, known: true, title: title, head: b}
		}
		return nil
	}
	if cur.kind == SecProjects && cur.head != nil && cur.head.Kind == BlockParagraph && codeLine(cur.head) == codeLine(b) && cur.head.Strong == b.Strong {
		k, ok := sectionKind(title)
		if !ok || k == kindUnknown || k == kindContact {
			k = kindOther
		}
		return &section{kind: k, known: true, title: title, head: b}
	}
	return nil
}

// labelLook: a line wholly in code or in bold.
func labelLook(b *Block) bool {
	return codeLine(b) || b.Strong
}

// namedSubsection: under an experience heading, subheadings that each
// name a section by its full name ("## Erfahrung" over "### Berufliche
// Laufbahn" and "### Ausbildung", "## Background" over "### Work" and
// "### Education") part the section: each opens a section of the kind it
// names, its heading no job's. Both kinds must be named: a lone
// subheading that names a section may be a group's name. It returns the
// section block i opens, or nil.
func (in *interp) namedSubsection(cur *section, i int) *section {
	b := in.bs[i]
	if cur == nil || b.Kind != BlockHeading || in.level == pseudoLevel || b.Level <= in.level || dated(b) {
		return nil
	}
	parent := cur.head
	if cur.parent != nil {
		parent = cur.parent
	} else if cur.kind != SecExperience {
		return nil
	}
	if parent == nil || parent.Kind != BlockHeading || b.Level <= parent.Level {
		return nil
	}
	k, ok := sectionNames()[normTitle(b.Text)]
	if !ok || k != SecExperience && k != SecEducation {
		return nil
	}
	// (only a subheading names a section the first time its title is read:
	// the scan runs for those alone, each over its own section)
	other := false
	for _, step := range []int{-1, 1} {
		for j := i + step; j >= 0 && j < len(in.bs) && in.bs[j] != parent; j += step {
			s := in.bs[j]
			if s.Kind != BlockHeading || s.Level > b.Level {
				continue
			}
			if s.Level < b.Level {
				break
			}
			if k2, ok := sectionNames()[normTitle(s.Text)]; ok && k2 != k && (k2 == SecExperience || k2 == SecEducation) {
				other = true
			}
		}
	}
	if !other {
		return nil
	}
	return &section{kind: k, known: true, title: strings.TrimSpace(b.Text), head: b, parent: parent}
}

// projectsLabelItem: under an experience section, a top-level item that
// names projects as a label ("* Pet projects:", "- Side projects:") over
// items nested under it lists projects, no job: it opens a projects
// section. It returns the section block i opens, or nil.
func (in *interp) projectsLabelItem(cur *section, i int) *section {
	b := in.bs[i]
	if cur == nil || cur.kind != SecExperience || b.Kind != BlockListItem || b.Level != 0 || i+1 >= len(in.bs) {
		return nil
	}
	t := strings.TrimSpace(b.Text)
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return nil
	}
	if n := in.bs[i+1]; n.Kind != BlockListItem || n.Level <= b.Level {
		return nil
	}
	if k, ok := sectionNames()[normTitle(t)]; !ok || k != SecProjects {
		return nil
	}
	return &section{kind: SecProjects, known: true, title: t, head: b}
}
