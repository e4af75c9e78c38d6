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

// sameSchool: key refers back to the school prev names ("同大学 卒業"
// under "2010年4月 東都工業大学 工学部 入学": the same university; "同大学院"
// under a university's line is a school of its own).
func sameSchool(key, prev string) bool {
	rest, ok := strings.CutPrefix(key, "同")
	return ok && rest != "" && strings.Contains(prev, rest)
}

// schoolEvents: a Japanese 学歴's lines are events, each dated ("2014/04
// 東京都立…高等専門学校 入学", then "2021/03 … 卒業"): lines one after
// another that open with the same school, each of one line, are one
// entry, its heading their lines. (Each event is of one date: lines
// that each give a range, "2014.09-2017.06 西南大学 分析化学 硕士", are
// degrees of their own at the same school.)
func schoolEvents(es []*entry) []*entry {
	out := es[:0:0]
	prev := ""
	for _, e := range es {
		key := ""
		if len(e.head) == 1 && !e.hasBody() {
			t := e.head[0].Text
			if r, ok := FindDateRange(t); ok && r.Pos <= 1 && r.Single() {
				if f := strings.Fields(t[r.EndPos:]); len(f) > 1 && institutionRe().MatchString(f[0]) {
					key = f[0]
				}
			}
		}
		if key != "" && prev != "" && (key == prev || sameSchool(key, prev)) {
			last := out[len(out)-1]
			last.head = append(last.head, e.head...)
			continue
		}
		prev = key
		out = append(out, e)
	}
	return out
}
