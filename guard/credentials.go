package guard

import (
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// credentialAcronyms are professional credentials written in capitals: a
// rewrite that adds one ("CPA and staff accountant") claims it. The
// source must write it, or spell it out ("Certified Public Accountant").
var credentialAcronyms = map[string]bool{
	"CPA": true, "CMA": true, "CIA": true, "CFP": true, "CFA": true, "EA": true, "CISA": true, "CISM": true, "CISSP": true,
	"RN": true, "LPN": true, "LVN": true, "NP": true, "APRN": true, "CNA": true, "CRNA": true, "BCBA": true, "LCSW": true,
	"LMSW": true, "LPC": true, "PE": true, "EIT": true, "PMP": true, "CAPM": true, "PHR": true, "SPHR": true, "SHRM-CP": true,
	"SHRM-SCP": true, "CSCP": true, "CPIM": true, "CPSM": true, "CCNA": true, "CCNP": true, "CCIE": true, "OSCP": true,
	"CEH": true, "CKA": true, "CKAD": true, "CSM": true, "PSM": true, "CPC": true, "CCS": true, "RHIA": true, "RHIT": true,
	"EMT": true, "CDL": true, "LEED": true, "NCIDQ": true, "CPhT": true,
}

// judgeCredentialAcronyms: a credential in capitals the source neither
// writes nor spells out.
func judgeCredentialAcronyms(src []sourceText, cand claims.Claims) []Finding {
	var fs []Finding
	text := cand.Text
	for at := 0; at < len(text); {
		start := at
		for at < len(text) && (text[at] >= 'A' && text[at] <= 'Z' || text[at] >= 'a' && text[at] <= 'z' || text[at] == '-' && at > start) {
			at++
		}
		if at == start {
			at++
			continue
		}
		if text[start] < 'A' || text[start] > 'Z' || at-start < 2 || text[start+1] < 'A' || text[start+1] > 'Z' {
			continue // an acronym opens with two capitals (CPhT too)
		}
		// "SHRM-CP" whole, or "CPA" of "CPA-level"
		w, end := text[start:at], at
		if !credentialAcronyms[w] {
			if i := strings.IndexByte(w, '-'); i > 0 && credentialAcronyms[w[:i]] {
				w, end = w[:i], start+i
			} else {
				continue
			}
		}
		if inSource(src, w) || abbreviatesSource(src, w) {
			continue
		}
		fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: w, Start: start, End: end, Severity: Error,
			Detail: fmt.Sprintf("%q is a credential the source does not state", w)})
	}
	return fs
}

// judgePlusCertificates: a certificate named with a "+" (CompTIA's A+,
// Network+, Security+) that no source names.
func judgePlusCertificates(src []sourceText, cand claims.Claims) []Finding {
	var fs []Finding
	text := cand.Text
	for i := 1; i < len(text); i++ {
		if text[i] != '+' || !isLetter(text[i-1]) || i+1 < len(text) && (isLetter(text[i+1]) || text[i+1] == '+') {
			continue
		}
		start := i - 1
		for start > 0 && isLetter(text[start-1]) {
			start--
		}
		name := text[start : i+1]
		if name[0] < 'A' || name[0] > 'Z' || len(name) == 2 && name != "A+" || start > 0 && text[start-1] >= '0' && text[start-1] <= '9' {
			continue // "c++" is a language, "2M+" and "N+" are figures
		}
		named := false
		for _, sc := range src {
			named = named || strings.Contains(strings.ToLower(sc.Text), strings.ToLower(name))
		}
		if !named {
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: name, Start: start, End: i + 1, Severity: Error,
				Detail: fmt.Sprintf("%q is a certificate the source does not name", name)})
		}
	}
	return fs
}

// abbreviatesSource: some source text spells w out ("Registered Nurse"
// for RN, "Certified ScrumMaster" for CSM).
func abbreviatesSource(src []sourceText, w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	for i := range src {
		if src[i].Abbreviates(w) {
			return true
		}
	}
	return false
}

// inSource: some source text writes w, case and all, as a word.
func inSource(src []sourceText, w string) bool {
	for i := range src {
		if claims.HasWord(src[i].Text, w) {
			return true
		}
	}
	return false
}

// accolades are distinctions a rewrite may add as an adjective; each needs
// its cue in the source ("award-winning" needs an award, a prize or a win).
var accolades = []struct{ phrase, cues []string }{
	{[]string{"award-winning", "award winning", "prize-winning", "prize winning"}, []string{"award", "prize", "won", "winner", "winning", "recogni", "honor", "honour"}},
	{[]string{"record-breaking", "record breaking", "record-setting"}, []string{"record"}},
	{[]string{"best-selling", "bestselling", "best selling"}, []string{"best-sell", "bestsell", "best sell", "top-sell", "top sell", "#1"}},
}

// judgeAccolades: an accolade whose cue no source has.
func judgeAccolades(src []sourceText, cand claims.Claims) []Finding {
	if !cand.Contains("winning") && !cand.Contains("breaking") && !cand.Contains("setting") && !cand.Contains("selling") && !cand.Contains("bestselling") {
		return nil // (most texts: no need to lower-case them)
	}
	lower := strings.ToLower(cand.Text)
	var fs []Finding
	for _, a := range accolades {
		for _, ph := range a.phrase {
			i := strings.Index(lower, ph)
			if i < 0 {
				continue
			}
			cued := false
			for _, sc := range src {
				l := strings.ToLower(sc.Text)
				for _, c := range a.cues {
					cued = cued || strings.Contains(l, c)
				}
			}
			if !cued {
				fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: cand.Text[i : i+len(ph)], Start: i, End: i + len(ph), Severity: Error,
					Detail: fmt.Sprintf("%q claims a distinction the source does not state", cand.Text[i:i+len(ph)])})
			}
			break
		}
	}
	return fs
}
