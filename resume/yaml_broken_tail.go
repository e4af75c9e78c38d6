package resume

import (
	"strconv"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"go.yaml.in/yaml/v3"
)

// A data file edited by hand may break YAML far down ("others:" with an
// item indented one space off) while what comes before reads well: the
// top-level keys before the broken one are the resume, as a site
// generator's preview shows them until the error.

var yamlErrLineRe = lazy.Regexp(`line (\d+)`)

// yamlSoundPrefix: where the top-level key that holds a YAML error opens,
// when the file before it parses as a mapping of its own; ok false when
// the error names no line or nothing before it reads.
func yamlSoundPrefix(src []byte, err error) (int, bool) {
	m := yamlErrLineRe().FindStringSubmatch(err.Error())
	if m == nil {
		return 0, false
	}
	bad, _ := strconv.Atoi(m[1])
	cut := -1
	for n, l := range frontMatterLines(src, 0, len(src)) {
		if n+1 > bad {
			break
		}
		if l.indent == 0 && l.text != "" && l.text[0] != '#' && l.text[0] != '-' {
			cut = l.start
		}
	}
	if cut <= 0 {
		return 0, false
	}
	var head any
	if yaml.Unmarshal(src[:cut], &head) != nil {
		return 0, false
	}
	if _, ok := head.(map[string]any); !ok {
		return 0, false
	}
	return cut, true
}
