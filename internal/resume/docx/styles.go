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

// styles resolves style ids through basedOn chains.
type styles struct {
	byID     map[string]*styleDef
	defaults runProps
	defPara  string // the default paragraph style id
}

func parseStyles(data []byte) (*styles, error) {
	s := &styles{byID: map[string]*styleDef{}}
	if data == nil {
		return s, nil
	}
	if err := checkDepth(data); err != nil {
		return nil, err
	}
	var doc struct {
		Defaults struct {
			RPr struct {
				RPr runProps `xml:"rPr"`
			} `xml:"rPrDefault"`
		} `xml:"docDefaults"`
		Styles []struct {
			styleDef
			Default string `xml:"default,attr"`
		} `xml:"style"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: styles: %w", ErrCorrupt, err)
	}
	s.defaults = doc.Defaults.RPr.RPr
	for i := range doc.Styles {
		st := doc.Styles[i].styleDef
		s.byID[st.ID] = &st
		if st.Type == "paragraph" && isTrue(doc.Styles[i].Default) {
			s.defPara = st.ID
		}
	}
	return s, nil
}

func isTrue(v string) bool { return v == "1" || v == "true" || v == "on" }

// chain is a style and the styles it is based on, nearest first; cycles and
// absurd depths stop it.
func (s *styles) chain(id string) []*styleDef {
	var out []*styleDef
	for id != "" && len(out) < 32 {
		st := s.byID[id]
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
	if st := s.byID[id]; st != nil && st.Name.Val != "" {
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

// lists maps numId and level to bullet or ordered, from numbering.xml.
type lists struct {
	abstract map[string]map[int]string // abstractNumId -> level -> numFmt
	nums     map[string]numDef
}

type numDef struct {
	abstract  string
	overrides map[int]string
}

// List kinds.
const (
	NoList      = ""
	BulletList  = "bullet"
	OrderedList = "ordered"
)

func parseNumbering(data []byte) (*lists, error) {
	l := &lists{abstract: map[string]map[int]string{}, nums: map[string]numDef{}}
	if data == nil {
		return l, nil
	}
	if err := checkDepth(data); err != nil {
		return nil, err
	}
	type lvl struct {
		Level  string  `xml:"ilvl,attr"`
		NumFmt valAttr `xml:"numFmt"`
	}
	var doc struct {
		Abstract []struct {
			ID     string `xml:"abstractNumId,attr"`
			Levels []lvl  `xml:"lvl"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID        string  `xml:"numId,attr"`
			Abstract  valAttr `xml:"abstractNumId"`
			Overrides []struct {
				Level string `xml:"ilvl,attr"`
				Lvl   *lvl   `xml:"lvl"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: numbering: %w", ErrCorrupt, err)
	}
	for _, a := range doc.Abstract {
		m := map[int]string{}
		for _, lv := range a.Levels {
			n, _ := strconv.Atoi(lv.Level)
			m[n] = lv.NumFmt.Val
		}
		l.abstract[a.ID] = m
	}
	for _, n := range doc.Nums {
		d := numDef{abstract: n.Abstract.Val, overrides: map[int]string{}}
		for _, o := range n.Overrides {
			if o.Lvl != nil {
				lv, _ := strconv.Atoi(o.Level)
				d.overrides[lv] = o.Lvl.NumFmt.Val
			}
		}
		l.nums[n.ID] = d
	}
	return l, nil
}

// kind is the list kind of a numId at a level. numId 0 means "no list"
// (it switches off a style's numbering); an unknown numId is taken as a
// bullet, the common case, since the paragraph is plainly a list item.
func (l *lists) kind(numID string, level int) string {
	if numID == "" || numID == "0" {
		return NoList
	}
	d, ok := l.nums[numID]
	if !ok {
		return BulletList
	}
	f, ok := d.overrides[level]
	if !ok {
		f, ok = l.abstract[d.abstract][level]
	}
	switch {
	case !ok || f == "" || f == "bullet":
		return BulletList
	case f == "none":
		return NoList
	}
	return OrderedList
}

// checkDepth rejects XML nested deeper than MaxDepth before it is decoded.
func checkDepth(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	for {
		t, err := d.RawToken()
		if err != nil {
			return nil // a syntax error is reported by the real decoder
		}
		switch t.(type) {
		case xml.StartElement:
			if depth++; depth > MaxDepth {
				return fmt.Errorf("%w: XML nested deeper than %d", ErrCorrupt, MaxDepth)
			}
		case xml.EndElement:
			depth--
		}
	}
}
