package resume

// numberOpensDate: what looks like a numbered item's marker ("1. ") is the
// day of a date written with spaces after its dots ("1. 7. 2019 – 31. 8.
// 2019", as Czech, Slovak and German write it): the line opens with the date.
func numberOpensDate(text, marker string) bool {
	if marker == "" || !isDigit(marker[0]) {
		return false
	}
	_, end, ok := scanDate(text, 0, true)
	return ok && end > len(marker)
}
