package claims

import "strings"

// Credentials a text names outright: in capitals (CPA, RN, SHRM-CP) or
// with CompTIA's "+" (Security+), and accolades written as adjectives
// ("award-winning"). Each is a claim the judge asks the source to make.

// credentialAcronyms are professional credentials written in capitals.
var credentialAcronyms = map[string]bool{
	"CPA": true, "CMA": true, "CIA": true, "CFP": true, "CFA": true, "EA": true, "CISA": true, "CISM": true, "CISSP": true,
	"RN": true, "LPN": true, "LVN": true, "NP": true, "APRN": true, "CNA": true, "CRNA": true, "BCBA": true, "LCSW": true,
	"LMSW": true, "LPC": true, "PE": true, "EIT": true, "PMP": true, "CAPM": true, "PHR": true, "SPHR": true, "SHRM-CP": true,
	"SHRM-SCP": true, "CSCP": true, "CPIM": true, "CPSM": true, "CCNA": true, "CCNP": true, "CCIE": true, "OSCP": true,
	"CEH": true, "CKA": true, "CKAD": true, "CSM": true, "PSM": true, "CPC": true, "CCS": true, "RHIA": true, "RHIT": true,
	"EMT": true, "CDL": true, "LEED": true, "NCIDQ": true, "CPhT": true,
}

// credentialNames finds the credentials text names in capitals or with a
// "+".
func credentialNames(text string) []Term {
	var out []Term
	for at := 0; at < len(text); {
		start := at
		for at < len(text) && (isLetterB(text[at]) || text[at] == '-' && at > start) {
			at++
		}
		if at == start {
			at++
			continue
		}
		if at < len(text) && text[at] == '+' && plusCertificate(text, start, at) {
			out = append(out, Term{Text: text[start : at+1], Start: start, End: at + 1})
			continue
		}
		if at-start < 2 || text[start] < 'A' || text[start] > 'Z' || text[start+1] < 'A' || text[start+1] > 'Z' {
			continue // an acronym opens with two capitals (CPhT too)
		}
		// "SHRM-CP" whole, or "CPA" of "CPA-level"
		w := text[start:at]
		if !credentialAcronyms[w] {
			i := strings.IndexByte(w, '-')
			if i <= 0 || !credentialAcronyms[w[:i]] {
				continue
			}
			w = w[:i]
		}
		out = append(out, Term{Text: w, Start: start, End: start + len(w)})
	}
	return out
}

// plusCertificate: the word at [start, end) and the "+" after it name a
// certificate (A+, Network+, Security+), not a language (C++) nor a figure
// (2M+, N+).
func plusCertificate(text string, start, end int) bool {
	if end+1 < len(text) && (isLetterB(text[end+1]) || text[end+1] == '+') {
		return false
	}
	name := text[start:end]
	if name[0] < 'A' || name[0] > 'Z' || len(name) == 1 && name != "A" || start > 0 && isDigitB(text[start-1]) {
		return false
	}
	return !strings.Contains(name, "-")
}

// accolades are distinctions a rewrite may add as an adjective; each needs
// its cue in the source ("award-winning" needs an award, a prize or a win).
var accolades = []struct{ phrases, cues []string }{
	{[]string{"award-winning", "award winning", "prize-winning", "prize winning"}, []string{"award", "prize", "won", "winner", "winning", "recogni", "honor", "honour"}},
	{[]string{"record-breaking", "record breaking", "record-setting"}, []string{"record"}},
	{[]string{"best-selling", "bestselling", "best selling"}, []string{"best-sell", "bestsell", "best sell", "top-sell", "top sell", "#1"}},
}

// accoladeTerms finds the accolades of text (lower is text in lower
// case, byte for byte).
func accoladeTerms(text, lower string) []Term {
	if !strings.Contains(lower, "winning") && !strings.Contains(lower, "record") && !strings.Contains(lower, "selling") {
		return nil
	}
	var out []Term
	for _, a := range accolades {
		for _, ph := range a.phrases {
			if i := strings.Index(lower, ph); i >= 0 {
				out = append(out, Term{Text: text[i : i+len(ph)], Start: i, End: i + len(ph)})
				break
			}
		}
	}
	return out
}

// AccoladeCued reports whether text gives the cue the accolade needs.
func AccoladeCued(text, accolade string) bool {
	accolade = strings.ToLower(accolade)
	lower := strings.ToLower(text)
	for _, a := range accolades {
		for _, ph := range a.phrases {
			if ph != accolade {
				continue
			}
			for _, c := range a.cues {
				if strings.Contains(lower, c) {
					return true
				}
			}
			return false
		}
	}
	return true
}

// CredentialAcronym reports whether w, as written, names a professional
// credential (CPA, RN, PMP).
func CredentialAcronym(w string) bool { return credentialAcronyms[w] }
