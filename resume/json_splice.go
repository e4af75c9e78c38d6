package resume

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// jsonEdits places a JSON Resume item made of several values: a skill
// group (name and keywords), a certificate (name, issuer, date) or a course
// list. Values are edited where they are; a key the file does not have is
// never added.
func (d *Document) jsonEdits(id, final string, errs *SpliceError) []Edit {
	p, ok := d.places[id]
	if !ok {
		errs.add(id, "where its text sits in the file is not known")
		return nil
	}
	if d.jsonVals[p.json].kind == '"' {
		final = keepBreaks(p.text, cleanFinal(id, final))
		if final == p.text {
			return nil
		}
		return []Edit{{ID: id, Line: p.line, Span: p.span, Old: p.text, New: final, Pieces: p.pieces, Groups: p.groups}}
	}
	edits, err := d.jsonFieldEdits(id, p.json, final)
	if err != "" {
		errs.add(id, err)
		return nil
	}
	return edits
}

// jsonFieldEdits edits the values of the entry at path so that it reads as
// line.
func (d *Document) jsonFieldEdits(id, path, line string) ([]Edit, string) {
	line = cleanFinal(id, line)
	// an entry written as one string (a certificate's bare name) is
	// that string
	if d.jsonVals[path].kind == '"' {
		if e, ok := d.jsonStringEdit(id, path, line); ok {
			return []Edit{e}, ""
		}
		return nil, ""
	}
	var out []Edit
	set := func(key, v string) string {
		vp := path + "." + key
		cur, ok := d.jsonVals[vp]
		if !ok || cur.kind != '"' {
			if v == "" {
				return ""
			}
			return fmt.Sprintf("the file has no %q to write %q into", key, v)
		}
		if e, ok := d.jsonStringEdit(id, vp, v); ok {
			out = append(out, e)
		}
		return ""
	}
	switch {
	case strings.HasPrefix(id, "skills"):
		g := parseSkillLine(line, SkillGroup{})
		if msg := set("name", g.Name); msg != "" {
			return nil, msg
		}
		es, msg := d.jsonArrayEdits(id, path+".keywords", g.Items)
		if msg != "" {
			return nil, msg
		}
		out = append(out, es...)
	case strings.HasPrefix(id, "certifications"):
		keys := d.certKeys(path)
		c := d.certFolded(path, keys, parseCertLine(line))
		for _, kv := range [][2]string{{keys[0], c.Name}, {keys[1], c.Issuer}, {keys[2], c.Date}} {
			if msg := set(kv[0], kv[1]); msg != "" {
				return nil, msg
			}
		}
	case strings.HasSuffix(id, ".courses"):
		es, msg := d.jsonArrayEdits(id, path, splitItems(line))
		if msg != "" {
			return nil, msg
		}
		out = append(out, es...)
	}
	return out, ""
}

// jsonStringEdit replaces the string at path with v, when it differs.
func (d *Document) jsonStringEdit(id, path, v string) (Edit, bool) {
	val := d.jsonVals[path]
	r := jsonStringRich(d.src, val.inner(), 0)
	if r.text == v {
		return Edit{}, false
	}
	return Edit{ID: id, Span: val.inner(), Old: r.text, New: v, Pieces: r.pieces}, true
}

// jsonArrayEdits makes the string array at path hold items: each string in
// place when the count is the same, else the array rewritten in its own
// layout.
func (d *Document) jsonArrayEdits(id, path string, items []string) ([]Edit, string) {
	arr, ok := d.jsonVals[path]
	if !ok || arr.kind != '[' {
		if len(items) == 0 {
			return nil, ""
		}
		return nil, fmt.Sprintf("the file has no %s list to write into", path[strings.LastIndexByte(path, '.')+1:])
	}
	var elems []jsonVal
	for i := 0; ; i++ {
		v, ok := d.jsonVals[path+"."+strconv.Itoa(i)]
		if !ok {
			break
		}
		elems = append(elems, v)
	}
	allStrings := true
	for _, e := range elems {
		allStrings = allStrings && e.kind == '"'
	}
	if allStrings && len(elems) == len(items) {
		var out []Edit
		for i := range elems {
			if e, ok := d.jsonStringEdit(id, path+"."+strconv.Itoa(i), items[i]); ok {
				out = append(out, e)
			}
		}
		return out, ""
	}
	return []Edit{{ID: id, Span: arr.span, New: renderArray(d.src, arr, elems, items), Raw: true}}, ""
}

// renderArray writes a string array in the layout the file used for it:
// one per line with the same indentation, or inline with the same
// separator.
func renderArray(src []byte, arr jsonVal, elems []jsonVal, items []string) string {
	quote := func(s string) string { return `"` + escapeJSONString(s, false) + `"` }
	if len(items) == 0 {
		return "[]"
	}
	body := string(src[arr.span.Start:arr.span.End])
	if strings.Contains(body, "\n") && len(elems) > 0 {
		lineStart := strings.LastIndexByte(string(src[:elems[0].span.Start]), '\n') + 1
		indent := string(src[lineStart:elems[0].span.Start])
		closeStart := strings.LastIndexByte(string(src[:arr.span.End-1]), '\n') + 1
		closeIndent := string(src[closeStart : arr.span.End-1])
		if strings.TrimSpace(closeIndent) != "" {
			closeIndent = ""
		}
		nl := "\n"
		if strings.Contains(body, "\r\n") {
			nl = "\r\n"
		}
		var b strings.Builder
		b.WriteString("[" + nl)
		for i, it := range items {
			b.WriteString(indent + quote(it))
			if i < len(items)-1 {
				b.WriteString(",")
			}
			b.WriteString(nl)
		}
		b.WriteString(closeIndent + "]")
		return b.String()
	}
	sep := ", "
	if len(elems) >= 2 {
		sep = string(src[elems[0].span.End:elems[1].span.Start])
	}
	var qs []string
	for _, it := range items {
		qs = append(qs, quote(it))
	}
	lead, trail := "", ""
	if len(elems) > 0 {
		lead = string(src[arr.span.Start+1 : elems[0].span.Start])
		trail = string(src[elems[len(elems)-1].span.End : arr.span.End-1])
	}
	return "[" + lead + strings.Join(qs, sep) + trail + "]"
}

// jsonWholeEdits places a section-level rewrite of skills or certificates:
// slot i takes the entry that line i names, moved whole when it moved, and
// edited to read as line i.
func (d *Document) jsonWholeEdits(id string, lines []string, name func(string) string, errs *SpliceError) []Edit {
	entry := func(i int) string { return fmt.Sprintf("%s.%d", id, i) }
	n := len(lines)
	paths := make([]string, n)
	names := make([]string, n)
	for i := range n {
		p, ok := d.places[entry(i)]
		if !ok {
			errs.add(id, "where its entries sit in the file is not known")
			return nil
		}
		paths[i] = p.json
		if id == SecSkills {
			names[i] = strings.ToLower(d.Skills[i].Name)
		} else {
			names[i] = strings.ToLower(d.Certifications[i].Name)
		}
	}
	from := matchLines(lines, names, name)
	var out []Edit
	for i, l := range lines {
		j := from[i]
		es, msg := d.jsonFieldEdits(entry(j), paths[j], l)
		if msg != "" {
			errs.add(entry(i), msg)
			continue
		}
		if i == j {
			out = append(out, es...)
			continue
		}
		// the entry moved: its object, edited, goes where slot i's was
		obj := d.jsonVals[paths[j]].span
		moved, err := spliceWithin(d.src, obj, es, TextSplicer{Escape: escapeJSONString})
		if err != nil {
			errs.add(entry(i), err.Error())
			continue
		}
		out = append(out, Edit{ID: entry(i), Span: d.jsonVals[paths[i]].span, New: string(moved), Raw: true})
	}
	return out
}

// matchLines pairs each new line with the entry it names (by name), the
// rest in order.
func matchLines(lines, oldNames []string, name func(string) string) []int {
	n := len(lines)
	used := make([]bool, n)
	from := make([]int, n)
	for i, l := range lines {
		from[i] = -1
		for j := range n {
			if !used[j] && oldNames[j] != "" && oldNames[j] == name(l) {
				from[i], used[j] = j, true
				break
			}
		}
	}
	for i := range from {
		if from[i] >= 0 {
			continue
		}
		for j := range n {
			if !used[j] {
				from[i], used[j] = j, true
				break
			}
		}
	}
	return from
}

// spliceWithin applies edits that lie inside span to src[span] alone.
func spliceWithin(src []byte, span Span, edits []Edit, sp Splicer) ([]byte, error) {
	shift := func(s Span) Span { return Span{s.Start - span.Start, s.End - span.Start} }
	local := make([]Edit, 0, len(edits))
	for _, e := range edits {
		if e.Span.Start < span.Start || e.Span.End > span.End {
			return nil, fmt.Errorf("%s: an edit outside its entry", e.ID)
		}
		e.Span = shift(e.Span)
		if e.From != (Span{}) {
			e.From = shift(e.From)
		}
		ps := make([]Piece, len(e.Pieces))
		for i, p := range e.Pieces {
			p.Src = shift(p.Src)
			ps[i] = p
		}
		e.Pieces = ps
		gs := make([]Group, len(e.Groups))
		for i, g := range e.Groups {
			g.Outer, g.Inner = shift(g.Outer), shift(g.Inner)
			gs[i] = g
		}
		e.Groups = gs
		local = append(local, e)
	}
	sort.SliceStable(local, func(i, j int) bool { return local[i].Span.Start < local[j].Span.Start })
	return sp.Splice(src[span.Start:span.End], local)
}
