package resume

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Japanese 職務経歴書 written in Markdown sets each project under its
// company ("### 株式会社…（2019 年 4 月〜現在）" over "#### 配送計画エンジンの
// 開発"), and under the project its particulars apart from what was done:
// a "##### 環境" heading, or a "- 技術スタック" item, over the team's size,
// the role, the method and the stack ("- チーム規模: 6~8人", "- 開発手法：
// スクラム", "  - インフラ: GCP"), then "##### 主な業務と成果" or "- 主な実績："
// over the work. The particulars tell of the project; they are no bullets.

// jaStackLabels name a project's environment or stack.
var jaStackLabels = map[string]bool{"環境": true, "開発環境": true, "動作環境": true, "技術環境": true, "使用技術": true, "技術スタック": true,
	"使用言語": true, "使用ツール": true, "利用技術": true, "技術構成": true, "システム構成": true, "開発言語": true, "使用した技術": true}

// jaFieldLabels label a project's particulars: its team, method, scale,
// stack and phases.
var jaFieldLabels = map[string]bool{"開発手法": true, "開発体制": true, "チーム規模": true, "チーム体制": true, "チーム構成": true, "体制": true,
	"規模": true, "プロジェクト規模": true, "人数": true, "チーム人数": true, "担当工程": true, "工程": true, "雇用形態": true, "契約形態": true,
	"言語": true, "フレームワーク": true, "インフラ": true, "データベース": true, "ライブラリ": true, "プログラミング": true, "ツール": true}

// jaLabel is t without its trailing colon and blanks.
func jaLabel(t string) string {
	return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ":："))
}

// jaStackLabel: t is only a label naming the stack ("環境", "使用技術：").
func jaStackLabel(t string) bool {
	return jaStackLabels[jaLabel(t)]
}

// stackLabelItem: item i is only a label naming the tools ("- 技術スタック",
// "- Tech stack") over deeper items: a label, no bullet.
func stackLabelItem(bs []*Block, i int) bool {
	b := bs[i]
	if i+1 >= len(bs) || bs[i+1].Kind != BlockListItem || bs[i+1].Level <= b.Level {
		return false
	}
	l := jaLabel(b.Text)
	return l != "" && (jaStackLabels[l] || stackLabelRe().MatchString(l))
}

// jaFieldItem: "開発手法：スクラム", "チーム規模: 6~8人": a label of a
// project's particulars with a short value.
func jaFieldItem(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 {
		return false
	}
	l := strings.TrimSpace(t[:c])
	if !jaFieldLabels[l] && !jaStackLabels[l] {
		return false
	}
	v := strings.TrimSpace(strings.TrimLeft(t[c:], ":："))
	return v != "" && !fullStop(v) && !strings.HasSuffix(v, "。") && utf8.RuneCountInString(v) <= 80
}

// jaPhrase: a line of Japanese that tells of a piece of work with a
// particle ("配送ルート最適化バッチの開発と運用", "配送実績データの可視化"),
// not a label over a group of items ("技術スタック", "その他").
func jaPhrase(t string) bool {
	if utf8.RuneCountInString(t) < 8 {
		return false
	}
	prev := rune(0)
	for _, r := range t {
		if strings.ContainsRune("のをにでとへ", r) && prev != 0 && (unicode.In(prev, unicode.Han, unicode.Katakana) || prev == 'ー') {
			return true
		}
		prev = r
	}
	return false
}

// stackFieldLine: "**開発環境:** Windows Server 2012 R2 / Active Directory",
// "**Tech stack:** ...": a line led by a label naming the tools is a
// field of the role or project it stands in, never the head of a role of
// its own, though a version in it reads like a year ("2012 R2").
func stackFieldLine(t string) bool {
	c := strings.IndexAny(t, ":：")
	if c <= 0 {
		return false
	}
	l := strings.TrimSpace(t[:c])
	return jaStackLabels[l] || stackLabelRe().MatchString(l)
}
