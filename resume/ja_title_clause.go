package resume

import "strings"

// A Japanese section title may qualify a known name with a clause before
// it: "関連する資格" (the qualifications that bear on the post), "保有する
// 資格" (those held) are the qualifications all the same; and one that
// opens with "開発した", "制作した" (that I developed, that I made), as
// "開発したシステムやアプリケーションの概要" does, lists the things built:
// the projects.

// jaClausePrefixes qualify the name after them; jaMadePrefixes say the
// section lists things made.
var (
	jaClausePrefixes = []string{"関連する", "保有する", "保有している", "取得した", "取得済みの", "主な"}
	jaMadePrefixes   = []string{"開発した", "制作した", "作成した", "開発・運用した"}
)

// jaClauseTitleKind: the kind of a Japanese title led by such a clause.
func jaClauseTitleKind(n string) (string, bool) {
	for _, p := range jaMadePrefixes {
		if rest, ok := strings.CutPrefix(n, p); ok && rest != "" {
			return SecProjects, true
		}
	}
	for _, p := range jaClausePrefixes {
		if rest, ok := strings.CutPrefix(n, p); ok && rest != "" {
			if k, known := sectionNames()[rest]; known && k != kindContact {
				return k, true
			}
		}
	}
	return "", false
}
