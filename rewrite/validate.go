package rewrite

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bulletproof-cli/bulletproof/guard"
	"github.com/bulletproof-cli/bulletproof/internal/lazy"
	"github.com/bulletproof-cli/bulletproof/internal/safetext"
	"github.com/bulletproof-cli/bulletproof/resume"
)

// A reply is untrusted input: before the guard reads it, it must have the
// shape of the item it replaces. A reply that does not is an invalid_reply
// candidate, fed back to the model like a guard rejection; the item keeps
// its original text if no attempt gives a valid one.

// Finding kind and code of an unusable reply.
const (
	KindReply        guard.Kind = "reply"
	CodeInvalidReply            = "invalid_reply"
)

// Reply length cap, relative to the item: a rewrite may grow (a placeholder,
// a method spelled out) but not become another document.
const (
	lengthFactor = 3
	lengthSlack  = 200
)

// maxCandidateLength is the most characters a reply for source may hold.
func maxCandidateLength(source string) int {
	return lengthFactor*utf8.RuneCountInString(source) + lengthSlack
}

// shape is the form an item's text takes in the file.
type shape int

const (
	shapeLine      shape = iota // a bullet, a skills line: one line
	shapeParagraph              // a summary or project description: one paragraph
	shapeLines                  // a whole section: one line per entry
)

func shapeOf(it resume.Item) shape {
	switch {
	case it.Whole:
		return shapeLines
	case it.Section == resume.SecSummary || strings.HasSuffix(it.ID, ".description"):
		return shapeParagraph
	}
	return shapeLine
}

// invalidReply says why a reply cannot be a candidate.
type invalidReply struct{ Reason string }

func (e *invalidReply) Error() string { return "invalid reply: " + e.Reason }

// emptyWords are replies that mean "no rewrite"; they never replace an item.
var emptyWords = map[string]bool{"null": true, "nil": true, "none": true, "undefined": true, "n/a": true, "na": true,
	`""`: true, "''": true, "{}": true, "[]": true, "-": true, "...": true, "…": true}

var (
	// block structure: headings, quotes, fences, tables, rules, HTML blocks,
	// link definitions
	headingRe  = lazy.Regexp(`^#{1,6}(\s|$)`)
	setextRe   = lazy.Regexp(`^(=+|-{2,})\s*$`)
	ruleRe     = lazy.Regexp(`^([-*_]\s*){3,}$`)
	htmlLineRe = lazy.Regexp(`^<(/?[A-Za-z][A-Za-z0-9-]*|!--)`)
	linkDefRe  = lazy.Regexp(`^\[[^\]]+\]:\s*\S`)
	listLineRe = lazy.Regexp(`^\s*(?:[-*+•]|\d+[.)])\s+`)
	htmlTagRe  = lazy.Regexp(`</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|<!--`)
)

// structure names the Markdown block a line opens, or "".
func structure(line string) string {
	l := strings.TrimSpace(line)
	switch {
	case headingRe().MatchString(l):
		return "a heading"
	case strings.HasPrefix(l, ">"):
		return "a block quote"
	case strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~"):
		return "a code fence"
	case strings.HasPrefix(l, "|") && strings.HasSuffix(l, "|") && len(l) > 1:
		return "a table row"
	case ruleRe().MatchString(l), setextRe().MatchString(l):
		return "a horizontal rule or heading underline"
	case htmlLineRe().MatchString(l):
		return "an HTML block"
	case linkDefRe().MatchString(l):
		return "a link definition"
	}
	return ""
}

// chatter: what a model says around the rewrite instead of the rewrite.
var (
	// "Sure!", "Certainly.", "Of course,"
	ackRe = lazy.Regexp(`(?i)^(?:sure(?: thing)?|certainly|of course|absolutely|okay|ok|great|no problem|happy to help|got it)\s*[!.,:;—-]+\s*`)
	// "Here is the rewrite:", "Here's a tighter version:", "Rewritten bullet:", "Revised:"
	leadInRe = lazy.Regexp(`(?i)^(?:here(?:'s|’s| is| are)\b[^:\n]{0,60}|(?:the |a |my |an )?(?:rewritten|revised|improved|updated|tightened|polished|new|final|suggested)?\s*(?:rewrite|version|bullet(?: point)?|summary|text|answer|output|result|description)(?: is)?)\s*:\s*`)
	// "Let me know if ...", "I hope this helps", "Note: ..."
	signOffRe = lazy.Regexp(`(?i)^(?:let me know|i hope|hope this|feel free|is there anything|would you like|this (?:version|rewrite|keeps|removes|uses)|note:|notes:|i (?:have|'ve|’ve|kept|removed|added|changed|made|replaced|used))\b`)
	// a sentence of chatter still left in a reply
	chattyRe = lazy.Regexp(`(?i)\b(?:here is|here's|here’s|as requested|the rewrite|rewritten bullet|let me know|i hope|feel free)\b`)
)

// stripChatter removes a preamble and a sign-off around the rewrite; it
// reports whether it removed anything. What the source itself opens with
// ("Result: ...", "Great Lakes ...") is not chatter.
func stripChatter(lines []string, source string) ([]string, bool) {
	stripped := false
	src := strings.ToLower(strings.TrimSpace(source))
	cut := func(line string) string {
		next := leadInRe().ReplaceAllString(ackRe().ReplaceAllString(line, ""), "")
		if removed := strings.ToLower(strings.TrimSpace(line[:len(line)-len(next)])); removed != "" && strings.HasPrefix(src, removed) {
			return line
		}
		return next
	}
	// whole lines of preamble: "Sure! Here is the rewrite:" on its own line
	for len(lines) > 1 {
		if strings.TrimSpace(cut(lines[0])) != "" && (!strings.HasSuffix(strings.TrimSpace(lines[0]), ":") || strings.HasPrefix(src, strings.ToLower(lines[0]))) {
			break
		}
		lines, stripped = lines[1:], true
	}
	// a preamble on the line itself: "Sure! Here is the rewrite: Built X."
	if len(lines) > 0 {
		first := lines[0]
		for {
			next := cut(first)
			if next == first {
				break
			}
			first, stripped = strings.TrimSpace(next), true
		}
		lines[0] = first
	}
	// sign-off lines, and a sign-off sentence after the rewrite (but not the
	// candidate's own first-person sentence: "I added a driver for…")
	for len(lines) > 1 && signOffRe().MatchString(strings.TrimSpace(lines[len(lines)-1])) && !opensSourceSentence(src, lines[len(lines)-1]) {
		lines, stripped = lines[:len(lines)-1], true
	}
	if n := len(lines); n > 0 {
		if i := signOffAt(lines[n-1], src); i > 0 {
			lines[n-1], stripped = strings.TrimSpace(lines[n-1][:i]), true
		}
	}
	return lines, stripped
}

// opensSourceSentence: the sentence s opens with words the source (lower
// case) writes, so it is the candidate's, not the model's talk.
func opensSourceSentence(src, s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) > 4 {
		w = w[:4]
	}
	return len(w) >= 3 && strings.Contains(src, strings.Join(w, " "))
}

// signOffAt is where a trailing sign-off sentence starts in line, or -1;
// src is the source in lower case.
func signOffAt(line, src string) int {
	for i := 0; i+2 < len(line); i++ {
		if (line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i+1] == ' ' && signOffRe().MatchString(line[i+2:]) && !opensSourceSentence(src, line[i+2:]) {
			return i + 1
		}
	}
	return -1
}

// checkReply turns a reply's text into the candidate for item, or says why
// it cannot be one. The text is what the reply parser extracted (the JSON
// value, or the fenced or plain text), before any list marker is removed.
func checkReply(text string, item resume.Item) (string, error) {
	invalid := func(format string, a ...any) (string, error) {
		return "", &invalidReply{Reason: fmt.Sprintf(format, a...)}
	}
	text = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\u2028", "\n"))
	if text == "" || emptyWords[strings.ToLower(text)] {
		return invalid("the reply held no rewrite (%q)", shorten(text, 20))
	}
	if limit := maxCandidateLength(item.Text); utf8.RuneCountInString(text) > limit {
		return invalid("the reply is %d characters long; a rewrite of this %d-character item may have at most %d", utf8.RuneCountInString(text), utf8.RuneCountInString(item.Text), limit)
	}
	if r, _, bad := safetext.FirstUnsafe(text); bad {
		return invalid("the reply holds a control or escape character (%U)", r)
	}
	text = strings.ReplaceAll(text, "\t", " ")
	var lines []string
	blank := false // a blank line between two non-blank ones
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			blank = blank || len(lines) > 0
			continue
		}
		lines = append(lines, l)
	}
	lines, chatty := stripChatter(lines, item.Text)
	if len(lines) == 0 || len(lines) == 1 && lines[0] == "" {
		return invalid("the reply held no rewrite, only talk around one")
	}
	if chatty {
		// what is left must be the item's shape, with no talk in it: for a
		// bullet or a summary, one clean line
		if len(lines) > 1 && shapeOf(item) != shapeLines {
			return invalid("the reply talks around the rewrite instead of giving only the rewrite")
		}
		blank = false
	}
	// talk the item itself does not hold ("Here is", "let me know")
	if m := chattyRe().FindString(strings.Join(lines, "\n")); m != "" && !strings.Contains(strings.ToLower(item.Text), strings.ToLower(m)) {
		return invalid("the reply talks around the rewrite (%q) instead of giving only the rewrite", m)
	}
	for _, l := range lines {
		if what := structure(listLineRe().ReplaceAllString(l, "")); what != "" {
			return invalid("the reply holds %s (%q); a rewrite is plain text", what, shorten(l, 30))
		}
	}
	switch shapeOf(item) {
	case shapeLine:
		if n := strings.Count(strings.TrimSpace(item.Text), "\n") + 1; len(lines) > n {
			return invalid("the reply has %d lines; this item is %s", len(lines), plural(n, "line"))
		}
		stripMarkers(lines, item.Text)
	case shapeParagraph:
		if blank {
			return invalid("the reply has several paragraphs; this item is one")
		}
		for i, l := range lines {
			if i > 0 && listLineRe().MatchString(l) {
				return invalid("the reply holds a list; this item is a paragraph")
			}
		}
		if len(lines) > 1 {
			lines = []string{strings.Join(lines, " ")}
		}
		lines[0] = listLineRe().ReplaceAllString(lines[0], "")
	case shapeLines:
		stripMarkers(lines, item.Text)
	}
	for i, l := range lines {
		lines[i] = unquote(strings.TrimSpace(l))
		if what := structure(lines[i]); what != "" {
			return invalid("the reply holds %s (%q); a rewrite is plain text", what, shorten(lines[i], 30))
		}
		if lines[i] == "" {
			return invalid("the reply held no rewrite")
		}
	}
	out := strings.Join(lines, "\n")
	if m := htmlTagRe().FindString(out); m != "" && !htmlTagRe().MatchString(item.Text) {
		return invalid("the reply adds HTML (%q) the item does not have", shorten(m, 30))
	}
	if strings.Contains(out, "![") && !strings.Contains(item.Text, "![") {
		return invalid("the reply adds an image the item does not have")
	}
	if emptyWords[strings.ToLower(out)] {
		return invalid("the reply held no rewrite (%q)", out)
	}
	return out, nil
}

// shorten cuts s to n runes, for messages.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// capped is a rejected reply as kept in results and fed back: at most the
// item's length cap, with an ellipsis where it was cut, and no unsafe rune.
func capped(s, source string) string {
	s = safetext.Terminal(s)
	if n := maxCandidateLength(source); utf8.RuneCountInString(s) > n {
		return shorten(s, n)
	}
	return s
}

// cappedRaw is a raw reply as fed back to the model: the length cap plus
// room for the JSON around the rewrite.
func cappedRaw(s, source string) string {
	if n := maxCandidateLength(source) + 1024; utf8.RuneCountInString(s) > n {
		return shorten(s, n)
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "one " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// stripMarkers takes the list markers a reply put on its lines off, but
// keeps a marker where the item's own line has one: "clients:\n• Santer
// Reply: …" is the candidate's inner list, which a write must keep.
func stripMarkers(lines []string, source string) {
	own := strings.Split(strings.TrimSpace(source), "\n")
	for i, l := range lines {
		if i < len(own) && i > 0 && listLineRe().MatchString(own[i]) {
			continue
		}
		lines[i] = listLineRe().ReplaceAllString(l, "")
	}
}
