package resume

import "strings"

// "- インフラ構築・運用の知見を個人開発にも応用し、以下のようなツール・仕組み
// を実装：" over "### 伝送ログ解析ツール（Go）" and the headings after it: a
// sentence ended by a colon before a section's headings leads into them
// ("I built tools such as these:"); it is no entry of its own.

// leadInItem: entry e, met before a section's first heading, is only
// such a sentence.
func leadInItem(e *entry) bool {
	if len(e.head) != 1 || e.hasBody() || e.dated() {
		return false
	}
	t := strings.TrimSpace(e.head[0].Text)
	if !strings.HasSuffix(t, ":") && !strings.HasSuffix(t, "：") {
		return false
	}
	t = strings.TrimRight(t, ":：")
	return jaPhrase(t) || wordCount(t) >= 6
}
