package resume

// A description kept in a front matter block scalar may list its items
// with the marker glued to the word ("*Data analysis, forecasting...",
// "*Data Mapping;"), as a template that renders the lines itself lets
// people write them: each such line opens an item, as a plain-text
// resume's do (textBullet), where no second star closes an emphasis.

// fmTextBullet is the list marker a description line opens with, or "".
func fmTextBullet(t string) string {
	if m := textBulletRe().FindString(t); m != "" {
		if numberOpensDate(t, m) {
			return ""
		}
		return m
	}
	if gluedBulletRe().MatchString(t) {
		return textBullet(t)
	}
	return ""
}
