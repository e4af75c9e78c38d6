package resume

import "bytes"

// boldAfterHardBreak: in Markdown, the line of b opens in bold right after
// a hard line break ("...College, 2015\" or two spaces at the end of the
// line before), as a converter from a word processor writes lines that
// each stand alone; a soft break only wraps a line. (The bold is read from
// the source: a paragraph cut at its breaks keeps no group that spans
// them.)
func (in *interp) boldAfterHardBreak(b *Block) bool {
	return in.hardBreakBefore(b, true)
}

// afterHardBreak: in Markdown, the line of b follows a hard line break.
func (in *interp) afterHardBreak(b *Block) bool {
	return in.hardBreakBefore(b, false)
}

func (in *interp) hardBreakBefore(b *Block, bold bool) bool {
	if in.format != Markdown || len(b.Pieces) == 0 {
		return false
	}
	at := b.Pieces[0].Src.Start
	if at <= 0 || at > len(in.src) {
		return false
	}
	nl := bytes.LastIndexByte(in.src[:at], '\n')
	if nl <= 0 {
		return false
	}
	line := bytes.TrimLeft(in.src[nl+1:min(at+2, len(in.src))], " \t")
	if bold && !bytes.HasPrefix(line, []byte("**")) && !bytes.HasPrefix(line, []byte("__")) {
		return false
	}
	prev := bytes.TrimRight(in.src[:nl], "\r")
	return bytes.HasSuffix(prev, []byte("\\")) || bytes.HasSuffix(prev, []byte("  "))
}

// opensDated: the text opens with its dates ("2011 - 2018 | PhD").
func opensDated(t string) bool {
	dr, ok := FindDateRange(t)
	return ok && dr.Pos == 0
}

// datedMarkedLine: l, the first line of r, opens with its dates and sets
// some of its words in bold or italics ("2020 – heute: **Entwicklerin**,
// *Acme GmbH*"): a job's own line, not a sentence that wraps.
func datedMarkedLine(r rline, l rline) bool {
	if !opensDated(l.text) || len(r.breaks) == 0 || r.breaks[0] >= len(r.pieces) {
		return false
	}
	end := r.pieces[r.breaks[0]].Text.Start // where the first line ends in r's text
	for _, rs := range [][]Span{r.strongR, r.emphR} {
		for _, s := range rs {
			if s.Start < end && s.End > s.Start {
				return true
			}
		}
	}
	return false
}

// hardBreakAfter: the source line that l ends ends in a hard line break
// (two spaces or more, or a backslash).
func (mr *mdReader) hardBreakAfter(l rline) bool {
	if len(l.pieces) == 0 {
		return false
	}
	at := l.pieces[len(l.pieces)-1].Src.End
	nl := bytes.IndexByte(mr.src[min(at, len(mr.src)):], '\n')
	if nl < 0 {
		return false
	}
	line := bytes.TrimRight(mr.src[at:at+nl], "\r")
	return bytes.HasSuffix(line, []byte("\\")) || bytes.HasSuffix(line, []byte("  "))
}
