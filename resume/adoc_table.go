package resume

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// AsciiDoc in the plain-text reader: a block's attribute line ("[%header,
// cols=5*]") is markup, not text; a line ending in " +" breaks there; a
// table between "|===" lines gives one row per record, its cells from "|"
// marks, as a Markdown table does.

var (
	adocAttrRe = lazy.Regexp(`^\[[%.#A-Za-z][^\]\s]*\]$`)
	adocColsRe = lazy.Regexp(`cols="?(\d+)\*`)
	adocColRe  = lazy.Regexp(`cols="([^"]*)"`)
)

// adocSettings are AsciiDoc's built-in document attributes, which set how
// the file is rendered (":doctype: article", ":icons: font", ":lang: de"):
// never text of the resume. Attributes an author defines (":email:",
// ":phone:") stay lines the header reads.
var adocSettings = map[string]bool{"doctype": true, "icons": true, "lang": true, "toc": true, "toclevels": true, "toc-title": true,
	"sectnums": true, "sectanchors": true, "sectlinks": true, "experimental": true, "source-highlighter": true, "imagesdir": true,
	"iconsdir": true, "stylesheet": true, "linkcss": true, "nofooter": true, "noheader": true, "hide-uri-scheme": true, "showtitle": true,
	"notitle": true, "hardbreaks": true, "idprefix": true, "idseparator": true, "pdf-theme": true, "pdf-themesdir": true, "pdf-page-size": true,
	"encoding": true, "revnumber": true, "revdate": true, "revremark": true, "data-uri": true, "allow-uri-read": true, "last-update-label": true,
	"example-caption": true, "figure-caption": true, "table-caption": true, "appendix-caption": true, "chapter-signifier": true, "outlinelevels": true}

// adocSetting: the line sets one of AsciiDoc's built-in attributes
// (":toc: left", ":sectnums!:").
func adocSetting(t string) bool {
	if !strings.HasPrefix(t, ":") {
		return false
	}
	name, _, ok := strings.Cut(t[1:], ":")
	return ok && adocSettings[strings.Trim(name, "!")]
}

// adocPrivateAttr: the line sets an attribute of the writer's own that
// holds no contact (":my-commits: commits?author=x", a piece of a link
// built elsewhere): no text of the resume. Contact attributes
// (":email:", ":phone:", ":location:") and values that are links,
// addresses or phone numbers stay lines the header reads.
func adocPrivateAttr(t string) bool {
	if !strings.HasPrefix(t, ":") {
		return false
	}
	name, value, ok := strings.Cut(t[1:], ":")
	if !ok || name == "" || strings.ContainsAny(name, " \t") || value != "" && value[0] != ' ' {
		return false
	}
	lname := strings.ToLower(name)
	for _, w := range []string{"mail", "phone", "tel", "mobile", "name", "address", "location", "city", "country", "link", "git", "site", "web", "url", "title", "role", "position"} {
		if strings.Contains(lname, w) {
			return false
		}
	}
	return !strings.Contains(value, "http") && !strings.Contains(value, "@") && !strings.Contains(value, "www.") && digitCount(value) < 7
}

// digitCount counts the ASCII digits in s.
func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// adocSource: a file with AsciiDoc's "= Name" or "== Section" headings at
// the margin.
func adocSource(src []byte) bool {
	anchors := 0
	for _, l := range bytes.SplitN(src, []byte("\n"), 400) {
		if adocHeading(string(bytes.TrimRight(l, "\r"))) > 0 {
			return true
		}
		// (or a page written with two-line titles, each with its block
		// anchor over it: "[[experience]]" over "Experience" over "~~~")
		if adocAnchor(string(bytes.TrimSpace(l))) {
			anchors++
		}
	}
	return anchors >= 2
}

// adocAnchor: an AsciiDoc block anchor standing alone on its line
// ("[[senior-developer-at-acme]]", "[[skills,Skills]]"): a target for
// links, no text of the resume.
func adocAnchor(t string) bool {
	if len(t) < 5 || !strings.HasPrefix(t, "[[") || !strings.HasSuffix(t, "]]") {
		return false
	}
	id, _, _ := strings.Cut(t[2:len(t)-2], ",")
	if id == "" {
		return false
	}
	for _, r := range id {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// adocColumns: the number of columns an attribute line gives ("cols=5*",
// `cols="1,2,3"`), or 0.
func adocColumns(attr string) int {
	if m := adocColsRe().FindStringSubmatch(attr); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if m := adocColRe().FindStringSubmatch(attr); m != nil {
		return len(strings.Split(m[1], ","))
	}
	return 0
}

type adocCell struct {
	text  string
	span  Span
	line  int
	cols  int  // the columns it spans ("2+|")
	style byte // its style letter ("a|": AsciiDoc content), or 0
}

// adocTable reads a table's rows from the line after its opening "|===" at
// src[at:] up to its closing "|===" (or end): the blocks, where reading goes
// on, and how many lines were read.
func adocTable(src []byte, at, end, line int, attr string) ([]Block, int, int) {
	var cells []adocCell
	firstLineCells, blankAfterFirst, lines := 0, false, 0
	for at < end {
		nl := bytes.IndexByte(src[at:end], '\n')
		stop, next := end, end
		if nl >= 0 {
			stop, next = at+nl, at+nl+1
		}
		raw := strings.TrimRight(string(src[at:stop]), " \t\r")
		lines++
		t := strings.TrimLeft(raw, " \t")
		lead := len(raw) - len(t)
		if t == "|===" {
			at = next
			break
		}
		switch {
		case t == "":
			if len(cells) > 0 && len(cells) == firstLineCells {
				blankAfterFirst = true
			}
		case adocCellOpens(t):
			n := 0
			k, span, style := adocCellSpec(t)
			for off := k; off < len(t); {
				j := strings.IndexByte(t[off+1:], '|')
				cellEnd := len(t)
				if j >= 0 {
					cellEnd = off + 1 + j
				}
				c := t[off+1 : cellEnd]
				trimmed := strings.TrimSpace(c)
				from := at + lead + off + 1 + strings.Index(c, trimmed)
				if trimmed == "" {
					from = at + lead + off + 1
				}
				cells = append(cells, adocCell{trimmed, Span{from, from + len(trimmed)}, line + lines - 1, span, style})
				span, style = 1, 0
				n++
				off = cellEnd
			}
			if firstLineCells == 0 {
				firstLineCells = n
			}
		case len(cells) > 0:
			// a cell's text going on over the next line
			c := &cells[len(cells)-1]
			if c.text == "" {
				c.text, c.span = t, Span{at + lead, at + len(raw)}
			} else {
				c.text += "\n" + t
				c.span.End = at + len(raw)
			}
		}
		at = next
	}
	cols := adocColumns(attr)
	if cols == 0 {
		cols = firstLineCells
	}
	if cols == 0 {
		return nil, at, lines
	}
	header := strings.Contains(attr, "%header") || strings.Contains(attr, "header") || blankAfterFirst && firstLineCells == cols
	var out []Block
	for r := 0; r < len(cells); {
		// a row is as many cells as fill its columns
		w, e := 0, r
		for e < len(cells) && w < cols {
			w += max(cells[e].cols, 1)
			e++
		}
		if w < cols {
			break
		}
		all := cells[r:e]
		first := r == 0
		r = e
		var row, inner []adocCell
		for _, c := range all {
			if c.style == 'a' {
				inner = append(inner, c)
			} else {
				row = append(row, c)
			}
		}
		if len(row) > 0 {
			out = append(out, adocRow(row, header && first))
		}
		for _, c := range inner {
			if c.text != "" {
				out = append(out, textBlocksAs(src, c.span.Start, c.span.End, true)...)
			}
		}
	}
	return out, at, lines
}

// adocRow is the block of a table row's cells.
func adocRow(row []adocCell, head bool) Block {
	{
		var rb richBuilder
		var plain []string
		prevEnd := row[0].span.Start
		for i, c := range row {
			if i > 0 {
				rb.add(" | ", Span{prevEnd, c.span.Start}, PieceFixed)
			}
			text := strings.ReplaceAll(c.text, "\n", " ")
			if text != c.text {
				// a cell over several lines: one piece, rewritten whole
				rb.add(text, c.span, PieceMarkup)
			} else {
				rb.add(text, c.span, PieceLiteral)
			}
			prevEnd = c.span.End
			plain = append(plain, text)
		}
		rr := rb.rich(row[0].line)
		return Block{Kind: BlockTableRow, Line: row[0].line, Text: rr.text, Pieces: rr.pieces, Span: Span{row[0].span.Start, prevEnd},
			Cells: plain, Head: head}
	}
}

// adocCellOpens: line t opens a cell, with "|" or a cell specifier before it.
func adocCellOpens(t string) bool {
	n, _, _ := adocCellSpec(t)
	return n >= 0
}
