package rewrite

import (
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/prompts"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// runIndex is what every item of a run shares, computed once per run rather
// than once per item: the items grouped by role and by section (the
// context a prompt shows), the claims of the user's facts and, with scope
// resume, of the whole resume, and the claims of each context group. A
// thousand-bullet resume is then read once, not a thousand times.
type runIndex struct {
	all       []resume.Item
	prose     []resume.Item            // every item but the section-level ones
	byEntry   map[string][]resume.Item // "experience.0." -> that role's items
	bySection map[string][]resume.Item
	g         *guard.Guard
	facts     *guard.Prepared // nil when there are none

	mu     sync.Mutex
	groups map[string]*groupSource
}

type groupSource struct {
	once sync.Once
	src  *guard.Prepared
}

func newRunIndex(doc *resume.Document, g *guard.Guard) *runIndex {
	x := &runIndex{all: doc.Items(), byEntry: map[string][]resume.Item{}, bySection: map[string][]resume.Item{}, g: g, groups: map[string]*groupSource{}}
	for _, it := range x.all {
		if it.Whole {
			continue
		}
		x.prose = append(x.prose, it)
		if p := entryPrefix(it.ID); p != "" {
			x.byEntry[p] = append(x.byEntry[p], it)
		}
		x.bySection[it.Section] = append(x.bySection[it.Section], it)
	}
	return x
}

// group is the items a context of kind shows for it, it included, and a
// key naming that group.
func (x *runIndex) group(kind string, it resume.Item) (string, []resume.Item) {
	switch kind {
	case prompts.ContextRole:
		p := entryPrefix(it.ID)
		if p == "" {
			return "", nil
		}
		return "role:" + p, x.byEntry[p]
	case prompts.ContextSection:
		return "section:" + it.Section, x.bySection[it.Section]
	case prompts.ContextResume:
		if !it.Whole {
			return "resume", x.prose
		}
		var out []resume.Item
		for _, o := range x.prose {
			if o.Section != it.Section {
				out = append(out, o)
			}
		}
		return "resume-but:" + it.Section, out
	}
	return "", nil
}

// context is the text a template of kind shows beside it: the group's
// other items, one "- " line each.
func (x *runIndex) context(kind string, it resume.Item) string {
	_, items := x.group(kind, it)
	var b strings.Builder
	for _, o := range items {
		if o.ID == it.ID {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("- " + o.Text)
	}
	return b.String()
}

// contextSource is the context the template shows, read once per group:
// it supports technologies only, except the whole resume a summary sums
// up, whose figures count too. The group includes the item itself, which
// changes no verdict: the item is the first source already.
func (x *runIndex) contextSource(kind string, it resume.Item) *guard.Prepared {
	key, items := x.group(kind, it)
	if key == "" || len(items) == 0 {
		return nil
	}
	x.mu.Lock()
	g := x.groups[key]
	if g == nil {
		g = &groupSource{}
		x.groups[key] = g
	}
	x.mu.Unlock()
	g.once.Do(func() {
		lines := make([]string, len(items))
		for i, o := range items {
			lines[i] = "- " + o.Text
		}
		text := strings.Join(lines, "\n")
		if kind == prompts.ContextResume {
			g.src = x.g.Prepare(guard.Source{Facts: []string{text}})
		} else {
			g.src = x.g.Prepare(guard.Source{Context: []string{text}})
		}
	})
	return g.src
}

// entryPrefix is "experience.0." for "experience.0.bullets.3".
func entryPrefix(id string) string {
	parts := strings.Split(id, ".")
	if len(parts) < 3 {
		return ""
	}
	return parts[0] + "." + parts[1] + "."
}
