package resume

import "strings"

// A description cell written in Japanese or Chinese has no spaces to
// count words by. "ガス導管の保安点検業務に従事" ("was engaged in the safety
// inspection of gas mains") is a sentence that tells the job, as much as
// "Inspected gas mains for safety" is; "一次問い合わせ対応、IT資産管理" and
// "決済システム構築" only name the work, nouns in a row. A sentence shows
// itself by its full stop ("…を経験。大手スーパーの…") or by the predicate
// it ends in, before any aside in brackets ("…に従事（夜勤あり）"):
// engaged in, in charge of, experienced, took on.

// cjkToldCell: the cell tells the work in a sentence of Japanese or
// Chinese.
func cjkToldCell(t string) bool {
	t = strings.TrimSpace(t)
	if cjkCount(t) < 8 {
		return false
	}
	if strings.Contains(t, "。") {
		return true
	}
	if i := strings.LastIndexAny(t, "(（"); i > 0 && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
		t = strings.TrimSpace(t[:i])
	}
	for _, p := range []string{"に従事", "を担当", "を経験", "に携わる", "に携わった", "に取り組む", "に取り組んだ", "しました", "した", "している"} {
		if strings.HasSuffix(t, p) {
			return true
		}
	}
	return false
}
