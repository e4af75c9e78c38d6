package resume

import "testing"

func TestYearMonthInRange(t *testing.T) {
	for _, c := range []struct {
		in       string
		from, to int // year*100+month; 0 for none
		current  bool
	}{
		{"（202204 - 現在）", 202204, 0, true},
		{"201805 - 202203", 201805, 202203, false},
		{"201805〜202203", 201805, 202203, false},
	} {
		r, ok := FindDateRange(c.in)
		if !ok || r.From.Year*100+r.From.Month != c.from || r.To.Year*100+r.To.Month != c.to || r.Current != c.current {
			t.Errorf("%q: got %+v", c.in, r)
		}
	}
	// six digits alone, or no month, are no date
	for _, s := range []string{"grew revenue by 202204 dollars", "order 1202204 - 3"} {
		if r, ok := FindDateRange(s); ok && r.From.Month > 0 {
			t.Errorf("%q: read %+v", s, r)
		}
	}
}
