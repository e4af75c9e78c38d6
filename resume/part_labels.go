package resume

import (
	"strings"
	"unicode/utf8"
)

// A Japanese 職務経歴書 sets under its company's heading the projects
// joined there ("#### 参画プロジェクト: 決済データ連携基盤"), each with its own
// particulars: "- **参画期間**: 2023年4月1日から現在" (the time on it),
// "- **部署**: 公共事業部" (the department), and "- **概要**" or
// "- **委託窓口管理業務(自治体担当)**" set in bold over the items of what
// was done. A person reads the items as the work; the period, the
// department and the word in bold over them are no bullets.

// repeatedPeriod: t is a labelled period ("参画期間: 2020年12月1日から…")
// where the role's dates are already read: a part's period, no bullet.
func repeatedPeriod(e *entry, t string) bool {
	m := fieldRe().FindStringSubmatch(t)
	if m == nil {
		return false
	}
	// ("参画期間", the time on a project, is a period as "期間" is)
	if l := strings.ToLower(strings.TrimSpace(m[1])); fieldNames[l] != "dates" && !strings.HasSuffix(l, "期間") {
		return false
	}
	if _, seen := e.fields["dates"]; !seen && !e.dated() {
		return false
	}
	_, ok := FindDateRange(m[2])
	return ok
}

// boldPartLabel: item i is only a short name in bold, no sentence, over
// items nested under it: the name of a part of the work, as "Tech:" is a
// label over the tools. (Only in Chinese, Japanese or Korean script: in
// English a bold line over items is as often a feat told in short, its
// details under it.)
func boldPartLabel(bs []*Block, i int) bool {
	b := bs[i]
	if b.Kind != BlockListItem || !b.Strong || i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || bs[i+1].Level <= b.Level {
		return false
	}
	t := strings.TrimSpace(b.Text)
	return t != "" && cjkCount(t) > 0 && utf8.RuneCountInString(t) <= 24 && !jaPhrase(t) && !fullStop(t) && !dated(b) &&
		!titleRe().MatchString(parenTailRe().ReplaceAllString(t, ""))
}
