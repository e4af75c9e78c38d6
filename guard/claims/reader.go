package claims

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Options configure a Reader.
type Options struct {
	// Lexicon holds extra technologies in the lexicon's line format, one a
	// line: "name | category | aliases | flags | entails". They join the
	// embedded table of some 2,500 technologies and practices.
	Lexicon []byte
}

// Reader reads claims. It is immutable and safe for concurrent use.
type Reader struct {
	lex *lexicon.Lexicon
	// parts are each bundle's parts (ELK's Elasticsearch, Logstash and
	// Kibana), looked up once rather than on every check
	parts [][]*lexicon.Entry
}

// New returns a reader over the embedded technology table plus any extra
// entries in opts.
func New(opts Options) (*Reader, error) {
	lex, err := lexicon.Load(opts.Lexicon)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	r := &Reader{lex: lex}
	for _, b := range lex.Bundles() {
		var parts []*lexicon.Entry
		for _, name := range b.Entails {
			parts = append(parts, lex.Lookup(name))
		}
		r.parts = append(r.parts, parts)
	}
	return r, nil
}

// MustNew is New for options known to be valid (extra entries a lexicon
// was already built from); it panics on invalid ones.
func MustNew(opts Options) *Reader {
	r, err := New(opts)
	if err != nil {
		panic("claims: " + err.Error())
	}
	return r
}

// scratch is what Read needs only while it reads, pooled: reading runs on
// every candidate.
type scratch struct {
	toks               []token // the text's tokens: they would otherwise dominate reading's allocations
	mentions           []lexicon.Mention
	masked, taken, set []span
	techEnds           []techEnd
	quantities         []Quantity // the parser's, copied out at the right size: most texts hold none
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (s *scratch) release() {
	if cap(s.mentions) > 256 || cap(s.masked) > 1024 || cap(s.taken) > 1024 || cap(s.toks) > 4096 || cap(s.quantities) > 64 {
		return // a huge text: let it go
	}
	clear(s.toks)
	s.toks = s.toks[:0]
	clear(s.mentions)
	clear(s.techEnds)
	clear(s.quantities)
	s.quantities = s.quantities[:0]
	s.mentions, s.masked, s.taken, s.set, s.techEnds = s.mentions[:0], s.masked[:0], s.taken[:0], s.set[:0], s.techEnds[:0]
	scratchPool.Put(s)
}

// unfinishedPhrases say a credential is still being worked for, in the
// phrases the word reader does not see one token at a time ("AWS認定資格の
// 取得に向けて学習中", "готовлю к сдаче", "i gang med uddannelse").
var unfinishedPhrases = []string{"学習中", "勉強中", "準備中", "取得に向けて", "受験予定", "正在准备", "备考", "准备考试", "在读", "준비 중", "준비중", "취득 예정",
	"готовлю", "готовлюсь", "подготовка к", "готуюся", "i gang med", "under uddannelse", "bezig met", "in ausbildung", "pågående", "w trakcie"}

// unfinishedPhrase: text holds one of unfinishedPhrases.
func unfinishedPhrase(text string) bool {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii && !strings.Contains(text, " gang ") && !strings.Contains(text, "nder ") && !strings.Contains(text, "bezig") && !strings.Contains(text, "usbildung") {
		return false // (the common text: no phrase of the list can be in it)
	}
	lower := strings.ToLower(text)
	for _, ph := range unfinishedPhrases {
		if strings.Contains(lower, ph) {
			return true
		}
	}
	return false
}

// cjkCredentials finds a certificate or licence named in Chinese, Japanese
// or Korean ("AWS認定", "AINS资格", "정보처리기사 자격증"), which the word
// reader does not split out.
func cjkCredentials(text string) []Term {
	var out []Term
	for i := 0; i < len(text); i++ {
		if text[i] < 0xe3 || text[i] > 0xed {
			continue
		}
		for _, w := range []string{"認定", "資格", "资格", "认证", "证书", "證照", "자격증", "면허"} {
			if strings.HasPrefix(text[i:], w) {
				out = append(out, Term{Text: w, Start: i, End: i + len(w)})
				i += len(w) - 1
				break
			}
		}
	}
	return out
}

// unitAfterNumber: the mention at [start, end) is a short word in lower
// case right after a figure: a unit ("2.500 ml"), not ML.
func unitAfterNumber(text string, start, end int) bool {
	if end-start > 3 || start == 0 {
		return false
	}
	var buf [3]byte // the mention, lower-cased without allocating
	upper := false
	for i := start; i < end; i++ {
		c := text[i]
		if !isLetterB(c) {
			return false
		}
		if c < 'a' {
			upper = true
			c += 'a' - 'A'
		}
		buf[i-start] = c
	}
	if _, unit := physicalUnits[string(buf[:end-start])]; upper && !unit {
		return false // ("2,500 mL": a unit written with a capital; "ML" alone is no unit)
	}
	k := start - 1
	if text[k] == ' ' && k > 0 {
		k--
	}
	return isDigitB(text[k])
}

// Read reads the claims in text.
func (r *Reader) Read(text string) Claims { return r.read(text, true) }

// ReadSource reads what a source offers as evidence. The claims judged only
// in a rewrite — product terms, scopes, credential names, accolades and
// where the ownership verb sits — are left empty: no judge asks a source
// for them, and finding them is a tenth of reading a text.
func (r *Reader) ReadSource(text string) Claims { return r.read(text, false) }

func (r *Reader) read(text string, rewrite bool) Claims {
	n := normalize(text)
	norm := n.text
	lower := lexicon.LowerASCII(norm) // the lexicon's, so that its offsets are ours
	c := Claims{Text: text, norm: lower}
	c.Placeholders = findPlaceholders(norm)
	s := scratchPool.Get().(*scratch)
	defer s.release()
	masked := s.masked
	for _, p := range c.Placeholders {
		masked = append(masked, span{p.Start, p.End})
	}
	holes := spanSet(masked)
	s.mentions = r.lex.AppendFindLower(s.mentions, norm, lower)
	toks := tokenizeInto(s.toks[:0], norm, lower)
	s.toks = toks
	p := &parser{text: norm, ltext: lower, toks: toks, out: s.quantities[:0], techEnds: s.techEnds, source: !rewrite}
	c.Technologies = make([]Technology, 0, len(s.mentions))
	k := 0
	for _, m := range s.mentions {
		if len(holes) > 0 && holes.overlaps(m.Start, m.End) || unitAfterNumber(norm, m.Start, m.End) {
			continue
		}
		c.Technologies = append(c.Technologies, Technology{Name: m.Entry.Name, Category: m.Entry.Category, Practice: m.Entry.IsPractice(), Ambiguous: m.Ambiguous,
			Text: m.Text, Start: m.Start, End: m.End, entry: m.Entry})
		masked = append(masked, span{m.Start, m.End})
		for k < len(toks) && toks[k].start < m.End {
			k++
		}
		if k < len(toks) && !m.Entry.IsPractice() {
			// a version may follow a tool, not a practice ("ETL 15x")
			p.techEnds = append(p.techEnds, techEnd{k, m.Entry.Name})
		}
	}
	if digits(norm) >= 7 {
		masked = append(masked, findPhones(norm)...)
	}
	s.set = s.set[:0]
	p.masked = newSpanSetInto(s.set, masked)
	s.masked, s.techEnds, s.set = masked, p.techEnds, p.masked
	p.run()
	p.comparedUnits()
	p.subjects()
	p.shares()
	s.quantities = p.out
	if len(p.out) > 0 {
		c.Quantities = slices.Clone(p.out)
	}
	c.Percentiles, c.Tokens, c.Periods = p.pct, p.claims, p.periods()
	c.Credentials, c.Unfinished, c.Held = append(p.credentials, cjkCredentials(norm)...), p.unfinished || unfinishedPhrase(norm), p.held
	c.Technologies = statusPrefixes(c.Technologies, c.Tokens, norm)
	c.Credentials = append(c.Credentials, certifiedNames(c.Technologies)...)
	if !rewrite {
		c.Ownership, _, c.Boosters = ownership(norm, lower)
		if n.offs != nil {
			c.restore(n)
		}
		return c
	}
	taken := append(s.taken, p.masked...)
	for i := range c.Quantities {
		taken = append(taken, span{c.Quantities[i].Start, c.Quantities[i].End})
	}
	for _, x := range c.Percentiles {
		taken = append(taken, span{x.Start, x.End})
	}
	for _, x := range c.Tokens {
		taken = append(taken, span{x.Start, x.End})
	}
	s.taken = taken
	c.Terms = productTerms(norm, toks, newSpanSetInto(taken[:0:0], taken))
	c.Ownership, c.OwnershipAt, c.Boosters = ownership(norm, lower)
	c.Scopes = scopes(norm, lower, toks)
	c.CredentialNames, c.Accolades = credentialNames(norm, toks), accoladeTerms(norm, lower, toks)
	if n.offs != nil {
		c.restore(n)
	}
	return c
}

// certifiedNames: a standard named with its certification ("ISO 27001
// certification", one name in the lexicon) claims the certificate too.
func certifiedNames(ts []Technology) []Term {
	var out []Term
	for _, t := range ts {
		for _, w := range []string{" certification", " certified", " certificate"} {
			if len(t.Text) > len(w) && strings.EqualFold(t.Text[len(t.Text)-len(w):], w) {
				out = append(out, Term{Text: t.Text[len(t.Text)-len(w)+1:], Start: t.End - len(w) + 1, End: t.End})
			}
		}
	}
	return out
}

// statusPrefixes drops "HTTP" where it only prefixes a status code ("HTTP
// 503 errors"): the status is the claim.
func statusPrefixes(ts []Technology, toks []Token, text string) []Technology {
	out := ts[:0]
	for _, t := range ts {
		drop := false
		for _, k := range toks {
			if k.Kind == TokenStatus && k.Start >= t.End && strings.TrimSpace(text[t.End:k.Start]) == "" && strings.HasPrefix(strings.ToLower(t.Text), "http") {
				drop = true
			}
		}
		if !drop {
			out = append(out, t)
		}
	}
	return out
}

// restore maps every span from the normalised text back to the text as
// given.
func (c *Claims) restore(n normalized) {
	restoreAll(c.Quantities, c.Text, n)
	restoreAll(c.Percentiles, c.Text, n)
	restoreAll(c.Technologies, c.Text, n)
	restoreAll(c.Terms, c.Text, n)
	restoreAll(c.Tokens, c.Text, n)
	restoreAll(c.Placeholders, c.Text, n)
	restoreAll(c.Boosters, c.Text, n)
	restoreAll(c.Scopes, c.Text, n)
	restoreAll(c.CredentialNames, c.Text, n)
	restoreAll(c.Accolades, c.Text, n)
	restoreAll(c.Credentials, c.Text, n)
	if c.OwnershipAt != [2]int{} {
		c.OwnershipAt[0], c.OwnershipAt[1] = n.span(c.OwnershipAt[0], c.OwnershipAt[1])
	}
}

// spanned is a claim with a text and its offsets.
type spanned[T any] interface {
	*T
	spanOf() (text *string, start, end *int)
}

// restoreAll maps the spans of xs back to text, the text as given.
func restoreAll[T any, P spanned[T]](xs []T, text string, n normalized) {
	for i := range xs {
		t, start, end := P(&xs[i]).spanOf()
		*start, *end = n.span(*start, *end)
		*t = text[*start:*end]
	}
}

func (q *Quantity) spanOf() (*string, *int, *int)    { return &q.Text, &q.Start, &q.End }
func (x *Percentile) spanOf() (*string, *int, *int)  { return &x.Text, &x.Start, &x.End }
func (x *Technology) spanOf() (*string, *int, *int)  { return &x.Text, &x.Start, &x.End }
func (x *Term) spanOf() (*string, *int, *int)        { return &x.Text, &x.Start, &x.End }
func (x *Token) spanOf() (*string, *int, *int)       { return &x.Text, &x.Start, &x.End }
func (x *Placeholder) spanOf() (*string, *int, *int) { return &x.Text, &x.Start, &x.End }

// Technologies finds the technologies text names.
func (r *Reader) Technologies(text string) []Technology {
	var out []Technology
	for _, m := range r.lex.Find(normalize(text).text) {
		out = append(out, Technology{Name: m.Entry.Name, Category: m.Entry.Category, Practice: m.Entry.IsPractice(), Text: m.Text, Start: m.Start, End: m.End})
	}
	return out
}

// Entails lists the canonical names a technology implies, transitively
// (EKS implies Kubernetes and AWS).
func (r *Reader) Entails(name string) []string {
	e := r.lex.Lookup(name)
	if e == nil {
		return nil
	}
	var out []string
	for _, x := range r.lex.Entailed(e) {
		out = append(out, x.Name)
	}
	return out
}

// IsBundle reports whether the technology with this canonical name is a
// stack of others (MERN, ELK).
func (r *Reader) IsBundle(name string) bool {
	e := r.lex.Lookup(name)
	for _, b := range r.lex.Bundles() {
		if b == e {
			return true
		}
	}
	return false
}

// Surfaces lists the spellings of the technology with this canonical
// name: its name and aliases.
func (r *Reader) Surfaces(name string) []string {
	if e := r.lex.Lookup(name); e != nil {
		return e.Surfaces()
	}
	return nil
}

// Category is the lexicon category of the technology with this canonical
// name ("cloud" for AWS), or "".
func (r *Reader) Category(name string) string {
	if e := r.lex.Lookup(name); e != nil {
		return e.Category
	}
	return ""
}

// Support is what some texts show of each technology: named outright,
// implied by another they name (EKS implies Kubernetes and AWS), shown by
// what they describe (automated build, test and deploy is CI/CD), or a
// stack whose every part they name (Elasticsearch, Logstash and Kibana are
// ELK). A Support is not safe for concurrent use.
type Support struct{ s *support }

type support struct {
	r         *Reader
	via       map[string]string // canonical name -> what shows it (itself when named)
	order     []*lexicon.Entry  // entries shown outright, in the order the texts name them
	texts     []string          // normalised texts, read for described practices on the first miss
	described bool
}

// Support computes what the texts show.
func (r *Reader) Support(texts ...Claims) Support {
	n := 0
	for _, c := range texts {
		n += len(c.Technologies)
	}
	s := &support{r: r, via: make(map[string]string, n), order: make([]*lexicon.Entry, 0, n), texts: make([]string, 0, len(texts))}
	for _, c := range texts {
		for _, m := range c.Technologies {
			e := m.entry
			if e == nil {
				e = r.lex.Lookup(m.Name)
			}
			s.show(e)
		}
		s.texts = append(s.texts, c.norm)
	}
	s.close()
	return Support{s}
}

func (s *support) show(e *lexicon.Entry) {
	if e != nil && s.via[e.Name] != e.Name {
		s.via[e.Name] = e.Name
		s.order = append(s.order, e)
	}
}

// close adds what the named technologies imply, first namer first, and the
// stacks they complete.
func (s *support) close() {
	for _, e := range s.order {
		for _, x := range s.r.lex.Entailed(e) {
			if s.via[x.Name] == "" {
				s.via[x.Name] = e.Name
			}
		}
	}
	for k, b := range s.r.lex.Bundles() {
		if s.via[b.Name] != "" {
			continue
		}
		all := len(b.Entails) > 0
		for _, part := range s.r.parts[k] {
			all = all && part != nil && s.via[part.Name] != ""
		}
		if all {
			s.show(b)
		}
	}
}

// describe adds the practices the texts describe; reading for them costs
// more than a lookup, so it waits for a technology not otherwise shown.
func (s *support) describe() {
	s.described = true
	added := false
	for _, t := range s.texts {
		for _, name := range s.r.lex.Evidence(t) {
			if s.via[name] == "" {
				s.show(s.r.lex.Lookup(name))
				added = true
			}
		}
	}
	if added {
		s.close()
	}
}

// Has reports whether the texts show the technology with this canonical
// name.
func (s Support) Has(name string) bool { return s.Via(name) != "" }

// Via is what shows the technology: its own name when named or described,
// else the technology implying it; "" when nothing does.
func (s Support) Via(name string) string {
	if s.s == nil {
		return ""
	}
	if v := s.s.via[name]; v != "" || s.s.described {
		return v
	}
	s.s.describe()
	return s.s.via[name]
}
