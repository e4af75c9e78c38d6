package resume

import (
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"strings"
)

// yearOnlyRe: a heading that is only a year ("## **2023**").
var yearOnlyRe = lazy.Regexp(`^(19|20)\d\d$`)

// shortMonths: month names of three letters written whole.
var shortMonths = map[string]bool{"may": true, "mai": true, "maj": true, "mei": true}

// monthOnly: a heading that is only a month's name, an emoji beside it
// or not ("### ❄️ Enero", "### Juni").
func monthOnly(t string) bool {
	n := normTitle(t)
	for _, m := range monthNames() {
		// (a whole name, not "Mar" or "Jun" that may stand for more)
		if n == m.name && (len(m.name) > 3 || shortMonths[n]) {
			return true
		}
	}
	return false
}

// calendarHeadings: a profile's timeline set out as a calendar, a heading
// of only a year ("## 2023") over headings of only a month ("### ❄️
// Enero") over what happened then (a job taken, a degree finished): the
// years and months date the events; no heading of them names a section.
// It returns the first year heading, where the timeline ends (the next
// heading at the years' level or above that is no year), the years'
// level, and the heading over the timeline ("# Trayectoria") or -1.
func (in *interp) calendarHeadings() (start, stop, level, title int) {
	if in.format != Markdown {
		return -1, 0, 0, -1
	}
	start, title = -1, -1
	years, months := 0, 0
	for i, b := range in.bs {
		if b.Kind != BlockHeading {
			continue
		}
		year := yearOnlyRe().MatchString(normTitle(b.Text))
		switch {
		case start < 0 && year:
			start, level, stop = i, b.Level, len(in.bs)
			// the heading right over the years, a level up, titles them
			for j := i - 1; j >= 0; j-- {
				if p := in.bs[j]; p.Kind == BlockHeading {
					if p.Level < b.Level {
						title = j
					}
					break
				}
			}
			years++
		case start < 0:
		case b.Level == level && year:
			years++
		case b.Level <= level:
			stop = i
		case b.Level == level+1 && monthOnly(b.Text):
			months++
		}
		if stop < len(in.bs) && start >= 0 {
			break
		}
	}
	if start < 0 || years < 2 || months < 2 {
		return -1, 0, 0, -1
	}
	return start, stop, level, title
}

// calendarBody reads the timeline of calendarHeadings as one section of
// experience, its month headings the events (dated by their year), the
// headings of the years left as written; the sections after it as
// sections.
func (in *interp) calendarBody(start, stop, level, title int) {
	headEnd := start
	sec := &section{kind: SecExperience}
	if title >= 0 {
		headEnd = title
		sec.head, sec.title = in.bs[title], strings.TrimSpace(in.bs[title].Text)
	}
	in.level = level - 1
	in.header(in.bs[:headEnd])
	if len(in.headerProse) > 0 {
		in.summary(in.headerProse)
	}
	var year *Block
	in.eventYear = map[*Block]*Block{}
	for _, b := range in.bs[start:stop] {
		if b.Kind == BlockHeading && b.Level == level {
			year = b
			continue
		}
		if b.Kind == BlockHeading && year != nil {
			in.eventYear[b] = year
		}
		sec.blocks = append(sec.blocks, b)
	}
	in.section(sec)
	if stop < len(in.bs) {
		in.level = level
		for _, s := range in.sections(stop) {
			in.section(s)
		}
	}
}

// calendarYear: heading i is only a year and the next heading, a level
// down, only a month: a calendar's year, not a job's dates line.
func calendarYear(bs []*Block, i int) bool {
	if !yearOnlyRe().MatchString(normTitle(bs[i].Text)) {
		return false
	}
	for _, b := range bs[i+1:] {
		if b.Kind == BlockHeading {
			return b.Level == bs[i].Level+1 && monthOnly(b.Text)
		}
	}
	return false
}

// eventLine: a line under a calendar's month heading, before the list,
// that names the event or its title ("🎓 Terminé el máster en la
// Universitat Politècnica de València", "**Científica de datos**"): no
// sentence told at length.
func eventLine(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	return b.Kind == BlockParagraph && !fullStop(t) && wordCount(t) <= 14
}
