package resume

import "strings"

// A CV may close, under a rule after its last section, with the lines that
// reach its owner ("> <name@example.com> • +49 555 0101234" over the
// street and a link), as a letter's foot does: they belong to no section.

// closingContacts cuts from the last section's blocks the lines after its
// last rule when each is a short line and one at least holds an e-mail or
// a phone number; their contacts go to the header.
func (in *interp) closingContacts(bs []*Block) []*Block {
	rule := -1
	for i := len(bs) - 1; i >= 0; i-- {
		if bs[i].Kind == BlockRule {
			rule = i
			break
		}
	}
	if rule < 0 || rule == len(bs)-1 {
		return bs
	}
	reach := false
	for _, b := range bs[rule+1:] {
		t := strings.TrimSpace(b.Text)
		if b.Kind != BlockParagraph || wordCount(t) > 12 || fullStop(t) {
			return bs
		}
		if strings.IndexByte(t, '@') >= 0 && anyEmailRe().MatchString(t) || phoneIn(t) {
			reach = true
		}
	}
	if !reach {
		return bs
	}
	for _, b := range bs[rule+1:] {
		in.contactLine(b.Text)
	}
	return bs[:rule]
}

// phoneIn: the line holds a phone number, not a date's figures.
func phoneIn(t string) bool {
	for _, m := range anyPhoneRe().FindAllString(t, -1) {
		if _, ok := FindDateRange(m); !ok {
			return true
		}
	}
	return false
}
