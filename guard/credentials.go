package guard

import (
	"fmt"
	"strings"

	"github.com/bulletproof-cli/bulletproof/guard/claims"
)

// judgeCredentialNames: a credential named in capitals that the source
// neither writes nor spells out ("CPA" for "Certified Public Accountant"
// is the source's), or a "+" certificate it does not name.
func judgeCredentialNames(src []sourceText, cand claims.Claims) []Finding {
	if len(cand.CredentialNames) == 0 {
		return nil
	}
	own := claimTexts(src)
	var fs []Finding
	for _, t := range cand.CredentialNames {
		named := false
		if strings.HasSuffix(t.Text, "+") {
			for _, sc := range own {
				named = named || strings.Contains(strings.ToLower(sc.Text), strings.ToLower(t.Text))
			}
		} else {
			lower := strings.ToLower(cand.Text)
			unfinished := unfinishedAt(lower, t.Start, t.End)
			named = writtenBySource(own, t.Text, unfinished) || abbreviatesSource(own, t.Text) || definedInline(own, cand.Text, t.Start, t.End)
			if named && !unfinished && onlyUnfinished(own, t.Text) {
				fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: t.Text, Start: t.Start, End: t.End, Severity: Error,
					Detail: fmt.Sprintf("%q is a credential the source calls unfinished: keep \"in progress\" or leave it out", t.Text)})
				continue
			}
		}
		if !named {
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: t.Text, Start: t.Start, End: t.End, Severity: Error,
				Detail: fmt.Sprintf("%q is a credential the source does not state", t.Text)})
		}
	}
	return fs
}

// judgeAccolades: an accolade whose cue no source has.
func judgeAccolades(src []sourceText, cand claims.Claims) []Finding {
	var fs []Finding
	for _, a := range cand.Accolades {
		cued := false
		for _, sc := range claimTexts(src) {
			cued = cued || claims.AccoladeCued(sc.Text, a.Text)
		}
		if !cued {
			fs = append(fs, Finding{Kind: KindClaim, Code: CodeUnsupportedClaim, Text: a.Text, Start: a.Start, End: a.End, Severity: Error,
				Detail: fmt.Sprintf("%q claims a distinction the source does not state", a.Text)})
		}
	}
	return fs
}

// onlyUnfinished: every source that writes the credential w calls it
// unfinished there ("coursework toward CPA", "pursuing the PMP", "CFA
// candidate", "CPA (in progress)").
func onlyUnfinished(src []sourceText, w string) bool {
	seen := false
	for i := range src {
		lower := strings.ToLower(src[i].Text)
		lw := strings.ToLower(w)
		for _, k := range claims.Occurrences(lower, lw) {
			seen = true
			end := k + len(lw)
			if !unfinishedAt(lower, k, end) {
				return false
			}
		}
	}
	return seen
}

// clauseBefore is the text of lower's clause up to offset at, at most 80
// bytes: "pursuing Certified Kubernetes Administrator (" before "CKA".
func clauseBefore(lower string, at int) string {
	before := lower[max(0, at-80):at]
	if k := strings.LastIndexAny(before, ";.,\n"); k >= 0 {
		before = before[k+1:]
	}
	return before
}

// unfinishedAt: the words around lower[start:end] call it unfinished.
func unfinishedAt(lower string, start, end int) bool {
	return unfinishedAround(clauseBefore(lower, start), lower[end:min(len(lower), end+48)])
}

func unfinishedAround(before, after string) bool {
	for _, cue := range []string{"haven't finish", "have not finish", "not finished", "not yet", "not completed", "unfinished"} {
		if strings.Contains(after, cue) {
			return true // "Took the ABR course, haven't finished the elective yet"
		}
	}
	if strings.HasSuffix(before, "started ") || strings.HasSuffix(before, "began ") || strings.HasSuffix(before, "starting ") || strings.HasSuffix(before, "studying ") {
		return true // "started MSW part-time", "studying Level 5"
	}
	if near := after[:min(len(after), 24)]; (strings.Contains(near, "passed") || strings.Contains(near, "completed")) && !partPassed(after) {
		return false // "CFA Level II candidate (exam passed June 2023)"
	}
	for _, cue := range []string{"under a ", "under the ", "supervised by", "reporting to a", "assisting a", "supporting a", "toward", "pursuing", "working on", "studying for", "preparing for", "sitting for", "coursework", "registered for", "enrolled in", "frozen", "sit for", "plan to", "passed 1 of", "passed 2 of", "passed 3 of",
		"sections of the", "section of the", "parts of the", "part of the", "modules of the", "now doing", "currently doing", "now studying", "currently studying", "in training for", "training towards", "training toward", "working towards", "first 2 of", "first two of"} {
		if strings.Contains(before, cue) {
			return true
		}
	}
	after = strings.TrimLeft(after, " ()-–,")
	for _, cue := range []string{"candidate", "in progress", "in-progress", "exam scheduled", "expected", "pending", "coursework", "in preparation", "preparation", "track",
		"exam's", "exam section", "exams", "application pending", "application submitted", "pending approval", "part-qualified", "part qualified", "part-time student", "student", "frozen", "exam prep", "prep course", "eligible", "exam section", "exam part",
		"course in progress", "course (in progress", "taking the exam", "sitting the exam", "exam in ", "exam date", "exam booked"} {
		if strings.HasPrefix(after, cue) {
			return true
		}
	}
	return false
}

// partPassed: near says some parts of an exam were passed, not all
// ("(passed 2 of 4 sections)", "completed 3/5 modules").
func partPassed(near string) bool {
	// ("; passed FAR and AUD sections": parts named, not the whole)
	for _, w := range []string{" section", " part", " module", " paper"} {
		if strings.Contains(near, w) {
			return true
		}
	}
	for _, w := range []string{"passed ", "completed "} {
		if i := strings.Index(near, w); i >= 0 {
			rest := near[i+len(w):]
			if len(rest) > 1 && rest[0] >= '0' && rest[0] <= '9' && (strings.HasPrefix(rest[1:], " of") || rest[1] == '/') {
				return true
			}
		}
	}
	return false
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

// writtenBySource: some source text writes w as a word, case and all, or
// in any case where its writer marks no names by capitals ("first aid/cpr"
// names CPR, "series a" a Series A) and calls nothing unfinished ("working
// towards nvq level 3" holds no NVQ Level 3) unless the rewrite too calls
// it so.
func writtenBySource(src []sourceText, w string, unfinished bool) bool {
	for i := range src {
		if claims.HasWord(src[i].Text, w) || len(w) >= 3 && (unfinished || !src[i].Unfinished) && marksNoNames(src[i].Text) && claims.HasWord(strings.ToLower(src[i].Text), strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// claimTexts are the source texts that may support a claim: the item's
// own and the facts, not the context shown beside it (the role's other
// bullets support technologies only).
func claimTexts(src []sourceText) []sourceText {
	out := make([]sourceText, 0, len(src))
	for _, sc := range src {
		if !sc.toolsOnly {
			out = append(out, sc)
		}
	}
	return out
}
