package resume

import (
	"slices"
	"strings"
)

// companySubheads: an undated heading that names a company by its legal
// form or kind ("** Sportuj s.r.o.", "### Kestrel Ltd"), right over
// undated subheadings, each a short name ("*** Copywriter", "***
// Vedoucí vývoje") over what was done: the subheadings are the roles held
// there, one entry each, at the heading's company; nothing under it is
// dated. Nil where the heading's body is not so.
func (in *interp) companySubheads(cur *entry, body []*Block, level int, kind string) []*entry {
	if kind != SecExperience || in.guessing || cur.dated() || len(cur.head) != 1 || len(body) < 2 {
		return nil
	}
	co := strings.TrimSpace(headText(cur.head[0]))
	if !companyLike(co) && !endsWithCompanyForm(co) {
		return nil
	}
	sub := body[0]
	if sub.Kind != BlockHeading || sub.Level <= level {
		return nil
	}
	for i, b := range body {
		// (dates under the subheadings, "【在籍期間】2020年4月〜", tell of
		// products or periods read otherwise)
		if b.Kind != BlockHeading && dated(b) {
			return nil
		}
		if b.Kind != BlockHeading {
			continue
		}
		t := strings.TrimSpace(b.Text)
		if b.Level != sub.Level || dated(b) || wordCount(t) > 8 || strings.HasSuffix(t, ":") || labelHeadings[normTitle(t)] {
			return nil
		}
		if _, known := sectionKind(t); known {
			return nil
		}
		// (each tells what was done there)
		if i+1 == len(body) || body[i+1].Kind == BlockHeading {
			return nil
		}
	}
	subs := in.entries(body, kind)
	for _, e := range subs {
		if e.group == "" && e.labelCompany == "" {
			e.labelCompany = co
		}
		// (a label of a part of what was done, read as a heading line,
		// is the role's text)
		if len(e.head) == 2 && e.labelCompany == co {
			if i := slices.Index(body, e.head[1]); i >= 0 && groupLabel(e, body, i) {
				e.prose = append([]*Block{e.head[1]}, e.prose...)
				e.head = e.head[:1]
			}
		}
	}
	return subs
}

// groupLabel: under a role whose company a heading over it names, the
// short paragraph line at i right over items, with another such line over
// items after them ("Vedoucí copywritingu" over its items, then "Vedoucí
// PR" over its own), labels a part of what was done: it names no company
// and is no heading line.
func groupLabel(e *entry, bs []*Block, i int) bool {
	if e.labelCompany == "" || !shortLabelOverItems(bs, i) {
		return false
	}
	for j := i + 2; j < len(bs); j++ {
		if bs[j].Kind == BlockHeading {
			return false
		}
		if bs[j-1].Kind == BlockListItem && shortLabelOverItems(bs, j) {
			return true
		}
	}
	return false
}

func shortLabelOverItems(bs []*Block, i int) bool {
	b := bs[i]
	t := strings.TrimSpace(b.Text)
	return b.Kind == BlockParagraph && b.Level == 0 && i+1 < len(bs) && bs[i+1].Kind == BlockListItem && !dated(b) && !fullStop(t) && wordCount(t) <= 5
}
