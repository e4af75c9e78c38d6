package resume

import (
	"bytes"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// A Hugo page calls its theme's shortcodes in the body: "{{< icon fas
// user >}}" before a heading's words, "{{< rawhtml >}}" around a table, and
// a job's own "{{% job title="…" company="…" from="…" to="…" %}}" over its
// bullets, closed by "{{% /job %}}". The calls are no text a person reads:
// they are blanked before the Markdown is parsed, every offset kept. A call
// whose named parameters give a job's heading (a title or company, and its
// dates) is read as that job's heading lines, each pointing at the value's
// own bytes, the way a job kept in the front matter is.

// shortcodeRe: one shortcode call on a line, "{{<" or "{{%" to ">}}" or
// "%}}".
var shortcodeRe = lazy.Regexp(`\{\{[<%]-?\s*/?\s*[\w.-]+[^{}\n]*?-?[>%]\}\}`)

// shortcodeArgRe: a named parameter, its value quoted or bare.
var shortcodeArgRe = lazy.Regexp(`([\w-]+)\s*=\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'%>}]+))`)

// shortcodeHead is one call read as a job's heading: where it sits and its
// (key, value span) pairs in order.
type shortcodeHead struct {
	at   int
	keys []string
	vals []Span
}

// blankShortcodes returns body with its shortcode calls blanked, copying
// it only when it has one, and the calls that head a job; lines in code
// fences are kept.
func blankShortcodes(body []byte) ([]byte, []shortcodeHead) {
	if !bytes.Contains(body, []byte("{{<")) && !bytes.Contains(body, []byte("{{%")) {
		return body, nil
	}
	out := body
	copied := false
	var heads []shortcodeHead
	outsideCodeFences(body, func(at, end int) {
		for _, m := range shortcodeRe().FindAllIndex(body[at:end], -1) {
			if !copied {
				out, copied = append([]byte(nil), body...), true
			}
			if h, ok := shortcodeJob(body, at+m[0], at+m[1]); ok {
				heads = append(heads, h)
			}
			for i := at + m[0]; i < at+m[1]; i++ {
				out[i] = ' '
			}
		}
	})
	return out, heads
}

// shortcodeJob reads the call src[start:end] as a job's heading: two or
// more named parameters that head a job (fmField's "head" keys), one of
// them its dates, and a title or company among them.
func shortcodeJob(src []byte, start, end int) (shortcodeHead, bool) {
	h := shortcodeHead{at: start}
	dated, named := false, false
	for _, m := range shortcodeArgRe().FindAllSubmatchIndex(src[start:end], -1) {
		key := string(bytes.ToLower(src[start+m[2] : start+m[3]]))
		if fmField(key, "") != "head" {
			continue
		}
		var sp Span
		for g := 4; g < 10; g += 2 {
			if m[g] >= 0 {
				sp = Span{start + m[g], start + m[g+1]}
				break
			}
		}
		if sp.End <= sp.Start {
			continue
		}
		switch {
		case fmStartKeys[key] || fmEndKeys[key] || key == "date" || key == "dates" || key == "period" || key == "years":
			dated = true
		default:
			named = true
		}
		h.keys = append(h.keys, key)
		h.vals = append(h.vals, sp)
	}
	return h, dated && named && len(h.keys) >= 2
}

// shortcodeJobBlocks puts the jobs' heading lines among the blocks read,
// each before the first block that follows its call, a rule between two
// jobs of one section.
func shortcodeJobBlocks(src []byte, bs []Block, heads []shortcodeHead, lines lineIndex) []Block {
	if len(heads) == 0 {
		return bs
	}
	var out []Block
	i := 0
	prevJob := false
	for _, h := range heads {
		for i < len(bs) && bs[i].Span.Start < h.at {
			if bs[i].Kind == BlockHeading {
				prevJob = false
			}
			out = append(out, bs[i])
			i++
		}
		fb := &fmBuilder{lines: lines, startAt: -1}
		for k, key := range h.keys {
			if b, ok := fb.value(src, h.vals[k].Start, h.vals[k].End); ok {
				fb.addHead(b, key)
			} else {
				fb.noEnd(key)
			}
		}
		if len(fb.head) == 0 {
			continue
		}
		if prevJob {
			out = append(out, Block{Kind: BlockRule, Line: fb.head0Line()})
		}
		out = append(out, fb.head...)
		prevJob = true
	}
	return append(out, bs[i:]...)
}
