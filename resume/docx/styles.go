package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// onOff is an OOXML toggle: <w:b/> is on, <w:b w:val="0"/> is off.
type onOff struct {
	Val *string `xml:"val,attr"`
}

func (o *onOff) set() *bool {
	if o == nil {
		return nil
	}
	v := o.Val == nil || !(*o.Val == "0" || *o.Val == "false" || *o.Val == "off")
	return &v
}

type valAttr struct {
	Val string `xml:"val,attr"`
}

// runProps is the part of w:rPr that reading uses.
type runProps struct {
	Style  *valAttr `xml:"rStyle"`
	B      *onOff   `xml:"b"`
	I      *onOff   `xml:"i"`
	Caps   *onOff   `xml:"caps"`
	Vanish *onOff   `xml:"vanish"`
	Size   *valAttr `xml:"sz"`
	Color  *valAttr `xml:"color"`
}

type numProps struct {
	Level *valAttr `xml:"ilvl"`
	NumID *valAttr `xml:"numId"`
}

// paraProps is the part of w:pPr that reading uses.
type paraProps struct {
	Style   *valAttr  `xml:"pStyle"`
	Num     *numProps `xml:"numPr"`
	Outline *valAttr  `xml:"outlineLvl"`
}

type styleDef struct {
	Type    string    `xml:"type,attr"`
	ID      string    `xml:"styleId,attr"`
	Name    valAttr   `xml:"name"`
	BasedOn *valAttr  `xml:"basedOn"`
	PPr     paraProps `xml:"pPr"`
	RPr     runProps  `xml:"rPr"`
}

// styles resolves style ids through basedOn chains. A template's
// styles.xml can hold hundreds of styles (300 KB is common), so each style
// is found by a scan of the bytes and decoded only when a paragraph or run
// asks for it.
type styles struct {
	raw      map[string][]byte // paragraph and character styles by id, undecoded
	byIDs    map[string]*styleDef
	defaults runProps
	defPara  string // the default paragraph style id
}

func parseStyles(data []byte) (*styles, error) {
	s := &styles{raw: map[string][]byte{}, byIDs: map[string]*styleDef{}}
	if data == nil {
		return s, nil
	}
	if i := bytes.Index(data, []byte("docDefaults")); i >= 0 {
		if el := element(data, i-1); el != nil {
			var dd struct {
				RPr struct {
					RPr runProps `xml:"rPr"`
				} `xml:"rPrDefault"`
			}
			if err := xml.Unmarshal(el, &dd); err != nil {
				return nil, fmt.Errorf("%w: styles: %w", ErrCorrupt, err)
			}
			s.defaults = dd.RPr.RPr
		}
	}
	for _, at := range styleStarts(data) {
		el := element(data, at)
		if el == nil {
			continue
		}
		tag := el[:bytes.IndexByte(el, '>')]
		id, typ, def := tagAttr(tag, "styleId"), tagAttr(tag, "type"), tagAttr(tag, "default")
		if typ != "paragraph" && typ != "character" || id == "" {
			continue // table and numbering styles hold no text formatting we read
		}
		if _, dup := s.raw[id]; !dup {
			s.raw[id] = el
		}
		if typ == "paragraph" && isTrue(def) && s.defPara == "" {
			s.defPara = id
		}
	}
	return s, nil
}

// tagAttr is an attribute's value in a start tag, whatever its prefix.
func tagAttr(tag []byte, name string) string {
	for pos := 0; ; {
		i := bytes.Index(tag[pos:], []byte(name+"="))
		if i < 0 {
			return ""
		}
		i += pos
		pos = i + len(name) + 1
		if i == 0 || (tag[i-1] != ' ' && tag[i-1] != ':' && tag[i-1] != '\t' && tag[i-1] != '\n') || pos >= len(tag) {
			continue
		}
		q := tag[pos]
		if q != '"' && q != '\'' {
			continue
		}
		if end := bytes.IndexByte(tag[pos+1:], q); end >= 0 {
			return string(tag[pos+1 : pos+1+end])
		}
		return ""
	}
}

// styleStarts finds each "<w:style" start tag (any prefix, or none).
func styleStarts(data []byte) []int {
	var out []int
	for pos := 0; ; {
		i := bytes.Index(data[pos:], []byte("style"))
		if i < 0 {
			return out
		}
		i += pos
		pos = i + 5
		if pos >= len(data) || !isSpaceOrEnd(data[pos]) {
			continue
		}
		lt := i - 1
		if lt >= 0 && data[lt] == ':' {
			for lt--; lt >= 0 && (isNameByte(data[lt])); lt-- {
			}
		}
		if lt >= 0 && data[lt] == '<' {
			out = append(out, lt)
		}
	}
}

func isSpaceOrEnd(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '>' }

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}

// element is the XML element that starts at data[at] ('<'), up to its
// end tag: styles do not nest, so the first matching end tag closes it.
func element(data []byte, at int) []byte {
	if at < 0 || at >= len(data) || data[at] != '<' {
		return nil
	}
	end := bytes.IndexAny(data[at:], " \t\r\n/>")
	if end < 0 {
		return nil
	}
	name := data[at+1 : at+end]
	gt := bytes.IndexByte(data[at:], '>')
	if gt > 0 && data[at+gt-1] == '/' {
		return data[at : at+gt+1]
	}
	closeTag := append(append([]byte("</"), name...), '>')
	stop := bytes.Index(data[at:], closeTag)
	if stop < 0 {
		return nil
	}
	return data[at : at+stop+len(closeTag)]
}

// byID decodes a style the first time it is asked for.
func (s *styles) byID(id string) *styleDef {
	if st, ok := s.byIDs[id]; ok {
		return st
	}
	var st *styleDef
	if el := s.raw[id]; el != nil {
		st = &styleDef{}
		if xml.Unmarshal(el, st) != nil {
			st = nil // a broken style is no style
		}
	}
	s.byIDs[id] = st
	return st
}

func isTrue(v string) bool { return v == "1" || v == "true" || v == "on" }

// chain is a style and the styles it is based on, nearest first; cycles and
// absurd depths stop it.
func (s *styles) chain(id string) []*styleDef {
	var out []*styleDef
	for id != "" && len(out) < 32 {
		st := s.byID(id)
		if st == nil {
			break
		}
		out = append(out, st)
		if st.BasedOn == nil {
			break
		}
		id = st.BasedOn.Val
	}
	return out
}

var headingName = regexp.MustCompile(`^heading\s*([1-9])$`)

// headingLevel is 1-9 for "heading N" styles or an outline level, 0 for
// body text. Title is reported apart.
func (s *styles) headingLevel(id string, direct *valAttr) int {
	if direct != nil {
		return outlineLevel(direct.Val)
	}
	for _, st := range s.chain(id) {
		if m := headingName.FindStringSubmatch(strings.ToLower(st.Name.Val)); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n
		}
		if st.PPr.Outline != nil {
			return outlineLevel(st.PPr.Outline.Val)
		}
	}
	return 0
}

func outlineLevel(v string) int {
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > 8 {
		return 0 // 9 is "body text"
	}
	return n + 1
}

// name is a style's display name ("List Bullet"), or its id.
func (s *styles) name(id string) string {
	if st := s.byID(id); st != nil && st.Name.Val != "" {
		return st.Name.Val
	}
	return id
}

func (s *styles) isTitle(id string) bool {
	for _, st := range s.chain(id) {
		if strings.EqualFold(st.Name.Val, "title") {
			return true
		}
	}
	return false
}

// numbering finds a paragraph's list: the paragraph's own numPr, else its
// style's. Either may give only the level or only the list.
func (s *styles) numbering(id string, direct *numProps) (numID string, level int) {
	var lvl *valAttr
	var num *valAttr
	if direct != nil {
		lvl, num = direct.Level, direct.NumID
	}
	for _, st := range s.chain(id) {
		if st.PPr.Num == nil {
			continue
		}
		if num == nil {
			num = st.PPr.Num.NumID
		}
		if lvl == nil {
			lvl = st.PPr.Num.Level
		}
	}
	if num == nil {
		return "", 0
	}
	if lvl != nil {
		level, _ = strconv.Atoi(lvl.Val)
	}
	return num.Val, max(0, min(level, 8))
}

// runFormat is a run's resolved formatting.
type runFormat struct {
	Bold, Italic, Caps, Hidden bool
	HalfPoints                 int
	Color                      string // "" for automatic or black
}

// resolve layers direct run properties over the run's character style, the
// paragraph style and the document defaults.
func (s *styles) resolve(paraStyle string, direct *runProps) runFormat {
	layers := []*runProps{direct}
	if direct != nil && direct.Style != nil {
		for _, st := range s.chain(direct.Style.Val) {
			layers = append(layers, &st.RPr)
		}
	}
	for _, st := range s.chain(paraStyle) {
		layers = append(layers, &st.RPr)
	}
	layers = append(layers, &s.defaults)
	var f runFormat
	var b, i, c, h, sz, col bool
	for _, l := range layers {
		if l == nil {
			continue
		}
		if v := l.B.set(); v != nil && !b {
			f.Bold, b = *v, true
		}
		if v := l.I.set(); v != nil && !i {
			f.Italic, i = *v, true
		}
		if v := l.Caps.set(); v != nil && !c {
			f.Caps, c = *v, true
		}
		if v := l.Vanish.set(); v != nil && !h {
			f.Hidden, h = *v, true
		}
		if l.Size != nil && !sz {
			if n, err := strconv.Atoi(l.Size.Val); err == nil && n > 0 {
				f.HalfPoints, sz = n, true
			}
		}
		if l.Color != nil && !col {
			if v := strings.ToUpper(l.Color.Val); v != "AUTO" && v != "000000" {
				f.Color = v
			}
			col = true
		}
	}
	if f.HalfPoints == 0 {
		f.HalfPoints = 20 // OOXML's default: 10 pt
	}
	return f
}
