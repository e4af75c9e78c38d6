package lexicon

import "strings"

// techNouns after an ambiguous spelling make it a technology ("Go services",
// "Helm charts", "Spark jobs", "Jest tests").
var techNouns = set(`service services microservice microservices api apis app apps application
applications code codebase codebases developer developers engineer engineers backend backends
frontend stack cluster clusters module modules library libraries framework sdk sdks project
projects component components hooks chart charts cookbook cookbooks recipe recipes manifest
manifests dag dags workflow workflows job jobs pipeline pipelines runtime server servers client
clients binary binaries firmware driver drivers kernel extension extensions bindings program programs script scripts test tests suite suites plugin plugins
bot bots integration integrations secrets template templates deployment deployments container
containers image images package packages gem gems controller controllers notebook notebooks
function functions handler handlers routines goroutines worker workers cli tooling toolchain
implementation implementations port rewrite migration upgrade version versions developer's
engineers' app's native boot mvc cloud data streaming streams sql spreadsheet spreadsheets
macros workbook workbooks dashboards queries`)

// nounModifiers may sit between a spelling and its technology noun ("a
// Flask web API").
var nounModifiers = set(`web rest restful internal public backend http data admin mobile micro`)

// suffixNouns follow a hyphen: "React-based", "Go-powered".
var suffixNouns = set(`based powered native backed first`)

// usePrepositions before an ambiguous spelling say it is a tool being used.
var usePrepositions = set(`in with using via atop into onto through from use used uses learned know knows`)

// migrationVerbs make "to X" a technology ("migrated to Go").
var migrationVerbs = set(`migrated migrating migrate moved moving ported porting switched switching
rewrote rewritten rewriting converted converting transitioned upgraded upgrading`)

// idiomPattern matches words around a spelling; each position lists its
// alternatives. before runs nearest first.
type idiomPattern struct{ before, after [][]string }

func (p idiomPattern) matches(prev, next func(int) string) bool {
	for k, w := range p.before {
		if !wordMatch(w, prev(k)) {
			return false
		}
	}
	for k, w := range p.after {
		if !wordMatch(w, next(k)) {
			return false
		}
	}
	return true
}

func wordMatch(alts []string, w string) bool {
	for _, alt := range alts {
		if alt == w || alt == "#" && w != "" && isDigit(w[0]) {
			return true
		}
	}
	return false
}

// idioms: ordinary-English uses of ambiguous spellings, keyed by the
// lowercase spelling; "_" is the word itself, "a|b" alternatives, "#" a
// number.
var idioms = compileIdioms(map[string][]string{
	"go": {"_ live", "_ to", "_ ahead|back|beyond|above|through|over|into|out|down|up|public|viral|wrong|well|far|further|faster|deeper|deep|fast|get|off|after|away|along|unnoticed|smoothly|hand",
		"on the _", "let _", "to _ to", "will|would|could|can|must|should|might|may|ready|able _", "_ to market", "_ no"},
	"spring":     {"_ semester|term|break|quarter|season|cleaning|into|up|of|and|summer|fall|autumn|intern|internship|release|cycle", "in the|this|last|next|early|late _", "the|this|last|next|early|late|our|annual _"},
	"react":      {"_ to|quickly|fast|faster|immediately|when|promptly|accordingly", "to|and|could|can|quickly|able _"},
	"swift":      {"_ response|action|resolution|delivery|turnaround|recovery|decision|decisions|fix|fixes|adoption|rollout|onboarding", "a _"},
	"rust":       {"_ belt", "a _"},
	"express":    {"_ delivery|shipping|interest|concern|concerns|consent|purpose|lane|checkout|train|mail", "to _"},
	"vault":      {"_ door|doors", "bank _"},
	"helm":       {"at the _", "the _ of", "_ of"},
	"make":       {"_ sure|it|the|a|an|them|us|changes|decisions|progress|room|sense|time|use|way|an", "to|can|could|would|will|helped|help _"},
	"chef":       {"a|the|head|executive|sous _"},
	"puppet":     {"a _"},
	"spark":      {"_ interest|conversation|conversations|discussion|discussions|ideas|innovation|change|joy|curiosity|engagement", "a _"},
	"airflow":    {"_ management|cooling"},
	"slack":      {"_ time|off|in|capacity", "cut|some|any|no _"},
	"contentful": {"largest|first _ paint"}, // Core Web Vitals (LCP, FCP), no CMS
	"temporal":   {"_ patterns|pattern|trends|trend|data|dimension|dimensions|locality|analysis|resolution|consistency|window|windows|ordering"},
	"unity":      {"_ of"},
	"next":       {"_ step|steps|quarter|year|month|week|day|release|generation|phase|level|sprint|version|wave|stage|milestone|round|iteration|cycle|best|one|time", "the _"},
	"node":       {"_ failure|failures|count|pool|pools|graph|type", "each|every|a|one|leaf|master|worker|root|graph|edge _"},
	"r":          {"_ d", "_ and d"},
	"c":          {"_ suite|level", "grade|plan|vitamin|series _"},
	"jenkins":    {"mr|ms|mrs|dr _"},
	"excel":      {"_ at|in", "to _"},
	"less":       {"_ than|of|time|manual|effort|often|frequent|frequently|likely|code|memory|data|work|toil|noise|downtime|overhead|cost|costly|risk|risky", "much|far|even|no|or|and|with|in|at _"},
	"lambda":     {"_ expression|expressions|calculus"},
	"ruby":       {},
	"rails":      {"guard|safety|hand _", "_ of"},
	"flask":      {"a _"},
	"jest":       {"in _"},
	"cadence":    {"in _ with", "_ of", "a|the|its|our|their|steady|regular|predictable|consistent|weekly|daily|monthly|quarterly|biweekly|release|sprint|meeting|review|delivery|shipping|deploy|deployment|operating|planning|sales|outreach|reporting|in _"},
})

func compileIdioms(m map[string][]string) map[string][]idiomPattern {
	out := map[string][]idiomPattern{}
	for k, ps := range m {
		for _, p := range ps {
			f := strings.Fields(p)
			var ip idiomPattern
			pos := -1
			for i, w := range f {
				if w == "_" {
					pos = i
				}
			}
			for i := pos - 1; i >= 0; i-- {
				ip.before = append(ip.before, strings.Split(f[i], "|"))
			}
			for _, w := range f[pos+1:] {
				ip.after = append(ip.after, strings.Split(w, "|"))
			}
			out[k] = append(out[k], ip)
		}
	}
	return out
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
