package claims

import (
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

// Claims is what one text states.
type Claims struct {
	Text         string // the text as given; every offset points into it
	Quantities   []Quantity
	Percentiles  []Percentile
	Technologies []Technology
	Terms        []Term  // product-like words the technology table lacks
	Tokens       []Token // versions, funding stages, certification levels, ranks, status codes, 24/7
	Placeholders []Placeholder
	Ownership    Level  // the highest ownership a verb claims
	OwnershipAt  [2]int // offsets of that verb
	Boosters     []Term // "sole", "single-handedly"
	// Periods are the time periods the text speaks of ("monthly", "a
	// year"), in seconds: a figure in a text about monthly spend may be
	// restated per month.
	Periods []float64

	norm string // normalised text, lowercase ASCII
}

// Contains reports whether the text holds phrase (any case, whole words),
// after normalisation.
func (c *Claims) Contains(phrase string) bool {
	return hasWord(c.norm, lowerASCII(normalize(phrase).text))
}

// Technology is a technology or practice a text names.
type Technology struct {
	Name       string // canonical name: "PostgreSQL" for "Postgres"
	Category   string
	Practice   bool // a practice or compliance regime (CI/CD, TDD, PCI DSS)
	Text       string
	Start, End int

	entry *lexicon.Entry
}

// Term is a span of text.
type Term struct {
	Text       string
	Start, End int
}

// Placeholder is a gap the user must fill: [X%], [N users], __%, {X}, TBD.
type Placeholder struct {
	Text       string
	Start, End int
}

// Percentile is a latency label such as p95 or "99th percentile"; a label
// the source lacks is itself a claim.
type Percentile struct {
	Text       string
	Start, End int
	Label      string // normalised: "p95", "p99.9"
}

// TokenKind is what a claim token claims.
type TokenKind string

// Claim token kinds.
const (
	TokenVersion TokenKind = "version" // Python 3.11, TLS 1.3, React 18
	TokenStage   TokenKind = "stage"   // Series B, seed-stage
	TokenLevel   TokenKind = "level"   // SOC 2 Type II, PCI DSS Level 1
	TokenRank    TokenKind = "rank"    // its third engineer, #1, top 10%, Fortune 500
	TokenStatus  TokenKind = "status"  // HTTP 503, 5xx
	TokenAlways  TokenKind = "always"  // 24/7, around the clock
)

// Token is a claim that is neither a quantity nor a technology: supported
// only by the same token in the source.
type Token struct {
	Kind       TokenKind
	Key        string // normalised: "3.11", "series b", "type 2", "employee 3"
	Of         string // for versions: the technology's canonical name
	Text       string
	Start, End int
}

// Level is the ownership a verb claims, from supporting work to owning it.
type Level int

// Ownership levels.
const (
	LevelUnknown Level = iota
	LevelSupport       // helped, assisted, contributed
	LevelExecute       // built, implemented, shipped
	LevelLead          // led, owned, architected
)

func (l Level) String() string {
	return [...]string{"unknown", "support", "execute", "lead"}[l]
}
