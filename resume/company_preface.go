package resume

import "strings"

// A company told before the roles held there: its name on a line of its
// own after a blank line ("[ Haulright ]", "Haulright Freight"), then
// lines of labels and values about it ("LOCATION: Austin, TX", "WEBSITE:
// ...", "ABOUT: a freight marketplace"), then a rule, right over the
// headings of its roles ("# Senior Engineer ~ Mar 2022 to Jan 2024"). The
// lines name the employer of the headings after the rule, up to the next
// such block; they are no part of the entry above them.

// companyPreface is a company's block that ends bs (see above): where it
// starts, the company's name, and -1, "" where bs ends in no such block.
func companyPreface(bs []*Block) (int, string) {
	n := len(bs)
	if n < 4 || bs[n-1].Kind != BlockRule {
		return -1, ""
	}
	// the labelled lines, one after another, over the rule
	k := n - 2
	for k >= 0 && bs[k].Kind == BlockParagraph && bs[k].Level == 0 && !bs[k].Quote && labelledRe().MatchString(strings.TrimSpace(bs[k].Text)) &&
		k > 0 && bs[k].Line == bs[k-1].Line+1 {
		k--
	}
	if n-2-k < 2 || k < 0 {
		return -1, ""
	}
	name := bs[k]
	t := strings.TrimSpace(name.Text)
	if name.Kind != BlockParagraph || name.Level != 0 || name.Quote || dated(name) || fullStop(t) || labelledRe().MatchString(t) || strings.ContainsAny(t, ":：") {
		return -1, ""
	}
	// (set apart by a blank line from what is above it)
	if k > 0 && bs[k-1].Line > 0 && bs[k-1].Line+1 >= name.Line {
		return -1, ""
	}
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	if t == "" || wordCount(t) > 6 || strings.ContainsAny(t, "[]") {
		return -1, ""
	}
	return k, t
}

// prefaceEntry holds what a company's block says of the roles under it:
// its name, and its fields (where it is).
func prefaceEntry(bs []*Block, name string) *entry {
	e := newEntry(nil)
	e.group = name
	for _, b := range bs[1:] {
		if b.Kind == BlockParagraph {
			e.fieldLine(b)
		}
	}
	return e
}

// underPreface gives an entry read under a company's block that
// company, and its place where the entry names none.
func underPreface(e, preface *entry) {
	if preface == nil {
		return
	}
	if e.labelCompany == "" {
		e.labelCompany = preface.group
	}
	if loc, ok := preface.fields["location"]; ok {
		if _, seen := e.fields["location"]; !seen {
			e.fields["location"] = loc
		}
	}
}
