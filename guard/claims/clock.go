package claims

// clockWords name a time measured, read before a clock-like figure ("AHT
// 6:10", "her finish time went from 2:35 to 2:05", "pace 4:45").
var clockWords = map[string]bool{
	"time": true, "times": true, "aht": true, "pace": true, "finish": true, "handle": true, "handling": true,
	"avg": true, "average": true, "pb": true, "record": true, "split": true, "splits": true,
}

// minuteWords name a time measured in minutes and seconds: a reading after
// them is "m:ss", never "h:mm".
var minuteWords = map[string]bool{"aht": true, "pace": true, "handle": true, "handling": true, "split": true, "splits": true}

// clockDuration: the clock-like figure at token i (then ":" and two
// digits) is a time measured, not a time of day: a word naming a time
// measured stands a few words before it, or before the reading it is
// compared with ("9:00 to 17:00" alone are the hours of a day). minutes
// reports a reading in minutes and seconds for sure.
func (p *parser) clockDuration(i int) (ok, minutes bool) {
	t, nn := p.tok(i), p.tok(i+2)
	if t.suffix != "" || t.decimals != 0 || t.num > 99 || len(nn.text) != 2 || nn.suffix != "" || nn.num >= 60 {
		return false, false
	}
	if w := p.lower(i + 3); w == "am" || w == "pm" || w == "a.m." || w == "p.m." || w == "a" || w == "p" || w == "h" || w == "uhr" || w == "hrs" || w == "o'clock" {
		return false, false
	}
	// the second of two readings joined by "to" or an arrow is what the
	// first is ("AHT 6:10 -> 5:05")
	if first := p.clockBefore(i); first >= 0 {
		return p.clockDuration(first)
	}
	for k := i - 1; k >= max(0, i-8); k-- {
		w := p.lower(k)
		if clockWords[w] {
			return true, minuteWords[w]
		}
		if p.toks[k].kind == tSym && (w == "." || w == ";") {
			break
		}
	}
	return false, false
}

// clockBefore is the token of a clock reading joined to the one at token i
// by "to" or an arrow, or -1.
func (p *parser) clockBefore(i int) int {
	link := i - 1
	if p.lower(link) == ">" && p.lower(link-1) == "-" {
		link--
	} else if !clockLinks[p.lower(link)] {
		return -1
	}
	k := link - 3
	a, colon, b := p.tok(k), p.tok(k+1), p.tok(k+2)
	if a == nil || colon == nil || b == nil || a.kind != tNum || colon.text != ":" || b.kind != tNum || len(b.text) != 2 || a.spaceAfter || colon.spaceAfter {
		return -1
	}
	return k
}

// clockLinks join two readings of one measured time: "from 2:35 to 2:05".
var clockLinks = map[string]bool{"to": true, "→": true, "vs": true, "versus": true}
