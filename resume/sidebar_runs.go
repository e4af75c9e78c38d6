package resume

import "strings"

// A two-column résumé exported to plain text runs its sidebar into the
// jobs: "COMPUTER SKILLS" and its line stand between one job's text and
// the next job's dates ("2016-2019" over "SALES REPRESENTATIVE" over the
// employer), and each job's "ACCOMPLISHMENTS" label, in capitals as the
// sections are, stands under it. A person reads on: the label names a
// part of the job above it (a name the document repeats, job after job,
// is no section's, a section is named once), and a job's dates with a
// title under them, after the sidebar's lines, go on with the jobs.

// sidebarRuns hands the jobs' lines back to the experience section: a
// repeated part label's section whose lines follow the jobs, and the
// run of a skills section from a job's dates and title on.
func sidebarRuns(secs []*section) []*section {
	seen := map[string]int{}
	for _, s := range secs {
		if s.head != nil {
			seen[normTitle(s.title)]++
		}
	}
	var out []*section
	var exp *section // the experience section whose jobs the last lines were
	for _, s := range secs {
		n := normTitle(s.title)
		switch {
		case s.kind == SecExperience:
			exp = s
		case exp != nil && s.kind == kindOther && labelHeadings[n] && seen[n] >= 2:
			exp.blocks = append(exp.blocks, s.blocks...)
			continue
		case exp != nil && s.kind == SecSkills:
			// (the jobs above are laid out so too: a line of only dates
			// over each title)
			if j := jobRunStart(s.blocks); j > 0 && jobRunStart(append([]*Block{nil}, exp.blocks...)) > 0 {
				exp.blocks = append(exp.blocks, s.blocks[j:]...)
				s.blocks = s.blocks[:j]
				out = append(out, s)
				continue
			}
			exp = nil
		default:
			exp = nil
		}
		out = append(out, s)
	}
	return out
}

// jobRunStart: where, after a section's own lines, a line of only dates
// stands over a short undated line naming a role (a title) and more
// lines: a job's heading; 0 when none does.
func jobRunStart(bs []*Block) int {
	for j := 1; j+2 < len(bs); j++ {
		b, t := bs[j], bs[j+1]
		if b.Kind != BlockParagraph || b.Cont || b.Level != 0 || t.Kind != BlockParagraph || t.Cont || dated(t) {
			continue
		}
		if _, only := ParseDateRange(strings.TrimSpace(b.Text)); !only {
			continue
		}
		if tt := strings.TrimSpace(t.Text); wordCount(tt) <= 6 && titleRe().MatchString(tt) && !fullStop(tt) && !strings.HasSuffix(tt, ":") && bs[j+2].Kind == BlockParagraph {
			return j
		}
	}
	return 0
}
