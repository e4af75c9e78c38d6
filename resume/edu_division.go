package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// hh.ru (and many a CV) sets a degree's faculty under its university:
// "2013 Уральский политехнический университет" over "Институт
// радиоэлектроники..., Информатика...". A school's institute, faculty or
// department, undated, under the university it belongs to is that
// degree's line, not a second school.

// divisionRe: a line that opens with a part of a university.
var divisionRe = lazy.Regexp(`(?i)^(институт|факультет|кафедра|інститут|institute|faculty|school|college|department|fakultät|faculté|facultad|faculdade|wydział)([\s,]|$)`)

// universityRe: a line that names a whole university.
var universityRe = lazy.Regexp(`(?i)(университет|університет|university|universität|université|universidad|universidade|università|uniwersytet|universitet)`)

// divisionOf: b names a division of the university that e's last line
// names.
func divisionOf(b *Block, e *entry) bool {
	if e == nil || len(e.head) == 0 || e.hasBody() || hasDate(b.Text) {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return divisionRe().MatchString(t) && !universityRe().MatchString(t) && universityRe().MatchString(e.head[len(e.head)-1].Text)
}
