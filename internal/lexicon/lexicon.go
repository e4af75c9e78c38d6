package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// Lexicon is an immutable, validated table of technologies with an index for
// finding them in text. Safe for concurrent use.
type Lexicon struct {
	entries []*Entry
	byName  map[string]*Entry    // normalized name or alias -> entry
	index   map[string][]surface // first word -> spellings, longest first
	closure map[*Entry][]*Entry  // every entry an entry entails, transitively
	bundles []*Entry
	extra   []byte // the entries beyond the embedded ones, in the line format
}

type surface struct {
	norm      string // normalized spelling
	form      string // as declared
	entry     *Entry
	ambiguous bool
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded lexicon. It panics only if the embedded data
// is invalid, which the package tests rule out.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		var all []*Entry
		files, _ := fs.Glob(dataFS, "data/*.txt")
		sort.Strings(files)
		for _, f := range files {
			b, err := dataFS.ReadFile(f)
			if err != nil {
				defaultErr = err
				return
			}
			es, err := Parse(f, b)
			if err != nil {
				defaultErr = err
				return
			}
			all = append(all, es...)
		}
		defaultLex, defaultErr = New(all)
	})
	if defaultErr != nil {
		panic("embedded lexicon: " + defaultErr.Error())
	}
	return defaultLex
}

// New validates entries and builds the index: every spelling belongs to one
// entry, entails name existing entries, and entails have no cycle.
func New(entries []*Entry) (*Lexicon, error) {
	l := &Lexicon{byName: map[string]*Entry{}, index: map[string][]surface{}, closure: map[*Entry][]*Entry{}}
	for _, e := range entries {
		if prev, dup := l.byName[normalize(e.Name)]; dup {
			return nil, fmt.Errorf("%q is both an entry and a spelling of %q", e.Name, prev.Name)
		}
		l.byName[normalize(e.Name)] = e
		l.entries = append(l.entries, e)
	}
	for _, e := range entries {
		for _, a := range e.Aliases {
			n := normalize(a)
			if prev, dup := l.byName[n]; dup && prev != e {
				return nil, fmt.Errorf("spelling %q of %q already names %q", a, e.Name, prev.Name)
			}
			l.byName[n] = e
		}
	}
	for _, e := range entries {
		for _, t := range e.Entails {
			if l.byName[normalize(t)] == nil {
				return nil, fmt.Errorf("%q entails unknown %q", e.Name, t)
			}
		}
	}
	for _, e := range entries {
		c, err := l.entailed(e, map[*Entry]bool{})
		if err != nil {
			return nil, err
		}
		l.closure[e] = c
		if e.Bundle {
			l.bundles = append(l.bundles, e)
		}
	}
	seen := map[string]bool{}
	for _, e := range entries {
		for _, s := range e.Surfaces() {
			n := normalize(s)
			if n == "" || seen[n] {
				continue
			}
			seen[n] = true
			k := firstKey(n)
			l.index[k] = append(l.index[k], surface{norm: n, form: s, entry: e, ambiguous: e.ambiguous[n]})
		}
	}
	for k := range l.index {
		s := l.index[k]
		sort.SliceStable(s, func(i, j int) bool { return len(s[i].norm) > len(s[j].norm) })
	}
	return l, nil
}

func (l *Lexicon) entailed(e *Entry, path map[*Entry]bool) ([]*Entry, error) {
	if path[e] {
		return nil, fmt.Errorf("entails cycle through %q", e.Name)
	}
	path[e] = true
	defer delete(path, e)
	var out []*Entry
	seen := map[*Entry]bool{}
	for _, t := range e.Entails {
		te := l.byName[normalize(t)]
		sub, err := l.entailed(te, path)
		if err != nil {
			return nil, err
		}
		for _, x := range append([]*Entry{te}, sub...) {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	return out, nil
}

// Extend returns a new lexicon with extra entries. An extra entry whose name
// is already known adds its aliases and entails to the known entry.
func (l *Lexicon) Extend(extra []*Entry) (*Lexicon, error) {
	merged := make([]*Entry, 0, len(l.entries)+len(extra))
	copies := map[string]*Entry{}
	for _, e := range l.entries {
		c := *e
		c.Aliases = append([]string(nil), e.Aliases...)
		c.Entails = append([]string(nil), e.Entails...)
		c.ambiguous = map[string]bool{}
		for k, v := range e.ambiguous {
			c.ambiguous[k] = v
		}
		copies[normalize(e.Name)] = &c
		merged = append(merged, &c)
	}
	for _, x := range extra {
		if c, ok := copies[normalize(x.Name)]; ok {
			c.Aliases = append(c.Aliases, x.Aliases...)
			c.Entails = append(c.Entails, x.Entails...)
			for k, v := range x.ambiguous {
				c.ambiguous[k] = v
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
func (l *Lexicon) Lookup(s string) *Entry { return l.byName[normalize(s)] }

// Entailed returns every entry e implies, transitively (EKS -> Kubernetes, AWS).
func (l *Lexicon) Entailed(e *Entry) []*Entry { return l.closure[e] }

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
