package lexicon

import (
	"fmt"
	"strings"
	"sync"
)

// loaded memoises Load: the commands, the guard and the claim reader each
// ask for the lexicon with the same extra entries, and build it once.
var (
	loadMu sync.Mutex
	loaded = map[string]*Lexicon{}
)

// Load returns the embedded lexicon extended with extra entries in the line
// format ("name | category | aliases | flags | entails"); with no extra
// entries it is Default(). Lexicons built from the same bytes are one.
func Load(extra []byte) (*Lexicon, error) { return LoadFile("lexicon", extra) }

// LoadFile is Load with the file's name for errors ("extra.txt:3: ...").
func LoadFile(name string, extra []byte) (*Lexicon, error) {
	if len(strings.TrimSpace(string(extra))) == 0 {
		return Default(), nil
	}
	key := string(extra)
	loadMu.Lock()
	defer loadMu.Unlock()
	if l, ok := loaded[key]; ok {
		return l, nil
	}
	es, err := Parse(name, extra)
	if err != nil {
		return nil, err
	}
	l, err := Default().Extend(es)
	if err != nil {
		return nil, err
	}
	l.extra = append([]byte(nil), extra...)
	if len(loaded) >= 8 {
		clear(loaded)
	}
	loaded[key] = l
	return l, nil
}

// Extra is the extra entries this lexicon has beyond the embedded one, in
// the line format: Load(l.Extra()) is a lexicon equal to l.
func (l *Lexicon) Extra() []byte { return l.extra }

// Line writes the entry in the line format.
func (e *Entry) Line() string {
	mark := func(s string) string {
		if e.Ambiguous(s) {
			return "~" + s
		}
		return s
	}
	var aliases []string
	for _, a := range e.Aliases {
		aliases = append(aliases, mark(a))
	}
	var flags []string
	if e.CaseSensitive {
		flags = append(flags, "case")
	}
	if e.Bundle {
		flags = append(flags, "bundle")
	}
	return fmt.Sprintf("%s | %s | %s | %s | %s", mark(e.Name), e.Category, strings.Join(aliases, ", "), strings.Join(flags, " "), strings.Join(e.Entails, ", "))
}

// Bundles are the entries named for a set of others ("ELK" for
// Elasticsearch, Logstash and Kibana): a text naming every part shows the
// bundle.
func (l *Lexicon) Bundles() []*Entry { return l.bundles }
