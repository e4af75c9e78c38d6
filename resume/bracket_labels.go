package resume

import (
	"strings"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A Japanese 職務経歴書 sets its parts under labels in lenticular brackets
// ("【雇用形態】", "【チーム編成】", "【チームでの役割】"), each over a short
// list. Where one label is over what was done, the lists under the others
// tell of the job (how it was employed, the team, the stack, the product):
// its particulars, not bullets.

// bracketHead: a paragraph that is only a bracketed label ("【チーム編成】").
func bracketHead(b *Block) bool {
	t := strings.TrimSpace(b.Text)
	return b.Kind == BlockParagraph && strings.HasPrefix(t, "【") && strings.HasSuffix(t, "】") && strings.Count(t, "【") == 1
}

// bracketDutyRe: a bracketed label over what was done: the duty labels,
// and the role played or what it achieved ("【チームでの役割】", "【実績】",
// "【主な取り組み】", "【工夫した点】").
var bracketDutyRe = lazy.Regexp(`役割|実績|成果|担当|取り?組み?|工夫|貢献`)

func bracketDuty(b *Block) bool {
	return bracketHead(b) && (bracketDutyRe().MatchString(b.Text) || dutyLabelRe().MatchString(b.Text))
}

// particularItem: list item i stands under a bracketed label that is no
// duty label, while another one in bs is.
func particularItem(bs []*Block, i int) bool {
	j := i - 1
	for j >= 0 && bs[j].Kind == BlockListItem {
		j--
	}
	if j < 0 || !bracketHead(bs[j]) || bracketDuty(bs[j]) {
		return false
	}
	for k, b := range bs {
		if bracketDuty(b) && k+1 < len(bs) && bs[k+1].Kind == BlockListItem {
			return true
		}
	}
	return false
}

// underBracketLabel: list item i stands under a paragraph that is only a
// label in brackets ("**[사용 기술]**", "【業務内容】"): a part of the
// role above, so its items are that role's lines, whatever they name,
// never roles of their own.
func underBracketLabel(bs []*Block, i int) bool {
	j := i - 1
	for j >= 0 && bs[j].Kind == BlockListItem {
		j--
	}
	if j < 0 || bs[j].Kind != BlockParagraph {
		return false
	}
	t := strings.TrimSpace(bs[j].Text)
	inner, ok := strings.CutPrefix(t, "[")
	if ok {
		inner, ok = strings.CutSuffix(inner, "]")
	} else if inner, ok = strings.CutPrefix(t, "【"); ok {
		inner, ok = strings.CutSuffix(inner, "】")
	}
	return ok && inner != "" && !strings.ContainsAny(inner, "[]【】") && wordCount(inner) <= 4 && !dated(bs[j])
}
