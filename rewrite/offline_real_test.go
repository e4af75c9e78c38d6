package rewrite

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/english"
	"github.com/bulletproof-cli/bulletproof/internal/lexicon"
)

const placeholderTail = ", resulting in [measurable result, e.g. X% faster or N users]"

// realBullets are replicas of bullets read in public resumes, job-ad
// responsibility lists and portfolio sites (the wording kept, the people,
// companies and projects changed), in English, French, German, Spanish,
// Chinese and Korean. want is the offline engine's past-tense tightening;
// placeholder says whether measurable-impact adds its placeholder.
var realBullets = []struct {
	in, want    string
	placeholder bool
}{
	// irregular verbs from the table, never "Troubleshooted" or "Geted"
	{"Troubleshoot and debug applications", "Troubleshot and debugged applications.", true},
	{"Troubleshooting customer tickets for the support desk", "Troubleshot customer tickets for the support desk.", true},
	{"Lead a team of five engineers", "Led a team of five engineers.", false}, // "five engineers" is a figure
	{"Undertake code reviews for the platform team", "Undertook code reviews for the platform team.", true},
	{"Oversee the migration to Kubernetes", "Oversaw the migration to Kubernetes.", true},
	{"Set up CI pipelines with GitHub Actions", "Set up CI pipelines with GitHub Actions.", true},
	{"Set up and maintain their build machines", "Set up and maintained their build machines.", true},
	{"Spin up test environments for each pull request", "Spun up test environments for each pull request.", true},
	{"Bring up new clusters in two regions", "Brought up new clusters in two regions.", false},
	{"Seek out new tools for the data team", "Sought out new tools for the data team.", true},
	{"Keep the lights on for 30 services", "Kept the lights on for 30 services.", false},
	{"Write unit tests; deploy to staging", "Wrote unit tests; deployed to staging.", false},
	{"Design and develop web applications using modern frameworks", "Designed and developed web applications using modern frameworks.", true},
	{"Deploy and maintain software systems.", "Deployed and maintained software systems.", true},
	{"Participate in code reviews and technical discussions", "Participated in code reviews and technical discussions.", true},
	{"Build an algorithm for artists to detect copyright infringement", "Built an algorithm for artists to detect copyright infringement.", true},
	// what cannot be converted cleanly stays as it is
	{"Tasked with getting the team onto Terraform", "Tasked with getting the team onto Terraform.", true},
	{"Design and implementation of a payments gateway", "Designed and implemented a payments gateway.", true},
	{"Analysis of production metrics and fixing urgent issues on the live system", "Analyzed production metrics and fixed urgent issues on the live system.", true},
	{"Development and maintenance of the billing API", "Developed and maintained the billing API.", true},
	{"Design and specification work of the ledger", "Design and specification work of the ledger.", true},
	{"Lead developer of an extensible Python library for time series", "Lead developer of an extensible Python library for time series.", true},
	{"Analyze user feedback and make improvements.", "Analyze user feedback and make improvements.", true},
	{"Found and fixed a race in the scheduler", "Found and fixed a race in the scheduler.", true},
	{"Responsibilities include managing the API", "Responsibilities include managing the API.", true},
	// names keep their case
	{"Wrote iRules for F5 load balancers", "Wrote iRules for F5 load balancers.", true},
	{"iOS app for field technicians with offline sync", "iOS app for field technicians with offline sync.", true},
	{"idg.com migration to AWS", "idg.com migration to AWS.", true},
	{"Maintained idg.com and its CDN", "Maintained idg.com and its CDN.", true},
	{"npm scripts for the release", "npm scripts for the release.", true},
	{"Write `make deploy` targets for the build", "Wrote `make deploy` targets for the build.", true},
	{"Deploy services to https://example.com/api", "Deployed services to https://example.com/api", true},
	{"Ran the python.org mirror for the team", "Ran the python.org mirror for the team.", true},
	{"Go services for the payments team", "Go services for the payments team.", true},
	{"Spring Boot APIs for the ledger", "Spring Boot APIs for the ledger.", true},
	// fragments: no full stop, no placeholder
	{"Java", "Java", false},
	{"", "", false},
	{"Skills: Java, Go", "Skills: Java, Go", false},
	{"Implemented caching: Redis", "Implemented caching: Redis", false},
	// a result already, or a list of tools: no placeholder
	{"Recognized with the county's Meritorious Service Award.", "Recognized with the county's Meritorious Service Award.", false},
	{"Worked in C++, Java, MySQL, Node.js and React", "Worked in C++, Java, MySQL, Node.js and React.", false},
	// a label opens the bullet, not a verb
	{"Route types: relay/mesh/static", "Route types: relay/mesh/static", false},
	{"design: theme: moderncv", "design: theme: moderncv", false},
	{"Successfully won a national hackathon", "Won a national hackathon.", false},
	// other languages pass through untouched
	{"Planning et gestion des projets informatiques", "Planning et gestion des projets informatiques", false},
	{"Maintenance préventive et corrective des systèmes avioniques (navigation, radar)", "Maintenance préventive et corrective des systèmes avioniques (navigation, radar)", false},
	{"Diagnostic et réparation des pannes en respectant les normes de sécurité.", "Diagnostic et réparation des pannes en respectant les normes de sécurité.", false},
	{"Mise en place", "Mise en place", false},
	{"betalingsintegraties onderhouden", "betalingsintegraties onderhouden", false},
	{"Entwicklung von UI-Komponenten für die Notenverwaltung", "Entwicklung von UI-Komponenten für die Notenverwaltung", false},
	{"Basis-Styling mit Tailwind CSS", "Basis-Styling mit Tailwind CSS", false},
	{"Desarrollo de un motor de plantillas para la configuración de documentos", "Desarrollo de un motor de plantillas para la configuración de documentos", false},
	{"负责后端服务的设计与开发", "负责后端服务的设计与开发", false},
	{"使用 Vue2 编写主要展示页面和商品列表模块", "使用 Vue2 编写主要展示页面和商品列表模块", false},
	{"通过懒加载商品图片与合并请求，将首屏加载时间从 2.4s 缩短至 1.8s", "通过懒加载商品图片与合并请求，将首屏加载时间从 2.4s 缩短至 1.8s", false},
	{"백엔드 서비스 개발 및 운영", "백엔드 서비스 개발 및 운영", false},
	{"스타트업에서 Platform API 와 Testing, BackOffice 를 담당했습니다.", "스타트업에서 Platform API 와 Testing, BackOffice 를 담당했습니다.", false},
}

func TestOfflineOnRealBullets(t *testing.T) {
	lex := lexicon.Default()
	for _, c := range realBullets {
		t.Run(c.in, func(t *testing.T) {
			got := tighten(c.in, "past", Style{Period: true}, lex)
			if got != c.want {
				t.Errorf("tighten\n got %q\nwant %q", got, c.want)
			}
			mi := addPlaceholder(got, lex)
			if has := strings.HasSuffix(strings.TrimSuffix(mi, "."), placeholderTail); has != c.placeholder {
				t.Errorf("measurable-impact: %q", mi)
			}
		})
	}
}

// sharedBullets are the bullets of the shared data: the weak-bullets list
// and every highlight of the JSON Resume samples.
func sharedBullets(t *testing.T) []string {
	t.Helper()
	var out []string
	b, err := os.ReadFile("../../shared/data/weak-bullets/bullets.txt")
	if err != nil {
		t.Skip("shared data not found:", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	files, _ := filepath.Glob("../../shared/data/jsonresume/*.resume.json")
	for _, f := range files {
		var r struct {
			Work, Projects, Volunteer []struct{ Highlights []string }
		}
		b, _ := os.ReadFile(f)
		if json.Unmarshal(b, &r) != nil {
			continue
		}
		for _, sec := range [][]struct{ Highlights []string }{r.Work, r.Projects, r.Volunteer} {
			for _, e := range sec {
				out = append(out, e.Highlights...)
			}
		}
	}
	return out
}

// TestOfflineNeverMakesABulletWorse: on every shared bullet and every
// replica above, the offline rules invent nothing the guard rejects, coin
// no past tense the dictionary lacks, keep every name's case, and leave
// what is not English as it was.
func TestOfflineNeverMakesABulletWorse(t *testing.T) {
	lex := lexicon.Default()
	bullets := sharedBullets(t)
	for _, c := range realBullets {
		bullets = append(bullets, c.in)
	}
	if len(bullets) < 80 {
		t.Fatalf("only %d bullets", len(bullets))
	}
	for _, in := range bullets {
		for _, tense := range []string{"past", "present"} {
			out := tighten(in, tense, Style{Period: true}, lex)
			mi := addPlaceholder(out, lex)
			if v := guard.MustNew(guard.Options{}).Prepare(guard.Source{Text: in}).Check(mi); v.Decision == guard.Reject {
				t.Errorf("%q -> %q: rejected %+v", in, mi, v.Errors())
			}
			if !english.IsEnglish(in) && (out != in || mi != in) {
				t.Errorf("not English, yet %q -> %q / %q", in, out, mi)
			}
			before := map[string]bool{}
			for _, w := range strings.Fields(in) {
				before[strings.ToLower(strings.Trim(w, ",.;:"))] = true
			}
			for _, w := range strings.Fields(out) {
				w = strings.Trim(w, ",.;:")
				lw := strings.ToLower(w)
				if !before[lw] && strings.HasSuffix(lw, "ed") && !english.IsWord(lw) {
					t.Errorf("%q -> %q: %q is no English word", in, out, w)
				}
			}
			for _, w := range strings.Fields(in) {
				w = strings.Trim(w, ",.;:()")
				if mixedCase(w) && !strings.Contains(out, w) {
					t.Errorf("%q -> %q: the name %q lost its case", in, out, w)
				}
			}
		}
	}
}

// mixedCase: a name whose case carries meaning (iRules, iOS, idg.com).
func mixedCase(w string) bool {
	if strings.ContainsAny(w, "./@`") {
		return true
	}
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower([]rune(w)[0]) {
			return true
		}
	}
	return false
}
