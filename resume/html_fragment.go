package resume

import (
	"bytes"

	"github.com/bulletproof-cli/bulletproof/internal/lazy"
)

// htmlBlockTagRe: a start tag of an element that sets a page's blocks.
var htmlBlockTagRe = lazy.Regexp(`(?i)<(h[1-6]|ul|ol|li|p|div|table|tr|td|section|dl|dt|dd)[\s>]`)

// looksLikeHTMLFragment: a plain-text file that is a web page's markup
// without its "<html>" frame: a site template's body, opened by a comment
// or a server-side include ("<!-- Header -->", "<?php include ... ?>"),
// then headings and lists in tags. Its opening is markup and block tags
// run through it, so it is read as a page, not as text with tags in it;
// without heading tags, markup opens four lines in five.
func looksLikeHTMLFragment(src []byte) bool {
	t := bytes.TrimSpace(src)
	if !bytes.HasPrefix(t, []byte("<")) {
		return false
	}
	tags := htmlBlockTagRe().FindAllIndex(t, -1)
	if len(tags) < 8 {
		return false
	}
	// headings at least, so the page has a shape to read
	headings := 0
	for _, m := range tags {
		if c := t[m[0]+1]; (c == 'h' || c == 'H') && t[m[0]+2] >= '1' && t[m[0]+2] <= '6' {
			headings++
		}
	}
	if headings >= 2 {
		return true
	}
	// or no heading tags, its names set in boxes of their own ("<div
	// class=\"cv-title\"><p>Experiencia</p></div>", a Blade or PHP
	// view's rows): markup opens most of its lines
	lines, marked := 0, 0
	for _, l := range bytes.Split(t, []byte("\n")) {
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		lines++
		if l[0] == '<' {
			marked++
		}
	}
	return len(tags) >= 12 && marked*5 >= lines*4
}
