package docx

import (
	"encoding/xml"
	"fmt"
	"strconv"
)

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
