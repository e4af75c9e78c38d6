package resume

import (
	"strings"
	"unicode"
)

// hantFold: a section title written in traditional Chinese, as Taiwan and
// Hong Kong write it ("工作經歷", "學歷", "校內經歷"), reads as the same
// title in simplified characters, which the table holds; only the
// characters section titles use are folded.
var hantFold = strings.NewReplacer(
	"經", "经", "歷", "历", "學", "学", "內", "内", "驗", "验", "職", "职", "業", "业", "專", "专",
	"項", "项", "證", "证", "書", "书", "獎", "奖", "語", "语", "資", "资", "術", "术", "個", "个",
	"簡", "简", "績", "绩", "實", "实", "習", "习", "動", "动", "團", "团", "與", "与", "關", "关",
	"於", "于", "聯", "联", "絡", "络", "訊", "讯", "興", "兴", "愛", "爱", "開", "开", "發", "发",
	"獲", "获", "榮", "荣", "譽", "誉", "論", "论", "練", "练", "訓", "训", "課", "课", "園", "园",
	"價", "价", "評", "评", "優", "优", "勢", "势", "織", "织", "務", "务", "參", "参", "會", "会",
	"體", "体", "獻", "献", "際", "际", "總", "总", "結", "结", "創", "创", "負", "负", "責", "责",
	"認", "认", "進", "进", "讀", "读", "碩", "硕", "電", "电", "話", "话", "郵", "邮", "機", "机",
	"構", "构", "師", "师", "區", "区", "產", "产", "場", "场", "細", "细", "節", "节", "選", "选",
	"說", "说", "處", "处", "數", "数", "長", "长", "屬", "属", "別", "别", "齡", "龄", "貫", "贯",
)

// hantTitleKind: the kind of a traditional Chinese title the table knows
// in simplified characters. (Not a Japanese title: kana, or the forms
// Japan writes where Taiwan writes 經, 歷, 驗, "職務経歴（概要）".)
func hantTitleKind(n string) (string, bool) {
	if strings.ContainsAny(n, "経歴験") || strings.ContainsFunc(n, func(r rune) bool {
		return unicode.In(r, unicode.Hiragana, unicode.Katakana)
	}) {
		return "", false
	}
	s := hantFold.Replace(n)
	if s == n {
		return "", false
	}
	return sectionKind(s)
}
