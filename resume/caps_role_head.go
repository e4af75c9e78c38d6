package resume

import "strings"

// "JUNIOR FRONT-END DEVELOPER TRAINEE" over "Silesia Soft Sp. z o.o."
// over "08.2022 - 09.2023", no blank line between: in plain text, a line
// in capitals with a line of only dates right under it, or under the
// line after it (the employer's, in capitals too: "BUD-MAR SP. Z O.O."),
// heads a role, and names no section.

// datesClose: one of the two lines right under block i, each running on
// from the one above, holds only dates.
func datesClose(bs []*Block, i int) bool {
	for j := i + 1; j < len(bs) && j <= i+2; j++ {
		b := bs[j]
		if b.Kind != BlockParagraph || !b.Cont || b.Line != bs[j-1].Line+1 {
			return false
		}
		if _, only := ParseDateRange(strings.TrimSpace(b.Text)); only {
			return true
		}
	}
	return false
}
