package resume

// datedHeadingsBody: a resume with no section headings whose jobs are its
// top headings, each dated ("* *Solution Architect* at *Kestrel Ledger*
// [Feb 2021 - Mar 2022]" in org-mode, "# Engineer at Acme (2019 – 2021)"
// in Markdown), the name (its first heading or a #+TITLE) and what sits
// above them aside: the body from the first is that résumé's experience,
// its headings the jobs. A section heading after the jobs ("* Education"
// closing an org file of dated job headings) ends them: what follows is
// read as sections. It returns where the first job starts, where the jobs
// end and the jobs' heading level, or -1.
func (in *interp) datedHeadingsBody() (int, int, int) {
	if in.format != Markdown && in.format != Text {
		return -1, 0, 0
	}
	top, first, stop := 0, -1, len(in.bs)
	for i, b := range in.bs {
		if b.Kind != BlockHeading {
			continue
		}
		if _, known := sectionKind(b.Text); known {
			if first < 0 || b.Level > top {
				return -1, 0, 0
			}
			stop = i
			break
		}
		if first < 0 {
			first = i
		}
		if top == 0 || b.Level < top {
			top = b.Level
		}
	}
	if first < 0 {
		return -1, 0, 0
	}
	// the first heading, undated at the top, is the name
	start, n := -1, 0
	for i, b := range in.bs[:stop] {
		if b.Kind != BlockHeading || b.Level != top {
			continue
		}
		if !dated(b) || wordCount(b.Text) > 16 {
			if i == first && n == 0 {
				continue
			}
			return -1, 0, 0
		}
		if start < 0 {
			start = i
		}
		n++
	}
	if n < 2 {
		return -1, 0, 0
	}
	return start, stop, top
}
