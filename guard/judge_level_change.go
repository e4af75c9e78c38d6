package guard

import (
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// judgeLevelChange: "reduced MTTR to 35 minutes" claims the figure moved
// there, which a source that only states the level ("an average MTTR of
// 35 minutes", "kept handle time at 4 minutes") does not. A source with
// any word of change in any language may have moved it: no finding.
func judgeLevelChange(src []sourceText, cand claims.Claims) []Finding {
	var fs []Finding
	told, asked := false, false
	for i := range cand.Quantities {
		c := &cand.Quantities[i]
		if !c.Level || c.Ranged || c.Change {
			continue
		}
		verb := changedTo(cand.Text, c.Start)
		if verb == "" {
			continue
		}
		if !asked {
			told, asked = sourceTellsChange(src), true
		}
		if told {
			return nil
		}
		fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: c.Text, Start: c.Start, End: c.End, Severity: Error,
			Detail: fmt.Sprintf("%q: the rewrite says the figure was moved there (%q), but the source states it as a level, not a change", c.Text, verb)})
	}
	return fs
}

// changedTo is the change verb of "cut ... to N" before offset at (within
// a clause, "to" right before the figure), or "".
func changedTo(text string, at int) string {
	before := strings.ToLower(text[:at])
	rest, ok := strings.CutSuffix(strings.TrimRight(before, " ~"), " to")
	if !ok {
		for _, h := range []string{" to about", " to around", " to roughly", " to under", " to below", " to just"} {
			if r, ok2 := strings.CutSuffix(strings.TrimRight(before, " "), h); ok2 {
				rest, ok = r, true
				break
			}
		}
	}
	if !ok {
		return ""
	}
	if k := strings.LastIndexAny(rest, ".;:,("); k >= 0 {
		rest = rest[k+1:]
	}
	words := strings.Fields(rest)
	if len(words) > 1 && words[len(words)-1] == "down" {
		return "down" // "driving MTTR down to ~35 minutes"
	}
	for i := len(words) - 1; i >= 0 && i >= len(words)-7; i-- {
		for _, v := range changeStems {
			if strings.HasPrefix(words[i], v) {
				return words[i]
			}
		}
	}
	return ""
}

// changeStems open the English verbs that move a figure.
var changeStems = []string{"reduc", "cut", "lower", "decreas", "drop", "shrank", "shrink", "slash", "trim",
	"increas", "rais", "improv", "boost", "grew", "grow", "lift", "doubl", "tripl", "halv", "shorten", "sped", "speed", "accelerat"}

// comparedWords set a figure against another, which a change may restate
// ("every 15 minutes instead of once an hour", "91 % contre 84 %").
var comparedWords = map[string]bool{"fell": true, "rose": true, "went": true, "down": true, "faster": true, "slower": true,
	"fewer": true, "instead": true, "vs": true, "vs.": true, "versus": true, "before": true, "previously": true, "previous": true,
	"compared": true, "than": true, "next": true, "now": true, "contre": true, "von": true,
	"från": true, "van": true, "od": true, "от": true, "з": true, "із": true, "dari": true, "từ": true, "desde": true, "gegenüber": true, "statt": true,
	"anstatt": true, "zamiast": true, "вместо": true, "invece": true, "antes": true, "avant": true, "vorher": true, "zuvor": true, "trước": true, "sebelumnya": true}

// sourceTellsChange: a source text says something moved, in the
// languages sources are written in ("from", "reduced", "gesenkt", "снизил",
// "降低").
func sourceTellsChange(src []sourceText) bool {
	for _, sc := range claimTexts(src) {
		l := strings.ToLower(sc.Text)
		if strings.Contains(l, "→") || strings.Contains(l, "->") {
			return true
		}
		for _, sq := range sc.Quantities {
			// (a level reached, "to 85%", is the end of a change; one held,
			// "at 85%", is not)
			if sq.Change || sq.Ranged || sq.Level && strings.HasSuffix(strings.ToLower(strings.TrimRight(sc.Text[:sq.Start], " ~")), " to") {
				return true
			}
		}
		for _, w := range changeWordsAbroad {
			for _, k := range claims.Occurrences(l, w) {
				// (a Latin stem opens its word: "pass" is no "passenger")
				if w[0] >= 0x80 || k == 0 || !isLetter(l[k-1]) {
					return true
				}
			}
		}
		for _, f := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' || r == ':' }) {
			for _, v := range changeStems {
				if strings.HasPrefix(f, v) {
					return true
				}
			}
			if comparedWords[f] {
				return true
			}
		}
	}
	return false
}

// changeWordsAbroad say a figure moved in the languages sources are
// written in.
var changeWordsAbroad = []string{"rédui", "réduc", "baiss", "diminu", "amélior", "augment", "gesenkt", "reduz", "verringer", "verkürz", "verbesser", "erhöh", "gesteigert", "senk",
	"сниз", "сократ", "уменьш", "улучш", "увелич", "повыс", "знизи", "скороти", "reduj", "reduc", "disminu", "mejor", "aument", "ridott", "ridu", "miglior",
	"obniż", "zmniejsz", "skróci", "poprawi", "zwiększ", "düşür", "azalt", "artır", "iyileştir", "çıkar", "yükselt", "büyüt", "indir", "verlaag", "verbeter", "verhoog", "snížil", "zkrátil",
	"降低", "减少", "缩短", "提升", "提高", "削減", "短縮", "改善", "向上", "減ら", "줄였", "줄여", "줄임", "감소", "단축", "개선", "향상", "giảm", "tăng", "cải thiện", "menurunkan", "meningkatkan",
	"levava", "demorava", "tardaba", "demoraba", "llevaba", "prenait", "dauerte", "brauchte", "zajmował", "занимал", "impiegava", "richiedeva", "duurde", // "used to take": the before of a change
	"μείω", "βελτί", "αύξη", "csökk", "növel", "redus", "crescut", "minsk", "ökade", "förbättr", "कम", "बढ़", "خفض", "تقليل", "زيادة", "تحسين", "کاهش", "افزایش", "הפחת", "שיפור", "ลด", "เพิ่ม"}
