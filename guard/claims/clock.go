package claims

// clockWords name a time measured, read before a clock-like figure ("AHT
// 6:10", "finish time 2:05", "pace 4:45").
var clockWords = map[string]bool{
	"time": true, "times": true, "aht": true, "pace": true, "finish": true, "handle": true, "handling": true,
	"avg": true, "average": true, "pb": true, "record": true, "split": true, "splits": true,
}

// clockLinks join two readings of one measured time: "6:10 -> 5:05",
// "from 2:35 to 2:05". A hyphen is left out: "9:00-17:00" is the hours of
// a day.
var clockLinks = map[string]bool{"to": true, "->": true, "→": true, "from": true, "vs": true, "versus": true}

// clockDuration: the clock-like figure at token i (then ":" and two
// digits) is a time measured, not a time of day: a time word stands before
// it, or another clock reading stands across "to" or an arrow.
func (p *parser) clockDuration(i int) bool {
	t, nn := p.tok(i), p.tok(i+2)
	if t.suffix != "" || t.decimals != 0 || t.num > 99 || len(nn.text) != 2 || nn.suffix != "" || nn.num >= 60 {
		return false
	}
	if w := p.lower(i + 3); w == "am" || w == "pm" || w == "a.m." || w == "p.m." || w == "a" || w == "p" || w == "h" || w == "uhr" || w == "hrs" || w == "o'clock" {
		return false
	}
	if clockWords[p.lower(i-1)] {
		return true
	}
	return p.clockAt(i-4, i-1) || p.clockAt(i+4, i+3) || p.lower(i+3) == "-" && p.lower(i+4) == ">" && p.clockAt(i+5, i+3)
}

// clockAt: token k opens another reading written as a clock, joined to
// this one by the word or arrow at token link.
func (p *parser) clockAt(k, link int) bool {
	a, colon, b := p.tok(k), p.tok(k+1), p.tok(k+2)
	if a == nil || colon == nil || b == nil || a.kind != tNum || colon.text != ":" || b.kind != tNum || len(b.text) != 2 || a.spaceAfter || colon.spaceAfter {
		return false
	}
	return clockLinks[p.lower(link)]
}
