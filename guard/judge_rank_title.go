package guard

import (
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// judgeRankTitle: a rank added to a job title ("Head bartender" for
// "Bartender", "charge nurse", "lead electrician") claims a position the
// source does not give, in any of its words for one.
func judgeRankTitle(src []sourceText, cand *claims.Claims) []Finding {
	if !cand.HasText("head") && !cand.HasText("lead") && !cand.HasText("chief") && !cand.HasText("charge") {
		return nil // (the common text)
	}
	text := cand.Text
	lower := strings.ToLower(text)
	for _, rank := range rankWords {
		for _, k := range claims.Occurrences(lower, rank) {
			end := k + len(rank)
			if k > 0 && isLetter(lower[k-1]) || end >= len(lower) || lower[end] != ' ' && lower[end] != '-' {
				continue
			}
			title := strings.TrimLeft(lower[end:], " -")
			n := 0
			for n < len(title) && isLetter(title[n]) {
				n++
			}
			if n == 0 || !titleNouns[title[:n]] && !titleNouns[strings.TrimSuffix(title[:n], "s")] {
				continue
			}
			if rankInSource(claimTexts(src), rank) {
				return nil
			}
			stop := len(lower) - len(title) + n // the title noun's end
			return []Finding{{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: text[k:stop], Start: k, End: stop, Severity: Error,
				Detail: fmt.Sprintf("%q is a rank the source does not give", text[k:stop])}}
		}
	}
	return nil
}

// rankWords raise a title ("head chef", "charge nurse").
var rankWords = []string{"head", "lead", "chief", "charge"}

// titleNouns are the jobs a rank word raises.
var titleNouns = map[string]bool{"nurse": true, "chef": true, "cook": true, "bartender": true, "barista": true, "cashier": true, "electrician": true,
	"plumber": true, "carpenter": true, "mechanic": true, "technician": true, "teacher": true, "driver": true, "waiter": true, "waitress": true,
	"server": true, "receptionist": true, "cleaner": true, "housekeeper": true, "guard": true, "caretaker": true, "gardener": true, "baker": true,
	"butcher": true, "hairdresser": true, "stylist": true, "pharmacist": true, "midwife": true, "carer": true, "porter": true, "picker": true,
	"warehouse": true, "sales": true, "accountant": true, "bookkeeper": true, "cleaning": true, "kitchen": true, "agent": true, "operator": true,
	"installer": true, "fitter": true, "welder": true, "painter": true, "tutor": true, "instructor": true, "coach": true, "lifeguard": true}

// rankInSource: the source gives a rank of any kind in any language.
func rankInSource(src []sourceText, rank string) bool {
	for _, sc := range src {
		l := strings.ToLower(sc.Text)
		if strings.Contains(l, rank) {
			return true
		}
		for _, w := range ranksAbroad {
			if strings.Contains(l, w) {
				return true
			}
		}
	}
	return false
}

// ranksAbroad say head, lead or in charge in the languages sources are
// written in.
var ranksAbroad = []string{"jefe", "jefa", "chef de", "chef d'", "responsable", "encargad", "encarregad", "capo", "leiter", "leitung", "leitend",
	"führ", "verantwortlich", "hoofd", "leidinggev", "kierown", "starsz", "główn", "старш", "главн", "заведу", "начальник", "керівн", "şef",
	"sorumlu", "主任", "主管", "组长", "班长", "責任者", "リーダー", "主任", "팀장", "주임", "책임", "수석", "trưởng", "ketua", "kepala",
	"supervis", "manag", "in charge", "sous", "senior", "principal", "shift lead", "team lead", "foreman"}
