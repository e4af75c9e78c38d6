package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:generate go test -run TestGeneratedIndex -update .

//go:embed data/*.txt
var dataFS embed.FS

// Lexicon is an immutable, validated table of technologies with an index for
// finding them in text. Safe for concurrent use.
type Lexicon struct {
	entries []*Entry
	names   []name     // every normalised name and alias, sorted
	index   table      // first word -> spellings, longest first
	closure [][]*Entry // by entry id: every entry it entails, transitively
	bundles []*Entry
	extra   []byte // the entries beyond the embedded ones, in the line format
}

type name struct {
	key   string
	entry *Entry
}

type surface struct {
	norm      string // normalized spelling
	form      string // as declared
	entry     *Entry
	ambiguous bool
}

// table maps a spelling's first word to its spellings: open addressing
// over FNV-1a, so that it can be written out as static data (see
// index_gen.go) and costs nothing to load.
type table struct {
	keys  []string
	spell [][]surface
	slots []uint32 // a power of two long; 0 empty, else 1 + index into keys
}

func hashKey[T string | []byte](k T) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h ^= uint32(k[i])
		h *= 16777619
	}
	return h
}

func (t *table) get(key []byte) []surface {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	for i := hashKey(key) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if t.keys[s-1] == string(key) {
			return t.spell[s-1]
		}
	}
}

func newTable(m map[string][]surface) table {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	n := 1
	for n < 2*len(keys) {
		n *= 2
	}
	t := table{keys: keys, spell: make([][]surface, len(keys)), slots: make([]uint32, n)}
	mask := uint32(n - 1)
	for i, k := range keys {
		t.spell[i] = m[k]
		j := hashKey(k) & mask
		for t.slots[j] != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = uint32(i + 1)
	}
	return t
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the embedded lexicon, built at go generate time from
// data/*.txt (index_gen.go): loading it costs nothing.
func Default() *Lexicon {
	defaultOnce.Do(func() { defaultLex = generated() })
	return defaultLex
}

// parseEmbedded reads data/*.txt: what go generate writes out as
// index_gen.go, and what the test checks it against.
func parseEmbedded() ([]*Entry, error) {
	var all []*Entry
	files, _ := fs.Glob(dataFS, "data/*.txt")
	sort.Strings(files)
	for _, f := range files {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		es, err := Parse(f, b)
		if err != nil {
			return nil, err
		}
		all = append(all, es...)
	}
	return all, nil
}

// New validates entries and builds the index: every spelling belongs to one
// entry, entails name existing entries, and entails have no cycle.
func New(entries []*Entry) (*Lexicon, error) {
	l := &Lexicon{entries: entries}
	byName := map[string]*Entry{}
	for i, e := range entries {
		e.id = i
		if prev, dup := byName[normalize(e.Name)]; dup {
			return nil, fmt.Errorf("%q is both an entry and a spelling of %q", e.Name, prev.Name)
		}
		byName[normalize(e.Name)] = e
	}
	for _, e := range entries {
		for _, a := range e.Aliases {
			n := normalize(a)
			if prev, dup := byName[n]; dup && prev != e {
				return nil, fmt.Errorf("spelling %q of %q already names %q", a, e.Name, prev.Name)
			}
			byName[n] = e
		}
	}
	for _, e := range entries {
		for _, t := range e.Entails {
			if byName[normalize(t)] == nil {
				return nil, fmt.Errorf("%q entails unknown %q", e.Name, t)
			}
		}
	}
	l.names = make([]name, 0, len(byName))
	for k, e := range byName {
		l.names = append(l.names, name{k, e})
	}
	slices.SortFunc(l.names, func(a, b name) int { return strings.Compare(a.key, b.key) })
	l.closure = make([][]*Entry, len(entries))
	done := make([]bool, len(entries))
	for _, e := range entries {
		if err := l.close(e, byName, done, map[*Entry]bool{}); err != nil {
			return nil, err
		}
		if e.Bundle {
			l.bundles = append(l.bundles, e)
		}
	}
	index := map[string][]surface{}
	seen := map[string]bool{}
	for _, e := range entries {
		for _, s := range e.Surfaces() {
			n := normalize(s)
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			k := firstKey(n)
			index[k] = append(index[k], surface{norm: n, form: s, entry: e, ambiguous: e.isAmbiguous(n)})
		}
	}
	// a name of words is also written joined ("UnrealEngine", "PowerBI"):
	// the joined spelling names it too, where no other spelling is it
	for _, e := range entries {
		if e.CaseSensitive {
			continue
		}
		for _, s := range e.Surfaces() {
			n := normalize(s)
			joined := strings.ReplaceAll(n, " ", "")
			if joined == n || len(joined) < 6 || seen[joined] || byName[joined] != nil || strings.ContainsAny(joined, "-./") {
				continue
			}
			seen[joined] = true
			index[joined] = append(index[joined], surface{norm: joined, form: strings.ReplaceAll(s, " ", ""), entry: e})
		}
	}
	for k := range index {
		s := index[k]
		sort.SliceStable(s, func(i, j int) bool { return len(s[i].norm) > len(s[j].norm) })
	}
	l.index = newTable(index)
	return l, nil
}

// close computes what e entails, transitively, once per entry.
func (l *Lexicon) close(e *Entry, byName map[string]*Entry, done []bool, path map[*Entry]bool) error {
	if done[e.id] {
		return nil
	}
	if path[e] {
		return fmt.Errorf("entails cycle through %q", e.Name)
	}
	path[e] = true
	defer delete(path, e)
	var out []*Entry
	for _, t := range e.Entails {
		te := byName[normalize(t)]
		if err := l.close(te, byName, done, path); err != nil {
			return err
		}
		for _, x := range append([]*Entry{te}, l.closure[te.id]...) {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	l.closure[e.id] = out
	done[e.id] = true
	return nil
}

// Extend returns a new lexicon with extra entries. An extra entry whose name
// is already known adds its aliases and entails to the known entry.
func (l *Lexicon) Extend(extra []*Entry) (*Lexicon, error) {
	merged := make([]*Entry, 0, len(l.entries)+len(extra))
	copies := map[string]*Entry{}
	for _, e := range l.entries {
		c := *e
		c.Aliases = slices.Clone(e.Aliases)
		c.Entails = slices.Clone(e.Entails)
		c.ambiguous = slices.Clone(e.ambiguous)
		copies[normalize(e.Name)] = &c
		merged = append(merged, &c)
	}
	for _, x := range extra {
		if c, ok := copies[normalize(x.Name)]; ok {
			c.Aliases = append(c.Aliases, x.Aliases...)
			c.Entails = append(c.Entails, x.Entails...)
			for _, a := range x.ambiguous {
				if !c.isAmbiguous(a) {
					c.ambiguous = append(c.ambiguous, a)
				}
			}
			continue
		}
		merged = append(merged, x)
	}
	out, err := New(merged)
	if err != nil {
		return nil, err
	}
	out.extra = append([]byte(nil), l.extra...)
	for _, x := range extra {
		out.extra = append(out.extra, x.Line()+"\n"...)
	}
	return out, nil
}

// Entries returns every entry, in table order.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Lookup finds an entry by its name or any alias, in any case.
func (l *Lexicon) Lookup(s string) *Entry {
	k := normalize(s)
	i := sort.Search(len(l.names), func(i int) bool { return l.names[i].key >= k })
	if i < len(l.names) && l.names[i].key == k {
		return l.names[i].entry
	}
	return nil
}

// Entailed returns every entry e implies, transitively (EKS -> Kubernetes, AWS).
func (l *Lexicon) Entailed(e *Entry) []*Entry {
	if e == nil || e.id >= len(l.closure) || e.id < 0 || e.id < len(l.entries) && l.entries[e.id] != e {
		return nil
	}
	return l.closure[e.id]
}

// normalize folds case and treats '-', '_' and runs of white space as one
// space, so "Spring-Boot", "spring_boot" and "Spring  Boot" are one spelling.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == '-' || r == '_' || r == ' ' || r == '\t' || r == '\n' || r == '\r':
			space = true
			continue
		case r == '’':
			r = '\''
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= 0x80:
			r = toLowerRune(r)
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// firstKey is the index key of a normalized spelling: its leading run of
// letters and digits, with a leading '.' kept (".net").
func firstKey(n string) string {
	i := 0
	if i < len(n) && !isAlnum(n[i]) {
		i++
	}
	for i < len(n) && isAlnum(n[i]) {
		i++
	}
	return n[:i]
}

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z'
}
func isDigit(b byte) bool { return b >= '0' && b <= '9' }
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
